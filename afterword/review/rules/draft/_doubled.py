"""A content phrase written twice around a preposition, for `broken-phrase`: "my experience
with experience on CostX", "our conversation about our conversation about the audit".

A composer that joins two jottings on the same subject may write the head noun twice. Read from
words alone: a word of four letters or more, a preposition, and the same word again, either
straight after the preposition (with, of, about, regarding: "experience with experience") or
after a determiner (also for, on, in: "the plan for the plan"). Fixed pairs keep their
prepositions out of the first kind: "day by day", "side by side", "word for word", "one on
one", "hand in hand", "client to client". Superlatives ("the best of the best") and a word
repeated for a contrast ("the story behind the story") are left alone, and so is a compound
whose first noun is the word again ("the value of value engineering", "the design of design
systems"): a pasted double is followed by a small word (a preposition, a conjunction, a form
of "be" or "have"), punctuation, a name or the end.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from afterword.language.patterns import lazy_compile
from afterword.language.text import Note
from afterword.review.rules.draft._running import Running

Seam = tuple[int, int, str]

_BARE = r"with|of|about|regarding"
_AFTER_DETERMINER = r"with|of|about|regarding|for|on|in"
_DETERMINER = r"the|my|our|your|their|this|its|his|her"
# At the first word's position: the word, its preposition, an optional determiner, the word again.
_TWICE = lazy_compile(
    rf"([^\W\d_]{{4,}})[ \t]+(?:(?:{_BARE})|(?:{_AFTER_DETERMINER})[ \t]+(?:{_DETERMINER}))"
    r"[ \t]+(\1)(?![\w'’-])",
    re.IGNORECASE,
)
# After the second word, another noun makes a compound ("the value of value engineering", "the
# design of design systems"): only these small words, punctuation or the end follow a pasted
# double.
_AFTER_DOUBLE = lazy_compile(
    r"[ \t]*(?:[^\w \t]|$|[A-Z\d]|(?:in|on|at|of|for|with|about|from|to|by|and|or|but|is|are"
    r"|was|were|has|have|had|will|would|can|could|made|makes|taught|helped|gave)(?![\w'’-]))"
)
# Words said twice on purpose with these prepositions: "fight fire with fire".
_ON_PURPOSE = frozenset("fire force kind".split())


def doubled_phrase(note: Note, text: Running) -> Iterator[Seam]:
    body = note.body
    twice = [(w, p) for w, p in note.word_starts.at.items() if len(p) > 1 and len(w) > 3]
    for word, places in twice:
        if word in _ON_PURPOSE or word.endswith("est"):
            continue
        for first, second in zip(places, places[1:], strict=False):
            if second - first > len(word) + 20:
                continue  # too far apart for a preposition and a determiner between
            m = _TWICE.match(body, first)
            if m is None or m.start(2) != second:
                continue
            again = m.group(2)
            if not again[0].islower() or again[1:] != m.group(1)[1:]:
                continue  # a name: "your nursing staff about the Staff Development role"
            if first > 0 and (body[first - 1].isalnum() or body[first - 1] in "-'’"):
                continue  # inside a longer word
            if not _AFTER_DOUBLE.match(body, m.end()):
                continue  # a compound: "the design of design systems"
            if text.allows(first, m.end()):
                yield first, m.end(), f"'{word}' is written twice: a phrase was pasted onto itself"
