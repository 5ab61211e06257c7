"""The plan use cases: a plan, the agenda, replies, decisions, mark-sent, skip, calendar.

Builds each application's `Situation` from the store and asks the pure planner; nothing
here decides *when*, that is `schedule.py` and `guard.py`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any, NamedTuple

from afterword.dates import long_day, user_locale
from afterword.deliver.export import EXPORT_AS
from afterword.errors import InvalidInput, NotFound
from afterword.model.enums import ApplicationStatus, MessageState, StepState
from afterword.plan.schedule import MISSED, Step, StepKind, as_of, plan_steps
from afterword.plan.situation import (
    QueuedMessage,
    Recipient,
    Reply,
    Round,
    SentMessage,
    Situation,
    current_cycle,
    resolve_deadline,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from afterword.config import Config
    from afterword.model.record import Application, Interview, Message
    from afterword.model.timeframe import Deadline
    from afterword.store.db import Store

# The agenda looks this far ahead: a week, as a job seeker plans.
AGENDA_HORIZON = timedelta(days=7)
ACTIVE = (StepState.DUE, StepState.OVERDUE, StepState.UPCOMING, StepState.SCHEDULED)



def recipient_key(message: Message, app: Application) -> str | None:
    """The plan's key for a message's recipient ("interviewer:34", "recruiter", None: panel)."""
    if message.interviewer_id is not None:
        return f"interviewer:{message.interviewer_id}"
    if message.to_email and app.recruiter_email and message.to_email == app.recruiter_email:
        return "recruiter"
    return None


def situation(app: Application, config: Config | None) -> Situation:
    """An application's situation, from its interviews, messages and events."""
    rounds = []
    sent, queued = [], []
    for interview in app.interviews:
        rounds.append(Round(
            interview_id=interview.id,
            end=interview.ends_at,
            timezone=interview.timezone,
            timeframe_days=interview.timeframe_days,
            timeframe=interview.timeframe,
            recipients=tuple(
                Recipient(key=f"interviewer:{p.id}", name=p.name, timezone=p.timezone,
                          country=p.country, point_of_contact=p.point_of_contact,
                          reachable=bool(p.email), channel=p.channel)
                for p in interview.interviewers
            ),
        ))
        for m in interview.messages:
            key = recipient_key(m, app)
            if m.state == MessageState.SENT and m.sent_at is not None:
                sent.append(SentMessage(m.kind, interview.id, m.sent_at, key))
            elif m.state in (MessageState.QUEUED, MessageState.SENDING) and m.scheduled_at:
                queued.append(QueuedMessage(m.kind, interview.id, m.scheduled_at, key))
    from afterword.clock import now as clock_now

    # The agenda's last reminder of a missed thank-you lets it go at the end of that day
    # ("after today the plan lets it go"): until then the plan still shows the reminder.
    current = clock_now()
    events = [e for e in app.events if not (
        e.kind == "skip" and e.data.get("reason") == MISSED and e.at > current)]
    replies = tuple(Reply(e.at, e.data.get("timeframe_days"), e.data.get("timeframe"))
                    for e in events if e.kind == "reply")
    skipped = frozenset(e.data["step"] for e in events if e.kind == "skip")
    missed = frozenset(e.data["step"] for e in events
                       if e.kind == "skip" and e.data.get("reason") == MISSED)
    status_events = [e for e in events if e.kind == "status"]
    recruiter = (Recipient("recruiter", app.recruiter_name or app.recruiter_email)
                 if app.recruiter_email else None)
    return Situation(
        application_id=app.id,
        rounds=tuple(rounds),
        label=f"{app.company}, {app.role}",
        status=ApplicationStatus(app.status),
        status_at=status_events[-1].at if status_events else None,
        recruiter=recruiter,
        sent=tuple(sent),
        queued=tuple(queued),
        replies=replies,
        skipped=skipped,
        default_country=(config.get("plan.country") or None) if config is not None else None,
        locale=user_locale(config),
        reply_pause=timedelta(days=int(config.get("plan.reply_pause_days") or 21)
                              if config is not None else 21),
        missed=missed,
    )


