"""Figures jotted after a claim, joined to it in the candidate's voice.

"CDL-A since may 2026, ~48k miles, 0 accidents 0 tickets" is the driver's best line: a
count with the verb it needs ("and have driven about 48,000 miles", `lexicons/tallies.tsv`),
a record of nothing gone wrong ("with no accidents or tickets"), and a change jotted with an
arrow after what made it ("automated the claims MIS report, 2 days -> 3 hrs": ", cutting
the time it took from two days to three hours"). Each is said with the claim, never
dropped, because the number is what a reader remembers.
"""

from __future__ import annotations

import re
from functools import cache

from afterword.compose import claims, claims_results
from afterword.language import counts
from afterword.language import phrases as gr
from afterword.language.lexicon import rows

_TIME = r"(?:minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?)"
_SPAN = re.compile(rf"(?i)^(?:from\s+)?(about\s+)?(\d[\d.,]*)\s*({_TIME})\s+to\s+(about\s+)?"
                   rf"(\d[\d.,]*)\s*({_TIME})$")
_COUNTS = re.compile(r"(?i)^(?:from\s+)?(about\s+)?(\d[\d.,]*)\s+to\s+(about\s+)?(\d[\d.,]*)$")
_SECONDS = {"min": 60, "hou": 3600, "hrs": 3600, "hr": 3600, "day": 86400, "wee": 604800,
            "wks": 604800, "wk": 604800, "mon": 2592000}


@cache
def _verbs() -> dict[str, tuple[str, str, str]]:
    """Each counted noun's participle, simple past and the noun as said after the verb."""
    return {cells[0]: (cells[1], cells[2], cells[3]) for cells in rows("tallies")
            if len(cells) >= 4}


def tally_said(clause: str, amount: str, jotted: str) -> str:
    """ "have held ..." + "about 1,500" + "hours flown" -> "... and have flown about 1,500
    hours": the verb the count needs, and its noun said once."""
    done, past, noun = _verbs()[jotted.lower()]
    return f"{clause} and {f'have {done}' if _perfect(clause) else past} {amount} {noun}"


def _seconds(count: str, unit: str) -> float:
    u = unit.lower()
    return float(count.replace(",", "")) * _SECONDS.get(u[:3] if u[:3] in _SECONDS else u, 1)


def _unit(count: str, unit: str) -> str:
    u = unit.lower()
    word = next(w for w in ("minute", "hour", "day", "week", "month")
                if u.startswith(w[:2]) or (w == "hour" and u.startswith("hr"))
                or (w == "week" and u.startswith("wk")))
    return word if count in {"1", "one"} else word + "s"


def _perfect(clause: str) -> bool:
    return clause.startswith(("have ", "has "))


def joined(clause: str, piece: str) -> str | None:
    """`clause` with the figure `piece` said after it, or None when the piece is no such
    figure: "about 48k miles" after "have held a CDL-A since May 2026" -> "... and have
    driven about 48,000 miles"; "0 accidents 0 tickets" -> "... with no accidents or
    tickets"; "2 days to 3 hours" after "automated the report" -> "..., cutting the time
    it took from 2 days to 3 hours"."""
    text = " ".join(piece.split())
    none = counts.no_counts(text)
    if none:
        return f"{clause} with {none}" if " and have " in clause or " and drove " in clause \
            else f"{clause}, with {none}"
    if re.match(r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                r"\d+(?:st|nd|rd|th)) out of \d", text):
        return f"{clause}, ranking {text}"  # "opened 312 accounts, number 2 of 40 ..."
    including = _including(clause, text)
    if including:
        return including
    second = claims_results.metric_moved(text)
    lead = re.match(r"helped (cut|raise) ", clause)
    if second and lead and second.startswith(lead.group()) and ", and " not in clause:
        # "LTIs 7 -> 2 in 2 yrs, TRIFR 8.4 -> ~4": two measures moved the same way.
        return f"{clause}, and {second[len(lead.group()):]}"
    counted = re.fullmatch(r"(?i)((?:about|over|nearly|more than)\s+)?(\d[\d.,]*k?)\s+([a-z ]+)",
                           counts.thousands(text))
    if counted and counted.group(3).lower() in _verbs():
        amount = f"{counted.group(1) or ''}{counts.thousands(counted.group(2) + ' x')[:-2]}"
        return tally_said(clause, amount, counted.group(3))
    did = claims.count_done(counts.thousands(text))
    if did and (_perfect(clause) or gr.is_past(did.split()[0])) and " and " not in clause:
        # "~120 panels wired" after "have held a journeyman card since ...": "and have
        # wired about 120 panels".
        return f"{clause} and {'have ' if _perfect(clause) else ''}{did}"
    span = _SPAN.match(text)
    # The change is what the last thing done made ("..., and built the dashboard"), never
    # a post held or a credential.
    last = re.split(r"\band\s+(?:I\s+)?|\bwhere\s+I\s+", clause)[-1].split()
    if span and last and gr.is_past(last[0]) and last[0] not in {"spent", "held", "been"}:
        before, after = _seconds(span.group(2), span.group(3)), _seconds(span.group(5),
                                                                         span.group(6))
        if after >= before:
            return None  # a time that grew is no result to claim without its reason
        a = f"{span.group(1) or ''}{span.group(2)} {_unit(span.group(2), span.group(3))}"
        b = f"{span.group(4) or ''}{span.group(5)} {_unit(span.group(5), span.group(6))}"
        return f"{clause}, cutting the time it took from {a} to {b}"
    moved = _COUNTS.match(text)
    if moved and re.match(r"(?:cleared|worked down|cut|reduced|brought down)\b", clause) and \
            float(moved.group(4).replace(",", "")) < float(moved.group(2).replace(",", "")):
        # "cleared the ticket backlog, 900 -> 150": what was cut, from how many to how many.
        a = f"{moved.group(1) or ''}{moved.group(2)}"
        b = f"{moved.group(3) or ''}{moved.group(4)}"
        if clause.startswith(("cleared", "worked down")):
            return f"{clause}, cutting it from {a} to {b}"
        return None if " from " in clause else f"{clause} from {a} to {b}"
    return None


def _including(clause: str, piece: str) -> str | None:
    """ "six years of warehouse experience" + "forklift and reach truck" -> "..., including
    forklift and reach truck work"; "have spent 32 weeks on clinical placement at ..." +
    "core lab and blood bank" -> "..., including core lab and blood bank work": what the
    time was spent on, a list of plain nouns, said with it. A thing that counts, named
    bare, takes "work" ("forklift work"); a material or a practice does not ("concrete and
    framing")."""
    if not (clause.endswith("experience") or clause.startswith("have spent")) or "," in clause:
        return None
    items = re.split(r"\s+and\s+|,\s*", piece.strip())
    if not 1 <= len(items) <= 3 or any(
            not re.fullmatch(r"[a-z][a-z-]*(?: [a-z][a-z-]*)?", i) or
            any(w in gr.DETERMINERS or w in gr.PREPOSITIONS or gr.is_past(w) or
                w in {"i", "we", "my", "our"} for w in i.split()) for i in items):
        return None
    from afterword.language.determiners import countable

    heads = [i.split()[-1] for i in items]
    work = any(countable(h) and not h.endswith(("s", "ing")) for h in heads)
    listed = items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
    return f"{clause}, including {listed}{' work' if work else ''}"

