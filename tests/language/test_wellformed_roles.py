"""Clean jottings the grammar check once refused: a role named bare after "became" ("became
ward manager"), a noun compound as an object ("cut agency spend"), and a noun describing the
subject of a relative clause ("the pattern that nurse managers prefer"). Each must pass, and
the jottings they resemble, which are faulty, must still be found."""

from __future__ import annotations

import re

import pytest

from afterword.language.roles import ROLE_BEFORE, TAKES_A_ROLE
from afterword.language.wellformed import faults


@pytest.mark.parametrize("phrase", [
    # A role after "became" / "made" / "appointed": one post, named bare.
    "I became ward manager in 2021",
    "became team lead in 2020",
    "became charge nurse",
    "I became head chef at 26",
    "I became shift lead after a year",
    "she became practice manager",
    "I made foreman within two years",
    "I was appointed site manager in 2019",
    # A noun compound as the object: the run goes on past the first noun.
    "I cut agency spend by 30% in a year",
    "we trimmed overtime spend by 12%",
    "I cut night shift overtime by a third",
    "I halved fuel cost on the delivery round",
    # A noun describing the relative clause's subject, then its verb.
    "the shift pattern that nurse managers prefer",
    "the dashboard that finance teams use",
    "the checklist that site engineers sign",
    "the system that warehouse pickers scan with",
    "the course that care workers take",
    "the app that delivery drivers use",
    "the rota that ward sisters fill in",
    "the form that patient families sign",
])
def test_clean_jottings_of_many_trades_are_no_fault(phrase: str) -> None:
    assert faults(phrase) == []


@pytest.mark.parametrize("phrase", [
    "made checklist for the team",          # made a thing: one of many, needs "a"
    "moved patient to ward 3",              # "moved" takes a role only after "to"/"up"
    "hired cleaner for the office",
    "trained apprentice on the new system",
    "a patient who refuse nurse checks",    # "nurse checks" is the object: no verb after
    "a nurse who want shifts on weekends",
    "a client who call managers every day",
    "saved client 38m on re-measurement",
])
def test_the_faulty_jottings_they_resemble_stay_faults(phrase: str) -> None:
    assert faults(phrase)


@pytest.mark.parametrize("verb", sorted(TAKES_A_ROLE))
def test_the_review_reads_the_same_role_table(verb: str) -> None:
    """What compose keeps after a role verb, the review's bare-noun seam lets stand too."""
    text = f"I {verb} charge "
    assert ROLE_BEFORE.search(text)
    assert not ROLE_BEFORE.search(re.sub(verb, "trained", text))
