"""Concern answers, improve additions and qualifications jotted as stories or fragments:
read into sentences after "I" (the gap said first, plainly), or left out with an ask. The
shapes here are made up for the tests, not taken from the corpus records."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from afterword.compose import stories
from afterword.compose.facts import Candidate, Concern, Facts, Improvement, Person
from afterword.compose.fragments import Reading, preview

START = datetime(2026, 5, 4, 14, 0, tzinfo=UTC)


def _reading() -> Reading:
    return Reading(Facts(
        company="Harrow Freight", role="Dispatch Supervisor", start=START, end=START,
        timezone="UTC", candidate=Candidate(name="Jordan Lee", email="j@l.example"),
        people=(Person("Mara Quist", email="mara@harrow.example", topics=("night dispatch",)),),
    ))


def _answer(concern: str, answer: str) -> str | None:
    """The concern as a note says it (the preview composes it as the notes do)."""
    facts = replace(_reading().facts, concerns=(Concern(concern, answer),))
    return next(p.becomes for p in preview(facts) if p.name == "concerns")


# Stories of things done ------------------------------------------------------------------

def test_subjectless_verb_phrases_joined_by_plus_become_one_sentence_with_i() -> None:
    text = _reading().sentences("sat in on 4 route reviews w/ my lead + took the TMS basics course",
                                what="x").text
    assert text == "I sat in on four route reviews with my lead and took the TMS basics course."


def test_sat_before_a_preposition_is_the_verb_and_on_sat_is_saturday() -> None:
    assert _reading().sentences("sat in on 2 audits", what="x").text == \
        "I sat in on two audits."
    assert _reading().sentences("took the forklift refresher on sat", what="x").text == \
        "I took the forklift refresher on Saturday."


def test_a_thing_booked_for_a_date_keeps_its_own_subject() -> None:
    text = _reading().sentences("passed the written test, the road test booked june 3",
                                what="x").text
    assert text == "I passed the written test, and the road test is booked for June 3."


def test_an_outcome_with_its_own_subject_follows_with_and() -> None:
    text = _reading().sentences("rebuilt the load board, empty miles dropped from 18% to 11%",
                                what="x").text
    assert text == ("I rebuilt the load board, and empty miles dropped from 18% to 11%.")


def test_an_opinion_about_a_person_is_never_an_outcome() -> None:
    assert stories.own_subject("boss was thrilled after that") is None
    assert stories.own_subject("hit every deadline") is None


def test_a_hope_is_left_out_never_stated_as_fact() -> None:
    read = _reading().sentences("finished the hazmat module, cert by august hopefully",
                                what="x")
    assert read.text == "I finished the hazmat module."
    assert any("august" in piece.lower() for piece, _ in read.dropped)


def test_a_spoken_filler_goes_and_the_claim_stays() -> None:
    assert _reading().sentences("ran the yard basically by myself for 3 wks",
                                what="x").text == "I ran the yard by myself for three weeks."


def test_a_story_whose_start_cannot_be_told_is_left_out_with_an_ask() -> None:
    read = _reading().sentences("weird week honestly, then fixed the manifest bug", what="it")
    assert read.text is None and read.ask and "starting with" in read.ask


def test_numbers_stay_exact_and_figures_are_not_spelled() -> None:
    text = _reading().sentences("cut detention fees from $14,200 to $9,800 in 7 months",
                                what="x").text
    assert text is not None and "$14,200" in text and "$9,800" in text


# The gap, said before the answer ------------------------------------------------------------

@pytest.mark.parametrize(("concern", "answer", "start"), [
    ("never used mcleod", "learned TMS in 3 wks at my last job",
     "I know Mcleod would be new to me; I learned TMS in three weeks"),
    ("limited exp w/ Samsara", "set up 12 trucks on it as a pilot",
     "I know my experience with Samsara is limited so far; I set up 12 trucks"),
    ("no intermodal exp", "shadowed the rail desk for 2 days",
     "I know intermodal work would be new to me; I shadowed the rail desk for two days"),
    ("no CDL yet", "passed the permit test, road test booked may 20",
     "I do not hold the CDL yet; I passed the permit test"),
    ("not yet licensed in ohio", "applied for reciprocity in march",
     "I am not yet licensed in Ohio; I applied for reciprocity in March"),
    ("never done payroll", "ran the timesheets for 40 drivers",
     "I know payroll would be new to me; I ran the timesheets for 40 drivers"),
])
def test_the_gap_is_said_neutrally_before_the_answer(concern: str, answer: str,
                                                     start: str) -> None:
    text = _answer(concern, answer)
    assert text is not None and text.startswith(start), text
    assert "my no" not in text.lower()


def test_the_gap_follows_a_sentence_naming_the_subject_as_it() -> None:
    reading = _reading()
    concern = Concern("never used mcleod", "learned TMW in 3 wks")
    gap = reading.concern_gap(concern, "McLeod", "I learned TMW in three weeks.", named=False)
    assert gap == "I know it would be new to me"


def test_no_gap_is_said_where_the_answer_already_says_it() -> None:
    text = _answer("never used mcleod", "I have not used it yet, but I learned TMW in three weeks.")
    assert text is not None and not text.startswith("I know")


def test_no_gap_where_the_answer_tells_of_doing_the_very_thing() -> None:
    text = _answer("never taught 5th grade", "taught 5th grade math as a long-term sub")
    assert text is not None and "new to me" not in text
    # Training in it is not doing it: the gap stays.
    text = _answer("no kronos exp", "did the kronos basics course online")
    assert text is not None and text.startswith("I know Kronos would be new to me")


def test_the_gap_never_flips_into_a_claim() -> None:
    subject = _reading().concern_subject(Concern("no hazmat exp", "did the hazmat awareness course"))
    text = _answer("no hazmat exp", "did the hazmat awareness course")
    assert subject.text == "hazmat experience"
    assert text is not None and "my hazmat" not in text.lower()


# Improve additions ------------------------------------------------------------------------

def test_an_addition_told_as_a_story_becomes_sentences() -> None:
    read = _reading().addition(Improvement(
        "rambled on the late load q", "called the shipper first, rebooked the driver + "
        "logged it in the TMS"))
    assert read.text == ("I called the shipper first. I rebooked the driver and logged it in "
                         "the TMS.")


# Qualifications ---------------------------------------------------------------------------

@pytest.mark.parametrize(("jotted", "clause"), [
    ("italian conversational", "speak conversational Italian"),
    ("fluent in portuguese", "speak fluent Portuguese"),
    ("native korean", "am a native Korean speaker"),
    ("fluent tamil, telugu + english", "speak fluent Tamil, Telugu and English"),
    ("fluent german + some dutch", "speak fluent German"),
    ("MSW 2019", "earned my MSW in 2019"),
    ("MPA '18", "earned my MPA in 2018"),
    ("CDL-B, clean record", "hold a CDL-B with a clean driving record"),
    ("EMT, 4 yrs", "am an EMT with four years of experience"),
])
def test_qualification_fragments_with_one_certain_reading(jotted: str, clause: str) -> None:
    assert _reading().qualification(jotted).text == clause


@pytest.mark.parametrize("jotted", [
    "decent german",  # no level one can state for sure
    "XYZ 2020",  # not a degree the lexicon knows
    "took a 5 day week -> 4 day",  # an arrow with no "from"
    "see CV lol",
])
def test_qualification_fragments_without_a_certain_reading_are_left_out(jotted: str) -> None:
    assert _reading().qualification(jotted).text is None


def test_an_acronym_in_capitals_is_never_read_as_a_verb() -> None:
    text = _reading().qualification("TRAIN certified dispatcher").text
    assert text is None or not text.startswith("train")


def test_advice_jotted_as_an_imperative_is_what_the_candidate_would_do() -> None:
    read = _reading().addition(Improvement(
        "fumbled the weather q", "always check the radar first + call the driver, "
        "+ log it in the TMS"))
    assert read.text == ("I would always check the radar first and call the driver, and log "
                         "it in the TMS.")


def test_advice_then_a_story_with_its_own_subject() -> None:
    read = _reading().addition(Improvement(
        "weak answer on costs", "lead w/ the number: pilot cut empty miles 9% in a quarter"))
    assert read.text == ("I would lead with the number: the pilot cut empty miles by 9% in a "
                         "quarter.")


def test_an_arrow_between_ideas_is_never_read_as_to() -> None:
    read = _reading().addition(Improvement(
        "rambled", "i mapped every late load by lane -> same fix works for your night routes"))
    assert read.text is None or " to same " not in read.text


def test_a_field_one_is_trained_in() -> None:
    assert _reading().qualification("wound care trained, ~300 dressings").text == \
        "am trained in wound care, with about 300 dressings"
    assert _reading().qualification("crane trained").text == "am crane trained"


# Answers written in full sentences ----------------------------------------------------------

@pytest.mark.parametrize(("answer", "said"), [
    ("I'd use the county's interpreter line, and I've since started a medical Spanish course.",
     "I would use the county's interpreter line, and I have since started a medical Spanish "
     "course."),
    ("i'd use the interpreter line + i've since started a medical spanish course",
     "I would use the interpreter line and I have since started a medical Spanish course."),
    ("Both clinics serve first-time smartphone users, so the onboarding problems are the same. "
     "I ran onboarding for 3,000 of them.",
     "Both clinics serve first-time smartphone users, so the onboarding problems are the same. "
     "I ran onboarding for 3,000 of them."),
])
def test_an_answer_written_as_sentences_is_used_as_written(answer: str, said: str) -> None:
    assert _reading().answer(Concern("no spanish", answer)).text == said


# Asks with examples that read well ----------------------------------------------------------

@pytest.mark.parametrize(("concern", "subject"), [
    ("stage 3 CDL endorsement not signed off yet", "the stage 3 CDL endorsement"),
    ("route planning software - limited", "route planning software"),
])
def test_more_shapes_of_a_concern_have_a_subject(concern: str, subject: str) -> None:
    assert _reading().concern_subject(Concern(concern, "I did it.")).text.lower() == \
        subject.lower()


@pytest.mark.parametrize("concern", [
    "only ever driven in 1 state", "whether i can keep up w/ the pace", "hazmat - limited??",
])
def test_an_ask_s_example_reads_well_or_is_generic(concern: str) -> None:
    read = _reading().concern_subject(Concern(concern, "I did it."))
    if read.ask:
        example = read.ask.split("e.g. \u201c", 1)[-1].rstrip("\u201d")
        assert not re.search(r"\b(?:only|ever|yet|not|never)\b|\s-\s|\?", example), read.ask


# Each addition to whoever asked --------------------------------------------------------------

def _panel_facts(*improvements: Improvement) -> Facts:
    people = tuple(Person(name, position=n, email=f"{name.split()[0].lower()}@harrow.example",
                          topics=(topic,))
                   for n, (name, topic) in enumerate([("Mara Quist", "night dispatch"),
                                                      ("Owen Lacey", "the new yard layout"),
                                                      ("Ida Brandt", "driver retention")]))
    return replace(_reading().facts, people=people, improvements=improvements)


def test_each_attributed_addition_goes_to_its_asker_only() -> None:
    from afterword.compose.drafts import compose

    facts = _panel_facts(
        Improvement("fumbled the weather q", "always check the radar first + call the driver",
                    raised_by="Owen Lacey"),
        Improvement("blanked on the budget q", "cut fuel spend 8% w/ idle alerts",
                    raised_by="Ida Brandt"))
    bodies = {d.to_name: d.body for d in compose(facts, kind="thank-you")}
    assert "check the radar" in bodies["Owen Lacey"]
    assert "idle alerts" in bodies["Ida Brandt"]
    assert "radar" not in bodies["Ida Brandt"] + bodies["Mara Quist"]
    assert "idle alerts" not in bodies["Owen Lacey"] + bodies["Mara Quist"]


def test_an_unattributed_addition_still_finds_a_note_when_the_first_goes_to_its_asker() -> None:
    from afterword.compose.drafts import compose

    facts = _panel_facts(
        Improvement("fumbled the weather q", "always check the radar first + call the driver",
                    raised_by="Owen Lacey"),
        Improvement("blanked on the budget q", "cut fuel spend 8% w/ idle alerts"))
    bodies = [d.body for d in compose(facts, kind="thank-you")]
    assert sum("idle alerts" in b for b in bodies) == 1
    assert sum("radar" in b for b in bodies) == 1


def test_an_answer_in_the_candidate_s_voice_may_open_on_my() -> None:
    text = _answer("CDL-B not yet", "My road hours are logged and the skills test is booked for "
                                    "June 9.")
    assert text == ("I do not hold the CDL-B yet. My road hours are logged and the skills test "
                    "is booked for June 9.")
    # ... but a sentence about someone else is not the candidate's answer.
    assert _answer("no intermodal exp", "My manager was furious. We lost the account.") is None


def test_a_product_never_used_takes_capitals_the_word_list_lacks() -> None:
    subject = _reading().concern_subject(Concern("never used TMS skyloop, only mcleod", "x"))
    assert subject.text == "TMS Skyloop"


def test_the_ends_of_a_change_keep_their_digits_and_other_counts_are_words() -> None:
    text = _reading().sentences("grew the fleet from 6 to 9 trucks, ran dispatch solo for 3 wks",
                                what="x").text
    assert text is not None and "from 6 to 9 trucks" in text and "three weeks" in text, text


def test_a_hope_in_a_written_answer_is_left_out_too() -> None:
    text = _answer("not yet licensed", "I passed the boards. I'll be licensed by June hopefully.")
    assert text == "I am not yet licensed; I passed the boards."
    assert _answer("not yet licensed", "I'll be licensed by June hopefully") is None


def test_a_new_thing_is_never_new_twice() -> None:
    text = _answer("never used the new scanners", "learned the old ones in a day")
    assert text is not None and text.count("new") == 1, text


def test_what_a_story_leaves_out_is_shown_never_dropped_silently() -> None:
    read = _reading().sentences("passed part A + part B, exam booked june 3, part C in aug",
                                what="x")
    assert read.text == "I passed part A and part B, and the exam is booked for June 3."
    assert any("part C" in piece for piece, _ in read.dropped), read.dropped


def test_a_hope_is_no_qualification() -> None:
    assert _reading().qualification("certified by june hopefully").text is None
    read = _reading().qualification("passed part A, certified by june hopefully")
    assert read.text == "passed part A"
    assert any("june" in piece.lower() for piece, _ in read.dropped)


def test_a_limited_skill_used_daily_is_not_called_limited() -> None:
    # "limited SQL" answered with what the candidate does every day: the gap would contradict it.
    reading = _reading()
    daily = "I write queries daily against our Postgres replica. I took the SQL course."
    assert reading.concern_gap(Concern("limited SQL exp", daily), "SQL", daily, named=True) is None
    plan = "I have started the SQL course."
    assert reading.concern_gap(Concern("limited SQL exp", plan), "SQL", plan, named=True)
