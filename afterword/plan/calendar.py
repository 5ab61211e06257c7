"""The plan as a calendar file (.ics): one event per step, with a reminder, under a stable UID.

Google Calendar, Outlook and Apple Calendar all import iCalendar files. Each step keeps its
UID for its whole life, even when a reply or a later round renames the step, so importing a
newer file updates the events instead of adding copies. What the previous export wrote is
passed back in (`Exported`, kept by the service), so an event's SEQUENCE grows only when the
event changed, and a step that left the plan (the application closed, a round replaced it)
goes out once more with STATUS:CANCELLED and a higher SEQUENCE, as RFC 5545 asks, so calendar
programs remove it instead of leaving a stale reminder behind.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from afterword.model.enums import StepState
from afterword.plan.schedule import MISSED, Step, StepKind

EVENT_LENGTH = timedelta(minutes=15)
"""Long enough to write and send a short note; short enough not to crowd the day."""

REMINDER = timedelta(minutes=30)
"""The reminder comes half an hour before the suggested time: time to open the draft."""

PRODID = "-//Afterword//Plan//EN"

LIVE, DONE, ENDED = "live", "done", "ended"
"""An exported event's state: still to act on (or scheduled), sent, or cancelled."""

_ACTIONABLE = frozenset({StepState.UPCOMING, StepState.DUE, StepState.OVERDUE})
_PREFIX = {
    StepState.DONE: "Sent: ",
    StepState.SKIPPED: "Let rest: ",
    StepState.SCHEDULED: "Scheduled: ",
    StepState.PAUSED: "Paused: ",
    StepState.OVERDUE: "Overdue: ",
}
_MISSED_PREFIX = "Missed: "  # a thank-you let go after its last reminder, not by choice
_CANCELLED_PREFIX = "No longer needed: "
# Earlier versions numbered SEQUENCE in minutes since this moment, at every export. A new
# event starts from that count, so it still outranks what those versions wrote under the
# same UID (a calendar ignores an update whose SEQUENCE is lower); then it grows by one.
_SEQUENCE_EPOCH = datetime(2024, 1, 1, tzinfo=UTC)
# A follow-up's id starts with its cycle ("12:" or "12:reply-2026-03-20:"); without it, what
# is left names the step's place in the plan ("follow-up-1"), which a reply does not change.
_CYCLE = re.compile(r"^\d+(?::reply-[0-9-]+)?:")


@dataclass(frozen=True, slots=True)
class Exported:
    """An event as an export wrote it, kept for the next export (plain values)."""

    uid: str
    application_id: int
    step_id: str  # the step it stands for now
    sequence: int
    state: str  # LIVE, DONE or ENDED
    content: str  # the VEVENT without DTSTAMP, SEQUENCE and LAST-MODIFIED
    changed_at: datetime  # when its content last changed (LAST-MODIFIED)


@dataclass(frozen=True, slots=True)
class CalendarExport:
    """A calendar file and what it holds, to keep for the next export."""

    ics: bytes
    events: tuple[Exported, ...]  # every event in the file, cancelled ones included
    cancelled: int  # events cancelled by this export (their steps left the plan)


def plan_to_ics(
    steps: Iterable[Step],
    *,
    now: datetime,
    name: str = "Afterword plan",
    domain: str = "afterword",
) -> bytes:
    """The steps as an iCalendar file (bytes, CRLF lines, UTC times), with no earlier export."""
    return export_plan(steps, (), now=now, name=name, domain=domain).ics


