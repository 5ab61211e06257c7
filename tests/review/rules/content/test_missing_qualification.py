from __future__ import annotations

import pytest

from afterword.review import Context, Message, review
from afterword.review.findings import Finding, Severity

RULE = "missing-qualification"


def hits(body: str, kind: str = "thank-you", channel: str = "email") -> list[Finding]:
    message = Message(body, kind=kind, channel=channel, context=Context())
    return [f for f in review(message).findings if f.rule == RULE]


def note(middle: str) -> str:
    return (
        "Dear Mr. Chan,\n\nThank you for meeting with me this morning and for the honest "
        "picture of the deferred maintenance backlog.\n\n"
        f"{middle} I am very interested in the Facilities Coordinator role.\n\n"
        "I look forward to hearing from you.\n\nKind regards,\nHolly Brennan"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "My five years of facilities work have prepared me for exactly this.",
        "I led a similar backlog review at a 40-building campus.",
        "At my last company I cut open work orders by a third.",
        "My experience with CMMS tools would help from day one.",
        "I have coordinated maintenance for three hospital buildings.",
        "I've trained a team of six technicians on preventive maintenance.",
        "In my current role, I manage 1,200 work orders a month.",
        "As a maintenance planner, I reduced overtime by 18%.",
        "I hold an OSHA 30 certification.",
        "With eight years in building operations, I know how backlogs grow.",
        "I'm a certified facility manager.",
        "I built the preventive maintenance calendar our campus still uses.",
        "Over the past two years I have rolled out a work order system.",
        "I am fluent in Spanish, which helps with our contractor crews.",
    ],
)
def test_varied_qualifications_count(sentence: str) -> None:
    assert not hits(note(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Your experience running the science halls was impressive.",
        "I would be thrilled to join your department as a Facilities Coordinator.",
        "I have been thinking about your plan since our talk.",
        "I enjoyed hearing how the team schedules repairs.",
        "Please let me know if I can provide anything else.",
        "I hope to help the team finish the backlog in six months.",
    ],
)
def test_no_qualification_fires(sentence: str) -> None:
    [f] = hits(note(sentence))
    assert f.severity is Severity.WARNING and f.start is None


def test_thank_you_notes_only() -> None:
    body = note("I enjoyed the tour.")
    for kind in ("follow-up", "rejection-reply", "networking"):
        assert not hits(body, kind=kind)
    assert not hits(body, channel="linkedin-invite")


def test_a_slot_for_an_achievement_counts() -> None:
    assert not hits(note("[Add one achievement relevant to the role.]"))


@pytest.mark.parametrize(
    "sentence",
    [
        "I currently manage a team of five coordinators.",
        "Having led a similar backlog cleanup, I know where the time goes.",
        "I was responsible for 60 buildings at my last employer.",
        "My MBA focused on operations.",
        "I've been a facilities planner for ten years.",
    ],
)
def test_more_qualifications(sentence: str) -> None:
    assert not hits(note(sentence))
