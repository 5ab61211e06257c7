"""Differences between two versions of an interview file, and the merge that resumes an edit.

An unfinished `afterword edit` is kept with the file it started from (its base). Resuming
shows what the edit changes and what changed in the record since; saving applies only the
fields the edit changed, so a status set in between is never reverted.
"""

from __future__ import annotations

import tomllib
from typing import Any

# Values longer than this are cut in a change line: the line names the field, not the essay.
SHOWN_CHARS = 60


def _load(text: str) -> dict[str, Any] | None:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return None


def _flatten(value: Any, prefix: str, out: dict[str, Any]) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            _flatten(item, f"{prefix}.{key}" if prefix else key, out)
    elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        for n, item in enumerate(value, start=1):
            _flatten(item, f"{prefix}[{n}]", out)
    else:
        out[prefix] = value


def _shown(value: Any) -> str:
    if value is None:
        return "(none)"
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value) or "(none)"
    text = " ".join(str(value).split())
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "\u2026"


def changes(old: str, new: str) -> list[str]:
    """"application.status: interviewing → offer", one line per field that differs.

    Compares the files' values, not their layout (comments and spacing do not count). A file
    that is not valid TOML is compared line by line instead.
    """
    before, after = _load(old), _load(new)
    if before is None or after is None:
        return _line_changes(old, new)
    flat_before: dict[str, Any] = {}
    flat_after: dict[str, Any] = {}
    _flatten(before, "", flat_before)
    _flatten(after, "", flat_after)
    lines = []
    for key in dict.fromkeys([*flat_before, *flat_after]):
        a, b = flat_before.get(key), flat_after.get(key)
        if a != b:
            lines.append(f"{key}: {_shown(a)} \u2192 {_shown(b)}")
    return lines


def _line_changes(old: str, new: str) -> list[str]:
    import difflib

    diff = difflib.unified_diff(old.splitlines(), new.splitlines(), lineterm="", n=0)
    return [line for line in diff if line[:1] in "+-" and line[:3] not in ("---", "+++")]


def merge(base: str, edited: str, current: str) -> str:
    """The record as it is now (`current`) with the fields `edited` changed from `base`.

    Field by field: a value the edit changed wins; any other value is taken from `current`, so
    changes made since the edit began stay. The interviewers are one field: an edit that
    changed any person replaces the list, else the current list stays.
    """
    import tomlkit

    b, e, c = _load(base), _load(edited), _load(current)
    if b is None or e is None or c is None:
        return edited  # nothing to merge field by field; the caller validates `edited`
    merged = dict(c)
    for section in ("application", "interview"):
        mine, was, now = e.get(section, {}), b.get(section, {}), dict(c.get(section, {}))
        if not all(isinstance(x, dict) for x in (mine, was)):
            merged[section] = mine
            continue
        for key in dict.fromkeys([*was, *mine]):
            if mine.get(key) != was.get(key):
                if key in mine:
                    now[key] = mine[key]
                else:
                    now.pop(key, None)
        merged[section] = now
    if e.get("interviewers") != b.get("interviewers"):
        merged["interviewers"] = e.get("interviewers")
    for key in set(e) - {"application", "interview", "interviewers"}:
        merged[key] = e[key]  # an unknown section: let validation name it
    return tomlkit.dumps(merged)
