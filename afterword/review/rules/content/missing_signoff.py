"""The `missing-signoff` rule: the note does not end with the candidate's name."""

from __future__ import annotations

from collections.abc import Iterator

from afterword.language.text import Note
from afterword.review.findings import Hit, Severity
from afterword.review.registry import Example, rule


@rule(
    "missing-signoff",
    severity=Severity.WARNING,
    kinds=("thank-you", "follow-up", "rejection-reply", "networking"),
    invite=False,
    fires=[
        Example(
            "Dear Mr. Doyle,\n\nThank you for the shop tour this morning. I would welcome the "
            "chance to talk again.\n\nBest regards,",
            context={"candidate": "Yasmin Farouk"},
            note="A valediction with no name after it is no sign-off.",
        ),
        Example(
            "Dear Dr. Marsh,\n\nThank you for letting me shadow your team.\n\nI hope to hear "
            "from you soon.\n\nJessica",
            channel="handwritten",
            context={"candidate": "Mirela Dragan"},
            note="The card is signed with someone else's name.",
        ),
    ],
    passes=[
        Example(
            "Dear Kai,\n\nThank you for the pairing session.\n\nBest,\nErin Walsh\n"
            "erin.walsh@example.com",
            context={"candidate": "Erin Walsh"},
            note="Contact lines may follow the name.",
        ),
        Example(
            "Hi Priya, thanks again for the chat about the on-call rotation. Best, Jordan",
            channel="linkedin-message",
            context={"candidate": "Jordan Lee"},
        ),
    ],
)
def missing_signoff(note: Note) -> Iterator[Hit]:
    """Flag a note that does not end with a sign-off and the candidate's name.

    ## What it flags
    A note that stops after its last sentence, one that ends on a valediction with no name
    ("Best regards,"), and one signed with someone else's name (left from a template). With
    the candidate's name in the context, the note must be signed with it (first name or full
    name); without it, any final line that reads as a name will do. Contact lines (e-mail,
    phone, LinkedIn) may follow the name. LinkedIn invitations are exempt.

    ## Why it matters
    A note that trails off, or is signed with the wrong name, looks unfinished or copied. A
    short valediction and your name close it properly.

    ## Known limits
    A nickname the tool does not know ("Kasia" for Katarzyna is known; rarer ones are not)
    reads as another name.
    """
    candidate = note.context.candidate
    name = candidate or "your name"
    signoff = note.signoff
    if signoff is not None and signoff.complete:
        return
    if signoff is not None and signoff.other_name is not None:
        other = signoff.other_name
        yield Hit(
            (other.start, other.end),
            f"The note is signed '{other.text}', which is not your name",
            suggestion=candidate,
            replacement=candidate,
        )
        return
    if signoff is not None and signoff.valediction is not None:
        val = signoff.valediction
        yield Hit(
            (val.start, val.end),
            f"'{val.text}' is not followed by your name",
            suggestion=f"{val.text}\n{name}",
        )
        return
    yield Hit(
        None,
        "The note does not end with a sign-off and your name",
        suggestion=f"Best regards,\n{name}",
    )
