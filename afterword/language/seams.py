"""Seams of words pasted together mechanically: what no writer of English leaves in a sentence.

A fragment pasted into a frame, or rewritten word by word, leaves marks a reader sees at once:
a number word before an article ("two the US investors"), the same small word twice ("the the
budget", "about about 5"), two determiners in a row ("the my team", "a an audit", "on a our
roster"), a frame whose slot stayed empty ("our conversation about."), a small word in title
case after a word in lower case ("our talk About the roster"), "are both" before a verb ("we
are both have cats"). Compose refuses a phrase that
holds one (`compose.fragments.clean`); the review's `broken-phrase` rule flags one in a draft.

Each pattern starts on a word, so the review can try it only where that word stands
(`wordscan.WordScan`); `seams(text)` tries them all on a plain text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from afterword.language.patterns import lazy_compile

NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve")
# "two the US investors", "three my reports": a count cannot stand before a determiner. "a"
# after a count is a rate ("five a day", "two a week"), and a clock time may come before
# "the" ("at nine the next morning"): see `_CLOCK_BEFORE` and `_RATE`.
NUMBER_DETERMINER = lazy_compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(the|an?|my|our|your|their|its|his)\b(?!-)",
    re.IGNORECASE,
)
_RATE = lazy_compile(r"\s*(?:day|week|month|year|night|shift|side|head|piece|time|quarter"
                     r"|season|session|semester|term)s?\b", re.IGNORECASE)
_CLOCK_BEFORE = lazy_compile(
    r"\b(?:at|by|until|till|before|after|around|from|to|past)\s+$", re.IGNORECASE
)
_CLOCK_AFTER = lazy_compile(r"\s+(?:next|following|same|previous|night|morning|evening|day)\b",
                            re.IGNORECASE)
_SMALL = ("the|a|an|of|to|in|on|for|with|about|at|by|from|and|or|my|our|your|their|into"
          "|onto|than|as")
# "the the budget", "about about 5": a small word typed or pasted twice.
DOUBLED = lazy_compile(rf"\b({_SMALL})\s+\1\b(?!-)", re.IGNORECASE)
# "the my team", "a an audit", "on a our roster": two determiners in a row. The second in
# lower case only ("the A team" is a name); "her" is left out ("the her" is not written, but
# "for her" is: "her" is also an object).
DETERMINERS_TWICE = lazy_compile(
    r"\b(?:the|an?|my|our|your|their|its)\s+(?:the|an?|my|our|your|their|its)\b(?![-'’])"
)
# "our conversation about.", "your question about,": a frame whose slot is empty.
EMPTY_FRAME = lazy_compile(
    r"\b(?:conversation|discussion|exchange|talk|question|chat|hearing|learning)\s+"
    r"(?:about|of|on|regarding)\s*(?=[.,;:!?]|$)",
    re.IGNORECASE,
)
# "our talk About the roster", "the close And the audit": a small word in title case after a
# word in lower case. "The" is left out (it opens many names: "at The Home Depot").
# A capital "A" after a label noun, or before "and", "or", ..., is a label: "part A and part B",
# "plan A works", "grade A".
_LABEL_NOUNS = ("part plan type grade class level phase tier step unit ward wing block building "
                "option section exhibit schedule group team room gate floor terminal appendix "
                "annex form category").split()
_LABEL_A = ("".join(rf"(?<!{noun} )" for noun in _LABEL_NOUNS)
            + r"A(?=\s+(?!(?:and|or|but|nor|to|of|in|on|at|for|with|by|from|is|was|are|were"
              r"|then|plus|through)\b)[a-z])")
TITLED_SMALL = lazy_compile(
    r"\b(" + _LABEL_A + r"|An|Of|To|With|About|For|From|And|Or|My|Our|Your|Their|Its)\s+(?=[a-z])"
)
# The word before such a match: in lower case, with at most a comma after it.
_LOWER_BEFORE = lazy_compile(r"(?<![\w'’-])[a-z][\w'’-]*,?[ \t]+$")

# "we are both have 3-legged cats": "both" between "are" and a verb that is no complement.
# (Participles that are adjectives too stay out: "we are both trained", "both worked up".)
BE_BOTH_VERB = lazy_compile(
    r"\b(?:are|were)\s+both\s+(have|has|had|do|does|did|went|go|grew|ran|run|came|knew|know|got"
    r"|love|loved|like|liked|live|lived|play|played|studied|attended|took|take|hate|hated|speak"
    r"|spoke|ride|rode|own|owned)\b",
    re.IGNORECASE,
)

Seam = tuple[int, int, str]

PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (NUMBER_DETERMINER, "a number cannot stand before '{1}'"),
    (DOUBLED, "'{1}' is written twice"),
    (DETERMINERS_TWICE, "two determiners in a row"),
    (EMPTY_FRAME, "the phrase ends where its subject should be"),
    (TITLED_SMALL, "'{1}' is an ordinary word: write it in lower case mid-sentence"),
    (BE_BOTH_VERB, "'both' goes before the verb here: 'we both {1}'"),
)


def allowed(pattern: re.Pattern[str], text: str, match: re.Match[str]) -> bool:
    """Whether a match of one of `PATTERNS` is good English after all: a rate ("five a
    day"), a clock time ("at nine the next morning"), a word in title case at the start of a
    sentence or of a name ("Teach For America")."""
    if pattern is TITLED_SMALL:
        return not _LOWER_BEFORE.search(text, max(0, match.start() - 40), match.start())
    if pattern is NUMBER_DETERMINER:
        if match.group(1).lower() in {"a", "an"} and _RATE.match(text, match.end()):
            return True
        # A clock time before "the next morning", never before the thing counted ("pitched
        # to two the investors").
        return bool(_CLOCK_BEFORE.search(text, max(0, match.start() - 10), match.start())) \
            and bool(_CLOCK_AFTER.match(text, match.end()))
    return False


def twice(match: re.Match[str]) -> bool:
    """Whether a match is one word written twice ("the the"), which `DOUBLED` names."""
    words = match.group().lower().split()
    return len(words) == 2 and words[0] == words[1]


def reason(pattern: re.Pattern[str], why: str, match: re.Match[str]) -> str:
    return why.replace("{1}", match.group(1)) if "{1}" in why else why


def seams(text: str) -> Iterator[Seam]:
    """Every seam in a plain text: (start, end, why)."""
    for pattern, why in PATTERNS:
        for m in pattern.finditer(text):
            if pattern is not DOUBLED and twice(m):
                continue  # named once, by DOUBLED
            if not allowed(pattern, text, m):
                yield m.start(), m.end(), reason(pattern, why, m)


# A phrase ending on a preposition: "moving the close to", "a call with" (a piece cut at a
# dash or a bracket). Good English when a relative clause ends so ("the tools we rely on",
# "the budget she mentioned at the start" does not end so) or an infinitive ("a team to
# work with"): compose reads phrases, not sentences, so this is for a phrase only.
# Not the end of a hyphenated noun ("check-in", "sign-off", "drop-in").
_END_PREPOSITION = lazy_compile(
    r"(?<![\w'\u2019-])(?:of|to|with|about|for|from|at|in|on|by|into|onto|regarding|than|versus|via|per"
    r"|between|among|without|within)\s*[.,;:!?]*\s*$",
    re.IGNORECASE,
)
_RELATIVE = lazy_compile(
    r"\b(?:I|we|you|they|he|she|it|who|that|which)(?:['’]\w+)?\s+(?:[\w'’-]+\s+){0,4}"
    r"[\w'’-]+\s*[.,;:!?]*\s*$"
    r"|\bto\s+[a-z]+\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+\s*[.,;:!?]*\s*$",
    re.IGNORECASE,
)


def dangling(phrase: str) -> bool:
    """Whether a phrase ends on a preposition that governs nothing ("moving the close to")."""
    return bool(_END_PREPOSITION.search(phrase)) and not _RELATIVE.search(phrase)

