"""A message and its context, as plain typed values: what a note is read with.

These are the review's input (the spec's contract; `afterword.review.message` names the same
classes); parsing JSON into them, with clear errors, lives in `review/contract.py`. The
language layer and the review only read them.

They are named tuples (immutable; `value._replace(field=...)` makes a changed copy), not
dataclasses: creating a dataclass costs about half a millisecond at import, and with the
review's other value types (`Span`, `Hit`, `Finding`, ...) that was a tenth of the CPU time
of `afterword review FILE`.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import NamedTuple

KINDS = ("thank-you", "follow-up", "rejection-reply", "networking")
CHANNELS = ("email", "handwritten", "linkedin-message", "linkedin-invite")


class Recipient(NamedTuple):
    name: str
    title: str | None = None


class Previous(NamedTuple):
    """A message sent earlier in the same process (for the timing rules); with `to` and
    `body`, `duplicate-note` also compares it with the note."""

    kind: str
    sent_at: datetime
    replied: bool = False
    to: str | None = None  # the recipient's name
    body: str | None = None


class Context(NamedTuple):
    """What the reviewer knows around a message; every field is optional.

    A rule that needs a missing field is skipped: no guessing at names it cannot know.
    """

    candidate: str | None = None
    recipient: Recipient | None = None
    company: str | None = None
    role: str | None = None
    topics: tuple[str, ...] = ()
    concerns: tuple[str, ...] = ()
    interview_end: datetime | None = None
    sent_at: datetime | None = None
    recipient_timezone: str | None = None  # IANA name
    stated_timeframe_days: int | None = None
    decision_by: date | None = None  # the stated timeframe resolved; wins over the days
    previous: tuple[Previous, ...] | None = None  # None: unknown; () known to be none
    other_companies: tuple[str, ...] = ()
    other_roles: tuple[str, ...] = ()
    siblings: tuple[str, ...] = ()
    dictionary: tuple[str, ...] = ()
    locale: str | None = None  # how the findings write dates ("en_US"); None: dates.DEFAULT_LOCALE

    def has(self, name: str) -> bool:
        """True when the context field `name` is present (non-empty)."""
        value = getattr(self, name)
        if value is None:
            return False
        if isinstance(value, (tuple, str)) and name != "previous":
            return len(value) > 0
        return True


class Message(NamedTuple):
    """One message to review.

    `subject` None means "no subject" when `subject_known` is true; a plain text file
    reviewed without `--subject` has an unknown subject, and the subject rules stay silent.
    """

    body: str
    kind: str = "thank-you"
    channel: str = "email"
    subject: str | None = None
    subject_known: bool = True
    id: str | None = None
    context: Context = Context()
