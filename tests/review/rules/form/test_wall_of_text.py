from __future__ import annotations

from afterword.review import Message, review
from afterword.review.findings import Finding

RULE = "wall-of-text"


def hits(body: str, channel: str = "email") -> list[Finding]:
    return [
        f for f in review(Message(body, channel=channel, subject="x")).findings if f.rule == RULE
    ]


def words(n: int) -> str:
    return " ".join(["word"] * n)


def test_121_words_in_one_paragraph_fire() -> None:
    assert hits("Dear Sam,\n\n" + words(121) + "\n\nBest,\nJo")
    assert not hits("Dear Sam,\n\n" + words(120) + "\n\nBest,\nJo")


def test_single_line_breaks_do_not_separate_paragraphs() -> None:
    body = "Dear Sam,\n" + words(60) + "\n" + words(60) + "\nBest,\nJo"
    [f] = hits(body)
    assert (f.start, f.end) == (0, len(body))


def test_blank_lines_separate_paragraphs_also_with_crlf() -> None:
    assert not hits(
        "Dear Sam,\r\n\r\n" + words(100) + "\r\n\r\n" + words(100) + "\r\n\r\nBest,\r\nJo"
    )
    assert not hits("Dear Sam,\n \n" + words(100) + "\n\t\n" + words(100))


def test_email_only() -> None:
    for channel in ("handwritten", "linkedin-message"):
        assert not hits(words(140), channel)
