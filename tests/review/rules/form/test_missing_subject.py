from __future__ import annotations

from afterword.review import Context, Message, review
from afterword.review.findings import Severity

RULE = "missing-subject"
BODY = "Dear Ms. Varga,\n\nThank you for meeting with me.\n\nKind regards,\nTheresa"


def findings(subject: str | None, channel: str = "email", known: bool = True, **ctx: str):
    message = Message(
        BODY, channel=channel, subject=subject, subject_known=known, context=Context(**ctx)
    )
    return [f for f in review(message).findings if f.rule == RULE]


def test_no_subject_is_an_error() -> None:
    [f] = findings(None)
    assert f.severity is Severity.ERROR and f.field == "subject" and f.start is None


def test_empty_or_blank_subject() -> None:
    assert findings("")
    assert findings("  \t")


def test_a_subject_is_fine() -> None:
    assert not findings("Staff Nurse interview - thank you")


def test_unknown_subject_stays_silent() -> None:
    assert not findings(None, known=False)


def test_other_channels_have_no_subject() -> None:
    for channel in ("handwritten", "linkedin-message", "linkedin-invite"):
        assert not findings(None, channel)


def test_suggestion_uses_the_role() -> None:
    [f] = findings(None, role="Staff Nurse")
    assert f.suggestion is not None and "Staff Nurse interview" in f.suggestion
