"""The plan for one application (pure): its situation in, the steps out, each with a time and a why.

Nothing here reads the store, the clock or the config: the caller builds a `Situation`
from the store and passes `now`. The timing matches the review's timing rules
(`follow-up-too-soon`, `too-many-follow-ups`, `sent-late`), so the plan never suggests a
moment the review would flag:

- a thank-you note per interviewer, due within 24 hours of the interview's end, suggested
  at the first business hour inside that window on the recipient's clock;
- a first follow-up to the point of contact, on the working day after the stated
  timeframe ends (counted from the interview's end), or a week after the thank-you notes
  when no timeframe was given; a second one a week later; then a last step that says to
  let it rest;
- a recorded reply starts the follow-ups afresh: from its new timeframe when it gave
  one, else they pause; a later round replaces the earlier round's follow-ups;
- a rejection ends the follow-ups and suggests a gracious reply within a couple of days;
  an offer or a withdrawal ends them.

All arithmetic on moments is done in elapsed time (UTC); days, hours and weekends are
judged on the recipient's clock.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from afterword.dates import long_day
from afterword.model.enums import ApplicationStatus, MessageKind, StepState
from afterword.plan.situation import (
    OPEN,
    Cycle,
    Round,
    Situation,
    contact,
    current_cycle,
    recipient_country,
    recipient_zone,
    resolve_deadline,
)
from afterword.plan.working_time import (
    DAY_CLOSES,
    Fit,
    Suggestion,
    day_text,
    later,
    place,
    round_up,
    span_text,
    suggest_time,
    when_text,
    why_not_working,
    working_morning_after,
    working_morning_from,
)
from afterword.timezones import zone

THANK_YOU_WINDOW = timedelta(hours=24)
"""Thank-you notes are due within 24 hours of the interview's end (the `sent-late` rule)."""

WRITING_TIME = timedelta(hours=1)
"""The earliest suggestion for a thank-you is an hour after the interview: time to write it with
care, and still the same day when the interview ends early enough."""

FOLLOW_UP_WAIT = timedelta(days=7)
"""A week between a message and the next follow-up (the `follow-up-too-soon` rule's WAIT)."""

MAX_FOLLOW_UPS = 2
"""Two unanswered follow-ups, then let it rest (the `too-many-follow-ups` rule)."""

REPLY_DAYS = 2
"""A rejection deserves a reply within a couple of working days."""

LAST_NUDGE_AFTER = timedelta(days=7)
"""A thank-you more than a week past its window is shown once more, then let go as missed."""

CARD_DAYS = 4
"""A posted card takes a few days: a decision within this many days of the interview comes first."""

MISSED = "missed"
"""The skip reason of a thank-you let go after its last nudge."""


class StepKind(StrEnum):
    """What a planned step asks of the candidate."""

    THANK_YOU = "thank-you"
    FOLLOW_UP = "follow-up"
    REJECTION_REPLY = "rejection-reply"
    LET_IT_REST = "let-it-rest"  # after two follow-ups: stop, or close the loop gracefully


@dataclass(frozen=True, slots=True)
class Step:
    """One planned step. `id` is stable ("12:thank-you:interviewer:34", "12:follow-up-1").

    `due_from`: from when it is fine (for follow-ups, the moment the send guard stops
    refusing); `due_by`: the deadline, None when there is none; `suggested`: the best
    moment, on the recipient's clock (`timezone`); `why`: one plain sentence for the user.
    """

    id: str
    application_id: int
    interview_id: int
    kind: StepKind
    to: str | None
    to_name: str | None
    timezone: str
    due_from: datetime
    due_by: datetime | None
    suggested: datetime
    state: StepState
    why: str
    label: str = ""
    done_at: datetime | None = None
    scheduled_at: datetime | None = None
    country: str | None = None  # whose working days and holidays count for this step
    skip_reason: str | None = None  # "missed": a thank-you let go after its last nudge
    last_nudge: bool = False  # shown once more; the agenda then records it as missed

    @property
    def message_kind(self) -> MessageKind | None:
        """The kind of message that fulfils this step (None for letting it rest)."""
        if self.kind is StepKind.LET_IT_REST:
            return None
        return MessageKind(self.kind.value)

    @property
    def when(self) -> datetime:
        """The moment that matters now: when it was sent, when it is scheduled, else the suggestion."""
        return self.done_at or self.scheduled_at or self.suggested


