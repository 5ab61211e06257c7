"""The `desperate` rule: pleading or need ("I really need this job", "my last hope")."""

from __future__ import annotations

from collections.abc import Iterator

from afterword.language.text import Note
from afterword.review.findings import Hit, Severity
from afterword.review.moves import analyse
from afterword.review.registry import Example, rule


@rule(
    "desperate",
    severity=Severity.WARNING,
    fires=[
        Example(
            "Dear Mr. Jensen,\n\nThank you for the interview. Honestly, I really need this "
            "job.\n\nBest regards,\nYolanda"
        ),
        Example(
            "Dear Mrs. Aguilar,\n\nThank you for meeting with me. After months of searching, "
            "this job is my last hope.\n\nSincerely,\nPatience"
        ),
        Example(
            "Dear Ms. Lowe,\n\nThank you for meeting me. I have bills piling up, and I need "
            "this job so much.\n\nSincerely,\nCarl"
        ),
    ],
    passes=[
        Example(
            "Dear Ms. Hartley,\n\nThank you again. Please tell me if there is anything else "
            "you need from me.\n\nSincerely,\nRebecca"
        ),
        Example(
            "Dear Rachel,\n\nThank you for the advice. I would welcome the chance to keep "
            "you updated.\n\nBest regards,\nKwame"
        ),
    ],
)
def desperate(note: Note) -> Iterator[Hit]:
    """Flag pleading or need: "I really need this job", "I'll do anything", "my last hope".

    ## What it flags
    Words that put your need at the centre: "I really need this job", "I need this so
    much", "I'll do anything", "please give me a chance", "my last hope" or "my last shot",
    "I'm begging you", "I'll work for free" or "for less", "I can't afford to be turned
    down", and hardship told to win sympathy ("bills piling up", "I've applied to over a
    hundred jobs", "my family is depending on me").

    ## Why it matters
    Employers hire for what you bring, not for how much you need the job. Pleading
    weakens your position and can make the reader uncomfortable; confidence and a clear
    reminder of your strengths work better.

    ## Known limits
    Works from a list of phrasings; need expressed in other words gets through. Offers of
    help ("anything else you need from me"), hopes ("I would welcome the chance"), the
    team's needs ("the bakery badly needs an extra pair of hands") and thanks for the
    reader's help ("your feedback would mean the world to me") are not pleading.
    """
    for match in analyse(note).distinct("pleading"):  # desperate.txt
        yield Hit(
            (match.start, match.end),
            f"'{match.text}' sounds like pleading; it puts your need ahead of what you offer",
            suggestion="Say why you are a strong fit instead, e.g. 'I am confident I can "
            "help your team with ...'.",
        )
