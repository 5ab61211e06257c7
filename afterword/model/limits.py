"""How long each kind of text field may be: one place for interview files, the CLI and the web.

The sizes match the columns in `record.py` (a longer value would fail on PostgreSQL) and
keep every page quick: a 260,000-character note took seconds to review and to show.
A value stored before these limits is kept whole; it is refused only when saved again,
with a sentence naming the field.
"""

from __future__ import annotations

LINE = 200  # a name, title, company, role, topic, qualification, timeframe
URL = 2_000  # a posting or LinkedIn address
TEXT = 5_000  # free text: values, answers, notes, rapport
SUBJECT = 300  # an e-mail subject
BODY = 20_000  # a note: a thank-you note is 50 to 200 words, this is a hundred times that


def too_long(value: str, limit: int) -> str | None:
    """Why `value` does not fit in `limit` characters, or None when it does."""
    if len(value) <= limit:
        return None
    return (f"is {len(value):,} characters long; at most {limit:,} fit here, "
            "so shorten it")
