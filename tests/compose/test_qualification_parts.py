"""Qualifications jotted as a total and its parts, and credentials jotted bare (issue 13).

A coach says every part of a qualification that can be phrased, in one sentence ("I have
nine years of commercial plumbing experience, three of them as a foreman"), and says a bare
licence as held ("I hold a Class B CDL"). The fragments here are our own, across trades.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from afterword.compose import credentials, spans
from afterword.compose.facts import Candidate, Facts, Person
from afterword.compose.fragments import Reading

START = datetime(2026, 4, 14, 15, tzinfo=UTC)


def _read(text: str):  # type: ignore[no-untyped-def]
    facts = Facts(company="Tidewater Transit", role="Operations Lead", start=START, end=START,
                  timezone="UTC", candidate=Candidate(name="Robin Vale"),
                  people=(Person("Ines Marlow", topics=("the night depot",)),),
                  topics=("the depot move",), qualifications=(text,))
    return Reading(facts).qualification(text)


@pytest.mark.parametrize(("jotted", "clause"), [
    ("9 yrs commercial plumbing, 3 as foreman",
     "would bring nine years of commercial plumbing experience, three of them as a foreman"),
    ("7 yrs accounts payable, last 2 at a logistics firm",
     "would bring seven years of accounts payable experience, the last two at a logistics firm"),
    ("5 yrs retail banking, last 18 months as branch supervisor",
     "would bring five years of retail banking experience, the last 18 months as a branch "
     "supervisor"),
    ("6 yrs med-surg at a county hospital, charge nurse last 8 mo",
     "would bring six years of med-surg experience at a county hospital, the last eight months "
     "as a charge nurse"),
    ("taught 4th grade for 7 yrs, 2 as team lead",
     "taught 4th grade for seven years, two of them as a team lead"),
])
def test_a_part_of_the_years_is_said_with_them(jotted: str, clause: str) -> None:
    read = _read(jotted)
    assert read.text == clause
    assert not read.dropped


def test_a_part_no_smaller_than_the_whole_is_not_read_as_a_part() -> None:
    assert spans.part_of_years("would bring 3 years of welding experience", "4 as lead") is None
    assert spans.part_of_years("would bring 3 years of welding experience",
                               "last 5 at a shipyard") is None
    read = _read("3 yrs welding, 4 as lead")
    assert read.text == "would bring three years of welding experience"
    assert [p for p, _ in read.dropped] == ["4 as lead"]  # shown, never silently cut


@pytest.mark.parametrize(("jotted", "clause"), [
    ("MSN 2021, 4 yrs on a cardiac step-down unit",
     "earned my MSN in 2021 and have spent four years on a cardiac step-down unit"),
    ("BBA 2019, 3 yrs at a mid-size audit firm",
     "earned my BBA in 2019 and have spent three years at a mid-size audit firm"),
    ("BEd 2015, 6 yrs as a teaching assistant before that",
     "earned my BEd in 2015, after six years as a teaching assistant"),
])
def test_years_after_a_degree_are_said_with_it(jotted: str, clause: str) -> None:
    read = _read(jotted)
    assert read.text == clause
    assert not read.dropped


def test_two_posts_each_keep_their_years() -> None:
    assert _read("2 yrs barista + 1 yr shift supervisor at a bakery chain").text == (
        "have spent two years as a barista and one year as a shift supervisor at a bakery "
        "chain")
    assert spans.years_in_two_roles("2 years spreadsheets and 1 year budgets") is None


@pytest.mark.parametrize(("jotted", "clause"), [
    ("Class A CDL", "hold a Class A CDL"),
    ("ELL endorsement", "hold an ELL endorsement"),
    ("local anesthesia permit", "hold a local anesthesia permit"),
    ("food handler card", "hold a food handler card"),
    ("OSHA 30", "hold OSHA 30 certification"),
    ("LPN, BLS/PALS", "hold an LPN licence, with BLS and PALS certifications"),
    ("CPA", "hold the CPA credential"),
    ("forklift + pallet jack certified", "hold forklift and pallet jack certifications"),
])
def test_a_bare_credential_is_said_as_held(jotted: str, clause: str) -> None:
    assert _read(jotted).text == clause


@pytest.mark.parametrize("jotted", [
    "NCLEX exam booked for june",  # not held yet
    "no degree",
    "SQL/AWS",  # skills, never said as certified
    "XYZ 2021",  # a year is no level of a credential
])
def test_what_is_not_a_credential_held_is_not_said_as_one(jotted: str) -> None:
    assert credentials.bare([jotted]) is None


def test_an_article_goes_by_sound() -> None:
    assert [spans.article(w) for w in ("RN", "MBA", "FBI agent", "CNA", "LPN", "SENCO",
                                       "honorable mention", "hourly lead")] == [
        "an", "an", "an", "a", "an", "a", "an", "an"]
    assert spans.article("unit clerk") == "a"
    assert spans.article("union steward") == "a"
    assert spans.article("assistant manager") == "an"
    assert spans.article("hour") == "an"


def test_a_jotted_article_is_mended_in_the_part_said() -> None:
    assert _read("8 yrs bookkeeping, last 2 at a insurance broker").text == (
        "would bring eight years of bookkeeping experience, the last two at an insurance "
        "broker")


def test_a_credential_counts_as_no_figure_when_choosing() -> None:
    from afterword.compose.thanks.fit import _strength

    assert _strength("hold OSHA 30 certification") < _strength("trained 12 new drivers")


@pytest.mark.parametrize(("jotted", "clause"), [
    ("7 yrs AutoCAD, LEED AP certified",
     "have seven years of AutoCAD experience and hold the LEED AP certification"),
    ("no lost-time injuries in 3 yrs, OSHA 10", "hold OSHA 10 certification"),
    ("portuguese + english", "speak Portuguese and English"),
    ("fully bilingual french/english", "am fully bilingual in French and English"),
    ("QuickBooks, Xero and NetSuite", "have worked with QuickBooks, Xero and NetSuite"),
    ("ASE A2 A3 A7", "hold ASE certifications in A2, A3 and A7"),
])
def test_more_shapes_of_what_one_holds(jotted: str, clause: str) -> None:
    assert _read(jotted).text == clause


def test_names_of_qualities_are_no_tools() -> None:
    assert _read("patience, empathy and grit").text != "have worked with patience, empathy and grit"


def test_a_piece_left_unsaid_is_shown() -> None:
    read = _read("no lost-time injuries in 3 yrs, OSHA 10")
    assert [p for p, _ in read.dropped] == ["no lost-time injuries in 3 years"]


def test_two_fields_each_keep_their_years() -> None:
    assert _read("4 yrs bookkeeping + 2 yrs payroll").text == (
        "have four years of bookkeeping experience and two years of payroll experience")


def test_did_reads_as_work_done() -> None:
    assert _read("did all the tiling on a 3-storey townhouse").text == \
        "handled all the tiling on a 3-storey townhouse"
    assert _read("did 2 rotations in oncology").text == "completed two rotations in oncology"


def test_a_title_with_its_year_is_earned_then() -> None:
    assert _read("EMT 2018, 4 yrs on a county ambulance").text == (
        "earned my EMT certification in 2018 and have spent four years on a county ambulance")
    assert _read("LPN 2020").text == "earned my LPN licence in 2020"
    assert credentials.dated_title("LPN 2031", now=2026) is None  # not earned yet
    assert credentials.dated_title("XQZ 2020") is None  # no lexicon meaning: no sure title


@pytest.mark.parametrize(("jotted", "clause"), [
    # A measure and how the claim moved it: the point of the claim, never cut from it.
    ("redid the reorder points, missed orders from 14% to 3% in 6 months",
     "redid the reorder points, taking missed orders from 14% to 3% in six months"),
    ("rebuilt triage, door-to-doc time from 52 min to 31 min",
     "rebuilt triage, taking door-to-doc time from 52 minutes to 31 minutes"),
    ("ran the night audit, variance from $2,400 to under $300",
     "ran the night audit, taking variance from $2,400 to under $300"),
    # A bare change continues the verb: "cut the close from 9 days to 6".
    ("cut the month-end close, from 9 days to 6", "cut the month-end close from 9 days to 6"),
])
def test_a_measure_the_claim_moved_is_said_with_it(jotted: str, clause: str) -> None:
    read = _read(jotted)
    assert read.text == clause
    assert not read.dropped


@pytest.mark.parametrize("jotted", [
    # Not a measure moved: a route, or a clause that has its own verb.
    "drove the school run, from Leeds to York",
    "took over the floor, we went from 60% to 35% turnover",
])
def test_what_is_no_measure_moved_is_not_said_as_one(jotted: str) -> None:
    read = _read(jotted)
    assert read.text is None or "taking" not in read.text
