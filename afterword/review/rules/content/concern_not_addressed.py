"""The `concern-not-addressed` rule: a concern raised in the interview goes unanswered."""

from __future__ import annotations

import re
from collections.abc import Iterator

from afterword.language.structure import fold
from afterword.language.text import Note
from afterword.review.findings import Hit, Severity
from afterword.review.registry import Example, rule
from afterword.review.rules.content._keywords import (
    GENERIC,
    STOP,
    entity_names,
    entity_words,
    find_phrase,
    name_spans,
)

_WORDS = re.compile(r"[^\W\d_][\w'’-]*")
_ACRONYM = re.compile(r"\b[A-Z]{2,4}\b")


def _answered_in_named_words(note: Note, concern: str) -> bool:
    """A concern in the role's or the company's own words ("limited emergency department
    experience" for a Social Worker, Emergency Department; "ED" for it) is answered where
    the note uses those words outside its mentions of the role and the company."""
    named = entity_words(note)
    words = [w for w in _WORDS.findall(concern) if fold(w) not in STOP | GENERIC]
    phrases = []
    run: list[str] = []
    for w in [*words, ""]:
        if w and fold(w) in named:
            run.append(re.escape(w))
            continue
        # Two named words in a row, or one long enough to be the matter itself ("felony"
        # for an Assistant Public Defender, Felony Trial Unit): never a short word of a name.
        if len(run) >= 2 or (len(run) == 1 and len(run[0]) >= 5):
            phrases.append(r"\W{1,3}".join(run))
        run = []
    for acronym in _ACRONYM.findall(concern):
        # "ED" for "emergency department": words of four letters or more with those initials
        phrases.append(r"[\W_]{1,3}".join(rf"{c}[a-z]{{3,}}" for c in acronym))
    if not phrases:
        return False
    taken = [span for name in entity_names(note) for span in name_spans(note, name)]
    pattern = re.compile(rf"(?<!\w)(?:{'|'.join(phrases)})(?!\w)", re.IGNORECASE)
    for m in pattern.finditer(note.body):
        if not any(a <= m.start() < b for a, b in taken):
            words_found = [fold(w) for w in _WORDS.findall(m.group())]
            if not any(w in STOP for w in words_found):
                return True
    return False


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
    not Go the language). A concern in the role's or the company's own words ("limited
    emergency department experience" for a Social Worker, Emergency Department, or "ED")
    counts as touched where the note uses those words, or words with those initials,
    outside its mentions of the role and the company.

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
        if _answered_in_named_words(note, concern):
            continue
        yield Hit(
            None,
            f"The note does not address the concern raised in the interview: {concern}",
            suggestion=f"Add a sentence that answers the concern about {concern}.",
        )
