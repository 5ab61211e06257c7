"""The `spelling` rule: a word no English dictionary knows, with what was likely meant."""

from __future__ import annotations

import re
from collections.abc import Iterator

from afterword.language.patterns import lazy_compile
from afterword.language.spelling import Lexicon, Suggestions, lexicon
from afterword.language.text import Note
from afterword.review.findings import Hit, Severity
from afterword.review.registry import Example, rule

# A word inside a token: letters, with inner apostrophes ("employer's", "don't").
_PIECE = lazy_compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Tokens that are no prose word: addresses, handles, hashtags, file names, "Node.js",
# "e.g", "U.S", anything with a digit ("Q3", "COVID-19", "B2B").
_SKIP_TOKEN = lazy_compile(r"[\d@#_]|://|^www\.|\w\.\w", re.IGNORECASE)
_TOKEN = lazy_compile(r"\S+")
# Prefixes written with a hyphen that lists do not hold on their own ("cryo-EM").
_PREFIXES = frozenset(
    [
        "re",
        "co",
        "pre",
        "non",
        "multi",
        "sub",
        "mid",
        "inter",
        "intra",
        "cross",
        "anti",
        "semi",
        "self",
        "post",
        "ex",
        "cyber",
        "micro",
        "macro",
        "mini",
        "mega",
        "meta",
        "geo",
        "bio",
        "eco",
        "tele",
        "cryo",
        "neuro",
        "auto",
        "over",
        "under",
        "out",
        "up",
        "de",
        "un",
    ]
)
# An acronym with a plural: "KPIs", "APIs", "PhDs" stays unchecked.
_ACRONYM = lazy_compile(r"[A-Z]{2,}s?|[A-Z][a-z]?[A-Z]+s?")
# The edits that make a capitalised unknown word a misspelling rather than a name:
# "Interveiw" (swapped letters), "Definately" (wrong vowel), "Occured" (single letter).
_NAME_SAFE_KINDS = frozenset({"transpose", "vowel", "double", "undouble", "split"})
_MIN_SENTENCE_WORDS = 4


@rule(
    "spelling",
    severity=Severity.WARNING,
    fires=[
        Example(
            "Dear Ms. Hale,\n\nThank you for the interview. I recieved a clear picture of "
            "how your team works.\n\nBest regards,\nSam Ortiz"
        ),
        Example(
            "Hi Omar,\n\nThanks for showing me the lab. The new sequencing workflow will "
            "definately save your technicians time.\n\nBest,\nLena",
        ),
        Example(
            "Dear Mr. Cole,\n\nThank you for your time today.\n\nBest,\nAva Reed",
            subject="Thank you - Analyst interveiw",
        ),
    ],
    passes=[
        Example(
            "Dear Ms. Nguyen-Tran,\n\nThank you for explaining how the onboarding workflow "
            "moves to Kubernetes. I've organised similar rollouts.\n\nBest,\nJo Park",
        ),
        Example(
            "Hi Siobhán,\n\nThank you for the tour of the stormwater lab and the Meditech "
            "demo.\n\nBest,\nAmara",
            context={"recipient": {"name": "Siobhán Byrne"}, "dictionary": ["Meditech"]},
        ),
    ],
)
def spelling(note: Note) -> Iterator[Hit]:
    """Flag a word that looks misspelled, with the likely correction.

    ## What it flags
    A word that no English dictionary knows ("recieved", "oppurtunity"), in the body or
    the subject, once for every place it appears. US and UK spellings are both fine, and
    so are common business and technology words (workflow, onboarding, LinkedIn), words
    and names from the interview's details and your own dictionary, acronyms, numbers,
    web and e-mail addresses, and names written with a capital letter.

    ## Why it matters
    A typo in a thank-you note is the first thing many interviewers notice, and it undercuts
    the care the note is meant to show. Spelling is easy to fix before you send.

    ## Known limits
    A misspelling that is itself a real word ("form" for "from") is not caught. A name the
    dictionary does not know is not checked unless it starts a sentence and is one letter
    swap or wrong vowel from an ordinary word; add names to your dictionary or the
    interview's details so they are recognised. Foreign words with accents are left alone.
    """
    words = lexicon()
    if not words.usable:
        return
    accept = note.context_words
    starts = _sentence_starts(note)
    knows = words.knows
    fine = _passing(words)
    for _raw, _start, _end, bare, bare_start, _bare_end in note.words:
        if bare in fine:  # the same words come back note after note
            continue
        if bare.isalpha():  # the fast path, for nearly every word
            if (bare.islower() and knows(bare)) or bare.isupper():
                _remember(fine, bare)
                continue
            if bare[0].isupper() and bare[1:].islower():
                # A known word opening a sentence ("Thank"), which `_check` would pass all
                # the same, or a capitalised word inside one (a name).
                if knows(bare.lower()):
                    _remember(fine, bare)
                    continue
                if bare_start not in starts:
                    continue
        elif _SKIP_TOKEN.search(bare):
            _remember(fine, bare)
            continue
        if _passes_anywhere(words, bare):  # "don't", "e-mail", "iPhone"
            _remember(fine, bare)
            continue
        for piece, start, end in _pieces(bare, bare_start):
            if note.in_placeholder(start, end):
                continue
            hit = _check(words, piece, (start, end), accept, start in starts, "body")
            if hit is not None:
                yield hit
    subject = note.subject
    if subject:
        from afterword.language.placeholders import find_placeholders

        slots = None  # found when a word is to be checked
        for token in _TOKEN.finditer(subject):
            bare, offset = _strip(token.group(), token.start())
            if not bare or bare in fine or _SKIP_TOKEN.search(bare):
                continue
            if slots is None:
                slots = find_placeholders(subject, allow=accept)
            for piece, start, end in _pieces(bare, offset):
                if any(s < end and start < e for s, e in slots):
                    continue
                hit = _check(words, piece, (start, end), accept, True, "subject")
                if hit is not None:
                    yield hit


