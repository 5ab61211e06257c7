"""Improve entries jotted as a heading and a run of steps ("what I do: ...", "how i do it:",
"the right answer: ...", "first: ...", "1) ... 2) ..."): said as one sentence of the opening
steps in the candidate's voice, never pasted whole and never left to "To finish".

Jottings invented for other trades than the records' (an electrician, a barista trainer, a
diesel mechanic, a store clerk, a housekeeper, a meter fitter), some with other separators
(";") and headings: each kind is read by shape. Properties only: the addition goes
out, opens on "I", keeps the words of its first usable step, drops the heading and the
jotting's signs, and leaves out steps that are no instruction.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from afterword.compose import plans
from afterword.compose.facts import Candidate, Facts, Improvement, Person
from afterword.compose.fragments import Reading
from afterword.compose.fragments.phrased import RAW

START = datetime(2026, 12, 2, 15, 0, tzinfo=UTC)


def _reading() -> Reading:
    people = (Person("Aroha Ngata", position=0, email="aroha@kauri.example",
                     title="Operations Manager", point_of_contact=True,
                     topics=("EV charger installs",)),)
    return Reading(Facts(company="Kauri Services", role="Technician", start=START, end=START,
                         timezone="UTC", people=people,
                         candidate=Candidate(name="Jordan Lee", email="j@l.example"),
                         qualifications=("wired 30 EV chargers in 2025",)))


def _said(addition: str) -> str:
    imp = Improvement("the safety question - i waffled", addition, "Aroha Ngata")
    read = _reading().addition(imp)
    assert read.ok and read.text, read
    return read.text


@pytest.mark.parametrize(("addition", "opens", "kept", "gone"), [
    # a habit, after its heading; a bare verb then a step with its own "and"
    ("what i do: isolate, lock out and tag, test before touch with a proven tester, then "
     "start work", "I isolate", ("lock out and tag",), ("what i do",)),
    # a habit, with "first" kept in its step and the rest after the full stop
    ("how i do it: check air pressure and leaks first, then the slack adjusters, then the "
     "linings. log everything on the job card", "I check air pressure", ("leaks first",),
     ("how i do it", "slack adjusters")),
    # what one would do, led in by "first:"
    ("first: check the receiving paperwork, then count the pallets weekly, and keep the yard "
     "gate locked after 6", "I would first check the receiving paperwork",
     ("count the pallets weekly",), ("first:", "yard gate")),
    # numbered steps, and a step whose "it" names nothing the note says
    ("1) listen without interrupting 2) remake it straight away 3) note it in the log "
     "4) offer a free drink card", "I would listen without interrupting",
     ("free drink card",), ("remake it", "1)")),
    # the case the plan is for, said before it
    ("for a rush order: call the client first, then book the courier", "For a rush order, "
     "I would call the client first", ("book the courier",), ()),
])
def test_a_plan_of_steps_is_said_by_its_opening_steps(addition: str, opens: str,
                                                      kept: tuple[str, ...],
                                                      gone: tuple[str, ...]) -> None:
    text = _said(addition)
    assert text.startswith(opens), text
    for words in kept:
        assert words in text, (words, text)
    for words in gone:
        assert words not in text, (words, text)
    assert not RAW.search(text), text
    assert text.count(".") <= 2, text


def test_a_noun_and_its_verb_is_no_step() -> None:
    plan = plans.read_plan("my process: brief the crew; porter takes the bags; sweep the "
                           "floor; bins out by noon")
    assert plan is not None
    assert plan.steps == ["brief the crew", "sweep the floor"]
    assert not plan.would


def test_a_result_with_its_number_follows_the_steps() -> None:
    text = _said("how i do it: call the tenant the day before; fit the meter before noon. we "
                 "fitted 40 meters in march with 2 callbacks")
    assert text.startswith("I call the tenant the day before and fit the meter before noon"), text
    assert "We fitted 40 meters in March" in text, text


def test_a_caution_beside_steps_is_not_said_as_their_negation() -> None:
    text = _said("the right answer: never relabel, reject the sample, tell the GP practice "
                 "the same day")
    assert text.startswith("I would reject the sample"), text  # the caution left out
    assert "never" not in text


def test_one_instruction_is_no_plan() -> None:
    assert plans.read_plan("what I do: book a double slot") is None
    assert plans.read_plan("we did 11 walks in 2025") is None


def test_a_deed_before_its_details_is_said_with_its_zero_count_outcome() -> None:
    text = _said("after the spill i changed the racking: wider aisles with floor tape, "
                 "drip trays under every pallet. 0 complaint in 9 months after")
    assert text.startswith("After the spill, I changed the racking."), text
    assert "no complaints in the following 9 months" in text, text
    assert "drip trays" not in text and not RAW.search(text), text


def test_a_shorthand_glossed_by_its_full_word_names_the_question() -> None:
    # "pts / euthanasia": the full word names the question; "pts" is never guessed at.
    imp = Improvement("the pts / euthanasia consult q - i welled up", "what i do: book a "
                      "double slot, explain sedation first", "Aroha Ngata")
    named = _reading().improve_subject(imp)
    assert named is not None and "euthanasia" in named and "patients" not in named, named


def test_an_answer_that_partly_reads_goes_out_when_it_names_the_matter() -> None:
    from afterword.compose.facts import Concern

    reading = _reading()
    said = reading.answer(Concern("never used Xero, only MYOB", "moved our books from MYOB to "
                                  "Xero in 3 wks at my last job + trained 2 staff on it. "
                                  "already watched the xero acct setup vids"))
    assert said.ok and said.text is not None, said
    assert "three weeks" in said.text and "vids" not in said.text, said.text
    refused = reading.answer(Concern("no dental exp", "exam is 14 january, clinical hours "
                                     "all done, did 20 dentals w/ dr p"))
    assert not refused.ok, refused


def test_a_gerund_concern_is_named_without_its_relative_clause() -> None:
    from afterword.compose.facts import Concern

    subject = _reading().concern_subject(Concern("leading crews who have been there 20 years",
                                                 "i listen first", "Aroha Ngata"))
    assert subject.text == "leading crews", subject


def test_deeds_that_partly_read_go_out_when_they_speak_to_the_question() -> None:
    imp = Improvement("when sam asked about the budget overrun on the school job i froze",
                      "what i did: monthly cost sheet to the owner from week 2, flagged the "
                      "overrun early, agreed every change order in writing, final bill closed "
                      "in 6 weeks with no dispute", "Aroha Ngata")
    read = _reading().addition(imp)
    assert read.ok and read.text is not None, read
    assert read.text.startswith("I flagged the overrun early"), read.text
    assert "what i did" not in read.text.lower() and not RAW.search(read.text), read.text


def test_a_range_of_weeks_is_read_in_words() -> None:
    text = _said("before referral: keep a record for 4-6 weeks, share it with the parents")
    assert "4 to 6 weeks" in text, text


@pytest.mark.parametrize(("answer", "named"), [
    ("rate limiter - I only did the single machine case", "the rate limiter question"),
    ("pallet racking - forgot the load signs", "the pallet racking question"),
])
def test_a_topic_before_a_dash_names_the_question(answer: str, named: str) -> None:
    got = _reading().improve_subject(Improvement(answer, "what i do: isolate, lock out",
                                                 "Aroha Ngata"))
    assert got == named, got


def test_a_clause_before_a_dash_names_no_question() -> None:
    got = _reading().improve_subject(Improvement("i froze - it was bad", "what i do: isolate, "
                                                 "lock out", "Aroha Ngata"))
    assert got is None, got


def test_a_measure_before_a_bare_noun_is_left_out_and_contractions_spelled() -> None:
    from afterword.compose.facts import Concern

    said = _reading().answer(Concern("no commercial exp", "I did 3 weeks commercial on my "
                                     "apprenticeship + I've done the testing side for shop "
                                     "refits. happy to do the commercial wiring course",
                                     "Aroha Ngata"))
    assert said.ok and said.text is not None, said
    assert "weeks commercial" not in said.text and "I've" not in said.text, said.text
    assert "I have done the testing side" in said.text, said.text


def test_a_place_lead_is_said_only_with_at() -> None:
    from afterword.compose.facts import Concern

    said = _reading().answer(Concern("no B2B sales exp, only hotel", "at the hotel I sold to "
                                     "event planners every week, 40 group bookings in 2025",
                                     "Aroha Ngata"))
    assert said.ok and said.text is not None, said
    assert said.text.startswith("At the hotel, I sold to event planners"), said.text


def test_things_never_done_are_named_as_doing_them_and_placeholders_stay_out() -> None:
    from afterword.compose.facts import Concern

    reading = _reading()
    subject = reading.concern_subject(Concern("never did stock takes, only spot checks",
                                              "i did spot checks weekly", "Aroha Ngata"))
    assert subject.text == "doing stock takes", subject
    text = _said("first: check the delivery notes, then count the small stuff daily, and lock "
                 "the cage at night")
    assert "stuff" not in text and "lock the cage at night" in text, text


def test_ones_own_stage_of_training_takes_my() -> None:
    from afterword.compose.facts import Concern

    said = _reading().answer(Concern("no substation exp", "did 2 month substation rotation in "
                                     "NZQA apprenticeship + i am doing the HV switching course",
                                     "Aroha Ngata"))
    assert said.ok and said.text is not None, said
    assert "in NZQA apprenticeship" not in said.text, said.text  # "my" or "the" before it
