from __future__ import annotations

import pytest

from afterword.review import Message, ReviewOptions, review
from afterword.review.findings import Finding, Severity

RULE = "cliche"


def hits(body: str) -> list[Finding]:
    return review(Message(body), ReviewOptions(select=frozenset({RULE}))).findings


def note(middle: str) -> str:
    return f"Dear Ms. Ochoa,\n\nThank you for the interview. {middle}\n\nSincerely,\nBrenda"


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("As a team player, I would fit right in.", "team player"),
        ("I like to think outside the box.", "think outside the box"),
        ("I would hit the ground running.", "hit the ground running"),
        ("I am confident I would be a perfect fit.", "perfect fit"),
        ("I am a go-getter with five years of experience.", "go-getter"),
        ("I am results-driven and organized.", "results-driven"),
        ("I see real synergy between our goals.", "synergy"),
        ("I'm writing to follow up on the role.", "I'm writing to"),
        ("This would be my dream job.", "dream job"),
        ("I like to think outside of the box.", "think outside of the box"),
        ("I will go the extra mile.", "go the extra mile"),
    ],
)
def test_stock_phrases_fire_as_hints(sentence: str, phrase: str) -> None:
    body = note(sentence)
    found = hits(body)
    assert [body[f.start : f.end] for f in found] == [phrase]
    assert found[0].severity is Severity.INFO


def test_the_stock_opener_fires() -> None:
    body = (
        "Dear Mr. Afolabi,\n\nI am writing to thank you for the interview.\n\nBest regards,\nGareth"
    )
    assert len(hits(body)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "I am writing up a short plan for the migration.",
        "The ground station tour was superb, and the ground floor fit-out too.",
        "I am passionate about patient safety and I would be a great fit for the unit.",
        "The team's players in the league impressed me.",
        "Running that project taught me a lot about working with banks.",
        "I look forward to hearing from you.",
    ],
)
def test_near_misses_pass(sentence: str) -> None:
    assert hits(note(sentence)) == []
