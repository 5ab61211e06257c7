"""The `missing-gratitude` rule: the note never thanks the reader."""

from __future__ import annotations

import re
from collections.abc import Iterator

from afterword.language.patterns import lazy_compile
from afterword.language.text import Note
from afterword.language.wordscan import WordScan
from afterword.review.findings import Hit, Severity
from afterword.review.registry import Example, rule
from afterword.review.rules.content._keywords import placeholder_labels

# Thanks or appreciation, in the forms notes use. "Thankfully" (a sentence adverb) and a
# causal "thanks to my training" thank no one; "enjoyed" and "great talking with you" are
# friendly but are not thanks; "it was a pleasure to meet" and "I'm grateful" are.
# "Thank goodness" thanks no one either; "cheers for the chat" is thanks in chat register.
_GRATITUDE = lazy_compile(
    r"\bthank(?:s|ed|ing|ful|fulness)?\b(?!\s+to\s+(?:my|our|his|their|its|this|that|these"
    r"|those|a|an|the\s+(?:new|recent))\b)(?!\s+(?:goodness|god|heavens)\b)"
    r"|\bthank[\s-]you\b|\bthx\b|\bthnx\b|\bty\s+(?:so|for)\b"
    r"|\bgrateful(?:ly)?\b|\bgratitude\b"
    # "I appreciate you may be busy", "I appreciate that hiring takes time": understanding,
    # not thanks (the published set's labelling choice)
    r"|\bappreciat(?:e|ed|es|ing|ion|ive|ively)\b(?!\s+(?:that\s+)?(?:you|it|this|hiring|things"
    r"|decisions|the\s+\w+)\s+(?:may|might|must|can|could|are|is|take|takes|will)\b)"
    r"|\bcheers\s+for\b"
    r"|\bindebted\b|\bmuch\s+obliged\b"
    r"|\b(?:it\s+was|it's\s+been|it\s+has\s+been|what)\s+(?:a|an)\s+(?:real\s+|great\s+|genuine\s+"
    r"|true\s+|absolute\s+)?(?:pleasure|privilege|honou?r|treat)\b"
    r"|\b(?:a|my|the)\s+(?:real\s+|great\s+)?(?:pleasure|privilege)\s+(?:to|of|meeting|speaking"
    r"|talking)\b"
    r"|\b(?:kind|generous|gracious|thoughtful)\s+of\s+you\b"
    r"|\b(?:so|very|incredibly|really)\s+(?:kind|generous)\s+(?:with|of)\b"
    r"|\bgenerous\s+with\s+your\s+time\b"
    r"|\b(?:I|I\s+really|I\s+truly)\s+valued?\s+(?:the|your|our|learning|hearing|meeting)\b"
    r"|\b(?:gracias|merci|danke|obrigad[oa]|grazie|arigato)\b",
    re.IGNORECASE,
)
_GRATITUDE_AT_WORDS = WordScan(_GRATITUDE)  # the same matches, sought only where they can start
_SLOT_THANKS = lazy_compile(r"\b(?:thank|thanks|gratitude|appreciation)\b", re.IGNORECASE)


def expresses_gratitude(note: Note) -> bool:
    """Whether the note thanks the reader anywhere, a thankful valediction included."""
    text = note.body.replace("’", "'")
    if _GRATITUDE_AT_WORDS.search(text, note.word_starts):
        return True
    return any(_SLOT_THANKS.search(label) for _, label in placeholder_labels(note))


@rule(
    "missing-gratitude",
    severity=Severity.ERROR,
    fires=[
        Example(
            "Dear Ms. Cole,\n\nOur conversation today about the summer network refresh was a "
            "great look at how the district plans its work. Thankfully, your plan avoids exam "
            "weeks.\n\nI look forward to hearing about next steps.\n\nBest regards,\nOwen",
            note="'Thankfully' means 'luckily': it thanks no one.",
        ),
        Example(
            "Hi Nadia,\n\nGreat talking with you today about the modular swamp kit. I spent four "
            "years building modular environments.\n\nBest,\nJasper",
            kind="thank-you",
            channel="linkedin-message",
            note="Friendly, but it never says thank you.",
        ),
    ],
    passes=[
        Example(
            "Hi Priya,\n\nI appreciated your time yesterday and the candid look at your move to "
            "Kubernetes.\n\nBest regards,\nMateo",
        ),
        Example(
            "Dear Ms. Adebayo,\n\nIt was a pleasure to discuss the Sous Chef position with you "
            "and to taste the new spring menu.\n\nKind regards,\nMathieu",
        ),
    ],
)
def missing_gratitude(note: Note) -> Iterator[Hit]:
    """Flag a note that never thanks the reader or shows appreciation.

    ## What it flags
    A note with no word of thanks or appreciation anywhere: no "thank you", "thanks",
    "grateful", "I appreciated", "it was a pleasure to meet you". Words that only look like
    thanks do not count: "Thankfully" means "luckily", and "Great talking with you" is
    friendly but thanks no one.

    ## Why it matters
    Thanking the interviewer for their time is the point of the note. Without it, the
    message reads as a demand for news or a sales pitch, however polite the rest is.

    ## Known limits
    Thanks written in an unusual way ("I owe you one for the tour") may not be recognised,
    and thanks addressed to someone else in the note still counts.
    """
    if expresses_gratitude(note):
        return
    yield Hit(
        None,
        "The note never thanks the reader for their time",
        suggestion="Thank you for taking the time to meet with me.",
    )
