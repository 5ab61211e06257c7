"""The `off-hours` rule: sent at night or at the weekend, in the recipient's time zone."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from afterword.dates import clock
from afterword.language.text import Note
from afterword.review.findings import Hit, Severity
from afterword.review.registry import Example, rule

DAY_STARTS = 7  # 07:00
DAY_ENDS = 20  # from 20:00 on is evening

_BODY = "Dear Ms. Lee,\n\nThank you for the interview.\n\nBest,\nSam Ortiz"


def local_time(sent: datetime, zone: str) -> datetime | None:
    """`sent` on the recipient's clock, or None when the zone is unknown."""
    # Imported here: a note with no time of sending never needs the time-zone machinery.
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return sent.astimezone(ZoneInfo(zone))
    except (ZoneInfoNotFoundError, ValueError):
        return None


@rule(
    "off-hours",
    severity=Severity.INFO,
    needs=("sent_at", "recipient_timezone"),
    fires=[
        Example(
            _BODY,
            context={
                "sent_at": "2026-03-17T09:00:00+00:00",
                "recipient_timezone": "America/Los_Angeles",
            },
            note="09:00 in London is 02:00 in Los Angeles, where the reader is.",
        ),
        Example(
            _BODY,
            context={
                "sent_at": "2026-04-25T10:00:00-04:00",
                "recipient_timezone": "America/New_York",
            },
            note="A Saturday.",
        ),
    ],
    passes=[
        Example(
            _BODY,
            context={
                "sent_at": "2026-03-10T06:30:00-05:00",
                "recipient_timezone": "America/New_York",
            },
            note="06:30 in Bogotá is 07:30 in New York after the clocks changed.",
        ),
        Example(
            _BODY,
            context={
                "sent_at": "2026-05-07T19:45:00-05:00",
                "recipient_timezone": "America/Chicago",
            },
            note="19:45 on a Thursday is still the working day.",
        ),
        Example(
            _BODY,
            channel="handwritten",
            context={
                "sent_at": "2026-04-25T10:00:00-04:00",
                "recipient_timezone": "America/New_York",
            },
            note="A card posted on a Saturday arrives days later: the hour does not matter.",
        ),
    ],
)
def off_hours(note: Note) -> Iterator[Hit]:
    """Flag a message sent at night or at the weekend in the recipient's time zone.

    ## What it flags
    A send time before 07:00 or from 20:00 on, or on a Saturday or Sunday, on the
    recipient's clock (their `recipient_timezone`, daylight saving time included).

    ## Why it matters
    A note that lands at 2 a.m. or on a Sunday sits under the Monday-morning pile, and
    can suggest poor judgement or habits. Scheduling it for the working day puts it at
    the top of the inbox when the reader is there.

    A handwritten card is never flagged: it arrives by post days later, whenever it is
    posted.

    ## Known limits
    Public holidays are not known to the rule, and neither is a reader's own working
    pattern; it uses the recipient's time zone only.
    """
    if note.channel == "handwritten":
        return
    sent, zone = note.context.sent_at, note.context.recipient_timezone
    assert sent is not None and zone is not None
    local = local_time(sent, zone)
    if local is None:
        return
    # The clock is formatted (by babel: the costly part) only for a finding.
    if local.weekday() >= 5:
        day = local.strftime("%A")
        when = clock(local, note.context.locale)
        yield Hit(
            None,
            f"This would reach the reader on a {day} ({when} their time)",
            suggestion="Schedule it for a weekday morning, such as Monday at 9:00.",
        )
    elif local.hour < DAY_STARTS or local.hour >= DAY_ENDS:
        when = clock(local, note.context.locale)
        yield Hit(
            None,
            f"This would reach the reader at {when} their time, outside the working day",
            suggestion="Schedule it for the next morning, between 8:00 and 10:00.",
        )
