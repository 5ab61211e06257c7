from __future__ import annotations

import pytest

from afterword.review import Context, Message, review
from afterword.review.findings import Finding, Severity

RULE = "missing-interest"


def hits(body: str, kind: str = "thank-you", channel: str = "email", **ctx: object) -> list[Finding]:
    message = Message(body, kind=kind, channel=channel, context=Context(**ctx))  # type: ignore[arg-type]
    return [f for f in review(message).findings if f.rule == RULE]


def note(middle: str) -> str:
    return (
        "Dear Mr. Okafor,\n\nThank you for the interview this morning. Your plan to move the "
        "clinic onto a single scheduling system made a lot of sense.\n\nI have managed front "
        f"desk scheduling for four years. {middle}\n\nI look forward to hearing from you.\n\n"
        "Best regards,\nJordan Lee"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm excited about the Patient Access role.",
        "I remain very interested in the position.",
        "I would love to join your team.",
        "I'd be thrilled to join Cedar Health.",
        "I am eager to contribute to the rollout.",
        "The role is a great match for what I do best.",
        "I would welcome the chance to bring that experience to Cedar Health.",
        "Cedar Health is exactly the kind of clinic I want to work for.",
        "I am genuinely enthusiastic about the opportunity.",
        "I'm keen to help your team make the switch.",
        "This is the kind of work I love.",
        "I would be happy to help your team with the move.",
        "I'm really looking forward to the possibility of joining your team.",
        "I hope to join Cedar Health and help with the transition.",
        "The chance to lead that migration really appeals to me.",
        "I would be proud to be part of Cedar Health.",
        "I am more interested than ever in the role.",
        "My interest in the position has only grown.",
    ],
)
def test_varied_interest_counts(sentence: str) -> None:
    assert not hits(note(sentence))


def test_no_interest_fires() -> None:
    [f] = hits(note("I also trained six receptionists."), role="Patient Access Representative")
    assert f.severity is Severity.WARNING and f.start is None
    assert f.suggestion is not None and "Patient Access Representative" in f.suggestion


@pytest.mark.parametrize(
    "sentence",
    [
        "Your interest rate model was clear.",
        "I was excited to see the new kiosks, which patients seemed to like.",
        "I'm not interested in the night shift, though.",
        "I would be happy to answer any questions.",
        "I would love to hear back about the timeline.",
    ],
)
def test_look_alikes_are_not_interest(sentence: str) -> None:
    assert hits(note(sentence))


def test_rejection_reply_needs_future_roles_or_staying_in_touch() -> None:
    body = (
        "Dear Alison,\n\nThank you for letting me know, and for the thoughtful feedback on my "
        "case study.\n\nBest of luck with the rest of your search.\n\nBest regards,\nJordan"
    )
    [f] = hits(body, kind="rejection-reply")
    assert "future roles" in f.message


@pytest.mark.parametrize(
    "sentence",
    [
        "Please keep me in mind for future openings.",
        "I hope we can stay in touch.",
        "If another role opens up on the team, I would love to be considered.",
        "I would be glad to be considered for similar positions in the future.",
        "I hope our paths cross again.",
    ],
)
def test_rejection_reply_keeping_the_door_open(sentence: str) -> None:
    body = (
        "Dear Alison,\n\nThank you for letting me know, and for the thoughtful feedback on my "
        f"case study. {sentence}\n\nBest regards,\nJordan"
    )
    assert not hits(body, kind="rejection-reply")


def test_not_for_networking_notes_or_invitations() -> None:
    body = note("I also trained six receptionists.")
    assert not hits(body, kind="networking")
    assert not hits(body, channel="linkedin-invite")


def test_follow_up_without_interest_fires() -> None:
    body = (
        "Dear Jenna,\n\nThank you again for the interview on April 6. I am following up to ask "
        "whether a decision has been made.\n\nPlease keep me posted.\n\nRegards,\nAndre"
    )
    assert hits(body, kind="follow-up")


@pytest.mark.parametrize(
    "sentence",
    [
        "This opportunity aligns perfectly with my goals.",
        "It would be a privilege to join Cedar Health.",
        "I'd jump at the chance to join the front desk team.",
        "I can't wait to get started.",
        "I'm thrilled at the prospect of joining your team.",
    ],
)
def test_more_ways_of_saying_it(sentence: str) -> None:
    assert not hits(note(sentence))
