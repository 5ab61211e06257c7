"""A draft that quotes someone's offhand words back to them is not ready."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from afterword.compose.drafts import compose
from afterword.compose.facts import Candidate, Facts, Person
from afterword.compose.quoted import casual_quotes


@pytest.mark.parametrize("text", [
    "your wish to stop 'chasing stuff on Fridays'",
    "the “bunch of guys in the yard” problem",
    'his "super messy" handover',
])
def test_offhand_words_in_quotation_marks_are_asked_for(text: str) -> None:
    [ask] = casual_quotes(text)
    assert "in your own words" in ask


@pytest.mark.parametrize("text", [
    "your motto, “ship research, not reports”",
    "I don't think it's a mess, and Gráinne's team agrees.",
    "the 'right first time' programme",
])
def test_quoted_values_and_apostrophes_are_left_alone(text: str) -> None:
    assert casual_quotes(text) == []


def test_a_draft_quoting_offhand_words_waits_for_them() -> None:
    start = datetime(2026, 5, 5, 9, tzinfo=UTC)

    def drafted(*topics: str) -> tuple[str, list[str]]:
        facts = Facts(company="Larkspur Freight", role="Yard Planner", start=start, end=start,
                      timezone="UTC", candidate=Candidate("Sam Ortiz"),
                      people=(Person("Nell Kestrel", email="nell@larkspur.example",
                                     topics=topics),),
                      qualifications=("ran the yard plan for a 300-trailer depot",))
        [draft] = compose(facts)
        return draft.body, draft.incomplete

    body, incomplete = drafted("the winter trailer shortage")
    assert not any("own words" in item for item in incomplete)
    body, incomplete = drafted("the winter trailer shortage",
                               "planners 'chasing stuff on Fridays'")
    if "chasing stuff" in body:  # the composer kept the quotation: the draft waits for it
        assert any("“chasing stuff on Fridays” in your own words" in i for i in incomplete)
