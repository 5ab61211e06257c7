"""English lemmas and "-ing" forms, from lemminflect's tables, cached for a fast start.

lemminflect reads its tables from gzipped text on first use (several seconds, with numpy),
too slow for every `afterword draft`. The two tables the composer needs (word -> lemmas by
part of speech; verb -> its "-ing" form) are read once and kept with `marshal` in the user's
cache directory, beside the spelling index. A cache that cannot be read or written is
rebuilt in memory.

A draft looks up a hundred words or so of the 70,000: each table is kept in buckets (by a
checksum of the word), each marshalled on its own, and a bucket is read the first time a
word of it is looked up (reading both tables whole took about 15 ms of every draft).
"""

from __future__ import annotations

import sys
from functools import cache

from afterword.language.cache_file import BucketTable as _Table
from afterword.language.cache_file import CacheFile

# Bump when the cached layout changes: old cache files are then ignored. (2: in buckets.)
FORMAT = 2
_BUCKETS = 512


def _version() -> str:
    """lemminflect's version, from the name of its installed metadata folder: importing
    `importlib.metadata` to ask it cost more than reading the tables."""
    from importlib.util import find_spec

    spec = find_spec("lemminflect")
    for folder in (spec.submodule_search_locations or ()) if spec is not None else ():
        from pathlib import Path

        for info in Path(folder).parent.glob("lemminflect-*.dist-info"):
            return info.name[len("lemminflect-") : -len(".dist-info")]
    try:  # pragma: no cover - an install without a metadata folder beside the package
        from importlib.metadata import version

        return version("lemminflect")
    except ImportError:  # pragma: no cover
        return "0"


def _cache_file() -> CacheFile:
    return CacheFile("inflections",
                     f"{FORMAT}-{_version()}-py{sys.version_info[0]}{sys.version_info[1]}")


def _build() -> tuple[dict[str, str], dict[str, str]]:
    """The tables from lemminflect itself (slow: only when there is no cache)."""
    from lemminflect.core.Inflections import Inflections
    from lemminflect.core.Lemmatizer import Lemmatizer

    lemmas = {
        word: "|".join(f"{pos}:{','.join(found)}" for pos, found in by_pos.items())
        for word, by_pos in Lemmatizer()._getLemmaDict().items()  # noqa: SLF001
    }
    gerunds = {lemma: forms["VBG"][0] for lemma, forms in
               Inflections()._getInflDict().items() if forms.get("VBG")}  # noqa: SLF001
    return lemmas, gerunds


@cache
def _tables() -> tuple[_Table, _Table]:
    kept = _cache_file()
    loaded = kept.read(tuple)
    if not (loaded is not None and len(loaded) == 2
            and all(isinstance(t, tuple) and len(t) == _BUCKETS
                    and all(isinstance(b, bytes) for b in t) for t in loaded)):
        loaded = tuple(_Table.coded(table, _BUCKETS) for table in _build())
        kept.write(loaded)  # a read-only cache folder: the tables stay in memory for this run
    return _Table(loaded[0]), _Table(loaded[1])


@cache
def lemmas(word: str) -> dict[str, tuple[str, ...]]:
    """The lemmas of a word by part of speech ({"VERB": ("handle",), "NOUN": ...}); an
    unknown word gives {}."""
    coded = _tables()[0].get(word) or _tables()[0].get(word.lower())
    if not coded:
        return {}
    out: dict[str, tuple[str, ...]] = {}
    for part in coded.split("|"):
        pos, _, found = part.partition(":")
        out[pos] = tuple(found.split(","))
    return out


def gerund_of(lemma: str) -> str:
    """ "handle" -> "handling"; a verb the table lacks gets the regular spelling rules."""
    known = _tables()[1].get(lemma)
    if known:
        return known
    if lemma.endswith("ie"):
        return lemma[:-2] + "ying"
    if lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        return lemma[:-1] + "ing"
    return lemma + "ing"
