"""The reader's trade terms against the candidate's private shorthand (issue 13, coach's read).

A note to a reader of a trade may use that trade's acronyms as they are ("CLE" to a defence
office, "CAPA" to a head of quality); the candidate's own clippings ("OJT") are still left
out and asked about. Every example is invented.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from afterword.compose.facts import Candidate, Concern, Facts, Person
from afterword.compose.fragments import Reading
from afterword.language import trades
from afterword.language.jotted import Reader

START = datetime(2026, 4, 9, 15, tzinfo=UTC)
SAM = Candidate(name="Sam Okoro", email="sam.okoro@example.com")


def _reading(role: str, company: str, title: str = "Hiring Manager", **changes: object) -> Reading:
    reader = Person("Ines Varga", title=title, email="ines@example.org")
    base = dict(company=company, role=role, start=START, end=START, timezone="UTC",
                candidate=SAM, people=(reader,))
    base.update(changes)
    return Reading(Facts(**base))  # type: ignore[arg-type]


LAW = dict(role="Staff Attorney, Housing Unit", company="Riverbend Tenant Legal Services")
PLANT = dict(role="Quality Specialist", company="Northmoor Biologics",
             title="Head of Quality Operations")
SOFTWARE = dict(role="Product Analyst", company="Lanternfish Apps")


@pytest.mark.parametrize(("setting", "qualification", "term"), [
    (LAW, "finished 24 hours of CLE on eviction defence", "CLE"),
    (PLANT, "closed 40 CAPAs on the fill line", "CAPAs"),
    (PLANT, "led 12 OOS investigations", "OOS"),
])
def test_a_term_of_the_reader_s_trade_stays(setting: dict[str, str], qualification: str,
                                           term: str) -> None:
    read = _reading(**setting).qualification(qualification)
    assert read.text is not None and term in read.text, read.reason


@pytest.mark.parametrize("qualification", ["finished 24 hours of CLE on eviction defence",
                                           "led 12 OOS investigations"])
def test_the_same_term_to_a_reader_of_another_trade_is_asked_about(qualification: str) -> None:
    read = _reading(**SOFTWARE).qualification(qualification)
    assert read.text is None and read.ask is not None


def test_private_shorthand_stays_out_even_in_the_trade() -> None:
    read = _reading(**LAW).qualification("~600 OJT hrs at the clinic")
    assert read.text is None and "\u201cOJT\u201d" in (read.ask or "")


def test_the_trade_is_the_reader_s_not_the_candidate_s_past() -> None:
    # A teacher moving into analytics: "PGDE" in their own background says nothing of the
    # reader, who is no teacher.
    reading = _reading(**SOFTWARE, qualifications=("PGDE secondary, taught maths 4 yrs",))
    assert reading.unsure_words("PGDE secondary") == ["PGDE"]
    school = _reading(role="Maths Teacher", company="Glenholm Academy")
    assert school.unsure_words("PGDE secondary") == []


def test_an_acronym_the_candidate_wrote_in_a_sentence_is_theirs_throughout() -> None:
    answer = "I have not led one alone, but I know what a QRB expects from a review pack."
    reading = _reading(**SOFTWARE, concerns=(Concern("no QRB lead exp", answer),))
    assert reading.unsure_words("presented at 3 QRB meetings") == []
    assert _reading(**SOFTWARE).unsure_words("presented at 3 QRB meetings") == ["QRB"]


def test_a_unit_is_spelled_as_its_symbol_and_is_sure() -> None:
    reader = Reader([])
    assert reader.spell("cut empty kms by 10%") == "cut empty km by 10%"
    assert _reading(**SOFTWARE).unsure_words("cut empty kms by 10%") == []


def test_sections_cited_after_a_code_are_no_count() -> None:
    reading = _reading(**PLANT)
    assert reading.unsure_words("trained on 21 CFR 210/211") == []
    assert reading.unsure_words("passed 4/13 audits") == ["4/13"]


@pytest.mark.parametrize(("side", "field"), [
    (("Associate Director, Quality", "Emberline Therapeutics"), "life-sciences"),
    (("Deputy Chief, Felony Unit",), "law"),
    (("Learning Officer", "Harbour Museum of Transport"), "education"),
    (("Senior UX Researcher",), "ux-research"),
    (("Night Dispatcher", "Redgum Freight"), "transport"),
])
def test_the_reader_s_trade_is_read_from_their_side(side: tuple[str, ...], field: str) -> None:
    assert field in trades.fields(side)


@pytest.mark.parametrize("side", [("Principal PM (bar raiser)",), ("a courtesy call",),
                                  ("a learning platform",)])
def test_a_word_inside_another_says_no_trade(side: tuple[str, ...]) -> None:
    assert trades.fields(side) == frozenset()


@pytest.mark.parametrize(("clause", "sentence"), [
    ("would bring 29 CFR 1910 and Part 11", "I have worked under 29 CFR 1910 and Part 11."),
    ("would bring ISO 9001, ISO 45001 and Annex 2",
     "I have worked under ISO 9001, ISO 45001 and Annex 2."),
    ("would bring ISO 9001 audits", "My experience includes ISO 9001 audits."),
])
def test_a_list_of_cited_rules_is_what_one_worked_under(clause: str, sentence: str) -> None:
    from afterword.compose.thanks import fit_sentence

    assert fit_sentence(clause, 0, matched=False) == sentence


def test_a_run_of_capitalised_words_opening_a_topic_is_a_name() -> None:
    reading = _reading(**SOFTWARE)
    read = reading.topic("Sage Intacct reporting", to=reading.facts.people[0], own=False)
    assert read.text is not None and "Sage Intacct" in read.text, read.reason


def test_a_word_the_record_only_ever_capitalises_is_a_brand() -> None:
    topics = ("Square payouts - delayed by 2 days", "Square payouts and the refunds queue")
    reading = _reading(**SOFTWARE, topics=topics)
    read = reading.topic(topics[1], to=reading.facts.people[0], own=False)
    assert read.text is not None and "Square payouts" in read.text, read.reason
    # Once, or also in lower case elsewhere, the capital is the field's first letter only.
    once = _reading(**SOFTWARE, topics=(topics[1], "a square grid for the shelf plan"))
    read = once.topic(topics[1], to=once.facts.people[0], own=False)
    assert read.text is not None and "square payouts" in read.text, read.reason


def test_a_trade_s_acronyms_are_foreign_to_a_reader_outside_it() -> None:
    from afterword.compose.thanks.fit import _foreign_terms

    clause = "ran 30 CAPAs and 12 OOS investigations on the SQL reports"
    assert _foreign_terms(clause, frozenset()) == 2  # SQL is widely known, not a trade's
    assert _foreign_terms(clause, trades.fields(("Head of Quality, Emberline Biologics",))) == 0


def test_a_trade_s_own_clipping_stays_for_its_reader() -> None:
    dental = _reading(role="Dental Hygienist", company="Larchmont Periodontics")
    read = dental.qualification("ran the perio recall list for 2 yrs")
    assert read.text is not None and "perio" in read.text, read.reason
    assert dental.unsure_words("ran the perio recall list") == []
    # To anyone else it is a clipping the note cannot spell out for sure.
    assert _reading(**SOFTWARE).unsure_words("ran the perio recall list") == ["perio"]


def test_a_term_that_reads_better_in_words_is_written_out_for_its_trade() -> None:
    research = _reading(role="Senior UX Researcher", company="Fernhollow Apps")
    assert research.reader.spell("ran 40 IDIs in 3 markets") == \
        "ran 40 in-depth interviews in 3 markets"
    # Outside the trade the acronym is not the reader's: left as it is, and asked about.
    other = _reading(**SOFTWARE)
    assert "IDIs" in other.reader.spell("ran 40 IDIs in 3 markets")
    assert other.unsure_words("ran 40 IDIs in 3 markets") == ["IDIs"]
