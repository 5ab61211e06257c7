"""What the timing rules read from `previous`: the messages since the last recorded reply."""

from __future__ import annotations

from datetime import datetime

from afterword.review.message import Previous


def earlier(previous: tuple[Previous, ...] | None, sent: datetime | None) -> list[Previous]:
    """The previous messages sent before `sent` (all of them when `sent` is unknown), in order."""
    found = [p for p in previous or () if sent is None or p.sent_at < sent]
    return sorted(found, key=lambda p: p.sent_at)


def since_last_reply(messages: list[Previous]) -> list[Previous]:
    """The messages after the last one that got a reply: a reply starts the count afresh."""
    replied = [i for i, p in enumerate(messages) if p.replied]
    return messages[replied[-1] + 1 :] if replied else list(messages)
