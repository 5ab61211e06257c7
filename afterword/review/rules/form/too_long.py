"""The `too-long` rule: the message is longer than its channel suits."""

from __future__ import annotations

from collections.abc import Iterator

from afterword.language.text import Note
from afterword.review.findings import Hit, Severity
from afterword.review.registry import Example, rule

# Word limits by channel (the spec's table); an invitation is limited in characters,
# as LinkedIn counts them.
WORD_LIMITS = {"email": 250, "handwritten": 120, "linkedin-message": 150}
INVITE_CHARACTERS = 300

_WHAT = {
    "email": "an email",
    "handwritten": "a handwritten card",
    "linkedin-message": "a LinkedIn message",
}


def invite_length(body: str) -> int:
    """Characters in an invitation as LinkedIn counts them (a Windows line end is one)."""
    return len(body.replace("\r\n", "\n").strip())


@rule(
    "too-long",
    severity=Severity.WARNING,
    fires=[
        Example(
            "Dear Ms. Lee,\n\n"
            + "Thank you for the interview and the tour of the plant. " * 14
            + "\n\nBest,\nSam Ortiz",
            channel="handwritten",
            note="A card of about 150 words: over the 120 that fit on a card.",
        ),
        Example(
            "Thank you for the talk on warehouse robotics at the expo this morning. " * 5,
            channel="linkedin-invite",
            note="An invitation of 350 characters: LinkedIn allows 300.",
        ),
    ],
    passes=[
        Example(
            "Dear Ms. Lee,\n\nThank you for the tour of the plant on Friday. Seeing the new "
            "packing line run was a highlight, and I would love to help it reach full speed."
            "\n\nBest,\nSam Ortiz",
            channel="handwritten",
        ),
        Example(
            "Thank you for your talk on warehouse robotics at the expo. Your point about "
            "slotting changed how I see pick paths; I would be glad to stay in touch.",
            channel="linkedin-invite",
        ),
    ],
)
def too_long(note: Note) -> Iterator[Hit]:
    """Flag a message that is longer than its channel suits.

    ## What it flags
    An email body over 250 words, a handwritten card over 120 words, a LinkedIn message
    over 150 words, or a LinkedIn invitation over 300 characters.

    ## Why it matters
    Interviewers read thank-you notes between meetings. A short note that makes one or
    two points gets read in full; a long one gets skimmed, and LinkedIn cuts an
    invitation off at 300 characters.

    ## Known limits
    Words are counted as the spec says (every whitespace-separated token holding a letter
    or digit, greeting and sign-off included), so a long contact block counts too.
    """
    if note.channel == "linkedin-invite":
        chars = invite_length(note.body)
        if chars > INVITE_CHARACTERS:
            yield Hit(
                None,
                f"At {chars} characters, this invitation is over LinkedIn's limit of "
                f"{INVITE_CHARACTERS}",
                suggestion="Keep the thanks and one specific line; save the rest for a message.",
            )
        return
    limit = WORD_LIMITS.get(note.channel)
    if limit is None:
        return
    words = note.word_count
    if words > limit:
        yield Hit(
            None,
            f"At {words} words, this is long for {_WHAT[note.channel]}; aim for {limit} or fewer",
            suggestion="Keep the thanks, one specific detail, one strength and your close.",
        )
