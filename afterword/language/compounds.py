"""A count before a noun that modifies another noun is one compound word: "a 12 attorney firm"
is "a 12-attorney firm", "our 40 bed unit" is "our 40-bed unit".

The sign is grammar, not a list of units: after a count above one, a noun in the singular
cannot be what is counted ("12 attorneys" would be), so it describes the noun after it. With
"a"/"an" the head noun is singular by the article; after "the", "our" and the like the head
noun must be singular too ("the 2 store managers" are two managers, left alone). A year
("the 2024 audit plan") is no count.
"""

from __future__ import annotations

import re

from afterword.language.inflections import lemmas

_COUNT_BEFORE_NOUNS = re.compile(
    r"\b(an?|the|our|my|their|his|her|its|this|that|your)\s+(\d+(?:\.\d+)?)\s+([a-z]+)\s+"
    r"(?=([a-z]+)\b)", re.I)
# Nouns that are read with a count but never joined to it: "a 20 percent raise" (style books
# leave it open), "a 2 million dollar budget" (a figure in words).
_OPEN = frozenset({"percent", "per", "million", "billion", "thousand", "hundred", "dozen",
                   "times", "point", "plus", "am", "pm"})
_ARTICLES = frozenset({"a", "an"})
_FUNCTION = frozenset({"in", "on", "out", "up", "off", "over", "down", "so", "as", "then",
                       "there", "here", "too", "also", "just", "only", "still"})


def _singular_noun(word: str) -> bool:
    nouns = lemmas(word).get("NOUN", ())
    return word in nouns


def hyphenate_counts(text: str) -> str:
    """"a 12 attorney firm" -> "a 12-attorney firm" (see the module's docstring)."""

    def join(m: re.Match[str]) -> str:
        det, count, noun, head = m.group(1), m.group(2), m.group(3), m.group(4)
        if count in {"1", "1.0"} or re.fullmatch(r"(?:19|20)\d\d", count):
            return m.group()
        if noun.lower() in _OPEN or not _singular_noun(noun.lower()):
            return m.group()
        # The head is a noun, or a word opening a noun ("dining room", "private practice");
        # after "the", "our" never a plural ("the 2 store managers": two managers).
        found = lemmas(head.lower())
        nouns = found.get("NOUN", ())
        if not found or "AUX" in found or head.lower() in _FUNCTION:
            return m.group()
        if det.lower() not in _ARTICLES and nouns and head.lower() not in nouns:
            return m.group()
        return f"{det} {count}-{noun} "

    return _COUNT_BEFORE_NOUNS.sub(join, text)


# A count glued to a unit's letter ("24h", "48hr", "7d") before a noun measures that noun:
# "within 24h target" is "within the 24-hour target". Alone ("done in 24h") it is left to
# the shorthand reading.
_GLUED_UNIT = re.compile(r"\b(\d+)(h|hr|hrs|d|wk|wks|min|mo|yr|yrs)\s+(?=([a-z]+)\b)")
_UNIT_WORDS = {"h": "hour", "hr": "hour", "hrs": "hour", "d": "day", "wk": "week",
               "wks": "week", "min": "minute", "mo": "month", "yr": "year", "yrs": "year"}


def glued_units(text: str) -> str:
    """ "24h target" -> "24-hour target" (see `_GLUED_UNIT`)."""

    def join(m: re.Match[str]) -> str:
        if "NOUN" not in lemmas(m.group(3)) or m.group(3) in _FUNCTION:
            return m.group()
        return f"{m.group(1)}-{_UNIT_WORDS[m.group(2)]} "

    return _GLUED_UNIT.sub(join, text)