def decision_by(app: Application, config: Config | None) -> date | None:
    """The day the employer said they would decide by, as the plan reads it (None: not said,
    or not readable); the review's `decision_by`, so the plan and the review agree."""
    cycle = current_cycle(situation(app, config))
    return cycle.decision_by if cycle is not None else None


def interview_deadline(interview: Interview, config: Config | None) -> Deadline | None:
    """The interview's own stated timeframe resolved as the plan reads it (None: none stated)."""
    app = interview.application
    sit = situation(app, config)
    rnd = next(r for r in sit.rounds if r.interview_id == interview.id)
    return resolve_deadline(sit, rnd, rnd.end, rnd.timeframe, rnd.timeframe_days)


def deadline_text(deadline: Deadline | None, locale: str, interview_id: int) -> str | None:
    """What the user reads about a stated timeframe: "by Thursday 30 April", or, when it
    could not be read, what was assumed and how to correct it."""
    if deadline is None:
        return None
    if deadline.by is not None:
        return f"by {long_day(deadline.by, locale)}"
    if deadline.starts is not None:
        return (f"\u201c{deadline.said}\u201d gives the day the job starts "
                f"({long_day(deadline.starts, locale)}), not when they decide, so the first "
                "follow-up is planned a week after your thank-you notes. If they said when they "
                f"would decide, add it with `afterword edit {interview_id}`.")
    return (f"Afterword could not read a date in \u201c{deadline.said}\u201d, so it assumes no "
            "timeframe: the first follow-up is planned a week after your thank-you notes. To "
            "correct it, write the date they gave, like \u201cby Friday\u201d, \u201cwithin "
            f"two weeks\u201d or \u201cby 30 April\u201d, with `afterword edit {interview_id}`.")


def planned_time(app: Application, kind: str, key: str, now: datetime,
                 config: Config | None) -> datetime:
    """When the plan would send this kind of note to this person (`key`); now if that has
    passed or the plan has no such step. The review and `send` use it as the send time."""
    for step in plan_steps(situation(app, config), now):
        if (str(step.kind) == kind and step.state not in (StepState.DONE, StepState.SKIPPED)
                and (kind != "thank-you" or step.to == key)):
            return max(step.suggested, now)
    return now


@dataclass
class PlannedStep:
    """A step with what the user can run for it, ready to show."""

    step: Step
    command: str | None
    short_id: str = ""  # what the user types: "follow-up-1" (step_ids.py)

    def to_dict(self, home_zone: str) -> dict[str, Any]:
        from afterword.timezones import zone

        s = self.step
        return {
            "id": s.id,
            "short_id": self.short_id or s.id,
            "interview": s.interview_id,
            "application": s.application_id,
            "label": s.label,
            "kind": str(s.kind),
            "to": s.to_name,
            "state": str(s.state),
            "when": s.when.astimezone(zone(s.timezone)).isoformat(),
            "when_yours": s.when.astimezone(zone(home_zone)).isoformat(),
            "timezone": s.timezone,
            "due_from": s.due_from.isoformat(),
            "due_by": s.due_by.isoformat() if s.due_by else None,
            "why": s.why,
            "skip_reason": s.skip_reason,
            "last_nudge": s.last_nudge,
            "command": self.command,
        }




def command_for(step: Step, messages: list[Message], app: Application,
                short_id: str | None = None) -> str | None:
    """What to run for a step that still needs doing."""
    if step.state in (StepState.DONE, StepState.SKIPPED, StepState.SCHEDULED):
        return None
    iid = step.interview_id
    if step.kind is StepKind.LET_IT_REST:
        return f"afterword skip {iid} {short_id or step.id}"
    kind = str(step.kind)
    drafts = [m for m in messages if m.kind == kind and m.state == MessageState.DRAFT
              and m.interview_id == iid
              and (kind != "thank-you" or recipient_key(m, app) in (step.to, None))]
    if drafts:
        draft = drafts[0]
        # An e-mail with no address to go to is exported as text (an .eml would be refused).
        fmt = "txt" if draft.channel == "email" and not draft.to_email else \
            EXPORT_AS.get(draft.channel, "txt")
        return f"afterword export {draft.id} --as {fmt}"
    suffix = "" if kind == "thank-you" else f" --kind {kind}"
    return f"afterword draft {iid}{suffix}"


