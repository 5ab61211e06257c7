from __future__ import annotations

import pytest

from afterword.review import Context, Message, review
from afterword.review.findings import Finding, Severity

RULE = "missing-closing"


def hits(body: str, kind: str = "thank-you", channel: str = "email") -> list[Finding]:
    message = Message(body, kind=kind, channel=channel, context=Context())
    return [f for f in review(message).findings if f.rule == RULE]


def note(last: str) -> str:
    return (
        "Dear Ms. Park,\n\nThank you for the working interview on Monday. The new intraoral "
        "scanner handled just as you said it would, and I have used a similar one for two "
        f"years.\n\n{last}\n\nWarm regards,\nAna Lima"
    )


@pytest.mark.parametrize(
    "last",
    [
        "I look forward to hearing from you.",
        "Looking forward to the next steps!",
        "I hope to hear from you soon.",
        "I would welcome the chance to talk again.",
        "I hope we can continue the conversation soon.",
        "Please let me know if I can provide anything else.",
        "I am happy to provide references whenever useful.",
        "Please don't hesitate to reach out with any questions.",
        "I would be glad to discuss this further.",
        "I hope we stay in touch.",
        "I'll send over the scan samples I mentioned this week.",
        "Feel free to contact me if anything comes up.",
        "I await your decision with interest.",
    ],
)
def test_forward_looking_closes(last: str) -> None:
    assert not hits(note(last))


@pytest.mark.parametrize(
    "last",
    [
        "I would be glad to join your practice.",
        "Best of luck with the rest of your hiring.",
        "Thank you for letting me know about the schedule.",
        "Any update?",
        "I will keep building on that experience.",
    ],
)
def test_endings_that_do_not_look_ahead(last: str) -> None:
    [f] = hits(note(last))
    assert f.severity is Severity.INFO


def test_not_for_invitations() -> None:
    assert not hits("Thank you for the talk on scanners. I use one daily.", channel="linkedin-invite")


def test_applies_to_networking_and_rejection_replies() -> None:
    assert hits(note("Your firm's work is exactly what I hope to do."), kind="networking")
    assert hits(note("I understand the decision."), kind="rejection-reply")


@pytest.mark.parametrize(
    "last",
    [
        "I am available for a follow-up conversation at your convenience.",
        "Happy to chat more anytime.",
        "Hope to talk soon!",
        "Looking forward to connecting again.",
    ],
)
def test_more_closes(last: str) -> None:
    assert not hits(note(last))
