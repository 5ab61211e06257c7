"""Which topic a thank-you singles out: the reader's own subject, never the terms of the job.

Records written for these tests (a kitchen and a power utility), not taken from the corpus.
"""

from __future__ import annotations

import re

from afterword.compose.drafts import compose
from afterword.compose.facts import Candidate, Person, from_file
from afterword.compose.fragments import Reading
from afterword.model.interview_file import parse_interview_text

KITCHEN = """
[application]
company = "Harbourside Kitchen Group"
role = "Sous Chef"

[interview]
start = 2026-12-02T14:00:00
timezone = "Europe/London"
topics = [
  "split shifts + bank holidays, 4 on 3 off",
  "allergen matrix - they redo it every menu change",
  "new menu launch in feb",
]
qualifications = ["6 yrs in kitchens, 2 as junior sous at The Anchor", "level 3 food safety"]

[[interviewers]]
name = "Marta Kowalski"
email = "marta@harbourside.example"
topics = ["allergens + her push to get every dish labelled by june w/ the new EHO rules"]

[[interviewers]]
name = "Ben Okafor"
email = "ben@harbourside.example"
topics = ["prep lists", "the staff meal budget"]
"""

UTILITY = """
[application]
company = "Northern Grid Services"
role = "Apprentice Lineworker"

[interview]
start = 2026-12-03T09:00:00
timezone = "America/Toronto"
topics = [
  "on call rota 1 in 4 weekends",
  "pole top rescue drills",
  "storm restoration - they were out 14 days last ice storm",
]
qualifications = ["pre-apprentice powerline tech diploma, Georgian College 2026", "DZ licence"]

[[interviewers]]
name = "Dale Fournier"
email = "dale@ngs.example"
topics = ["safety culture - he wants people who speak up", "mentoring plan - 2 yrs with a journeyperson"]

[[interviewers]]
name = "Priya Nair"
email = "priya@ngs.example"
topics = ["the overtime pay"]
"""


def _facts(text: str):  # type: ignore[no-untyped-def]
    return from_file(parse_interview_text(text, source="r.toml", default_zone="UTC"),
                     Candidate(name="Jordan Lee"))


def _notes(text: str, kind: str = "thank-you") -> dict[str, str]:
    return {d.to_name: d.body for d in compose(_facts(text), kind=kind)}


_TERMS = re.compile(r"(?i)\b(?:shifts?|bank holidays|rota|on-call|budget|overtime|pay)\b")


def test_no_note_singles_out_pay_perks_or_the_rota() -> None:
    for record in (KITCHEN, UTILITY):
        for kind in ("thank-you", "rejection-reply", "networking"):
            for who, body in _notes(record, kind).items():
                assert not _TERMS.search(body), (kind, who, body)


def test_a_reader_with_no_sayable_topic_is_thanked_for_the_interview_topic_kin_to_theirs() -> None:
    # Marta's own topic (allergens + her labelling push) cannot be said as it is jotted; of
    # the interview's topics, the allergen matrix is plainly hers, the menu launch is not.
    body = _notes(KITCHEN)["Marta Kowalski"]
    first = body.split("\n\n")[1]
    assert "allergen" in first
    assert "menu launch" not in first


def test_a_reader_with_topics_of_their_own_is_not_thanked_for_an_unrelated_one() -> None:
    body = _notes(UTILITY)["Dale Fournier"]
    assert "safety culture" in body
    assert not re.search(r"(?i)pole top|storm restoration", body)


def test_a_reader_whose_only_topic_is_pay_is_thanked_for_something_else() -> None:
    thanks = _notes(UTILITY)["Priya Nair"].split("\n\n")[1]
    assert re.search(r"(?i)\b(?:about|of)\b", thanks)
    assert "overtime" not in thanks


def test_a_figure_after_a_plan_is_left_out_of_the_topic_phrase() -> None:
    facts = _facts(UTILITY)
    dale = facts.people[0]
    said = Reading(facts).topic("mentoring plan - 2 yrs with a journeyperson", to=dale, own=True)
    assert said.ok and said.text
    assert not re.search(r"\d|\b(?:two|years?)\b", said.text)
    assert "mentoring plan" in said.text


def test_a_practice_named_alone_takes_no_article() -> None:
    facts = _facts(UTILITY)
    person = Person(name="Femi Olayinka", email="f@example.com",
                    topics=("justification - he wants rads to push back more",))
    said = Reading(facts).topic(person.topics[0], to=person, own=True)
    assert said.text == "justification"


def test_a_term_of_the_trade_no_word_list_knows_is_said_but_a_lower_case_name_is_not() -> None:
    facts = _facts(UTILITY)
    dale = facts.people[0]
    reading = Reading(facts)
    for topic in ("the cannulation training", "the arthroscopy list", "phlebotomy rotation"):
        said = reading.topic(topic, to=dale, own=True)
        assert said.ok and said.text and topic.split()[-2] in said.text, (topic, said)
    for topic in ("the kowalczyk training", "the brennigan audit"):
        assert not reading.topic(topic, to=dale, own=True).ok, topic


def test_two_subjects_jotted_as_one_thank_for_the_first_that_can_be_said() -> None:
    # "allergens + her push to ...": the whole is too long to name a topic; its first
    # subject is Marta's, and the note thanks her for it, bare ("allergens", not "the ...").
    thanks = _notes(KITCHEN)["Marta Kowalski"].split("\n\n")[1]
    assert re.search(r"about allergens\b", thanks), thanks
    assert "push" not in thanks and "June" not in thanks


def test_two_clock_hours_are_said_as_a_span_but_a_count_or_a_score_stays() -> None:
    facts = _facts(KITCHEN)
    marta = facts.people[0]
    reading = Reading(facts)
    said = reading.topic("her plan to open the kitchen 7-11 by spring", to=marta, own=True).text
    assert said and "from 7 to 11" in said and "7-11" not in said
    for kept in ("her plan for 8-12 weeks of induction", "the 2-1 win"):
        text = reading.topic(kept, to=marta, own=True).text or ""
        assert "from" not in text, (kept, text)