def plan_steps(situation: Situation, now: datetime) -> list[Step]:
    """The application's steps in time order, each with its state as of `now`.

    Raises InvalidInput when a zone name is not a real time zone.
    """
    steps: list[Step] = []
    for rnd in sorted(situation.rounds, key=lambda r: r.end):
        steps += _thank_yous(situation, rnd, now)
    cycle = current_cycle(situation)
    if cycle is not None and situation.status in OPEN:
        steps += _follow_ups(situation, cycle, steps, now)
    if situation.status is ApplicationStatus.REJECTED and situation.rounds:
        steps.append(_rejection_reply(situation, now))
    return sorted((_on_their_clock(s) for s in steps), key=lambda s: (s.when, s.id))


# -- thank-you notes ---------------------------------------------------------------------------


def _thank_yous(situation: Situation, rnd: Round, now: datetime) -> list[Step]:
    closed = situation.status in (ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN)
    decides = _decision_day(situation, rnd)  # one timeframe for the round: read it once
    steps = []
    for person in rnd.recipients:
        step_id = f"{rnd.interview_id}:thank-you:{person.key}"
        tz = recipient_zone(person, rnd)
        country = recipient_country(person, tz, situation.default_country)
        due_by = later(rnd.end, THANK_YOU_WINDOW)
        done = _first(
            m.at
            for m in situation.sent
            if m.kind == MessageKind.THANK_YOU
            and m.interview_id == rnd.interview_id
            and m.to in (person.key, None)
        )
        queued = _queued_at(situation, step_id, MessageKind.THANK_YOU, rnd.interview_id, person.key)
        if closed and done is None and queued is None:
            continue  # the application is over: no note is owed any more
        earliest = later(rnd.end, WRITING_TIME)
        today = rnd.end.astimezone(zone(tz)).date()
        closes = datetime.combine(today, DAY_CLOSES, tzinfo=zone(tz))
        same_day = decides is not None and decides <= today
        # They decide the day of the interview, and its working day is not over: the note
        # must be read before the end of it.
        forward = same_day and closes > earliest
        if forward:
            due_by = min(due_by, closes)
        suggestion = suggest_time(earliest, due_by, tz, country)
        why = _thank_you_why(suggestion.at, suggestion.fit, earliest, due_by, tz, country,
                             situation.locale)
        if forward:
            why = ("They expect to decide today, so this note should reach them before the end "
                   f"of the afternoon: {when_text(suggestion.at, tz, situation.locale)}.")
        elif same_day:
            why = ("They expect to decide today: send this note as soon as you can, "
                   f"{when_text(suggestion.at, tz, situation.locale)} at the latest, so it is "
                   "there when they do.")
        if person.channel == "handwritten" and decides is not None and (
                decides - today).days <= CARD_DAYS:
            why += (f" A card posted now would reach them after they decide (by "
                    f"{long_day(decides, situation.locale)}): "
                    + ("send this thank-you by e-mail; a card can follow." if person.reachable
                       else "hand it in, or add their e-mail address and send it by e-mail "
                       f"(afterword edit {rnd.interview_id})."))
        state = _state(step_id, situation, now, rnd.end, due_by, done, queued)
        skip_reason, last_nudge = None, False
        closed_at = when_text(due_by, tz, situation.locale)
        if state is StepState.OVERDUE:
            suggestion = _soonest_good(now, tz, country)
            why = (
                f"The 24-hour window for this note closed at {closed_at} "
                f"({place(tz)} time); a late note still beats none, so send it as soon as you can"
                + _at_their(suggestion.at, now, tz, situation.locale) + "."
            )
            if forward:
                why = (f"They expected to decide by the end of the day ({closed_at}, {place(tz)} "
                       "time); a note now still shows your interest, so send it as soon as you "
                       "can.")
            if now > later(due_by, LAST_NUDGE_AFTER):
                last_nudge = True
                why = (
                    f"Last reminder: the window for this note closed at {closed_at} ({place(tz)} "
                    "time), more than a week ago. Send it today if you still want to; after "
                    "this, the plan lets it go."
                )
        elif state is StepState.SKIPPED and step_id in situation.missed:
            skip_reason = MISSED
            why = (
                f"This note was more than a week late (its window closed at {closed_at}), so "
                "after a last reminder the plan let it go."
            )
        steps.append(
            Step(
                id=step_id,
                application_id=situation.application_id,
                interview_id=rnd.interview_id,
                kind=StepKind.THANK_YOU,
                to=person.key,
                to_name=person.name,
                timezone=tz,
            country=country,
                due_from=rnd.end,
                due_by=due_by,
                suggested=suggestion.at,
                state=state,
                why=why,
                label=situation.label,
                done_at=done,
                scheduled_at=queued,
                skip_reason=skip_reason,
                last_nudge=last_nudge,
            )
        )
    return steps


