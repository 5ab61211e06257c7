from __future__ import annotations

import pytest

from afterword.review import Context, Message, review
from afterword.review.findings import Finding, Severity

RULE = "missing-gratitude"


def hits(body: str, kind: str = "thank-you", channel: str = "email", **ctx: object) -> list[Finding]:
    message = Message(body, kind=kind, channel=channel, context=Context(**ctx))  # type: ignore[arg-type]
    return [f for f in review(message).findings if f.rule == RULE]


def note(middle: str) -> str:
    return (
        f"Dear Ms. Keller,\n\n{middle} The new routing dashboard you showed me is a smart "
        "way to cut late deliveries.\n\nI have run dispatch for a regional carrier for six "
        "years. I look forward to hearing from you.\n\nBest regards,\nJordan Lee"
    )


@pytest.mark.parametrize(
    "opening",
    [
        "Thank you for meeting with me on Tuesday.",
        "Thanks so much for the time yesterday.",
        "I wanted to say thank you for the tour.",
        "Many thanks for the conversation this morning.",
        "I'm grateful for the time you spent with me.",
        "I really appreciate you making time for me this week.",
        "I appreciated learning about your dispatch team.",
        "It was a pleasure to discuss the Dispatcher role with you.",
        "It was a real pleasure meeting you and the team.",
        "What a pleasure it was to meet you on Friday.",
        "It was kind of you to show me around the depot.",
        "You were very generous with your time on Monday.",
        "I am thankful for the chance to interview.",
        "My sincere gratitude for a thoughtful interview.",
        "Please accept my thanks for the interview.",
        "Thank-you for the interview today.",
    ],
)
def test_varied_thanks_count(opening: str) -> None:
    assert not hits(note(opening))


def test_no_thanks_at_all_fires_as_an_error() -> None:
    [f] = hits(note("Our conversation about the dispatch desk was a great look at your operation."))
    assert f.severity is Severity.ERROR and f.start is None
    assert f.suggestion


@pytest.mark.parametrize(
    "opening",
    [
        "Thankfully, your schedule avoided the holiday peak.",
        "Great talking with you today.",
        "I enjoyed our conversation about the depot.",
        "It was great to meet you.",
        "Thanks to my years at a carrier, the dashboard felt familiar.",
        "I was glad to meet the drivers.",
    ],
)
def test_look_alikes_are_not_thanks(opening: str) -> None:
    assert hits(note(opening))


def test_a_thankful_valediction_counts() -> None:
    body = (
        "Dear Ms. Keller,\n\nThe routing dashboard is a smart way to cut late deliveries. I have "
        "run dispatch for six years.\n\nWith gratitude,\nJordan Lee"
    )
    assert not hits(body)


def test_applies_to_every_kind_and_to_invitations() -> None:
    body = "Great to meet you at the career fair."
    assert hits(body, kind="networking", channel="linkedin-invite")
    assert hits(note("I am following up on my interview."), kind="follow-up")
    assert hits(note("I understand your decision."), kind="rejection-reply")


def test_curly_apostrophe_in_thanks() -> None:
    assert not hits(note("I’m so grateful for the interview."))


def test_a_slot_for_thanks_counts_as_thanks() -> None:
    assert not hits(note("[Thank the interviewer for their time]"))
