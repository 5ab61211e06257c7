"""The `long-sentence` rule: a sentence of more than 35 words."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from afterword.language.patterns import lazy_compile
from afterword.language.spans import Span
from afterword.language.text import Note
from afterword.review.findings import Hit, Severity
from afterword.review.registry import Example, rule

MAX_WORDS = 35

# Inside a sentence as the spec counts them, a line break still ends a piece of text when
# the line before is short (a greeting, a valediction, a name glued on with a single line
# break), ends with a colon or semicolon, or the next line is a list item. A long line
# broken mid-sentence (a hard-wrapped email) stays one sentence.
_LINE_BREAK = lazy_compile(r"\r?\n")
_LIST_ITEM = lazy_compile(r"\s*(?:[-*•–]|\d+[.)])\s")
_SHORT_LINE = 6


def pieces(sentence: Span) -> list[Span]:
    """The sentence, split at line breaks that end a line of their own (see above)."""
    out: list[Span] = []
    text, base = sentence.text, sentence.start
    pos = 0
    for m in _LINE_BREAK.finditer(text):
        line = text[pos : m.start()]
        rest = text[m.end() :]
        if (
            len(line.split()) <= _SHORT_LINE
            or line.rstrip().endswith((":", ";"))
            or _LIST_ITEM.match(rest)
        ):
            _add(out, text, base, pos, m.start())
            pos = m.end()
    _add(out, text, base, pos, len(text))
    return out


def _add(out: list[Span], text: str, base: int, start: int, end: int) -> None:
    chunk = text[start:end]
    if chunk.strip():
        lead = len(chunk) - len(chunk.lstrip())
        s, e = start + lead, start + len(chunk.rstrip())
        out.append(Span(text[s:e], base + s, base + e))


_LONG = (
    "Dear Ms. Hartman,\n\nAs a marketer with three years of campaign experience, I am "
    "confident that I could make an immediate and lasting contribution to your team, your "
    "customers and the wider organization as it continues to grow in the years ahead and "
    "takes on new markets.\n\nBest regards,\nKelsey Durant"
)


@rule(
    "long-sentence",
    severity=Severity.INFO,
    fires=[
        Example(_LONG, note="One sentence of 43 words."),
        Example(
            "Hi Sam,\n\nThank you for the call this morning about the opening on your team, "
            "and for walking me through the new routing engine, the way your drivers plan "
            "their days around it and the changes you hope to make to it before the busy "
            "season starts in the autumn.\n\nBest,\nJo",
            kind="networking",
        ),
    ],
    passes=[
        Example(
            "Dear Ms. Hartman,\n\nI have three years of campaign experience. I am confident "
            "that I could make an immediate contribution to your team and your customers as "
            "the organization grows.\n\nBest regards,\nKelsey Durant",
            note="The same ideas in two sentences.",
        ),
        Example(
            "Dear Dr. Patel,\n\nThank you for the tour of the lab on Tuesday, e.g. the new "
            "sequencer room. It was a pleasure to meet the team.\n\nBest,\nAnh",
            note="Abbreviations such as 'Dr.' and 'e.g.' do not end a sentence.",
        ),
    ],
)
def long_sentence(note: Note) -> Iterator[Hit]:
    """Flag a sentence of more than 35 words.

    ## What it flags
    Any sentence of 36 words or more. Sentences end at a full stop, question mark or
    exclamation mark (not after abbreviations such as "Dr." or "e.g."), and a greeting or
    sign-off on its own line is never counted as part of the sentence next to it.

    ## Why it matters
    A long sentence makes the reader hold several ideas at once, and in a short note the
    point gets lost. Two or three short sentences say the same thing more clearly.

    ## Known limits
    Words are counted as whitespace-separated tokens, so "on-call" is one word and
    "5 - 7" is two. A list with no full stops that runs on one line reads as one sentence.
    """
    starts = [w.start for w in note.words]
    for sentence in note.sentences:
        if bisect_left(starts, sentence.end) - bisect_left(starts, sentence.start) <= MAX_WORDS:
            continue  # no piece of it holds more words than the whole
        for piece in pieces(sentence):
            # Words lie wholly inside or outside a piece: pieces end at white space.
            count = bisect_left(starts, piece.end) - bisect_left(starts, piece.start)
            if count > MAX_WORDS:
                yield Hit(
                    (piece.start, piece.end),
                    f"This sentence runs to {count} words; one of more than {MAX_WORDS} is "
                    "hard to follow",
                    suggestion="Split it into two or three shorter sentences.",
                )
