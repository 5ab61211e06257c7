"""The `apologetic` rule: needless apology or hedging ("sorry to bother you", "I just wanted to")."""

from __future__ import annotations

from collections.abc import Iterator

from afterword.language.text import Note
from afterword.review.findings import Hit, Severity
from afterword.review.moves import analyse
from afterword.review.registry import Example, rule


@rule(
    "apologetic",
    severity=Severity.INFO,
    fires=[
        Example(
            "Dear Ms. Langley,\n\nI just wanted to thank you for the interview this morning."
            "\n\nSincerely,\nRosa"
        ),
        Example(
            "Dear Ms. Winslow,\n\nI know you're busy, but I hoped to check in about the role."
            "\n\nKind regards,\nNoelle"
        ),
        Example(
            "Dear Ms. Okeke,\n\nSorry to bother you again. Thank you for the interview."
            "\n\nSincerely,\nMarcus"
        ),
        Example(
            "Dear Priya,\n\nThank you for the panel interview. I feel bad for going over time "
            "on the design question.\n\nBest regards,\nTom"
        ),
    ],
    passes=[
        Example(
            "Dear Marcus,\n\nThank you for letting me know. I was sorry to learn the role went "
            "to another candidate.\n\nKind regards,\nHannah"
        ),
        Example(
            "Dear Dr. Park,\n\nThe scanner handled just as you said it would, and I have just "
            "finished the course.\n\nWarm regards,\nAna"
        ),
    ],
)
def apologetic(note: Note) -> Iterator[Hit]:
    """Flag needless apologies and hedges: "sorry to bother you", "I just wanted to".

    ## What it flags
    Apologising for writing at all ("sorry to bother you", "I apologize for following
    up", "I hate to bother you", "forgive the long email"), for being late or for the
    interview ("I hope I didn't mess up the SQL question", "sorry for rambling", "I feel
    bad for going over time", "I regret not explaining ..."), and hedges that shrink your
    message ("I just wanted to", "Just wanted to check in", "no pressure at all", "I know
    you're busy, but", "just a friendly reminder").

    ## Why it matters
    A thank-you or a polite follow-up is normal, welcome business. Apologising for it
    suggests you are imposing, and hedges weaken what comes after them; start with the
    point instead ("Thank you for ...", "I am writing to follow up on ...").

    ## Known limits
    Regret about news ("I was sorry to learn ...", "sorry to hear about the delay") and
    sympathy ("I feel bad for the families waiting") are not apologies and pass, and so
    does "just" in other senses ("just as you said"). Hedges worded otherwise get
    through.
    """
    for match in analyse(note).distinct("hedge"):  # apologetic.txt
        yield Hit(
            (match.start, match.end),
            f"'{match.text}' apologises or hedges where no apology is needed",
            suggestion="Start with your point: thanking someone or following up is welcome.",
        )
