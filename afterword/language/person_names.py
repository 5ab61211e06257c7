"""A person's or a company's name as typed in a hurry ("maria delgado", "brightside dental"),
with the capitals a note needs ("Maria Delgado", "Brightside Dental").

Only a name typed wholly in lower case is recased: any capital means the writer chose the
casing ("bell hooks" is rare; "McKenzie", "van der Berg" and "eBay" are kept as written).
"""

from __future__ import annotations

import re

# Particles that stay lower case inside a name ("Ana de la Cruz", "Pieter van der Berg").
_PARTICLES = frozenset("de del della der di da das do dos du la le van von bin binti al y".split())
# Small words of a company's name ("Bread and Butter Bakery", "House of Tides").
_SMALL = frozenset("and of the for at in on &".split())
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")


def proper_name(name: str | None) -> str | None:
    """A person's name typed in lower case, capitalised ("jean-luc o'neill" -> "Jean-Luc
    O'Neill"); any other name as it is."""
    if not name or name != name.lower() or not re.search(r"[^\W\d_]", name):
        return name
    return _recase(name, _PARTICLES)


def proper_company(name: str | None) -> str | None:
    """A company's name of two words or more typed in lower case, capitalised ("brightside
    dental" -> "Brightside Dental"); one word ("ebay", "bol.com") and any name with a
    capital, as it is: a lower-case brand is often meant."""
    if not name or name != name.lower() or len(name.split()) < 2 or "." in name:
        return name
    return _recase(name, _SMALL)


def _recase(name: str, small: frozenset[str]) -> str:
    first = True

    def up(match: re.Match[str]) -> str:
        nonlocal first
        word = match.group()
        keep = not first and word in small
        first = False
        if keep:
            return word
        # "o'neill" -> "O'Neill"; "d'souza" -> "D'Souza"
        head, sep, tail = word.replace("\u2019", "'").partition("'")
        if sep and len(head) == 1:
            return head.upper() + sep + tail[:1].upper() + tail[1:]
        return word[:1].upper() + word[1:]

    return _WORD.sub(up, name)
