"""The `spacing` rule: doubled spaces, a space before punctuation, none after a sentence."""

from __future__ import annotations

import re
from collections.abc import Iterator

from afterword.language.patterns import lazy_compile
from afterword.language.text import ABBREVIATIONS, Note
from afterword.language.wordscan import WordScan
from afterword.review.findings import Hit, Severity
from afterword.review.registry import Example, rule

# Two or three spaces between two characters on one line. Runs of four or more, and
# tabs, are taken as deliberate alignment ("Phone:    555-0142"); so are leading indentation
# and the spaces around a separator in a signature ("Jo Park  |  555-0142").
_DOUBLED = lazy_compile(r"(?<=[^\s|•·/])( {2,3})(?=[^\s|•·/])")
# Spaces before , . ; : ! ? that end a clause (followed by a space, a line end or a quote).
# Not " ..." (an ellipsis), not " :)" (an emoticon), not " .NET" or " .5". (The first space
# comes before the check on what precedes it: the same matches, found faster.)
_SPACE_BEFORE = lazy_compile(
    r"([ \t](?<=[\w)\]\"'’”][ \t])[ \t]*)([,.;:!?])(?=[\s\"'’”)]|$)(?![-'’]?[)(DPpO3/|])"
)
# A sentence end glued to the next sentence: "position.I am", "today!Thanks".
# Two lower-case letters before the mark, so "U.S.", "e.g.", "Ph.D." and "3.5" never match;
# a capital after it, then a lower-case letter, a space or an apostrophe ("I'm"). (The mark
# comes first and the letters before it are checked behind it: the same matches, found
# faster, as the engine skips ahead to a mark instead of trying every character.)
_NO_SPACE_AFTER = lazy_compile(r"([.!?])(?<=[a-z]{2}[.!?])(?=[A-Z](?:[a-z]|\s|['’]))")
_DOUBLED_AT_WORDS = WordScan(_DOUBLED)  # tells at once the notes with no two spaces together
_TOKEN = lazy_compile(r"\S+")
_NOT_PROSE = lazy_compile(r"@|://|www\.|\.(?:com|org|net|io|dev|co|edu|gov|ai|app)\b", re.I)


@rule(
    "spacing",
    severity=Severity.INFO,
    fires=[
        Example("Hi Ana ,\n\nThank you for the tour today.\n\nBest regards,\nLuis"),
        Example("Dear Mr. Oyelowo,\n\nThank you for the interview.I am following up.\n\nBest,\nFa"),
        Example("Dear Ms. Whitlock,\n\nI loved  the photos of the platform.\n\nBest,\nCarla"),
    ],
    passes=[
        Example(
            "Dear Kai,\n\nThank you for the session at 9:30. I enjoyed Node.js work, e.g. "
            "the U.S. rollout of version 3.5... and more.\n\nBest,\nErin\nerin@example.com"
        ),
        Example("Dear Kai,\r\n\r\nThank you for the chat :) today.\r\n\r\nBest,\r\nErin"),
    ],
)
def spacing(note: Note) -> Iterator[Hit]:
    """Flag doubled spaces, a space before punctuation, and a missing space after a sentence.

    ## What it flags
    Two spaces between words ("loved  the"), a space before a comma, full stop, semicolon,
    colon, exclamation or question mark ("Hi Ana ,", "a decision ?"), and a sentence run
    into the next with no space ("position.I am").

    ## Why it matters
    Stray spaces are small, but in a short note they stand out and make it look unchecked.

    ## Known limits
    Indentation, runs of four or more spaces and tabs are taken as deliberate alignment.
    Abbreviations ("e.g.", "U.S."), decimals, times, file names and web and e-mail
    addresses are not sentence ends.
    """
    body = note.body
    for match in _DOUBLED.finditer(body) if _DOUBLED_AT_WORDS.may_match(note) else ():
        if not note.in_placeholder(match.start(), match.end()):
            yield Hit(
                match.span(1),
                "There are two spaces here instead of one",
                suggestion="Use a single space.",
                replacement=" ",
            )
    for match in _SPACE_BEFORE.finditer(body):
        mark = match.group(2)
        if mark == "." and body[match.end(2) : match.end(2) + 2] == "..":
            continue
        if note.in_placeholder(match.start(), match.end()) or _in_address(body, match.end(2)):
            continue
        yield Hit(
            (match.start(1), match.end(2)),
            f"There is a space before '{mark}'",
            suggestion=f"Remove the space before '{mark}'.",
            replacement=mark,
        )
    for match in _NO_SPACE_AFTER.finditer(body):
        mark = match.group(1)
        if _in_address(body, match.start()) or _before_is_abbreviation(body, match.start()):
            continue
        if note.in_placeholder(match.start(), match.end()):
            continue
        yield Hit(
            match.span(1),
            f"There is no space after the '{mark}' that ends this sentence",
            suggestion=f"Add a space after '{mark}'.",
            replacement=f"{mark} ",
        )


def _token_at(body: str, pos: int) -> str:
    start = pos
    while start > 0 and not body[start - 1].isspace():
        start -= 1
    match = _TOKEN.match(body, start)
    return match.group() if match else ""


def _in_address(body: str, pos: int) -> bool:
    return bool(_NOT_PROSE.search(_token_at(body, pos)))


def _before_is_abbreviation(body: str, dot: int) -> bool:
    start = dot
    while start > 0 and not body[start - 1].isspace():
        start -= 1
    return body[start : dot + 1].lower() in ABBREVIATIONS
