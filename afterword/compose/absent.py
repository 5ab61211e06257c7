"""How a note speaks of a conversation its reader was not in: a reply to the recruiter who
arranged the interview says "the conversation about fatigue management" or "Warrick's plan",
never "our conversation" (the recruiter was not on the call) nor "your plan" (it was the
interviewer's)."""

from __future__ import annotations

import re

from afterword.compose.facts import Person

_OURS = re.compile(r"\bour\s+(conversation|discussion|exchange|talk|chat)\b")
_YOURS = re.compile(r"\byour\b")


def for_absent_reader(phrase: str, interviewers: tuple[Person, ...]) -> str:
    """`phrase` (a topic as `thanks.about` says it to an interviewer) for a reader who was
    not there: "our conversation" becomes "the conversation", and "your" the interviewer's
    when there was one ("Warrick's plan"), else "the"."""
    phrase = _OURS.sub(r"the \1", phrase)
    whose = f"{interviewers[0].given_name}'s" if len(interviewers) == 1 else "the"
    return _YOURS.sub(whose, phrase)
