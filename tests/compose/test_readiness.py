"""A note is "ready" only when nothing the record left out would have gone into it: each
"to finish" item sits under the note it concerns, and each note has an achievement of its own."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime

from afterword.compose.drafts import compose
from afterword.compose.facts import Candidate, Concern, Facts, Person

JORDAN = Candidate(name="Jordan Lee", email="jordan.lee@example.com")
QUALS = ("cut month-end close from ten days to six",
         "reconciled 40 bank accounts a month for three years",
         "built the variance report the CFO reads every Monday")


def _facts(**changes: object) -> Facts:
    people = (
        Person("Hana Ito", email="hana@ledger.example", topics=("the month-end close",)),
        Person("Omar Diaz", email="omar@ledger.example", point_of_contact=True,
               topics=("the audit timeline",)),
        Person("Lia Berg", email="lia@ledger.example", topics=("the new ERP rollout",)),
    )
    base: dict[str, object] = dict(
        company="Ledger & Co", role="Staff Accountant", people=people, candidate=JORDAN,
        start=datetime(2026, 3, 3, 14, tzinfo=UTC), end=datetime(2026, 3, 3, 15, tzinfo=UTC),
        timezone="UTC", qualifications=QUALS)
    base.update(changes)
    return Facts(**base)  # type: ignore[arg-type]


def _todo(draft) -> str:  # type: ignore[no-untyped-def]
    return " ".join(draft.incomplete)


# An answer no note can phrase for sure (a story told as jottings is phrased; this is not).
JOTTED = Concern("no netsuite exp", "similar-ish, the QRB + ZTL stuff covers it mostly")


def test_a_jotted_answer_keeps_the_note_that_would_answer_it_unready() -> None:
    hana, omar, lia = compose(_facts(concerns=(JOTTED,)))
    # Unattributed: the point of contact's note would answer it.
    assert "no netsuite exp" in _todo(omar)
    assert not hana.incomplete and not lia.incomplete
    assert not any("netsuite" in item for item in hana.record_todo)


def test_a_concern_raised_by_a_reader_waits_in_that_reader_s_note() -> None:
    hana, omar, lia = compose(_facts(concerns=(replace(JOTTED, raised_by="Lia"),)))
    assert "no netsuite exp" in _todo(lia)
    assert not hana.incomplete and not omar.incomplete


def test_a_concern_with_no_answer_recorded_is_the_record_s_and_blocks_no_note() -> None:
    drafts = compose(_facts(concerns=(Concern("no NetSuite experience"),)))
    assert all(not d.incomplete for d in drafts), [d.incomplete for d in drafts]
    assert any("NetSuite" in item for item in drafts[0].record_todo)


def test_a_note_that_answers_a_concern_has_no_room_for_a_second_unattributed_one() -> None:
    good = Concern("no NetSuite experience", "I have started NetSuite's own training course.")
    hana, omar, lia = compose(_facts(concerns=(JOTTED, good)))
    assert "NetSuite's own training" in omar.body
    assert not omar.incomplete  # the jotted one could not have gone in beside it
    assert any("no netsuite exp" in item for item in hana.record_todo)


def test_a_reader_s_only_topic_left_out_keeps_that_reader_s_note_unready() -> None:
    facts = _facts()
    people = list(facts.people)
    people[2] = replace(people[2], topics=("she thinks the erp thing is a mess tbh",))
    hana, omar, lia = compose(replace(facts, people=tuple(people)))
    assert "you discussed with Lia, e.g." in _todo(lia)
    assert not hana.incomplete and not omar.incomplete


def test_a_second_topic_left_out_beside_one_the_note_uses_is_the_record_s() -> None:
    facts = _facts()
    people = list(facts.people)
    people[2] = replace(people[2], topics=("the new ERP rollout",
                                           "she thinks the erp thing is a mess tbh"))
    drafts = compose(replace(facts, people=tuple(people)))
    assert not drafts[2].incomplete
    assert any("you discussed with Lia, e.g." in item for item in drafts[0].record_todo)


def _lead(body: str) -> list[str]:
    return [q for q in QUALS if q.split()[1] in body and re.search(re.escape(q.split()[-1]), body)]


def test_each_note_of_a_panel_has_an_achievement_of_its_own() -> None:
    for variant in range(3):
        drafts = compose(_facts(), variant=variant)
        used = [_lead(d.body) for d in drafts]
        assert all(len(u) == 1 for u in used), used
        assert len({u[0] for u in used}) == 3, used
        assert all(not d.incomplete for d in drafts)


def test_too_few_achievements_are_said_again_in_other_words() -> None:
    # One achievement for three notes: the later notes say it again rather than go without
    # one, each in its own words (two notes never share the sentence).
    drafts = compose(_facts(qualifications=QUALS[:1]))
    holders = [d for d in drafts if "month-end close from ten days" in d.body]
    assert len(holders) == 3
    lines = [next(s for s in d.body.split("\n") if "month-end close" in s) for d in holders]
    assert len(set(lines)) == 3, lines
    assert not any("says nothing of what you would bring" in _todo(d) for d in drafts)


def test_a_refused_qualification_is_listed_once_and_no_note_goes_without() -> None:
    drafts = compose(_facts(qualifications=(QUALS[0], "similar-ish, ZTL covers it mostly")))
    # One usable qualification for three notes, said again in other words.
    assert not any("add another (with a number" in _todo(d) for d in drafts)
    assert not any("ZTL" in item for d in drafts for item in d.incomplete)
    assert sum("similar-ish, ZTL covers it mostly" in item for item in drafts[0].record_todo) == 1


def test_a_note_whose_qualifications_all_fail_says_so_once() -> None:
    [note] = compose(_facts(people=_facts().people[:1], qualifications=("similar-ish, ZTL covers it mostly",)))
    assert "rewrite one of the qualifications listed as left out" in _todo(note) and "ZTL" not in _todo(note)
    assert any("similar-ish, ZTL covers it mostly" in item for item in note.record_todo)


def test_a_note_waits_for_one_unattributed_concern_at_most() -> None:
    second = Concern("no SOX exp", "did sox walkthroughs w/ the auditors + read the pcaob guide")
    hana, omar, lia = compose(_facts(concerns=(JOTTED, second)))
    assert "no netsuite exp" in _todo(omar) and "no SOX exp" not in _todo(omar)
    assert any("no SOX exp" in item for item in hana.record_todo)
    # Its own reader's concern takes the place first.
    mine = replace(second, raised_by="Omar Diaz")
    hana, omar, lia = compose(_facts(concerns=(JOTTED, mine)))
    assert "no SOX exp" in _todo(omar) and "no netsuite exp" not in _todo(omar)


def test_a_concern_kept_private_is_nothing_a_note_waits_for() -> None:
    private = Concern("visa timing", "dont mention - private")
    drafts = compose(_facts(concerns=(private,)))
    assert all(not d.incomplete for d in drafts), [d.incomplete for d in drafts]
