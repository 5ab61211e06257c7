"""The stored record (SQLAlchemy 2, typed): applications, their interviews, and the interviewers.

Times are stored in UTC (`UTCDateTime`) beside the IANA zone they were given in, so
SQLite and PostgreSQL give back the same aware datetimes.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Named constraints keep Alembic's batch migrations identical on SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as naive UTC (SQLite keeps no offset), returned aware in UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Application(Base):
    """One job the candidate applied for; interviews are its rounds."""

    __tablename__ = "applications"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    company: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200))
    posting_url: Mapped[str | None] = mapped_column(String(2000))
    status: Mapped[str] = mapped_column(String(20), default="interviewing")
    values: Mapped[str | None] = mapped_column(Text)  # company values or mission, in the user's words
    recruiter_name: Mapped[str | None] = mapped_column(String(200))
    recruiter_email: Mapped[str | None] = mapped_column(String(320))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    interviews: Mapped[list[Interview]] = relationship(
        back_populates="application", cascade="all, delete-orphan", order_by="Interview.starts_at"
    )
    events: Mapped[list[Event]] = relationship(
        back_populates="application", cascade="all, delete-orphan", order_by="Event.at"
    )


class Interview(Base):
    """One round of an application: when, how, what was said, and who was there."""

    __tablename__ = "interviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), index=True
    )
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    timezone: Mapped[str] = mapped_column(String(64))  # IANA name, checked on the way in
    format: Mapped[str | None] = mapped_column(String(20))
    timeframe: Mapped[str | None] = mapped_column(String(200))  # as the interviewer said it
    timeframe_days: Mapped[int | None] = mapped_column(Integer)  # parsed where possible
    topics: Mapped[list[str]] = mapped_column(JSON, default=list)
    # [{"concern": str, "answer": str | None}]
    concerns: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    # [{"answer": str, "addition": str | None}]: answers the candidate wants to improve
    improvements: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    qualifications: Mapped[list[str]] = mapped_column(JSON, default=list)
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)

    application: Mapped[Application] = relationship(back_populates="interviews")
    interviewers: Mapped[list[Interviewer]] = relationship(
        back_populates="interview", cascade="all, delete-orphan", order_by="Interviewer.position"
    )
    messages: Mapped[list[Message]] = relationship(
        back_populates="interview", cascade="all, delete-orphan", order_by="Message.id"
    )


class Interviewer(Base):
    """A person the candidate met, and what was discussed with that person."""

    __tablename__ = "interviewers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    interview_id: Mapped[int] = mapped_column(
        ForeignKey("interviews.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)  # order in the file
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320))
    linkedin: Mapped[str | None] = mapped_column(String(2000))
    channel: Mapped[str] = mapped_column(String(20), default="email")
    timezone: Mapped[str | None] = mapped_column(String(64))
    country: Mapped[str | None] = mapped_column(String(2))  # ISO 3166 alpha-2, for holidays
    point_of_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    topics: Mapped[list[str]] = mapped_column(JSON, default=list)
    rapport: Mapped[str | None] = mapped_column(Text)  # a detail or anecdote shared with them

    interview: Mapped[Interview] = relationship(back_populates="interviewers")


class Message(Base):
    """A note to one person (or a panel) about one interview: drafted, then scheduled and sent.

    `state` is one of `MessageState`; compose writes drafts, later stages move them on.
    """

    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    interview_id: Mapped[int] = mapped_column(
        ForeignKey("interviews.id", ondelete="CASCADE"), index=True
    )
    # None for a note to the whole panel (sent to the point of contact or the recruiter).
    interviewer_id: Mapped[int | None] = mapped_column(
        ForeignKey("interviewers.id", ondelete="SET NULL")
    )
    kind: Mapped[str] = mapped_column(String(20))
    channel: Mapped[str] = mapped_column(String(20))
    angle: Mapped[str | None] = mapped_column(String(20))
    variant: Mapped[int] = mapped_column(Integer, default=0)
    to_name: Mapped[str] = mapped_column(String(200))
    to_email: Mapped[str | None] = mapped_column(String(320))
    cc_email: Mapped[str | None] = mapped_column(String(320))  # the recruiter, when copied
    subject: Mapped[str | None] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(20), default="draft", index=True)
    # Why the draft is not ready, in the user's words ("add a topic you discussed with Priya").
    incomplete: Mapped[list[str]] = mapped_column(JSON, default=list)
    scheduled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    message_id: Mapped[str | None] = mapped_column(String(300))  # RFC 5322 Message-ID
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # Delivery (the outbox): how many tries, the server's last reply, the claim on it.
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    last_reply: Mapped[str | None] = mapped_column(Text)
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Set just before the message data goes to the server: a dispatcher that dies after it
    # may have sent the message, so the message becomes `unknown`, never sent again blindly.
    data_started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    in_reply_to: Mapped[str | None] = mapped_column(String(300))  # threads a follow-up
    override_plan: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    override_review: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # The user changed the text by hand (CLI or web editor): drafting again never replaces it.
    # Explicit, because updated_at > created_at fails under a fixed clock and state changes
    # move updated_at too.
    edited: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # The earlier message to the same person for the same plan step that this one knowingly
    # repeats (`send --repeat-of`); without it, the send guard refuses a second one.
    repeat_of: Mapped[int | None] = mapped_column(Integer)
    # Findings the user chose to ignore for this note: [{"rule", "field", "text"}] (or
    # "whole" for a finding about the whole text); see review/ignored.py. The send gate
    # honours each for that rule and those exact words only.
    ignored: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list,
                                                          server_default="[]")

    interview: Mapped[Interview] = relationship(back_populates="messages")
    interviewer: Mapped[Interviewer | None] = relationship()
    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="message", cascade="all, delete-orphan", order_by="Attachment.id"
    )


class Attachment(Base):
    """A file sent with a message (a portfolio, a writing sample), kept with it until sent."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[int] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str] = mapped_column(String(255))
    mime_type: Mapped[str] = mapped_column(String(100))
    data: Mapped[bytes] = mapped_column(LargeBinary)

    message: Mapped[Message] = relationship(back_populates="attachments")


