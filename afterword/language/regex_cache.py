"""Regular expressions' compiled code kept between runs, so a command does not compile them again.

Compiling is the largest single cost of `afterword draft ID`: about 1,200 patterns (the
composer's, compiled at import and on first use, and the review's), a quarter of the
command's CPU time, every run, for the same sources. Python compiles a pattern in two
steps: parsing and code generation in Python (`re._parser`, `re._compiler`; the slow part),
then `_sre.compile(source, flags, code, groups, groupindex, indexgroup)`, which builds the
pattern object from the code, a list of integers (fast). `install()` puts a cache in front
of the first step: the code of every `str` pattern compiled is kept, as plain integers
(bytes) and strings, in one marshal file (`cache_file.CacheFile`), and a later run hands
the kept code straight to `_sre.compile`. The pattern made is the very one `re.compile`
makes: `re.Pattern`'s equality compares the code, which the tests and `install`'s own check
assert.

The code is the `re` module's private form, so the file is keyed by the exact Python build
(and `_sre`'s format number): another Python simply does not read it. `install` checks on a
probe pattern that both ways give an equal pattern, and does nothing when they do not (a
Python whose `re` works otherwise). Patterns with a flag Python treats specially
(`re.DEBUG`) and bytes patterns are compiled as before.

Only the command line installs it (`afterword.cli.main`): a library user's `re` is left
alone. The file is written at exit when the run compiled new patterns (taking longer than
the writing); it is bounded: past `_LIMIT` patterns (sources built from a record's words,
say) only those of this run are kept. A damaged file or entry is compiled again, as `re`
does (`_sre.compile` checks the code it is given). On Windows a file mapped by a running
Afterword cannot be replaced: the write fails, costing only speed.

Only patterns that cannot hold the user's words are written (`_static`): the file outlives
a record, and no backup or `delete` reaches it. A pattern built at run time from a record
(its names, an aside) is compiled as `re` always does, every run.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
import time
import zlib
from array import array
from typing import Any

from afterword.language.cache_file import CacheFile

try:  # `re`'s own modules (Python 3.11 and later): without them, `install` does nothing
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python's `re`
    _sre = _compiler = _parser = None

FORMAT = 2
# Past this many patterns the file keeps only the last run's, the first it used (patterns
# built from a record's words would otherwise pile up): about three times what one draft
# compiles.
_LIMIT = 3000
# The code's integers, as `_sre` holds them (4 bytes on every build this was written for).
_CODE = "I"

# What `_sre.compile` takes, as plain data: (source, flags asked, flags with the source's
# own, the code as the bytes of its integers, groups, groupindex, indexgroup).
_Entry = tuple[str, int, int, bytes, int, dict[str, int], tuple[Any, ...]]

# The file holds an index, {the digest of a source and its flags: where its entry starts},
# then every entry marshalled one after another: a run maps the file into memory, reads the
# index (integers, cheap) and unmarshals only the entries it uses, where a table of a
# thousand entries would be rebuilt whole by every run, `--help` included. Its first 8
# bytes give the index's length.
_index: dict[int, int] | None = None
_entries: Any = b""  # the entries, in the mapped file
_new: dict[int, _Entry] = {}  # compiled in this run
_new_cost = 0.0  # the CPU seconds they took
# Rewriting the file costs a few milliseconds: a run whose new patterns took less to compile
# does not (the sources of a library's pattern or two, built from a set, change from run to
# run with the hash seed and would otherwise have every command rewrite it).
_WORTH_WRITING = 0.003
_STALE_DAYS = 30
_used: dict[int, None] = {}  # in the order of first use
_loading = False
_original: Any = None
_owner = 0  # the process that installed: a forked worker never writes the file
_RE_FOLDER = os.path.dirname(re.__file__)
_from_code: set[str] = set()  # sources said to be Afterword's own (`from_code`)


def _file() -> CacheFile:
    build = f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{FORMAT}"
    return CacheFile("regex", f"{FORMAT}-{zlib.crc32(build.encode()):08x}")


def _digest(source: str, flags: int) -> int:
    data = f"{flags}:{source}".encode("utf-8", "surrogatepass")
    return zlib.crc32(data) << 32 | zlib.adler32(data)


def _load() -> dict[int, int] | None:
    """The kept index, read on the first compile; None while it is being read (finding the
    cache folder imports modules that compile patterns of their own)."""
    global _index, _loading
    if _index is None and not _loading:
        _loading = True
        try:
            _index = _read()
        finally:
            _loading = False
    return _index


def _read() -> dict[int, int]:
    """The file's index, its entries mapped (none when there is no file, or not one)."""
    global _entries
    import mmap

    try:
        with open(_file().path, "rb") as file:
            mapped = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
        size = int.from_bytes(mapped[:8], "little")
        index = marshal.loads(memoryview(mapped)[8:8 + size])
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    if not isinstance(index, dict):
        return {}
    _entries = memoryview(mapped)[8 + size:]
    return index


