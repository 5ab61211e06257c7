"""The cue lexicons that read mail: one data file per list, one regular expression a line."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def lexicon(name: str) -> tuple[str, ...]:
    """The entries of cues/NAME.txt: blank lines and lines starting with '#' left out."""
    text = resources.files(__package__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    return tuple(
        line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")
    )


@cache
def table(name: str) -> tuple[tuple[str, str], ...]:
    """The rows of cues/NAME.tsv as (key, value): a tab between them, '#' lines left out."""
    return tuple(_tsv(name))


def _tsv(name: str) -> list[tuple[str, str]]:
    text = resources.files(__package__).joinpath(f"{name}.tsv").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, _, value = line.partition("\t")
        rows.append((key.strip(), value.strip()))
    return rows