def _applications(session: Session, application_id: int | None = None) -> list[Application]:
    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    from afterword.model.record import Application, Interview

    query = select(Application).options(
        selectinload(Application.interviews).selectinload(Interview.interviewers),
        selectinload(Application.interviews).selectinload(Interview.messages),
        selectinload(Application.events),
    ).order_by(Application.id)
    if application_id is not None:
        query = query.where(Application.id == application_id)
    return list(session.scalars(query))


def _planned(app: Application, config: Config | None, now: datetime) -> list[PlannedStep]:
    from afterword.plan.step_ids import short_ids

    messages = [m for iv in app.interviews for m in iv.messages]
    steps = plan_steps(situation(app, config), now)
    short = short_ids(steps)
    return [PlannedStep(s, command_for(s, messages, app, short[s.id]), short[s.id])
            for s in steps]


def plan_for_interview(store: Store, config: Config, interview_id: int,
                       now: datetime) -> tuple[dict[str, Any], list[PlannedStep]]:
    """The plan of the interview's application (every round), with the interview's summary."""
    from afterword.store import queries

    with store.transaction() as session:
        interview = queries.interview(session, interview_id)
        [app] = _applications(session, interview.application_id)
        summary = {"interview": interview_id, "company": app.company, "role": app.role,
                   "status": app.status, **_decision_summary(app, config)}
        planned = _planned(app, config, now)
        locale = user_locale(config)
        for item in planned:
            item.step = as_of(item.step, now, locale)  # as the agenda says it: never a time gone by
        return summary, sorted(planned, key=lambda p: p.step.when)


def _decision_summary(app: Application, config: Config | None) -> dict[str, Any]:
    """The timeframe the follow-ups count from (the latest round's, or a reply's), resolved."""
    cycle = current_cycle(situation(app, config))
    deadline = cycle.deadline if cycle is not None else None
    if cycle is None or deadline is None:
        return {"timeframe": None, "decision_by": None, "decision_text": None}
    return {"timeframe": deadline.said,
            "decision_by": deadline.by.isoformat() if deadline.by else None,
            "decision_text": deadline_text(deadline, user_locale(config),
                                           cycle.round.interview_id)}


def agenda(store: Store, config: Config, now: datetime) -> dict[str, list[PlannedStep]]:
    """Across all applications: what is overdue, due today, and coming this week.

    A thank-you more than a week late is listed once more as a last nudge; its step is
    then recorded as skipped, with the reason "missed", so the agenda lets it go.
    """
    from afterword.model.record import Event
    from afterword.timezones import zone

    home = zone(config.get("profile.timezone") or _local())
    today_end = (now.astimezone(home).replace(hour=0, minute=0, second=0, microsecond=0)
                 + timedelta(days=1))
    out: dict[str, list[PlannedStep]] = {"overdue": [], "today": [], "week": []}
    with store.transaction() as session:
        for app in _applications(session):
            for planned in _planned(app, config, now):
                planned.step = step = as_of(planned.step, now)  # never a time already gone
                if step.state is StepState.OVERDUE:
                    out["overdue"].append(planned)
                    if step.last_nudge and not any(
                            e.kind == "skip" and e.data.get("step") == step.id
                            for e in app.events):
                        # Let go when today ends, as the reminder says; recorded once.
                        app.events.append(Event(kind="skip", at=today_end, created_at=now,
                                                interview_id=step.interview_id,
                                                data={"step": step.id, "reason": MISSED}))
                elif step.state in (StepState.DUE, StepState.SCHEDULED) and step.when < today_end:
                    out["today"].append(planned)
                elif step.state in ACTIVE and step.when < now + AGENDA_HORIZON:
                    out["week"].append(planned)
    for items in out.values():
        items.sort(key=lambda p: p.step.when)
    return out


def next_steps(store: Store, config: Config, now: datetime) -> dict[int, str]:
    """Interview id -> a short "next step" for `afterword list`."""
    from afterword.plan.working_time import when_text

    home = config.get("profile.timezone") or _local()  # the user's clock, as everywhere
    out: dict[int, str] = {}
    locale = user_locale(config)
    with store.transaction() as session:
        for app in _applications(session):
            for planned in _planned(app, config, now):
                s = as_of(planned.step, now)  # as the agenda says it: never a time gone by
                if s.state in ACTIVE and s.interview_id not in out:
                    label = {"thank-you": "thank-you", "follow-up": "follow-up",
                             "rejection-reply": "reply to the decision",
                             "let-it-rest": "let it rest"}[str(s.kind)]
                    out[s.interview_id] = (f"{label} ({s.state}) "
                                           f"{when_text(s.when, home, locale)}")
    return out


