"""The `shouting` rule: an ordinary word written in capitals ("VERY", "THANK YOU")."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from afterword.language.patterns import lazy_compile
from afterword.language.text import Note
from afterword.review.findings import Hit, Severity
from afterword.review.registry import Example, rule

if TYPE_CHECKING:
    from afterword.language.spelling import Lexicon

# A word in capitals (an inner apostrophe allowed: "CAN'T", "I'M"). The first capital
# comes before the check on what precedes it: the same matches, and the engine skips
# ahead to a capital at C speed instead of trying the look-behind at every character.
_CAPS = lazy_compile(r"[A-Z](?<![\w'’][A-Z])[A-Z'’]*[A-Z](?![\w'’])")
# Acronyms in common use that word lists also hold, so the dictionary alone would call them
# ordinary words ("stem", "laser", "aids"). Context words and acronyms no list holds
# (HIPAA, JSON, GAAP) pass without being listed here.
ACRONYMS = frozenset(
    """ASAP STEM NASA NATO SCUBA LASER RADAR SONAR NAFTA UNESCO UNICEF FIFA OPEC AIDS COVID
    SARS NICU PICU MOOC SWAT CAPTCHA INTERPOL AWOL IKEA LEGO FAQS ESPN NASCAR DARPA FEMA OSHA
    HIPAA ERISA GAAP IFRS NOAA ANSI ASCII IEEE CERN NIST TOEFL IELTS GMAT LSAT MCAT SCOTUS
    MEDICARE MEDICAID AMEX VISA ZOOM SMART PACE CARE HOPE TEAM LEAN AGILE SAFE PRINCE SCRUM
    KANBAN SIGMA STAR SWOT REST SOAP SOLID GRASP KISS CARES SNAP DREAM LEED ACME COBOL FORTRAN PASCAL BASIC UNIX LINUX EPIC CERNER ORACLE CISCO
    """.split()
)
# Frequency (x100 Zipf) a word needs to count as an ordinary word: common enough that
# nobody writes it in capitals as a name ("VERY" 6.5, "HUGE" 4.8, "PLEASE" 5.8).
_ORDINARY = 300


@rule(
    "shouting",
    severity=Severity.WARNING,
    fires=[
        Example("Dear Ms. Green,\n\nTHANK YOU for the interview this morning.\n\nBest,\nTia"),
        Example("Dear Mr. Montero,\n\nI am VERY interested in the Sommelier role.\n\nBest,\nInes"),
    ],
    passes=[
        Example(
            "Dear Dr. Mwangi,\n\nHearing how your team validates NASA telemetry and JSON "
            "files was fascinating, as was the HIPAA training.\n\nBest regards,\nSipho"
        ),
        Example(
            "Dear Ms. Kent,\n\nThank you for the tour of the STEM lab at Brightwood.\n\nBest,\nJo",
            context={"company": "BRIGHTWOOD ACADEMY"},
        ),
    ],
)
def shouting(note: Note) -> Iterator[Hit]:
    """Flag an ordinary word of four or more letters written in capitals.

    ## What it flags
    "THANK YOU", "VERY interested", "I will do ANYTHING": everyday words in capitals,
    which read as raising your voice.

    ## Why it matters
    Capitals are the written form of shouting. Emphasis in a professional note comes from
    word choice, not from typography.

    ## Known limits
    Acronyms (HIPAA, GAAP, JSON), common acronyms that dictionaries also list (ASAP, STEM,
    NASA, NATO) and words from the interview's details never shout. Words of three letters
    or fewer ("YOU", "ALL") are left alone, and so is a name written in capitals that the
    interview's details do not give, if it is not a common English word.
    """
    candidates = [
        m
        for m in _CAPS.finditer(note.body)
        if sum(c.isalpha() for c in m.group()) >= 4 and not note.in_placeholder(*m.span())
    ]
    if not candidates:
        return
    from afterword.language.spelling import lexicon  # loaded only when capitals appear

    words = lexicon()
    accept = note.context_words
    starts = {s.start for s in note.sentences}
    signature = _signature_lines(note)
    for match in candidates:
        if any(s <= match.start() < e for s, e in signature):
            continue
        word = match.group()
        plain = word.replace("’", "'")
        if plain in ACRONYMS or plain.lower() in accept or not _ordinary(words, plain):
            continue
        lower = plain.lower()
        fixed = lower.capitalize() if match.start() in starts else lower
        if fixed.startswith("i'"):
            fixed = "I" + fixed[1:]
        yield Hit(
            match.span(),
            f"'{word}' is in capitals, which reads as shouting",
            suggestion=f"Write '{fixed}' and let the words carry the emphasis.",
            replacement=fixed,
        )


def _signature_lines(note: Note) -> list[tuple[int, int]]:
    """The last lines of the note when they are short and all in capitals: a name such as
    "JOHN SMITH" under the sign-off is not shouting."""
    out = []
    for line in note.lines[-3:]:
        if len(line.text.split()) <= 4 and not any(c.islower() for c in line.text):
            out.append((line.start, line.end))
    return out


def _ordinary(words: Lexicon, word: str) -> bool:
    low = word.lower()
    if "'" in low:
        return words.in_list(low) or words.zipf(low.split("'")[0]) >= _ORDINARY
    return words.zipf(low) >= _ORDINARY
