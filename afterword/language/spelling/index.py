"""The word index behind the spelling check: English words and how common each one is.

It merges three sources into one `dict[str, int]` (lower-case word -> frequency on a
Zipf-like scale, x100):

* pyspellchecker's English list (US spellings, with frequencies from subtitles),
* SymSpell's bundled list (symspellpy: US and UK spellings, frequencies from books),
* `modern_words.txt` beside this file (business and technology words the lists lack).

Parsing the two lists takes about 0.3 s, too slow for every run of the CLI, so the merged
index is cached in the user's cache directory, under a name that changes with the sources,
the format and the Python version. A cache that cannot be read or written is simply
rebuilt in memory.

The cache file is cut into buckets by a hash of the word (`WordIndex`), each bucket a
small `marshal`led dict: reviewing one note looks up a few hundred words, and loading the
buckets that hold them takes a millisecond or two, where loading all 163,000 words takes
about 0.06 s. Once a process has looked into many buckets (a batch, suggestions for a
misspelt word), it loads them all into one dict, the fastest to look words up in.
"""

from __future__ import annotations

import importlib.util
import json
import marshal
import math
import os
import sys
import zlib
from array import array
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

# Bump when the index's layout or the merge changes: old cache files are then ignored.
FORMAT = 5
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
    import gzip  # only when the index is built

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


def _cache_key(sources: list[Path]) -> str:
    text = f"{FORMAT}|{sys.version_info[:2]}"
    for path in [*sources, MODERN_WORDS]:
        stat = path.stat()
        text += f"|{path}|{stat.st_size}|{stat.st_mtime_ns}"
    return checksum(text)


def checksum(text: str) -> str:
    """A stable 64-bit checksum of a short text, for a cache file's name: two 32-bit ones
    (`zlib`, loaded anyway), where `hashlib` would load OpenSSL at every start."""
    data = text.encode()
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}"


def load() -> WordIndex:
    """The merged index, from the cache when it is there and fresh, else built (and cached)."""
    sources = source_files()
    try:
        from afterword.language.cache_file import cache_dir

        path = cache_dir() / f"spelling-{_cache_key(sources)}.index"
    except OSError:
        return WordIndex.of(build(sources))
    try:
        return WordIndex(path.read_bytes(), rebuild=lambda: _rebuilt(path, sources))
    except (OSError, ValueError):
        pass
    return WordIndex.of(_rebuilt(path, sources))


def _rebuilt(path: Path, sources: list[Path]) -> dict[str, int]:
    index = build(sources)
    _write(path, index)
    return index


