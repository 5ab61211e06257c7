"""The `emoji` rule: an emoji or an emoticon such as ":)" in the note."""

from __future__ import annotations

import re
from collections.abc import Iterator

from afterword.language.patterns import lazy_compile
from afterword.language.text import Note
from afterword.language.wordscan import WordScan
from afterword.review.findings import Hit, Severity
from afterword.review.registry import Example, rule

# Pictographs (U+1F000 and up: faces, hands, objects, flags), the symbols that show as
# emoji by default (☕ ⚡ ✅ ✨ ❌ ⭐ ...), and the hearts, faces and hands people use as emoji.
# Text symbols that professionals use in lists and signatures (✓ ✔ ★ → ☎ ✉) count only
# when followed by the emoji selector U+FE0F.
_EMOJI_CHARS = (
    "\U0001f000-\U0001faff"
    "\u231a\u231b\u23e9-\u23ec\u23f0\u23f3\u25fd\u25fe\u2614\u2615\u2648-\u2653\u267f"
    "\u2693\u26a1\u26aa\u26ab\u26bd\u26be\u26c4\u26c5\u26ce\u26d4\u26ea\u26f2\u26f3\u26f5"
    "\u26fa\u26fd\u2705\u270a\u270b\u2728\u274c\u274e\u2753-\u2755\u2757\u2795-\u2797"
    "\u27b0\u27bf\u2b1b\u2b1c\u2b50\u2b55"
    "\u2764\u263a\u2639\u270c\u261d\u270d"
)
_EMOJI = lazy_compile(
    rf"(?:[\U0001f1e6-\U0001f1ff]{{2}}|[{_EMOJI_CHARS}]|[\u2190-\u2bff]\ufe0f)"
    r"(?:\u200d[\u2190-\u2bff\U0001f000-\U0001faff]|[\ufe0f\U0001f3fb-\U0001f3ff])*"
)
# ASCII emoticons. Those made of a colon and a bracket may touch a word ("today:)");
# the letter ones (":D", ":P", "xD") need a space before and no letter after, so "3:30",
# "Note:Done", "(a)", ": (1)" and "http://" never match.
_EMOTICON = lazy_compile(
    r"(?<![\d:;=])[:;=]['’]?-?[)(](?![\w)(])"
    r"|(?:(?<=\s)|^)(?:[:;=]-?[DPpOo3/|*]|[xX]D|<3|</3|\^_\^|\^\^|-_-|\(:|\):)"
    r"(?![\w/])(?!\s*(?:years?|yrs?|months?|weeks?|days?|hours?|hrs?|%|x\b|times|people))",
    re.MULTILINE,
)

# Quick ways to tell that a note has neither: every match of `_EMOJI` starts with a
# character from U+2190 up (see its classes), and `_EMOTICON` needs a colon, a bracket, ...
_EMOJI_LOWEST = "\u2190"
_EMOTICON_AT_WORDS = WordScan(_EMOTICON)


@rule(
    "emoji",
    severity=Severity.WARNING,
    fires=[
        Example("Hi Sana,\n\nThank you for the interview yesterday 👍\n\nBest,\nMina"),
        Example("Hi Marco,\n\nIt was great to see the new roastery :)\n\nBest,\nGiulia"),
    ],
    passes=[
        Example(
            "Dear Mr. Abara,\n\nYou named two headaches: (1) the lockbox process and (2) the "
            "move at 3:30 on Friday.\n\nBest regards,\nCharlotte"
        ),
        Example(
            "Dear Ms. Chen,\n\nThank you for the interview.\n\n✓ Certified in 2024\n\nBest,"
            "\nAva\n☎ 555-0142"
        ),
    ],
)
def emoji(note: Note) -> Iterator[Hit]:
    """Flag emoji and emoticons.

    ## What it flags
    Any emoji (👍, 😊, 🙏, ❤) and text emoticons such as :) ;-) :D <3.

    ## Why it matters
    Emoji read as casual, and they display differently, or not at all, on the reader's
    screen. A warm sentence does the same job in a business message.

    ## Known limits
    Times ("3:30"), numbered lists ("(1)", "(a)") and "Note:" are not emoticons. Plain
    symbols often used in lists and signatures (✓, ★, →, ☎, ✉) pass unless they are
    written in their emoji form.
    """
    for pattern in (_EMOJI, _EMOTICON):
        if pattern is _EMOJI and max(note.body, default="") < _EMOJI_LOWEST:
            continue
        if pattern is _EMOTICON and not _EMOTICON_AT_WORDS.may_match(note):
            continue
        for match in pattern.finditer(note.body):
            if note.in_placeholder(*match.span()):
                continue
            shown = match.group()
            kind = "an emoji" if pattern is _EMOJI else "an emoticon"
            yield Hit(
                match.span(),
                f"'{shown}' is {kind}; leave emoji out of a message to an interviewer",
                suggestion="Remove it and let your words carry the warmth.",
            )
