"""English lemmas and "-ing" forms, from lemminflect's tables, cached for a fast start.

lemminflect reads its tables from gzipped text on first use (several seconds, with numpy),
too slow for every `afterword draft`. The two tables the composer needs (word -> lemmas by
part of speech; verb -> its "-ing" form) are read once and kept with `marshal` in the user's
cache directory, beside the spelling index: about 0.05 s to load. A cache that cannot be
read or written is rebuilt in memory.
"""

from __future__ import annotations

import sys
from functools import cache
from importlib.metadata import PackageNotFoundError, version

from afterword.language.cache_file import CacheFile

# Bump when the cached layout changes: old cache files are then ignored.
FORMAT = 1


def _cache_file() -> CacheFile:
    try:
        lemminflect = version("lemminflect")
    except PackageNotFoundError:  # pragma: no cover - a dependency
        lemminflect = "0"
    return CacheFile("inflections",
                     f"{FORMAT}-{lemminflect}-py{sys.version_info[0]}{sys.version_info[1]}")


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
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    kept = _cache_file()
    loaded = kept.read(tuple)
    if loaded is not None and len(loaded) == 2:
        return loaded
    tables = _build()
    kept.write(tables)  # a read-only cache folder: the tables stay in memory for this run
    return tables


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
