"""The fixed vocabularies every stage speaks: statuses, formats, channels, message and step states."""

from __future__ import annotations

from enum import StrEnum


class ApplicationStatus(StrEnum):
    APPLIED = "applied"
    INTERVIEWING = "interviewing"
    OFFER = "offer"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


class InterviewFormat(StrEnum):
    PHONE = "phone"
    VIDEO = "video"
    ONSITE = "onsite"
    PANEL = "panel"


class Channel(StrEnum):
    EMAIL = "email"
    HANDWRITTEN = "handwritten"
    LINKEDIN_MESSAGE = "linkedin-message"
    LINKEDIN_INVITE = "linkedin-invite"


class MessageKind(StrEnum):
    THANK_YOU = "thank-you"
    FOLLOW_UP = "follow-up"
    REJECTION_REPLY = "rejection-reply"
    NETWORKING = "networking"


class MessageState(StrEnum):
    """Where a message is on its way out.

    `unknown`: the server may or may not have taken it; the user must confirm.
    `held`: the review stopped it at send time.
    """

    DRAFT = "draft"
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    UNKNOWN = "unknown"
    HELD = "held"
    CANCELLED = "cancelled"


class StepState(StrEnum):
    """Where a planned step (a note to send, a follow-up) stands."""

    UPCOMING = "upcoming"
    DUE = "due"
    OVERDUE = "overdue"
    SCHEDULED = "scheduled"
    DONE = "done"
    SKIPPED = "skipped"
    PAUSED = "paused"


def values(enum: type[StrEnum]) -> list[str]:
    return [str(member) for member in enum]
