"""The `repeated-word` rule: the same word twice in a row ("the the")."""

from __future__ import annotations

from collections.abc import Iterator

from afterword.language.text import Note
from afterword.review.findings import Hit, Severity
from afterword.review.registry import Example, rule

# Doubles that grammar allows: "we had had enough", "he said that that plan works",
# "what they do do well".
ALLOWED = frozenset({"had", "that", "do"})


@rule(
    "repeated-word",
    severity=Severity.WARNING,
    fires=[
        Example("Dear Ms. Ruiz,\n\nThank you for showing me the the new clinic.\n\nBest,\nAl"),
        Example(
            "Hi Tom,\n\nI would like to thank you for\nfor the tour this morning.\n\nBest,\nJo"
        ),
    ],
    passes=[
        Example("Dear Ms. Ruiz,\n\nBy Friday we had had three rounds of talks.\n\nBest,\nAl"),
        Example("Hi Tom,\n\nI spent six years in retail. Retail taught me patience.\n\nBest,\nJo"),
    ],
)
def repeated_word(note: Note) -> Iterator[Hit]:
    """Flag a word written twice in a row.

    ## What it flags
    The same word twice with only a space or a line break between ("the the", "to to"),
    whatever the capitals. Doubles that grammar allows ("had had", "that that") and a word
    repeated across a sentence end or a comma ("retail. Retail") are left alone.

    ## Why it matters
    A doubled word is the classic slip of a note written in a hurry, and the reader
    notices it at once. It takes a second to fix.

    ## Known limits
    Names that double on purpose ("Walla Walla") are skipped only when both words are
    capitalised. A word repeated with other words in between is not looked for.
    """
    words = note.words
    lows = [w.bare.lower() for w in words]
    # Nearly every two neighbours differ: find the pairs that do not in one pass.
    same = [i for i, (a, b) in enumerate(zip(lows, lows[1:], strict=False)) if a == b]
    starts: set[int] | None = None  # sentence starts, worked out only for a doubled name
    for i in same:
        first, second = words[i], words[i + 1]
        a, b = first.bare, second.bare
        # Nothing but white space between the two words: no comma, no full stop, no dash.
        if first.bare_end != first.end or second.bare_start != second.start:
            continue
        if note.body[first.end : second.start].strip():
            continue
        if not a.isalpha() or a.lower() in ALLOWED:
            continue
        named = len(a) > 1 and a[0].isupper() and b[0].isupper() and not a.isupper()
        if named:
            if starts is None:
                starts = {s.start for s in note.sentences}
            if first.bare_start not in starts:
                continue  # "Walla Walla", "Bora Bora": a name, not a slip
        if note.in_placeholder(first.start, second.end):
            continue
        yield Hit(
            (first.bare_start, second.bare_end),
            f"'{a}' is written twice in a row",
            suggestion=f"Delete the second '{b}'.",
            replacement=a,
        )
