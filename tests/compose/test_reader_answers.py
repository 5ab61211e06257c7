"""Each note carries what its reader most needed: their own concern answered, their question
named when an answer is added to, their correction acknowledged. The fragments here are
invented for the tests (a ferry operator's panel), not taken from the corpus records."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from afterword.compose import answers
from afterword.compose.drafts import compose
from afterword.compose.facts import Candidate, Concern, Facts, Improvement, Person
from afterword.compose.fragments import Reading
from afterword.compose.fragments.words import _imperative

START = datetime(2026, 9, 8, 14, 0, tzinfo=UTC)  # a Tuesday


def _panel(*, concerns: tuple[Concern, ...] = (), improvements: tuple[Improvement, ...] = (),
           channels: tuple[str, ...] = ("email", "email", "email")) -> Facts:
    people = (
        Person("Ingrid Solheim", position=0, email="ingrid@fjordline.example", channel=channels[0],
               point_of_contact=True, topics=("the winter timetable",)),
        Person("Tobias Reinholt", position=1, email="tobias@fjordline.example",
               linkedin="https://www.linkedin.com/in/tobias-example", channel=channels[1],
               topics=("crew rostering for the new hybrid ferries",)),
        Person("Maren Aas", position=2, email="maren@fjordline.example", channel=channels[2],
               topics=("passenger safety drills",)),
    )
    return Facts(company="Fjordline Ferries", role="Operations Planner", start=START, end=START,
                 timezone="UTC", candidate=Candidate(name="Jordan Lee", email="j@l.example"),
                 people=people, qualifications=("cut berth turnaround from 40 to 28 minutes",),
                 concerns=concerns, improvements=improvements)


def _notes(facts: Facts) -> dict[str, str]:
    return {d.to_name: d.body for d in compose(facts, kind="thank-you")}


def _todo(facts: Facts) -> list[str]:
    return [item for d in compose(facts, kind="thank-you") for item in
            (*d.incomplete, *d.record_todo)]


# Concerns: to whoever raised them ------------------------------------------------------------

def test_each_attributed_concern_is_answered_in_its_asker_s_note_only() -> None:
    facts = _panel(concerns=(
        Concern("never planned for a hybrid fleet", "I ran the battery charging plan for two "
                "electric harbour tugs at my last port.", "Tobias"),
        Concern("no IMO STCW audit exp", "I prepared the STCW audit file for 60 crew in 2025.",
                "Maren Aas"),
    ))
    notes = _notes(facts)
    assert "electric harbour tugs" in notes["Tobias Reinholt"]
    assert "STCW audit file" in notes["Maren Aas"]
    assert "tugs" not in notes["Ingrid Solheim"] + notes["Maren Aas"]
    assert "STCW" not in notes["Ingrid Solheim"] + notes["Tobias Reinholt"]


def test_a_concern_raised_on_an_invitation_is_not_handed_to_a_colleague() -> None:
    facts = _panel(channels=("email", "linkedin-invite", "email"), concerns=(
        Concern("never planned for a hybrid fleet", "I ran the battery charging plan for two "
                "electric harbour tugs at my last port.", "Tobias"),))
    notes = _notes(facts)
    assert not any("tugs" in body for body in notes.values())
    asks = _todo(facts)
    assert any("Tobias raised is answered in no note" in a and "message to Tobias" in a
               for a in asks), asks


def test_a_capitalised_trade_acronym_does_not_keep_the_answer_out() -> None:
    # "SMS" is the reader's own trade word (a safety management system): the answer stays.
    facts = _panel(concerns=(Concern("no SMS ownership, only contributed",
                                     "wrote 3 SMS procedures + ran the annual SMS review",
                                     "Maren"),))
    assert "SMS procedures" in _notes(facts)["Maren Aas"]


def test_a_logistics_concern_is_listed_not_dropped_silently() -> None:
    facts = _panel(concerns=(Concern("weekend rota - can i do sundays"),))
    asks = _todo(facts)
    assert any("weekend rota" in a and "answered in no note" in a for a in asks), asks


def test_a_private_concern_is_left_out_without_an_ask() -> None:
    facts = _panel(concerns=(Concern("my divorce hearing is that week, don't mention"),))
    assert not any("divorce" in a for a in _todo(facts))


def test_whether_one_can_cope_is_a_concern_not_logistics() -> None:
    subject = Reading(_panel()).concern_subject(
        Concern("can i manage 12 sailings a day without overtime", "I did."))
    assert subject.text == "managing 12 sailings a day without overtime"


# Additions: the question named, a correction acknowledged ------------------------------------

@pytest.mark.parametrize(("jotted", "named"), [
    ("tide window q - mixed up springs + neaps", "the tide window question"),
    ("froze on the ballast q", "the ballast question"),
    ("'evacuation' q - too vague", "the evacuation question"),
    ("the 'plan a relief sailing live' exercise - ran out of time",
     "the \u201cplan a relief sailing live\u201d exercise"),
    ("'tell us about a time you cancelled a sailing' - rambled",
     "the question about a time I cancelled a sailing"),
    ("'why ferries and not airlines' - said something vague",
     "the question of why ferries and not airlines"),
    ("the safety hypo about a passenger who refuses a lifejacket - blanked",
     "the safety hypothetical"),
])
def test_the_question_an_addition_is_for_is_named(jotted: str, named: str) -> None:
    reading = Reading(_panel())
    assert reading.improve_subject(Improvement(jotted, "I would check the tables first.")) == named


@pytest.mark.parametrize("jotted", ["didnt ask any q at the end", "ugh, rambled", "the question"])
def test_no_question_is_named_from_a_remark(jotted: str) -> None:
    assert Reading(_panel()).improve_subject(Improvement(jotted, "I would.")) is None


def test_a_correction_is_acknowledged_to_whoever_made_it() -> None:
    facts = _panel(improvements=(Improvement(
        "tide window q - mixed up springs + neaps, tobias corrected me",
        "The berth window is shortest at spring low water. I check the tide tables first.",
        "Tobias"),))
    tobias = _notes(facts)["Tobias Reinholt"]
    assert re.search(r"Thank you(?:, too,)? for (?:setting me straight|correcting me) on the "
                     r"tide window question\.", tobias), tobias
    assert "The berth window is shortest" in tobias


def test_an_asker_s_question_is_named_as_theirs() -> None:
    facts = _panel(improvements=(Improvement(
        "ballast q - too slow", "I would check the stability booklet first.", "Maren"),))
    maren = _notes(facts)["Maren Aas"]
    assert "your ballast question" in maren and "stability booklet" in maren
    assert "one of my answers" not in maren


def test_an_addition_whose_question_cannot_be_named_is_asked_for() -> None:
    facts = _panel(improvements=(Improvement("ugh rambled, so bad",
                                             "I would check the stability booklet first."),))
    assert not any("stability booklet" in body for body in _notes(facts).values())
    assert any("name the question" in a for a in _todo(facts))


def test_an_attributed_addition_that_cannot_be_used_is_asked_for_in_its_asker_s_note() -> None:
    # Another addition is used elsewhere; this one is still asked for, in Maren's note.
    facts = _panel(improvements=(
        Improvement("ballast q - too slow", "I would check the stability booklet first."),
        Improvement("drill q", "xyzzy, plugh", "Maren")))
    maren = next(d for d in compose(facts, kind="thank-you") if d.to_name == "Maren Aas")
    assert any("drill" in item or "xyzzy" in item for item in maren.incomplete), maren.incomplete


def test_corrections_are_read_from_the_lexicon() -> None:
    assert answers.corrected("she set me straight on the rule")
    assert answers.corrected("Tobias corrected me nicely")
    assert not answers.corrected("corrected myself halfway through")


@pytest.mark.parametrize(("about", "theirs", "fixed", "lead"), [
    ("the tide question", True, True, "Thank you for setting me straight on the tide question."),
    # Confident, never the stock "I would like to add something." (a coach read it in 4 notes).
    ("the tide question", True, False, "I would like to complete my answer to your tide question."),
    ("the tide question", False, False, "I would like to complete my answer to the tide question."),
])
def test_an_addition_s_lead_names_the_question(about: str, theirs: bool, fixed: bool,
                                               lead: str) -> None:
    assert answers.addition_lead(about, 0, theirs=theirs, was_corrected=fixed) == lead


# Answers written as speech --------------------------------------------------------------------

def test_an_answer_framed_as_speech_is_used_as_the_candidate_s_sentences() -> None:
    text = Reading(_panel()).sentences(
        "I'd say: the forecast was right but I called it too late. since then I post a 6 am "
        "go/no-go for every crossing", what="x", trade=True).text
    assert text is not None
    assert text.startswith("The forecast was right but I called it too late. Since then I post")


def test_a_measure_before_its_noun_is_one_word() -> None:
    assert answers.measure_before_noun("I ran a 15 minutes briefing") == \
        "I ran a 15-minute briefing"
    assert answers.measure_before_noun("for 15 minutes of drills") == "for 15 minutes of drills"


def test_a_concern_answer_written_out_about_the_matter_is_used() -> None:
    reading = Reading(_panel())
    written = ("Both routes carry commuters who book on the day, and the island service ran "
               "on the same booking system.")
    answer = reading.answer(Concern("no island routes, only coastal", written))
    assert answer.text == written
    # Jotted, it is still asked for.
    assert reading.answer(Concern("no island routes", "both routes similar tbh")).text is None


def test_a_short_list_after_the_story_is_spared() -> None:
    text = Reading(_panel()).sentences(
        "ran the relief crew of 6 for 3 wks in 2024 - rosters, daily logs to the master",
        what="x", trade=True).text
    assert text is not None and text.startswith("I ran the relief crew of")


# End to end -----------------------------------------------------------------------------------

def test_on_a_record_with_attributed_concerns_each_asker_s_note_carries_their_answer() -> None:
    from afterword.compose.facts import from_file
    from afterword.model.interview_file import parse_interview_text

    text = """
