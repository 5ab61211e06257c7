"""The plan as a calendar file (.ics): one event per step, with a reminder, under a stable UID.

Google Calendar, Outlook and Apple Calendar all import iCalendar files. Each step keeps
the same UID from one export to the next, so importing a newer file updates the events
instead of adding copies; SEQUENCE grows with the export time, which the clients that
look at it (Outlook, Apple Calendar) need to accept the newer version.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

from afterword.model.enums import StepState
from afterword.plan.schedule import Step, StepKind

EVENT_LENGTH = timedelta(minutes=15)
"""Long enough to write and send a short note; short enough not to crowd the day."""

REMINDER = timedelta(minutes=30)
"""The reminder comes half an hour before the suggested time: time to open the draft."""

PRODID = "-//Afterword//Plan//EN"

_ACTIONABLE = frozenset({StepState.UPCOMING, StepState.DUE, StepState.OVERDUE})
_PREFIX = {
    StepState.DONE: "Sent: ",
    StepState.SKIPPED: "Let rest: ",
    StepState.SCHEDULED: "Scheduled: ",
    StepState.PAUSED: "Paused: ",
    StepState.OVERDUE: "Overdue: ",
}
_SEQUENCE_EPOCH = datetime(2024, 1, 1, tzinfo=UTC)


def plan_to_ics(
    steps: Iterable[Step],
    *,
    now: datetime,
    name: str = "Afterword plan",
    domain: str = "afterword",
) -> bytes:
    """The steps as an iCalendar file (bytes, CRLF lines, UTC times).

    Every step becomes an event at its moment (sent, scheduled, else suggested), with
    the why as its description. Steps still to act on get a reminder; sent, scheduled,
    paused and skipped ones are kept without one, so a re-import updates the event the
    candidate already has rather than leaving a stale reminder behind. `now` stamps the
    file (DTSTAMP, SEQUENCE); `domain` ends each UID, so two databases never collide
    when they use different domains.
    """
    from icalendar import Calendar

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    stamp = now.astimezone(UTC)
    sequence = max(0, int((stamp - _SEQUENCE_EPOCH).total_seconds() // 60))
    for step in steps:
        cal.add_component(_event(step, stamp, sequence, domain))
    return cal.to_ical()


def step_uid(step_id: str, domain: str = "afterword") -> str:
    """The calendar UID of a step: the same for the same step, whatever else changed."""
    return f"afterword-{re.sub(r'[^A-Za-z0-9]+', '-', step_id).strip('-')}@{domain}"


def event_title(step: Step) -> str:
    """What the step asks, as a calendar title: "Thank-you note to Priya Shah (Northwind, Analyst)"."""
    who = step.to_name or "your contact"
    if step.kind is StepKind.THANK_YOU:
        title = f"Thank-you note to {who}"
    elif step.kind is StepKind.FOLLOW_UP:
        second = step.id.endswith("follow-up-2")
        title = f"{'Second follow-up' if second else 'Follow up'} with {who}"
    elif step.kind is StepKind.REJECTION_REPLY:
        title = f"Gracious reply to {who}"
    else:
        title = "Let it rest, or close the loop"
    title = _PREFIX.get(step.state, "") + title
    return f"{title} ({step.label})" if step.label else title


def _event(step: Step, stamp: datetime, sequence: int, domain: str) -> Any:
    from icalendar import Alarm, Event

    start = step.when.astimezone(UTC)
    event = Event()
    event.add("uid", step_uid(step.id, domain))
    event.add("dtstamp", stamp)
    event.add("last-modified", stamp)
    event.add("sequence", sequence)
    event.add("dtstart", start)
    event.add("dtend", start + EVENT_LENGTH)
    event.add("summary", event_title(step))
    event.add("description", f"{step.why}\n\nAfterword step {step.id} ({step.state}).")
    event.add("categories", ["Afterword"])
    event.add("transp", "TRANSPARENT")  # a reminder, not a meeting: the time stays free
    event.add("status", "CANCELLED" if step.state is StepState.SKIPPED else "CONFIRMED")
    if step.state in _ACTIONABLE:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", event_title(step))
        alarm.add("trigger", -REMINDER)
        event.add_component(alarm)
    return event
