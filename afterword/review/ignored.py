"""Findings the user chose to ignore for one note: a rule and the exact words it flagged.

An ignore holds for that rule and that text only: edit the words and the finding comes
back. A finding about the whole note (no span) is tied to the whole text of its field.
Stored with the message (`messages.ignored`); the send gate and the web app both ask
`is_ignored`, so they never disagree.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

from afterword.review.findings import Finding


def _field_text(finding: Finding, body: str, subject: str | None) -> str:
    return (subject or "") if finding.field == "subject" else body


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def entry(finding: Finding, body: str, subject: str | None) -> dict[str, Any]:
    """What to store to ignore `finding` in this text."""
    text = _field_text(finding, body, subject)
    if finding.start is None or finding.end is None:
        return {"rule": finding.rule, "field": finding.field, "whole": _digest(text)}
    return {"rule": finding.rule, "field": finding.field, "text": text[finding.start:finding.end]}


def is_ignored(finding: Finding, body: str, subject: str | None,
               ignored: Iterable[dict[str, Any]]) -> bool:
    """True when the user ignored this rule for exactly these words (or this whole text)."""
    mine = entry(finding, body, subject)
    return any(all(stored.get(k) == v for k, v in mine.items()) and len(stored) == len(mine)
               for stored in ignored)
