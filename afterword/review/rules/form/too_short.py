"""The `too-short` rule: an email too thin to say anything specific."""

from __future__ import annotations

from collections.abc import Iterator

from afterword.language.text import Note
from afterword.review.findings import Hit, Severity
from afterword.review.registry import Example, rule

MIN_EMAIL_WORDS = 50


@rule(
    "too-short",
    severity=Severity.WARNING,
    fires=[
        Example(
            "Hi Dana,\n\nThanks for the interview today. I enjoyed it and hope to hear back "
            "soon.\n\nBest,\nRahul",
            note="About 20 words: too thin to be specific.",
        ),
        Example(
            "Dear Mr. Park,\n\nI wanted to follow up on my application for the Bookkeeper "
            "position. Is there any news?\n\nThank you,\nAna Souza",
            kind="follow-up",
        ),
    ],
    passes=[
        Example(
            "Dear Ms. Okafor,\n\nThank you for meeting with me this morning about the Front "
            "Desk Coordinator role. I enjoyed hearing how your team handles the Monday "
            "rush with a second check-in line.\n\nI ran the front desk of a busy clinic "
            "for three years and would love to bring that calm to your lobby.\n\nBest "
            "regards,\nLena Fischer",
        ),
        Example(
            "Dear Chef Ramos,\n\nThank you for the trial shift today. Four years on a busy "
            "grill have me ready for your Friday rush.\n\nWarmly,\nTheo",
            channel="handwritten",
            note="Short is fine on a card: the rule is for email.",
        ),
    ],
)
def too_short(note: Note) -> Iterator[Hit]:
    """Flag an email body of fewer than 50 words.

    ## What it flags
    An email whose body, greeting and sign-off included, has fewer than 50 words.

    ## Why it matters
    A note that short rarely has room for what makes it work: a detail from the
    conversation, a strength of yours and a look ahead. A few more sentences turn a
    formality into a reason to remember you.

    ## Known limits
    Email only: cards, LinkedIn messages and invitations are meant to be short.
    """
    if note.channel != "email":
        return
    words = note.word_count
    if words < MIN_EMAIL_WORDS:
        yield Hit(
            None,
            f"At {words} words, this email is too short to say anything specific",
            suggestion="Add a detail from the conversation and one strength you would bring.",
        )
