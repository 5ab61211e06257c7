from __future__ import annotations

import pytest

from afterword.review import Context, Message, review
from afterword.review.findings import Finding, Severity

RULE = "missing-signoff"
START = "Dear Priya,\n\nThank you for the interview today. I look forward to hearing from you."


def hits(body: str, kind: str = "thank-you", channel: str = "email", **ctx: object) -> list[Finding]:
    message = Message(body, kind=kind, channel=channel, context=Context(**ctx))  # type: ignore[arg-type]
    return [f for f in review(message).findings if f.rule == RULE]


@pytest.mark.parametrize(
    "ending",
    [
        "Best regards,\nJordan Lee",
        "Sincerely,\nJordan",
        "Thanks,\nJordan\n555-0142 | jordan.lee@example.com",
        "Warmly,\n\nJordan Lee\nData Engineer\nlinkedin.com/in/jordanlee",
        "— Jordan",
        "Jordan Lee",
        "Kind regards,\n[Your Name]",
    ],
)
def test_signed_notes_pass(ending: str) -> None:
    assert not hits(f"{START}\n\n{ending}", candidate="Jordan Lee")


def test_valediction_without_a_name_fires_on_the_valediction() -> None:
    body = f"{START}\n\nBest regards,"
    [f] = hits(body, candidate="Jordan Lee")
    assert f.severity is Severity.WARNING
    assert f.start is not None and body[f.start : f.end] == "Best regards,"
    assert f.suggestion == "Best regards,\nJordan Lee"


def test_another_person_s_name_fires_with_a_replacement() -> None:
    body = f"{START}\n\nBest,\nJessica"
    [f] = hits(body, candidate="Mirela Dragan")
    assert f.start is not None and body[f.start : f.end] == "Jessica"
    assert f.replacement == "Mirela Dragan"


def test_ending_on_a_sentence_fires() -> None:
    [f] = hits(START, candidate="Jordan Lee")
    assert f.start is None


def test_without_the_candidate_any_name_will_do() -> None:
    assert not hits(f"{START}\n\nBest,\nJessica")
    assert hits(f"{START}\n\nBest,")


def test_not_for_invitations() -> None:
    assert not hits("Thank you for the talk today.", channel="linkedin-invite", candidate="Jordan Lee")


def test_linkedin_message_signed_on_the_last_line() -> None:
    body = "Hi Priya, thanks again for the chat about the on-call rotation. Best, Jordan"
    assert not hits(body, channel="linkedin-message", candidate="Jordan Lee")
