"""The `unfilled-placeholder` rule: a template slot such as `[Company Name]` was left in."""

from __future__ import annotations

import re
from collections.abc import Iterator

from afterword.language.patterns import lazy_compile
from afterword.language.placeholders import find_placeholders, slot_label
from afterword.language.text import Note
from afterword.review.findings import Hit, Severity
from afterword.review.registry import Example, rule

# What a slot asks for, read from its label, and the context field that fills it. Only
# unambiguous slots get a replacement: "{name}" could be anyone, "Your Job Title" is the
# candidate's own title, not the role.
_FILLS = (
    (lazy_compile(r"\b(?:company|organi[sz]ation|employer)\b", re.I), "company"),
    (lazy_compile(r"^(?:your (?:full )?name|candidate'?s? name)$", re.I), "candidate"),
    (
        lazy_compile(
            r"^(?:(?:interviewer|recipient|hiring manager|contact)(?:['’]s)? name"
            r"|name of (?:the )?(?:interviewer|hiring manager))$",
            re.I,
        ),
        "recipient",
    ),
    (lazy_compile(r"^(?:job title|(?:position|role)(?: title| name)?|job)$", re.I), "role"),
)


def _fill(note: Note, slot: str) -> str | None:
    label = slot_label(slot)
    if not label:
        return None
    for pattern, field in _FILLS:
        if pattern.search(label):
            if field == "recipient":
                return note.context.recipient.name if note.context.recipient else None
            value = getattr(note.context, field)
            return value if isinstance(value, str) else None
    return None


def _hit(note: Note, slot: str, span: tuple[int, int], field: str) -> Hit:
    value = _fill(note, slot)
    if value:
        return Hit(
            span,
            f"'{slot}' is a blank from a template that was never filled in",
            suggestion=f"Replace it with '{value}'.",
            replacement=value,
            field=field,
        )
    return Hit(
        span,
        f"'{slot}' is a blank from a template that was never filled in",
        suggestion="Fill it in with the real detail, or rewrite the sentence without it.",
        field=field,
    )


@rule(
    "unfilled-placeholder",
    severity=Severity.ERROR,
    fires=[
        Example(
            "Dear Ms. Chen,\n\nI am excited about the chance to join [Company Name] and help "
            "your clients grow.\n\nBest regards,\nJordan Lee",
            context={"company": "Acme Analytics"},
            note="A bracketed slot from a template; the company from the context can replace it.",
        ),
        Example(
            "Dear Mr. Hayes,\n\nIn my current role I grew booked meetings by XXX% in a "
            "year.\n\nSincerely,\nRuby Adair",
            note="XXX stands for a number the writer meant to fill in.",
        ),
        Example(
            "Dear Priya,\n\nThank you for the interview today.\n\nWarm regards,\n<Your Name>",
            note="The signature was never filled in.",
        ),
    ],
    passes=[
        Example(
            "Dear Ms. Tkachenko,\n\nI have attached my certification record (PDF, 2 MB) in "
            "case it is useful.\n\nKind regards,\nPatrick Byrne",
            note="A surname that starts with 'Tk' and a note on a file's size are no slots.",
        ),
        Example(
            "Hello David,\n\nA former colleague passed along your name, and I am very glad "
            "she did.\n\nBest,\nMei-Ling Zhou",
            note="'your name' in lower case inside a sentence is ordinary English.",
        ),
    ],
)
def unfilled_placeholder(note: Note) -> Iterator[Hit]:
    """Flag a template slot left in the note, such as [Company Name], {name}, XXX or TK.

    ## What it flags
    Blanks from a template that were never filled in: bracketed slots (`[Company Name]`,
    `{name}`, `<Your Name>`), instructions in parentheses ("(insert project)",
    "(interviewer's name)"), runs of underscores, `XXX` or `TK` where a number or a word
    belongs, and stock slots such as "Your Name", "Company Name" or "Job Title". The
    subject line is checked too.

    ## Why it matters
    A left-over blank tells the reader at once that the note came from a template and
    was not read before it was sent. It undoes everything else the note does well.

    ## Known limits
    Only slots that look like slots are caught: a template that says "the company"
    where it should name it reads as ordinary English. "TK", "XX" and similar tokens
    are taken as slots unless the context names something that uses them (a company
    called "TK Maxx", say). A placeholder that asks for the company, the candidate's
    name, the interviewer's name or the role comes with a replacement from the context.
    """
    for span in note.placeholders:
        yield _hit(note, span.text, (span.start, span.end), "body")
    if note.subject:
        for start, end in find_placeholders(note.subject, allow=note.placeholder_allow):
            yield _hit(note, note.subject[start:end], (start, end), "subject")
