"""Each kind of note fits who took part and what the record holds: company names whole (a
legal form dropped whole, never half), a phone screen thanked through the recruiter who
arranged it, networking sent where the record can reach the person, a follow-up that names a
date only for a firm timeframe, and a panel whose notes open their sentences differently."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from afterword.compose import phrasing as ph
from afterword.compose import thanks as th
from afterword.compose.drafts import KINDS, compose, networking_channel
from afterword.compose.facts import Candidate, Concern, Facts, Person
from afterword.compose.thanks.rapport import _rapport_clause
from afterword.dates import day_month
from afterword.language.jotted import Reader
from afterword.model.timeframe import resolve_timeframe
from tests.compose.test_note_shapes import _panel

JORDAN = Candidate(name="Jordan Lee", email="jordan@example.com")


def _screen(**changes: object) -> Facts:
    """A phone screen with one interviewer the record has no address for, set up by a
    recruiter who was not on the call."""
    base = Facts(
        company="PaisaPal Technologies Pvt. Ltd.", role="Senior Backend Engineer, Payments",
        start=datetime(2026, 12, 2, 10, tzinfo=UTC), end=datetime(2026, 12, 2, 10, 30, tzinfo=UTC),
        timezone="UTC", format="phone", candidate=JORDAN,
        people=(Person(name="Arjun Malhotra", title="Engineering Manager",
                       topics=("idempotent payouts",)),),
        recruiter_name="Meera Nair", recruiter_email="meera@paisapal.example",
        qualifications=("built the refunds service at Kirana Ledger Pvt. Ltd.",
                        "five years of Go in production"),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize(("name", "said"), [
    ("PaisaPal Technologies Pvt. Ltd.", "PaisaPal Technologies"),
    ("Samsung Electronics Co., Ltd.", "Samsung Electronics"),
    ("Brenner Maschinenbau GmbH & Co. KG", "Brenner Maschinenbau"),
    ("Banco del Sol S.A.", "Banco del Sol"),
    ("Tan & Sons Sdn. Bhd.", "Tan & Sons"),
    ("Kiwi Freight Pty Ltd", "Kiwi Freight"),
    ("Brant & Co. Ltd.", "Brant & Co."),
    ("Brant & Co.", "Brant & Co."),
    ("Halvorsen Build Co.", "Halvorsen Build Co."),
    ("Halvorsen & Co. LLP", "Halvorsen & Co. LLP"),
])
def test_a_legal_form_goes_whole_or_stays_whole(name: str, said: str) -> None:
    assert ph.in_sentence(name) == said


def test_a_name_s_abbreviations_do_not_cut_a_jotted_phrase() -> None:
    reader = Reader(["Arjun Malhotra"], [])
    for jotted, whole in [
        ("built the refunds service at Kirana Ledger Pvt. Ltd., cut failed refunds 2% to 0.3%",
         "at Kirana Ledger Pvt. Ltd."),
        ("led 12 audits for clients of Brant & Co. Ltd.", "Brant & Co. Ltd."),
        ("worked w/ Dr. Okafor on sepsis", "Dr. Okafor"),
        ("3 yrs at Samsung Electronics Co., Ltd., led QA", "Samsung Electronics Co., Ltd."),
        ("interned at Ledgerline, Inc., did AP", "Ledgerline, Inc."),
    ]:
        pieces = [p.text for p in reader.read(jotted).pieces if p.kind == "content"]
        assert any(whole in p for p in pieces), pieces
    for jotted, spelled in [("cut failed refunds 2% to 0.3%", "cut failed refunds from 2% to 0.3%"),
                            ("grew the region by 30%", "grew the region by 30%"),
                            ("reduced churn to 3%", "reduced churn to 3%"),
                            ("cut food cost 4 pts", "cut food cost by 4 points")]:
        assert [p.text for p in reader.read(jotted).pieces] == [spelled]


def test_no_note_of_any_kind_cuts_the_company_in_half() -> None:
    facts = _screen(people=(replace(_screen().people[0], email="arjun@paisapal.example"),))
    for kind in KINDS:
        for draft in compose(facts, kind=kind):
            text = f"{draft.subject or ''}\n{draft.body}"
            assert not re.search(r"Pvt\.(?! Ltd)", text), text
            if kind in ("follow-up", "rejection-reply"):
                assert "PaisaPal Technologies" in text, text


def test_a_phone_screen_is_thanked_through_the_recruiter_who_arranged_it() -> None:
    [note] = compose(_screen())
    assert note.to_name == "Meera Nair" and note.to_email == "meera@paisapal.example"
    greeting, first = note.body.split("\n\n")[:2]
    assert greeting == "Dear Meera,"
    assert "arranging my call with Arjun" in first
    assert "Would you please pass on my thanks?" in first
    assert not re.search(r"\b(?:you all|Thank you all|you both|Thank you both)\b", note.body)
    assert any("Arjun" in t and "e-mail address" in t for t in note.record_todo)


def test_a_lone_interviewer_is_never_thanked_as_all() -> None:
    [note] = compose(_screen(recruiter_name=None, recruiter_email=None))
    assert note.to_name == "Arjun Malhotra"
    assert note.body.startswith("Dear Arjun,")
    assert " all " not in note.body and " both " not in note.body


def test_the_rejection_reply_says_who_the_candidate_actually_met() -> None:
    [reply] = compose(_screen(), kind="rejection-reply")
    assert reply.to_name == "Meera Nair"
    assert "I enjoyed speaking with Arjun" in reply.body
    assert "meeting the team" not in reply.body
    # To an interviewer of a panel: them and their colleagues by name, as their notes greet
    # them; a larger panel as the team.
    panel = replace(_panel(3), recruiter_name=None)
    [to_priya] = compose(panel, kind="rejection-reply")
    others = [p.greeting_name(panel.locale) for p in panel.people
              if p.name != to_priya.to_name]
    assert f"I enjoyed meeting you, {others[0]} and {others[1]}" in to_priya.body
    [to_four] = compose(replace(_panel(4), recruiter_name=None), kind="rejection-reply")
    assert "I enjoyed meeting you and the team" in to_four.body


def test_networking_goes_where_the_record_can_reach_the_person() -> None:
    email_only = Person(name="Ana Silva", email="ana@acme.example")
    profile_only = Person(name="Ben Cole", linkedin="https://www.linkedin.com/in/ben-example")
    stated = Person(name="Tom Ortega", email="tom@acme.example", channel="linkedin-message",
                    linkedin="https://www.linkedin.com/in/tom-example")
    nowhere = Person(name="Ravi Kumar", channel="linkedin-invite")
    assert networking_channel(email_only) == "email"
    assert networking_channel(profile_only) == "linkedin-invite"
    assert networking_channel(stated) == "linkedin-message"
    assert networking_channel(nowhere) == "email"
    facts = replace(_panel(1), people=(email_only, profile_only, nowhere))
    drafts = compose(facts, kind="networking")
    assert [d.channel for d in drafts] == ["email", "linkedin-invite", "email"]
    assert not drafts[0].incomplete and not drafts[1].incomplete
    assert drafts[2].incomplete == ["Who you met: nothing in the record can reach Ravi: add "
                                    "their e-mail address or LinkedIn profile to send this "
                                    "note."]


def test_networking_notes_of_a_panel_do_not_share_their_wording() -> None:
    drafts = compose(_panel(4), kind="networking")
    firsts = [d.body.split("\n\n")[1] for d in drafts]
    assert len({" ".join(f.split()[:4]) for f in firsts}) == len(firsts), firsts


@pytest.mark.parametrize(("said", "wording"), [
    ("before the holidays", "around the end of the year"),
    ("a few weeks", "in the weeks after my interview"),
    ("2-3 wks", "in the weeks after my interview"),
    ("a month or so", "in the weeks after my interview"),
    ("2-3 months", "in the months after my interview"),
    ("early next month", "early in January"),
    ("end of month prob, board signs off first", "towards the end of December"),
    ("they're awarding the job end of month", "by the end of December"),
    ("by thurs hopefully", "around 3 December"),
    ("by Friday hopefully", "around 4 December"),
    ("by the 18th", "by 18 December"),
])
def test_the_follow_up_names_a_date_only_for_a_firm_timeframe(said: str,
                                                              wording: str | None) -> None:
    deadline = resolve_timeframe(said, date(2026, 12, 2))
    assert deadline is not None
    if wording is None:  # not read: the follow-up asks for the timeline alone
        assert deadline.by is None
        return
    assert deadline.by is not None
    facts = _screen(timeframe=said, decision_by=deadline.by,
                    decision_approx=deadline.approximate)
    [draft] = compose(facts, kind="follow-up")
    assert f"I understand a decision was expected {wording}," in draft.body, draft.body
    if deadline.approximate is not None and deadline.approximate != "around":
        assert day_month(deadline.by, facts.locale) not in draft.body
    # Never the jotted words, nor the private event behind them.
    for word in ("holidays", "few", "board", "prob", "wks", "awarding", "hopefully"):
        assert word not in draft.body


def test_the_rapport_frames_of_a_panel_differ() -> None:
    people = tuple(
        Person(name=name, position=k, email=f"{name.split()[0].lower()}@acme.example",
               topics=(topic,), rapport=rapport)
        for k, (name, topic, rapport) in enumerate([
            ("Sarah Okoye", "audit sampling", "we both studied at Leeds"),
            ("Tom Hughes", "cloud audit tools", "we both ran the Leeds half marathon"),
            ("Priya Shah", "training new trainees", "we both started at a small firm"),
            ("Daniel Moore", "client communication", "we both grew up in Bristol"),
        ]))
    drafts = compose(replace(_panel(1), people=people, values=None))
    openings = []
    for draft in drafts:
        line = next(s for s in re.split(r"(?<=\.)\s+", draft.body) if "we both" in s)
        openings.append(line.split(" that we both")[0])
    assert len(set(openings)) == len(openings), openings
    interest = [d for d in drafts if "I remain very interested" in d.body]
    assert len(interest) <= 1


def test_a_note_the_recruiter_passes_on_says_no_you_asked_and_names_what_was_discussed() -> None:
    asked = Concern("no Kafka experience", "I have used RabbitMQ for four years.",
                    "Arjun Malhotra")
    [note] = compose(_screen(concerns=(asked,)))
    assert "You asked" not in note.body and "your question" not in note.body
    assert "RabbitMQ" in note.body
    assert "the conversation about idempotent payouts" in note.body
    two = (Person(name="Arjun Malhotra", topics=("the ledger migration",)),
           Person(name="Ana Silva", position=1))
    [both] = compose(_screen(format="video", people=two))
    assert "arranging my video interview with Arjun and Ana" in both.body
    assert "Would you please pass on my thanks?" in both.body
    assert any("addresses or LinkedIn profiles of Arjun and Ana" in t for t in both.record_todo)


def test_the_recruiter_who_took_part_is_thanked_for_taking_part() -> None:
    meera = Person(name="Meera Nair", topics=("the team structure",))
    [note] = compose(_screen(people=(meera,), recruiter_email=None))
    assert "arranging" not in note.body and "pass on my thanks" not in note.body
    assert note.body.startswith("Dear Meera,\n\nThank you for speaking with me on")


@pytest.mark.parametrize("sentence", [
    "It was good to find that we both ran the Leeds half marathon.",
    "It was good to discover our Galway connection.",
    "I also appreciated that you walked me through the line.",
    "Thank you, too, for showing me the kitchen.",
    "It meant a lot to hear that you had started as a cashier.",
])
def test_every_rapport_shape_has_a_second_frame_with_the_record_s_words(sentence: str) -> None:
    frames = {th.rapport_frame(sentence, k) for k in range(3)}
    assert len(frames) >= 2, frames
    clause = _rapport_clause(sentence)
    assert clause and all(clause in f for f in frames), frames
    assert len({" ".join(f.split()[:4]) for f in frames}) == len(frames), frames


def test_a_note_the_recruiter_passes_on_never_calls_the_company_their_team() -> None:
    agency = _screen(recruiter_name="Northwind Recruiting", recruiter_email="jobs@northwind.example")
    [note] = compose(agency)
    assert note.body.startswith("Dear Northwind Recruiting team,")
    assert "your team" not in note.body


def test_a_name_with_full_stops_is_joined_without_the_role_said_twice() -> None:
    facts = replace(_panel(2), company="Halvorsen & Co. LLP", values=None)
    for variant in range(4):
        for draft in compose(facts, variant=variant):
            assert not re.search(r"join(?:ing)? Halvorsen & Co\. LLP in the role", draft.body), \
                draft.body


def test_a_note_through_the_recruiter_never_says_they_were_in_the_conversation() -> None:
    # The recruiter arranged the call and was not on it: every wording of the note says so.
    concern = Concern("no Epic certification", "I have booked the Epic Ambulatory exam for May.")
    facts = _screen(concerns=(concern,))
    for variant in range(6):
        for angle in ("specific-topic", "concern-answering", "shared-values", "elaboration"):
            [note] = compose(facts, variant=variant, angle=angle)
            assert note.to_name == "Meera Nair"
            assert not re.search(r"\b(?:our conversation|since we spoke|our discussion|"
                                 r"continue it|your team|we discussed)\b", note.body), note.body


@pytest.mark.parametrize(("name", "said"), [
    ("Acme (Pty) Ltd", "Acme"), ("Huawei Technologies Co.,Ltd.", "Huawei Technologies"),
    ("The Limited", "The Limited"), ("Halvorsen & Co. Ltd", "Halvorsen & Co."),
])
def test_more_legal_forms_come_off_whole_and_a_name_that_is_one_stays(name: str,
                                                                       said: str) -> None:
    from afterword.compose.phrasing import in_sentence

    assert in_sentence(name) == said
