"""A qualification said plainly: "I ran 12 toolbox talks.", never with a stock tail.

A coach cuts "..., and I would bring that experience to your team" after a claim: the
claim already says what the candidate brings, and the same tail in every note reads as a
template. The tail was there so that the review (`missing-qualification`) knew the
sentence for a qualification; here the review's own reading of a note decides: when it
reads the plain sentence as a skill or an achievement, the plain sentence is what goes
out, and a tail is kept only for a claim the review would not recognise without one.
"""

from __future__ import annotations

import re
from functools import lru_cache


def plain(clause: str) -> str | None:
    """ "I {clause}." when a note holding that sentence alone reads as saying what the
    candidate brings; None when it would need words around it to read so."""
    sentence = f"I {clause}."
    return sentence if _reads_as_qualification(sentence) else None


def reads(sentence: str) -> bool:
    """Whether the review reads a sentence as saying what the candidate brings."""
    return _reads_as_qualification(sentence)


@lru_cache(maxsize=512)
def _reads_as_qualification(sentence: str) -> bool:
    # The review's reading, as it reads a thank-you: imported here, as the review is
    # heavier than the composer and only this check needs it.
    from afterword.language.message import Message
    from afterword.language.text import Note
    from afterword.review.moves import analyse

    note = Note(Message(body=f"Dear Alex,\n\n{sentence}\n\nBest,\nSam", kind="thank-you"))
    return analyse(note).has("qualification")


def as_a(phrase: str) -> str:
    """ "two jury trials as trial paralegal" -> "... as a trial paralegal": a role after "as"
    takes its article, as in a sentence (a jotting drops it)."""
    from afterword.compose.claims import agent_noun
    from afterword.language import phrases as gr

    m = re.search(r"\bas\s+((?:[a-z-]+\s+){0,2}([a-z-]+))$", phrase)
    if not m or m.group(1).split()[0] in gr.DETERMINERS or not agent_noun(m.group(2)) or \
            m.group(2).endswith("s"):
        return phrase
    article = "an" if m.group(1)[0] in "aeiou" else "a"
    return f"{phrase[:m.start(1)]}{article} {m.group(1)}"
