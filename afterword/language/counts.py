"""Counts jotted as signs, said as a note says them.

"~48k" is "about 48,000" (`thousands`); "0 accidents 0 tickets" is "no accidents or
tickets" (`no_counts`); "#3 of 60" is "third out of 60" (`ranks`); "$6,200 yr 1" is "$6,200
in the first year" (`year_n`).
"""

from __future__ import annotations

import re

# Thousands jotted with "k" ("48k", "~60k", "1.2k"): the money sums keep their own form.
_THOUSANDS = re.compile(r"(?<![\w£$₦€¥.,])(\d{1,3}(?:\.\d)?)k(?=\s+[a-z])", re.I)


def thousands(text: str) -> str:
    """ "about 48k miles" -> "about 48,000 miles": a count before a noun, in full."""
    def full(m: re.Match[str]) -> str:
        return f"{round(float(m.group(1)) * 1000):,}"
    return _THOUSANDS.sub(full, text)


_ZERO = re.compile(r"(?i)(?:0|zero|no|nil)\s+((?:[a-z-]+\s+)?[a-z-]+s)\b")


def no_counts(piece: str) -> str | None:
    """ "0 accidents 0 tickets", "zero failed inspections, 0 complaints" -> "no accidents
    or tickets", "no failed inspections or complaints": a record of nothing gone wrong, said
    as a note says it. None unless the whole piece is such counts."""
    text = " ".join(piece.replace(",", " ").replace("+", " ").split())
    text = re.sub(r"(?i)\s+(?:and|or|&)\s+(?=(?:0|zero|no|nil)\s)", " ", text)
    found = _ZERO.findall(text)
    # "no fuss": "no" alone is a jotted word, not a count of nothing.
    if not found or _ZERO.sub("", text).strip() or not re.search(r"(?i)\b(?:0|zero|nil)\s", text):
        return None
    nouns = list(dict.fromkeys(n.lower() for n in found))
    return "no " + (nouns[0] if len(nouns) == 1 else
                    ", ".join(nouns[:-1]) + " or " + nouns[-1])


_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
             "ninth", "tenth")
_RANK = re.compile(r"(?i)(?:\b(?:number|no\.?)\s+|#\s?)(\d{1,3})\s+(?:of|out of|/)\s+(\d[\d,]*)\b")


def ranks(text: str) -> str:
    """ "number 2 of 40 in my region", "#3 of 60 agents" -> "second out of 40 in my region",
    "third out of 60 agents": a rank said in words, never with "#"."""
    def said(m: re.Match[str]) -> str:
        n = int(m.group(1))
        place = _ORDINALS[n - 1] if 0 < n <= len(_ORDINALS) else \
            f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"
        return f"{place} out of {m.group(2)}"
    return _RANK.sub(said, text)


# A year counted after a sum ("$6,200 year 1") or a count of something ("312 accounts yr 1"),
# never a duration ("a 5 year 3 month lease": the number right before "year" is its length).
_YEAR_N = re.compile(r"(?i)((?:[$£€₦₹]\s?\d[\d,.]*k?|\b\d[\d,.]*k?\s+(?!(?:years?|yrs?|months?|"
                     r"weeks?|days?)\b)[a-z][a-z-]*))\s+(?:in\s+)?(?:year|yr)\s+([1-5])\b"
                     r"(?!\s*(?:students|pupils|class|months?|mos?|weeks?|wks?|days?)\b)")


def year_n(text: str) -> str:
    """ "raised $6,200 year 1" -> "raised $6,200 in the first year": a year counted after a
    sum is said as an ordinal ("Year 1" alone, a school year, is left as it is)."""
    return _YEAR_N.sub(lambda m: f"{m.group(1)} in the {_ORDINALS[int(m.group(2)) - 1]} year",
                       text)
