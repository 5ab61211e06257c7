"""Private jargon, counting shorthand and words pasted together (issue 13, a coach's blind read).

Each test is a category, in sentences of its own (no record's words): an acronym a note cannot
be sure of is left out and asked about by name, while the reader's trade keeps its own; counting
shorthand is spelled out where it is sure; the composer never writes a seam of pasted words.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from afterword.compose.facts import Candidate, Facts, Person
from afterword.compose.fragments import Reading
from afterword.language.jotted import Reader

START = datetime(2026, 3, 5, 14, tzinfo=UTC)
JORDAN = Candidate(name="Jordan Lee", email="jordan.lee@example.com")
RUTH = Person("Ruth Abernathy", email="ruth@harbor.example")


def _reading(role: str = "Product Analyst", **changes: object) -> Reading:
    base = dict(company="Harbor Freightworks", role=role, start=START, end=START,
                timezone="UTC", candidate=JORDAN, people=(RUTH,))
    base.update(changes)
    return Reading(Facts(**base))  # type: ignore[arg-type]


# Acronyms -------------------------------------------------------------------------------

@pytest.mark.parametrize("topic", ["JTBD interviews with the ops team", "XQR on the night desk",
                                   "BR cos in the pipeline"])
def test_an_acronym_nobody_explains_is_left_out_and_named_in_the_ask(topic: str) -> None:
    read = _reading().topic(topic, to=RUTH, own=False)
    word = topic.split()[0]
    assert read.text is None
    assert f"\u201c{word}\u201d" in (read.ask or "") and f"\u201c{word}\u201d" in (read.reason or "")


@pytest.mark.parametrize("qualification", ["ran UXR studies for 2 yrs", "~6,800 OJT hrs"])
def test_a_qualification_holding_private_shorthand_is_left_out(qualification: str) -> None:
    read = _reading().qualification(qualification)
    assert read.text is None and "write" in (read.ask or "")


@pytest.mark.parametrize(("qualification", "kept"), [
    ("led the SQL migration for the ICU", "SQL"),  # widely known: lexicons/acronyms.tsv
    ("CKA certified", "CKA"),  # a credential, by the word beside it
    ("both UMD grads", "UMD"),  # a school, by the word beside it
])
def test_an_acronym_of_the_trade_or_a_name_stays(qualification: str, kept: str) -> None:
    reading = _reading()
    assert reading.unsure_words(qualification) == []
    assert kept in reading.reader.spell(qualification)


def test_an_acronym_the_role_spells_out_is_written_in_words_and_counted() -> None:
    # The record holds the acronym (a reader learns only the record's own acronyms).
    reading = _reading(role="Medical Social Worker", topics=("SW staffing",))
    assert reading.reader.spell("he wants SW at the 7:30 huddle") == \
        "he wants social workers at the 7:30 huddle"
    assert reading.reader.spell("add a weekend SW") == "add a weekend social worker"
    branch = _reading(role="Deputy Branch Manager", topics=("BMs on visits",))
    assert branch.reader.spell("she wants BMs out on visits") == \
        "she wants branch managers out on visits"
    # The whole role's initials are the reader's own word: kept, and sure.
    whole = _reading(role="Branch Manager", topics=("BMs on visits",))
    assert whole.reader.spell("she wants BMs out on visits") == "she wants BMs out on visits"
    assert whole.unsure_words("she wants BMs out on visits") == []


def test_an_acronym_of_the_company_or_a_person_is_theirs() -> None:
    reading = _reading(company="QZX Logistics")
    assert reading.unsure_words("the QZX rollout") == []
    district = _reading(company="Three Rivers Public Utility District")
    assert district.unsure_words("worked with the PUD crew") == []


def test_a_run_of_acronyms_before_a_course_is_one_name() -> None:
    assert _reading().unsure_words("finished the AACN ECCO modules") == []


def test_a_widely_known_acronym_with_its_own_meaning_is_the_role_s() -> None:
    reading = _reading(role="Social Worker, Emergency Department",
                       topics=("the ED caseload",))
    assert reading.reader.spell("the ED caseload") == "the emergency department caseload"


def test_24_7_is_written_as_it_is() -> None:
    reading = _reading()
    assert reading.unsure_words("before the 24/7 rota starts") == []
    assert reading.reader.spell("before the 24/7 rota starts") == "before the 24/7 rota starts"


def test_a_widely_known_acronym_is_not_taken_from_the_role_by_chance() -> None:
    reading = _reading(role="Medical Social Worker")
    assert "MSW" in reading.reader.spell("MSW from Rutgers")


def test_a_run_opening_on_only_spells_out_no_acronym() -> None:
    reading = _reading(concerns=(), topics=("never worked in an OCC, only crew control",))
    assert "OCC" not in reading.reader.acronyms


# Counting shorthand ---------------------------------------------------------------------

@pytest.mark.parametrize(("jotted", "written"), [
    ("reviews 2x a month", "reviews twice a month"),
    ("standups 3x/wk", "standups three times a week"),
    ("ran 1:1s with my reports", "ran one-on-ones with my reports"),
    ("weekly 1:1 meetings", "weekly one-on-one meetings"),
    ("split 50/50 with AP", "split fifty-fifty with AP"),
    ("the #2 priority", "the number 2 priority"),
    ("a 1:1 ratio", "a 1:1 ratio"),
    ("delays ~35% -> ~19%", "delays from about 35% to about 19%"),
])
def test_counting_shorthand_is_spelled_out_where_it_is_sure(jotted: str, written: str) -> None:
    assert Reader([]).spell(jotted) == written


@pytest.mark.parametrize("jotted", ["grew revenue 2x", "passed 4/13 exams", "cut query time 10x"])
def test_a_count_the_note_cannot_read_for_sure_is_left_out(jotted: str) -> None:
    reading = _reading()
    assert reading.unsure_words(jotted)
    assert reading.qualification(jotted).text is None


# Seams ------------------------------------------------------------------------------------

def test_us_before_a_noun_takes_no_article() -> None:
    reader = Reader([])
    assert reader.spell("pitched 2 US investors") == "pitched 2 US investors"
    assert reader.spell("moved to US in 2019") == "moved to the US in 2019"
    assert _reading().qualification("pitched 2 US investors").text == "pitched two US investors"


@pytest.mark.parametrize("jotted", ["pitched to 2 the investors", "ran the my team's close",
                                    "moved the close to"])
def test_a_phrase_holding_a_seam_is_left_out(jotted: str) -> None:
    assert _reading().qualification(jotted).text is None


def test_shorthand_with_a_possessive_is_spelled_out() -> None:
    assert Reader([]).spell("the atty's calendar") == "the attorney's calendar"


def test_a_small_word_typed_twice_is_typed_once() -> None:
    assert Reader([]).spell("cut the the budget by 5%") == "cut the budget by 5%"
    assert Reader([]).spell("cut food cost 4 pts") == "cut food cost by 4 points"


def test_a_gerund_s_object_takes_the_article() -> None:
    read = _reading().topic("how i'd handle brunch menu", to=RUTH, own=True)
    assert read.text == "your question about handling the brunch menu"


@pytest.mark.parametrize("topic", ["ran the month-end close", "talked about the 5 day close",
                                   "~5 new hires"])
def test_a_topic_that_is_something_done_or_a_figure_is_not_thanked_for(topic: str) -> None:
    assert _reading().topic(topic, to=RUTH, own=False).text is None


@pytest.mark.parametrize("answer", [
    "I'd use the QPF checklist until the NRT course is done, and I have booked it for March.",
    "I ran the CASA drive at the Aundh branch and we reached 41% in six months.",
])
def test_an_acronym_in_a_sentence_the_candidate_wrote_out_is_theirs(answer: str) -> None:
    # Written with capitals and full stops, the sentence uses the trade's terms on purpose;
    # jotted, the same acronym may be the candidate's own shorthand and is asked about.
    written = _reading().sentences(answer, what="answer")
    assert written.text is not None, written.reason
    jotted = _reading().sentences("ran CASA drive at aundh, got to 41%", what="answer")
    assert jotted.text is None and jotted.ask and "CASA" in jotted.ask



def test_an_acronym_an_interviewer_discussed_is_their_trade_s_term() -> None:
    # "CAPA effectiveness checks" in what the reader talked about: the reader's own word.
    ruth = Person("Ruth Abernathy", email="ruth@harbor.example",
                  topics=("CAPA effectiveness checks",))
    reading = _reading(people=(ruth,))
    assert reading.qualification("led 30 CAPA reviews").text == "led 30 CAPA reviews"
    # Nobody discussed it: the candidate's own shorthand, perhaps.
    assert _reading().qualification("led 30 CAPA reviews").text is None


def test_an_acronym_an_interviewer_discussed_in_the_plural_is_their_term_too() -> None:
    # "... the intake desk for BPMHs": the reader said BPMH; "BPMHs" is not a new word.
    ruth = Person("Ruth Abernathy", email="ruth@harbor.example",
                  topics=("her plan to staff the intake desk for BPMHs",))
    reading = _reading(people=(ruth,))
    assert reading.qualification("did 30 BPMHs a week").text is not None
    assert _reading().qualification("did 30 BPMHs a week").text is None
