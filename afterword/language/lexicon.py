"""Word lists kept as data (`lexicons/*.tsv`), read once and shared by compose and review.

A lexicon file has one entry a line, tab-separated columns, and `#` comments; see the header
of each file for what its columns mean.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import NamedTuple

LEXICONS = Path(__file__).with_name("lexicons")

# The `use` values of shorthand.tsv.
FLAG = "flag"  # the review flags it in any case but capitals
LOWER = "lower"  # the review flags it only in lower case
EXPAND = "expand"  # compose spells it out; the review leaves it alone
SYMBOL = "symbol"  # a sign the review reads in its own context
_USES = frozenset({FLAG, LOWER, EXPAND, SYMBOL})


class Shorthand(NamedTuple):
    """One shorthand: as jotted, written out ("" when it stands for several things), its use."""

    short: str
    written: str
    use: str

    @property
    def flagged(self) -> bool:
        """Whether the review's `shorthand` rule looks for it as a word."""
        return self.use in (FLAG, LOWER)


def rows(name: str) -> list[list[str]]:
    """The entries of `lexicons/NAME.tsv`: each line's columns; blank and `#` lines skipped."""
    out = []
    path = LEXICONS / f"{name}.tsv"
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not cells[0]:
            raise ValueError(f"{path.name}, line {number}: the first column is empty")
        out.append(cells)
    return out


@cache
def shorthand() -> dict[str, Shorthand]:
    """The shorthand lexicon, by the shorthand in lower case ("w/o", "yrs", "->")."""
    out: dict[str, Shorthand] = {}
    for cells in rows("shorthand"):
        short, written, use = (cells + ["", ""])[:3]
        if use not in _USES:
            raise ValueError(f"shorthand.tsv: {short!r} has an unknown use {use!r}")
        out[short.lower()] = Shorthand(short, written, use)
    return out


@cache
def words(name: str) -> frozenset[str]:
    """The first column of `lexicons/NAME.tsv`, as written (a word list)."""
    return frozenset(cells[0] for cells in rows(name))
