"""The `a-an` rule: "a" before a vowel sound or "an" before a consonant sound."""

from __future__ import annotations

import re
from collections.abc import Iterator

from afterword.language.patterns import lazy_compile
from afterword.language.text import Note
from afterword.language.wordscan import WordScan
from afterword.review.findings import Hit, Severity
from afterword.review.registry import Example, rule

# The article, then the next word (opening quotes and brackets skipped).
_ARTICLE = lazy_compile(r"(?<![\w'’.\-/&])(a|an|A|An|AN)\s+[\"“‘'(]?([^\W_][\w'’.&+-]*)", re.UNICODE)
_ARTICLE_AT_WORDS = WordScan(_ARTICLE)  # the same matches, sought only where they can start

# Words spelled with a vowel that start with a consonant sound ("a university", "a one-year",
# "a European"): prefixes of the lower-case word.
_CONSONANT_SOUND = lazy_compile(
    r"(?:uni(?!n|m|d|ll)|unanim|use|usu|usa|usur|uten|uter|uti|uto|uvu|ubiq|uku|ukr|ugan|utah"
    r"|ura(?:n|l)|ure[atm]|urin|eu|ewe|one(?!r|ro)|once|ouija|oaxaca)"
)
# Words spelled with an "h" that start with a vowel sound ("an hour", "an honest").
_VOWEL_SOUND_H = lazy_compile(r"(?:hour|honest|honor|honour|heir)")
# Either article is heard before these ("a historic" / "an historic", "an herb" in the US).
_EITHER = lazy_compile(r"(?:herb|homage|historic|hotel|heroic|habitual|hysteric)")
# Letters whose name starts with a vowel sound: "an F", "an MBA", "an SRE", "an X-ray".
_VOWEL_LETTERS = frozenset("AEFHILMNORSX")
# Acronyms said as words ("a NASA grant", "a SWAT team"), so the letter rule does not apply.
_WORD_ACRONYM = lazy_compile(r"S[CKLMNPTW][AEIOU]|[B-DF-HJ-NP-TV-Z][AEIOUY]")
# Acronyms said both ways: "a SQL" ("sequel") and "an SQL" ("ess-cue-ell").
_EITHER_ACRONYMS = frozenset({"SQL", "FAQ", "SAT", "SOC", "SIM", "LED", "MOOC", "SUV", "SEO"})
_DIGITS = lazy_compile(r"\$?(\d[\d,]*)")


def vowel_sound(word: str) -> bool | None:
    """Whether `word` starts with a vowel sound; None when either article can be right."""
    if not word:
        return None
    first = word[0]
    if first.isdigit():
        return _number_vowel(word)
    head = re.split(r"[-.'’/]", word)[0] or word
    if len(head) == 1 and head.isalpha():
        return head.upper() in _VOWEL_LETTERS  # a letter on its own: "an F", "a B-grade"
    if head.isupper() and head.isalpha() and len(head) <= 6:
        return _acronym_vowel(head)
    if first.islower() and any(c.isupper() for c in word[1:]):
        return first in "aeio"  # "an iPhone", "an eBay listing", "an iOS app"
    if sum(c.isupper() for c in head) >= 2 and head.isalpha():
        # "PhD", "MSc", "SaaS": spelled out or said as a word; decide only where both agree
        if head[0] in "AEIO":
            return True
        return None if head[0] in _VOWEL_LETTERS or head[0] == "U" else False
    low = word.lower()
    if _EITHER.match(low):
        return None
    if low.startswith("h"):
        return bool(_VOWEL_SOUND_H.match(low))
    if low[0] in "aeiou":
        return not _CONSONANT_SOUND.match(low)
    if not low[0].isalpha() or low[0] not in "bcdfghjklmnpqrstvwxyz":
        return None  # a letter outside English spelling: leave it to the writer
    return False


def _acronym_vowel(head: str) -> bool | None:
    first = head[0]
    if head in _EITHER_ACRONYMS or first == "H":
        return None  # and "an HR" or "a HR" ("haitch"), both heard
    if first in "AEIO":
        return True  # "an API", "an ERP", "an IEP", "an OKR" whichever way it is said
    if first == "U":
        return False  # "a URL", "a UX review", "a UNICEF grant"
    if first not in _VOWEL_LETTERS:
        return False  # "a KPI", "a CPA", "a PDF"
    if len(head) >= 3 and _WORD_ACRONYM.match(head):
        return None  # "a NASA" or "an N-A-S-A"? either can be meant
    if len(head) == 2 and head[1] in "AEIOU":
        return None
    return True  # spelled out: "an MBA", "an SRE", "an RN", "an HR", "an LLC"


def _number_vowel(word: str) -> bool | None:
    match = _DIGITS.match(word)
    if not match:
        return None
    digits = match.group(1).replace(",", "")
    if digits.startswith("8"):
        return True  # eight, eighty, 800
    # eleven, eighteen, 11,000 (but "a 110-page", "a 1,800-mile")
    return digits[:2] in ("11", "18") and len(digits) in (2, 5, 8)


@rule(
    "a-an",
    severity=Severity.WARNING,
    fires=[
        Example("Dear Ms. Hale,\n\nThank you for spending a hour with me.\n\nBest,\nSam"),
        Example("Dear Ms. Hale,\n\nThank you for an great conversation today.\n\nBest,\nSam"),
        Example("Dear Ms. Hale,\n\nIt is an unique program.\n\nBest,\nSam"),
    ],
    passes=[
        Example(
            "Dear Ms. Hale,\n\nIt was an honor to spend an hour at a university lab with "
            "an MBA student.\n\nBest,\nSam"
        ),
        Example(
            "Dear Ms. Hale,\n\nI led a one-year project and a European rollout as an "
            "SRE.\n\nBest,\nSam"
        ),
    ],
)
def a_an(note: Note) -> Iterator[Hit]:
    """Flag "a" before a vowel sound or "an" before a consonant sound.

    ## What it flags
    "a interview", "a hour", "an great", "an unique": the article does not match the sound
    of the next word. It goes by sound, not spelling, so "an hour", "a university",
    "a one-year", "a European", "an MBA" and "an 8-week course" are right.

    ## Why it matters
    A wrong article is a small slip the reader hears at once when reading the sentence
    aloud, and it makes a careful note look hurried.

    ## Known limits
    Where both are heard ("a historic" and "an historic", "a NASA" and "an N-A-S-A"),
    either article passes. A capital "A" inside a sentence is read as a letter ("Plan A")
    and left alone.
    """
    starts = {s.start for s in note.sentences}
    for match in _ARTICLE_AT_WORDS.finditer(note.body, note.word_starts):
        article, word = match.group(1), match.group(2)
        start = match.start(1)
        if article == "A" and start not in starts and not _line_start(note.body, start):
            continue  # "Plan A and B", "grade A work": a letter, not the article
        if article == "AN":
            continue  # shouting or an acronym; not ours to judge
        if note.in_placeholder(start, match.end(2)):
            continue
        sound = vowel_sound(word.rstrip(".,;:!?"))
        if sound is None:
            continue
        wants_an = sound
        if wants_an == (article.lower() == "an"):
            continue
        right = "an" if wants_an else "a"
        right = right.capitalize() if article[0].isupper() else right
        why = "a vowel sound" if wants_an else "a consonant sound"
        yield Hit(
            (start, match.end(1)),
            f"Use '{right}' before '{word}', which starts with {why}",
            suggestion=f"{right} {word}",
            replacement=right,
        )


def _line_start(body: str, pos: int) -> bool:
    line_start = body.rfind("\n", 0, pos) + 1
    return not body[line_start:pos].strip()
