"""Kinds of rapport that are an occasion rather than a fact in common, split from
`rapport_kinds` (whose helpers they use):

- what we talked about, when nothing else is in common: "he did erasmus in lyon, we talked
  about the quenelles 10 min" -> "I enjoyed talking about the quenelles with you." (never a
  grim subject, `lexicons/grim_topics.tsv`: "the layoffs", "the floods");
- an event the reader is training for that the candidate has done: "he's training for the
  twin cities marathon, i ran it in 2024" -> "Good luck with your training for the Twin
  Cities Marathon, which I ran in 2024."
"""

from __future__ import annotations

import re
from functools import cache

from afterword.compose.rapport_kinds import TALKED, _name, _pick, _talked, _year, pieces, unfit

# The jotting's own words of time and complaint, and the interview's subjects: no small talk.
_NOT_TALK = re.compile(r"(?i)\b(?:too|way|forever|always|late|again|rotas?|shifts?|schedules?|"
                       r"hours|weekends?|role|job|work|team|interview|office|clients?|patients?|"
                       r"customers?)\b")


@cache
def _grim() -> re.Pattern[str]:
    """Subjects no small-talk line carries (`lexicons/grim_topics.tsv`): "the layoffs", "the
    floods", "the kids", "the visa stuff"."""
    from afterword.language.lexicon import words

    forms = [re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else "")
             for w in words("grim_topics")]
    return re.compile(r"(?i)(?<![\w-])(?:" + "|".join(sorted(forms, key=lambda f: (-len(f), f)))
                      + r")(?![\w-])")


def talked(text: str) -> str | None:
    """ "I enjoyed our conversation about the quenelles." from a jotting whose only shared
    moment is what we talked about, beside what the reader told of their own world; None
    when it is alone (the interview itself), long, about a person, or grim ("the layoffs",
    "the floods"). Said as jotted: no place is paired with it ("Lyon and its floods")."""
    parts = [p for p in pieces(text) if not unfit(p)]
    # Alone, "we spoke about the rota" is the interview itself; beside what the reader told
    # of their own world ("he did erasmus in lyon") it is the small talk of the day.
    if len(parts) < 2:
        return None
    what = _talked(parts)
    if not what or _NOT_TALK.search(what) or _grim().search(what) or re.search(r"\d", what):
        return None
    return _pick(TALKED, what).format(what=what)


# An event the reader is training for, which the candidate has done ------------------------

_TRAINING_FOR = re.compile(r"(?i)^(?:he|she)(?:'s|\u2019s|s|\s+is)\s+(?:training|signed\s+up|"
                           r"registered|entered)\s+for\s+(?:the\s+)?([a-z][\w'-]*(?:\s+[a-z][\w'-]*)"
                           r"{0,3}?\s+(?:marathon|half\s+marathon|triathlon|ultra|ironman|10k|"
                           r"relay|fun\s+run|sportive|swim))$")
_DID_IT = re.compile(r"(?i)^(?:and\s+)?i\s+(ran|did|raced|rode|swam|finished|completed)\s+it"
                     r"(?:\s+(?:in|back\s+in)\s+('?\d{2}|\d{4}))?(?:\s+(?:too|as\s+well))?$")
EVENT = ("Good luck with your training for the {event}, which I {verb} {when}.",)


def event(parts: list[str]) -> str | None:
    """ "he's training for the twin cities marathon, i ran it in 2024": "Good luck with your
    training for the Twin Cities Marathon, which I ran in 2024." (only the reader training
    is nothing in common: None)."""
    event = next((m for p in parts for m in [_TRAINING_FOR.match(p)] if m), None)
    did = next((m for p in parts for m in [_DID_IT.match(p)] if m), None)
    if not event or not did:
        return None
    year = _year(did.group(2))
    return EVENT[0].format(event=_name(event.group(1)), verb=did.group(1).lower(),
                           when=f"in {year}" if year else "myself")
