"""The frames a note is built from: no stock phrase a coach spots, the reader never named in
the third person in their own note, institutions with "the", one interviewer's words back to
that interviewer, events thanked for as they are, subjects that fit an inbox."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from afterword.compose import phrasing as ph
from afterword.compose import thanks as th
from afterword.compose.drafts import SUBJECT_CHARS, compose
from afterword.compose.facts import Person
from tests.compose.test_note_shapes import RECORDS, _panel, record_facts

RETIRED = ("experience I would bring with me", "The idea behind", "bring my experience to",
           "My work so far has prepared me", "Beyond that, I bring", "On top of that, I bring")


@pytest.mark.parametrize("record", RECORDS, ids=lambda p: p.stem)
def test_no_stock_frame_a_coach_called_machine_made(record: Path) -> None:
    facts = record_facts(record)
    for variant in range(3):
        for draft in compose(facts, variant=variant):
            assert not [f for f in RETIRED if f in draft.body], draft.body
            assert draft.subject is None or len(draft.subject) <= SUBJECT_CHARS


def test_a_court_takes_the_and_the_judge_is_not_named_in_the_role() -> None:
    assert ph.in_sentence("U.S. District Court for the District of Vermont") == \
        "the U.S. District Court for the District of Vermont"
    assert ph.in_sentence("Court Street Bakery") == "Court Street Bakery"
    assert th.role_name("Term Law Clerk to Judge Whitfield-Amos") == "Term Law Clerk"
    judge = Person(name="Judge Eleanor Whitfield-Amos", email="j@court.example",
                   channel="handwritten", topics=("the habeas backlog",))
    facts = _panel(1, people=(judge,), company="U.S. District Court for the District of Vermont",
                   role="Term Law Clerk to Judge Whitfield-Amos")
    [card] = compose(facts)
    running = "\n\n".join(card.body.split("\n\n")[1:-1])
    assert "Whitfield-Amos" not in running, card.body


def test_the_role_is_named_once_in_a_note() -> None:
    for variant in range(4):
        for draft in compose(_panel(), variant=variant):
            assert draft.body.count("Data Engineer") <= 1, draft.body
            # Never left dangling: "I remain very interested, and ..." says in what.
            assert not re.search(r"interested[,.]", draft.body), draft.body


def test_an_interviewer_s_own_words_go_back_to_them_and_to_no_colleague() -> None:
    people = list(_panel(2).people)
    people[0] = Person(name="Judge Eleanor Whitfield-Amos", email="j@court.example",
                       topics=("her view that bench memos should be short",))
    people[1] = Person(name="Gregory Lunt", position=1, email="g@court.example",
                       topics=("a typical week in chambers",), rapport="he's also from burlington")
    values = ("chambers = small, judge v focused on clear writing. 'write for the litigant, "
              "not the law review' - her words")
    judge, gregory = compose(_panel(2, people=tuple(people), values=values))
    assert "write for the litigant" in judge.body.lower()
    assert re.search(r"as you put it|your words", judge.body), judge.body
    assert "litigant" not in gregory.body


def test_words_an_interviewer_kept_saying_are_theirs_by_name() -> None:
    values = "family owned. 'we show up' is on the trucks. tom said it like 4 times"
    drafts = compose(_panel(3, values=values))
    quoting = [d.to_name for d in drafts if "we show up" in d.body.lower()]
    assert quoting == ["Tom Ortega"]


def test_a_company_motto_is_quoted_in_one_note_as_the_company_s() -> None:
    drafts = compose(_panel(3))
    quoting = [d for d in drafts if "Build things that last" in d.body]
    assert len(quoting) == 1 and "you put it" not in quoting[0].body


@pytest.mark.parametrize(("topic", "said"), [
    ("the warehouse tour", "the warehouse tour"),
    ("design round", "the design round"),
    ("a tour of the kitchen", "the tour of the kitchen"),
    ("my note on qualified immunity", "the chance to discuss my note on qualified immunity"),
])
def test_an_event_or_the_candidate_s_own_work_is_not_a_conversation_about_it(topic: str,
                                                                             said: str) -> None:
    assert th.about(topic, 0) == said
    assert "conversation about" not in th.about(topic, 1, after_for=True)


def test_years_after_an_achievement_are_no_anticlimax_nor_a_second_bring() -> None:
    assert th.also_sentence("would bring 7 years of backend experience", 1) == \
        "I also have 7 years of backend experience."


def test_a_card_says_a_qualification_with_its_result_plainly() -> None:
    clause = "ran the year 10 physics elective, and enrolment went from 14 to 31 over 2 years"
    assert th.fit_sentence(clause, 0, matched=False, short=True) == \
        f"I {clause}."


def test_years_with_an_added_clause_end_the_sentence() -> None:
    for index in range(3):
        sentence = th.fit_sentence("would bring 3 years of inpatient work, with about 18 patients",
                                   index, matched=False)
        assert sentence.endswith("about 18 patients."), sentence


def test_an_addition_with_its_own_colon_follows_a_full_stop() -> None:
    from afterword.compose.facts import Improvement

    facts = _panel(2, improvements=(Improvement(
        "the stackup question", "I would show both: worst case for the critical fit and RSS "
        "for the rest.", "Tom Ortega"),))
    tom = compose(facts)[1]
    assert tom.angle == "elaboration", tom.body
    # Said to Tom, who asked it, the lead names his question as his.
    sentence = next(s for s in re.split(r"(?<=\.)\s+", tom.body) if "your stackup question" in s)
    assert sentence.count(":") == 0 and "I would show both: worst case" in tom.body, tom.body


@pytest.mark.parametrize("clause", ["was in the top 10% of my class",
                                    "hold the CKA certification"])
def test_a_standing_or_a_credential_is_not_called_experience(clause: str) -> None:
    for index in range(3):
        for short in (False, True):
            assert th.fit_sentence(clause, index, matched=False, short=short) == f"I {clause}."


def test_a_quoted_name_is_not_called_a_standard_or_a_way_of_working() -> None:
    facts = _panel(3, values="'Lakemont 2045' - the comprehensive plan")
    # Said only where a note ties it to something (no note here does), but never so framed.
    for note in [d for d in compose(facts) if "Lakemont 2045" in d.body]:
        assert not [w for w in ("standard", "how I want to work", "live up to") if w in note.body]
    from afterword.compose.thanks.panel import Panel

    panel = Panel.of(facts, {})
    for index in range(4):
        said = th.values_sentence(panel, index) or ""
        assert "Lakemont 2045" in said, said
        assert not [w for w in ("standard", "how I want to work", "live up to") if w in said]


@pytest.mark.parametrize("clause", ["passed NDHCB in September", "have held the A&P since 2020",
                                    "earned the CFRE in 2023"])
def test_an_exam_or_a_licence_is_not_called_experience(clause: str) -> None:
    for index in range(3):
        for short in (False, True):
            assert th.fit_sentence(clause, index, matched=False, short=short) == f"I {clause}."


def test_a_stumble_a_legal_matter_or_a_preposition_is_never_thanked_for() -> None:
    people = list(_panel(2).people)
    people[0] = Person(name="Priya Raman", email="p@acme.example", topics=(
        "the failed study question", "my non compete", "from 3 to 12 AE build",
        "the reporting backlog"))
    [priya, _] = compose(_panel(2, people=tuple(people), topics=()))
    thanks = priya.body.split("\n\n")[1]
    assert "the reporting backlog" in thanks
    for left in ("failed", "compete", "from 3 to 12"):
        assert left not in priya.body, priya.body


@pytest.mark.parametrize(("name", "said"), [("Ledgerline, Inc.", "Ledgerline"),
                                            ("Fernweh Reisen GmbH", "Fernweh Reisen"),
                                            ("Whitcomb Reyes LLP", "Whitcomb Reyes LLP")])
def test_a_legal_form_stays_out_of_a_sentence(name: str, said: str) -> None:
    assert ph.in_sentence(name) == said


@pytest.mark.parametrize(("name", "said"), [
    ("Tallis County Public Defender's Office", "the Tallis County Public Defender's Office"),
    ("Bryce County Health Department", "the Bryce County Health Department"),
    ("Joe's Department Store", "Joe's Department Store"),
    ("Acme Office Supplies", "Acme Office Supplies"),
    ("Orange Grove County Choppers", "Orange Grove County Choppers")])
def test_an_office_named_for_its_holder_takes_the(name: str, said: str) -> None:
    assert ph.in_sentence(name) == said


@pytest.mark.parametrize(("role", "said"), [
    ("Postdoctoral Research Associate in Cryo-EM of Membrane Transporters",
     "Postdoctoral Research Associate"),
    ("Lead Aircraft Maintenance Technician - Line (Nights)", "Lead Aircraft Maintenance Technician"),
    ("Data Engineer", "Data Engineer")])
def test_a_long_role_keeps_its_head_in_a_sentence(role: str, said: str) -> None:
    assert th.role_name(role) == said


@pytest.mark.parametrize(("had", "said"), [
    ("three first-author papers", "My record includes three first-author papers."),
])
def test_what_one_has_that_is_not_years_or_skills_reads_as_english(had: str, said: str) -> None:
    assert th.fit_sentence(f"would bring {had}", 0, matched=False) == said


def test_the_record_s_to_finish_puts_concerns_before_entries_before_details() -> None:
    def rank(item: str) -> int:
        if "concern" in item:
            return 0
        if item.startswith(("Your qualifications: write", "Your qualifications: spell",
                            "Topics: ")):
            return 1
        return 2 if item.startswith("Your qualifications: the note says") else 0

    checked = 0
    for record in RECORDS:
        todo = compose(record_facts(record))[0].record_todo
        ranks = [rank(item) for item in todo]
        assert ranks == sorted(ranks), (record.name, todo)
        checked += len(set(ranks)) > 1
    assert checked
