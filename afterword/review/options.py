"""What the user configured about the review: rules on or off, severities, a personal dictionary."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

from afterword.review.findings import Severity


class ReviewOptions(NamedTuple):
    """`select` (None: every rule) and `ignore` are rule ids; `severity` maps ids to a severity."""

    select: frozenset[str] | None = None
    ignore: frozenset[str] = frozenset()
    severity: Mapping[str, Severity] = MappingProxyType({})
    dictionary: tuple[str, ...] = ()

    def enabled(self, rule_id: str) -> bool:
        if rule_id in self.ignore:
            return False
        return self.select is None or rule_id in self.select
