"""Running text for the draft-language rules (the spec's "Draft language" section).

These rules fire only on running text: not in the signature block, not inside a URL or an
e-mail address, not inside a proper name from the context, not inside a template slot.
"""

from __future__ import annotations

import re
from functools import cached_property

from afterword.language.mentions import find_name
from afterword.language.patterns import lazy_compile
from afterword.language.text import Note, once_per_note

# A web or e-mail address: a token with "@", "://" or a leading "www.", or a domain-like
# word ("acme.example/jobs").
_ADDRESS = lazy_compile(
    r"\S*@\S+|\S*://\S+|\bwww\.\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|edu|gov|io|example)\b\S*",
    re.IGNORECASE,
)
# Every match holds one of these (in `Note.caseless`): the pattern's leading `\S*` has the
# engine try it at every character, about a tenth of a millisecond a note, and 99 notes in
# 100 hold none of them.
_ADDRESS_SIGNS = ("@", "://", "www.", ".com", ".org", ".net", ".edu", ".gov", ".io", ".example")


class Running:
    """Where a note's running text ends, and the spans inside it that are not prose.

    The spans are found only when a rule first asks about a place: most notes give the three
    rules nothing to ask about, and finding the context's names costs more than the rules.
    """

    def __init__(self, note: Note) -> None:
        self.note = note
        signoff = note.signoff
        self.end = signoff.span.start if signoff is not None else len(note.body)

    @cached_property
    def skip(self) -> tuple[tuple[int, int], ...]:
        note = self.note
        body = note.body
        caseless = note.caseless
        if any(sign in caseless for sign in _ADDRESS_SIGNS):
            spans = [m.span() for m in _ADDRESS.finditer(body)]
        else:
            spans = []
        spans += [(p.start, p.end) for p in note.placeholders]
        for name in _proper_names(note):
            spans += find_name(body, name)
        return tuple(spans)

    def allows(self, start: int, end: int) -> bool:
        """True when `start`..`end` lies in running text."""
        if end > self.end:
            return False
        return not any(s < end and start < e for s, e in self.skip)


running = once_per_note(Running)
"""The note's running text (worked out once per note, shared by the three rules)."""


def _proper_names(note: Note) -> list[str]:
    c = note.context
    # Not the dictionaries: they say how words are spelled, not that shorthand is welcome.
    names = [c.candidate, c.company, c.role, *c.other_companies, *c.other_roles]
    if c.recipient is not None:
        names += [c.recipient.name, c.recipient.title]
    return [n for n in names if n and n.strip()]
