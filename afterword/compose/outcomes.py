"""A share of a list worked through, jotted with an arrow: "280 overdue pts -> 96 scheduled".

The reader turns the arrow into "to", which would read as a change ("from 280 to 96");
jotted after the work ("ran the recall list, 280 overdue pts -> 96 scheduled in 2 mo") it
is how many of them the work reached: "96 of 280 overdue patients were scheduled in two
months", a clause with its own subject after the claim.
"""

from __future__ import annotations

import re

from afterword.language import phrases as gr

_SHARE = re.compile(r"(?:about\s+)?(\d[\d,]*)\s+((?:[a-z-]+\s+){0,3}[a-z-]+)\s+to\s+(?:about\s+)?"
                    r"(\d[\d,]*)\s+([a-z]+)((?:\s+(?:in|within|over|after|by)\s+[\w\s-]{1,30})?)")


def share(piece: str) -> str | None:
    """ "280 overdue patients to 96 scheduled in 2 month" -> "96 of 280 overdue patients
    were scheduled in two months"; None for anything else, or when the second number is not
    a part of the first."""
    m = _SHARE.fullmatch(piece.strip())
    if not m or not gr.is_past(m.group(4)):
        return None
    whole, part = int(m.group(1).replace(",", "")), int(m.group(3).replace(",", ""))
    if not 0 < part < whole or gr.has_clause_verb(m.group(2).split()):
        return None
    # "in 2 month": a count above one takes the plural the jotting's "mo" lost.
    when = re.sub(r"\b((?:[2-9]|\d\d+)\s+)(day|week|month|year)\b", r"\1\2s", m.group(5))
    return f"{m.group(3)} of {m.group(1)} {m.group(2)} were {m.group(4)}{when}"
