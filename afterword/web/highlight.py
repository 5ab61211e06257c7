"""A review as the pages show it: the text cut into plain and marked pieces, and the findings.

Only cuts and labels what the review found; every piece is text that the templates
escape. A finding's `key` names it in a form ("accept", "ignore") by rule, field and span.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from afterword.review.findings import Finding, ready, score


@dataclass
class Shown:
    """One finding, numbered as listed, with the words it is about."""

    number: int
    finding: Finding
    words: str
    key: str
    ignored: bool = False
    entry: str = ""  # for an ignored finding: what is stored, to restore it

    @property
    def where(self) -> str:
        if self.finding.field == "subject":
            return "subject"
        return "whole note" if self.finding.start is None else "in the note"


@dataclass
class Piece:
    text: str
    number: int | None = None  # the finding it marks
    severity: str | None = None


@dataclass
class View:
    """What the page shows for a review: pieces of the body, findings, score."""

    pieces: list[Piece]
    findings: list[Shown]
    ignored: list[Shown] = field(default_factory=list)
    unfinished: bool = False  # the draft still lacks something from the record

    @property
    def text(self) -> list[Shown]:
        """The findings about what the note says: counted in the score and in readiness."""
        return [s for s in self.findings if not s.finding.advice]

    @property
    def advice(self) -> list[Shown]:
        """The findings about when to send (timing): shown beside the score, not counted."""
        return [s for s in self.findings if s.finding.advice]

    @property
    def score(self) -> int:
        return score([s.finding for s in self.findings])

    @property
    def counts(self) -> dict[str, int]:
        out = {"error": 0, "warning": 0, "info": 0}
        for s in self.text:
            out[str(s.finding.severity)] += 1
        return out

    @property
    def ready(self) -> bool:
        """Ready to send: no error or warning about the text, and nothing left to finish."""
        return ready([s.finding for s in self.findings]) and not self.unfinished


def key_of(finding: Finding) -> str:
    return json.dumps([finding.rule, finding.field, finding.start, finding.end])


def parse_key(key: str) -> tuple[str, str, int | None, int | None] | None:
    try:
        rule, field_name, start, end = json.loads(key)
    except (ValueError, TypeError):
        return None
    if not isinstance(rule, str) or field_name not in ("body", "subject"):
        return None
    if not all(v is None or isinstance(v, int) for v in (start, end)):
        return None
    return rule, field_name, start, end


def find(findings: list[Finding], key: str) -> Finding | None:
    """The finding a form named: same rule and field, the nearest span (text may have moved)."""
    parsed = parse_key(key)
    if parsed is None:
        return None
    rule, field_name, start, _ = parsed
    same = [f for f in findings if f.rule == rule and f.field == field_name]
    if not same:
        return None
    return min(same, key=lambda f: abs((f.start or 0) - (start or 0)))


def view(findings: list[Finding], body: str, subject: str | None,
         ignored: list[dict[str, Any]] | None = None, *, unfinished: bool = False) -> View:
    """Number the findings, split off the ignored ones, and cut the body for highlighting."""
    from afterword.review.ignored import is_ignored

    active: list[Shown] = []
    skipped: list[Shown] = []
    for finding in findings:
        text = (subject or "") if finding.field == "subject" else body
        words = text[finding.start:finding.end] if finding.start is not None else ""
        shown = Shown(0, finding, words, key_of(finding))
        if ignored and is_ignored(finding, body, subject, ignored):
            from afterword.review.ignored import entry

            shown.ignored = True
            shown.entry = json.dumps(entry(finding, body, subject))
            skipped.append(shown)
        else:
            active.append(shown)
    for number, shown in enumerate(active, start=1):
        shown.number = number
    return View(pieces(body, active), active, skipped, unfinished)


def pieces(body: str, shown: list[Shown]) -> list[Piece]:
    """The body cut at the findings' spans; an overlapping span yields to the earlier one."""
    spans = sorted((s for s in shown if s.finding.field == "body" and s.finding.start is not None
                    and s.finding.end is not None and s.finding.end > s.finding.start),
                   key=lambda s: (s.finding.start, -(s.finding.end or 0)))
    out: list[Piece] = []
    at = 0
    for s in spans:
        start, end = s.finding.start or 0, s.finding.end or 0
        if start < at or end > len(body):
            continue
        if start > at:
            out.append(Piece(body[at:start]))
        out.append(Piece(body[start:end], s.number, str(s.finding.severity)))
        at = end
    out.append(Piece(body[at:]))
    return out
