"""What the draft editor needs that the CLI does not: review unsaved text, keep ignores.

`review_text` reviews what is in the editor with the stored note's context (the same
`stored_context` the send gate uses, at the plan's time), without saving it. Ignoring a
finding stores it with the message (`messages.ignored`, see `review/ignored.py`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from afterword.errors import InvalidInput, NotFound

if TYPE_CHECKING:
    from afterword.config import Config
    from afterword.review.findings import Finding
    from afterword.store.db import Store

# Messages the editor may change, as `afterword edit-message` allows.
EDITABLE = ("draft", "held", "failed", "cancelled")


class StaleDraft(InvalidInput):
    """The note changed (in another tab or window) since this editor opened it."""

    def __init__(self, message_id: int, subject: str | None, body: str) -> None:
        super().__init__(f"note {message_id} was changed in another tab or window since you "
                         "opened it")
        self.message_id, self.subject, self.body = message_id, subject, body


def version(subject: str | None, body: str) -> str:
    """A short fingerprint of the stored text: the editor posts back the one it started from."""
    import hashlib

    return hashlib.sha256(f"{subject or ''}\0{body}".encode()).hexdigest()[:16]


@dataclass
class Reviewed:
    findings: list[Finding]
    ignored: list[dict[str, Any]]
    channel: str


def _message(session: Any, message_id: int) -> Any:
    from afterword.model.record import Message

    message = session.get(Message, message_id)
    if message is None:
        raise NotFound(f"there is no message {message_id}")
    return message


def split_subject(channel: str, subject: str | None, body: str) -> tuple[str | None, str]:
    """The subject as typed (None when empty; always None off e-mail) and the body."""
    if channel != "email":
        return None, body
    return ((subject or "").strip() or None), body


def review_text(store: Store, config: Config, message_id: int, *, subject: str | None,
                body: str, now: datetime) -> Reviewed:
    """Review `subject` and `body` as message `message_id` would be reviewed; nothing is saved."""
    from afterword.review import review
    from afterword.review.message import Message as ReviewMessage
    from afterword.review.service import options_from_config, stored_context

    with store.transaction() as session:
        message = _message(session, message_id)
        context = stored_context(session, message.interview, message.interviewer,
                                 candidate=config.get("profile.name") or None, now=now,
                                 kind=message.kind, config=config,
                                 recipient_name=message.to_name, channel=message.channel)
        subject, body = split_subject(message.channel, subject, body)
        report = review(ReviewMessage(body=body, kind=message.kind, channel=message.channel,
                                      subject=subject, subject_known=True, context=context),
                        options_from_config(config))
        return Reviewed(report.findings, list(message.ignored or []), message.channel)


def set_ignored(store: Store, message_id: int, entry: dict[str, Any], *, ignore: bool) -> None:
    """Add (or with `ignore=False`, remove) one ignored finding of a message."""
    with store.transaction() as session:
        message = _message(session, message_id)
        if message.state not in EDITABLE:
            raise InvalidInput(f"message {message_id} is {message.state}: it can no longer "
                               "be changed")
        current = [e for e in (message.ignored or []) if e != entry]
        # Not an edit of the text: `edited` stays as it was, so drafting again may replace it.
        message.ignored = [*current, entry] if ignore else current


def ignored_of(store: Store, message_id: int) -> list[dict[str, Any]]:
    with store.transaction() as session:
        return list(_message(session, message_id).ignored or [])


def editor_text(channel: str, subject: str | None, body: str) -> str:
    """The text `save_message_text` takes: a "Subject:" first line for e-mail."""
    if channel == "email":
        return f"Subject: {subject or ''}\n\n{body}"
    return body
