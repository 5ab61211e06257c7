from __future__ import annotations

from datetime import datetime

from afterword.review import Context, Message, review
from afterword.review.findings import Finding, Severity

RULE = "sent-late"
BODY = "Dear Ms. Lee,\n\nThank you for the interview.\n\nBest,\nSam Ortiz"


def hits(
    end: str | None, sent: str | None, kind: str = "thank-you", channel: str = "email"
) -> list[Finding]:
    ctx = Context(
        interview_end=datetime.fromisoformat(end) if end else None,
        sent_at=datetime.fromisoformat(sent) if sent else None,
    )
    message = Message(BODY, kind=kind, channel=channel, subject="x", context=ctx)
    return [f for f in review(message).findings if f.rule == RULE]


END = "2026-03-02T15:00:00-05:00"


def test_exactly_24_hours_is_on_time() -> None:
    assert not hits(END, "2026-03-03T15:00:00-05:00")


def test_a_minute_past_24_hours_is_a_warning() -> None:
    [f] = hits(END, "2026-03-03T15:01:00-05:00")
    assert f.severity is Severity.WARNING


def test_48_hours_is_still_a_warning_and_past_it_an_error() -> None:
    [f] = hits(END, "2026-03-04T15:00:00-05:00")
    assert f.severity is Severity.WARNING
    [f] = hits(END, "2026-03-04T15:30:00-05:00")
    assert f.severity is Severity.ERROR


def test_offsets_are_honoured() -> None:
    # 15:00 at -05:00 is 20:00 UTC; 17:00 next day at +01:00 is 16:00 UTC: 20 hours.
    assert not hits("2026-03-03T15:00:00-05:00", "2026-03-04T17:00:00+01:00")
    # 09:00 at -05:00 is 14:00 UTC; 08:30 next day at -08:00 is 16:30 UTC: 26.5 hours.
    [f] = hits("2026-03-05T09:00:00-05:00", "2026-03-06T08:30:00-08:00")
    assert "26.5 hours" in f.message


def test_thank_you_notes_only_in_any_channel() -> None:
    late = "2026-03-09T10:00:00-05:00"
    assert hits(END, late, channel="handwritten")
    for kind in ("follow-up", "rejection-reply", "networking"):
        assert not hits(END, late, kind=kind)


def test_needs_both_times() -> None:
    assert not hits(None, "2026-03-09T10:00:00-05:00")
    assert not hits(END, None)


def test_sent_before_the_interview_ended_is_not_late() -> None:
    assert not hits(END, "2026-03-01T10:00:00-05:00")


def test_user_severity_wins() -> None:
    from afterword.review import ReviewOptions

    ctx = Context(
        interview_end=datetime.fromisoformat(END),
        sent_at=datetime.fromisoformat("2026-03-09T10:00:00-05:00"),
    )
    options = ReviewOptions(severity={RULE: Severity.INFO})
    [f] = [
        f
        for f in review(Message(BODY, subject="x", context=ctx), options).findings
        if f.rule == RULE
    ]
    assert f.severity is Severity.INFO
