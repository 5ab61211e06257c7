"""Pasted or cut-off qualification phrasing (issue 13; the compose helpers' reports): a
verbless "all done in a week" glued onto a claim, and a field of years that ends on an
adjective ("nine years of domestic and commercial"). Fragments are our own, across trades;
what is asserted is what a coach checks: the claim and its facts are kept, and no sentence
is left without its verb or its noun."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from afterword.compose.facts import Candidate, Facts, Person
from afterword.compose.fragments import Reading

START = datetime(2026, 6, 10, 15, tzinfo=UTC)


def _read(text: str):  # type: ignore[no-untyped-def]
    facts = Facts(company="Harbourside Works", role="Site Lead", start=START, end=START,
                  timezone="UTC", candidate=Candidate(name="Robin Vale"),
                  people=(Person("Ines Marlow", topics=("the new rota",)),),
                  topics=("the new rota",), qualifications=(text,))
    return Reading(facts).qualification(text)


@pytest.mark.parametrize(("jotted", "kept"), [
    ("did the kitchen refit for 3 cafes, all done in a week", "in a week"),
    ("rebuilt 6 gearboxes, all back in service in a month", "back in service"),
    ("serviced 14 lifts, both signed off by the insurer", "signed off"),
])
def test_a_verbless_all_tail_is_given_its_verb(jotted: str, kept: str) -> None:
    text = _read(jotted).text or ""
    assert kept in text
    assert re.search(r"\b(?:all|both) (?:were|was) ", text), text


@pytest.mark.parametrize("jotted", [
    "rewired 40 flats, all signed off + all snags fixed in a week",
    "tiled 9 bathrooms, all grouted + all sealed same day",
])
def test_two_verbless_tails_are_left_out_not_pasted(jotted: str) -> None:
    read = _read(jotted)
    text = read.text or ""
    assert text, read.reason  # the claim itself still goes out
    assert not re.search(r"\ball (?!were\b|was\b)\w+ed\b", text), text


def test_an_active_past_verb_after_all_reads_as_it_is() -> None:
    assert (_read("fitted 12 boilers, all passed first time").text or "").endswith(
        "and all passed first time")


@pytest.mark.parametrize(("jotted", "field"), [
    ("9 yrs domestic + commercial", "domestic and commercial"),
    ("12 yrs residential + commercial", "residential and commercial"),
    ("6 yrs paediatric and acute", "paediatric and acute"),
])
def test_years_of_a_field_ending_on_an_adjective_keep_a_noun(jotted: str, field: str) -> None:
    text = _read(jotted).text or ""
    assert field in text
    assert not text.endswith(field.split()[-1]), text  # never "... of domestic and commercial"


def test_years_of_noun_fields_are_not_given_a_second_noun() -> None:
    text = _read("8 yrs retail and hospitality").text or ""
    assert text.endswith("retail and hospitality")


@pytest.mark.parametrize(("jotted", "card", "when"), [
    ("hold a CSCS card, passed march 2025", "CSCS card", "March 2025"),
    ("CPCS card - passed may 2026", "CPCS card", "May 2026"),
])
def test_a_card_passed_in_a_month_says_what_was_passed(jotted: str, card: str, when: str) -> None:
    text = _read(jotted).text or ""
    assert card in text and text.endswith(f"in {when}"), text
    assert "hold a hold" not in text and " and passed in" not in text


@pytest.mark.parametrize("jotted", ["forklift ticket - passed feb 2026",
                                    "scaffold permit, passed jan 2026"])
def test_passed_with_only_a_date_is_never_pasted_onto_a_claim(jotted: str) -> None:
    text = _read(jotted).text or ""
    assert not re.search(r"\band passed (?:in |on )?[A-Z][a-z]+ \d{4}", text), text


@pytest.mark.parametrize("jotted", ["NEBOSH general cert - passed sep 2026",
                                    "CPCS card - passed nov 2026"])
def test_a_credential_passed_after_the_interview_is_not_said_as_held(jotted: str) -> None:
    read = _read(jotted)  # the interview is in June 2026
    assert read.text is None and read.ask, read.text


@pytest.mark.parametrize(("jotted", "said"), [
    ("call wait avg 4min -> ~2min w/ a new triage script", "the average call wait"),
    ("reduced avg turnaround from 10 days to 6 days", "the average turnaround"),
    ("cut average length of stay from 6.2 days to 4.8", "the average length of stay"),
])
def test_an_average_is_said_before_what_it_measures(jotted: str, said: str) -> None:
    text = _read(jotted).text or ""
    assert said in text, text
    assert not re.search(r"\w average from\b", text)
    if "~" in jotted:
        assert "to about " in text  # an estimate is never said as exact


@pytest.mark.parametrize("jotted", [
    "cut AOG after defects avg 5.5hrs -> ~3hrs w/ a line spares kit we built",
    "cut rework after inspection avg 12% -> ~5%",
    "brought down returns per order avg 3 -> 1.5",
])
def test_an_average_of_a_qualified_measure_is_left_out_and_asked(jotted: str) -> None:
    read = _read(jotted)
    assert read.text is None or "average" not in read.text, read.text
    if read.text is None:
        assert read.ask and " from " in read.ask and "avg" not in read.ask.split("e.g.")[-1]


@pytest.mark.parametrize(("jotted", "said"), [
    ("nine years domestic and commercial plumbing", "nine years of domestic and commercial plumbing"),
    ("three years at Lark Home", "three years at Lark Home"),
    ("four years as a site manager", "four years as a site manager"),
])
def test_years_counted_in_words_are_framed_like_years_in_figures(jotted: str, said: str) -> None:
    text = _read(jotted).text or ""
    assert said in text, text
    assert " of at " not in text and " of as " not in text
