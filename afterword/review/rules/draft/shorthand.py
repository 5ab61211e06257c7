"""The `shorthand` rule: note-taking shorthand left in a note ("w/", "yrs", "->", "~20")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from afterword.language.lexicon import FLAG, LOWER, Shorthand, shorthand
from afterword.language.patterns import lazy_compile
from afterword.language.text import Note
from afterword.language.wordscan import WordScan
from afterword.review.findings import Hit, Severity
from afterword.review.registry import Example, rule
from afterword.review.rules.draft._running import running


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
_PLUS = lazy_compile(r"(?<=[^\W\d_])[ \t]+\+[ \t]+(?=[^\W\d_])")
_SIGNS = ((_ARROW, "->", ("->", "→")), (_TILDE, "~", ("~",)), (_PLUS, "+", ("+",)))
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
    ],
)
def shorthand_rule(note: Note) -> Iterator[Hit]:
    """Flag note-taking shorthand in running text: "w/", "yrs", "mgr", "->", "~20".

    ## What it flags
    Shorthand that belongs in notes jotted during or after an interview: w/, w/o, b/c,
    yrs, wks, mos, mgr, dept, exp (for experience), ppl, govt, approx, thurs, tmrw and
    their kin (the list is `afterword/language/lexicons/shorthand.tsv`); an arrow between
    two words or numbers; a tilde before a number; a plus between two words. Each gets
    its own finding, with the written-out word as the replacement.

    ## Why it matters
    A note built from quick notes keeps their traces, and a reader sees shorthand as a
    note not finished: "3 yrs w/ a caseload of ~18" reads as a text message, "three years
    with a caseload of about 18" as a letter.

    ## Known limits
    The signature block, web and e-mail addresses, template slots and the names in the
    interview's details (a company called "Exp Realty") are never flagged, nor is a word
    written in capitals (an acronym such as EXP or MOS). Shorthand that is also an
    ordinary word or a trade's acronym ("pts", "SW", "sat") is not looked for.
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
