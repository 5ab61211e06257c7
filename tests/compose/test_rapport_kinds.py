"""Rapport by kind (issue 13, "each note its own"): a shared service, school, place or team,
a recognition, someone we both know, each said with its own verb and preposition from the
jotting's parts; an event ("we moaned abt saturday") never framed as something discovered,
and a drink or a night out never written. Jottings are invented, in trades of their own."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from afterword.compose.facts import Candidate, Facts, Person
from afterword.compose.fragments import Reading

START = datetime(2026, 3, 2, 10, tzinfo=UTC)


def _said(rapport: str) -> str | None:
    facts = Facts(company="Harbourline Freight", role="Fleet Planner", start=START, end=START,
                  timezone="UTC", candidate=Candidate(name="Rui Mendes", email="rui@example.com"),
                  people=(Person("Orla Keane", rapport=rapport),),
                  topics=("the winter timetable",), qualifications=("planned routes for 40 trucks",))
    phrased = Reading(facts).rapport(facts.people[0])
    return phrased.text if phrased.ok else None


@pytest.mark.parametrize(("jotted", "said"), [
    # service: "served in the ...", and the sharper place-and-time when there is one
    ("both ex-RAF, he knew my old sgt lol", "we both served in the RAF"),
    ("both ex-navy - she was at portsmouth same time as me in '14",
     "we were both at Portsmouth in 2014"),
    # a school: "studied at", "a fellow ... graduate", a teacher we both had
    ("she studied in UCD like me", "we both studied at UCD"),
    ("also a NAIT grad! had mr. petrov for welding too",
     "a fellow NAIT graduate, and to find that Mr. Petrov taught us both welding"),
    # a place: "from", in English or jotted in Tagalog
    ("from cork too!! went to same school as my cousin", "we are both from Cork"),
    ("taga cebu din siya! we talked about lechon", "from Cebu"),
    # a team: a fellow fan, and a moan about the match shared, never "discovered"
    ("hes a liverpool fan too", "a fellow Liverpool fan"),
    ("man city fan, we moaned about the derby for ages",
     "commiserating with a fellow Man City fan about the derby"),
    # a recognition: a familiar face, from the place only
    ("he used to come into my cafe in leith, recognised me", "a familiar face from Leith"),
    # someone we both know, and their greeting passed on
    ("he knows my old boss at Arup, said to say hi",
     "you know my former manager at Arup; I will pass on your regards"),
])
def test_each_kind_is_said_with_its_own_verb_and_preposition(jotted: str, said: str) -> None:
    line = _said(jotted)
    assert line and said in line, line


@pytest.mark.parametrize("jotted", [
    "we moaned about the rota for a bit",
    "we whinged abt the traffic on the m62",
    "we complained about the parking",
    "he used to drink in my pub in salthill, he got a round in once",
])
def test_an_event_or_a_night_out_is_left_out(jotted: str) -> None:
    assert _said(jotted) is None


_FRAME_OVER_EVENT = re.compile(
    r"(?i)\b(?:find|found|discover\w*|learn\w*|finding out)\s+that\s+(?:we|you)\s+(?:both\s+)?"
    r"(?:moaned|complained|whinged|talked|chatted|laughed|joked|used to drink|drank)\b")


@pytest.mark.parametrize("jotted", [
    "spurs fan, we moaned abt sunday lol",
    "we talked about the derby for ages",
    "we laughed about the lift breaking",
    "she used to drink in my bar in galway yrs ago, recognised me",
    "both ex-army - he was at catterick same time as me",
    "also a humber grad, class of 2009",
    "taga iloilo din siya, we talked about batchoy",
])
def test_no_frame_of_discovery_goes_over_an_event_and_nothing_is_pasted(jotted: str) -> None:
    line = _said(jotted) or ""
    assert not _FRAME_OVER_EVENT.search(line), line
    # Nothing of the jotting's shorthand, laughter or drink reaches the note.
    assert not re.search(r"(?i)\b(?:lol|abt|yrs|drink|drank|bar|class of)\b", line), line
    # One sentence, ending once.
    assert line.count(".") <= 1 or re.search(r"\b(?:Mr|Mrs|Dr|Ms)\.", line), line
