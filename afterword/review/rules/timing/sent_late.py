"""The `sent-late` rule: a thank-you note sent more than 24 hours after the interview."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

from afterword.language.text import Note
from afterword.review.findings import Hit, Severity
from afterword.review.registry import Example, rule

LATE = timedelta(hours=24)
VERY_LATE = timedelta(hours=48)

_BODY = "Dear Ms. Lee,\n\nThank you for the interview.\n\nBest,\nSam Ortiz"


def _hours(delta: timedelta) -> str:
    hours = delta.total_seconds() / 3600
    if hours >= 72:
        return f"{hours / 24:.0f} days"
    return f"{hours:.0f} hours" if hours == int(hours) else f"{hours:.1f} hours"


@rule(
    "sent-late",
    severity=Severity.WARNING,
    needs=("interview_end", "sent_at"),
    kinds=("thank-you",),
    fires=[
        Example(
            _BODY,
            context={
                "interview_end": "2026-03-10T11:00:00-04:00",
                "sent_at": "2026-03-11T14:00:00-04:00",
            },
            note="27 hours after the interview.",
        ),
        Example(
            _BODY,
            context={
                "interview_end": "2026-03-05T09:00:00-05:00",
                "sent_at": "2026-03-06T08:30:00-08:00",
            },
            note="26.5 hours: the offsets count, not the clock times.",
        ),
    ],
    passes=[
        Example(
            _BODY,
            context={
                "interview_end": "2026-03-11T16:00:00-04:00",
                "sent_at": "2026-03-12T15:00:00-04:00",
            },
            note="23 hours: inside the 24-hour rule.",
        ),
        Example(
            _BODY,
            kind="rejection-reply",
            context={
                "interview_end": "2026-03-05T13:00:00-05:00",
                "sent_at": "2026-03-24T10:00:00-04:00",
            },
            note="A reply to a rejection comes whenever the news does.",
        ),
    ],
)
def sent_late(note: Note) -> Iterator[Hit]:
    """Flag a thank-you note sent more than 24 hours after the interview ended.

    ## What it flags
    A thank-you note whose send time is more than 24 hours after the end of the
    interview; past 48 hours the finding is an error rather than a warning.

    ## Why it matters
    Interviewers often compare candidates within a day or two. A note that arrives the
    same day or the next morning keeps you in mind while decisions are made; one that
    comes days later can arrive after the decision.

    ## Known limits
    Thank-you notes only. The times must carry their UTC offsets; the rule compares the
    moments, not the clock readings, so notes written in another time zone are timed
    correctly. A handwritten card is timed by when it is sent, not when it arrives.
    """
    end, sent = note.context.interview_end, note.context.sent_at
    assert end is not None and sent is not None
    delta = sent - end
    if delta <= LATE:
        return
    if delta > VERY_LATE:
        yield Hit(
            None,
            f"This thank-you goes out {_hours(delta)} after the interview, well past the "
            "24-hour mark",
            suggestion="Send it as soon as you can; next time, aim for the same day.",
            severity=Severity.ERROR,
        )
    else:
        yield Hit(
            None,
            f"This thank-you goes out {_hours(delta)} after the interview; within 24 hours is best",
            suggestion="Send it now, or schedule it earlier if you can.",
        )