# The words that pass wherever they stand (a known word in lower case or capitalised, an
# acronym), for the lexicon they were checked with: most of a note's words, found with one
# set look-up each. Bounded, as a batch of new words could make it grow without end.
_FINE: tuple[Lexicon | None, set[str]] = (None, set())
_FINE_MAX = 50_000


def _passing(words: Lexicon) -> set[str]:
    global _FINE
    if _FINE[0] is not words:
        _FINE = (words, set())
    return _FINE[1]


def _remember(fine: set[str], bare: str) -> None:
    if len(fine) >= _FINE_MAX:
        fine.clear()
    fine.add(bare)


def _passes_anywhere(words: Lexicon, bare: str) -> bool:
    """Whether `_check` passes every piece of `bare`, whatever the context, the place (in a
    sentence or opening it, body or subject) and the template slots: as `_check` reads it."""
    for piece, _, _ in _pieces(bare, 0):
        if len(piece) < 2 or _ACRONYM.fullmatch(piece):
            continue
        low = piece.lower().replace("’", "'")
        if piece.islower():
            if not words.knows(low):
                return False
        elif (
            piece[0].isupper()
            and piece[1:].islower()
            and "'" not in piece[1:2]
            and not words.knows(low)
        ):
            return False  # an unknown capitalised word: checked where it opens a sentence
        # else "O'Neil", or mixed case (a brand or a name): never checked
    return True


def _strip(token: str, offset: int) -> tuple[str, int]:
    edge = "\"'“”‘’()[]{}<>.,;:!?*…—–-/\\"
    lead = len(token) - len(token.lstrip(edge))
    return token.strip(edge), offset + lead


def _pieces(bare: str, offset: int) -> Iterator[tuple[str, int, int]]:
    """The words of a token with their offsets; hyphen prefixes ("co-", "cryo-") dropped."""
    found = [(m.group(), offset + m.start(), offset + m.end()) for m in _PIECE.finditer(bare)]
    if len(found) > 1 and "-" in bare:
        found = [p for p in found if p[0].lower() not in _PREFIXES]
    yield from found


def _sentence_starts(note: Note) -> frozenset[int]:
    """Offsets of words that open a sentence of prose: where a capital says nothing."""
    out = set()
    for sentence in note.sentences:
        if sentence.text[-1:] in ".!?" and len(sentence.text.split()) >= _MIN_SENTENCE_WORDS:
            match = _PIECE.search(sentence.text)
            if match:
                out.add(sentence.start + match.start())
    return frozenset(out)


def _check(
    words: Lexicon,
    piece: str,
    span: tuple[int, int],
    accept: frozenset[str],
    opens_sentence: bool,
    field: str,
) -> Hit | None:
    if len(piece) < 2 or _ACRONYM.fullmatch(piece):
        return None
    low = piece.lower().replace("’", "'")
    if low in accept or low.split("'")[0] in accept:
        return None
    if piece.islower():
        if words.knows(low):
            return None
        found = words.suggest(low)
    elif piece[0].isupper() and (piece[1:].islower() or "'" in piece[1:2]):
        # Capitalised: most likely a name, a product or a place, which no list can vouch
        # for. Only a word that starts a sentence (or sits in the subject) and is an
        # everyday slip away from a common word ("Interveiw", "Definately") is reported.
        if "'" in piece[1:2] or words.knows(low) or not opens_sentence:
            return None
        found = words.suggest(low)
        if not (found.confident and found.kinds and found.kinds[0] in _NAME_SAFE_KINDS):
            return None
    else:
        return None  # mixed case: a brand or a name ("iPhone", "McKinsey", "DeLuca")
    return _hit(piece, span, found, field)


def _hit(piece: str, span: tuple[int, int], found: Suggestions, field: str) -> Hit:
    shown = [_recase(piece, w) for w in found.words]
    if not shown:
        suggestion = "Check the spelling, or add the word to your dictionary if it is right."
    elif len(shown) == 1:
        suggestion = shown[0]
    else:
        suggestion = ", ".join(shown[:-1]) + " or " + shown[-1]
    return Hit(
        span,
        f"'{piece}' looks misspelled",
        suggestion=suggestion,
        replacement=shown[0] if found.confident and shown else None,
        field=field,
    )


def _recase(original: str, word: str) -> str:
    if original.isupper():
        return word.upper()
    if original[0].isupper() and not word[:1].isupper():
        return word[0].upper() + word[1:]
    return word
