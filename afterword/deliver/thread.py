"""A follow-up in the thank-you's thread: In-Reply-To and References name the thank-you's
Message-ID, and the subject is the thank-you's with "Re:".

Apple Mail, Thunderbird and Outlook thread by the headers. Gmail also needs the subject to
match (a leading "Re:" aside): a follow-up with a subject of its own starts a new
conversation in the interviewer's inbox, whatever its headers say.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from afterword.model.enums import MessageKind, MessageState

if TYPE_CHECKING:
    from afterword.model.record import Message

_REPLY_PREFIX = re.compile(r"^\s*(?:(?:re|aw|sv|antw)\s*:\s*)+", re.IGNORECASE)


def parent(message: Message) -> Message | None:
    """The thank-you a follow-up replies to: the latest sent to the same person (else to
    anyone at the application, for the headers only); None for other kinds."""
    if message.kind != MessageKind.FOLLOW_UP:
        return None
    app = message.interview.application
    sent = [m for iv in app.interviews for m in iv.messages
            if m.kind == MessageKind.THANK_YOU and m.state == MessageState.SENT and m.message_id
            and m.sent_at is not None]
    same = [m for m in sent if m.to_email and message.to_email
            and m.to_email.casefold() == message.to_email.casefold()]
    chosen = same or sent
    return max(chosen, key=lambda m: m.sent_at or datetime.min.replace(tzinfo=UTC)) \
        if chosen else None


def reply_subject(subject: str) -> str:
    """ "Re: " and the subject, once however many "Re:" it already has."""
    return "Re: " + _REPLY_PREFIX.sub("", subject)


def join(message: Message) -> str | None:
    """Set a follow-up's threading headers (and, for a thank-you to the same person, its
    subject) from its parent; returns the new subject when it changed, to tell the user."""
    found = parent(message)
    message.in_reply_to = found.message_id if found else None
    if found is None or not found.subject or found.to_email is None \
            or (message.to_email or "").casefold() != found.to_email.casefold():
        return None
    subject = reply_subject(found.subject)
    if subject == message.subject:
        return None
    message.subject = subject
    return subject
