"""The `concern-not-addressed` rule: a concern raised in the interview goes unanswered."""

from __future__ import annotations

from collections.abc import Iterator

from afterword.language.text import Note
from afterword.review.findings import Hit, Severity
from afterword.review.registry import Example, rule
from afterword.review.rules.content._keywords import find_phrase


@rule(
    "concern-not-addressed",
    severity=Severity.WARNING,
    needs=("concerns",),
    kinds=("thank-you",),
    invite=False,
    fires=[
        Example(
            "Dear Scott,\n\nThank you for the conversation. My experience fits your plan well: "
            "I have closed $2.8 million in new business.\n\nBest regards,\nGabriela",
            context={"concerns": ["no Salesforce experience"]},
            note="'experience' is not the concern; Salesforce is never mentioned.",
        ),
        Example(
            "Dear Mr. Lozano,\n\nThank you for the trial shift on Tuesday. I have baked "
            "professionally for five years.\n\nWarmly,\nElsie",
            channel="handwritten",
            context={"concerns": ["weekend availability"]},
        ),
    ],
    passes=[
        Example(
            "Hi Priya,\n\nThank you for your time. You were right that my Go experience is thin; "
            "I have started porting one of my tools to Go as practice.\n\nBest,\nMateo",
            context={"concerns": ["limited Go experience"]},
        ),
        Example(
            "Dear Ms. O'Brien,\n\nThank you for meeting with me. Although I have not used Epic, "
            "I moved our unit to Meditech and trained eleven colleagues on it.\n\nKind regards,"
            "\nAmara",
            context={"concerns": ["no experience with Epic charting"]},
        ),
    ],
)
def concern_not_addressed(note: Note) -> Iterator[Hit]:
    """Flag a thank-you note that leaves a concern from the interview unanswered.

    ## What it flags
    A concern the interviewer raised (in the context's `concerns`) that the note never
    touches: none of its key words appears, in any form ("Go" for "limited Go experience",
    "boiler" for "no commercial boiler experience"). Generic words such as "experience"
    alone do not count, and short capitalised names keep their capital ("go" the verb is
    not Go the language).

    ## Why it matters
    The thank-you note is your chance to answer a doubt you could not fully answer in the
    room: a course you have started, a similar tool you learned fast, your availability.
    Leaving it unanswered lets the doubt decide.

    ## Known limits
    A concern answered only in other words ("people management" answered with "I led a
    team of eight") is not recognised.
    """
    for concern in note.context.concerns:
        if not concern.strip() or find_phrase(note, concern, concern=True) is not None:
            continue
        yield Hit(
            None,
            f"The note does not address the concern raised in the interview: {concern}",
            suggestion=f"Add a sentence that answers the concern about {concern}.",
        )
