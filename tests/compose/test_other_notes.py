"""The notes other than thank-yous: a note to stay in touch after a thank-you sent as a LinkedIn
invitation is a message; its topic comes last, so "during my interview" never reads as part of
it; it says no sentence the thank-you said and presumes no mentorship; a reply to a recruiter
who was not in the interview speaks of the conversation as someone else's."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from afterword.compose import phrasing as ph
from afterword.compose import thanks as th
from afterword.compose.absent import for_absent_reader
from afterword.compose.drafts import compose, networking_channel
from afterword.compose.facts import Candidate, Facts, Person

START = datetime(2026, 9, 8, 9, tzinfo=UTC)
KESTREL = "https://www.linkedin.com/in/kestrel-example"


def _facts(**changes: object) -> Facts:
    base = Facts(
        company="Larkspur Freight", role="Yard Planner", start=START, end=START, timezone="UTC",
        format="video", candidate=Candidate("Sam Ortiz", email="sam@example.com"),
        people=(
            Person(name="Nell Kestrel", title="Yard Manager", email="nell@larkspur.example",
                   topics=("the drivers who call in late",),
                   point_of_contact=True),
            Person(name="Otto Brandvold", title="Depot Lead", channel="linkedin-invite",
                   linkedin=KESTREL, topics=("the winter trailer shortage",)),
        ),
        qualifications=("six years of yard planning at a grain terminal",),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_after_an_invitation_the_note_to_stay_in_touch_is_a_message() -> None:
    otto = _facts().people[1]
    assert networking_channel(otto) == "linkedin-message"
    nell, to_otto = compose(_facts(), kind="networking")
    assert to_otto.channel == "linkedin-message"
    assert any("accepted the invitation" in n for n in to_otto.notes)
    assert nell.channel == "email" and not nell.notes
    # No profile: the invitation could not have gone, and nothing claims it did.
    no_profile = replace(otto, linkedin=None)
    assert networking_channel(no_profile) == "email"


def test_the_topic_comes_after_the_interview_it_was_discussed_in() -> None:
    for variant in range(len(ph.NETWORKING_THANKS)):
        nell = compose(_facts(), kind="networking", variant=variant)[0]
        first = nell.body.split("\n\n")[1]
        assert first.endswith("the drivers who call in late."), first
        assert "late during" not in first and "late when" not in first


def test_no_note_to_stay_in_touch_presumes_a_mentor_or_a_favour() -> None:
    for variant in range(4):
        for note in compose(_facts(), kind="networking", variant=variant):
            assert "career develops" not in note.body
            assert "favour" not in note.body  # no favour was done


def test_a_note_to_stay_in_touch_repeats_no_sentence_of_the_thank_you() -> None:
    for variant in range(3):
        thanked = set().union(*(th.sentences(d.body)
                                for d in compose(_facts(), kind="thank-you", variant=variant)))
        for note in compose(_facts(), kind="networking", variant=variant):
            body = note.body.split("\n\n")[1:-1]  # greeting and signature may repeat
            said = set().union(*(th.sentences(p) for p in body))
            assert not said & thanked, said & thanked


def test_a_reply_to_a_recruiter_who_was_not_there_says_whose_conversation() -> None:
    facts = _facts(people=(_facts().people[0],), recruiter_name="Ivo Petrak",
                   recruiter_email="ivo@larkspur.example", format="phone")
    facts = replace(facts, people=(replace(facts.people[0], email=None,
                                           point_of_contact=False),))
    [reply] = compose(facts, kind="rejection-reply")
    assert reply.to_name == "Ivo Petrak"
    assert "I enjoyed speaking with Nell, especially the conversation about the drivers" in \
        reply.body
    assert "our conversation" not in reply.body
    # To the interviewer, it is theirs and the candidate's.
    [to_nell] = compose(_facts(), kind="rejection-reply")
    assert to_nell.to_name == "Nell Kestrel" and "our conversation" in to_nell.body


def test_a_phrase_for_an_absent_reader() -> None:
    nell = _facts().people[0]
    assert for_absent_reader("our discussion of the yard", (nell,)) == \
        "the discussion of the yard"
    assert for_absent_reader("hearing about your plan for a night shift", (nell,)) == \
        "hearing about Nell's plan for a night shift"
    assert for_absent_reader("your question about rail", _facts().people) == \
        "the question about rail"


def test_a_panel_s_thank_you_notes_have_subjects_of_their_own() -> None:
    people = tuple(
        Person(name=f"{first} Vale", email=f"{first.lower()}@larkspur.example", topics=(topic,))
        for first, topic in [("Ada", "the night shift rota"), ("Bo", "the winter trailer shortage"),
                             ("Cy", "rail slots at the port"), ("Di", "the new yard cameras"),
                             ("Ed", "the depot's safety walk"), ("Flo", "the grain harvest peak")])
    for role in ("Yard Planner", "Senior Intermodal Yard Planning Coordinator, Night Operations"):
        for variant in range(3):
            drafts = compose(_facts(people=people, role=role), kind="thank-you", variant=variant)
            subjects = [d.subject for d in drafts]
            assert len(set(subjects)) == len(subjects), subjects
            assert all(s and len(s) <= 70 for s in subjects), subjects
            # A subject of its own names what that note's body says.
            for d in drafts:
                if d.subject and d.subject.startswith("Thank you - the"):
                    assert d.subject.removeprefix("Thank you - ") in d.body


def test_a_panel_s_notes_to_stay_in_touch_have_subjects_of_their_own() -> None:
    people = tuple(replace(p, email=f"{p.given_name.lower()}@larkspur.example",
                           channel="email") for p in _facts().people)
    drafts = compose(_facts(people=people), kind="networking")
    subjects = [d.subject for d in drafts]
    assert len(set(subjects)) == len(subjects) == 2, subjects
    assert subjects[1] == "Staying in touch - the winter trailer shortage"


def test_an_invitation_names_its_topic_last() -> None:
    otto = replace(_facts().people[1], topics=("discovery fights with the county clerk",))
    for variant in range(len(ph.INVITE)):
        facts = _facts(people=(otto,))
        [invite] = compose(facts, kind="thank-you", variant=variant)
        assert invite.channel == "linkedin-invite"
        if "county clerk" in invite.body:
            # Nothing after the topic that could read as part of it.
            assert "clerk during" not in invite.body and "clerk at" not in invite.body
            assert "county clerk." in invite.body, invite.body
