"""The send guard (pure): does the plan allow this message at this moment? If not, why, and from when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from afterword.dates import long_day
from afterword.model.enums import ApplicationStatus, MessageKind
from afterword.plan.schedule import FOLLOW_UP_WAIT, MAX_FOLLOW_UPS, THANK_YOU_WINDOW
from afterword.plan.situation import OPEN, Round, Situation, contact, current_cycle, recipient_zone
from afterword.plan.working_time import day_text, later, place, span_text, when_text
from afterword.timezones import zone

_CLOSED = {
    ApplicationStatus.OFFER: "You have an offer for this role, so there is nothing left to "
    "follow up on; reply to the offer instead.",
    ApplicationStatus.REJECTED: "This application was turned down, so a follow-up would not "
    "help; a short, gracious reply to the rejection is the better note.",
    ApplicationStatus.WITHDRAWN: "You withdrew from this application, so there is nothing "
    "to follow up on.",
}


@dataclass(frozen=True, slots=True)
class Verdict:
    """The guard's answer.

    `allowed`: whether the plan allows it. `reason`: why not, in a plain sentence; on an
    allowed send, an optional gentle remark (a late thank-you, a follow-up to someone
    other than the contact). `fine_from`: when refused, the first moment it would be
    fine, or None when no date will do (a third follow-up, a closed application).
    """

    allowed: bool
    reason: str | None = None
    fine_from: datetime | None = None


def check_send(
    situation: Situation,
    kind: str,
    to_key: str | None,
    at: datetime,
    *,
    interview_id: int | None = None,
) -> Verdict:
    """May a message of `kind` to `to_key` go out at `at`, by the plan?

    Follow-ups are refused before the plan allows them (the stated timeframe counted from
    the interview's end or from the last reply that gave one; else a week after the last
    message or reply; in any case a week after the previous follow-up), as a third one
    since the last reply, and on a closed application. Thank-you notes are never refused:
    a late note beats none. Other kinds are always allowed.

    Only what happened before `at` counts, so a message recorded afterwards (mark-sent
    with an earlier date) is judged as of its own time; the message being checked must
    not be among `situation.sent` with an earlier time.
    """
    if kind == MessageKind.FOLLOW_UP:
        return _follow_up(situation, to_key, at)
    if kind == MessageKind.THANK_YOU:
        return _thank_you(situation, to_key, at, interview_id)
    return Verdict(True)


def _follow_up(situation: Situation, to_key: str | None, at: datetime) -> Verdict:
    if situation.status not in OPEN and (situation.status_at is None or situation.status_at <= at):
        return Verdict(False, _CLOSED[situation.status])
    cycle = current_cycle(situation, before=at)
    if cycle is None:
        return Verdict(True)
    person = contact(situation)
    tz = recipient_zone(person, cycle.round)
    since = "their last reply" if cycle.reply else "the interview"
    follow_ups = cycle.follow_ups
    if len(follow_ups) >= MAX_FOLLOW_UPS:
        return Verdict(
            False,
            f"You have already followed up twice since {since} with no answer; a third "
            "follow-up starts to feel like pressure, so let it rest unless they reply.",
        )
    if cycle.reply is not None and cycle.decision_by is None and follow_ups:
        return Verdict(
            False,
            "They replied without a timeframe and you have checked in once since; let it "
            "rest unless they write again.",
        )
    limits: list[tuple[datetime, str]] = []
    locale = situation.locale
    decision_by = cycle.decision_by
    if decision_by is not None:
        # Fine from the day after the deadline on their clock, as the plan suggests.
        ends = max(datetime.combine(decision_by + timedelta(days=1), time(0), tzinfo=zone(tz)),
                   cycle.start)
        limits.append(
            (
                ends,
                f"They expected to decide by {long_day(decision_by, locale)}, so a follow-up "
                f"before {day_text(ends, tz, locale)} ({place(tz)} time) would come too soon.",
            )
        )
    elif cycle.reply is not None and not cycle.sent:
        ends = later(cycle.start, situation.reply_pause)
        limits.append(
            (
                ends,
                f"Their last reply gave no new timeframe, so give them "
                f"{span_text(situation.reply_pause.days)} before one gentle check-in; a "
                f"follow-up before {when_text(ends, tz, locale)} ({place(tz)} time) would come "
                "too soon.",
            )
        )
    else:
        base = max([cycle.start, *(m.at for m in cycle.sent)])
        ends = later(base, FOLLOW_UP_WAIT)
        if cycle.sent:
            wait = "give them a week after your last message"
        else:
            wait = "give them a week after the interview"
        if cycle.reply:
            opening = "Their last reply gave no new timeframe"
        elif cycle.deadline is not None:  # stated, but no date could be read in it
            opening = (f"Afterword could not read a date in \u201c{cycle.deadline.said}\u201d, "
                       "so it assumes none")
        else:
            opening = "No timeframe was given"
        limits.append(
            (
                ends,
                f"{opening}, so {wait}; a follow-up before {when_text(ends, tz, locale)} "
                f"({place(tz)} time) would come too soon.",
            )
        )
    if follow_ups:
        ends = later(follow_ups[-1].at, FOLLOW_UP_WAIT)
        limits.append(
            (
                ends,
                "Leave at least a week between follow-ups; the next one is fine from "
                f"{when_text(ends, tz, locale)} ({place(tz)} time).",
            )
        )
    fine_from, reason = max(limits, key=lambda limit: limit[0])
    if at < fine_from:
        return Verdict(False, reason, fine_from)
    if person is not None and to_key is not None and to_key != person.key:
        return Verdict(True, f"Follow-ups usually go to your point of contact, {person.name}.")
    return Verdict(True)


def _thank_you(
    situation: Situation, to_key: str | None, at: datetime, interview_id: int | None
) -> Verdict:
    rnd = _round_for(situation, to_key, at, interview_id)
    if rnd is None:
        return Verdict(True)
    if at < rnd.end:
        return Verdict(True, "This note would go out before the interview has ended.")
    if at > later(rnd.end, THANK_YOU_WINDOW):
        return Verdict(
            True, "This note goes out after the 24-hour window, but a late note still beats none."
        )
    return Verdict(True)


def _round_for(
    situation: Situation, to_key: str | None, at: datetime, interview_id: int | None
) -> Round | None:
    """The interview a thank-you is for: the one named, else the latest (before `at`) with that person."""
    rounds = sorted(situation.rounds, key=lambda r: r.end)
    if interview_id is not None:
        return next((r for r in rounds if r.interview_id == interview_id), None)
    theirs = [r for r in rounds if any(p.key == to_key for p in r.recipients)] or rounds
    before = [r for r in theirs if r.end <= at]
    if before:
        return before[-1]
    return theirs[-1] if theirs else None