class Setting(Base):
    """Small facts the program keeps about itself (when a dispatcher last ran)."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Event(Base):
    """Something that happened to an application that the plan must know: a reply, a decision,
    a step let rest, a plan override. Kept as a log, never edited."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), index=True
    )
    interview_id: Mapped[int | None] = mapped_column(
        ForeignKey("interviews.id", ondelete="CASCADE")
    )
    kind: Mapped[str] = mapped_column(String(20))  # reply, status, skip, override
    at: Mapped[datetime] = mapped_column(UTCDateTime)  # when it happened (user may backdate)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)

    application: Mapped[Application] = relationship(back_populates="events")


class CalendarEvent(Base):
    """One event as the last calendar export wrote it, so the next export keeps its UID and
    raises its SEQUENCE only when it changed, and cancels it when its step left the plan."""

    __tablename__ = "calendar_events"

    uid: Mapped[str] = mapped_column(String(255), primary_key=True)
    # No foreign key: a deleted application's events must still go out as cancelled.
    application_id: Mapped[int] = mapped_column(Integer, index=True)
    step_id: Mapped[str] = mapped_column(String(200))  # the plan step it stands for now
    sequence: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(10))  # live, done or ended
    content: Mapped[str] = mapped_column(Text)  # the VEVENT, without DTSTAMP and SEQUENCE
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime)


class InboxReply(Base):
    """A mail `afterword inbox` found that answers a note: a reply, an automatic reply or a
    bounce. Only what the user sees is kept (date, sender, subject, kind, a short excerpt);
    nothing else of the mailbox. The reply's own Message-ID is the key, so reading the same
    mail again (another folder, a reset UIDVALIDITY) records nothing twice."""

    __tablename__ = "inbox_replies"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(300), unique=True)  # its Message-ID
    folder: Mapped[str] = mapped_column(String(200))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)  # the server's INTERNALDATE
    from_name: Mapped[str | None] = mapped_column(String(200))
    from_email: Mapped[str] = mapped_column(String(320))
    subject: Mapped[str | None] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20))  # reply, rejection, scheduling, offer, auto-reply, bounce
    corrected: Mapped[bool] = mapped_column(Boolean, default=False)  # the user set `kind`
    cues: Mapped[list[str]] = mapped_column(JSON, default=list)  # the words that decided it
    timeframe: Mapped[str | None] = mapped_column(String(200))  # "next week", as they wrote it
    excerpt: Mapped[str | None] = mapped_column(Text)  # the start of their new text
    # How it was tied to a note: thread (In-Reply-To/References), sender, recruiter, domain,
    # bounce; `interview_id` None while several applications could be meant.
    matched_by: Mapped[str] = mapped_column(String(20))
    message_id: Mapped[int | None] = mapped_column(
        ForeignKey("messages.id", ondelete="SET NULL"))  # the note it answers, when known
    interview_id: Mapped[int | None] = mapped_column(
        ForeignKey("interviews.id", ondelete="CASCADE"), index=True)
    candidates: Mapped[list[int]] = mapped_column(JSON, default=list)  # interview ids to ask about
    # proposed (waits for the user), applied, dismissed, noted (nothing to do)
    state: Mapped[str] = mapped_column(String(20), index=True)
    proposal: Mapped[str | None] = mapped_column(String(20))  # a status to set: rejected, offer
    changes: Mapped[list[str]] = mapped_column(JSON, default=list)  # what it changed, in words
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class InboxFolder(Base):
    """How far `afterword inbox` has read one folder: UIDVALIDITY and the last UID seen, so a
    later run fetches only newer mail (and everything again if the server renumbered)."""

    __tablename__ = "inbox_folders"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account: Mapped[str] = mapped_column(String(400))  # user@host:port
    folder: Mapped[str] = mapped_column(String(200))
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    last_uid: Mapped[int] = mapped_column(BigInteger)
    checked_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __table_args__ = (UniqueConstraint("account", "folder"),)
