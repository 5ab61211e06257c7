"""The `exclamation` rule: more than one exclamation mark in the note, or "!!"."""

from __future__ import annotations

from collections.abc import Iterator

from afterword.language.patterns import lazy_compile
from afterword.language.text import Note
from afterword.review.findings import Hit, Severity
from afterword.review.registry import Example, rule

_MARKS = lazy_compile(r"!+")


@rule(
    "exclamation",
    severity=Severity.INFO,
    fires=[
        Example("Dear Ms. Green,\n\nThank you for the interview this morning!!\n\nBest,\nTia"),
        Example("Dear Ms. Green,\n\nThank you for the interview! I loved the tour!\n\nBest,\nTia"),
    ],
    passes=[
        Example("Hi Gwen,\n\nThanks so much for showing me around today!\n\nBest,\nAhmed"),
        Example("Hi Gwen,\n\nThank you for showing me around today.\n\nBest,\nAhmed"),
    ],
)
def exclamation(note: Note) -> Iterator[Hit]:
    """Flag a run of exclamation marks ("!!"), or more than one in the note.

    ## What it flags
    "!!" (or more) anywhere, and every exclamation mark after the first one in the note.

    ## Why it matters
    One exclamation mark can carry real enthusiasm; several make a note sound breathless
    and less professional. Let the words show the excitement.

    ## Known limits
    Counts every "!" in the body outside template slots, including one inside a quoted
    name such as "Yahoo!".
    """
    runs = [m for m in _MARKS.finditer(note.body) if not note.in_placeholder(*m.span())]
    total = sum(len(m.group()) for m in runs)
    if total < 2:
        return
    for i, match in enumerate(runs):
        if len(match.group()) > 1:
            yield Hit(
                match.span(),
                f"'{match.group()}' is more than one exclamation mark at once",
                suggestion="Use one at most, or a full stop.",
                replacement="!" if i == 0 else ".",
            )
        elif i > 0:
            yield Hit(
                match.span(),
                f"This note has {total} exclamation marks; one is plenty",
                suggestion="Use a full stop here.",
                replacement=".",
            )
