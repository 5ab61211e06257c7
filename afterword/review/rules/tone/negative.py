"""The `negative` rule: the note runs down a past employer or the candidate's own interview."""

from __future__ import annotations

from collections.abc import Iterator

from afterword.language.text import Note
from afterword.review.findings import Hit, Severity
from afterword.review.moves import analyse
from afterword.review.registry import Example, rule


@rule(
    "negative",
    severity=Severity.WARNING,
    fires=[
        Example(
            "Dear Mr. Redmond,\n\nThank you for the interview. My previous manager was "
            "clueless about modeling, so I built the churn model myself.\n\nBest,\nAnjali"
        ),
        Example(
            "Dear Ms. Bankole,\n\nThank you for Monday. I know I completely blew the "
            "whiteboard question.\n\nBest,\nEthan"
        ),
        Example(
            "Dear Mr. Sato,\n\nThank you for the interview. My coworkers at the agency were "
            "useless, so a well-run team appeals to me.\n\nRegards,\nDelia"
        ),
    ],
    passes=[
        Example(
            "Dear Ms. Castillo,\n\nThank you for explaining your bad debt reserves. I went "
            "through a difficult reorganization at my current bank and learned a great deal."
            "\n\nKind regards,\nIbrahim"
        ),
        Example(
            "Dear Ingrid,\n\nDuring the worst storm season in a decade I redesigned our dock "
            "schedule, and I solved a terrible outage in a day.\n\nBest regards,\nTyrone"
        ),
    ],
)
def negative(note: Note) -> Iterator[Hit]:
    """Flag a note that runs down a past employer or your own interview.

    ## What it flags
    Criticism of a past or present boss, company or colleagues ("my terrible boss", "my
    previous manager was clueless", "my current company is a total mess", "two years under a
    lazy, petty supervisor at my last garage", "my coworkers at the agency were useless",
    "I'm fed up with how my current employer operates", "my old boss micromanaged
    everything"), and running down your own interview ("I bombed the case study", "I
    completely blew the question", "I know I came across badly").

    ## Why it matters
    Interviewers hear criticism of a past employer as a preview of how you would talk
    about them. Dwelling on a weak answer keeps the reader's attention on it; a short,
    positive follow-up on that topic works far better.

    ## Known limits
    Works from a list of phrasings. Hard facts told without blame ("a difficult
    reorganization", "bad debt", "the worst storm season") pass, and so does criticism
    worded otherwise.
    """
    for match in analyse(note).distinct("negativity"):  # negative.txt
        yield Hit(
            (match.start, match.end),
            f"'{match.text}' sounds negative; it can leave the reader with a poor impression",
            suggestion="Keep to what you learned and what you can do; leave out blame "
            "and self-criticism.",
        )
