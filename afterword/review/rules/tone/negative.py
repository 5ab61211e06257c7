"""The `negative` rule: the note runs down a past employer or the candidate's own interview."""

from __future__ import annotations

from collections.abc import Iterator

from afterword.language.text import Note
from afterword.review.findings import Hit, Severity
from afterword.review.matchers import PhraseMatcher
from afterword.review.registry import Example, rule

_A = "['’]"
# A past or present workplace, or the people in charge of it.
_PLACE = (
    r"(?:my|our)\s+(?:(?:old|former|previous|last|current|present|ex-?)\s+)?"
    r"(?:boss|bosses|manager|managers|supervisor|employer|company|team\s+lead|management"
    r"|organi[sz]ation|firm|job|workplace|coworkers|co-workers|colleagues|director|leadership"
    r"|department|agency|clinic|practice|school|store|office)"
)
_BAD = (
    r"(?:terrible|awful|horrible|horrendous|toxic|clueless|incompetent|useless|lousy|dreadful"
    r"|crazy|insane|miserable|worthless|hopeless|dysfunctional|disorgani[sz]ed|chaotic"
    r"|stupid|idiotic|lazy|micromanaging|abusive|nightmare|unbearable|pathetic|worst)"
)
# Disparaging words after "was/is": "my previous manager was clueless", "is a total mess".
_VERDICT = (
    rf"(?:(?:a|an)\s+)?(?:total\s+|complete\s+|absolute\s+|such\s+an?\s+|so\s+|really\s+"
    rf"|utterly\s+)?(?:{_BAD}|mess|joke|disaster|dumpster\s+fire|circus|idiots?|clowns?)"
)

_RUNDOWN = PhraseMatcher(
    (
        "I bombed",
        "I totally bombed",
        "I completely bombed",
        "I really bombed",
        "I kind of bombed",
        "I made a fool of myself",
        "how badly I did",
        "how poorly I did",
        "I did terribly",
        "I did so badly",
        "I did really badly",
        "I did awfully",
        "no idea what they are doing",
        "no idea what they're doing",
        "no idea what they were doing",
    ),
    patterns=[
        # "my terrible boss", "my previous manager was clueless", "my old company is a mess"
        rf"(?:my|our)\s+(?:(?:old|former|previous|last|current|present|ex-?)\s+)?{_BAD}"
        r"\s+(?:boss|bosses|manager|managers|supervisor|employer|company|job|workplace"
        r"|coworkers|co-workers|colleagues|director|management|team)",
        rf"{_PLACE},?\s+(?:which|who)?\s*(?:is|was|are|were){_A}?\s+{_VERDICT}",
        rf"{_PLACE}\s+(?:is|was|are|were)\s+{_VERDICT}",
        rf"(?:the\s+)?management\s+(?:there\s+)?(?:is|was|were)\s+{_VERDICT}",
        # "my current employer doesn't value its people"
        rf"{_PLACE}\s+(?:doesn{_A}t|does\s+not|didn{_A}t|did\s+not|never|don{_A}t|do\s+not)\s+"
        r"(?:value|care|listen|appreciate|respect|support|know\s+what)",
        # "my answers were a disaster" (a plain "weak" is fair self-assessment, not a rundown)
        r"my\s+(?:answers?|performance|presentation|interview)\s+(?:was|were)\s+(?:terrible|awful"
        r"|horrible|dreadful|embarrassing|a\s+(?:disaster|mess|trainwreck|train\s+wreck))",
        # "I completely blew the whiteboard question", "I botched the case study"
        r"I\s+(?:completely\s+|totally\s+|really\s+|kind\s+of\s+|just\s+)?(?:blew|botched"
        r"|fumbled|flubbed|butchered|tanked|bombed|messed\s+up|screwed\s+up)\s+(?:it|that"
        r"|the\s+(?:\w+\s+){0,3}?(?:interview|question|questions|answer|case|case\s+study|test"
        r"|assessment|presentation|exercise|challenge|round|task|demo)"
        r"|my\s+(?:\w+\s+){0,2}?(?:interview|answer|answers|presentation|chance))",
        # "I hate my job", "I can't stand my boss"
        rf"I\s+(?:hate|hated|can{_A}t\s+stand|cannot\s+stand|couldn{_A}t\s+stand|despise)\s+"
        r"(?:my|working\s+(?:for|at|with))",
        # "I messed up." / "I choked" (not "I choked up", which is emotion)
        r"I\s+(?:really\s+|totally\s+|completely\s+)?(?:messed|screwed)\s+up(?=\s*[.,;!])",
        r"I\s+(?:completely\s+|totally\s+)?choked(?!\s+up)",
        # "I froze." / "I froze up during the coding round"
        r"I\s+(?:completely\s+|totally\s+)?froze(?:\s+up)?(?=\s*[.,;!]|\s+(?:when|during|on|in\s+the))",
    ],
)


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
    previous manager was clueless", "my current company is a total mess"), and running
    down your own interview ("I bombed the case study", "I completely blew the question").

    ## Why it matters
    Interviewers hear criticism of a past employer as a preview of how you would talk
    about them. Dwelling on a weak answer keeps the reader's attention on it; a short,
    positive follow-up on that topic works far better.

    ## Known limits
    Works from a list of phrasings. Hard facts told without blame ("a difficult
    reorganization", "bad debt", "the worst storm season") pass, and so does criticism
    worded otherwise.
    """
    for match in _RUNDOWN.in_note(note):
        yield Hit(
            match.span(),
            f"'{match.group()}' sounds negative; it can leave the reader with a poor impression",
            suggestion="Keep to what you learned and what you can do; leave out blame "
            "and self-criticism.",
        )
