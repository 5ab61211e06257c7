"""A topic as a note can name it weeks later, in a reply or a note to stay in touch: without
the jotting's vague tail ("scheduling and the 45 versus a 50-minute thing", "the pantry
spreadsheet mess") and without the figures of a term of the job ("notice period 30 days":
the notice period, never the days, which are the candidate's own business)."""

from __future__ import annotations

import re

# Heads that say "what we talked about" without saying what: a jotting's, never a note's.
_VAGUE = re.compile(r"(?i)\s+(?:thing|things|stuff|mess|business|saga|drama|issue thing)$")
# Terms of the job jotted with their figures: named without them.
_FIGURE = r"(?:(?:\d+|one|two|three|six|twelve)[\s-](?:days?|weeks?|months?|wks?|mths?)\s+)?"
_TERM = re.compile(r"(?i)^(?:the\s+|my\s+|a\s+)?" + _FIGURE + r"(notice\s+period|probation"
                   r"(?:\s+period)?|start\s+date|joining\s+date)\b(?=\s*(?:\d|of\s+\d|[,(+-]|$))")


def plain_topic(topic: str) -> str | None:
    """The topic without a vague tail or a term's figures; None when nothing sayable is left
    ("the 45 versus a 50-minute thing")."""
    term = _TERM.match(_VAGUE.sub("", topic))
    if term:
        # "the 3-month probation thing": the probation period, without its length.
        named = " ".join(term.group(1).lower().split())
        return "the " + ("probation period" if named == "probation" else named)
    parts = re.split(r"\s+and\s+", topic)
    if len(parts) > 1 and _VAGUE.search(parts[-1]) and not _VAGUE.search(parts[0]):
        # "scheduling and the 45 versus a 50-minute thing": the named half.
        return plain_topic(" and ".join(parts[:-1]))
    if not _VAGUE.search(topic):
        return topic
    rest = _VAGUE.sub("", topic).strip()
    words = rest.split()
    if len(words) < 2 or re.search(r"\d|-\w+$", words[-1]) or re.search(r"(?i)\b(?:versus|vs)\b", rest):
        return None  # "the 45 versus a 50-minute": no noun left to name
    return rest


_TERMS = re.compile(r"(?i)^(?:the\s+|my\s+)?" + _FIGURE + r"(?:notice\s+period|probation(?:\s+period)?|start\s+date"
                    r"|joining\s+date|staff\s+housing|housing|relocation|work\s+pass"
                    r"|work\s+permit|visa|salary|pay|benefits|medical\s+(?:check|insurance))"
                    # The term is the head: "the staff housing on site", "the work pass
                    # application"; never "the housing market", "salary benchmarking".
                    r"(?:\s+(?:application|process|policy))?(?:\s+(?:on|at|in|for|of|after)\b.*)?$")


def is_term(topic: str) -> bool:
    """Whether a topic is a term of the job the reader explained (the notice period, the
    staff housing, the work pass application): thanked for as help with a question, never
    as a conversation the candidate "enjoyed"."""
    return bool(_TERMS.match(topic))
