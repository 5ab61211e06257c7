"""Concern answers jotted as plans, "+"-joined clauses, subjectless clauses and offers, and
improve entries that hold the correct explanation: said as good sentences in the reader's note.

Invented jottings of several trades (a welder, a dental nurse, a pharmacy technician, a
surveyor): each kind is read by shape, never by the words of one record. Properties only: the
answer goes out, keeps its facts and dates, each sentence opens on the candidate's voice or
the matter, and two things of two shapes are never glued with "and".
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from afterword.compose.drafts import compose
from afterword.compose.facts import Candidate, Concern, Facts, Improvement, Person
from afterword.compose.fragments import Reading
from afterword.language.explained import punctuated

START = datetime(2026, 12, 2, 15, 0, tzinfo=UTC)


def _facts(concerns: tuple[Concern, ...] = (), improvements: tuple[Improvement, ...] = (),
           notes: str | None = None, people: tuple[Person, ...] | None = None,
           recruiter: str | None = None) -> Facts:
    people = people or (
        Person("Moira Flanagan", position=0, email="moira@weldco.example", title="Shop Foreman",
               point_of_contact=True, topics=("the pipe spool line",)),)
    return Facts(company="Harbour Fabrication", role="Pipe Welder", start=START, end=START,
                 timezone="UTC", people=people, recruiter_name=recruiter,
                 candidate=Candidate(name="Jordan Lee", email="j@l.example"),
                 qualifications=("cut weld repair rate from 6% to 2% on the spool line",),
                 concerns=concerns, improvements=improvements, notes=notes)


def _answer(concern: str, answer: str) -> str:
    said = Reading(_facts((Concern(concern, answer),))).answer(Concern(concern, answer))
    assert said.ok and said.text, said
    return said.text


@pytest.mark.parametrize(("concern", "answer", "kept"), [
    # a dated plan, and what comes right after it
    ("no 6G cert yet", "6G bend test appt is jan 14, stainless test right after",
     ("January 14", "6G bend test", "stainless test right after")),
    # a booking with no preposition, and a thing held since a month
    ("no forklift licence", "practical booked feb 3 + theory card in hand since sept",
     ("February 3", "theory card", "since September")),
    # something under way, and something done at a time ("+"-joined)
    ("not GDC registered yet", "doing the radiography module now + infection control done in oct",
     ("radiography module", "infection control", "October")),
    # something done, and an offer
    ("never worked a compounding hood", "shadowed 3 sessions at the hospital pharmacy "
     "+ keen to do the aseptic competency first", ("three sessions", "aseptic competency")),
    # a place taken on a course to come
    ("no drone licence", "registered for the RePL course in march", ("RePL course", "March")),
])
def test_a_jotted_plan_is_said_as_sentences_with_its_facts(concern: str, answer: str,
                                                           kept: tuple[str, ...]) -> None:
    text = _answer(concern, answer)
    for fact in kept:
        assert fact in text, (fact, text)
    for sentence in re.split(r"(?<=\.)\s+", text):
        assert re.match(r"(?:I|My)\b", sentence), sentence  # the candidate's own voice
    # An offer or a willingness is its own sentence, never glued to what was done.
    assert not re.search(r"\band (?:keen|happy|glad|willing) to\b", text), text
    # Two things of two shapes are never "I am doing ... and completed ...".
    assert not re.search(r"\bI am \w+ing\b[^.]*\band (?:completed|finished|passed)\b", text), text
    assert "+" not in text and " appt" not in text


def test_an_answer_the_note_can_say_makes_the_note_whole() -> None:
    facts = _facts((Concern("no 6G cert yet", "6G bend test appt is jan 14, stainless test "
                            "right after", "Moira"),))
    [note] = compose(facts, kind="thank-you")
    assert "January 14" in note.body and "stainless test" in note.body, note.body
    assert not any("6G" in item for item in note.incomplete), note.incomplete


@pytest.mark.parametrize(("jotted", "sentences"), [
    ("holding time starts when the last bar is placed so the pour clock runs from there, "
     "after the pour we log the slump", 2),
    ("under NZS 3604 you brace every wall line when the bracing units fall short", 1),
    ("preheat applies to thick sections so hydrogen cracking is less likely", 1),
])
def test_an_explanation_is_punctuated_as_sentences(jotted: str, sentences: int) -> None:
    out = punctuated(jotted)
    assert out is not None and out.endswith(".") and out[0].isupper(), out
    assert len(re.findall(r"\.(?:\s|$)", out)) == sentences, out
    assert out.lower().replace(",", "").replace(".", "").split() == \
        jotted.lower().replace(",", "").split()  # the candidate's words, nothing added


@pytest.mark.parametrize("jotted", [
    "ran the line solo for a month",  # something done: the candidate's, not an explanation
    "the client was angry about the fee, I listened first",  # a story in the past
    "if they refuse its their right - make sure they understand",  # an instruction
    "she said the rule is strict",  # another person's words
])
def test_what_is_not_an_explanation_is_left_to_the_other_readings(jotted: str) -> None:
    assert punctuated(jotted) is None


def test_a_correction_s_explanation_goes_to_the_one_who_corrected() -> None:
    people = (Person("Moira Flanagan", position=0, email="moira@weldco.example",
                     title="Shop Foreman", point_of_contact=True, topics=("the spool line",)),
              Person("Tariq Aziz", position=1, email="tariq@weldco.example", title="QA Lead",
                     topics=("the weld map",)))
    imp = Improvement("the interpass temperature question - got it backwards, tariq corrected me",
                      "interpass temperature is the maximum between passes so the heat input "
                      "stays in spec, above it we wait", "Tariq")
    notes = {d.to_name: d.body for d in compose(_facts(improvements=(imp,), people=people),
                                                kind="thank-you")}
    assert "Interpass temperature is the maximum between passes" in notes["Tariq Aziz"]
    assert "interpass" not in notes["Moira Flanagan"].lower()
    # Confident: no stock "I would like to add something", no regret.
    assert "add something" not in notes["Tariq Aziz"] and "should have" not in notes["Tariq Aziz"]


def test_a_limit_of_the_candidate_s_is_settled_in_conversation_not_in_a_note() -> None:
    # The reason is in the private notes: neither the limit nor its reason reaches a note,
    # and the ask names someone the record has (never "the recruiter" of a record with none).
    facts = _facts((Concern("cant do the 2 week offshore rotation"),),
                   notes="my son has hospital appts every other thurs, dont say")
    drafts = compose(facts, kind="thank-you")
    assert not any("offshore" in d.body or re.search(r"\bson\b", d.body) for d in drafts)
    asks = [a for d in drafts for a in (*d.incomplete, *d.record_todo) if "offshore" in a]
    assert len(asks) == 1 and "Moira Flanagan" in asks[0] and "recruiter" not in asks[0], asks
    assert "add your answer" not in asks[0]


@pytest.mark.parametrize(("concern", "limit"), [
    ("cant do team driving", True),
    ("won't work split shifts", True),
    ("cant do the 2 week offshore rotation", True),
    ("cannot do nights or weekends", True),
    ("cant commit to on-call every other week", True),
    ("cant start until march", True),
    ("cant work past 3pm - school run", True),
    ("cant do heavy lifting", True),
    # a skill not yet had is a concern of fitness, answered in the note
    ("cant do pivot tables", False),
    ("cannot work in Python yet", False),
    ("can't do TIG on aluminium", False),
    ("unable to work with SAP yet", False),
])
def test_only_the_terms_of_the_job_are_a_limit(concern: str, limit: bool) -> None:
    from afterword.compose.fragments.concerns import logistics
    assert logistics(concern) is limit, concern


def test_a_skill_gap_jotted_as_cant_is_answered_in_the_note() -> None:
    facts = _facts((Concern("cant do pivot tables", "finished the Excel course last week and "
                            "built three pivot reports for the shop schedule", "Moira"),))
    [note] = compose(facts, kind="thank-you")
    assert "Excel course" in note.body, note.body
    assert not any("terms" in a for a in (*note.incomplete, *note.record_todo))


def test_a_correction_of_two_things_confused_names_them_in_the_thanks() -> None:
    imp = Improvement("mixed up drop test and bend test, moira corrected me",
                      "a bend test checks ductility of the weld, a drop test checks the "
                      "fitting under impact", "Moira")
    [note] = compose(_facts(improvements=(imp,)), kind="thank-you")
    assert "drop test and bend test" in note.body, note.body
    assert "A bend test checks ductility of the weld." in note.body, note.body
    assert not any("name the question" in item for item in note.incomplete)


def test_a_rapport_line_left_out_asks_for_nothing_invented() -> None:
    people = (Person("Moira Flanagan", position=0, email="moira@weldco.example",
                     title="Shop Foreman", point_of_contact=True, topics=("the spool line",),
                     rapport="her dog came to the shop door lol"),)
    asks = [a for d in compose(_facts(people=people), kind="thank-you")
            for a in (*d.incomplete, *d.record_todo) if "dog" in a]
    assert asks and all("something else" not in a and "not something you have in common"
                        not in a for a in asks), asks


@pytest.mark.parametrize(("answer", "kept", "gone"), [
    # a month with no day takes "in"; a length of time takes "for", and the tense with it
    ("sitting the licensing exam on june 2027", ("in June 2027",), ("on June",)),
    ("i am attending a welding inspection class since 3 months",
     ("have been attending", "for three months"), ("since 3", "since three")),
])
def test_slips_of_a_second_language_are_mended_where_sure(answer: str, kept: tuple[str, ...],
                                                          gone: tuple[str, ...]) -> None:
    text = _answer("no CWI yet", answer)
    for fact in kept:
        assert fact in text, (fact, text)
    for slip in gone:
        assert slip not in text, (slip, text)
    assert " the attending" not in text and " the sitting" not in text


def test_advice_after_a_should_have_said_frame_is_what_the_candidate_would_do() -> None:
    said = Reading(_facts()).addition(Improvement(
        "the spill q", "what i should have said: stop the line, rope off the area, call the "
        "lead, then log it", "Moira"))
    assert said.ok and said.text, said
    assert said.text.startswith("I would stop the line"), said.text
    assert ", and rope" not in said.text and "should" not in said.text
    assert "Stop the line." not in said.text  # never an order pasted beside "I"


def test_a_wish_with_no_subject_is_the_candidate_s_own_sentence() -> None:
    text = _answer("limited TIG on aluminium", "ran 2 aluminium jobs at my last shop + "
                   "want to do the TIG aluminium course")
    assert "I would like to do the TIG aluminium course" in text, text
    assert "and want" not in text


def test_two_sentences_joined_by_a_comma_are_two() -> None:
    text = _answer("no CWI yet", "I can do the course evenings, I passed the CWB level 1 in june")
    assert not re.search(r", I\b", text), text
    assert "June" in text


@pytest.mark.parametrize(("concern", "named"), [
    ("due diligence - limited", "due diligence"),
    ("just-in-time inventory - basic", "just-in-time inventory"),
    ("only Python", "Python"),
])
def test_a_subject_that_only_looks_like_an_amount_or_a_date_keeps_its_name(concern: str,
                                                                          named: str) -> None:
    said = Reading(_facts()).concern_subject(Concern(concern))
    assert said.text and named in said.text, said


@pytest.mark.parametrize(("concern", "named"), [
    ("under 1 yr experience", "my experience"),
    ("portfolio due in feb", "my portfolio"),
    ("only 4 papers cleared", None),
])
def test_an_amount_or_a_date_is_no_name_for_a_subject(concern: str, named: str | None) -> None:
    said = Reading(_facts()).concern_subject(Concern(concern))
    assert not said.text or said.text == named, said


@pytest.mark.parametrize(("concern", "named"), [
    ("cant do pivot tables", "pivot tables"),
    ("cannot work in CostX yet", "CostX"),
])
def test_a_skill_gap_jotted_as_cant_is_named_by_its_skill(concern: str, named: str) -> None:
    said = Reading(_facts()).concern_subject(Concern(concern))
    assert said.text == named, said