def export_plan(
    steps: Iterable[Step],
    previous: Iterable[Exported],
    *,
    now: datetime,
    name: str = "Afterword plan",
    domain: str = "afterword",
) -> CalendarExport:
    """The steps as an iCalendar file, continuing the `previous` export's events.

    Every step becomes an event at its moment (sent, scheduled, else suggested), with the
    why as its description. Steps still to act on get a reminder; sent, scheduled, paused
    and skipped ones are kept without one (a skipped one as cancelled). A step keeps the UID
    it had; a step renamed by a reply or a later round takes over the UID of the step it
    replaces (same application, same place in the plan, not yet sent). An event's SEQUENCE
    rises by one when its content changed. A previous event whose step is gone is cancelled,
    unless it records a sent note, which stays as it was. `now` stamps the file (DTSTAMP);
    `domain` ends each new UID, so two databases never collide when they use different domains.
    """
    from icalendar import Calendar

    steps = list(steps)
    earlier = sorted(previous, key=lambda e: e.uid)
    by_step = {e.step_id: e for e in earlier}
    current = {s.id for s in steps}
    stamp = now.astimezone(UTC)
    first_sequence = max(0, int((stamp - _SEQUENCE_EPOCH).total_seconds() // 60))
    claimed: set[str] = set()
    events: list[Exported] = []
    for step in steps:
        old = by_step.get(step.id) or _replaced(step, earlier, current, claimed)
        uid = old.uid if old else step_uid(step.id, domain)
        claimed.add(uid)
        state = DONE if step.state is StepState.DONE else (
            ENDED if step.state is StepState.SKIPPED else LIVE)
        events.append(_continued(old, uid, step.application_id, step.id, state,
                                 _content(step, uid), stamp, first_sequence))
    cancelled = 0
    for old in earlier:
        if old.uid in claimed:
            continue
        if old.state != LIVE:  # a sent note stays on record; a cancellation stays cancelled
            events.append(old)
            continue
        cancelled += 1
        events.append(_continued(old, old.uid, old.application_id, old.step_id, ENDED,
                                 _cancelled(old.content), stamp, first_sequence))

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    for exported in events:
        cal.add_component(_stamped(exported, stamp))
    return CalendarExport(cal.to_ical(), tuple(events), cancelled)


def step_uid(step_id: str, domain: str = "afterword") -> str:
    """The calendar UID a step is first exported under."""
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
    missed = step.state is StepState.SKIPPED and step.skip_reason == MISSED
    title = (_MISSED_PREFIX if missed else _PREFIX.get(step.state, "")) + title
    return f"{title} ({step.label})" if step.label else title


# -- the parts ---------------------------------------------------------------------------------


def _replaced(
    step: Step, earlier: list[Exported], current: set[str], claimed: set[str]
) -> Exported | None:
    """The earlier event a renamed step carries on: its step gone, same place, not sent."""
    place = _CYCLE.sub("", step.id)
    for old in earlier:
        if (old.application_id == step.application_id and old.state == LIVE
                and old.step_id not in current and old.uid not in claimed
                and _CYCLE.sub("", old.step_id) == place):
            return old
    return None


def _continued(
    old: Exported | None, uid: str, application_id: int, step_id: str, state: str,
    content: str, stamp: datetime, first_sequence: int,
) -> Exported:
    if old is None:
        return Exported(uid, application_id, step_id, first_sequence, state, content, stamp)
    if old.content == content and old.state == state:
        return Exported(uid, application_id, step_id, old.sequence, state, content,
                        old.changed_at)
    return Exported(uid, application_id, step_id, old.sequence + 1, state, content, stamp)


def _content(step: Step, uid: str) -> str:
    from icalendar import Alarm, Event

    start = step.when.astimezone(UTC)
    event = Event()
    event.add("uid", uid)
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
    return str(event.to_ical().decode("utf-8"))


def _cancelled(content: str) -> str:
    """The event, cancelled: no reminder, and a title and description that say why."""
    from icalendar import Event

    event = Event.from_ical(content)
    title = str(event.get("SUMMARY", ""))
    for prefix in (*_PREFIX.values(), _MISSED_PREFIX):
        title = title.removeprefix(prefix)
    for name in ("SUMMARY", "DESCRIPTION", "STATUS"):
        event.pop(name, None)
    event.subcomponents = [c for c in event.subcomponents if c.name != "VALARM"]
    event.add("summary", _CANCELLED_PREFIX + title)
    event.add("description", "This step is no longer in your Afterword plan (the application "
                             "closed, or a reply or a later round changed the plan): nothing "
                             "to do.")
    event.add("status", "CANCELLED")
    return str(event.to_ical().decode("utf-8"))


def _stamped(exported: Exported, stamp: datetime) -> Any:
    from icalendar import Event

    event = Event.from_ical(exported.content)
    event.add("dtstamp", stamp)
    event.add("last-modified", exported.changed_at.astimezone(UTC))
    event.add("sequence", exported.sequence)
    return event
