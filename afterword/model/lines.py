"""Where a key stands in a TOML text, so errors can name the line at fault."""

from __future__ import annotations

import re
from functools import lru_cache

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$")
_KEY = re.compile(r"""^\s*((?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*')(?:\s*\.\s*(?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*'))*)\s*=""")


def _parts(dotted: str) -> tuple[str, ...]:
    return tuple(p.strip().strip("\"'") for p in dotted.split("."))


@lru_cache(maxsize=8)
def key_lines(text: str) -> dict[tuple[str | int, ...], int]:
    """Map each key path (array-of-tables items indexed from 0) to its 1-based line number."""
    lines: dict[tuple[str | int, ...], int] = {}
    counters: dict[tuple[str, ...], int] = {}
    table: tuple[str | int, ...] = ()
    in_multiline = False
    for number, line in enumerate(text.splitlines(), start=1):
        if in_multiline:
            if line.count('"""') % 2 == 1 or line.count("'''") % 2 == 1:
                in_multiline = False
            continue
        header = _HEADER.match(line)
        if header:
            names = _parts(header.group(2))
            if header.group(1) == "[[":
                index = counters.get(names, -1) + 1
                counters[names] = index
                table = (*_with_indexes(names[:-1], counters), names[-1], index)
            else:
                table = tuple(_with_indexes(names, counters))
            lines.setdefault(table, number)
            continue
        key = _KEY.match(line)
        if key:
            path = (*table, *_parts(key.group(1)))
            lines.setdefault(path, number)
            rest = line[key.end() :]
            if rest.count('"""') == 1 or rest.count("'''") == 1:
                in_multiline = True
    return lines


def _with_indexes(names: tuple[str, ...], counters: dict[tuple[str, ...], int]) -> list[str | int]:
    # `[interviewers.extra]` after `[[interviewers]]` belongs to the latest interviewer.
    out: list[str | int] = []
    for i, name in enumerate(names):
        out.append(name)
        prefix = names[: i + 1]
        if prefix in counters and i < len(names) - 1:
            out.append(counters[prefix])
    return out


def line_of(text: str, path: str | tuple[str | int, ...]) -> int:
    """The line of `path` (a dotted name or a tuple), else of its nearest parent, else 1."""
    parts: tuple[str | int, ...] = tuple(path.split(".")) if isinstance(path, str) else tuple(path)
    table = key_lines(text)
    while parts:
        if parts in table:
            return table[parts]
        if (*parts, 0) in table:  # an array of tables named whole: "[[interviewer]]"
            return table[(*parts, 0)]
        parts = parts[:-1]
    return 1