[application]
company = "Fjordline Ferries"
role = "Operations Planner"

[interview]
start = 2026-09-08T14:00:00Z
topics = ["the winter timetable"]
qualifications = ["cut berth turnaround from 40 to 28 mins at Nordhavn", "rostered 140 crew"]

[[interview.concerns]]
concern = "never planned for a hybrid fleet"
answer = "ran the battery charging plan for 2 electric tugs at nordhavn + did the DNV shore power course in may"
raised_by = "Tobias"

[[interview.concerns]]
concern = "no passenger ship exp, only cargo"
answer = "I ran muster drills for 40 crew every month and wrote the cargo terminal's evacuation plan."
raised_by = "Ms. Aas"

[[interview.concerns]]
concern = "limited Norwegian"

[[interview.improve]]
answer = "tide window q - mixed up springs + neaps, ingrid corrected me"
addition = "I'd say: the berth window is shortest at spring low water. so i check the tide tables before every plan"
raised_by = "Ingrid"

[[interviewers]]
name = "Ingrid Solheim"
email = "ingrid@fjordline.example"
point_of_contact = true
topics = ["the winter timetable"]

[[interviewers]]
name = "Tobias Reinholt"
email = "tobias@fjordline.example"
topics = ["crew rostering for the hybrid ferries"]

