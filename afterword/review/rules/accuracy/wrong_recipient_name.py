"""The `wrong-recipient-name` rule: the greeting names someone else, or misspells the reader."""

from __future__ import annotations

import re
from collections.abc import Iterator

from afterword.language.spans import Span
from afterword.language.structure import (
    GROUP_WORDS,
    HONORIFICS,
    fold,
    name_matches_person,
    placeholder_spans,
    same_given_name,
)
from afterword.language.text import Note
from afterword.review.findings import Hit, Severity
from afterword.review.registry import Example, rule

# How close a written name must be to the recipient's to read as a misspelling of it
# rather than another person ("Sarah" for Sara, "Robinson" for Robertson).
MISSPELLING_SIMILARITY = 0.6


def _distance(a: str, b: str) -> int:
    """Levenshtein distance (names are short: the plain table is fast enough)."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def _similarity(a: str, b: str) -> float:
    return 1 - _distance(a, b) / max(len(a), len(b), 1)


def _parts(name: str) -> list[str]:
    """The recipient's name as written, split into words ("Nguyen-Tran" stays whole)."""
    return [w for w in name.split() if fold(w) not in HONORIFICS]


def _best_form(written: Span, recipient: str, titled: bool) -> tuple[str, float]:
    """The form of the recipient's name the writer meant, and how close they came.

    With a title ("Ms. Robinson") the surname is meant; otherwise the given name, or the
    full name when two words or more were written.
    """
    parts = _parts(recipient)
    w = fold(written.text)
    n_words = len(w.split())
    if n_words >= 2:
        candidates = [" ".join(parts)]
    elif titled:
        candidates = [parts[-1]] if len(parts) > 1 else parts
        candidates += parts[1:-1]
    else:
        candidates = parts[:1] + parts[1:]
    scored = [(c, _similarity(w, fold(c))) for c in candidates]
    return max(scored, key=lambda pair: pair[1])


def _placeholder(note: Note, span: Span) -> bool:
    if re.search(r"[\[\]{}<>_]", span.text):
        return True
    return any(p.start < span.end and span.start < p.end for p in placeholder_spans(note))


@rule(
    "wrong-recipient-name",
    severity=Severity.ERROR,
    needs=("recipient",),
    fires=[
        Example(
            "Dear Sarah,\n\nThank you for meeting with me on Wednesday.\n\nBest regards,\nKofi",
            context={"recipient": {"name": "Sara Holmberg"}},
            note="Her name is Sara, without an h.",
        ),
        Example(
            "Dear Marcus,\n\nThank you for interviewing me this afternoon.\n\nKind regards,\n"
            "Beatriz",
            context={"recipient": {"name": "Elena Petrova"}},
            note="The note is for Elena; Marcus was the other panelist.",
        ),
    ],
    passes=[
        Example(
            "Dear Mr. O’Brien,\n\nThank you for this morning’s conversation.\n\nKind regards,\n"
            "Chiara",
            context={"recipient": {"name": "Liam O'Brien"}},
            note="A curly apostrophe is the same name.",
        ),
        Example(
            "Dear Hiring Committee,\n\nThank you for the panel interview.\n\nSincerely,\nAna",
            context={"recipient": {"name": "Grace Oduya"}},
            note="A greeting to a group names no one wrongly.",
        ),
    ],
)
def wrong_recipient_name(note: Note) -> Iterator[Hit]:
    """Flag a greeting that names someone other than the recipient, or misspells their name.

    ## What it flags
    The name in the greeting, compared with the recipient's: "Dear Sarah" to Sara, "Dear Ms.
    Robinson" to Ms. Robertson, "Dear Marcus" to Elena. The given name, the surname (with or
    without a title), the full name, a common nickname ("Tom" for Thomas) and a short form
    ("Alex" for Alexandra) are all fine. So are a missing accent ("Chloe" for Chloé), a
    curly or a missing apostrophe and a hyphen written as a space: they are common ways of
    typing a name, not misspellings. A greeting to a group or a position ("Dear Hiring
    Committee") names no one and is never wrong.

    ## Why it matters
    Getting the reader's name wrong is the one mistake they are sure to notice, and it
    suggests the note was copied from another one.

    ## Known limits
    Nicknames outside a short common list ("Kasia" for Katarzyna is known, many are not)
    read as another name. Only the greeting is checked, not names later in the note.
    """
    greeting = note.greeting
    recipient = note.context.recipient
    if greeting is None or recipient is None or greeting.group or greeting.slot:
        return
    if not greeting.names or not _parts(recipient.name):
        return
    if all(fold(w) in GROUP_WORDS for w in recipient.name.split()):
        return  # the context names a position, not a person
    names = [n for n in greeting.names if not _placeholder(note, n)]
    if not names or any(name_matches_person(n.text, recipient.name) for n in names):
        return
    written = names[0]
    titled = greeting.honorific is not None
    form, similarity = _best_form(written, recipient.name, titled)
    misspelled = similarity >= MISSPELLING_SIMILARITY or _close_given_name(
        written.text, recipient.name
    )
    if not misspelled and len(_parts(recipient.name)) == 1:
        return  # "Priya" alone in the context: "Dear Ms. Raman" may well be her surname
    if misspelled:
        message = f"The greeting spells the name '{written.text}'; the recipient is {form}"
        replacement = form
    else:
        message = f"The greeting names {written.text}, but this note is for {recipient.name}"
        replacement = form if titled or len(written.text.split()) >= 2 else _parts(recipient.name)[0]
    yield Hit(
        (written.start, written.end),
        message,
        suggestion=replacement,
        replacement=replacement,
    )


def _close_given_name(written: str, recipient: str) -> bool:
    """A one-letter slip on a short given name ("Jon" for "Joan") reads as a misspelling."""
    parts = _parts(recipient)
    if not parts:
        return False
    a, b = fold(written), fold(parts[0])
    return _distance(a, b) <= 1 or same_given_name(a, b)
