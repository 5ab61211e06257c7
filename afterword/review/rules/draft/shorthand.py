"""The `shorthand` rule: note-taking shorthand left in a note ("w/", "yrs", "->", "~20")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from locale import locale_alias
from pathlib import Path
from typing import NamedTuple

from afterword.language.lexicon import FLAG, LOWER, Shorthand, shorthand
from afterword.language.patterns import lazy_compile
from afterword.language.text import Note
from afterword.language.wordscan import WordScan
from afterword.review.findings import Hit, Severity
from afterword.review.registry import Example, rule
from afterword.review.rules.draft._running import Running, running
from afterword.review.rules.draft._slash_pairs import slash_pairs


def _word_regex(entries: list[Shorthand]) -> re.Pattern[str]:
    # Longest first, so "w/o" wins over "w/". A shorthand ending in "/" may run straight
    # into its word ("w/my team"); any other stands alone: not inside a word, a path, a
    # hyphenated compound ("drive-thru") or an address.
    parts = []
    for entry in sorted(entries, key=lambda e: len(e.short), reverse=True):
        if entry.short.endswith("/"):  # not "w/e" (week ending, whatever: no single reading)
            tail = r"(?!\w(?!\w))"
        elif entry.short.endswith(":"):
            tail = ""
        else:
            tail = r"(?![\w/@]|-\w|['’](?![sS]\b)\w)"
        parts.append(re.escape(entry.short) + tail)
    return lazy_compile(r"(?<![\w/@.\-'’])(?:" + "|".join(parts) + ")", re.IGNORECASE)


_ENTRIES = shorthand()
_WORDS = _word_regex([e for e in _ENTRIES.values() if e.flagged])
_SCAN = WordScan(_WORDS)
# The signs, each only where it stands for a word: an arrow between two words or numbers
# ("33.8 -> 29.6%"), a tilde before a number ("~20%"), a plus between two words ("IU + USC").
_ARROW = lazy_compile(r"(?<=[\w%)])[ \t]*(?:->|→)[ \t]*(?=[\w$€£(~])")
_TILDE = lazy_compile(r"(?<![\w~/])~[ \t]?(?=[$€£]?\d)")
# The word after a plus may open with its number ("consultancy + 2yrs contractor side").
_PLUS = lazy_compile(r"(?<=[^\W\d_])[ \t]+\+[ \t]+(?=[^\W\d_]|\d+[^\W\d_])")
# A unit's shorthand glued to its number ("6yrs", "3wks"): "6 years".
_GLUED_UNIT = WordScan(lazy_compile(r"\b(\d+)(yrs|wks|mos)\b"))
_SIGNS = ((_ARROW, "->", ("->", "→")), (_TILDE, "~", ("~",)), (_PLUS, "+", ("+",)))


class Clipped(NamedTuple):
    written: str
    before: re.Pattern[str] | None
    after: re.Pattern[str] | None


def _clipped() -> dict[str, Clipped]:
    out = {}
    path = Path(__file__).with_name("clipped.tsv")
    for line in path.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        short, written, *context = line.split("\t")
        before, after = (context + ["", ""])[:2]
        out[short] = Clipped(
            written,
            lazy_compile(before) if before else None,
            lazy_compile(after) if after else None,
        )
    return out


_CLIPPED = _clipped()
# Case-sensitive: a clipping in capitals or title case is a name or an acronym ("Chem 101").
_CLIPPED_SCAN = WordScan(
    lazy_compile(r"\b(?:" + "|".join(sorted(_CLIPPED, key=len, reverse=True)) + r")(?![\w/@-])")
)
# A number and a singular unit with no noun after it: "in first 6 month", "6 month on micro".
# "a 6 month contract" (the unit before a noun) is good English and is left alone.
# Sought where the unit stands (rarer than a number), then the number is read before it.
_UNIT = WordScan(
    lazy_compile(
        r"\b(month|week|year|day|hour)(?=\s*[.,;:!?)]|\s*$|\s+(?:on|in|at|of|for|with|as|and|ago)\b)",
        re.IGNORECASE,
    )
)
_NUMBER_BEFORE = lazy_compile(
    r"(?<![\w.,])(?:[2-9]|[1-9]\d|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+$",
    re.IGNORECASE,
)
_UNITS = ("month", "week", "year", "day", "hour")
# Two ratios joined by a slash: "1:1 / 1:2 ratios".
_RATIOS = lazy_compile(r"(?<![\w:])\d+:\d+\s*/\s*\d+:\d+(?![\w:])")
# Language or country codes for words: "fluent in PT, EN and ES", "EN/ES". Two-letter codes
# that the locale tables know, in a list of three, or of two after a word about languages.
_CODES = frozenset(k.upper() for k in locale_alias if len(k) == 2 and k.isalpha())
# Codes that are also everyday words or abbreviations ("to", "IT", "US") are left out: they
# are seldom a language, and leaving them out spares a look at every "to" of a note.
_CODES_LOWER = frozenset(code.lower() for code in _CODES) - frozenset(
    "am an as at be by do go he hi id if in is it me my no of on or so to up us we".split()
)
_CODE_LIST = lazy_compile(
    r"\b([A-Z]{2})(?:\s*(?:,|/)\s*([A-Z]{2}))*(?:,?\s+(?:and|or|&)\s+|\s*/\s*)([A-Z]{2})\b"
)
_LANGUAGE_CUE = lazy_compile(
    r"\b(?:fluent|fluency|speak|speaks|spoke|speaking|bilingual|trilingual|native|languages?)\b",
    re.IGNORECASE,
)

# Counting shorthand (`lexicons/counting.tsv`, which compose spells out too): a count with
# "x" before a period ("2x a month", "3x/wk") and "1:1s" for one-on-ones. Sought where a
# digit stands.
_COUNT = WordScan(
    lazy_compile(
        r"\b(\d+)x(?:[ \t]*/[ \t]*|[ \t]+(?:a|an|per|every|each)[ \t]+)([a-z]+)\b"
        r"|\b1(?::|-on-|on)1s\b",
        re.IGNORECASE,
    )
)


def _counting(match: re.Match[str]) -> str | None:
    """What a note writes for counting shorthand, or None when it is not a count."""
    from afterword.language.acronyms import counting

    if match.group(1) is None:
        return counting("sign").get(match.group().lower(), "one-on-ones")
    period = counting("period").get(match.group(2).lower())
    if period is None:
        return None
    said = counting("count").get(f"{match.group(1)}x", f"{match.group(1)} times")
    return f"{said} a {period}"


# After an abbreviation's own period, a word in lower case or a number continues the
# sentence ("approx. 20 people"): the period belongs to the shorthand then.
_PERIOD_GOES_ON = lazy_compile(r"\.(?=[ \t]+[a-z\d$])")


@rule(
    "shorthand",
    severity=Severity.WARNING,
    fires=[
        Example(
            "Dear Ms. Vega,\n\nThank you for meeting with me. I bring 3 yrs of inpatient "
            "social work w/ a caseload of ~18 patients.\n\nBest regards,\nAna Ruiz",
            note="'yrs', 'w/' and '~' are shorthand from a notebook: years, with, about.",
        ),
        Example(
            "Dear Chef Brandt,\n\nThank you for the stage on Saturday. At Juniper I cut "
            "food cost from 33.8 -> 29.6% in six months.\n\nWarm regards,\nTheo",
            note="An arrow between two numbers is a jotting: write 'from 33.8 to 29.6%'.",
        ),
        Example(
            "Dear Ms. Nguyen,\n\nThank you for meeting with me. I bring 5 years of teaching "
            "sci, I closed deals with BR cos, I am fluent in PT, EN and ES, and I would hire a "
            "country lead in the first 6 month.\n\nKind regards,\nLucas",
            note="A clipped word ('sci'), 'cos' after a code, language codes for words, and a "
            "unit left singular after a number.",
        ),
        Example(
            "Dear Ms. Nguyen,\n\nThank you for meeting with me. I ran 1:1s with six reports "
            "3x/wk and reviewed the roadmap 2x a month.\n\nKind regards,\nLucas",
            note="Counting shorthand: one-on-ones, three times a week, twice a month.",
        ),
        Example(
            "Dear Ms. Nguyen,\n\nThank you for meeting with me. I moved our team's repo to a "
            "new host and trained 30 analysts/engineers on it.\n\nKind regards,\nLucas",
            note="'repo' is shop talk for repository; a slash between two plurals is 'and'.",
        ),
        Example(
            "Dear Mr. Eze,\n\nThank you for meeting with me. I bring 4yrs of site work + "
            "2yrs on the client side.\n\nKind regards,\nAda",
            note="A unit's shorthand glued to its number, and a plus before a word that opens "
            "with its number.",
        ),
    ],
    passes=[
        Example(
            "Dear Ms. Vega,\n\nThank you for meeting with me. I bring three years of "
            "inpatient social work with a caseload of about 18 patients.\n\nBest regards,\n"
            "Ana Ruiz\nana.ruiz@mail.example | w/o.example/portfolio",
            note="Written out in full; an address in the signature is not running text.",
        ),
        Example(
            "Dear Mr. Ito,\n\nThank you for the tour of the EXP lab and the drive-thru "
            "redesign. My C++ and C# background fits the role.\n\nSincerely,\nMai",
            note="A word in capitals is an acronym, 'drive-thru' is a compound, and the "
            "plus in 'C++' is part of a name.",
        ),
        Example(
            "Dear Ms. Nguyen,\n\nThank you for meeting with me. I took Chem 101, worked with "
            "HR and IT on a 6 month rollout, and our 1:1 meetings kept the team close, 2x "
            "faster than before.\n\nKind regards,\nLucas",
            note="A course name, everyday abbreviations, a unit before its noun and a single "
            "ratio are written English.",
        ),
        Example(
            "Dear Ms. Nguyen,\n\nThank you for meeting with me. The repository held every "
            "read/write test, and/or a note on the client/server split.\n\nKind regards,\n"
            "Lucas",
            note="Slashes between singular words are written English.",
        ),
        Example(
            "Dear Mr. Eze,\n\nThank you for meeting with me. I bring four years of site work "
            "and two on the client side; our score rose from 5 + 2 to 9.\n\nKind regards,\nAda",
            note="Written out; a plus between numbers is arithmetic.",
        ),
    ],
)
def shorthand_rule(note: Note) -> Iterator[Hit]:
    """Flag note-taking shorthand in running text: "w/", "yrs", "mgr", "->", "~20".

    ## What it flags
    Shorthand that belongs in notes jotted during or after an interview: w/, w/o, b/c,
    yrs, wks, mos, mgr, dept, exp (for experience), ppl, govt, approx, thurs, tmrw and
    their kin (the list is `afterword/language/lexicons/shorthand.tsv`); an arrow between
    two words or numbers; a tilde before a number; a plus between two words (the second
    may open with its number: "consultancy + 2yrs"); yrs, wks and mos glued to their number
    ("6yrs"). Each gets its own finding, with the written-out word as the replacement.

    Also the traces of a domain's jotting: clipped words that a word list knows but a
    letter spells out ("sci", "chem", "phys", "econ", a trade's shop talk such as "repo",
    "infra", "biz"; and, where the words around them
    show the clipping, "BR cos", "new grads", "comp team", "as a sub", "micro consultant":
    the list is `clipped.tsv` beside the rule), a unit left singular after a number with
    no noun after it ("in the first 6 month", "6 month on micro"), two ratios joined by a
    slash ("1:1 / 1:2"), two-letter language or country codes used as words ("fluent
    in PT, EN and ES": three codes, or two after a word about languages), and counting
    shorthand (`lexicons/counting.tsv`): a count with "x" before a period ("2x a month" is
    "twice a month", "3x/wk" "three times a week") and "1:1s" for one-on-ones. And a slash
    for "and" between two plural nouns ("PMs/designers", "nurses/techs": `_slash_pairs.py`).

    ## Why it matters
    A note built from quick notes keeps their traces, and a reader sees shorthand as a
    note not finished: "3 yrs w/ a caseload of ~18" reads as a text message, "three years
    with a caseload of about 18" as a letter.

    ## Known limits
    The signature block, web and e-mail addresses, template slots and the names in the
    interview's details (a company called "Exp Realty") are never flagged, nor is a word
    written in capitals (an acronym such as EXP or MOS). Shorthand that is also an
    ordinary word or a trade's acronym ("pts", "SW", "sat") is not looked for, nor is an
    acronym the reader may not know ("3 BU models", "my QI note"): capitals are read as a
    name. Codes that are everyday words or abbreviations ("IT", "US", "to") are never read
    as language codes. A slash between singular words ("and/or", "read/write",
    "client/server", "buyer/seller") is left alone.
    """
    text = running(note)
    body = note.body
    # Tried only where one of the shorthand words starts (see `language/wordscan.py`).
    for match in _SCAN.finditer(body, note.word_starts, text.end):
        word = match.group()
        entry = _ENTRIES[word.lower()]
        letters = [ch for ch in word if ch.isalpha()]
        if len(letters) > 1 and all(ch.isupper() for ch in letters):
            continue  # an acronym: EXP, MOS
        if entry.use == LOWER and word != word.lower():
            continue
        assert entry.use in (FLAG, LOWER)
        start, end = match.span()
        if not text.allows(start, end):
            continue
        if _PERIOD_GOES_ON.match(body, end):
            end += 1
        yield _hit(body[start:end], start, end, _cased(entry.written, word))
    yield from _clippings(note, text)
    for match in _GLUED_UNIT.finditer(body, note.word_starts, text.end):
        if text.allows(*match.span()):
            written = f"{match.group(1)} {_ENTRIES[match.group(2)].written}"
            yield _hit(match.group(), *match.span(), written)
    for regex, key, signs in _SIGNS:
        # These patterns open with a look-behind, which the regex engine tries at every
        # character: not at all when the note holds none of the sign they need.
        if not any(sign in body for sign in signs):
            continue
        for match in regex.finditer(body, 0, text.end):
            start, end = match.span()
            if not text.allows(start, end):
                continue
            written = _ENTRIES[key].written
            shown = match.group().strip()
            # "~" goes before its number; the other signs and the spaces around them become
            # one word between spaces.
            replacement = written + " " if key == "~" else f" {written} "
            yield _hit(shown, start, end, replacement, written)


def _clippings(note: Note, text: Running) -> Iterator[Hit]:
    """Clipped words ("sci", "BR cos"), a unit left singular ("6 month"), ratios with a slash
    and language codes for words."""
    body = note.body
    at = note.word_starts.at
    clipped = any(word in at for word in _CLIPPED)
    for match in _CLIPPED_SCAN.finditer(body, note.word_starts, text.end) if clipped else ():
        start, end = match.span()
        entry = _CLIPPED[match.group()]
        if entry.before is not None and not entry.before.search(body, max(0, start - 40), start):
            continue
        if entry.after is not None and not entry.after.match(body, end):
            continue
        if text.allows(start, end):
            yield _hit(match.group(), start, end, entry.written)
    for match in _UNIT.finditer(body, note.word_starts, text.end) if _has_unit(at) else ():
        start, end = match.span(1)
        number = _NUMBER_BEFORE.search(body, max(0, start - 10), start)
        if number is not None and text.allows(start, end):
            shown = body[number.start() : end]
            yield _hit(shown, number.start(), end, shown + "s")
    for match in _COUNT.finditer(body, note.word_starts, text.end) if _has_count(body) else ():
        written = _counting(match)
        if written is not None and text.allows(*match.span()):
            yield _hit(match.group(), *match.span(), written)
    for start, end, written in slash_pairs(note, text):
        yield Hit(
            (start, end),
            f"'{body[start:end]}' is a slash from a notebook: write '{written}'",
            suggestion=written,
            replacement=written,
        )
    if ":" in body and "/" in body:
        for match in _RATIOS.finditer(body, 0, text.end):
            if text.allows(*match.span()):
                yield _hit(match.group(), *match.span(), "")
    if not _two_codes(at, body):
        return
    for match in _CODE_LIST.finditer(body, 0, text.end):
        codes = re.findall(r"[A-Z]{2}", match.group())
        if not all(code.lower() in _CODES_LOWER for code in codes) or not text.allows(
            *match.span()
        ):
            continue
        sentence = body[max(0, match.start() - 80) : match.start()]
        if len(codes) < 3 and not _LANGUAGE_CUE.search(re.split(r"[.!?\n]", sentence)[-1]):
            continue
        yield Hit(
            match.span(),
            f"'{match.group()}' are codes from a notebook: name the languages or countries",
            'Write the names out ("Portuguese, English and Spanish").',
        )


def _has_count(body: str) -> bool:
    """A cheap test before the counting pattern: a digit then "x", or "1:1s" and its kin."""
    return bool(re.search(r"\dx|1s\b", body, re.IGNORECASE))


def _has_unit(at: dict[str, list[int]]) -> bool:
    return any(unit in at for unit in _UNITS)


def _two_codes(at: dict[str, list[int]], body: str) -> bool:
    """Whether the body holds two codes written in capitals: a cheap test before the list
    pattern, which would be tried at every character."""
    found = 0
    for word in _CODES_LOWER.intersection(at):
        found += sum(1 for p in at[word] if body[p : p + 2].isupper())
        if found > 1:
            return True
    return False


def _cased(written: str, as_jotted: str) -> str:
    if as_jotted[:1].isupper() and written:
        return written[:1].upper() + written[1:]
    return written


def _hit(shown: str, start: int, end: int, replacement: str, word: str | None = None) -> Hit:
    word = word if word is not None else replacement
    if not word:
        return Hit((start, end), f"'{shown}' is note-taking shorthand", "Write it out.")
    return Hit(
        (start, end),
        f"'{shown}' is note-taking shorthand: write '{word}'",
        suggestion=word,
        replacement=replacement,
    )
