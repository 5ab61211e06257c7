from __future__ import annotations

from afterword.review import Message, review
from afterword.review.findings import Finding

RULE = "long-sentence"


def hits(body: str) -> list[Finding]:
    return [f for f in review(Message(body, subject="x")).findings if f.rule == RULE]


def sentence(n: int, end: str = ".") -> str:
    return "I " + " ".join(["really"] * (n - 2)) + " enjoyed" + end


def test_36_words_fire_and_35_do_not() -> None:
    assert hits(sentence(36))
    assert not hits(sentence(35))


def test_span_covers_the_sentence() -> None:
    body = "Dear Sam,\n\nThank you. " + sentence(40) + " Best wishes."
    [f] = hits(body)
    assert body[f.start : f.end] == sentence(40)


def test_each_long_sentence_is_reported() -> None:
    assert len(hits(sentence(40) + " " + sentence(37, "!"))) == 2


def test_abbreviations_do_not_end_sentences() -> None:
    body = (
        "I met Dr. Patel and Ms. Chen at 9 a.m. today, e.g. " + " ".join(["very"] * 30) + " good."
    )
    assert hits(body)  # one sentence of more than 35 words


def test_greeting_and_signoff_on_their_own_lines_are_not_glued_on() -> None:
    body = "Dear Ms. Chen,\n" + sentence(34) + "\nBest regards,\nMaya Ruiz"
    assert not hits(body)


def test_list_items_are_separate() -> None:
    items = "\n".join("- " + " ".join(["item"] * 10) for _ in range(5))
    assert not hits("What I would bring:\n" + items)


def test_a_hard_wrapped_sentence_is_still_one_sentence() -> None:
    words = sentence(40).split()
    wrapped = " ".join(words[:14]) + "\n" + " ".join(words[14:28]) + "\n" + " ".join(words[28:])
    assert hits(wrapped)


def test_windows_line_endings() -> None:
    body = "Dear Ms. Chen,\r\n\r\n" + sentence(36) + "\r\n\r\nBest,\r\nMaya"
    [f] = hits(body)
    assert body[f.start : f.end] == sentence(36)
