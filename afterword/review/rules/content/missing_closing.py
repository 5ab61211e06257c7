"""The `missing-closing` rule: the note ends without looking ahead."""

from __future__ import annotations

from collections.abc import Iterator

from afterword.language.text import Note
from afterword.review.findings import Hit, Severity
from afterword.review.moves import analyse, sentence_at
from afterword.review.registry import Example, rule


def has_closing(note: Note) -> bool:
    """Whether the note looks ahead: next steps, hearing back, talking again, an offer to help.

    The phrases are the "forward" lexicon, `missing_closing.txt` beside this file. A close
    in a sentence that presses the reader ("let me know by Wednesday whether I am moving on
    to the next round") is a demand, not a close (see `demanding`).
    """
    analysis = analyse(note)
    pressed = [sentence_at(note, s.start) for s in analysis.spans("pressure")]
    for span in analysis.spans("forward"):
        if sentence_at(note, span.start) not in pressed:
            return True
    return analysis.has_slot("forward")


@rule(
    "missing-closing",
    severity=Severity.INFO,
    kinds=("thank-you", "follow-up", "rejection-reply", "networking"),
    invite=False,
    fires=[
        Example(
            "Dear Pamela,\n\nThank you for the interview this morning. I built a similar "
            "error-tracking report at my last company, and I would be glad to join your team."
            "\n\nBest regards,\nVictor",
            note="It ends on interest: nothing about next steps or hearing back.",
        ),
        Example(
            "Dear Susan,\n\nThank you for your talk on the adaptive reuse of mill buildings. "
            "Your firm's work is exactly what I hope to do.\n\nWarm regards,\nOlamide",
            kind="networking",
        ),
    ],
    passes=[
        Example(
            "Dear Ms. Bennett,\n\nThank you for the interview. I hold a Grade III license.\n\n"
            "I look forward to hearing from you.\n\nSincerely,\nKenji",
        ),
        Example(
            "Dear Ms. Adebayo,\n\nThank you for the tasting. I ran the garde manger station for "
            "three years.\n\nI hope we can continue the conversation soon.\n\nKind regards,\n"
            "Mathieu",
        ),
    ],
)
def missing_closing(note: Note) -> Iterator[Hit]:
    """Flag a note with no forward-looking close.

    ## What it flags
    A note that never looks ahead: no "I look forward to hearing from you", "I hope we can
    talk again", "please let me know if I can provide anything else", "I hope we stay in
    touch".

    ## Why it matters
    A close that looks ahead gives the reader a next step and ends the note warmly; without
    one, the note just stops.

    ## Known limits
    The close may stand anywhere in the note; an unusual wording may be missed.
    """
    if has_closing(note):
        return
    yield Hit(
        None,
        "The note ends without looking ahead to next steps or hearing back",
        suggestion="I look forward to hearing about next steps.",
    )
