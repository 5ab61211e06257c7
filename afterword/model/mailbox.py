"""Whether a name or an address on an invitation is a team mailbox rather than a person."""

from __future__ import annotations

import re

# Words that name a team or a function, not a person ("Northwind Recruiting",
# "Talent Acquisition", "careers@", "no-reply@"). A person's title in brackets or after a
# dash ("Dana Cole (Talent)", "Dana Cole - Recruiting") is not read: that is a person.
_TEAM_WORDS = frozenset("""
    recruiting recruitment talent careers career jobs hiring hr people staffing scheduling
    scheduler interviews interviewing team noreply no-reply donotreply do-not-reply calendar
    calendars admin office info contact hello resources acquisition onboarding ta
""".split())
_ASIDE = re.compile(r"\(.*?\)|\s[-–—|,/].*$")
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


def is_team_mailbox(name: str | None, email: str | None) -> bool:
    """True for "Northwind Recruiting", "Talent Team" or "careers@northwind.example" with no name."""
    if name:
        words = _WORD.findall(_ASIDE.sub("", name.casefold()))
        return any(w in _TEAM_WORDS for w in words)
    if email:
        local = email.split("@", 1)[0].casefold()
        return any(w in _TEAM_WORDS for w in re.split(r"[._+]", local))
    return False
