"""Topics whose words are the jotting's placeholders ("stuff", "thing"): put right when the
jotting says what they stand for, else left out and asked about with an example from the
topic's own words (issue 13: a coach read "hygienists who catch stuff early" and "the 45
versus a 50-minute thing" as pasted jottings). Invented examples."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from afterword.compose.facts import Candidate, Facts, Person
from afterword.compose.fragments import Phrased, Reading

START = datetime(2026, 11, 24, 10, tzinfo=UTC)


def _topic(topic: str) -> Phrased:
    facts = Facts(company="Harbour Clinic", role="Practice Nurse", start=START, end=START,
                  timezone="UTC", candidate=Candidate(name="Sam Ortiz", email="s@example.com"),
                  people=(Person("Gwen Pryce", topics=(topic,)),), topics=(topic,),
                  qualifications=("ran the flu clinic",))
    return Reading(facts).topic(topic, to=facts.people[0], own=True)


@pytest.mark.parametrize(("jotted", "said"), [
    ("she wants nurses who spot stuff early, like sepsis signs in triage",
     "spot problems early, such as sepsis signs in triage"),
    ("the wound care backlog thing", "the wound care backlog"),
    ("rota planning + the 8 vs 12 hr shifts thing", "rota planning"),
])
def test_a_placeholder_is_put_right_when_the_jotting_says_what_it_stands_for(
        jotted: str, said: str) -> None:
    read = _topic(jotted)
    assert read.ok and said in (read.text or ""), read
    assert "stuff" not in (read.text or "") and "thing" not in (read.text or "")


@pytest.mark.parametrize("jotted", ["the 8 vs 12 hr thing", "the stuff with the old system"])
def test_a_placeholder_that_says_nothing_is_left_out_and_asked(jotted: str) -> None:
    read = _topic(jotted)
    assert not read.ok and read.ask and "e.g. \u201c" in read.ask, read
    if "8 vs 12" in jotted:
        assert "between 8 and 12 hours" in read.ask, read.ask


def test_their_own_tool_is_yours_in_a_note_to_one_of_them() -> None:
    read = _topic("the triage app they use")
    assert read.ok and read.text == "the triage app you use", read


@pytest.mark.parametrize(("jotted", "said"), [
    ("he wants his nurses to go site every week", "your nurses to go on site every week"),
    ("she wants new starters to run a clinic in first month", "in the first month"),
    ("the rota spreadsheet mess", "the rota spreadsheet problem"),
    ("her team is migrating the lab system in spring",
     "your team's work to migrate the lab system in spring"),
])
def test_jotted_and_second_language_forms_of_a_topic_read_as_english(
        jotted: str, said: str) -> None:
    read = _topic(jotted)
    assert read.ok and said in (read.text or ""), read
    assert not any(w in (read.text or "").split() for w in ("his", "her", "mess")), read


def test_a_measure_and_its_figure_take_of() -> None:
    read = _topic("probation period 6 months")
    assert read.ok and read.text == "the probation period of 6 months", read


def test_a_fixed_phrase_after_at_takes_no_article() -> None:
    read = _topic("med rec at admission + discharge teaching")
    assert read.ok and "at admission" in (read.text or ""), read


@pytest.mark.parametrize(("jotted", "said"), [
    ("rota planning, nurses want more weekends off", "rota planning"),
    ("patients want shorter waits at the walk-in", None),
    ("the new EHR maybe in 2027", "the new EHR"),
])
def test_a_groups_wish_and_a_jotted_doubt(jotted: str, said: str | None) -> None:
    read = _topic(jotted)
    assert read.ok, read
    assert "want " not in (read.text or "") and "maybe" not in (read.text or ""), read
    if said:
        assert said in (read.text or ""), read


def test_a_plan_to_stop_something_is_no_work_to_help_with() -> None:
    from afterword.compose import interest

    assert interest.action("your plan to stop doing the rota on paper by spring") is None
    assert interest.action("your plan to get a second scanner running by April")
    assert interest.bank("your plan to stop doing the rota on paper by spring", said=True) == ()
