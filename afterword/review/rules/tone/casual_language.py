"""The `casual-language` rule: slang or chat register in a message to an interviewer."""

from __future__ import annotations

import re
from collections.abc import Iterator

from afterword.language.patterns import lazy_compile
from afterword.language.text import Note
from afterword.review.findings import Hit, Severity
from afterword.review.matchers import PhraseMatcher, load_phrases, sibling
from afterword.review.registry import Example, rule


def _entries() -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for line in load_phrases(sibling(__file__, "casual_language.txt")):
        phrase, _, better = line.partition("=>")
        out[phrase.strip().lower()] = better.strip() or None
    return out


FORMAL = _entries()
# "super" before an adjective ("super excited", "super keen"): not "superb", "Supervisor".
_SUPER = (
    r"super\s+(?:excited|keen|interested|happy|glad|grateful|thankful|fun|cool|helpful"
    r"|impressed|pumped|stoked|nice|great|awesome|interesting|useful|cute|easy|busy)"
)
# "u" and "r" for "you" and "are", lower case only ("thank u", "u r"), never a letter
# in a list or a grade. (The letter comes first and what stands before it is checked
# behind it: the same matches, and the engine skips ahead to a "u" or "r" at C speed.)
_TEXTSPEAK = lazy_compile(r"(?:u|r)(?<![\w'’\-.(][ur])(?![\w'’\-.)])")
# Excitement slang that is an ordinary verb elsewhere ("we pumped the basement dry"), and
# "my bad" only as an apology ("my bad debt reserves" is accounting).
_EXCITED = (
    r"(?:so|really|super|totally|I['’]m|I\s+am)\s+pumped|my\s+bad(?=\s*[.,!;:)]|\s*$)"
    r"|(?:so|pretty|really|super)\s+cool|cool\s+(?:chatting|talking|meeting|to\s+(?:see|meet|hear"
    r"|chat|talk))|so{3,}|(?:really|very)\s+(?:\w*)(?:y{3,}|e{3,})"
)
_MATCHER = PhraseMatcher(FORMAL, patterns=[_SUPER, _EXCITED])
# Shorthand that is also an acronym when written in capitals: an NP is a nurse
# practitioner, the IMO a maritime body, PLS a statistical method. Only the lower-case form
# (or the capitalised one opening a sentence, "Pls") is slang. "OMG", "TBH" and "IDK" are
# chat in any case.
_LOWER_ONLY = frozenset({"np", "imo", "ur", "tks", "pls", "plz", "ta"})


@rule(
    "casual-language",
    severity=Severity.WARNING,
    fires=[
        Example(
            "Hi Marco,\n\nThanks for the interview today, it was awesome to see the "
            "roastery.\n\nBest,\nGiulia"
        ),
        Example(
            "Hi Brandon,\n\nYeah, I know these things take time, but I wanna check in on "
            "the role.\n\nBest,\nDiego"
        ),
    ],
    passes=[
        Example(
            "Dear Mr. Heyward,\n\nThanks so much for the tour. The new Supervisor role and "
            "the superb training plan impressed me.\n\nBest regards,\nRahul"
        ),
        Example(
            "Hi Gwen,\n\nThank you for showing me around the branch today. I would love to "
            "join your team.\n\nBest,\nAhmed"
        ),
    ],
)
def casual_language(note: Note) -> Iterator[Hit]:
    """Flag slang and chat register: "gonna", "yeah", "awesome", "super excited", "thx".

    ## What it flags
    Words and phrases from texting and casual chat: hey, gonna, wanna, yeah, awesome,
    super excited, thx, btw, lol, no worries, cheers mate, thanks a ton, and their kin.

    ## Why it matters
    A thank-you note is business correspondence. Chat register can read as not taking the
    role seriously, even when the warmth behind it is real; "thank you very much" carries
    the same warmth.

    ## Known limits
    Works from a list: slang not on it passes. Words from the interview's details (a
    company called "Awesome Inc.") and the user's dictionary are not flagged, though an
    Australian "arvo" in the dictionary is still accepted as spelled right.
    """
    accept = note.context_words
    for match in _MATCHER.in_note(note):
        text = match.group()
        if text.lower() in accept or (text.lower() in _LOWER_ONLY and text.isupper()):
            continue
        if _in_a_name(note.body, match):
            continue
        better = FORMAL.get(re.sub(r"\s+", " ", text.lower().replace("’", "'")))
        if better is None and text.lower().startswith("super"):
            better = "very " + text.split()[-1]
        elif better is None and text.lower().startswith("my"):
            better = "my mistake"
        yield Hit(
            match.span(),
            f"'{text}' is chat language; a note to an interviewer reads better in a "
            "business register",
            suggestion=f"Try '{better}'." if better else "Leave it out or say it more formally.",
        )
    for match in _TEXTSPEAK.finditer(note.body):
        if note.in_placeholder(*match.span()) or not _between_words(note.body, match):
            continue
        better = "you" if match.group() == "u" else "are"
        yield Hit(
            match.span(),
            f"'{match.group()}' is texting shorthand",
            suggestion=f"Write '{better}'.",
            replacement=better,
        )


_CAPITALISED = lazy_compile(r"[A-Z][a-z'’]+")
_WORD_AFTER = lazy_compile(r"[ \t]+([A-Za-z][\w'’]*)")
_NAME_DETERMINERS = frozenset({"the", "a", "an", "your", "our", "their", "its", "this", "that"})


def _in_a_name(body: str, match: re.Match[str]) -> bool:
    """ "the Yeah Yeah Yeahs poster", "at the Cool Beans stand": a capitalised word in a run of
    capitalised words that a determiner opens, or in a run of three or more, is part of a name
    or a title, not chat ("join Awesome Analytics", with no context, still reads as slang)."""
    if not _CAPITALISED.fullmatch(match.group().split()[0]):
        return False
    line = body[: match.start()].rsplit("\n", 1)[-1]
    run = 0
    lead = ""
    for token in reversed(line.split()):
        if not token[-1].isalnum():  # punctuation between: the run stops
            break
        if _CAPITALISED.fullmatch(token) and token.lower() not in _NAME_DETERMINERS:
            run += 1
            continue
        lead = token
        break
    else:
        lead = ""
    after = _WORD_AFTER.match(body, match.end())
    next_capitalised = bool(after and _CAPITALISED.match(after.group(1)))
    if lead.lower() in _NAME_DETERMINERS and (run or next_capitalised):
        return True
    return run + 1 + next_capitalised >= 3


def _between_words(body: str, match: re.Match[str]) -> bool:
    """ "thank u for", "u r": a letter used as a word, between two words of prose."""
    before = body[: match.start()].rstrip(" ")
    after = body[match.end() :].lstrip(" ")
    return bool(before) and before[-1].isalpha() and bool(after) and after[0].isalpha()
