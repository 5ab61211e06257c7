"""A topic as a note can name it weeks later, in a reply or a note to stay in touch: without
the jotting's vague tail ("scheduling and the 45 versus a 50-minute thing", "the pantry
spreadsheet mess") and without the figures of a term of the job ("notice period 30 days":
the notice period, never the days, which are the candidate's own business). Which topics
are terms of the job, and whose, is `language/lexicons/terms_of_the_job.tsv`."""

from __future__ import annotations

import re
from functools import cache

from afterword.language.lexicon import rows

# Heads that say "what we talked about" without saying what: a jotting's, never a note's.
_VAGUE = re.compile(r"(?i)\s+(?:thing|things|stuff|mess|business|saga|drama)$")
# A length jotted with a term ("3-month probation", "6 months probation").
_FIGURE = r"(?:(?:\d+|one|two|three|six|twelve)[\s-](?:days?|weeks?|months?|wks?|mths?)\s+)?"


@cache
def _terms() -> tuple[dict[str, str], re.Pattern[str]]:
    """The lexicon's terms by name, and a pattern for a topic whose head is one: "the work
    pass application", "the staff housing on site"; never "the housing market"."""
    owner = {cells[0]: cells[1] for cells in rows("terms_of_the_job")}
    alt = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in sorted(owner, key=lambda w: (-len(w), w)))
    return owner, re.compile(rf"(?i)^(?:the\s+|my\s+|a\s+)?{_FIGURE}({alt})"
                             r"(?:\s+(?:application|process|policy))?"
                             r"(?:\s+(?:on|at|in|for|of|after)\b.*|\s*[\d,(+-].*)?$")


def _term(topic: str) -> tuple[str, str] | None:
    """(the term as a note names it, "own" or "theirs") for a topic about one."""
    owner, pattern = _terms()
    m = pattern.match(_VAGUE.sub("", topic.strip()))
    if m is None:
        return None
    named = " ".join(m.group(1).lower().split())
    return named, owner[named]


def plain_topic(topic: str) -> str | None:
    """The topic without a vague tail or a term's figures; None when nothing sayable is left
    ("the 45 versus a 50-minute thing")."""
    term = _term(topic)
    if term and term[1] == "own":
        # "notice period 30 days", "the 3-month probation thing": the term, not its length.
        return "the " + ("probation period" if term[0] == "probation" else term[0])
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


def term_of_the_job(topic: str) -> str | None:
    """"own" for a term of the candidate's own the reader talked through with them (the
    notice period, the start date), "theirs" for one the employer has and the reader
    explained (the staff housing, the work pass application), None for any other topic."""
    term = _term(topic)
    return term[1] if term else None


def is_term(topic: str) -> bool:
    """Whether a topic is a term of the job: thanked for as help, never as a conversation
    the candidate "enjoyed", and singled out in no reply to a rejection."""
    return term_of_the_job(topic) is not None