def _local() -> str:
    from afterword.timezones import local_zone_name

    return local_zone_name()


def record_reply(store: Store, interview_id: int, *, on: datetime | None, timeframe: str | None,
                 now: datetime, config: Config | None = None) -> dict[str, Any]:
    """Record a reply on the interview's application: follow-ups pause (or restart from
    the new timeframe), and queued follow-ups go back to draft.

    The timeframe takes the same phrases as the interview's ("by Friday", "mid-May",
    "within 48 hours"); one Afterword cannot read is refused, saying how to write it.
    """
    from afterword.store import queries

    at = on or now
    if at > now + timedelta(minutes=5):
        raise InvalidInput("a reply cannot be recorded in the future")
    timeframe = timeframe.strip() if timeframe and timeframe.strip() else None
    with store.transaction() as session:
        interview = queries.interview(session, interview_id)
        return reply_on(interview.application, interview_id, at=at, timeframe=timeframe,
                        now=now, config=config)


def reply_on(app: Application, interview_id: int, *, at: datetime, timeframe: str | None,
             now: datetime, config: Config | None, extra: dict[str, Any] | None = None
             ) -> dict[str, Any]:
    """`record_reply` inside the caller's transaction (`afterword inbox` records a reply
    and the mail it came in together); `extra` is kept in the event's data."""
    from afterword.model.record import Event

    deadline = None
    if timeframe:
        sit = situation(app, config)
        rnd = max(sit.rounds, key=lambda r: r.end)
        deadline = resolve_deadline(sit, rnd, at, timeframe)
        if deadline is None or deadline.by is None:
            raise InvalidInput(
                f"Afterword cannot read a date in the timeframe {timeframe!r}",
                hint='Write it as they said it with a date or a span, like "by Friday", '
                     '"within two weeks", "mid-May" or "by 30 April".',
            )
    days = deadline.days if deadline is not None else None
    app.events.append(Event(kind="reply", at=at, interview_id=interview_id, created_at=now,
                            data={"timeframe": timeframe, "timeframe_days": days,
                                  **(extra or {})}))
    cancelled = _cancel_queued_follow_ups(app, now)
    by = deadline.by if deadline is not None else None
    return {"company": app.company, "role": app.role, "timeframe_days": days,
            "decision_by": by.isoformat() if by else None,
            "decision_by_text": long_day(by, user_locale(config)) if by else None,
            "cancelled": cancelled}


def reply_outcome(result: dict[str, Any], config: Config | None) -> str:
    """What a recorded reply does to the plan, in words, from `record_reply`'s result."""
    if result["decision_by_text"]:
        return ("follow-ups restart from the new timeframe: a decision is expected by "
                f"{result['decision_by_text']}")
    days = int(config.get("plan.reply_pause_days") or 21) if config is not None else 21
    return f"follow-ups pause for {days} days, then the plan suggests one gentle check-in"


def _cancel_queued_follow_ups(app: Application, now: datetime) -> list[int]:
    cancelled = []
    for interview in app.interviews:
        for m in interview.messages:
            if m.kind == "follow-up" and m.state == MessageState.QUEUED:
                m.state = MessageState.CANCELLED
                m.updated_at = now
                cancelled.append(m.id)
    return cancelled


def record_status(session: Session, app: Application, status: str, now: datetime) -> list[int]:
    """Log a decision; a closed application's queued follow-ups are cancelled."""
    from afterword.model.record import Event

    app.events.append(Event(kind="status", at=now, created_at=now, data={"status": status}))
    if status in (ApplicationStatus.REJECTED, ApplicationStatus.OFFER,
                  ApplicationStatus.WITHDRAWN):
        return _cancel_queued_follow_ups(app, now)
    return []


