"""The word index behind the spelling check: English words and how common each one is.

It merges three sources into one `dict[str, int]` (lower-case word -> frequency on a
Zipf-like scale, x100):

* pyspellchecker's English list (US spellings, with frequencies from subtitles),
* SymSpell's bundled list (symspellpy: US and UK spellings, frequencies from books),
* `modern_words.txt` beside this file (business and technology words the lists lack).

Parsing the two lists takes about 0.3 s, too slow for every run of the CLI, so the merged
index is cached with `marshal` in the user's cache directory (about 0.06 s to load), under
a name that changes with the sources, the format and the Python version. A cache that
cannot be read or written is simply rebuilt in memory.
"""

from __future__ import annotations

import gzip
import hashlib
import importlib.util
import json
import marshal
import math
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

# Bump when the index's layout or the merge changes: old cache files are then ignored.
FORMAT = 4
MODERN_WORDS = Path(__file__).with_name("modern_words.txt")
# Frequency given to a curated modern word: Zipf 2, so that it can be suggested but never
# outranks an everyday word, nor counts as an everyday word written in capitals (JSON).
MODERN_ZIPF = 200


def _package_file(package: str, *parts: str) -> Path | None:
    """A data file inside an installed package, found without importing the package."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations)), *parts)
    return path if path.is_file() else None


def source_files() -> list[Path]:
    """The files the index is built from (those that are installed), in merge order."""
    found = [
        _package_file("spellchecker", "resources", "en.json.gz"),
        _package_file("symspellpy", "frequency_dictionary_en_82_765.txt"),
    ]
    return [p for p in found if p is not None]


def _zipf(count: int, total: int) -> int:
    """log10 of occurrences per billion words, x100 (so 700 is "the", 100 is very rare)."""
    return max(1, round(100 * math.log10(count * 1e9 / total))) if count > 0 else 1


def _read_pyspellchecker(path: Path) -> dict[str, int]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        counts: dict[str, int] = json.load(fh)
    total = sum(counts.values()) or 1
    return {w: _zipf(c, total) for w, c in counts.items()}


def _read_symspell(path: Path) -> dict[str, int]:
    counts: dict[str, int] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            word, _, count = line.rstrip("\n").partition(" ")
            if word and count.isdigit():
                counts[word] = int(count)
    total = sum(counts.values()) or 1
    return {w: _zipf(c, total) for w, c in counts.items()}


_READERS: dict[str, Callable[[Path], dict[str, int]]] = {
    "en.json.gz": _read_pyspellchecker,
    "frequency_dictionary_en_82_765.txt": _read_symspell,
}


def read_modern_words(path: Path = MODERN_WORDS) -> list[str]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        word = line.split("#", 1)[0].strip().lower()
        if word:
            out.append(word)
    return out


def build(sources: list[Path]) -> dict[str, int]:
    """Merge the sources: a word any of them knows is known, at its highest frequency."""
    index: dict[str, int] = {}
    for path in sources:
        for word, zipf in _READERS[path.name](path).items():
            if zipf > index.get(word, 0):
                index[word] = zipf
    for word in read_modern_words():
        index.setdefault(word, MODERN_ZIPF)
    return index


def cache_dir() -> Path:
    """`$AFTERWORD_CACHE_DIR`, else the platform's user cache directory for Afterword."""
    override = os.environ.get("AFTERWORD_CACHE_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_cache_dir("afterword"))


def _cache_key(sources: list[Path]) -> str:
    h = hashlib.sha256(f"{FORMAT}|{sys.version_info[:2]}".encode())
    for path in [*sources, MODERN_WORDS]:
        stat = path.stat()
        h.update(f"|{path}|{stat.st_size}|{stat.st_mtime_ns}".encode())
    return h.hexdigest()[:20]


def load() -> dict[str, int]:
    """The merged index, from the cache when it is there and fresh, else built (and cached)."""
    sources = source_files()
    try:
        path = cache_dir() / f"spelling-{_cache_key(sources)}.marshal"
    except OSError:
        return build(sources)
    try:
        data = marshal.loads(path.read_bytes())
        if isinstance(data, dict):
            return data
    except (OSError, EOFError, ValueError, TypeError):
        pass
    index = build(sources)
    _write(path, index)
    return index


def _write(path: Path, index: dict[str, int]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob("spelling-*.marshal"):
            if old != path:
                old.unlink(missing_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".spelling-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(marshal.dumps(index))
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only home still reviews; it just rebuilds the index each run
