"""The `follow-up-too-soon` rule: a follow-up sent before the reader could reasonably answer."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import datetime, timedelta

from afterword.dates import long_day
from afterword.language.text import Note
from afterword.review.findings import Hit, Severity
from afterword.review.registry import Example, rule
from afterword.review.rules.timing._history import earlier, since_last_reply

WAIT = timedelta(days=7)

_BODY = (
    "Dear Ms. Lee,\n\nI wanted to follow up on my interview for the Analyst role. I remain "
    "very interested and would be glad to hear about next steps.\n\nBest,\nSam Ortiz"
)


def _day(moment: datetime, zone: str | None, locale: str | None) -> str:
    return long_day(_local(moment, zone), locale)


def _local(moment: datetime, zone: str | None) -> datetime:
    if zone:
        # Imported here: most notes have no follow-up history, and `afterword review FILE`
        # need not load the time-zone machinery for them.
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        with contextlib.suppress(ZoneInfoNotFoundError, ValueError):
            return moment.astimezone(ZoneInfo(zone))
    return moment


def _days(delta: timedelta) -> str:
    days = delta.total_seconds() / 86400
    if days < 1:
        return "less than a day"
    whole = int(days)
    return "1 day" if whole == 1 else f"{whole} days"


@rule(
    "follow-up-too-soon",
    severity=Severity.WARNING,
    needs=("sent_at",),
    kinds=("follow-up",),
    fires=[
        Example(
            _BODY,
            kind="follow-up",
            context={
                "interview_end": "2026-03-23T10:00:00-04:00",
                "sent_at": "2026-03-26T10:00:00-04:00",
                "previous": [
                    {"kind": "thank-you", "sent_at": "2026-03-23T16:00:00-04:00"},
                ],
            },
            note="Three days after the thank-you, with no timeframe stated.",
        ),
        Example(
            _BODY,
            kind="follow-up",
            context={
                "interview_end": "2026-03-02T13:00:00-05:00",
                "sent_at": "2026-03-11T10:00:00-04:00",
                "stated_timeframe_days": 14,
                "previous": [
                    {"kind": "thank-you", "sent_at": "2026-03-02T18:00:00-05:00"},
                ],
            },
            note="Nine days in, while they said they would decide within two weeks.",
        ),
        Example(
            _BODY,
            kind="follow-up",
            context={
                "interview_end": "2026-04-14T11:00:00-04:00",
                "sent_at": "2026-04-30T10:00:00-04:00",
                "recipient_timezone": "America/New_York",
                "decision_by": "2026-04-30",
                "previous": [
                    {"kind": "thank-you", "sent_at": "2026-04-14T16:00:00-04:00"},
                ],
            },
            note="On the day they said they would decide by (\"by the end of the month\").",
        ),
    ],
    passes=[
        Example(
            _BODY,
            kind="follow-up",
            context={
                "interview_end": "2026-04-07T15:00:00-04:00",
                "sent_at": "2026-04-22T10:00:00-04:00",
                "previous": [
                    {"kind": "thank-you", "sent_at": "2026-04-07T18:00:00-04:00"},
                ],
            },
            note="Fifteen days after the thank-you.",
        ),
        Example(
            _BODY,
            kind="follow-up",
            context={
                "interview_end": "2026-04-20T09:30:00-04:00",
                "sent_at": "2026-04-24T10:00:00-04:00",
                "stated_timeframe_days": 3,
                "previous": [
                    {"kind": "thank-you", "sent_at": "2026-04-20T14:00:00-04:00"},
                ],
            },
            note="They said three days, and four have passed.",
        ),
    ],
)
def follow_up_too_soon(note: Note) -> Iterator[Hit]:
    """Flag a follow-up sent before the stated timeframe has passed, or within a week.

    ## What it flags
    A follow-up sent on or before the date the employer said they would decide by (the
    timeframe resolved to a date, as the plan reads it), or before the timeframe in days
    has run out (counted from the end of the interview); with no timeframe given, one sent less than 7 days after your
    last message; and in any case one sent less than 7 days after an earlier follow-up.
    A recorded reply starts the count afresh.

    ## Why it matters
    Following up is good; following up before the reader could reasonably have news reads
    as impatience and can cost you the goodwill the interview earned. Waiting out the
    timeframe they gave shows you listened.

    ## Known limits
    Needs the send time and either the stated timeframe or your earlier messages. With a
    timeframe but no interview end, the timeframe is counted from your first earlier
    message.
    """
    ctx = note.context
    sent = ctx.sent_at
    assert sent is not None
    before = earlier(ctx.previous, sent)
    counting = since_last_reply(before)
    zone = ctx.recipient_timezone
    days = ctx.stated_timeframe_days
    if ctx.decision_by is not None:
        # The resolved date wins over the days (the spec): the plan counts from it too.
        by = ctx.decision_by
        if _local(sent, zone).date() <= by:
            after = by + timedelta(days=1)
            yield Hit(
                None,
                f"They expected to decide by {long_day(by, ctx.locale)}; this follow-up goes "
                "out on or before that day",
                suggestion=f"Wait until {long_day(after, ctx.locale)} or later before "
                "following up.",
            )
            return
    elif days is not None:
        start = ctx.interview_end or (before[0].sent_at if before else None)
        if start is not None and sent < start + timedelta(days=days):
            ends = start + timedelta(days=days)
            yield Hit(
                None,
                f"They said they would decide within {days} days; this follow-up goes out "
                f"after {_days(sent - start)}",
                suggestion=f"Wait until {_day(ends, zone, ctx.locale)} or later before following up.",
            )
            return
    elif counting:
        last = counting[-1]
        if sent - last.sent_at < WAIT:
            yield Hit(
                None,
                f"This follow-up goes out {_days(sent - last.sent_at)} after your last "
                "message; give the reader at least a week",
                suggestion=f"Wait until {_day(last.sent_at + WAIT, zone, ctx.locale)} or later.",
            )
            return
    followups = [p for p in counting if p.kind == "follow-up"]
    if followups and sent - followups[-1].sent_at < WAIT:
        last = followups[-1]
        yield Hit(
            None,
            f"This follow-up goes out {_days(sent - last.sent_at)} after your last "
            "follow-up; leave at least a week between them",
            suggestion=f"Wait until {_day(last.sent_at + WAIT, zone, ctx.locale)} or later.",
        )