def _entry(source: str, flags: int) -> _Entry:
    """What `re._compiler.compile` hands `_sre.compile`, worked out as it does."""
    parsed = _parser.parse(source, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[Any] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (source, flags, flags | parsed.state.flags, array(_CODE, code).tobytes(),
            parsed.state.groups - 1, groupindex, tuple(indexgroup))


def _build(entry: _Entry) -> re.Pattern[str]:
    source, _, flags, code, groups, groupindex, indexgroup = entry
    words = array(_CODE)
    words.frombytes(code)
    return _sre.compile(source, flags, words.tolist(), groups, dict(groupindex), indexgroup)


def _find(digest: int, index: dict[int, int]) -> _Entry | None:
    entry = _new.get(digest)
    if entry is None and digest in index:
        try:  # (`marshal.loads` reads one value and ignores the bytes after it)
            entry = marshal.loads(memoryview(_entries)[index[digest]:])
        except (EOFError, ValueError, TypeError):
            return None
        if not (isinstance(entry, tuple) and len(entry) == 7):
            return None
    return entry


def compile_cached(source: Any, flags: int = 0) -> Any:
    """`re._compiler.compile`, with the code of a `str` pattern kept between runs."""
    global _new_cost
    if type(source) is not str or flags & re.DEBUG:
        return _original(source, flags)
    flags = int(flags)
    index = _load()
    if index is None:
        return _original(source, flags)
    digest = _digest(source, flags)
    entry = _find(digest, index)
    if entry is not None and entry[0] == source and entry[1] == flags:
        try:
            made = _build(entry)
        except (RuntimeError, TypeError, ValueError, OverflowError):  # damaged ("invalid SRE code")
            made = None
        if made is not None:
            _used.setdefault(digest)
            return made
    # None kept, another source's digest, or a damaged entry: compiled as `re` does, and kept
    # for the next run only when its source cannot hold the user's words (see `_static`).
    start = time.process_time()
    entry = _entry(source, flags)
    if len(_new) < _LIMIT and _static(source):  # (bounded in a long run: `afterword web`)
        _new[digest] = entry
        _new_cost += time.process_time() - start
        _used.setdefault(digest)
    return _build(entry)


def from_code(source: str) -> None:
    """Say that `source`, about to be compiled, is Afterword's own (a lazy pattern made by a
    module's code, `patterns.LazyPattern`): its compiled code may be kept."""
    if _original is not None:
        _from_code.add(source)


def _static(source: str) -> bool:
    """Whether a pattern's source is Afterword's (or a library's) own, never built from what
    the user wrote: a literal in the code that compiles it, a pattern compiled while a
    module is imported (module-level code reads no record), or a lazy one a module made
    (`from_code`). A pattern built at run time
    from a record (its names, an aside, a patient's name) is compiled as usual and never
    written to the file, which outlives the record and no backup or `delete` reaches."""
    if source in _from_code:
        return True
    frame: Any = sys._getframe(2)
    while frame is not None and frame.f_code.co_filename.startswith(_RE_FOLDER):
        frame = frame.f_back  # `re`'s own functions, down to the caller
    if frame is not None and any(c is source for c in frame.f_code.co_consts):
        return True
    while frame is not None:
        if frame.f_code.co_filename.startswith("<frozen importlib"):
            return True
        frame = frame.f_back
    return False


def _agrees() -> bool:
    """Whether this Python's `re` builds patterns as this module expects."""
    if not (callable(getattr(_sre, "compile", None)) and callable(getattr(_parser, "parse", None))
            and callable(getattr(_compiler, "_code", None))
            and array(_CODE).itemsize == getattr(_sre, "CODESIZE", None)):
        return False
    probe = r"(?P<word>\w+)[-–]?(?i:caf[eé])\s*(?:(\d{1,3})|x+?)(?=\.)(?<!q)\b"
    try:
        made = _build(_entry(probe, re.UNICODE))
        return bool(made == _original(probe, re.UNICODE) and made.groupindex == {"word": 1})
    except Exception:  # noqa: BLE001 (any failure: leave `re` as it is)
        return False


def install() -> bool:
    """Keep compiled code between runs in this process (see the module's docs); False when
    this Python's `re` is not as expected and nothing was changed."""
    global _original, _owner
    if _original is not None:
        return True
    _original = getattr(_compiler, "compile", None)
    if _original is None or not _agrees():
        _original = None
        return False
    _compiler.compile = compile_cached
    _owner = os.getpid()
    atexit.register(save)
    return True


def save() -> None:
    """Write the file when this run compiled patterns it did not hold (worth the writing)."""
    global _index, _entries, _new_cost
    if not _new or _new_cost < _WORTH_WRITING or _index is None or os.getpid() != _owner:
        return
    digests = list(dict.fromkeys([*_index, *_new]))
    if len(digests) > _LIMIT:  # this run's, the first used first (those of its imports)
        digests = list(_used)[:_LIMIT]
    index: dict[int, int] = {}
    parts: list[bytes] = []
    size = 0
    for digest in digests:
        entry = _find(digest, _index)
        if entry is None:
            continue
        data = marshal.dumps(entry)
        index[digest] = size
        parts.append(data)
        size += len(data)
    entries = b"".join(parts)
    head = marshal.dumps(index)
    kept = _file()
    if kept.write_bytes(len(head).to_bytes(8, "little") + head + entries):
        _index, _entries = index, entries
        _new.clear()
        _new_cost = 0.0
        _drop_stale(kept.path)


def _drop_stale(path: Any) -> None:
    """Remove the files of other Pythons (or formats) not written for `_STALE_DAYS`: two
    Pythons sharing the cache folder keep a file each, and one removed is gone for good."""
    limit = time.time() - _STALE_DAYS * 86400
    try:
        for other in path.parent.glob("regex-*.marshal"):
            if other != path and other.stat().st_mtime < limit:
                other.unlink(missing_ok=True)
    except OSError:
        pass