def _decision_day(situation: Situation, rnd: Round) -> date | None:
    """When they said they would decide, on the day it was said (None: not said or unread)."""
    if not rnd.timeframe and rnd.timeframe_days is None:
        return None
    found = resolve_deadline(situation, rnd, rnd.end, rnd.timeframe, rnd.timeframe_days)
    return found.by if found is not None else None


def _thank_you_why(
    at: datetime, fit: Fit, earliest: datetime, due_by: datetime, tz: str, country: str | None,
    locale: str,
) -> str:
    here, moment = place(tz), when_text(at, tz, locale)
    if fit is Fit.WORKING and at <= round_up(earliest):
        return (
            f"Thank-you notes are best sent within 24 hours of the interview; {moment}, about "
            "an hour after it, leaves you time to write it with care while it is fresh."
        )
    if fit is Fit.WORKING:
        return (
            f"Thank-you notes are best sent within 24 hours of the interview; {moment} is the "
            f"first working hour in {here} after it."
        )
    if fit is Fit.DAYTIME:
        reason = why_not_working(at, tz, country) or "a day off"
        return (
            f"Thank-you notes are best sent within 24 hours, and that window closes at "
            f"{when_text(due_by, tz, locale)}, before the next working day in {here}; {moment} keeps "
            f"it on time, even though it is {reason} there."
        )
    return (
        f"Thank-you notes are best sent within 24 hours, and that window closes at "
        f"{when_text(due_by, tz, locale)} ({here} time), so {moment} is the best moment left."
    )


# -- follow-ups --------------------------------------------------------------------------------


def _follow_ups(
    situation: Situation, cycle: Cycle, earlier: list[Step], now: datetime
) -> list[Step]:
    person = contact(situation)
    tz = recipient_zone(person, cycle.round)
    country = recipient_country(person, tz, situation.default_country)
    key, name = (person.key, person.name) if person else (None, None)
    sent = cycle.follow_ups
    # A reply with no timeframe: a pause, then one gentle check-in instead of two follow-ups.
    check_in = cycle.reply is not None and cycle.decision_by is None
    wanted = 1 if check_in and len(sent) <= 1 else MAX_FOLLOW_UPS
    queued = sorted(
        (q for q in situation.queued if q.kind == MessageKind.FOLLOW_UP and q.at >= cycle.start),
        key=lambda q: q.at,
    )
    steps: list[Step] = []
    previous: Step | None = None
    for n in range(1, wanted + 1):
        step_id = f"{cycle.prefix}:follow-up-{n}"
        if previous is None:
            due_from, suggested, why = _first_follow_up(situation, cycle, earlier, tz, country,
                                                        now)
        else:
            due_from = later(_settled(previous, now), FOLLOW_UP_WAIT)
            suggested = working_morning_from(due_from, tz, country)
            why = (
                "If a week after your first follow-up you have still heard nothing, one more "
                f"short note is fine; {when_text(suggested, tz, situation.locale)} is a working "
                f"morning in {place(tz)}."
            )
        done = sent[n - 1].at if len(sent) >= n else None
        queued_at = None
        if done is None:
            mine = [q.at for q in queued if q.step_id == step_id]
            loose = [q.at for q in queued if q.step_id is None]
            position = n - 1 - len(sent)  # which of the follow-ups still to send this one is
            queued_at = mine[0] if mine else (loose[position] if position < len(loose) else None)
        state = _state(step_id, situation, now, due_from, None, done, queued_at)
        if check_in and state is StepState.UPCOMING:
            state = StepState.PAUSED
        previous = Step(
            id=step_id,
            application_id=situation.application_id,
            interview_id=cycle.round.interview_id,
            kind=StepKind.FOLLOW_UP,
            to=key,
            to_name=name,
            timezone=tz,
            country=country,
            due_from=due_from,
            due_by=None,
            suggested=suggested,
            state=state,
            why=why,
            label=situation.label,
            done_at=done,
            scheduled_at=queued_at,
        )
        steps.append(previous)
    assert previous is not None
    rest_id = f"{cycle.prefix}:let-it-rest"
    due_from = later(_settled(previous, now), FOLLOW_UP_WAIT)
    suggested = working_morning_from(due_from, tz, country)
    extra = sent[MAX_FOLLOW_UPS].at if len(sent) > MAX_FOLLOW_UPS else None
    state = _state(rest_id, situation, now, due_from, None, extra, None)
    if check_in and not sent and state is StepState.UPCOMING:
        state = StepState.PAUSED
    why = (
        "Two follow-ups are enough: if there is still no answer, let it rest and put your "
        "energy into your other applications; if you like, one short, friendly note can "
        "close the loop gracefully."
    )
    if wanted == 1:
        why = (
            "If your check-in brings no answer, let it rest and put your energy into your "
            "other applications; they know you are interested."
        )
    steps.append(
        Step(
            id=rest_id,
            application_id=situation.application_id,
            interview_id=cycle.round.interview_id,
            kind=StepKind.LET_IT_REST,
            to=key,
            to_name=name,
            timezone=tz,
            country=country,
            due_from=due_from,
            due_by=None,
            suggested=suggested,
            state=state,
            why=why,
            label=situation.label,
            done_at=extra,
        )
    )
    return steps


