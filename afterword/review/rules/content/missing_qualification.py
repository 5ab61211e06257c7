"""The `missing-qualification` rule: the note says nothing about what the candidate brings."""

from __future__ import annotations

from collections.abc import Iterator

from afterword.language.text import Note
from afterword.review.findings import Hit, Severity
from afterword.review.moves import analyse
from afterword.review.registry import Example, rule


def reinforces_qualification(note: Note) -> bool:
    """Whether the note mentions a skill, experience or achievement of the candidate.

    The phrases are the "qualification" lexicon, `missing_qualification.txt` beside this file.
    """
    return analyse(note).has("qualification")


@rule(
    "missing-qualification",
    severity=Severity.WARNING,
    kinds=("thank-you",),
    invite=False,
    fires=[
        Example(
            "Dear Richard,\n\nThank you for meeting with me this morning. I enjoyed hearing about "
            "your experience building the rider stories series.\n\nI am very excited about the "
            "chance to help tell those stories.\n\nBest,\nSophie",
            note="'your experience' is the interviewer's: nothing about what the candidate brings.",
        ),
        Example(
            "Dear Mr. Ames,\n\nThank you for the tour and for explaining the new lab safety "
            "program.\n\nI would be thrilled to join your science department.\n\nSincerely,\n"
            "Imani",
            channel="handwritten",
        ),
    ],
    passes=[
        Example(
            "Dear Mr. DeLuca,\n\nThank you for the time this morning. I have serviced residential "
            "boilers for four years and hold a universal EPA certification.\n\nSincerely,\nLiam",
        ),
        Example(
            "Hi Priya,\n\nThank you for your time. At my last company I cut our nightly batch "
            "window from six hours to ninety minutes.\n\nBest,\nMateo",
        ),
    ],
)
def missing_qualification(note: Note) -> Iterator[Hit]:
    """Flag a thank-you note that says nothing about what the candidate brings.

    ## What it flags
    A thank-you note with no skill, experience or achievement of the candidate: no "I led",
    "my five years of", "at my last company I cut", "I hold a certification". An achievement
    is read by its shape as well as its words: any first-person past action with a number in
    its result ("I merged our three help desks into one"; not a reaction to the interview,
    "I enjoyed meeting the three nurses"), anything of one's own past that prepared one ("My
    placement on a surgical ward prepared me"), a post held for a while ("my year as
    treasurer"), the same work done before ("I did something similar at a regional bank"),
    any past action of one's own on a thing of one's work ("I rewired the studio's lighting
    rig"). Plain words count too: "I'm no stranger to night shifts", "Scaffolding is my
    trade", "clients ask for me by name".

    ## Why it matters
    The note is a last chance to connect what you offer to what they need. One concrete
    line ("I rebuilt a similar schedule for a six-door dock") makes the thanks memorable.

    ## Known limits
    Reads the phrasings in its word list ("I led", "my experience with", "having grown up
    on a farm", "my leadership roles have prepared me"); "my skills and experience" with
    nothing named is not a qualification. One told in other words may be missed.
    """
    if reinforces_qualification(note):
        return
    yield Hit(
        None,
        "The note does not remind the reader of a skill or an achievement of yours",
        suggestion="Add one concrete line about what you bring, such as a result you achieved.",
    )
