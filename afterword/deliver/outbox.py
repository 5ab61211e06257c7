"""The outbox's moves, each a short transaction: claim, recover, settle. Safe with several
dispatchers at once on SQLite and PostgreSQL: a claim is a conditional update that only
one of them can win."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select, update

from afterword.model.enums import MessageState
from afterword.model.record import Message, Setting

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from afterword.store.db import Store

# A dispatcher holds a claimed message at most this long; past it, it is presumed dead.
LEASE = timedelta(minutes=10)
# Waits between tries after a temporary failure; after the last, the message fails.
BACKOFF = (timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=15),
           timedelta(hours=1))
MAX_ATTEMPTS = len(BACKOFF) + 1
LAST_RUN = "dispatcher.last_run"


def due_ids(session: Session, now: datetime, only: list[int] | None = None,
            limit: int = 50) -> list[int]:
    """Queued messages whose time has come, oldest first."""
    query = (select(Message.id).where(Message.state == MessageState.QUEUED)
             .where(Message.scheduled_at <= now).order_by(Message.scheduled_at, Message.id)
             .limit(limit))
    if only is not None:
        query = query.where(Message.id.in_(only))
    return list(session.scalars(query))


def claim(store: Store, message_id: int, now: datetime) -> bool:
    """Take a queued message whose time has come for sending; False when another dispatcher
    got it first, or it is no longer due (deferred for a retry, or cancelled and queued again
    for later since the caller read the due list)."""
    with store.transaction() as session:
        result = session.execute(
            update(Message)
            .where(Message.id == message_id, Message.state == MessageState.QUEUED,
                   Message.scheduled_at <= now)
            .values(state=MessageState.SENDING, claimed_at=now, data_started_at=None,
                    attempts=Message.attempts + 1, updated_at=now)
            .execution_options(synchronize_session=False)
        )
        return bool(result.rowcount == 1)  # type: ignore[attr-defined]


def mark_data_started(store: Store, message_id: int, now: datetime) -> None:
    """Committed just before the message data goes to the server (see `Message`)."""
    with store.transaction() as session:
        session.execute(update(Message).where(Message.id == message_id)
                        .values(data_started_at=now)
                        .execution_options(synchronize_session=False))


def settle(store: Store, message_id: int, state: MessageState, now: datetime, *,
           reply: str | None, retry_at: datetime | None = None) -> None:
    """Move a claimed message to its outcome."""
    values: dict[str, object] = {"state": state, "last_reply": reply, "updated_at": now,
                                 "claimed_at": None}
    if state == MessageState.SENT:
        values["sent_at"] = now
    if state == MessageState.QUEUED and retry_at is not None:
        values["scheduled_at"] = retry_at
        values["data_started_at"] = None
    with store.transaction() as session:
        session.execute(update(Message)
                        .where(Message.id == message_id, Message.state == MessageState.SENDING)
                        .values(**values).execution_options(synchronize_session=False))


def retry_time(attempts: int, now: datetime) -> datetime | None:
    """When to try again after `attempts` tries, or None when it is time to give up."""
    if attempts >= MAX_ATTEMPTS:
        return None
    return now + BACKOFF[max(0, attempts - 1)]


def recover(store: Store, now: datetime) -> dict[str, int]:
    """Messages left `sending` by a dispatcher that died: back to the queue if their data
    never went out, else `unknown` for the user to confirm. Never sent again blindly."""
    stale = now - LEASE
    with store.transaction() as session:
        requeued = session.execute(
            update(Message)
            .where(Message.state == MessageState.SENDING, Message.claimed_at < stale,
                   Message.data_started_at.is_(None))
            .values(state=MessageState.QUEUED, claimed_at=None, updated_at=now,
                    last_reply="the dispatcher stopped before sending; queued again")
            .execution_options(synchronize_session=False)
        ).rowcount  # type: ignore[attr-defined]
        unknown = session.execute(
            update(Message)
            .where(Message.state == MessageState.SENDING, Message.claimed_at < stale,
                   Message.data_started_at.is_not(None))
            .values(state=MessageState.UNKNOWN, claimed_at=None, updated_at=now,
                    last_reply="the dispatcher stopped while sending: it may have been sent")
            .execution_options(synchronize_session=False)
        ).rowcount  # type: ignore[attr-defined]
    return {"requeued": requeued, "unknown": unknown}


def record_run(store: Store, now: datetime) -> None:
    """Note that a dispatcher ran (so `send` can tell whether one is running)."""
    from sqlalchemy.dialects import postgresql, sqlite

    with store.transaction() as session:
        # One statement, "insert or update": two dispatchers starting at the same moment
        # both write it, and neither fails on the other's row.
        dialect = session.get_bind().dialect.name
        insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        statement = insert(Setting).values(key=LAST_RUN, value=now.isoformat())
        session.execute(statement.on_conflict_do_update(
            index_elements=[Setting.key], set_={"value": statement.excluded.value}))


def last_run(store: Store) -> datetime | None:
    with store.transaction() as session:
        row = session.get(Setting, LAST_RUN)
        return datetime.fromisoformat(row.value) if row else None
