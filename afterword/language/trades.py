"""The reader's trade, and the acronyms that are its standing terms rather than shorthand.

An acronym a candidate jots ("CAPA", "CLE", "PGDE") may be the word every reader of their
field uses or a private clipping ("OJT", "JE"). Which one it is depends on the reader: "CLE"
to a chief public defender is plain English, to a museum's learning manager it is not. So
the test is the reader's trade, read from what the reader's side wrote or said (the role,
the company, its values, the interviewers' titles, the topics discussed: never the
candidate's own qualifications, which may be of the trade they are leaving), against
`lexicons/trade_fields.tsv`; an acronym of `lexicons/trade_terms.tsv` of that trade is the
reader's own word.

The candidate's own writing is evidence too: an acronym they used in a sentence written out
in full, with a capital and a full stop ("I know what a QP needs in a certification pack."),
is a word they chose for this reader, so it is theirs wherever the record jots it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from afterword.language.lexicon import rows


@cache
def _markers() -> dict[str, re.Pattern[str]]:
    """`trade_fields.tsv`: each field's markers as one pattern of whole words."""
    out: dict[str, re.Pattern[str]] = {}
    for cells in rows("trade_fields"):
        field, markers = cells[0], cells[1].split("|")
        alternatives = [re.escape(m.rstrip("*")).replace(r"\ ", r"\s+") + (
            r"\w*" if m.endswith("*") else "") for m in markers if m]
        out[field] = re.compile(r"(?i)(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])")
    return out


@cache
def _terms() -> dict[str, frozenset[str]]:
    """`trade_terms.tsv`: the acronyms of each field, as written."""
    out: dict[str, set[str]] = {}
    for cells in rows("trade_terms"):
        out.setdefault(cells[1], set()).add(cells[0])
    return {field: frozenset(terms) for field, terms in out.items()}


def fields(reader_side: Iterable[str]) -> frozenset[str]:
    """The trades whose markers the reader's side of a record names ("Associate Director,
    QA Operations" at "Calyx Therapeutics": life sciences)."""
    texts = [t for t in reader_side if t]
    return frozenset(field for field, pattern in _markers().items()
                     if any(pattern.search(t) for t in texts))


def terms(trades: Iterable[str]) -> frozenset[str]:
    """The acronyms that are standing terms of these trades."""
    table = _terms()
    return frozenset(t for field in trades for t in table.get(field, ()))


@cache
def _written() -> dict[str, dict[str, str]]:
    """`trade_terms.tsv`'s fourth column: the words a note writes for a term, by field."""
    out: dict[str, dict[str, str]] = {}
    for cells in rows("trade_terms"):
        if len(cells) > 3 and cells[3]:
            out.setdefault(cells[1], {})[cells[0]] = cells[3]
    return out


def written(trades: Iterable[str]) -> dict[str, str]:
    """The terms of these trades that a note writes out, and how ("UXR": "UX research",
    "IDI": "in-depth interview"): the reader knows the acronym, but the words read better."""
    table = _written()
    return {term: words for field in trades for term, words in table.get(field, {}).items()}


def field_of(acronym: str) -> frozenset[str]:
    """The trades whose term `acronym` is (empty when it is no trade's)."""
    return frozenset(field for field, ts in _terms().items() if acronym in ts)


# A field written as prose: it opens on a capital and ends on a full stop, "?" or "!".
_PROSE = re.compile(r"^\s*[A-Z].*\s.*[.!?]\s*$", re.S)
_ACRONYM = re.compile(r"(?<![\w&-])([A-Z][A-Z0-9&]*[A-Z])s?(?![\w&-])")


def written_acronyms(texts: Iterable[str]) -> frozenset[str]:
    """The acronyms the candidate used in a field they wrote out as sentences ("I know what
    a QP needs in a batch certification pack."): chosen for this reader, not jotted."""
    out: set[str] = set()
    for text in texts:
        if text and _PROSE.match(text) and len(text.split()) >= 5:
            out |= {m.group(1) for m in _ACRONYM.finditer(text)}
    return frozenset(out)
