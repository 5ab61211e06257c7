"""Severities, hits (what a rule yields), findings (what the engine reports) and the score."""

from __future__ import annotations

from enum import StrEnum
from typing import Any, NamedTuple


class Severity(StrEnum):
    """How much a finding matters; users may change a rule's severity."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {Severity.INFO: 1, Severity.WARNING: 2, Severity.ERROR: 3}

# The family whose findings are advice about when to send, not about what the note says: they
# are reported, but count neither in the score nor against a draft being ready.
TIMING = "timing"

# What a finding costs out of 100. An error sinks a note, so one error alone
# already drops the score to 75; ten infos cost what one error does.
SCORE_COST = {Severity.ERROR: 25, Severity.WARNING: 8, Severity.INFO: 2}


class Hit(NamedTuple):
    """What a rule says: where (a code-point span, or None for the whole message) and why.

    `severity` lets a rule raise its own default where the spec says so (`sent-late`
    past 48 hours); a severity the user configured replaces it.
    """

    span: tuple[int, int] | None
    message: str
    suggestion: str | None = None
    replacement: str | None = None
    field: str = "body"  # or "subject"
    severity: Severity | None = None


class Finding(NamedTuple):
    """One problem in one message, in the spec's output shape."""

    rule: str
    severity: Severity
    message: str
    start: int | None = None
    end: int | None = None
    suggestion: str | None = None
    replacement: str | None = None
    field: str = "body"
    # The rule's family (set by the engine; not part of the output contract).
    family: str | None = None

    @property
    def advice(self) -> bool:
        """Whether this is advice about when to send (a timing rule), not about the text."""
        return self.family == TIMING

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"rule": self.rule, "severity": str(self.severity)}
        if self.start is not None and self.end is not None:
            out["start"] = self.start
            out["end"] = self.end
        if self.field != "body":
            out["field"] = self.field
        out["message"] = self.message
        if self.suggestion is not None:
            out["suggestion"] = self.suggestion
        if self.replacement is not None:
            out["replacement"] = self.replacement
        return out


def score(findings: list[Finding]) -> int:
    """0-100, 100 meaning nothing to improve in the text; errors cost more than warnings,
    warnings more than infos. Advice about when to send (timing findings) costs nothing."""
    return max(0, 100 - sum(SCORE_COST[f.severity] for f in findings if not f.advice))


def ready(findings: list[Finding]) -> bool:
    """Whether the text is ready to send: no warning or error but timing advice."""
    return not any(f.severity.rank >= Severity.WARNING.rank and not f.advice for f in findings)


class Report:
    """The review of one message: its findings (in text order) and its score.

    A plain class where a dataclass would do the same: creating a dataclass costs about half
    a millisecond at import, paid by every `afterword review FILE`.
    """

    __slots__ = ("id", "findings")

    def __init__(self, id: str | None, findings: list[Finding] | None = None) -> None:  # noqa: A002
        self.id = id
        self.findings: list[Finding] = [] if findings is None else findings

    def __repr__(self) -> str:
        return f"Report(id={self.id!r}, findings={self.findings!r})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Report)
        return (self.id, self.findings) == (other.id, other.findings)

    __hash__ = None  # type: ignore[assignment]  # mutable, as the dataclass was

    @property
    def score(self) -> int:
        return score(self.findings)

    @property
    def ready(self) -> bool:
        """No warning or error about the text (timing advice aside); see `ready`."""
        return ready(self.findings)

    @property
    def advice(self) -> list[Finding]:
        """The findings about when to send, shown beside the score and not counted in it."""
        return [f for f in self.findings if f.advice]

    def reaches(self, severity: Severity) -> bool:
        """True when any finding is at or above `severity`."""
        return any(f.severity.rank >= severity.rank for f in self.findings)

    def rules(self) -> set[str]:
        return {f.rule for f in self.findings}

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "score": self.score,
            "findings": [f.to_dict() for f in self.findings],
        }
