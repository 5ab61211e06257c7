"""A concern answered well in its reader's note, or asked for in words a user can act on.

Invented fragments of several trades (a veterinary clinic's panel; jotted answers of a
surveyor, a hygienist, a pharmacist, an electrician): jotted answers are said as the
candidate's own sentences with every fact kept; a concern with no answer asks for the
answer; hours, postings and moving are logistics, settled with the recruiter; what the
record says not to raise is neither answered nor asked about; a part of an answer that
cannot be said is named, not the whole answer.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from afterword.compose import replies
from afterword.compose.drafts import compose
from afterword.compose.facts import Candidate, Concern, Facts, Person
from afterword.compose.fragments import Reading

START = datetime(2026, 11, 10, 9, 0, tzinfo=UTC)  # a Tuesday in November


def _clinic(*concerns: Concern, notes: str | None = None) -> Facts:
    people = (
        Person("Dr. Hana Kowalczyk", position=0, email="hana@oakvet.example", channel="email",
               point_of_contact=True, title="Clinical Director",
               topics=("her plan to add an overnight ward",)),
        Person("Gareth Pugh", position=1, email="gareth@oakvet.example", channel="email",
               title="Head Nurse", topics=("the dental theatre rota",)),
    )
    return Facts(company="Oakfield Veterinary Hospital", role="Registered Veterinary Nurse",
                 start=START, end=START, timezone="UTC", recruiter_name="Nadia Brooks",
                 candidate=Candidate(name="Jordan Lee", email="j@l.example"), people=people,
                 qualifications=("cut anaesthetic prep time from 25 to 15 minutes",),
                 concerns=concerns, notes=notes)


def _notes(facts: Facts) -> dict[str, str]:
    return {d.to_name: d.body for d in compose(facts, kind="thank-you")}


def _todo(facts: Facts) -> list[str]:
    return [item for d in compose(facts, kind="thank-you") for item in
            (*d.incomplete, *d.record_todo)]


# Pieces of a jotted answer, as sentences ------------------------------------------------------

TODAY = date(2026, 11, 10)


@pytest.mark.parametrize(("piece", "kept"), [
    ("logbook already signed off by my supervisor", ("logbook", "signed off", "supervisor")),
    ("portfolio due 15 April", ("portfolio", "15 April")),
    ("all taught modules passed", ("passed", "taught modules")),
    ("dissertation submitted by 20 March", ("dissertation", "20 March")),
    ("happy to do the cardiac competency pack", ("happy", "cardiac competency pack")),
    ("going through the AABB manual chapters now", ("AABB manual",)),
    ("CDL test is 14 January", ("CDL test", "14 January")),
    ("DMP hours signed off 60 of 90", ("60", "90", "DMP hours")),
    ("32 weeks on the bench including 6 weeks of evenings", ("32 weeks", "bench", "evenings")),
    ("do my own LRU swaps", ("LRU swaps",)),
])
def test_a_jotted_piece_becomes_a_sentence_of_the_candidate_s(piece: str,
                                                             kept: tuple[str, ...]) -> None:
    said = replies.clause(piece, today=TODAY, first=False)
    assert said is not None, piece
    assert re.match(r"(?:I|My)\b|\d+ of my\b", said), said  # the candidate's own voice
    for fact in kept:
        assert fact in said, (fact, said)


def test_a_date_still_to_come_is_said_in_the_future() -> None:
    said = replies.clause("dissertation submitted by 20 March", today=TODAY, first=False)
    assert said is not None and said.startswith("I will submit"), said
    past = replies.clause("dissertation submitted by 20 March", today=date(2026, 4, 1), first=False)
    assert past is not None and "will" not in past, past


@pytest.mark.parametrize(("piece", "said"), [
    # "done" is past: the most recent such month, even one after the interview's in the year
    ("APC done in January", "I completed my APC in January"),
    ("infection control finished in October", "I finished my infection control in October"),
    ("CS1 passed in March", "I passed my CS1 in March"),
    # the future only for a later year written out
    ("capstone done in March 2027", "I will complete my capstone in March 2027"),
])
def test_done_in_a_month_is_the_past_unless_a_later_year_is_written(piece: str,
                                                                    said: str) -> None:
    assert replies.clause(piece, today=date(2026, 12, 2), first=False) == said


def test_a_jotted_done_in_jan_reaches_the_note_in_the_past() -> None:
    said = Reading(_clinic()).answer(Concern("not chartered yet", "APC done in jan"))
    assert said.ok and said.text, said
    assert "January" in said.text and "will" not in said.text, said.text


@pytest.mark.parametrize("piece", [
    "ran the line solo",  # something done: the generic reading's
    "she covered for me",  # another person's part
    "finish by end of January",  # with nothing begun before it
])
def test_pieces_of_other_shapes_are_not_read_here(piece: str) -> None:
    assert replies.clause(piece, today=TODAY, first=True) is None


def test_short_sentences_that_each_open_on_i_are_joined_never_listed() -> None:
    out = replies.joined(["I did the intro course last week", "I wrote six tests",
                          "My portfolio is due on 15 April", "My logbook is signed off"])
    assert out.count(". ") == 1, out
    assert "I did the intro course last week and wrote six tests." in out


# Concerns in a note ---------------------------------------------------------------------------

def test_a_jotted_answer_reaches_its_asker_with_its_facts() -> None:
    facts = _clinic(Concern("not yet RCVS registered", "exam is 14 january, clinical "
                            "hours all done, happy to shadow dr kowalczyk on dental lists "
                            "until then", "Hana"))
    note = _notes(facts)["Dr. Hana Kowalczyk"]
    assert "14 January" in note and "clinical hours are all done" in note, note
    # Her own name in the answer is "you" in her note.
    assert "shadow you" in note and "Kowalczyk on" not in note, note
    assert "Thank you for asking" not in note  # never thanks for a doubt
    assert not any("RCVS" in a for a in _todo(facts))  # her own term: not asked to spell out


@pytest.mark.parametrize("concern", [
    "nights?? - they asked if id do nights straight away",
    "posting to the branch clinic for 6 months?",
    "no car rn for the satellite site",
    "moving from leeds - when?",
    "overtime on bank holidays?",
])
def test_terms_of_the_job_are_listed_with_whom_to_settle_them(concern: str) -> None:
    facts = _clinic(Concern(concern))
    notes = _notes(facts)
    assert not any(concern.split()[0] in n for n in notes.values())
    asks = [a for a in _todo(facts) if concern in a]
    assert len(asks) == 1 and "Nadia Brooks" in asks[0], asks
    assert "say in a few words" not in asks[0]


def test_a_concern_with_no_answer_asks_for_the_answer_not_what_it_is_about() -> None:
    facts = _clinic(Concern("only 2 yrs in small animal, never exotics"),
                    Concern("blood transfusions = weakest area", raised_by="Gareth"))
    asks = [a for a in _todo(facts) if "Their concern" in a]
    assert len(asks) == 2, asks
    assert all("add your answer to" in a and "say in a few words" not in a for a in asks), asks


def test_what_the_record_says_not_to_raise_is_neither_answered_nor_asked() -> None:
    facts = _clinic(Concern("relocating from cardiff - partner?"),
                    notes="partner wants to stay in cardiff till summer, dont raise it yet")
    assert not any("cardiff" in a.lower() for a in _todo(facts))
    assert not any("cardiff" in n.lower() for n in _notes(facts).values())


def test_a_she_the_answer_never_names_does_not_reach_a_note() -> None:
    facts = _clinic(Concern("no lead nurse exp", "covered our theatre for 3 months when she "
                            "was on leave, did the rota", "Hana"))
    note = _notes(facts)["Dr. Hana Kowalczyk"]
    assert not re.search(r"\bshe\b", note), note
    assert "three months" in note or "3 months" in note, note


def test_a_word_no_note_can_be_sure_of_is_named_alone() -> None:
    said = Reading(_clinic()).answer(Concern("no dental exp", "exam is 14 january, clinical "
                                             "hours all done, did 20 dentals w/ dr p"))
    assert not said.ok and said.ask is not None, said
    assert "\u201cdentals\u201d" in said.ask and "reads well already" in said.ask, said.ask


def test_a_place_s_nickname_is_cut_and_the_answer_still_given() -> None:
    reading = Reading(_clinic())
    said = reading.answer(Concern("no CT exp", "shadowed 2 CT lists at tommy's, happy to do "
                                  "their CT competency pack"))
    assert said.ok and said.text is not None, said
    assert "tommy" not in said.text.lower() and "two CT lists" in said.text, said.text
    assert any(piece == "tommy's" for piece, _ in said.dropped), said.dropped


def test_a_part_that_cannot_be_said_is_left_out_when_the_rest_answers() -> None:
    # The pieces that read name the concern's matter (CT): they go out, the jotted one is
    # left out as a detail, rather than the whole answer held back for it.
    said = Reading(_clinic()).answer(Concern("no CT exp", "passed the CT module, happy to do "
                                             "their CT competency pack, 9 yrs of finding "
                                             "whats broken b4 anyone"))
    assert said.ok and said.text is not None, said
    assert "CT module" in said.text and "b4" not in said.text, said.text
    assert any("b4" in piece for piece, _ in said.dropped), said.dropped


@pytest.mark.parametrize(("concern", "named"), [
    ("automation - only a bit of python", "automation"),
    ("blood bank = weakest area", "blood bank"),
    ("limited exp on CostX, we use excel", "CostX"),
    ("no six sigma green belt yet", "the Six Sigma Green Belt"),
])
def test_a_concern_names_its_matter(concern: str, named: str) -> None:
    subject = Reading(_clinic()).concern_subject(Concern(concern, "I did."))
    assert subject.text == named


def test_a_gap_is_never_said_twice_over() -> None:
    reading = Reading(_clinic())
    for jotted in ("limited exp on CostX", "no real work exp, just placement"):
        concern = Concern(jotted, "I have started the course.")
        subject = reading.concern_subject(concern).text or ""
        gap = reading.concern_gap(concern, subject, "I have started the course.") or ""
        assert not re.search(r"\b(\w+) \1\b", gap) and "experience with experience" not in gap, gap


def test_a_reply_keeps_the_record_s_privacy() -> None:
    facts = replace(_clinic(Concern("no exotics exp", "my mum is ill so i couldnt do the "
                                    "course, dont mention", "Gareth")))
    assert not any("mum" in n for n in _notes(facts).values())


# The question an addition answers, named as its asker would know it ------------------------------

@pytest.mark.parametrize(("jotted", "named"), [
    # (as the reader spells it first: "w/" is "with")
    ("dr k asked what i'd do with a hyperkalaemic cat, i said fluids first?? wrong",
     "the question of what I would do with a hyperkalaemic cat"),
    ("when gareth ask me about dental charting on old patient, i talk too much",
     "the question about the dental charting"),
    ("when hana asked 'works on my machine' i froze", "the \u201cworks on my machine\u201d question"),
    ("the 'how do u calm an owner who is crying' question - too short",
     "the question about calming an owner who is crying"),
])
def test_the_question_is_named_from_who_asked_it(jotted: str, named: str) -> None:
    from afterword.compose import answers

    assert answers.question_named([jotted]) == named


def test_chat_shorthand_never_reaches_a_named_question() -> None:
    from afterword.compose import answers

    assert answers.question_named(["the 'why r u leaving ur job' question"]) is None
    assert answers.question_named(["dr k asked what i'd do w/ a cat"]) is None


@pytest.mark.parametrize(("jotted", "written"), [
    ("so its the call we talk about not the person", "so it's the call we talk about"),
    ("i dont let stuff slide", "i don't let stuff slide"),
    ("finding whats broken before a customer does", "finding what's broken"),
])
def test_a_contraction_typed_without_its_apostrophe_gets_one(jotted: str, written: str) -> None:
    assert written in replies.apostrophes(jotted)


def test_its_as_a_possessive_is_left_alone() -> None:
    assert replies.apostrophes("the clinic and its overnight ward") == \
        "the clinic and its overnight ward"


def test_words_framed_as_speech_are_the_addition_without_the_frame() -> None:
    from afterword.compose.facts import Improvement

    said = Reading(_clinic()).addition(Improvement(
        "hana asked about a 1-3s, i said rerun", "I should have said: 1-3s is a rejection rule, "
        "so I hold patient results and rerun QC.", "Hana"))
    assert said.ok and said.text is not None
    assert not said.text.startswith("I should") and "rejection rule" in said.text, said.text


# Found on fresh records: a non-native tense, a named gap, a progress count --------------------

@pytest.mark.parametrize(("written", "fixed"), [
    ("I am learning DAX since October.", "I have been learning DAX since October."),
    ("I work at the depot since 2022.", "I have worked at the depot since 2022."),
    ("I am in the mentoring group since March.", "I have been in the mentoring group since March."),
])
def test_a_present_before_since_takes_the_perfect(written: str, fixed: str) -> None:
    assert replies.since_tense(written) == fixed


def test_a_present_without_since_is_left_alone() -> None:
    assert replies.since_tense("I am learning DAX now.") == "I am learning DAX now."


def test_a_gap_the_concern_names_plainly_is_its_subject_not_an_ask() -> None:
    subject = Reading(_clinic()).concern_subject(Concern("no python exp, only SQL and excel",
                                                         "I did."))
    assert subject.ok and subject.text == "Python", subject


def test_progress_through_a_course_is_counted_in_words() -> None:
    said = replies.clause("3 of 5 weeks completed", today=TODAY, first=False)
    assert said == "I have completed three of the five weeks"


@pytest.mark.parametrize("concern", ["notice period 90 days?", "start date - could i do jan?"])
def test_a_notice_period_or_start_date_is_logistics(concern: str) -> None:
    from afterword.compose.fragments.concerns import logistics

    assert logistics(concern)


def test_a_word_the_interviewers_used_too_names_the_concern() -> None:
    # "callouts" is no word of the lists, but the reader's side said it: it is theirs.
    facts = replace(_clinic(), topics=("night callouts for the emergency service",))
    subject = Reading(facts).concern_subject(Concern("never done night callouts", "I did."))
    assert subject.ok and subject.text is not None and "callouts" in subject.text, subject
    unheard = Reading(_clinic()).concern_subject(Concern("never done night callouts", "I did."))
    assert not unheard.ok


@pytest.mark.parametrize(("written", "exam"), [
    ("I am preparing CS2 since September.", True),
    ("I am preparing the CS2 paper.", True),
    ("I am preparing CFA level 1.", True),
    ("I am preparing the bar exam.", True),
    ("I am preparing Series 7.", True),
    # work products the candidate writes: never "preparing for"
    ("I am preparing SOPs for the new filling line since March.", False),
    ("I am preparing BOQs for 2 contractors.", False),
    ("I am preparing the SOPs for the audit exam.", False),
    ("I am preparing RFIs and the ITP.", False),
    ("I am preparing the board papers.", False),
    ("I am preparing ISO 9001 manuals for the plant.", False),
])
def test_for_is_added_only_before_an_exam(written: str, exam: bool) -> None:
    assert ("preparing for" in replies.since_tense(written)) is exam, replies.since_tense(written)


def test_a_work_product_being_prepared_stays_the_candidate_s_work() -> None:
    said = Reading(_clinic()).answer(Concern(
        "no GMP line experience", "been preparing SOPs for the new filling line since march"))
    assert said.ok and said.text, said
    assert "preparing for" not in said.text and "SOPs" in said.text, said.text
