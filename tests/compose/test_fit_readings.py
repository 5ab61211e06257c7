"""Which qualification a note can use, and how it is said (issue 13, item 4; a coach's read of
the tune drafts): a credential and when it was passed, a skill one is signed off in with how
many done, no stock tail after any claim, and the review reading a result it used to miss.

The fragments are our own, across trades. What is asserted is what a coach checks: the fact
and its numbers are kept, the sentence is no pasted jotting ("and passed October 2026"), and
what is not yet done is never said as done.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from afterword.compose import plainly
from afterword.compose.facts import Candidate, Facts, Person
from afterword.compose.fragments import Reading
from afterword.compose.thanks import fit_sentence

START = datetime(2026, 6, 10, 15, tzinfo=UTC)


def _read(text: str):  # type: ignore[no-untyped-def]
    facts = Facts(company="Harbourside Care", role="Team Lead", start=START, end=START,
                  timezone="UTC", candidate=Candidate(name="Robin Vale"),
                  people=(Person("Ines Marlow", topics=("the new rota",)),),
                  topics=("the new rota",), qualifications=(text,))
    return Reading(facts).qualification(text)


@pytest.mark.parametrize(("jotted", "name", "when"), [
    ("NEBOSH general cert - passed feb 2026", "NEBOSH general certification", "February 2026"),
    ("PMP - passed in march 2025", "PMP", "March 2025"),
    ("CIPD level 5 diploma - passed jan 2026", None, None),  # a figure in the name: not read so
    ("AWS Solutions Architect Associate - passed may 2026", "AWS Solutions Architect Associate",
     "May 2026"),
])
def test_a_credential_passed_in_a_month_is_said_as_passed_then(
        jotted: str, name: str | None, when: str | None) -> None:
    read = _read(jotted)
    if name is None:
        assert not read.ok or "passed the" not in (read.text or "")
        return
    assert read.ok, read.reason
    text = read.text or ""
    assert text.startswith("passed the ") and name in text and text.endswith(f"in {when}")
    assert " and passed " not in text  # "hold ... and passed October 2026" read as broken


def test_a_credential_not_passed_yet_is_never_said_as_passed() -> None:
    # The interview is in June 2026: September is still to come.
    read = _read("NEBOSH general cert - passed sep 2026")
    assert "passed the NEBOSH" not in (read.text or "")


@pytest.mark.parametrize(("jotted", "skill", "count"), [
    ("IV cannulation trained + signed off, ~60 done", "IV cannulation", "about 60"),
    ("venepuncture competent, 200 done", "venepuncture", "200"),
    ("reach truck trained and certified, ~40 performed", "reach truck", "about 40"),
])
def test_a_skill_signed_off_keeps_how_many_were_done(jotted: str, skill: str, count: str) -> None:
    read = _read(jotted)
    assert read.ok, read.reason
    text = read.text or ""
    assert text.startswith("am ") and f"in {skill}" in text and text.endswith(f"have done {count}")


def test_a_skill_signed_off_with_years_after_it_is_not_said_as_signed_off_for_years() -> None:
    text = _read("forklift trained + signed off, 3 yrs").text or ""
    assert "signed off in forklift for" not in text


@pytest.mark.parametrize("clause", [
    "found 23 bugs on the capstone app, 4 of them critical",
    "took store 12 from 2.4% shrink to 1.1% in one year",
    "caught a clash in the duct drawings before install and saved about £18k",
    "looked at the harbour charts every morning",
    "did side-by-side coaching for about 30 new starters",
])
def test_no_claim_is_said_with_a_stock_tail(clause: str) -> None:
    for index in range(4):
        for short in (False, True):
            said = fit_sentence(clause, index, matched=False, short=short)
            assert said == f"I {clause}.", said


@pytest.mark.parametrize(("sentence", "reads"), [
    ("I found 23 bugs on the capstone app, 4 of them critical.", True),
    ("I spotted 6 billing errors a week in the old invoices.", True),
    ("I took store 12 from 2.4% shrink to 1.1% in one year.", True),
    ("I caught a clash in the duct drawings before install and saved about £18k.", True),
    ("I did side-by-side coaching for about 30 new starters.", True),
    # What happened on the day, or a reaction, is no qualification.
    ("I found two seats at the back of the room.", False),
    ("I did my best in the interview.", False),
    ("I went home and saved 2 files.", False),
])
def test_the_review_reads_a_result_whatever_its_verb(sentence: str, reads: bool) -> None:
    assert plainly.reads(sentence) is reads


@pytest.mark.parametrize(("jotted", "said"), [
    ("HVAC diploma, Red River College 2021", "earned an HVAC diploma from Red River College "
                                             "in 2021"),
    ("electrical diploma, Leeds 2019", "earned an electrical diploma at Leeds in 2019"),
])
def test_a_diploma_with_where_and_when_is_said_as_earned(jotted: str, said: str) -> None:
    assert _read(jotted).text == said


def test_a_diploma_not_held_is_never_said_as_earned() -> None:
    assert "earned" not in (_read("no diploma, left school 2010").text or "")
