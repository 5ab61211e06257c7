"""The `demanding` rule: the note presses the reader for a reply or a date."""

from __future__ import annotations

from collections.abc import Iterator

from afterword.language.text import Note
from afterword.review.findings import Hit, Severity
from afterword.review.moves import analyse
from afterword.review.registry import Example, rule


@rule(
    "demanding",
    severity=Severity.WARNING,
    fires=[
        Example(
            "Dear Dr. Feld,\n\nThank you for the interview. Please let me know by Friday "
            "whether I got the job.\n\nSincerely,\nAmelia"
        ),
        Example(
            "Dear Mr. Obi,\n\nThank you again. I expect to hear back by the end of this week."
            "\n\nRegards,\nVanessa"
        ),
        Example(
            "Dear Mr. Hollis,\n\nThank you. Please send me your decision ASAP.\n\nBest,\nFarid"
        ),
        Example(
            "Dear Ms. Ortiz,\n\nThank you for Tuesday's interview. I'd be grateful for a quick "
            "decision, since I am weighing another offer.\n\nBest,\nKeon"
        ),
    ],
    passes=[
        Example(
            "Dear Dr. Park,\n\nThank you. You hoped to decide by Thursday, and I will send "
            "the code sample by Friday, as promised.\n\nWarm regards,\nAna"
        ),
        Example(
            "Dear Dana,\n\nPlease let me know if I can share anything else. I can start as "
            "soon as possible.\n\nBest regards,\nRahul"
        ),
    ],
)
def demanding(note: Note) -> Iterator[Hit]:
    """Flag a note that presses the reader for a reply or a date.

    ## What it flags
    Demands aimed at the reader: "let me know by Friday", "I expect to hear back",
    "please confirm receipt" (or "please confirm you got my email"), "send me your decision
    ASAP", "when can I start", "awaiting your prompt reply", and pressure said politely: "if
    you could let me know why I haven't heard back", "I'd appreciate an answer soon, as I
    have another offer", "I'll assume I've got the job unless I hear otherwise by Friday".

    ## Why it matters
    The interviewer rarely controls the hiring timeline. Pressure reads as impatience;
    a note that looks forward to next steps says the same thing and leaves a better
    impression.

    ## Known limits
    A deadline you set yourself ("I'll send it by Friday"), the reader's own timeline
    ("you hoped to decide by Thursday"), an offer ("I can start as soon as possible"), your
    own haste ("I wanted to write as soon as possible"), a habit ("we answered call bells as
    soon as possible"), thanks for the reader's speed ("thank you for your quick reply") and
    a question ("when can I expect to hear back?") pass. A demand worded otherwise gets
    through.
    """
    end = -1
    for span in analyse(note).spans("pressure"):  # the "pressure" lexicon, demanding.txt
        if span.start < end:
            continue  # "send me your decision ASAP" is one demand
        end = span.end
        yield Hit(
            (span.start, span.end),
            f"'{span.text}' puts pressure on the reader",
            suggestion="I look forward to hearing about next steps.",
        )
