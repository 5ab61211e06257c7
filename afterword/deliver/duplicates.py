"""The send guard against doubles: another message already sent, or on its way, for the same plan step.

A plan step is one thank-you per person per interview, the next follow-up of the
application, or its one rejection reply. A message that failed, was held, cancelled or
never left the drafts did not reach anyone, so it never counts.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from afterword.model.enums import MessageKind, MessageState

if TYPE_CHECKING:
    from afterword.model.record import Message

# A message in one of these states has reached the person, is about to, or may have
# (`unknown`): a second one for the same step would be a double.
GONE_OR_GOING = (MessageState.SENT, MessageState.QUEUED, MessageState.SENDING,
                 MessageState.UNKNOWN)
# At the moment of sending, a queued sibling has not gone yet: whichever is sent first wins.
GONE = (MessageState.SENT, MessageState.SENDING, MessageState.UNKNOWN)
_NEVER = datetime.max.replace(tzinfo=UTC)


def _same_person(a: Message, b: Message) -> bool:
    if a.interviewer_id is not None and a.interviewer_id == b.interviewer_id:
        return True
    return bool(a.to_email and b.to_email and a.to_email.casefold() == b.to_email.casefold())


def earlier_for_step(message: Message, states: tuple[MessageState, ...] = GONE_OR_GOING
                     ) -> list[Message]:
    """Other messages for the plan step `message` would fill, in `states`, oldest first.

    Follow-ups: only one still on its way counts. A follow-up already sent moved the plan on
    to the next step (the plan's second follow-up), which the timing guard spaces a week
    after it.
    """
    kind = message.kind
    if kind == MessageKind.THANK_YOU:
        pool = [m for m in message.interview.messages
                if m.kind == kind and _same_person(m, message)]
    elif kind in (MessageKind.FOLLOW_UP, MessageKind.REJECTION_REPLY):
        app = message.interview.application
        pool = [m for iv in app.interviews for m in iv.messages if m.kind == kind]
        if kind == MessageKind.FOLLOW_UP:
            states = tuple(s for s in states if s != MessageState.SENT)
    else:
        return []  # a networking note fills no plan step
    found = [m for m in pool if m.id != message.id and m.state in states]
    return sorted(found, key=lambda m: moment(m) or _NEVER)


def moment(m: Message) -> datetime | None:
    """When `m` went, goes, or was handed over (None: never queued)."""
    return m.sent_at or m.data_started_at or m.claimed_at or m.scheduled_at


def describe(m: Message, home: str, locale: str | None = None) -> str:
    """One earlier message, for the refusal: which, to whom, and when it went (or goes)."""
    from afterword.dates import zoned_moment
    from afterword.timezones import zone

    at_ = moment(m)
    at = zoned_moment(at_.astimezone(zone(home)), locale) if at_ else "a time unknown"
    what = {
        MessageState.SENT: f"sent {at}",
        MessageState.QUEUED: f"queued for {at}",
        MessageState.SENDING: f"being sent since {at}",
        MessageState.UNKNOWN: f"may have gone out {at} (its delivery is unknown)",
    }.get(MessageState(m.state), str(m.state))
    subject = f', "{m.subject}"' if m.subject else ""
    return f"message {m.id} ({m.kind} to {m.to_name}{subject}), {what}"
