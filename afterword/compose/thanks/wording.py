"""Small wording helpers the notes share: counts, clipping, names, capitals, sentences."""

from __future__ import annotations

import re

from afterword.compose.facts import Facts, Person
from afterword.compose.thanks.parts import NO_CONCERN


def _count(n: int) -> str:
    return ("one", "two", "three", "four", "five")[n - 1] if 0 < n <= 5 else str(n)


def _clip(text: str, size: int = 50) -> str:
    return text if len(text) <= size else text[:size].rstrip() + "\u2026"


def _open_note(people: tuple[Person, ...], default: int, channels: dict[int, str]) -> int:
    """Where an unattributed concern goes: the point of contact's note (else the first
    interviewer's); when that is a card or an invitation, which has no room for it, the next
    interviewer listed whose note has room."""
    order = [*range(default, len(people)), *range(default)]
    return next((n for n in order if channels.get(n) not in NO_CONCERN), default)


def _person_index(people: tuple[Person, ...], name: str | None) -> int | None:
    if not name:
        return None
    for n, p in enumerate(people):
        if p.name.casefold() == name.casefold():
            return n
    # "Simone" for "Simone Delacroix", "Chidinma Okafor" for "Dr. Chidinma Okafor": the
    # same person when only one interviewer fits.
    want = _bare(name)
    fits = [n for n, p in enumerate(people)
            if _bare(p.name) == want or (" " not in want and _bare(p.name).split()[:1] == [want])]
    return fits[0] if len(fits) == 1 else None


person_index = _person_index  # for the drafts of other kinds: whether someone took part


def _bare(name: str) -> str:
    """A name without an honorific, in one case: "Dr. Chidinma Okafor" -> "chidinma okafor"."""
    return re.sub(r"(?i)^(?:dr|mr|mrs|ms|mx|prof)\.?\s+", "", name.strip()).casefold()


def names_of(people: tuple[Person, ...]) -> str:
    """ "Arjun", "Arjun and Priya", "Arjun, Priya and Tom": how a note names who took part."""
    names = [p.first_name for p in people]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def meeting(facts: Facts) -> str:
    """What the interview was, as a note names it: a phone screen is a call, not a meeting."""
    return {"phone": "call", "video": "video interview"}.get(facts.format or "", "interview")


def _openings(text: str, q: str = "") -> set[str]:
    """How a wording's sentences open, in their first three words ("i came away"), the
    record's own words (`q`, a qualification) left out: two notes of a panel whose sentences
    open alike read as one template ("I came away even more ..." beside "I came away from
    the interview even more ...")."""
    if q:
        text = text.replace(q, "")
    out = set()
    for sentence in _sentences(text):
        words = re.findall(r"[a-z']+", sentence.casefold())[:3]
        if len(words) == 3:
            out.add(" ".join(words))
    return out


def _sentences(text: str) -> set[str]:
    """A wording's sentences of more than three words (a short "Thank you." may repeat)."""
    # Never at a title's full stop ("Mrs. Dube taught us both"): one sentence, not two.
    return {s for s in re.split(r"(?<!\bMrs\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)"
                                r"(?<=[.!?])\s+(?=[A-Z\u201c])", text.strip())
            if len(s.split()) > 3} or {text}


sentences = _sentences


def cap(text: str) -> str:
    """The first letter in capitals ("thank you ..." after an empty greeting)."""
    return text[:1].upper() + text[1:]


_cap = cap
