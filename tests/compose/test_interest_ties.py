"""The line of interest tied to what the record holds (a plan or goal the reader described, a
piece of work the interview was about), varied across a panel, and a plain line where
nothing fits (records invented for these tests, in trades of their own)."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from afterword.compose import interest
from afterword.compose.drafts import compose
from afterword.compose.facts import Candidate, Facts, Person
from afterword.language.message import Message
from afterword.language.text import Note
from afterword.review.rules.content.missing_interest import restates_interest


@pytest.mark.parametrize(("topic", "expected"), [
    ("your plan to open an overnight clinic", ("plan", "plan")),
    ("your goal of zero lost-time injuries", ("goal", "goal")),
    ("your team's plans for a second depot", ("plan", "plan")),
    ("the electric bus rollout", ("work", "rollout")),
    ("the new intake protocol for walk-ins", ("work", "protocol")),
    ("route scheduling", None),
    ("your question about the rollout", None),
    ("our conversation about the pilot", None),
    # A jotted contrast ("X not Y") is not English to build a second sentence on.
    ("your aim of having porters leading rounds not waiting", None),
    ("your plan to do it now, not later", ("plan", "plan")),
])
def test_what_a_line_of_interest_can_be_tied_to(topic: str,
                                                 expected: tuple[str, str] | None) -> None:
    assert interest.kind(topic) == expected


def test_a_topic_not_yet_named_is_said_in_full_and_a_named_one_referred_back_to() -> None:
    topics = ["your plan to open an overnight clinic", "the electric bus rollout"]
    said = "Thank you for telling me about your plan to open an overnight clinic."
    assert interest.anchor(topics, said, set()) == ("the electric bus rollout", False)
    assert interest.anchor(topics[:1], said, set()) == (topics[0], True)
    # A topic an earlier note tied its interest to is left to that note.
    assert interest.anchor(topics[:1], said, {topics[0]}) is None
    assert interest.anchor(["route scheduling"], "", set()) is None


def test_every_frame_reads_as_interest_to_the_review() -> None:
    for topic in ("your plan to open an overnight clinic", "your goal of zero lost-time "
                  "injuries", "the electric bus rollout"):
        for said in (False, True):
            for frame in interest.bank(topic, said=said):
                sentence = interest.sentence(frame, topic, "Larkspur Transit")
                assert interest.reads(sentence), sentence
                assert "{" not in sentence


_PEOPLE = [
    ("Maeve Doyle", "her plan to add an overnight maintenance shift", "we both drove routes"),
    ("Tobias Lind", "the electric bus rollout", None),
    ("Priya Raman", "route scheduling", None),
]


def _facts(channel: str = "email") -> Facts:
    return Facts(
        candidate=Candidate(name="Ali Moreau", email="ali@example.com"),
        company="Larkspur Transit", role="Maintenance Supervisor", timezone="UTC",
        start=datetime(2026, 4, 7, 14, tzinfo=UTC), end=datetime(2026, 4, 7, 16, tzinfo=UTC),
        people=tuple(Person(name=n, position=k, email=f"{n.split()[0].lower()}@x.example",
                            topics=(t,), rapport=r, channel=channel)
                     for k, (n, t, r) in enumerate(_PEOPLE)),
        qualifications=("cut road calls by 22% with a new inspection checklist",
                        "ran a 40-bus garage for five years",
                        "trained eleven mechanics on hybrid drivetrains"),
    )


def _body(body: str) -> str:
    return body.split("\n", 2)[2].rsplit("\n\n", 1)[0]


def _sentences(body: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", _body(body)) if s]


@pytest.mark.parametrize("variant", [0, 1])
def test_interest_is_tied_to_the_readers_plan_or_work_and_never_repeated(variant: int) -> None:
    drafts = {d.to_name: d.body for d in compose(_facts(), variant=variant)}
    tied = {name: [s for s in _sentences(body) if interest.reads(s)]
            for name, body in drafts.items()}
    # Maeve's note ties its interest to her plan, by what it does ("add that shift") and
    # never as "the plan you described"; Tobias's to the rollout; nobody's says it twice.
    assert any(re.search(r"\bshift\b", s) for s in tied["Maeve Doyle"]), drafts["Maeve Doyle"]
    assert not any("you described" in s for s in tied["Maeve Doyle"]), drafts["Maeve Doyle"]
    assert any("rollout" in s for s in tied["Tobias Lind"]), drafts["Tobias Lind"]
    lines = [s for ss in tied.values() for s in ss]
    assert len(lines) == len(set(lines))
    for body in drafts.values():
        assert restates_interest(Note(Message(body=body, kind="thank-you")))
        assert _body(body).count("overnight maintenance shift") <= 1


def test_a_note_with_nothing_to_tie_to_keeps_a_plain_line() -> None:
    drafts = {d.to_name: d.body for d in compose(_facts())}
    priya = drafts["Priya Raman"]
    assert restates_interest(Note(Message(body=priya, kind="thank-you")))
    assert "route scheduling" not in " ".join(
        s for s in _sentences(priya) if interest.reads(s) and "Thank you" not in s)


@pytest.mark.parametrize(("channel", "low", "high"), [("handwritten", 50, 90),
                                                      ("linkedin-message", 1, 100)])
def test_a_tied_line_keeps_short_channels_in_length(channel: str, low: int, high: int) -> None:
    for draft in compose(_facts(channel)):
        words = len(draft.body.split())  # as the channel's targets are counted
        assert low <= words <= high or draft.incomplete, (words, draft.body)
        assert restates_interest(Note(Message(body=draft.body, kind="thank-you")))


def test_a_long_note_takes_the_plain_line_before_cutting_anything() -> None:
    from afterword.compose.thanks import CONCERN, KEEP, Parts, S

    parts = Parts()
    parts.add(S("Thank you for Tuesday.", KEEP))
    parts.add(S("I know the night shift would be new to me; I covered it for a month.", CONCERN))
    parts.add(S("The chance to help with the depot rebuild is exactly what I am looking for. "
                "I look forward to hearing from you.", KEEP,
                short="I would love to join your team, and I look forward to hearing from you."))
    long_enough = parts.render("Dear Ann,", "Best,\nAli", 200)
    assert "depot rebuild" in long_enough and "night shift" in long_enough
    words = len(long_enough.split())
    tight = parts.render("Dear Ann,", "Best,\nAli", words - 3)
    # The tied line gives way to its plain wording; the answer to the concern stays.
    assert "depot rebuild" not in tight and "night shift" in tight
    assert "I would love to join your team" in tight
    # Rendering leaves the note's own sentences as they were.
    assert "depot rebuild" in parts.render("Dear Ann,", "Best,\nAli", 200)