def _settled(step: Step, now: datetime) -> datetime:
    """When a step counts as taken, for the wait before the next one: when it was sent or is
    scheduled, else its suggestion; a step due and still not taken counts from `now`, so the
    steps after it never fall due together (months late, follow-up 1, follow-up 2 and
    "let it rest" were all due the same day)."""
    if step.state in (StepState.DUE, StepState.OVERDUE) and step.when < now:
        return now
    return step.when


def _first_follow_up(
    situation: Situation, cycle: Cycle, earlier: list[Step], tz: str, country: str | None,
    now: datetime,
) -> tuple[datetime, datetime, str]:
    """The first follow-up's (due_from, suggested, why)."""
    locale = situation.locale
    deadline = cycle.deadline
    if deadline is not None and deadline.by is not None:
        # Fine from the start of the day after the deadline on their clock: never before it.
        due_from = max(
            datetime.combine(deadline.by + timedelta(days=1), time(0), tzinfo=zone(tz)),
            cycle.start,
        )
        suggested = working_morning_after(deadline.by, tz, country)
        said = "When they replied, they said" if cycle.reply else "They said"
        why = (
            f"{said} \u201c{deadline.said}\u201d, which Afterword reads as by "
            f"{long_day(deadline.by, locale)}; {when_text(suggested, tz, locale)} is the next "
            "working morning after that, a good moment to ask politely how things stand."
        )
        return due_from, suggested, why
    if cycle.reply is not None:
        # A reply with no timeframe: give them time, then one gentle check-in.
        due_from = later(cycle.start, situation.reply_pause)
        suggested = working_morning_from(due_from, tz, country)
        why = (
            f"They replied on {day_text(cycle.start, tz, locale)} without a timeframe, so "
            f"follow-ups pause for {span_text(situation.reply_pause.days)}; then one gentle "
            f"check-in, {when_text(suggested, tz, locale)}, is fine."
        )
        return due_from, suggested, why
    # No timeframe: a week after the latest message of the cycle, planned thank-yous included.
    moments = [cycle.start, *(m.at for m in cycle.sent)]
    moments += [
        _settled(s, now)
        for s in earlier
        if s.kind is StepKind.THANK_YOU
        and s.interview_id == cycle.round.interview_id
        and s.state is not StepState.SKIPPED
    ]
    due_from = later(max(moments), FOLLOW_UP_WAIT)
    suggested = working_morning_from(due_from, tz, country)
    why = (
        "No timeframe was given, so give them a week after your thank-you notes; "
        f"{when_text(suggested, tz, locale)} is a working morning in {place(tz)} a week on."
    )
    if deadline is not None:
        why = (
            f"Afterword could not read a date in \u201c{deadline.said}\u201d, so it assumed "
            f"no timeframe: a week after your thank-you notes, {when_text(suggested, tz, locale)}."
            " To plan from their date, write it like \u201cby Friday\u201d, \u201cwithin two "
            f"weeks\u201d or \u201cby 30 April\u201d (`afterword edit {cycle.round.interview_id}`)."
        )
    return due_from, suggested, why


# -- after a rejection -------------------------------------------------------------------------


