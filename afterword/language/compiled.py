"""Compiled regular expressions kept between runs, so a new process does not parse them again.

`re.compile` parses a pattern and turns it into the regex engine's code in pure Python; only
the last step, `_sre.compile(pattern, flags, code, ...)`, is C. The review's phrase lists
are long alternations, and a fresh `afterword draft ID` spent about a quarter of its CPU
time (0.25 s of 1.3 s for four notes) parsing them. What the parser produces is plain data
(a list of integers, the group names), so it is kept with `marshal` in the cache folder
(`CacheFile`) and handed to `_sre.compile` on the next run: the same pattern object, equal
to `re.compile`'s (`==` on patterns compares their source, flags and code).

This relies on `re`'s internals (`re._parser`, `re._compiler._code`, `_sre.compile`), which
change between Python versions: the file's key holds the Python version and the engine's
`MAGIC`, and any surprise (a missing function, another signature) falls back to
`re.compile` for the rest of the run. Only patterns compiled through `compile_kept`
(the lazily compiled ones, `patterns.lazy_compile`) are kept.
"""

from __future__ import annotations

import atexit
import re
import sys
from array import array
from typing import Any

from afterword.language.cache_file import CacheFile

# A bound for the file: the phrase lists' alternations are a few thousand at most; past this
# (patterns made from ever-new text) the file starts again from the current run's.
_MOST = 6000
_FORMAT = 1

# (source, flags) -> what `_sre.compile` takes after the source: (flags, code, groups,
# group index, index group), the code as the bytes of an array of unsigned ints (a tenth of
# the file and of its reading time that a list of numbers takes).
_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_kept: dict[tuple[str, int], _Entry] | None = None
_new: dict[tuple[str, int], _Entry] = {}
_working = True  # False once `re`'s internals surprised us: plain `re.compile` from then on


def _file() -> CacheFile:
    import _sre

    version = ".".join(map(str, sys.version_info[:3]))
    return CacheFile("regex", f"{_FORMAT}-py{version}-{sys.implementation.name}-{_sre.MAGIC}-{_sre.CODESIZE}")


def _load() -> dict[tuple[str, int], _Entry]:
    global _kept
    if _kept is None:
        value = _file().read(dict)
        _kept = value if value is not None else {}
    return _kept


def compile_kept(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)`, from the kept code when an earlier run compiled it."""
    global _working
    if not _working or not isinstance(source, str):
        return re.compile(source, flags)
    value = int(flags)
    key = (source, value)
    try:
        import _sre

        entry = _load().get(key) or _new.get(key)
        if entry is None:
            entry = _new[key] = _code(source, value)
            if len(_new) == 1:
                atexit.register(remember)
        flags_in, code, groups, groupindex, indexgroup = entry
        words = array("I")
        words.frombytes(code)
        pattern: re.Pattern[str] = _sre.compile(
            source, flags_in, words.tolist(), groups, groupindex, indexgroup
        )
        return pattern
    except re.error:
        raise
    except Exception:  # noqa: BLE001 - another Python's internals: compile as usual
        _working = False
        return re.compile(source, flags)


def _code(source: str, flags: int) -> _Entry:
    """What `re._compiler.compile` hands `_sre.compile` for a source (the same steps)."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    if flags & re.DEBUG:
        raise ValueError("debug patterns print as they compile")  # let `re.compile` do it
    parsed: Any = _parser.parse(source, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (int(flags | parsed.state.flags), array("I", code).tobytes(),
            parsed.state.groups - 1, groupindex, tuple(indexgroup))


def remember() -> None:
    """Keep this run's newly compiled patterns for the next (at exit; nothing when none)."""
    if not _new or not _working:
        return
    kept = _load()
    merged = dict(_new) if len(kept) + len(_new) > _MOST else {**kept, **_new}
    if _file().write(merged, drop_older=True):
        kept.update(_new)
        _new.clear()
