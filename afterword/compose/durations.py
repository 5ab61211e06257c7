"""A stretch of weeks or months jotted before what filled it: "6 wks agency ICU cover".

Said as time spent on it ("have spent six weeks on agency ICU cover"), never as a counted
thing one's record "includes" ("My record includes six weeks."). A duration with nothing
after it says nothing a note can use.
"""

from __future__ import annotations

import re

_SPAN = (r"(\d+|a few|several|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
         r"twelve)[ -]+(weeks?|wks?|months?|mos?\.?)")
# What the time was spent as, on or in already has its preposition ("as acting manager").
_LED = re.compile(r"(?i)(?:on|in|at|as|with|for|across|covering|running|leading|doing|"
                  r"working|managing|teaching)\b")


def bare(head: str) -> bool:
    """Whether a piece is a duration alone ("six weeks", "3 mos"): nothing to bring."""
    return re.fullmatch(rf"(?i)(?:about\s+|~)?{_SPAN}", head.strip()) is not None


def spent(head: str) -> str | None:
    """ "6 wks agency ICU cover" -> "have spent 6 weeks on agency ICU cover"; "3 months as
    acting manager" -> "have spent 3 months as acting manager"; None for anything else."""
    m = re.fullmatch(rf"(?i)(?:about\s+|~)?{_SPAN}\s+(?:of\s+)?(\S.*)$", head.strip())
    if not m or re.search(r"\d", m.group(3)):
        return None  # "6 months, 40 visits": figures of another kind follow
    unit = m.group(2).lower().rstrip(".")
    unit = "week" if unit.startswith("w") else "month"
    count = m.group(1)
    plural = "" if count.lower() in {"1", "one"} else "s"
    rest = m.group(3)
    if not _LED.match(rest):
        rest = f"on {rest}"
    return f"have spent {count} {unit}{plural} {rest}"
