"""Jotted fragments phrased the way a coach would write them (issue 13's second pass).

Each case is a kind of fragment, not a record: the stock frames are gone, figures read as
written English, remarks about the reader are said to them, and what cannot be phrased
for sure is asked about rather than guessed.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from afterword.compose import phrasing as ph
from afterword.compose.drafts import compose
from afterword.compose.facts import Candidate, Concern, Facts, Person
from afterword.compose.fragments import Reading
from afterword.compose.thanks import also_sentence, fit_sentence
from afterword.language.jotted import Reader

START = datetime(2026, 3, 5, 14, tzinfo=UTC)
JORDAN = Candidate(name="Jordan Lee", email="jordan.lee@example.com")
STOCK = re.compile(r"One example from my experience|As an example of my track record"
                   r"|From my own experience")


def _facts(**changes: object) -> Facts:
    base = dict(company="Brennan Mechanical", role="Service Technician", start=START, end=START,
                timezone="UTC", candidate=JORDAN,
                people=(Person("Deb Kowalczyk", email="deb@brennan.example",
                               topics=("dispatch software",)),),
                topics=("rooftop units",),
                qualifications=("cut callbacks from 9% to 4% in a year",
                                "trained 6 apprentices"))
    base.update(changes)
    return Facts(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize("index", range(6))
def test_no_stock_lead_in_before_a_qualification(index: int) -> None:
    for matched in (True, False):
        sentence = fit_sentence("trained 6 apprentices", index, matched=matched)
        assert not STOCK.search(sentence), sentence
        assert "I trained 6 apprentices" in sentence


def test_a_second_qualification_is_joined_as_i_also() -> None:
    assert also_sentence("trained 6 apprentices", 0) == "I also trained 6 apprentices."
    assert also_sentence("have spent 3 years at a consultancy", 0) == \
        "I have also spent 3 years at a consultancy."
    assert also_sentence("would bring 5 years of Python", 0) == "I also have 5 years of Python."


def test_no_draft_of_a_panel_repeats_a_stock_frame() -> None:
    people = tuple(Person(f"Person{n} Smith", email=f"p{n}@b.example", topics=("rooftop units",))
                   for n in range(4))
    for draft in compose(_facts(people=people)):
        assert not STOCK.search(draft.body), draft.body


@pytest.mark.parametrize(("jotted", "written"), [
    ("wrote 60+ KB articles", "wrote more than 60 KB articles"),
    ("gave 1,100+ immunizations", "gave more than 1,100 immunizations"),
    ("ran the pass on 250+ cover sat nights", "ran the pass on 250-plus-cover Saturday nights"),
    ("cut food cost 4 pts", "cut food cost by 4 points"),
    ("set up med sync for ~200 pts", "set up med sync for about 200 patients"),
    ("raised upsell 38% in 1 yr w/ an incentive scheme",
     "raised upsell by 38% in 1 year with an incentive scheme"),
    ("deals for small biz owners", "deals for small business owners"),
])
def test_figures_and_shorthand_read_as_written_english(jotted: str, written: str) -> None:
    assert Reader([], []).spell(jotted) == written


@pytest.mark.parametrize("word", ["cron", "trane", "recs"])
def test_a_short_or_brand_like_word_is_not_corrected_into_another_word(word: str) -> None:
    assert word in Reader([], []).spell(f"migrated 40 {word} jobs").lower()


def test_a_typo_with_swapped_letters_is_still_corrected() -> None:
    assert Reader([], []).spell("thier menu") == "their menu"


def test_a_company_named_city_of_takes_the() -> None:
    assert ph.in_sentence("City of Lakemont") == "the City of Lakemont"
    assert ph.in_sentence("University of Leeds") == "the University of Leeds"
    assert ph.in_sentence("Brennan Mechanical") == "Brennan Mechanical"
    drafts = compose(_facts(company="City of Lakemont"), kind="rejection-reply")
    assert "at the City of Lakemont" in drafts[0].body


def test_a_remark_about_the_reader_in_a_relative_clause_is_said_to_them() -> None:
    person = Person("Marcus Bell", email="m@l.example",
                    topics=("the riverfront overlay district he wrote",))
    reading = Reading(_facts(people=(person,)))
    topic = reading.topic(person.topics[0], to=person, own=True)
    assert topic.text == "the riverfront overlay district you wrote"


def test_what_they_do_is_said_to_the_reader_as_you() -> None:
    person = Person("Priyanka Iyer", email="p@q.example",
                    topics=("how they backfill when a model changes",))
    reading = Reading(_facts(people=(person,)))
    assert reading.topic(person.topics[0], to=person, own=True).text == \
        "how you backfill when a model changes"


def test_an_ongoing_action_after_a_past_one_gets_its_own_subject() -> None:
    reading = Reading(_facts())
    answer = reading.answer(Concern("no ED exp", "shadowed 3 ED shifts last month + "
                                                 "starting the ENPC course in oct"))
    # A count under ten is written as a word.
    assert answer.text == ("I shadowed three ED shifts last month and I am starting the ENPC "
                           "course in October.")


def test_a_concern_that_only_says_what_the_candidate_has_is_asked_about() -> None:
    reading = Reading(_facts())
    subject = reading.concern_subject(Concern("only 2nd grade exp, 3rd has state testing",
                                              "I student taught 3rd grade."))
    assert subject.text is None and subject.ask


def test_a_concern_written_as_a_clause_is_asked_about() -> None:
    reading = Reading(_facts())
    subject = reading.concern_subject(Concern("teens can be a tough crowd",
                                              "I volunteered at a teen center."))
    assert subject.text is None and subject.ask


def test_not_much_is_a_gap_not_part_of_the_subject() -> None:
    reading = Reading(_facts())
    assert reading.concern_subject(Concern("not much chiller exp", "x")).text == \
        "chiller experience"


@pytest.mark.parametrize(("rapport", "sentence"), [
    ("she's also from bozeman", "It was good to find that we are both from Bozeman."),
    ("both ride bikes to work", "It was good to find that we both ride bikes to work."),
    ("both grew up in scranton lol", "It was good to find that we both grew up in Scranton."),
])
def test_a_shared_fact_becomes_a_sentence_to_the_reader(rapport: str, sentence: str) -> None:
    person = Person("Jess Moore", email="j@x.example", rapport=rapport)
    assert Reading(_facts(people=(person,))).rapport(person).text == sentence


def test_a_noun_after_both_is_not_read_as_a_verb() -> None:
    person = Person("Jess Moore", email="j@x.example", rapport="both dog people")
    # never "we both dog people"; "we are both dog people" (a plural noun) reads well
    assert Reading(_facts(people=(person,))).rapport(person).text == \
        "It was good to find that we are both dog people."


def test_after_the_values_the_interest_does_not_name_the_company_again() -> None:
    facts = _facts(values="'do it right the first time' on the vans")
    for draft in compose(facts):
        for paragraph in draft.body.split("\n\n"):
            if "do it right the first time" in paragraph.lower():
                assert paragraph.count("Brennan Mechanical") <= 1, paragraph


def test_counted_things_are_not_brought_to_the_team() -> None:
    assert fit_sentence("would bring 2 jury trials as trial paralegal", 1, matched=False) == \
        "My record includes 2 jury trials as a trial paralegal."
    assert fit_sentence("would bring 5 years of Python", 1, matched=False) == \
        "I would bring 5 years of Python to the team."


def test_a_card_links_its_qualification_in_few_words() -> None:
    sentence = fit_sentence("trained 6 line cooks", 0, matched=True, short=True)
    assert sentence.startswith("I trained 6 line cooks") and len(sentence.split()) <= 13


def test_the_preview_of_a_question_topic_is_not_a_conversation_about_a_question() -> None:
    from afterword.compose.fragments import preview

    person = Person("Marek Nowak", email="m@l.example",
                    topics=("how i'd debug a webhook that fails silently",))
    shown = [p.becomes for p in preview(_facts(people=(person,))) if p.name.endswith("topics")]
    assert "your question about debugging a webhook that fails silently" in shown
    assert not any(s and s.startswith("our conversation about your question") for s in shown)


@pytest.mark.parametrize(("jotted", "written"), [
    ("5 yrs python + go", "5 years Python and Go"),
    ("upselling at check in", "upselling at check-in"),
    ("the friday check in queues", "the Friday check-in queues"),
    ("we check in with families weekly", "we check in with families weekly"),
    ("want to check in", "want to check in"),
])
def test_go_in_a_list_of_languages_and_check_in_as_a_noun(jotted: str, written: str) -> None:
    assert Reader([], []).spell(jotted) == written


@pytest.mark.parametrize(("company", "written"), [
    ("Marion County Department of Human Services",
     "the Marion County Department of Human Services"),
    ("Lakeshore County Office of Budget & Policy", "the Lakeshore County Office of Budget & Policy"),
    ("Bank of America", "Bank of America"),
    ("The Alder House Hotel", "The Alder House Hotel"),
])
def test_a_public_body_takes_the_in_a_sentence(company: str, written: str) -> None:
    assert ph.in_sentence(company) == written


def test_a_company_name_ending_in_a_full_stop_ends_a_sentence_once() -> None:
    for kind in ("thank-you", "follow-up", "rejection-reply"):
        for draft in compose(_facts(company="Halvorsen Build Co."), kind=kind):
            assert "Co.." not in draft.body, draft.body


@pytest.mark.parametrize(("jotted", "written"), [
    ("ran our DR failover drills", "ran our DR failover drills"),
    ("apprenticed under old-school swedish carpenters",
     "apprenticed under old-school Swedish carpenters"),
    ("cut no shows ~25%", "cut no-shows by about 25%"),
    ("fixing terraform drift", "fixing Terraform drift"),
])
def test_acronyms_nationalities_and_products(jotted: str, written: str) -> None:
    assert Reader([], []).spell(jotted) == written


def test_their_in_a_concern_is_the_reader_s() -> None:
    subject = Reading(_facts()).concern_subject(
        Concern("never used their estimating software", "I learned CoConstruct in two weeks."))
    assert subject.text == "your estimating software"


def test_a_panel_of_four_gets_four_different_interest_paragraphs() -> None:
    people = tuple(Person(f"P{n} Smith", email=f"p{n}@b.example", topics=("rooftop units",))
                   for n in range(4))
    drafts = compose(_facts(people=people, values="'do it right' on the vans"))
    paragraphs = [p for d in drafts for p in d.body.split("\n\n") if "do it right" in p.lower()]
    assert len(paragraphs) == len(set(paragraphs)), paragraphs


def test_a_certification_is_held() -> None:
    reading = Reading(_facts())
    assert reading.qualification("CKA certified").text == "hold the CKA certification"
    assert fit_sentence("hold the CKA certification", 0, matched=False) == \
        "I hold the CKA certification."
