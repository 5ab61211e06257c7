"""The `missing-greeting` rule: the note does not open by greeting the reader."""

from __future__ import annotations

from collections.abc import Iterator

from afterword.language.text import Note
from afterword.review.findings import Hit, Severity
from afterword.review.registry import Example, rule


@rule(
    "missing-greeting",
    severity=Severity.WARNING,
    kinds=("thank-you", "follow-up", "rejection-reply", "networking"),
    invite=False,
    fires=[
        Example(
            "Thank you for meeting with me today about the ICU Nurse position. I appreciated "
            "your explanation of the float pool.\n\nBest regards,\nDerek Olsen",
            context={"candidate": "Derek Olsen"},
            note="The note starts straight in, without 'Dear Hannah,' or similar.",
        ),
        Example(
            "Hello,\n\nThank you for the interview yesterday.\n\nBest,\nJordan",
            note="'Hello' alone names no one.",
        ),
    ],
    passes=[
        Example("Good afternoon Ms. Castillo,\n\nThank you for the conversation.\n\nKind regards,\nIbrahim"),
        Example("Dear Hiring Committee,\n\nThank you for the panel interview.\n\nSincerely,\nAna"),
        Example(
            "Sannu Hauwa,\n\nThank you for the tour of the clinic.\n\nBest,\nMusa",
            context={"recipient": {"name": "Hauwa Bello"}},
            note="A salutation no list holds, before the reader's name.",
        ),
    ],
)
def missing_greeting(note: Note) -> Iterator[Hit]:
    """Flag a note that does not open with a greeting that names the reader.

    ## What it flags
    A note whose first line is not a salutation with a name, a title or a group ("Dear
    Priya,", "Hi Dr. Okafor,", "Dear Hiring Committee,") or a bare name ("Priya,"). A
    salutation of another language counts like "Dear" ("Kia ora Mere,", "Namaste Anil,"),
    and so does any one or two words before the reader's own name and a comma. A salutation
    with nobody after it ("Hello," or "Hi there,") does not count. LinkedIn invitations are
    exempt: they have no room for one.

    ## Why it matters
    Greeting the reader by name shows the note was written for them, not sent to a list.

    ## Known limits
    The greeting is read on the first line, or on the first line after a letter's block of
    date and address lines; one that comes after a subject line typed into the body is not
    seen.
    """
    greeting = note.greeting
    if greeting is not None and greeting.complete:
        return
    recipient = note.context.recipient
    suggestion = f"Dear {recipient.name}," if recipient is not None else "Dear [name],"
    if greeting is not None and greeting.salutation is not None:
        yield Hit(
            (greeting.salutation.start, greeting.salutation.end),
            f"'{greeting.salutation.text}' does not name the reader",
            suggestion=suggestion,
        )
        return
    yield Hit(None, "The note does not open with a greeting to the reader", suggestion=suggestion)
