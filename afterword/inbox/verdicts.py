"""What reading a mail finds: an automatic reply, a bounce, a reply's kind and its cues."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

Kind = Literal["reply", "rejection", "scheduling", "offer"]
"""What a person's reply says: a plain answer, a no, a next round, or an offer."""

KINDS: tuple[Kind, ...] = ("reply", "rejection", "scheduling", "offer")

EXCERPT_CHARS = 280
"""The excerpt kept of a reply: about two sentences, enough for the user to recognise it."""


@dataclass(frozen=True, slots=True)
class AutoReply:
    """An automatic reply (out of office, vacation, "we received your mail").

    `reason` says what gave it away, for the user ("header Auto-Submitted: auto-replied",
    "subject 'Automatic reply: ...'"); `returns_on` is the day the sender says they are back,
    read from the text relative to the mail's date, and `returns_said` the words it was read from.
    """

    reason: str
    returns_on: date | None = None
    returns_said: str | None = None


@dataclass(frozen=True, slots=True)
class Bounce:
    """A delivery status notification: the note did not arrive (or not yet).

    `failed` is True for a permanent failure (the note will not arrive; mark it failed) and
    False for a delay warning (the server is still trying). `status` is the RFC 3463 code
    ("5.1.1") when the report gives one, `diagnostic` the receiving server's own words, and
    `reason` the cause in plain words for the user ("the address does not exist").
    `original_message_id` is the Message-ID of the note that bounced, with angle brackets,
    when the report quotes it.
    """

    failed: bool
    reason: str
    recipient: str | None = None
    status: str | None = None
    diagnostic: str | None = None
    original_message_id: str | None = None


@dataclass(frozen=True, slots=True)
class Cue:
    """One phrase that decided (or weighed on) a classification, as it stands in the text."""

    kind: str  # "rejection", "offer", "scheduling", "invitation", "hedge" or "timeframe"
    words: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Classification:
    """What a reply says: its kind, the cues found, and the stated timeframe if any.

    `timeframe` is the phrase that says when they will get back ("we will get back to you
    next week"), to be resolved with afterword.model.timeframe.resolve_timeframe against the
    day the mail was received.
    """

    kind: Kind
    cues: tuple[Cue, ...] = ()
    timeframe: str | None = None


@dataclass(frozen=True, slots=True)
class MailReading:
    """Everything this module reads in one mail, in the order it should be acted on.

    At most one of `bounce`, `auto_reply` and `bulk` decides what the mail is; when none does,
    it is a person's reply and `classification` says what kind.
    """

    bounce: Bounce | None
    auto_reply: AutoReply | None
    bulk: bool
    text: str
    classification: Classification | None
    invitation: bytes | None
    excerpt: str
