"""Words of a jotting that point at something said beside it.

A jotted line leans on the line before it: "6 yrs warehouse before that" (before the CDL),
"1 yr teller here in Miami" (the candidate's city), "apprentice there at a resi outfit".
Once a note carries the line alone, "before that" points at nothing, or at whatever the
note said just before it. A pointer of time only orders things ("before that", "since
then"), so the line is as true without it; "here" and "there" next to the place they stand
for ("teller here in Miami") add nothing to it. Other pointers stay, and the reader of the
phrase decides whether it can go out (`dangling`).

A contrast jotted without its "rather than" is joined here too (`contrasted`); counts
jotted as signs are in `counts.py`.
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
