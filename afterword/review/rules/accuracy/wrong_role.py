"""The `wrong-role` rule: the note names a role from another application."""

from __future__ import annotations

import re
from collections.abc import Iterator

from afterword.language.mentions import contains, find_name
from afterword.language.patterns import lazy_compile
from afterword.language.text import Note
from afterword.review.findings import Hit, Severity
from afterword.review.registry import Example, rule

# A role written in lower case is often the candidate's own past title ("as an office
# manager I ..."); it names the job applied for when a job word follows it.
_JOB_WORD = lazy_compile(
    r"^[ \t]+(?:role|position|job|opening|post|vacancy|opportunity|posting)\b", re.I
)
# "my former Shift Supervisor", "in my current role as Charge Nurse": the candidate's own
# history or a person, not the job applied for.
_OWN_HISTORY = lazy_compile(
    r"\b(?:former|previous|prior|past|current|present|ex-|my|our|was an?|were an?|worked as an?"
    r"|served as an?|working as an?|role as an?|time as an?|years as an?)\s*$",
    re.I,
)


# A capitalised word right before or after the match makes it part of a longer title
# ("Business Analyst" is not "Analyst"), unless it is a job word ("Analyst Position") or
# starts the sentence.
_WORD_BEFORE = lazy_compile(r"([^\W\d_][\w'’]*)[ \t]+$")
_WORD_AFTER = lazy_compile(r"[ \t]+([^\W\d_][\w'’]*)")
_JOB_WORDS = frozenset(
    {"role", "position", "job", "opening", "post", "vacancy", "opportunity", "posting"}
    | {"interview", "application", "team", "i"}
)


def _inside_longer_title(text: str, start: int, end: int) -> bool:
    before = _WORD_BEFORE.search(text[max(0, start - 40) : start])
    if before and before.group(1)[0].isupper() and before.group(1).lower() not in _JOB_WORDS:
        line_start = text.rfind("\n", 0, start) + 1
        head = text[line_start : start - len(before.group(0))].rstrip()
        if head and not head.endswith((".", "!", "?", ":")):
            return True
    after = _WORD_AFTER.match(text, end)
    return bool(after and after.group(1)[0].isupper() and after.group(1).lower() not in _JOB_WORDS)


def _lower(text: str) -> str:
    low = text.lower()
    return low if len(low) == len(text) else text  # keep offsets ("İ" lowers to two)


def _mentions(note: Note, text: str) -> Iterator[tuple[int, int]]:
    role = note.context.role
    low = _lower(text)
    own = find_name(low, role.lower()) if role else []
    for other in note.context.other_roles:
        if role and contains(role, other):
            # "Data Engineer" while applying as "Senior Data Engineer": a shortening of the
            # right role reads the same as the other application, so say nothing.
            continue
        for start, end in find_name(low, other.lower()):
            if any(s <= start and end <= e for s, e in own):
                continue  # part of the right role's name ("Front Office Manager")
            written = text[start:end]
            capitalised = any(c.isupper() for c in written)
            if not capitalised and not _JOB_WORD.match(text[end:]):
                continue
            if _OWN_HISTORY.search(text[max(0, start - 30) : start]):
                continue
            if capitalised and _inside_longer_title(text, start, end):
                continue
            yield start, end


def _check(note: Note, text: str, field: str) -> Iterator[Hit]:
    role = note.context.role
    for start, end in _mentions(note, text):
        written = text[start:end]
        if role:
            yield Hit(
                (start, end),
                f"'{written}' is a role from another application; this note is for the {role} role",
                suggestion=f"Replace it with '{role}'.",
                replacement=role,
                field=field,
            )
        else:
            yield Hit(
                (start, end),
                f"'{written}' is a role from another application",
                suggestion="Name the role this note is about.",
                field=field,
            )


_CTX = {"role": "Product Manager", "other_roles": ["Product Marketing Manager"]}


@rule(
    "wrong-role",
    severity=Severity.WARNING,
    needs=("other_roles",),
    fires=[
        Example(
            "Hi Dev,\n\nI am very excited about the Product Marketing Manager role at "
            "Parcelpoint.\n\nBest,\nRina Takahashi",
            context=_CTX,
            note="The role applied for is Product Manager.",
        ),
        Example(
            "Dear Ms. Varga,\n\nThank you for meeting with me about the Charge Nurse position "
            "on 4 West.\n\nKind regards,\nTheresa Mbatha",
            context={"role": "Staff Nurse", "other_roles": ["Charge Nurse"]},
            note="Charge Nurse is the role of another application.",
        ),
    ],
    passes=[
        Example(
            "Dear Ms. Grant,\n\nI am very excited about the Front Office Manager role.\n\n"
            "Warm regards,\nDaniel Kim",
            context={"role": "Front Office Manager", "other_roles": ["Office Manager"]},
            note="'Office Manager' is only part of the right role's name.",
        ),
        Example(
            "Dear Ms. Varga,\n\nIn my four years as a charge nurse I learned to run a floor "
            "at night.\n\nKind regards,\nTheresa Mbatha",
            context={"role": "Staff Nurse", "other_roles": ["Charge Nurse"]},
            note="The candidate's own past title, in lower case, is not the job applied for.",
        ),
    ],
)
def wrong_role(note: Note) -> Iterator[Hit]:
    """Flag a note that names a role from one of your other applications.

    ## What it flags
    A role from your other applications (`other_roles`) named in the note or its subject,
    such as "the Charge Nurse position" in a note about a Staff Nurse interview.

    ## Why it matters
    Naming the wrong job tells the interviewer the note was copied from another
    application, and makes them wonder which job you really want.

    ## Known limits
    A role that is part of the right one ("Data Engineer" in "Senior Data Engineer") is
    never flagged, even on its own: it may just be a shortening. A role written in lower
    case counts only when a word like "role" or "position" follows it, and a title the
    candidate held ("my former Shift Supervisor", "as a charge nurse") is left alone.
    """
    yield from _check(note, note.body, "body")
    if note.subject:
        yield from _check(note, note.subject, "subject")
