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
# A line that asks the reader for a reply; and one that looks ahead to the process at all.
_ASKS_REPLY = re.compile(r"(?i)\bhear(?:ing)? from you\b|\bhear back\b")
_LOOKS_AHEAD = re.compile(r"(?i)\blook(?:ing)? forward\b|\bnext steps\b|\bhear(?:ing)?\b")

CONTACT = "contact"  # the one who writes back
PANEL = "panel"  # another interviewer of the hiring line: no "I look forward to hearing from you"
OUTSIDE = "outside"  # an outside panel member: no look ahead to the process at all


def reader_kind(facts: Facts, person: Person | None) -> str:
    """Who this reader is in the process: the point of contact (with none named, anyone
    but an outside panel member), another interviewer, or an outside panel member (a
    trustee, an external panellist, a bar raiser, by title)."""
    if person is None or person.point_of_contact:
        return CONTACT
    if person.title and _OUTSIDE.search(person.title):
        return OUTSIDE
    return PANEL if any(p.point_of_contact for p in facts.people) else CONTACT


def writes_back(facts: Facts, person: Person | None) -> bool:
    """Whether this reader is the one who will reply."""
    return reader_kind(facts, person) == CONTACT


def closes_for(bank: tuple[str, ...], kind: str, fallback: tuple[str, ...]) -> tuple[str, ...]:
    """The wordings of `bank` fit for this kind of reader (`reader_kind`): none asks another
    interviewer for a reply, none looks ahead to the process with an outside panel member;
    `fallback` when none is left."""
    if kind == CONTACT:
        return bank
    pattern = _ASKS_REPLY if kind == PANEL else _LOOKS_AHEAD
    return tuple(b for b in bank if not pattern.search(b)) or fallback


# Regions a title scopes its holder to ("Head of Research, SEA", "Sales Director (EMEA)").
_REGION = re.compile(r"(?:,|\(|-|\u2013)\s*(?:SEA|APAC|EMEA|LATAM|ANZ|DACH|MENA|CEE|Nordics|"
                     r"Benelux|Iberia|Southeast Asia|South-East Asia|Asia Pacific|Europe|"
                     r"North America|Latin America|Middle East|Africa)\b\)?\s*$")


def other_market(facts: Facts, person: Person | None) -> bool:
    """Whether the reader leads another region than the one hired for: a title scoped to a
    region and a time zone other than the interview's. The company's slogan may speak to
    one market ("build for the next 500 million"): it is not quoted to them."""
    if person is None or not person.title or not person.timezone:
        return False
    return bool(_REGION.search(person.title)) and person.timezone != facts.timezone