[[interviewers]]
name = "Maren Aas"
email = "maren@fjordline.example"
topics = ["passenger safety drills"]
"""
    facts = from_file(parse_interview_text(text, source="fjordline.toml", default_zone="UTC"),
                      Candidate(name="Jordan Lee", email="j@l.example"))
    notes = {d.to_name: d for d in compose(replace(facts, locale="en_GB"), kind="thank-you")}
    tobias, maren, ingrid = (notes[n].body for n in ("Tobias Reinholt", "Maren Aas",
                                                     "Ingrid Solheim"))
    assert "battery charging plan for two electric tugs" in tobias
    assert "DNV shore power course" in tobias
    assert "muster drills for 40 crew" in maren
    assert re.search(r"Thank you(?:, too,)? for (?:setting me straight|correcting me) on the "
                     r"tide window question\.", ingrid), ingrid
    assert "The berth window is shortest at spring low water. So I check the tide tables" in ingrid
    # Each answer in its asker's note only.
    assert "tugs" not in maren + ingrid and "muster" not in tobias + ingrid


# The weakness not restated; the answer's ground said; a definition is a sentence ---------------

def test_what_a_concern_names_as_the_candidate_s_instead_is_a_weak_point() -> None:
    assert answers.weak_points(["never crewed a catamaran, only 2 monohulls",
                                "no night sailings - just day trips"]) == \
        ["2 monohulls", "day trips"]


def test_a_line_of_fit_that_restates_the_weakness_is_used_last() -> None:
    from afterword.compose import thanks as th

    facts = replace(_panel(concerns=(Concern("never crewed a catamaran, only 2 monohulls"),)),
                    qualifications=("2 monohull seasons", "cut berth turnaround from 40 to 28 "
                                    "minutes"))
    panel = th.Panel.of(facts, {0: "email", 1: "email", 2: "email"})
    scored = th.qualification_for(panel, ["the winter timetable"], 0, facts.people[0])
    assert "monohull" in scored[-1][0] and scored[-1][1] < 0


def test_an_answer_leaning_on_the_candidate_s_ground_says_it_first() -> None:
    said = answers.with_its_ground("Both carry walk-on passengers at peak hours.",
                                   "no island routes, only coastal")
    assert said == "My work so far is in coastal; both carry walk-on passengers at peak hours."
    assert answers.with_its_ground("I ran two island relief weeks.", "no island routes, only "
                                   "coastal") == "I ran two island relief weeks."


def test_a_term_defined_in_an_addition_is_its_own_sentence() -> None:
    text = Reading(_panel()).addition(Improvement(
        "tide q", "Neap range is the smallest tidal range (quarter moon), Spring range is the "
                  "largest range in the month")).text
    assert text == ("Neap range is the smallest tidal range. Spring range is the largest range "
                    "in the month.")


def test_a_concern_note_also_carries_its_reader_s_own_addition() -> None:
    facts = _panel(
        concerns=(Concern("never planned for a hybrid fleet", "I ran the battery charging plan "
                          "for two electric harbour tugs.", "Tobias"),),
        improvements=(Improvement("ballast q - too slow",
                                  "I would check the stability booklet first.", "Tobias"),))
    tobias = _notes(facts)["Tobias Reinholt"]
    assert "electric harbour tugs" in tobias and "stability booklet" in tobias


# Concern subjects and written advice -----------------------------------------------------------

def test_a_private_marker_is_a_whole_word() -> None:
    reading = Reading(_panel())
    kept = reading.concern_subject(Concern("confidentiality - do my old charters overlap",
                                           "I would end my charter work first."))
    assert kept.text == "confidentiality"
    gone = reading.concern_subject(Concern("the charter deal is confidential", "I would."))
    assert gone.text is None and gone.ask is None


def test_a_habit_is_no_subject_but_a_coping_question_is() -> None:
    reading = Reading(_panel())
    assert reading.concern_subject(Concern("used to short crossings - will i cope w/ 6 hrs",
                                           "I did.")).text != "using to short crossings"
    assert reading.concern_subject(Concern("how will i handle 30 cancellations a day",
                                           "I did.")).text == \
        "handling 30 cancellations a day"


def test_advice_written_out_as_imperatives_is_what_i_would_do() -> None:
    assert answers.as_would("Hold the sailing, call the harbour master and rebook the cars. "
                            "Then review why the ramp failed.", _imperative) == (
        "I would hold the sailing, call the harbour master and rebook the cars. "
        "Then I would review why the ramp failed.")
    assert answers.as_would("The ramp failed. Then we waited.", _imperative) is None
    assert answers.as_would("hold the sailing", _imperative) is None


def test_an_asker_s_gap_is_never_restated_the_answer_leads() -> None:
    # Two blind reads by coaches found "..., which would be new to me" read as a confession
    # to the person who asked: they know their question; the note gives the answer.
    facts = _panel(concerns=(Concern("never used NaviPlan", "I learned two other voyage "
                                     "planners in a month each.", "Maren"),))
    maren = _notes(facts)["Maren Aas"]
    assert "NaviPlan" in maren and "I learned two other voyage planners in a month each." \
        in maren, maren
    assert "new to me" not in maren and "I know it would be" not in maren


def test_a_mock_call_is_a_question_a_note_can_name() -> None:
    assert Reading(_panel()).improve_subject(Improvement(
        "mock call - froze when they said no", "I would ask why first.")) == "the mock call"


def test_a_regret_s_later_steps_are_what_i_would_do_too() -> None:
    text = Reading(_panel()).addition(Improvement(
        "ballast q", "should've checked the booklet first, then called the master")).text
    assert text is not None and "then call the master" in text and "called" not in text


@pytest.mark.parametrize(("concern", "subject"), [
    ("not the decision maker", "being the decision maker"),
    ("never been a shift supervisor", "being a shift supervisor"),
])
def test_a_standing_one_lacks_is_being_it(concern: str, subject: str) -> None:
    assert Reading(_panel()).concern_subject(Concern(concern, "I did.")).text == subject
