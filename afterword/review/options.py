"""What the user configured about the review: rules on or off, severities, a personal dictionary."""

from __future__ import annotations

from dataclasses import dataclass, field

from afterword.review.findings import Severity


@dataclass(frozen=True, slots=True)
class ReviewOptions:
    """`select` (None: every rule) and `ignore` are rule ids; `severity` maps ids to a severity."""

    select: frozenset[str] | None = None
    ignore: frozenset[str] = frozenset()
    severity: dict[str, Severity] = field(default_factory=dict)
    dictionary: tuple[str, ...] = ()

    def enabled(self, rule_id: str) -> bool:
        if rule_id in self.ignore:
            return False
        return self.select is None or rule_id in self.select