def _rejection_reply(situation: Situation, now: datetime) -> Step:
    rnd = max(situation.rounds, key=lambda r: r.end)
    person = contact(situation)
    tz = recipient_zone(person, rnd)
    country = recipient_country(person, tz, situation.default_country)
    news = situation.status_at or rnd.end
    step_id = f"{rnd.interview_id}:rejection-reply"
    suggested = working_morning_after(news.astimezone(zone(tz)).date(), tz, country)
    last_day = suggested
    for _ in range(REPLY_DAYS - 1):
        last_day = working_morning_after(last_day.date(), tz, country)
    due_by = datetime.combine(last_day.date(), DAY_CLOSES, tzinfo=zone(tz))
    done = _first(
        m.at for m in situation.sent if m.kind == MessageKind.REJECTION_REPLY and m.at >= news
    )
    queued = _queued_at(situation, step_id, MessageKind.REJECTION_REPLY, None, None)
    state = _state(step_id, situation, now, news, due_by, done, queued)
    if state is StepState.OVERDUE:
        suggested = _soonest_good(now, tz, country).at
        why = (
            "A couple of days have passed, but a short, gracious reply to a rejection still "
            "leaves a good impression; send it when you can"
            + _at_their(suggested, now, tz, situation.locale) + "."
        )
    else:
        why = (
            "A short, gracious reply to a rejection keeps the door open for later roles; "
            f"within a couple of days is best, and {when_text(suggested, tz, situation.locale)} "
            "is the next "
            f"working morning in {place(tz)}."
        )
    key, name = (person.key, person.name) if person else (None, None)
    return Step(
        id=step_id,
        application_id=situation.application_id,
        interview_id=rnd.interview_id,
        kind=StepKind.REJECTION_REPLY,
        to=key,
        to_name=name,
        timezone=tz,
        country=country,
        due_from=news,
        due_by=due_by,
        suggested=suggested,
        state=state,
        why=why,
        label=situation.label,
        done_at=done,
        scheduled_at=queued,
    )


# -- shared ------------------------------------------------------------------------------------


def _soonest_good(now: datetime, tz: str, country: str | None) -> Suggestion:
    """For a late step: the first moment in the coming day inside the recipient's working
    hours (else their daytime, else now). Late is no reason to land at 4 a.m. on their clock,
    which reads as careless and which the review's `off-hours` rule points out."""
    return suggest_time(now, later(now, timedelta(days=1)), tz, country)


def _at_their(at: datetime, now: datetime, tz: str, locale: str | None) -> str:
    """", ideally at 09:00 on ... (their time)" when the soonest good moment is not now."""
    if at - now < timedelta(minutes=30):
        return ""
    return f", ideally {when_text(at, tz, locale)} ({place(tz)} time)"


def as_of(step: Step, now: datetime, locale: str | None = None) -> Step:
    """A due step as the agenda and the plan show it at `now`: a suggested time already gone
    moves to the next good moment (business hours on the recipient's working day), never
    listed as past, and its reason says so.

    The stored plan keeps its suggestion, so calendar events do not move with the clock.
    """
    if step.state is not StepState.DUE or step.suggested >= now:
        return step
    at = suggest_time(now, later(now, timedelta(days=30)), step.timezone, step.country).at
    why = (f"{step.why} That moment has passed; the next good one is "
           f"{when_text(at, step.timezone, locale)}.")
    return replace(step, suggested=at, why=why)


def _on_their_clock(step: Step) -> Step:
    """The step with its plan times shown on the recipient's clock (the same moments)."""
    tz = zone(step.timezone)
    return replace(
        step,
        due_from=step.due_from.astimezone(tz),
        due_by=step.due_by.astimezone(tz) if step.due_by else None,
        suggested=step.suggested.astimezone(tz),
    )


def _state(
    step_id: str,
    situation: Situation,
    now: datetime,
    due_from: datetime,
    due_by: datetime | None,
    done: datetime | None,
    queued: datetime | None,
) -> StepState:
    """A step's state: done beats skipped beats scheduled; then by the clock."""
    if done is not None:
        return StepState.DONE
    if step_id in situation.skipped:
        return StepState.SKIPPED
    if queued is not None:
        return StepState.SCHEDULED
    if due_by is not None and now > due_by:
        return StepState.OVERDUE
    if now >= due_from:
        return StepState.DUE
    return StepState.UPCOMING


def _queued_at(
    situation: Situation, step_id: str, kind: str, interview_id: int | None, to: str | None
) -> datetime | None:
    """When a queued message fulfils the step: named for it, else of its kind (and person)."""
    named = [q.at for q in situation.queued if q.step_id == step_id]
    if named:
        return min(named)
    loose = [
        q.at
        for q in situation.queued
        if q.step_id is None
        and q.kind == kind
        and (interview_id is None or q.interview_id == interview_id)
        and (to is None or q.to in (to, None))
    ]
    return min(loose) if loose else None


def _first(moments: Iterable[datetime]) -> datetime | None:
    found = sorted(moments)
    return found[0] if found else None
