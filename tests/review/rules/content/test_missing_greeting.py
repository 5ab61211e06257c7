from __future__ import annotations

import pytest

from afterword.review import Context, Message, Recipient, review
from afterword.review.findings import Finding, Severity

RULE = "missing-greeting"
REST = "Thank you for meeting with me today.\n\nBest regards,\nJordan Lee"


def hits(body: str, kind: str = "thank-you", channel: str = "email", **ctx: object) -> list[Finding]:
    message = Message(body, kind=kind, channel=channel, context=Context(**ctx))  # type: ignore[arg-type]
    return [f for f in review(message).findings if f.rule == RULE]


@pytest.mark.parametrize(
    "first",
    [
        "Dear Priya,",
        "Hi Dr. Okafor,",
        "Hello Siobhán,",
        "Good evening Mr. DeLuca,",
        "Dear Hiring Committee,",
        "Priya,",
        "Hey Sam,",
        "Dear Ms. O’Brien:",
        "Dear [Interviewer Name],",
    ],
)
def test_greetings_pass(first: str) -> None:
    assert not hits(f"{first}\n\n{REST}")


def test_no_greeting_fires_with_the_recipient_in_the_suggestion() -> None:
    [f] = hits(REST, recipient=Recipient("Hannah Lowry"))
    assert f.severity is Severity.WARNING and f.start is None
    assert f.suggestion == "Dear Hannah Lowry,"


@pytest.mark.parametrize("first", ["Hello,", "Hi there,", "Good morning!"])
def test_a_salutation_without_a_name_fires_on_the_salutation(first: str) -> None:
    body = f"{first}\n\n{REST}"
    [f] = hits(body)
    assert f.start is not None and f.end is not None
    assert body[f.start : f.end] in first


def test_a_pleasantry_is_not_a_greeting() -> None:
    assert hits(f"I hope the end of the school year is going well.\n\n{REST}")


def test_not_for_invitations() -> None:
    assert not hits("Thank you for your talk on fraud models.", channel="linkedin-invite")


def test_linkedin_message_with_the_greeting_on_the_first_line() -> None:
    assert not hits("Hi Chloé, thank you for the panel today. Best, Arjun", channel="linkedin-message")
