"""Words of a jotting that point at something said beside it, and counts jotted as signs.

A jotted line leans on the line before it: "6 yrs warehouse before that" (before the CDL),
"1 yr teller here in Miami" (the candidate's city), "apprentice there at a resi outfit".
Once a note carries the line alone, "before that" points at nothing, or at whatever the
note said just before it. A pointer of time only orders things ("before that", "since
then"), so the line is as true without it; "here" and "there" next to the place they stand
for ("teller here in Miami") add nothing to it. Other pointers stay, and the reader of the
phrase decides whether it can go out (`dangling`).

Counts: "~48k" is "about 48,000"; "0 accidents 0 tickets" is "no accidents or tickets".
"""

from __future__ import annotations

import re

# Pointers of time at the end of a piece: they order the line after another, no more.
_TIME_TAIL = re.compile(
    r"(?i)[,;]?\s+(?:(?:just|right|even|long)\s+)?(?:before|after|prior to|until|since)\s+"
    r"(?:that|then|this|it)\b|[,;]?\s+(?:prior|beforehand|back then|at the time|since then|"
    r"before then|till then)\s*$")
# "here" / "there" as an adverb of place beside a named place ("teller here in Miami"), or
# ending a piece that names no place of its own ("2 yrs there"): said either way without it.
_PLACE = re.compile(r"(?i)(?<=[\w)])\s+(?:here|there)(?=\s+(?:at|in|with|for|on)\s|\s*$|\s*,)")
_NOT_ADVERB = re.compile(r"(?i)\b(?:out|over|up|down|in|from|get|got|is|are|was|were|be|been)"
                         r"\s+(?:here|there)\b")
_LEFT = re.compile(r"(?i)\b(?:before|after|since|until) (?:that|then)\b|\b(?:there|here|then|"
                   r"that one|the same place|same place|that job)\s*$")


def without_pointers(piece: str) -> str:
    """A piece without the pointers it can lose and stay true: "6 years warehouse before
    that" -> "6 years warehouse"; "1 year teller here in Miami" -> "1 year teller in
    Miami". Other pointers are kept (see `dangling`)."""
    out = _TIME_TAIL.sub("", piece).strip()
    # "before that, forklift": a pointer inside the piece, where a comma ends it.
    out = re.sub(r"(?i)\s+(?:before|after|since) (?:that|then)(?=\s*,)", "", out)
    if not _NOT_ADVERB.search(out):
        out = _PLACE.sub("", out)
    return out if out.split() else piece


def dangling(piece: str) -> bool:
    """Whether a phrase still points at something it does not say ("since then", "the
    same place", "there" at its end)."""
    return bool(_LEFT.search(piece.strip().rstrip(".")))


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


# "analysts who question the numbers not just run models", "HSE out in the field not in the
# office": a contrast jotted without its comma or "rather than". A "not" after a verb that
# negates ("do not", "is not", "need not") or "if/or/whether not" is no contrast.
_CONTRAST = re.compile(
    r"(?i)(?<=[a-z0-9)])(?<!\bdo)(?<!\bdoes)(?<!\bdid)(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)"
    r"(?<!\bcan)(?<!\bcould)(?<!\bwill)(?<!\bwould)(?<!\bshould)(?<!\bmust)(?<!\bmay)"
    r"(?<!\bmight)(?<!\bhas)(?<!\bhave)(?<!\bhad)(?<!\bneed)(?<!\bto)(?<!\bif)(?<!\bor)"
    r"(?<!\bwhether)(?<!\bbut)(?<!\band)\s+not\s+(just|only|simply|merely)?\s*(?=[a-z])")


def contrasted(phrase: str) -> str:
    """ "analysts who question the numbers not just run models" -> "analysts who question
    the numbers rather than just run models": the contrast a jotting runs on, joined."""
    return _CONTRAST.sub(lambda m: f" rather than {m.group(1) + ' ' if m.group(1) else ''}",
                         phrase)


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
