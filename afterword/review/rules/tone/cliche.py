"""The `cliche` rule: stock phrases that say nothing ("team player", "hit the ground running")."""

from __future__ import annotations

from collections.abc import Iterator

from afterword.language.text import Note
from afterword.review.findings import Hit, Severity
from afterword.review.matchers import PhraseMatcher
from afterword.review.registry import Example, rule

# Stock phrases of cover letters and thank-you templates. "Passionate about" and "great
# fit" are left out on purpose: they are common, often sincere, and say something when
# followed by specifics.
_STOCK = PhraseMatcher(
    (
        "team player",
        "think outside the box",
        "thinking outside the box",
        "think out of the box",
        "think outside of the box",
        "thinking outside of the box",
        "fast learner",
        "go the extra mile",
        "going the extra mile",
        "natural leader",
        "born leader",
        "bring my A-game",
        "ideal candidate",
        "outside-the-box thinking",
        "out-of-the-box thinking",
        "hit the ground running",
        "hitting the ground running",
        "perfect fit",
        "perfect match",
        "go-getter",
        "go getter",
        "self-starter",
        "self starter",
        "results-driven",
        "results-oriented",
        "detail-oriented team player",
        "hard worker",
        "people person",
        "synergy",
        "synergies",
        "synergize",
        "wear many hats",
        "wearing many hats",
        "give 110%",
        "give 110 percent",
        "110 percent",
        "move the needle",
        "low-hanging fruit",
        "at the end of the day",
        "win-win",
        "game changer",
        "game-changer",
        "paradigm shift",
        "proven track record",
        "dream job",
        "to whom it may concern",
        "I am writing to",
        "I'm writing to",
        "I am writing this email to",
        "I am writing this note to",
        "I am writing this letter to",
        "I'm writing this email to",
    ),
)


@rule(
    "cliche",
    severity=Severity.INFO,
    fires=[
        Example(
            "Dear Ms. Ochoa,\n\nThank you for Wednesday. As a team player, I would hit the "
            "ground running.\n\nSincerely,\nBrenda"
        ),
        Example(
            "Dear Mr. Afolabi,\n\nI am writing to thank you for the interview yesterday."
            "\n\nBest regards,\nGareth"
        ),
    ],
    passes=[
        Example(
            "Hi Sunita,\n\nThank you for the conversation. I am writing up a short plan for "
            "the first migration.\n\nBest,\nGideon"
        ),
        Example(
            "Dear Dr. Mwangi,\n\nThe ground station tour was superb, and the fit-out of the "
            "ground floor impressed me.\n\nBest regards,\nSipho"
        ),
    ],
)
def cliche(note: Note) -> Iterator[Hit]:
    """Flag stock phrases that say nothing: "team player", "perfect fit", "I am writing to".

    ## What it flags
    Phrases every template uses: "team player", "think outside the box", "hit the ground
    running", "perfect fit", "go-getter", "results-driven", "synergy", "I am writing to".

    ## Why it matters
    Interviewers read these phrases in almost every note, so they slide past without
    leaving an impression. One concrete example of your work says more.

    ## Known limits
    A matter of taste, so it is only a hint. "Passionate about" and "great fit" are not
    flagged: they often lead into something specific.
    """
    for match in _STOCK.in_note(note):
        phrase = match.group()
        if phrase.lower().startswith(("i am writing", "i'm writing", "i’m writing")):
            advice = "Start with the point itself: 'Thank you for ...'."
        else:
            advice = "Replace it with a concrete example of what you have done."
        yield Hit(match.span(), f"'{phrase}' is a stock phrase that says little", suggestion=advice)
