"""Whether a name or an address on an invitation is a team mailbox rather than a person."""

from __future__ import annotations

import re

# Words that name a team or a function, not a person ("Northwind Recruiting", "Talent
# Acquisition"). A person's title in brackets or after a dash ("Dana Cole (Talent)", "Dana
# Cole - Recruiting") is not read: that is a person. Words that are also surnames ("Jobs",
# "People") count only in an address with no name.
_NAME_WORDS = frozenset("""
    recruiting recruitment talent careers hiring hr staffing scheduling scheduler interviews
    interviewing team noreply no-reply donotreply do-not-reply acquisition onboarding
""".split())
_ADDRESS_WORDS = _NAME_WORDS | frozenset("""
    career jobs people calendar calendars admin office info contact hello
""".split())
_ASIDE = re.compile(r"\(.*?\)|\s[-–—|,/].*$")
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


def is_team_mailbox(name: str | None, email: str | None) -> bool:
    """True for "Northwind Recruiting", "Talent Team" or "careers@northwind.example" with no name."""
    if name:
        words = _WORD.findall(_ASIDE.sub("", name.casefold()))
        return any(w in _NAME_WORDS for w in words)
    if email:
        local = email.split("@", 1)[0].casefold()
        return any(w in _ADDRESS_WORDS for w in (local, *re.split(r"[._+-]", local)))
    return False
