"""The situation of one application, as the plan sees it: plain values the caller builds from the store.

Also the questions every planner asks of it: which follow-up cycle is in play, who the
point of contact is, and which clock and holidays count for a recipient.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from afterword.dates import DEFAULT_LOCALE, date_order
from afterword.model.enums import ApplicationStatus, MessageKind
from afterword.model.timeframe import Deadline, resolve_timeframe
from afterword.plan.public_holidays import is_working_day, named_days
from afterword.timezones import country_for_zone, zone

REPLY_PAUSE = timedelta(days=21)
"""After a reply with no timeframe, follow-ups wait this long (`plan.reply_pause_days`)."""

OPEN = frozenset({ApplicationStatus.APPLIED, ApplicationStatus.INTERVIEWING})
"""The statuses in which follow-ups still make sense."""


@dataclass(frozen=True, slots=True)
class Recipient:
    """Someone a note may go to. `key` is stable across edits ("interviewer:34", "recruiter")."""

    key: str
    name: str
    timezone: str | None = None  # IANA; None: the interview's zone
    country: str | None = None  # ISO 3166 ("DE", "US-CA"); None: from the zone, else the default
    point_of_contact: bool = False
    reachable: bool = True  # False: no e-mail address, so the follow-up goes to the recruiter
    channel: str | None = None  # how their thank-you goes ("handwritten": a card takes days)


@dataclass(frozen=True, slots=True)
class Round:
    """One interview of the application: when it ended, where, who was there, what they said."""

    interview_id: int
    end: datetime  # aware
    timezone: str  # the interview's IANA zone
    recipients: tuple[Recipient, ...] = ()  # the interviewers, in order
    timeframe_days: int | None = None  # a timeframe in days, when there are no words for it
    timeframe: str | None = None  # the decision timeframe as they said it ("by Friday")


@dataclass(frozen=True, slots=True)
class SentMessage:
    """A message that went out (through Afterword or recorded with mark-sent)."""

    kind: str  # a MessageKind value
    interview_id: int
    at: datetime
    to: str | None = None  # a Recipient key; None: a note to the whole panel


@dataclass(frozen=True, slots=True)
class QueuedMessage:
    """A message waiting in the outbox for its time."""

    kind: str
    interview_id: int
    at: datetime
    to: str | None = None
    step_id: str | None = None  # the step it was scheduled for, when known


@dataclass(frozen=True, slots=True)
class Reply:
    """A reply from the employer; `timeframe_days` when it stated a new timeframe."""

    at: datetime
    timeframe_days: int | None = None
    timeframe: str | None = None  # as they said it; resolved against the day of the reply


@dataclass(frozen=True, slots=True)
class Situation:
    """Everything the plan for one application depends on, as plain values.

    Recipient keys are the caller's to choose as long as they stay stable; the store's
    are "interviewer:<id>" and "recruiter". A sent or queued message names its recipient
    by the same key (None for a note to the whole panel).
    """

    application_id: int
    rounds: tuple[Round, ...]
    label: str = ""  # "Northwind, Data Analyst": shown beside the steps, in calendars
    status: ApplicationStatus = ApplicationStatus.INTERVIEWING
    status_at: datetime | None = None  # when the status last changed
    recruiter: Recipient | None = None  # the follow-up goes here when no point of contact is marked
    sent: tuple[SentMessage, ...] = ()
    queued: tuple[QueuedMessage, ...] = ()
    replies: tuple[Reply, ...] = ()
    skipped: frozenset[str] = frozenset()  # step ids the candidate let rest
    default_country: str | None = None  # the `plan.country` setting
    locale: str = DEFAULT_LOCALE  # the `profile.locale` setting: how dates are written
    reply_pause: timedelta = REPLY_PAUSE  # the `plan.reply_pause_days` setting
    missed: frozenset[str] = frozenset()  # thank-you step ids given up as missed (last nudge shown)


@dataclass(frozen=True, slots=True)
class Cycle:
    """The follow-ups currently in play: since the latest round ended, or since the last reply."""

    round: Round
    start: datetime
    timeframe_days: int | None
    reply: Reply | None
    prefix: str  # step ids start with it: "12" or "12:reply-2026-03-20"
    sent: tuple[SentMessage, ...] = field(default=())  # messages sent since `start`, in order
    deadline: Deadline | None = None  # the stated timeframe resolved; `by` None when unread

    @property
    def decision_by(self) -> date | None:
        """The day they said they would decide by, when a timeframe was stated and read."""
        return self.deadline.by if self.deadline else None

    @property
    def follow_ups(self) -> tuple[SentMessage, ...]:
        return tuple(m for m in self.sent if m.kind == MessageKind.FOLLOW_UP)


def current_cycle(situation: Situation, *, before: datetime | None = None) -> Cycle | None:
    """The follow-up cycle in play (as of `before`, when given): None without any interview.

    It belongs to the latest interview, even one still ahead (a next round makes the
    earlier round's follow-ups moot), and starts when that interview ends, or at the last
    reply since then; a reply without a new timeframe leaves `timeframe_days` None. With
    `before` (the guard judging a send at that moment), only interviews ended, replies
    received and messages sent by then count.
    """
    rounds = sorted(situation.rounds, key=lambda r: r.end)
    if before is not None:
        rounds = [r for r in rounds if r.end <= before] or rounds[:1]
    if not rounds:
        return None
    rnd = rounds[-1]
    replies = sorted(
        (r for r in situation.replies if r.at > rnd.end and (before is None or r.at <= before)),
        key=lambda r: r.at,
    )
    if replies:
        reply = replies[-1]
        day = reply.at.astimezone(zone(rnd.timezone)).date().isoformat()
        start, days, prefix = reply.at, reply.timeframe_days, f"{rnd.interview_id}:reply-{day}"
        said = reply.timeframe
    else:
        reply, start, days, prefix = None, rnd.end, rnd.timeframe_days, str(rnd.interview_id)
        said = rnd.timeframe
    deadline = resolve_deadline(situation, rnd, start, said, days)
    sent = sorted(
        (m for m in situation.sent if m.at >= start and (before is None or m.at < before)),
        key=lambda m: m.at,
    )
    return Cycle(rnd, start, days, reply, prefix, tuple(sent), deadline)


def resolve_deadline(
    situation: Situation, rnd: Round, start: datetime, said: str | None, days: int | None = None
) -> Deadline | None:
    """A timeframe said at `start` as a deadline: working days are the point of contact's.

    It is read against the day it was said on the interview's clock. With no words but a
    number of days (an older record), the deadline is that many days on.
    """
    said_on = start.astimezone(zone(rnd.timezone)).date()
    if said:
        person = contact(situation)
        country = recipient_country(person, recipient_zone(person, rnd), situation.default_country)
        found = resolve_timeframe(
            said,
            said_on,
            working_day=lambda day: is_working_day(day, country),
            date_order=date_order(situation.locale),
            named_day=named_days(country),
        )
        if found is not None and (found.by is not None or days is None):
            return found
    if days is not None:
        return Deadline(said or f"within {days} days", said_on, said_on + timedelta(days=days))
    return None


def contact(situation: Situation) -> Recipient | None:
    """Who follow-ups go to: the latest round's point of contact, else the recruiter, else its
    first interviewer; a point of contact without an address gives way to the recruiter.

    The follow-up draft picks the same person (compose/drafts.py), so plan and draft agree.
    """
    if not situation.rounds:
        return situation.recruiter
    latest = max(situation.rounds, key=lambda r: r.end)
    marked = [r for r in latest.recipients if r.point_of_contact]
    if marked and (marked[0].reachable or situation.recruiter is None):
        return marked[0]
    if situation.recruiter is not None:
        return situation.recruiter
    return latest.recipients[0] if latest.recipients else None


def recipient_zone(recipient: Recipient | None, rnd: Round) -> str:
    """The recipient's IANA zone, else the interview's."""
    return (recipient.timezone if recipient else None) or rnd.timezone


def recipient_country(
    recipient: Recipient | None, zone_name: str, default: str | None
) -> str | None:
    """The country whose holidays count: the recipient's, else their zone's, else `default`."""
    return (recipient.country if recipient else None) or country_for_zone(zone_name) or default
