"""The `wall-of-text` rule: an email with a paragraph of more than 120 words."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from afterword.language.text import Note
from afterword.review.findings import Hit, Severity
from afterword.review.registry import Example, rule

MAX_PARAGRAPH_WORDS = 120

_SENTENCES = (
    "Thank you for meeting with me yesterday about the Store Manager role. "
    "I enjoyed hearing how your team plans to add self-checkout lanes this spring. "
    "At my current store I led a similar change and kept wait times under four minutes. "
    "I trained twenty cashiers to help customers at the new lanes. "
    "Our shrink fell by a tenth in the first six months. "
    "I would love to bring that experience to your store. "
    "I was also glad to hear about your plan to open on Sundays. "
    "I have run weekend shifts for five years and enjoy them. "
    "I look forward to hearing about next steps."
)


@rule(
    "wall-of-text",
    severity=Severity.INFO,
    fires=[
        Example(
            "Dear Ms. Chen,\n\n" + _SENTENCES + " " + _SENTENCES + "\n\nBest regards,\nMaya Ruiz",
            note="One paragraph of about 180 words between greeting and sign-off.",
        ),
        Example(
            "Dear Ms. Chen,\n" + _SENTENCES + "\n" + _SENTENCES + "\nBest regards,\nMaya Ruiz",
            note="Single line breaks only: the whole email is one paragraph.",
        ),
    ],
    passes=[
        Example(
            "Dear Ms. Chen,\n\n" + _SENTENCES + "\n\n" + _SENTENCES + "\n\nBest regards,\n"
            "Maya Ruiz",
            note="The same text in paragraphs separated by blank lines.",
        ),
        Example(
            "Hi Ms. Chen, " + _SENTENCES + " " + _SENTENCES + " Best, Maya",
            channel="linkedin-message",
            note="The rule is for email; a LinkedIn message is one block by nature.",
        ),
    ],
)
def wall_of_text(note: Note) -> Iterator[Hit]:
    """Flag an email with a paragraph of more than 120 words.

    ## What it flags
    An email in which one paragraph (text between blank lines) runs to more than 120
    words, greeting or sign-off lines included when no blank line sets them apart.

    ## Why it matters
    A solid block of text is tiring to read on a screen, and the specific detail that
    makes the note memorable gets buried. Short paragraphs (thanks, a specific detail,
    what you bring, your close) can be taken in at a glance.

    ## Known limits
    Email only. A paragraph break is a blank line; single line breaks do not count.
    """
    if note.channel != "email":
        return
    starts = [w.start for w in note.words]
    for para in note.paragraphs:
        count = bisect_left(starts, para.end) - bisect_left(starts, para.start)
        if count > MAX_PARAGRAPH_WORDS:
            yield Hit(
                (para.start, para.end),
                f"This paragraph runs to {count} words without a break",
                suggestion="Break it into short paragraphs: thanks, a specific detail, what "
                "you bring, and your close.",
            )