def skip_step(store: Store, config: Config, interview_id: int, step_id: str,
              now: datetime) -> Step:
    """Let a step rest; refuses a step id that is not in the plan."""
    from afterword.model.record import Event

    summary, planned = plan_for_interview(store, config, interview_id, now)
    # The short id ("follow-up-2") or, as before short ids, the step's own id.
    steps = {p.short_id: p.step for p in planned} | {p.step.id: p.step for p in planned}
    if step_id.strip() not in steps:
        raise NotFound(f"the plan of interview {interview_id} has no step {step_id!r}",
                       hint=f"`afterword plan {interview_id}` shows the step ids: "
                            + ", ".join(p.short_id for p in planned) + ".")
    step_id = steps[step_id.strip()].id
    with store.transaction() as session:
        from afterword.store import queries

        app = queries.interview(session, interview_id).application
        app.events.append(Event(kind="skip", at=now, interview_id=interview_id, created_at=now,
                                data={"step": step_id}))
    return steps[step_id]


def mark_sent(store: Store, config: Config, message_id: int, *, on: datetime | None,
              via: str | None, now: datetime) -> dict[str, Any]:
    """Record that a message went out outside Afterword; returns the guard's warning, if any."""
    from afterword.model.enums import Channel, values
    from afterword.model.record import Message
    from afterword.plan.guard import check_send

    if via is not None and via not in values(Channel):
        raise InvalidInput(f"--via {via!r} is not a channel",
                           hint="Use one of: " + ", ".join(values(Channel)) + ".")
    at = on or now
    if at > now:
        from afterword.dates import short_day, short_moment

        loc = user_locale(config)
        shown = short_moment(at, loc) if (at.hour, at.minute) != (0, 0) else short_day(at, loc)
        raise InvalidInput(f"--on {shown} is in the future: a note is marked sent "
                           "once it has gone out",
                           hint=f"Mark it when you have sent it (afterword mark-sent {message_id}),"
                                " or give the day you sent it.")
    with store.transaction() as session:
        message = session.get(Message, message_id)
        if message is None:
            raise NotFound(f"there is no message {message_id}",
                           hint="`afterword messages` lists them.")
        if message.state == MessageState.SENT:
            raise InvalidInput(f"message {message_id} is already marked as sent")
        if message.state == MessageState.SENDING:
            raise InvalidInput(f"message {message_id} is being sent right now")
        app = message.interview.application
        verdict = check_send(situation(app, config), message.kind, recipient_key(message, app),
                             at, interview_id=message.interview_id)
        message.state = MessageState.SENT
        message.sent_at = at
        if via:
            message.channel = via
        message.updated_at = now
        return {"id": message_id, "to": message.to_name, "kind": message.kind,
                "sent_at": at.isoformat(), "warning": None if verdict.allowed else verdict.reason,
                "fine_from": verdict.fine_from.isoformat() if verdict.fine_from else None,
                "note": verdict.reason if verdict.allowed else None}


class CalendarFile(NamedTuple):
    """The .ics bytes, how many events they hold, and how many of those this export cancelled."""

    data: bytes
    events: int
    cancelled: int


def calendar(store: Store, config: Config, now: datetime) -> CalendarFile:
    """Every application's plan as an .ics file.

    Continues the previous export (kept in the store), so each step keeps its UID, a changed
    event gets a higher SEQUENCE, and a step that left the plan goes out as cancelled.
    """
    from sqlalchemy import select

    from afterword.model.record import CalendarEvent
    from afterword.plan.calendar import Exported, export_plan

    with store.transaction() as session:
        steps = [p.step for app in _applications(session) for p in _planned(app, config, now)]
        rows = {row.uid: row for row in session.scalars(select(CalendarEvent))}
        previous = [Exported(r.uid, r.application_id, r.step_id, r.sequence, r.state, r.content,
                             r.changed_at) for r in rows.values()]
        export = export_plan(steps, previous, now=now)
        for event in export.events:
            row = rows.get(event.uid)
            if row is None:
                row = CalendarEvent(uid=event.uid)
                session.add(row)
            row.application_id, row.step_id, row.sequence = (
                event.application_id, event.step_id, event.sequence)
            row.state, row.content, row.changed_at = event.state, event.content, event.changed_at
    return CalendarFile(export.ics, len(export.events), export.cancelled)
