"""Compiled rule patterns kept between runs, so that `afterword review FILE` starts fast.

The rules compile about four hundred regular expressions, and on one note compiling them
costs more than reviewing it. Python compiles a pattern in two steps: it parses the source
(slow, in Python) and hands the resulting code, a list of integers, to the regex engine
(fast, in C). This module keeps that code in the user's cache folder, beside the spelling
index, and on the next run rebuilds each pattern from it and puts it where `re.compile`
looks first (its own cache), so each rule's `re.compile(...)` finds it there. It keeps,
beside them, what `language/wordscan.py` worked out about each pattern's first words.

It leans on the standard library's private compiler (`re._compiler`, `_sre`), so it keeps
to what it checks: the file names the engine's version (`_sre.MAGIC`) and Python's, a
pattern rebuilt must behave as `re.compile` would (checked on one pattern at each load),
and anything unexpected switches it off for the run; patterns are then compiled as usual.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

from afterword.language.wordscan import KNOWN_STARTS

try:  # private parts of the standard library: without them, nothing is cached
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    _sre = None

FORMAT = 2  # the file: (pattern entries, `wordscan.KNOWN_STARTS`)
# Room in `re`'s own cache for every rule pattern and the program's others (its default, 512,
# would drop the oldest rule patterns as soon as more were compiled).
CACHE_SIZE = 4096

_loaded: set[tuple[str, int]] = set()
_starts_loaded = 0  # how many `KNOWN_STARTS` the file held
primed = 0  # how many patterns this run took from the file
_enabled = True


def _path() -> Path:
    from afterword.language.spelling.index import cache_dir

    magic = getattr(_sre, "MAGIC", 0)
    key = hashlib.sha256(f"{FORMAT}|{sys.version}|{magic}".encode()).hexdigest()[:16]
    return cache_dir() / f"patterns-{key}.marshal"


def _usable() -> bool:
    return (
        _enabled
        and _sre is not None
        and isinstance(getattr(re, "_cache", None), dict)
        and hasattr(re, "_MAXCACHE")
    )


def prime() -> None:
    """Put the patterns kept by an earlier run into `re`'s cache (before the rules load)."""
    global _enabled
    if not _usable():
        return
    try:
        entries, starts = marshal.loads(_path().read_bytes())
        KNOWN_STARTS.update(starts)
    except (OSError, EOFError, ValueError, TypeError):
        return
    re._MAXCACHE = max(re._MAXCACHE, CACHE_SIZE)  # type: ignore[attr-defined]
    cache: dict[Any, Any] = re._cache  # type: ignore[attr-defined]
    try:
        global _starts_loaded
        _starts_loaded = len(KNOWN_STARTS)
        for pattern, flags, final_flags, code, groups, groupindex, indexgroup in entries:
            compiled = _sre.compile(pattern, final_flags, code, groups, groupindex, indexgroup)
            cache[str, pattern, flags] = compiled
            _loaded.add((pattern, flags))
        global primed
        primed = len(entries)
        # The cache must be the one `re.compile` reads, keyed as it keys it.
        if entries and re.compile(entries[0][0], entries[0][1]) is not cache[
            str, entries[0][0], entries[0][1]
        ]:
            raise ValueError("re's cache is laid out otherwise")
    except (TypeError, ValueError, RuntimeError, IndexError):
        _enabled = False
        primed = 0
        for pattern, flags in _loaded:
            cache.pop((str, pattern, flags), None)
        _loaded.clear()


def remember() -> None:
    """Keep the patterns compiled so far that the cache file lacks (after the first review)."""
    global _enabled
    if not _usable():
        return
    cache: dict[Any, Any] = re._cache  # type: ignore[attr-defined]
    keys = [
        (pattern, flags)
        for kind, pattern, flags in list(cache)
        if kind is str and isinstance(flags, int)
    ]
    if not keys or all(key in _loaded for key in keys) and len(KNOWN_STARTS) <= _starts_loaded:
        return
    entries = []
    try:
        for pattern, flags in keys:
            parsed = _parser.parse(pattern, flags)
            code = _compiler._code(parsed, flags)
            state = parsed.state
            indexgroup: list[str | None] = [None] * state.groups
            for name, index in state.groupdict.items():
                indexgroup[index] = name
            entries.append(
                (
                    str(pattern),
                    int(flags),
                    int(flags | state.flags),
                    [int(c) for c in code],
                    state.groups - 1,
                    {str(k): int(v) for k, v in state.groupdict.items()},
                    tuple(indexgroup),
                )
            )
    except (AttributeError, TypeError, ValueError, re.error):
        _enabled = False
        return
    _write(_path(), (entries, dict(KNOWN_STARTS)))
    _loaded.update(keys)


def _write(path: Path, entries: Any) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob("patterns-*.marshal"):
            if old != path:
                old.unlink(missing_ok=True)
        data = marshal.dumps(entries)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".patterns-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        finally:
            Path(tmp).unlink(missing_ok=True)
    except (OSError, ValueError):
        pass  # a read-only home still reviews; it compiles the patterns each run
