"""The `missing-subject` rule: an email with no subject line."""

from __future__ import annotations

from collections.abc import Iterator

from afterword.language.text import Note
from afterword.review.findings import Hit, Severity
from afterword.review.registry import Example, rule

_BODY = (
    "Dear Ms. Varga,\n\nThank you for meeting with me yesterday about the Staff Nurse "
    "position.\n\nKind regards,\nTheresa Mbatha"
)


@rule(
    "missing-subject",
    severity=Severity.ERROR,
    fires=[
        Example(_BODY, subject="", note="An email whose subject line was left empty."),
        Example(_BODY, subject="   ", kind="follow-up", note="A subject of spaces is no subject."),
    ],
    passes=[
        Example(_BODY, subject="Staff Nurse interview - thank you"),
        Example(_BODY, channel="handwritten", note="A card has no subject line."),
    ],
)
def missing_subject(note: Note) -> Iterator[Hit]:
    """Flag an email that has no subject line.

    ## What it flags
    An email sent with an empty subject.

    ## Why it matters
    An email with no subject looks like spam, may land in a junk folder, and is hard
    to find again. A subject that names the role ("Staff Nurse interview - thank you")
    tells the reader at a glance who you are.

    ## Known limits
    Only emails have subjects. When the subject is not known (a note reviewed from a
    plain text file without `--subject`), the rule says nothing.
    """
    if note.channel != "email" or not note.message.subject_known:
        return
    if not (note.subject or "").strip():
        yield Hit(
            None, "This email has no subject line", suggestion=_suggest(note), field="subject"
        )


def _suggest(note: Note) -> str:
    ending = "following up" if note.kind == "follow-up" else "thank you"
    role = note.context.role
    if role:
        return f"Add one that names the role, such as '{role} interview - {ending}'."
    return f"Add one that names the role, such as 'Data Analyst interview - {ending}'."
