from __future__ import annotations

from afterword.review import Message, ReviewOptions, review
from afterword.review.findings import Finding, Severity

RULE = "exclamation"


def hits(body: str) -> list[Finding]:
    return review(Message(body), ReviewOptions(select=frozenset({RULE}))).findings


def note(middle: str) -> str:
    return f"Dear Ms. Green,\n\n{middle}\n\nSincerely,\nTiana"


def test_a_double_exclamation_mark_fires_with_a_single_one_as_fix() -> None:
    found = hits(note("Thank you so much for the interview today!!"))
    assert len(found) == 1
    assert found[0].replacement == "!"
    assert found[0].severity is Severity.INFO


def test_three_single_marks_fire_after_the_first() -> None:
    body = note("THANK YOU for the interview! I loved the tour! I am very excited!")
    found = hits(body)
    assert len(found) == 2
    assert all(body[f.start : f.end] == "!" and f.replacement == "." for f in found)
    assert "3 exclamation marks" in found[0].message


def test_two_marks_in_separate_paragraphs_fire() -> None:
    body = "Hi Nora,\n\nThank you for the interview!\n\nI would still love to join!\n\nBest,\nLuc"
    assert len(hits(body)) == 1


def test_one_mark_passes() -> None:
    assert hits(note("Thanks so much for showing me around today! The tour was great.")) == []


def test_none_passes() -> None:
    assert hits(note("Thank you for the interview today.")) == []


def test_marks_inside_a_template_slot_are_not_counted() -> None:
    assert hits(note("Thank you for the interview! [Add a detail here!]")) == []