def _write(path: Path, index: dict[str, int]) -> None:
    import tempfile  # only when the index is built

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in [*path.parent.glob("spelling-*.index"), *path.parent.glob("spelling-*.marshal")]:
            if old != path:
                old.unlink(missing_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".spelling-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(WordIndex.dumps(index))
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only home still reviews; it just rebuilds the index each run


# The cache file: MAGIC, then the number of words and BUCKETS + 1 offsets (little-endian
# uint32: where each bucket's bytes start, and where the last ends), then the buckets.
MAGIC = b"AWSPELL" + bytes([FORMAT])
BUCKETS = 4096
_HEAD = len(MAGIC) + 4 * (BUCKETS + 2)
# Past this many buckets read, a process loads them all: it is reading more than one note.
_LOAD_ALL_AFTER = BUCKETS // 8


_UINT32 = "I" if array("I").itemsize == 4 else "L"


def _uint32s(data: bytes) -> list[int]:
    numbers = array(_UINT32)
    numbers.frombytes(data)
    if sys.byteorder != "little":  # pragma: no cover - the file is little-endian
        numbers.byteswap()
    return numbers.tolist()


def _bucket(word: str) -> int:
    # A hash that is the same in every process (`hash()` of a str is not).
    return zlib.crc32(word.encode("utf-8", "surrogatepass")) % BUCKETS


class WordIndex(Mapping[str, int]):
    """The word index (lower-case word -> frequency), read from the cache file a bucket at a
    time: a read-only mapping equal to the dict it was made from."""

    def __init__(self, data: bytes, rebuild: Callable[[], dict[str, int]] | None = None) -> None:
        """`data`: a cache file's bytes (ValueError when they are not one); `rebuild` gives
        the whole index anew, should a bucket turn out to be damaged when it is read."""
        if len(data) < _HEAD or not data.startswith(MAGIC):
            raise ValueError("not a spelling index")
        numbers = _uint32s(data[len(MAGIC) : _HEAD])
        self._count = numbers[0]
        self._offsets = numbers[1:]
        # The header must describe a whole file: some words, offsets that never go back.
        # (A zeroed count once made the index look empty: spelling went silent for good.)
        if (self._offsets[0] != _HEAD or self._offsets[-1] != len(data) or self._count == 0
                or any(a > b for a, b in zip(self._offsets, self._offsets[1:], strict=False))):
            raise ValueError("a damaged spelling index")
        self._data: bytes | None = data
        self._buckets: list[dict[str, int] | None] = [None] * BUCKETS
        self._read = 0
        self._whole: dict[str, int] | None = None
        self._rebuild = rebuild

    @classmethod
    def of(cls, index: dict[str, int]) -> WordIndex:
        """An index over a dict already in memory (a cache that could not be read)."""
        self = cls.__new__(cls)
        self._count, self._data, self._read = len(index), None, BUCKETS
        self._offsets, self._rebuild = [], None
        self._take(index)
        return self

    @staticmethod
    def dumps(index: dict[str, int]) -> bytes:
        """The cache file's bytes for `index`."""
        buckets: list[dict[str, int]] = [{} for _ in range(BUCKETS)]
        for word, zipf in index.items():
            buckets[_bucket(word)][word] = zipf
        blobs = [marshal.dumps(b) for b in buckets]
        offsets = [_HEAD]
        for blob in blobs:
            offsets.append(offsets[-1] + len(blob))
        numbers = array(_UINT32, [len(index), *offsets])
        if sys.byteorder != "little":  # pragma: no cover - the file is little-endian
            numbers.byteswap()
        return b"".join([MAGIC, numbers.tobytes(), *blobs])

    def _take(self, whole: dict[str, int]) -> None:
        # From now on a look-up is a plain dict's: the fastest there is. Every bucket is the
        # whole dict, for a thread that was reading one meanwhile.
        self._whole = whole
        self._buckets = [whole] * BUCKETS
        self.get = whole.get  # type: ignore[method-assign, assignment]
        self._data = None

    def get(self, word: str, default: Any = None) -> Any:
        """The word's frequency, `default` when the index does not have it."""
        bucket = self._buckets[_bucket(word)]
        if bucket is None:
            bucket = self._load(_bucket(word))
        return bucket.get(word, default)

    def _load(self, b: int) -> dict[str, int]:
        self._read += 1
        if self._read > _LOAD_ALL_AFTER:
            return self.whole()
        found = self._bucket_at(b)
        if self._whole is not None:  # read whole meanwhile
            return self._whole
        self._buckets[b] = found
        return found

    def _bucket_at(self, b: int) -> dict[str, int]:
        data = self._data
        if data is None:  # read whole meanwhile, by another thread
            assert self._whole is not None
            return self._whole
        try:
            found = marshal.loads(data[self._offsets[b] : self._offsets[b + 1]])
        except (EOFError, ValueError, TypeError):
            found = None
        if isinstance(found, dict):
            return found
        # A file damaged after it was written (its head was sound): build the index anew.
        if self._rebuild is None:
            raise ValueError(f"the spelling index's bucket {b} is damaged")
        whole = self._rebuild()
        self._take(whole)
        return whole

    def whole(self) -> dict[str, int]:
        """Every word with its frequency, in one dict (loads the buckets not read yet)."""
        if self._whole is None:
            whole: dict[str, int] = {}
            for b, bucket in enumerate(list(self._buckets)):
                whole.update(bucket if bucket is not None else self._bucket_at(b))
                if self._whole is not None:  # a damaged bucket: rebuilt whole
                    return self._whole
            self._take(whole)
            return whole
        return self._whole

    def __getitem__(self, word: str) -> int:
        found: int = self.get(word, -1)
        if found < 0:
            raise KeyError(word)
        return found

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.get(word, -1) >= 0

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[str]:
        return iter(self.whole())
