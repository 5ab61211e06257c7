"""The `missing-interest` rule: the note never says the candidate wants the role or the company."""

from __future__ import annotations

from collections.abc import Iterator

from afterword.language.text import Note
from afterword.review.findings import Hit, Severity
from afterword.review.moves import analyse
from afterword.review.registry import Example, rule


def restates_interest(note: Note) -> bool:
    """Whether the note says, anywhere, that the candidate wants the role or the company
    (or, replying to a rejection, to stay in touch).

    The phrases are the "interest" lexicon, `missing_interest.txt` beside this file, and the
    "touch" lexicon, `missing_interest.touch.txt`: the spec counts staying in touch as
    interest only in a reply to a rejection.
    """
    analysis = analyse(note)
    return analysis.has("interest") or (note.kind == "rejection-reply" and analysis.has("touch"))


@rule(
    "missing-interest",
    severity=Severity.WARNING,
    kinds=("thank-you", "follow-up", "rejection-reply"),
    invite=False,
    fires=[
        Example(
            "Dear Ms. Archer,\n\nThank you for meeting with me today. Your walk-through of the "
            "interest rate risk model was very clear.\n\nFor three years I have run the monthly "
            "liquidity stress tests at a $4 billion bank.\n\nI look forward to hearing about the "
            "next stage.\n\nBest regards,\nElliot",
            note="'interest rate' is finance; nothing says the candidate wants the job.",
        ),
        Example(
            "Dear Alison,\n\nThank you for letting me know, and for the feedback on my test "
            "suite.\n\nBest of luck with the rest of your hiring.\n\nBest regards,\nTomasz",
            kind="rejection-reply",
            note="A reply to a rejection should keep the door open: future roles, staying in touch.",
        ),
        Example(
            "Dear Ms. Lee,\n\nThank you for talking me through the night shift staffing plan on "
            "Tuesday. I would be glad to walk you through my audit at Mercy General, and I am "
            "waiting to start my new job at Kaiser in March.\n\nBest regards,\nJordan",
            note="Glad to show an audit done elsewhere, and waiting to start another job: neither "
            "says the candidate wants this one.",
        ),
    ],
    passes=[
        Example(
            "Dear Dana,\n\nThank you for the conversation. I would love to join your team, and "
            "I look forward to hearing from you.\n\nBest regards,\nRahul",
        ),
        Example(
            "Dear Marcus,\n\nThank you for letting me know. If a similar opening comes up, I "
            "would welcome the chance to be considered, and I hope we stay in touch.\n\n"
            "Kind regards,\nHannah",
            kind="rejection-reply",
        ),
    ],
)
def missing_interest(note: Note) -> Iterator[Hit]:
    """Flag a note that never restates the candidate's interest in the role or the company.

    ## What it flags
    A thank-you note or follow-up that never says the candidate still wants the job ("I am
    very interested in the role", "I would love to join your team", "I'm excited about
    Acme"), and a reply to a rejection that shows no interest in future roles or in staying
    in touch.

    ## Why it matters
    Interviewers weigh enthusiasm. A note that thanks and describes but never says "I want
    this" leaves them guessing; one clear sentence of interest removes the doubt.

    ## Known limits
    Interest needs no "I" and no feeling word ("Everything you described makes me want this
    role more", "The apprenticeship ticks every box for me"), but one put in words the list
    does not know may be missed, and enthusiasm for something else in the note may be taken
    for interest in the role.
    """
    if restates_interest(note):
        return
    if note.kind == "rejection-reply":
        yield Hit(
            None,
            "The reply shows no interest in future roles or in staying in touch",
            suggestion="If a similar role opens up, I would welcome the chance to be considered.",
        )
        return
    ctx = note.context
    if ctx.role:
        suggestion = f"I am very interested in the {ctx.role} role."
    elif ctx.company:
        suggestion = f"I am very interested in joining {ctx.company}."
    else:
        suggestion = "I am very interested in the role and would love to join your team."
    yield Hit(None, "The note never says you are still interested in the role", suggestion)
