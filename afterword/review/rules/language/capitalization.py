"""The `capitalization` rule: a sentence starting in lower case, or "i" on its own."""

from __future__ import annotations

import re
from collections.abc import Iterator

from afterword.language.patterns import lazy_compile
from afterword.language.text import ABBREVIATIONS, Note
from afterword.language.wordscan import WordScan
from afterword.review.findings import Hit, Severity
from afterword.review.registry import Example, rule

# The first word of a sentence, after any opening quotes.
_FIRST_WORD = lazy_compile(r"[\"“‘']*([^\W\d_][^\s]*)")
# A lone lower-case "i", or "i'm", "i've", "i'll", "i'd" (not "i.e.", not "(i)" in a list).
_LONE_I = lazy_compile(r"(?<![\w'’.\-/(@])i(?:['’](?:m|ve|ll|d))?(?![\w'’\-/@)]|\.\w)")
_LONE_I_AT_WORDS = WordScan(_LONE_I)  # the same matches, sought only where they can start
# Web and e-mail addresses, file names, "Node.js": not prose, whatever their case.
_NOT_PROSE = lazy_compile(r"@|://|^www\.|\w\.\w", re.IGNORECASE)
# A list marker before the sentence on its line: "1.", "a)", "-", "*", "•".
_LIST_MARKER = lazy_compile(r"^\s*(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|[-*•–·])\s*$")
# Abbreviations the note's sentence splitter does not know: after "cf." or "approx." a
# lower-case word continues the sentence.
_MORE_ABBREVIATIONS = frozenset(
    [
        "cf",
        "al",
        "esp",
        "incl",
        "approx",
        "min",
        "max",
        "hr",
        "hrs",
        "yr",
        "yrs",
        "wk",
        "wks",
        "mo",
        "mos",
        "fig",
        "ref",
        "vol",
        "dept",
        "est",
        "misc",
        "ft",
        "lb",
        "lbs",
        "oz",
        "pt",
        "pts",
        "govt",
        "assoc",
        "univ",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "ave",
        "blvd",
        "rd",
        "mt",
        "vs",
        "etc",
        "ph",
        "ed",
        "eds",
        "mgr",
        "mgmt",
        "intl",
        "natl",
    ]
)


@rule(
    "capitalization",
    severity=Severity.WARNING,
    fires=[
        Example(
            "Dear Ms. Fair,\n\nthank you for the interview this morning.\n\nBest regards,\nAndrew"
        ),
        Example("Hi Lorenzo,\n\nThank you for the demo. i liked the dispatch app.\n\nBest,\nSam"),
    ],
    passes=[
        Example(
            "Dear Kai,\n\nThank you for the session. iOS accessibility came up often, e.g. "
            "last week's audit.\n\nBest,\nErin\nerin.walsh@example.com"
        ),
        Example(
            "Dear Kai,\n\nYou named two goals: (1) faster builds and (2) fewer pages. "
            "github.com/erin has my notes.\n\nBest,\nErin"
        ),
    ],
)
def capitalization(note: Note) -> Iterator[Hit]:
    """Flag a sentence that starts in lower case, or "i" written on its own.

    ## What it flags
    A sentence whose first word is in lower case ("thank you for ..."), and the pronoun
    "i" ("i think", "i'm grateful"), which English always writes as "I".

    ## Why it matters
    Lower-case sentences read like a text message. A hiring manager expects the care of a
    business letter, and capitals are the easiest part of it.

    ## Known limits
    A sentence may start with a brand written in lower case ("iOS", "eBay"), a web or
    e-mail address, a number or a list marker; those are left alone. A brand spelled all
    in lower case ("npm") passes only when the interview's details spell it that way.
    """
    reported: set[int] = set()
    exact: frozenset[str] | None = None  # worked out for the first lower-case start only
    for sentence in note.sentences:
        match = _FIRST_WORD.match(sentence.text)
        if not match:
            continue
        word = match.group(1).rstrip(".,;:!?)\"”’'")
        start = sentence.start + match.start(1)
        if not word or not word[0].islower():
            continue
        if exact is None:
            exact = _context_spellings(note)
        if _skip_start(note, word, start, exact):
            continue
        reported.add(start)
        fixed = word[0].upper() + word[1:]
        yield Hit(
            (start, start + len(word)),
            "This sentence starts with a lower-case letter",
            suggestion=f"Start it with a capital: '{fixed}'.",
            replacement=fixed,
        )
    for match in _LONE_I_AT_WORDS.finditer(note.body, note.word_starts):
        if match.start() in reported or note.in_placeholder(match.start(), match.end()):
            continue
        if not _in_prose(note.body, match.start(), match.end()):
            continue
        fixed = "I" + match.group()[1:]
        yield Hit(
            match.span(),
            f"'{match.group()}' on its own is always written with a capital: '{fixed}'",
            suggestion=fixed,
            replacement=fixed,
        )


def _skip_start(note: Note, word: str, start: int, exact: frozenset[str]) -> bool:
    if any(c.isupper() for c in word[1:]):
        return True  # "iOS", "eBay", "iPhone": a brand that starts in lower case
    if _NOT_PROSE.search(word) or word in exact:
        return True
    if len(word) <= 3 and note.body[start + len(word) : start + len(word) + 1] == ":":
        return True  # a label on a contact line: "m: 555-0142", "e: jo@example.com", "cc:"
    if note.in_placeholder(start, start + len(word)):
        return True
    body = note.body
    line_start = body.rfind("\n", 0, start) + 1
    before_on_line = body[line_start:start]
    if _LIST_MARKER.match(before_on_line):
        return True
    before = body[:start].rstrip()
    if before.endswith(("...", "…")):
        return True  # "I wondered... maybe": a trailing thought, not a new sentence
    previous = before.split()[-1] if before.split() else ""
    return previous.endswith(".") and _is_abbreviation(previous)


def _is_abbreviation(token: str) -> bool:
    """ "cf.", "approx.", "U.K.", "J.": a full stop that need not end a sentence."""
    core = token.strip("\"'“‘(").rstrip(".")
    low = core.lower()
    return (
        "." in core
        or len(core) == 1
        or low in _MORE_ABBREVIATIONS
        or token.lower() in ABBREVIATIONS
    )


def _in_prose(body: str, start: int, end: int) -> bool:
    token_start = max(body.rfind(" ", 0, start), body.rfind("\n", 0, start)) + 1
    match = re.compile(r"\S*").match(body, token_start)
    token = match.group() if match else ""
    return not _NOT_PROSE.search(token)


def _context_spellings(note: Note) -> frozenset[str]:
    """Words exactly as the interview's details spell them (so "npm" can start a sentence)."""
    c = note.context
    parts = [c.candidate or "", c.company or "", c.role or ""]
    parts += [*c.topics, *c.concerns, *c.other_companies, *c.other_roles, *c.dictionary]
    if c.recipient is not None:
        parts.append(c.recipient.name)
    parts.extend(note.dictionary)
    return frozenset(w for part in parts for w in re.findall(r"[^\s,;:()]+", part))
