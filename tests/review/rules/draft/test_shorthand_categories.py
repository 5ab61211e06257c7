"""`shorthand` by category: clipped words, a unit left singular, ratios with a slash, codes."""

from __future__ import annotations

import pytest

from afterword.review import Message, ReviewOptions, review
from afterword.review.findings import Finding
from tests.review.rules.draft.spans import the_one

RULE = "shorthand"


def hits(body: str) -> list[Finding]:
    return review(Message(body), ReviewOptions(select=frozenset({RULE}))).findings


def note(middle: str) -> str:
    return f"Dear Ms. Vega,\n\nThank you for the interview. {middle}\n\nBest regards,\nAna Ruiz"


@pytest.mark.parametrize(
    ("sentence", "flagged", "replacement"),
    [
        ("I taught year 9 phys for two years.", "phys", "physics"),
        ("I minored in econ at Rutgers.", "econ", "economics"),
        ("I have sold to 40 SaaS cos in Ohio.", "cos", "companies"),
        ("I mentored 5 recent grads last year.", "grads", "graduates"),
        ("I coached the debate comp team.", "comp", "competition"),
        ("I worked as a supply sub for a year.", "sub", "substitute"),
        ("I spent a rotation with the micro team.", "micro", "microbiology"),
        ("I would hire two leads in the first 4 month.", "4 month", "4 months"),
        ("I spent 3 week on nights.", "3 week", "3 weeks"),
    ],
)
def test_flags_clipped_words_and_units(sentence: str, flagged: str, replacement: str) -> None:
    body = note(sentence)
    f = the_one(hits(body), body, flagged)
    assert f.replacement == replacement


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("We staffed the unit at 1:2 / 1:3 on nights.", "1:2 / 1:3"),
        ("I am fluent in DE and FR.", "DE and FR"),
        ("I write in FR, DE and NL.", "FR, DE and NL"),
    ],
)
def test_flags_ratio_pairs_and_language_codes(sentence: str, flagged: str) -> None:
    body = note(sentence)
    found = hits(body)
    assert [body[f.start : f.end] for f in found if f.start is not None] == [flagged]


@pytest.mark.parametrize(
    "sentence",
    [
        "I took Chem 101 and a sci-fi writing class.",
        "The sub-committee met in a 6 month cycle, and a 12 week course followed.",
        "I ate a sub for lunch, and the cos lettuce was fresh.",
        "Our 1:1 meetings kept the team close.",
        "I worked with HR and IT on the rollout.",
        "Our team in the US and UK grew by a third.",
        "In the first 6 months I would meet every manager.",
        "I spent one month in the lab.",
        "My comp package is not what matters; the micro details of the work are.",
    ],
)
def test_quiet_on_written_english(sentence: str) -> None:
    assert hits(note(sentence)) == []
