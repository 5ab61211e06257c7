"""Seams of words pasted together (`language/seams.py`), shared by compose and review."""

from __future__ import annotations

import pytest

from afterword.language.acronyms import unsure
from afterword.language.seams import dangling, seams


@pytest.mark.parametrize("text", [
    "a board with two the US investors",
    "I managed three my reports",
    "our talk about the my team's roster",
    "we closed a an audit",
    "on a our roster",
    "the the budget",
    "Thank you for our conversation about.",
    "our talk About the roster",
    "we are both have rescue dogs",
])
def test_a_seam_is_found(text: str) -> None:
    assert list(seams(text)), text


@pytest.mark.parametrize("text", [
    "I eat five a day and run two a week",
    "We met at nine the next morning",
    "Teach For America",
    "I started at The Home Depot",
    "we both have rescue dogs",
    "we are both trained nurses",
    "the project we talked about is live",
    "two US investors",
])
def test_good_english_holds_no_seam(text: str) -> None:
    assert not list(seams(text)), text


@pytest.mark.parametrize(("phrase", "expected"), [
    ("moving the close to", True),
    ("a call with", True),
    ("the tools we rely on", False),
    ("a team to work with", False),
    ("the close from 9 days to 6", False),
])
def test_a_phrase_ending_on_a_preposition_dangles_unless_a_clause_ends_so(
        phrase: str, expected: bool) -> None:
    assert dangling(phrase) is expected


@pytest.mark.parametrize(("phrase", "words"), [
    ("JTBD interviews", ["JTBD"]),
    ("ran UXR studies with KPIs", ["UXR"]),
    ("BR cos", ["BR"]),
    ("saw br and sw", ["br", "sw"]),
    ("grew 2x and ranked #2", ["2x", "#2"]),
    ("the ICU and the SNF", []),
    ("EQ-5D scores", []),
    ("Engineer II", []),
    ("12 mm plate", []),
    ("NAVTA member", []),
])
def test_unsure_words(phrase: str, words: list[str]) -> None:
    assert unsure(phrase) == words
