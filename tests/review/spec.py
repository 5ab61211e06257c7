"""The spec's rule catalogue, read from `review-rules.md` (ids and default severities).

The spec lives beside the repository (`../shared/spec/review-rules.md`); the environment
variable `AFTERWORD_SPEC` points elsewhere.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
_ROW = re.compile(r"^\|\s*`([a-z][a-z-]*)`\s*\|\s*(info|warning|error)\s*\|")


def spec_path() -> Path:
    """Where the spec is: `$AFTERWORD_SPEC`, else `../shared/spec/review-rules.md`."""
    override = os.environ.get("AFTERWORD_SPEC")
    if override:
        return Path(override)
    for candidate in (
        REPO.parent / "shared" / "spec" / "review-rules.md",
        REPO / "docs" / "spec" / "review-rules.md",
    ):
        if candidate.exists():
            return candidate
    return REPO.parent / "shared" / "spec" / "review-rules.md"


def catalogue(path: Path | None = None) -> dict[str, str]:
    """Rule id -> default severity, in the spec's order, from the tables under "## The rules"."""
    text = (path or spec_path()).read_text(encoding="utf-8")
    section = text.split("## The rules", 1)[1].split("\n## ", 1)[0]
    out: dict[str, str] = {}
    for line in section.splitlines():
        m = _ROW.match(line.strip())
        if m:
            out[m.group(1)] = m.group(2)
    return out


_APPLIES_COLUMNS = ("thank-you", "follow-up", "rejection-reply", "networking", "invite")


def applicability(path: Path | None = None) -> dict[str, set[str]]:
    """Rule id -> the columns (kinds, and "invite") the spec's applicability table ticks."""
    text = (path or spec_path()).read_text(encoding="utf-8")
    section = text.split("## Which content rules apply", 1)[1].split("\n## ", 1)[0]
    out: dict[str, set[str]] = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        ids = re.findall(r"`([a-z-]+)`", cells[0]) if cells else []
        if not ids or len(cells) != len(_APPLIES_COLUMNS) + 1:
            continue
        ticked = {col for col, cell in zip(_APPLIES_COLUMNS, cells[1:], strict=True) if "✔" in cell}
        for rule_id in ids:
            out[rule_id] = ticked
    return out
