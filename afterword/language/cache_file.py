"""A value kept with `marshal` in the user's cache folder, to start fast on the next run.

Tables that are slow to build (lemminflect's, the place names, the word scanner's answers)
are kept as one `marshal` file each, named `NAME-KEY.marshal`. The key changes whenever the
contents would (a format number, the source file's size and time, the Python version, which
`marshal` is tied to), so a stale file is never read: it is simply not the one asked for.

A file is written to a temporary name beside it and renamed into place, so a reader (another
Afterword running at the same moment) sees the whole old file or the whole new one, never
half. A cache folder that cannot be read or written costs only speed: reading gives None and
writing gives False, and the caller keeps the value in memory for this run.
"""

from __future__ import annotations

import marshal
import os
import sys
import zlib
from pathlib import Path
from typing import Any, NamedTuple


def cache_dir() -> Path:
    """`$AFTERWORD_CACHE_DIR`, else the platform's user cache directory for Afterword."""
    override = os.environ.get("AFTERWORD_CACHE_DIR")
    if override:
        return Path(override)
    if sys.platform == "linux":
        # platformdirs' answer on Linux, without importing it (and `tempfile` and `random`
        # with it) in every command that reads a cache, `--help` included.
        xdg = os.environ.get("XDG_CACHE_HOME", "").strip()
        return Path(xdg or os.path.expanduser("~/.cache")) / "afterword"
    import platformdirs

    return Path(platformdirs.user_cache_dir("afterword"))


class CacheFile(NamedTuple):
    """The cache file `NAME-KEY.marshal`; `key` says which version of the contents it holds."""

    name: str
    key: str

    @property
    def path(self) -> Path:
        return cache_dir() / f"{self.name}-{self.key}.marshal"

    def read(self, kind: type | tuple[type, ...]) -> Any | None:
        """The value kept, or None when there is none, it cannot be read, or it is not of
        `kind` (a damaged or foreign file)."""
        try:
            value = marshal.loads(self.path.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            return None
        return value if isinstance(value, kind) else None

    def write(self, value: Any, *, drop_older: bool = False) -> bool:
        """Keep `value` (whole, or not at all); with `drop_older` the other versions of this
        name are removed first. False when the folder cannot take it."""
        try:
            data = marshal.dumps(value)
        except ValueError:
            return False
        return self.write_bytes(data, drop_older=drop_older)

    def write_bytes(self, data: bytes, *, drop_older: bool = False) -> bool:
        """`write`, for contents already in bytes (a caller's own layout)."""
        import tempfile  # only a first run writes: not at import, which every run pays

        path = self.path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if drop_older:
                for old in path.parent.glob(f"{self.name}-*.marshal"):
                    if old != path:
                        old.unlink(missing_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{self.name}-", suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as out:
                    out.write(data)
                os.replace(tmp, path)
            finally:
                Path(tmp).unlink(missing_ok=True)
        except (OSError, ValueError):
            return False
        return True


class BucketTable:
    """A table of words kept in buckets (by a checksum of the word), each marshalled on its
    own and read when a word of it is first asked: a run that looks up a few hundred words
    of tens of thousands reads a few of the buckets, not the whole table."""

    __slots__ = ("_coded", "_read")

    def __init__(self, coded: tuple[bytes, ...]) -> None:
        self._coded = coded
        self._read: dict[int, dict[str, str]] = {}

    def get(self, word: str) -> str | None:
        k = _bucket(word, len(self._coded))
        bucket = self._read.get(k)
        if bucket is None:
            try:
                bucket = marshal.loads(self._coded[k])
            except (ValueError, EOFError, TypeError):
                bucket = None
            if not isinstance(bucket, dict):
                # A damaged bucket: its words are looked up in vain (as a word not in the
                # table), never a crash deep in the composer. (Deleting the cache file, or
                # a new version of its source, rebuilds it.)
                bucket = {}
            self._read[k] = bucket
        return bucket.get(word)

    def __getitem__(self, word: str) -> str:
        found = self.get(word)
        if found is None:
            raise KeyError(word)
        return found

    def __eq__(self, other: object) -> bool:
        return isinstance(other, BucketTable) and self._coded == other._coded

    __hash__ = None  # type: ignore[assignment]

    @staticmethod
    def coded(table: dict[str, str], buckets: int = 512) -> tuple[bytes, ...]:
        """The table's buckets, to keep (`CacheFile.write`) and read back (`BucketTable`)."""
        out: list[dict[str, str]] = [{} for _ in range(buckets)]
        for word, value in table.items():
            out[_bucket(word, buckets)][word] = value
        return tuple(marshal.dumps(b) for b in out)


def _bucket(word: str, buckets: int) -> int:
    return zlib.crc32(word.encode("utf-8", "surrogatepass")) % buckets
