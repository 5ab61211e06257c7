"""The `duplicate-note` rule: the same note sent to two interviewers, or twice to one."""

from __future__ import annotations

import re
from collections.abc import Iterator

from afterword.dates import day_month
from afterword.language.patterns import lazy_compile
from afterword.language.text import Note
from afterword.review.findings import Hit, Severity
from afterword.review.registry import Example, rule

# Share of words two notes have in common, in order, once greetings and names are set
# aside. Notes to two panelists that share a sentence or two (the candidate's background,
# the role) stay well under this; a copy with the name changed is close to 1.
THRESHOLD = 0.8

_WORD = lazy_compile(r"[^\W_]+(?:['’][^\W_]+)*")
_SALUTATION = lazy_compile(
    r"^\s*(?:dear|hi|hello|hey|good (?:morning|afternoon|evening)|greetings)\b[\s,]*"
    r"(?P<name>[^,:\r\n]*?)\s*[,:!]?\s*$",
    re.I,
)
_GREETING_LINE = lazy_compile(r"^\s*(?P<name>[^\W\d_][^,:\r\n]{0,40}?)\s*[,:]\s*$")


def _greeting(text: str) -> tuple[str, str]:
    """The note without its greeting line, and the name the greeting uses ("" if none)."""
    stripped = text.lstrip()
    first, _, rest = stripped.partition("\n")
    m = _SALUTATION.match(first) or _GREETING_LINE.match(first)
    if m and len(first.split()) <= 8:
        return rest, m.group("name").strip()
    return stripped, ""


def _words(text: str, names: set[str]) -> list[str]:
    return ["<name>" if w.lower() in names else w.lower() for w in _WORD.findall(text)]


def similarity(a: str, b: str, names: set[str]) -> float:
    """How alike two notes are (0-1), greetings dropped and names read as one token."""
    wa, wb = _words(a, names), _words(b, names)
    if not wa or not wb:
        return 0.0
    from difflib import SequenceMatcher  # only with earlier notes to compare: not at start-up

    matcher = SequenceMatcher(None, wa, wb, autojunk=False)
    if matcher.real_quick_ratio() < THRESHOLD or matcher.quick_ratio() < THRESHOLD:
        return matcher.quick_ratio()
    return matcher.ratio()


def _names(note: Note, *greeting_names: str) -> set[str]:
    ctx = note.context
    parts = list(greeting_names)
    if ctx.recipient:
        parts.append(ctx.recipient.name)
    words = {w.lower() for part in parts for w in _WORD.findall(part)}
    return words - {"mr", "ms", "mrs", "dr", "team", "all", "everyone"}


_NOTE = (
    "Thank you for taking the time to meet with me yesterday about the Pharmacy Operations "
    "Manager position. I enjoyed our discussion of the central fill expansion.\n\n"
    "I have managed operations for a mail-order pharmacy for five years. I am very excited "
    "about the opportunity to join Solstice Pharmacy Services.\n\nSincerely,\nBenedikt Kraus"
)


_SENT = (
    "Thank you for walking me through the nightly batch pipeline today and for your questions "
    "about moving it onto Kubernetes.\n\nI have run production Spark jobs for five years, and "
    "I would love to help Acme Analytics make that move.\n\nBest regards,\nJordan Lee"
)


