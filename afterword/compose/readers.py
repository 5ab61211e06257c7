"""Who a note's reader is in the hiring process, for the lines that depend on it.

A panel member who will not be the one writing back (a trustee, an external panellist, a
bar raiser: anyone but the point of contact, when the record names one) is not told "I look
forward to hearing from you": the close thanks them instead.
"""

from __future__ import annotations

import re

from afterword.compose.facts import Facts, Person

# Titles of panel members from outside the hiring line, who take part and do not reply.
_OUTSIDE = re.compile(r"(?i)\b(?:trustee|governor|board member|external|bar[- ]raiser|observer|"
                      r"panel member|panellist|panelist|lay member|non-executive)\b")
# A line that asks the reader for a reply.
_ASKS_REPLY = re.compile(r"(?i)\bhear(?:ing)? from you\b|\bhear back\b")


def writes_back(facts: Facts, person: Person | None) -> bool:
    """Whether this reader is the one who will reply: the point of contact; with none named,
    anyone whose title is not that of an outside panel member."""
    if person is None or person.point_of_contact:
        return True
    if person.title and _OUTSIDE.search(person.title):
        return False
    return not any(p.point_of_contact for p in facts.people)


def closes_for(bank: tuple[str, ...], writes: bool, fallback: tuple[str, ...]) -> tuple[str, ...]:
    """The wordings of `bank` fit for this reader: for one who will not write back, those
    that ask for no reply (else `fallback`)."""
    if writes:
        return bank
    return tuple(b for b in bank if not _ASKS_REPLY.search(b)) or fallback
