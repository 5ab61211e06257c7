"""Two words joined by a slash, for `shorthand`: "PMs/designers", "nurses/techs".

A slash between two plural nouns is how a notebook writes "and" (or "or"): a letter names
both ("product managers and designers"). Only plain words are read: "and/or", "his/her",
"yes/no", "read/write", "client/server", "24/7", an address or a unit ("km/h") hold no plural
noun on both sides, or are left alone by the running-text test. Singular words are never
read, even words for people: "client/server" and "buyer/seller" are terms of art.
"""

from __future__ import annotations

from collections.abc import Iterator

from afterword.language.patterns import lazy_compile
from afterword.language.text import Note
from afterword.review.rules.draft._running import Running

Pair = tuple[int, int, str]

# A word, a slash, a word: no space around the slash, neither side inside a longer path
# ("a/b/c") or an address. The first word may be an acronym in the plural ("PMs").
_PAIR = lazy_compile(r"(?<![\w/.@-])([A-Za-z][a-z]+|[A-Z]{2,}s)/([a-z]{3,})(?![\w/@-])")
# Words ending in "s" that are not plurals.
_NOT_PLURAL = frozenset(
    """his hers its ours yours theirs this thus was is has does less yes bus gas plus
    always perhaps news series species basis analysis process access success class pass
    status bias chaos lens campus focus bonus census virus""".split()
)


def _plural(word: str) -> bool:
    if len(word) > 2 and word[:-1].isupper() and word.endswith("s"):
        return True  # "PMs", "SMEs"
    low = word.lower()
    if low in _NOT_PLURAL or low.endswith(("ss", "us", "is")):
        return False
    return word.endswith("s") and len(word) > 3


def slash_pairs(note: Note, text: Running) -> Iterator[Pair]:
    """Spans of "X/Y" where both are plural nouns, with the written form ("X and Y")."""
    body = note.body
    if "/" not in body:
        return
    for m in _PAIR.finditer(body, 0, text.end):
        first, second = m.group(1), m.group(2)
        if not (_plural(first) and _plural(second)):
            continue
        if text.allows(*m.span()):
            yield m.start(), m.end(), f"{first} and {second}"