def _same_name(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


# Needs siblings or previous (either will do), so the rule checks for them itself.
@rule(
    "duplicate-note",
    severity=Severity.WARNING,
    fires=[
        Example(
            "Dear Mr. Chowdhury,\n\n" + _NOTE,
            context={
                "recipient": {"name": "Imran Chowdhury"},
                "siblings": ["Dear Ms. Ortiz,\n\n" + _NOTE],
            },
            note="The same note as the other interviewer's, with only the greeting changed.",
        ),
        Example(
            "Hi Marguerite,\n\nThank you for the interview this afternoon for the QA Tester "
            "role. I enjoyed hearing how your team tests each build on twelve devices.\n\n"
            "I would love to join Brightmoor Games.\n\nBest,\nHyun-woo Lee",
            context={
                "siblings": [
                    "Hi Ashok,\n\nThank you for the interview today for the QA Tester role. "
                    "I enjoyed hearing how your team tests each build on twelve devices.\n\n"
                    "I would love to join Brightmoor Games.\n\nBest,\nHyun-woo Lee"
                ]
            },
            note="Only the name and one phrase differ.",
        ),
        Example(
            "Dear Priya,\n\n" + _SENT,
            context={
                "recipient": {"name": "Priya Raman"},
                "previous": [{"kind": "thank-you", "sent_at": "2026-03-02T18:00:00-05:00",
                              "to": "Priya Raman", "body": "Dear Priya,\n\n" + _SENT}],
            },
            note="The same thank-you already went to Priya the evening before.",
        ),
    ],
    passes=[
        Example(
            "Dear Mr. Chowdhury,\n\n" + _NOTE,
            context={
                "siblings": [
                    "Dear Ms. Ortiz,\n\nThank you for showing me the automated filling line "
                    "and for your questions about staffing the night shift. Your plan to "
                    "cross-train technicians is a smart one.\n\nI have managed operations for "
                    "a mail-order pharmacy for five years.\n\nSincerely,\nBenedikt Kraus"
                ]
            },
            note="The notes share one sentence about the candidate but are otherwise different.",
        ),
        Example("Dear Mr. Chowdhury,\n\n" + _NOTE, context={"siblings": ["Dear Ms. Ortiz,"]}),
        Example(
            "Dear Priya,\n\n" + _SENT,
            context={
                "recipient": {"name": "Priya Raman"},
                "previous": [{"kind": "thank-you", "sent_at": "2026-03-02T18:00:00-05:00",
                              "to": "Tomás Ortega", "body": "Dear Tomás,\n\n" + _SENT}],
            },
            note="The earlier note went to someone else: that is for `siblings` to judge, "
            "among the notes of one interview.",
        ),
    ],
)
def duplicate_note(note: Note) -> Iterator[Hit]:
    """Flag a note that is nearly the same as one to another interviewer, or as one already sent.

    ## What it flags
    A note whose text is near-identical to a note for another interviewer of the same
    interview (`siblings`), once the greeting and the names are set aside; or to a message
    of the same kind already sent to the same person (`previous` entries that carry `to`
    and `body`).

    ## Why it matters
    Interviewers compare notes. When two of them find the same message with only the
    name changed, each one reads as a form letter. A line about something you discussed
    with each person makes every note count. And the same note arriving twice looks like
    a mistake, or like you forgot you had written.

    ## Known limits
    Compares the words in order: notes that share a sentence or two are fine, and a copy
    reworded throughout is not caught.
    """
    body, own_name = _greeting(note.body)
    ctx = note.context
    recipient = ctx.recipient.name if ctx.recipient else None
    for sent in ctx.previous or ():
        if not (sent.body and sent.to and recipient and _same_name(sent.to, recipient)
                and sent.kind == note.kind):
            continue
        other, other_name = _greeting(sent.body)
        if similarity(body, other, _names(note, own_name, other_name)) >= THRESHOLD:
            yield Hit(
                None,
                f"This note is nearly the same as the {sent.kind} you already sent "
                f"{recipient} on {day_month(sent.sent_at, note.context.locale)} "
                f"{sent.sent_at.year}",
                suggestion="They have it already: send nothing, or write something new.",
            )
            return
    for sibling in note.context.siblings:
        other, other_name = _greeting(sibling)
        names = _names(note, own_name, other_name)
        if similarity(body, other, names) >= THRESHOLD:
            whom = f"the note to {other_name}" if other_name else "another interviewer's note"
            yield Hit(
                None,
                f"This note is nearly the same as {whom}",
                suggestion="Give each interviewer their own note: mention something you "
                "discussed with them.",
            )
            return
