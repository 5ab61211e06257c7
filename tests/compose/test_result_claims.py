"""A qualification's action said with the result it led to, and its count kept (issue 13).

Coaches found "I built the recall call list." chosen from "perio recall rate went 61% ->
78% (i built the recall call list)": the number lost; "My record includes three levels of
struts." from a line whose claim did not read; "helped raise" where the jotting says what the
candidate did; "I handled the renal dosing chart" for "did the ... chart". The fragments here
are our own, across trades; each test states a property, not a whole sentence.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from afterword.compose.facts import Candidate, Facts, Person
from afterword.compose.fragments import Reading

START = datetime(2026, 12, 3, 15, tzinfo=UTC)


def _read(text: str):  # type: ignore[no-untyped-def]
    facts = Facts(company="Northline Buses", role="Depot Supervisor", start=START, end=START,
                  timezone="UTC", candidate=Candidate(name="Robin Vale"),
                  people=(Person("Ines Marlow", topics=("the night depot",)),),
                  topics=("the depot move",), qualifications=(text,))
    return Reading(facts).qualification(text)


@pytest.mark.parametrize(("jotted", "action", "figures"), [
    # the action jotted after its result, in brackets
    ("food waste down 30% -> 12% in 1 yr (i wrote the par sheet for the whole section)",
     "par sheet", ("30%", "12%")),
    ("~6 covers/hr avg, table turn time went 55 -> 40 min in 6 months (i set up the pager system)",
     "pager system", ("55", "40")),
    # the action jotted as what moved it
    ("on-time departures 82% -> 95% after i start the yard check",
     "started the yard check", ("82%", "95%")),
    ("first-call fix rate 64% -> 81% after i introduced the van stock list",
     "introduced the van stock list", ("64%", "81%")),
])
def test_action_keeps_its_result(jotted: str, action: str, figures: tuple[str, str]) -> None:
    phrased = _read(jotted)
    assert phrased.ok, phrased.reason
    text = phrased.text or ""
    assert action in text and all(f in text for f in figures), text
    assert not text.startswith("helped "), text  # the jotting says what they did
    assert " and did " not in text and "(" not in text, text
    # The result is said, so it is not listed as a detail left out.
    assert not any(re.search(r"\d+%? to \d", p) or "->" in p for p, _ in phrased.dropped), \
        phrased.dropped


@pytest.mark.parametrize("jotted", [
    "designed ERSS for a 14m basement, 3 levels of struts, 0 NCR",
    "wedding cakes, 2 tiers to 6 tiers, ~40 a season",
    "since 2 years working as QS in a firm (Tan Partners), AutoCAD + CostX every day",
])
def test_no_detail_stands_in_for_the_claim(jotted: str) -> None:
    phrased = _read(jotted)
    text = phrased.text or ""
    assert not text.startswith("would bring"), text
    assert "tiers to" not in text and "levels of" not in text, text


@pytest.mark.parametrize(("jotted", "verb"), [
    ("did the renal dosing chart for the whole hospital", "drew up"),
    ("did the winter rota for the depot, still in use", "drew up"),
    ("did the stock tracker in google sheets", "built"),
])
def test_made_things_take_their_verb(jotted: str, verb: str) -> None:
    text = _read(jotted).text or ""
    assert text.startswith(verb) and "handled" not in text, text
    assert ", and still" not in text and ", and now" not in text, text


def test_languages_are_spoken() -> None:
    text = _read("3 languages (EN, PL, FR)").text or ""
    assert text == "speak three languages", text


def test_now_used_is_said_of_the_thing_made() -> None:
    text = _read("did the allergen matrix for the bakery, now used at 4 sites").text or ""
    assert "which is now used at" in text and "and now used" not in text, text


@pytest.mark.parametrize(("jotted", "said", "not_said"), [
    ("coached U12 hockey 3 seasons at my club, we won the county cup 2024",
     ("for three seasons", "in 2024"), ("hockey 3 seasons", "cup 2024")),
    ("ran the breakfast club 2 years", ("for two years",), ("club 2 years",)),
])
def test_spans_and_years_take_their_words(jotted: str, said: tuple[str, ...],
                                          not_said: tuple[str, ...]) -> None:
    text = _read(jotted).text or ""
    assert all(s in text for s in said) and not any(n in text for n in not_said), text


@pytest.mark.parametrize("clause", [
    "passed the ISTQB Foundation in November 2026",
    "hold the ServSafe Manager certification through 2029",
    "cut food cost by 4 points in about six months",
    "delivered the extension two weeks early",
    "won the league 3 years in a row",
    "have spent 3 years as a nurse",
])
def test_spans_and_years_already_said_stay(clause: str) -> None:
    from afterword.compose.claims_results import spans_said

    assert spans_said(clause) == clause


@pytest.mark.parametrize(("jotted", "word", "gone"), [
    ("4 yrs as staff nurse on gen med wards", "general medicine", "gen med"),
    ("automatized the weekly stock report, 2 days -> 3 hrs", "automated", "automatized"),
])
def test_second_language_and_clipped_words_are_written_out(jotted: str, word: str,
                                                           gone: str) -> None:
    text = _read(jotted).text or ""
    assert word in text and gone not in text, text


@pytest.mark.parametrize(("topic", "clause", "other"), [
    # the head noun alone is shared, named for another thing: no "On ..., I ..." bridge
    ("the pantry reports", "automated the monthly risk report, from 3 days to 4 hours", True),
    ("medical calls", "have spent two years as a paid firefighter, with about 90 calls", True),
    ("the tenancy files", "scanned 4,000 payroll files in a month", True),
    # the thing itself is shared
    ("a 5-day close by Q3", "cut the close from 9 days to 6", False),
    ("the nurse-led senior pet clinics", "set up nurse clinics from 0 to 22 a week", False),
    ("the weekly stock report", "automated the weekly stock report", False),
])
def test_a_bridge_needs_the_same_thing_not_only_its_head_noun(topic: str, clause: str,
                                                               other: bool) -> None:
    from afterword.compose import bridges

    assert bridges.other_kind(bridges.core(topic), clause, frozenset()) is other


def test_glued_units_and_what_the_measure_is_of_stay_with_the_result() -> None:
    text = _read("wait 40min -> 15min for walk-in repairs (i set up the triage desk)").text or ""
    assert "set up the triage desk" in text and "for walk-in repairs" in text, text
    assert "40 minutes" in text and "15 minutes" in text, text


def test_a_stutter_is_said_once() -> None:
    text = _read("3 yrs as an as care assistant in a nursing home").text or ""
    assert "as an as" not in text and "as a care assistant" in text, text


@pytest.mark.parametrize("jotted", ["crew of 7, 3 trucks", "team of 14 (FO, night audit)"])
def test_a_noun_and_its_count_is_never_said_as_a_verb(jotted: str) -> None:
    text = _read(jotted).text or ""
    assert not re.match(r"(?:crew|team) of", text), text


def test_a_span_before_its_noun_is_singular() -> None:
    text = _read("late departures 30% -> 8% after i start the 5-min yard check").text or ""
    assert "5-minute yard check" in text, text


@pytest.mark.parametrize("jotted", [
    "did the intake form for every new patient",
    "did the safety checklists at the start of every shift",
    "did the handover sheet at each shift",
    "did the daily log for the night shift",
    "did the fire drill procedure",
    "did the rota every week for the depot",
])
def test_what_is_filled_in_or_recurs_is_not_claimed_as_made(jotted: str) -> None:
    text = _read(jotted).text or ""
    assert not re.match(r"(?:created|drew up|set up|built|wrote)\b", text), text
