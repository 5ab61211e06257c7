"""The `generic-subject` rule: a subject line that names nothing ("Thank you", "Follow up")."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from afterword.language.mentions import contains
from afterword.language.patterns import lazy_compile
from afterword.language.text import Note
from afterword.review.findings import Hit, Severity
from afterword.review.registry import Example, rule

# Words every post-interview subject could carry (the sibling .txt). A subject made of
# these alone (and the sender's or reader's name) names no role, company or topic.
_STOCK = frozenset(
    word
    for line in Path(__file__).with_suffix(".txt").read_text(encoding="utf-8").splitlines()
    if not line.startswith("#")
    for word in line.split()
)
_WORD = lazy_compile(r"[^\W_]+(?:['’-][^\W_]+)*")


def _names(note: Note) -> set[str]:
    ctx = note.context
    parts = [ctx.candidate or ""]
    if ctx.recipient:
        parts.append(ctx.recipient.name)
    return {w.lower() for part in parts for w in _WORD.findall(part)} | {"mr", "ms", "mrs", "dr"}


def is_generic(note: Note, subject: str) -> bool:
    """True when the subject names neither the role, the company nor anything specific."""
    # The word test first: it is the cheaper, and it settles most subjects.
    names = _names(note)
    for word in _WORD.findall(subject):
        low = word.lower().replace("’", "'")
        if low.endswith("'s"):
            low = low[:-2]
        if low in _STOCK or low in names or low.isdigit():
            continue
        return False
    ctx = note.context
    return not any(name and contains(subject, name) for name in (ctx.role, ctx.company))


@rule(
    "generic-subject",
    severity=Severity.INFO,
    fires=[
        Example(
            "Dear Hana,\n\nThank you for the conversation.\n\nBest,\nTrevor",
            subject="Thank you",
        ),
        Example(
            "Dear Mr. Park,\n\nI wanted to ask about next steps.\n\nBest,\nAna Souza",
            subject="Following up on my application",
            kind="follow-up",
        ),
    ],
    passes=[
        Example(
            "Dear Hana,\n\nThank you for the conversation.\n\nBest,\nTrevor",
            subject="Sales Development Manager interview - thank you",
        ),
        Example(
            "Hello David,\n\nThank you for making time for coffee.\n\nBest,\nMei-Ling",
            subject="Thank you for the chat about diary studies",
            kind="networking",
            note="The subject names the topic of the conversation.",
        ),
    ],
)
def generic_subject(note: Note) -> Iterator[Hit]:
    """Flag an email subject that names neither the role, the company nor anything specific.

    ## What it flags
    Subjects such as "Thank you", "Follow up" or "Checking in" that would fit any email
    to anyone.

    ## Why it matters
    The subject is the first thing the interviewer sees in a crowded inbox. One that names
    the role or the topic ("Data Engineer interview - thank you") says who you are before
    the email is even opened, and makes it easy to find later.

    ## Known limits
    A subject counts as specific as soon as it holds a word that is not a stock word of
    thanks or following up, or the name of the candidate or the reader; it does not check
    that the word is the right one. Email only; says nothing when the subject is unknown.
    """
    if note.channel != "email" or not note.message.subject_known:
        return
    subject = note.subject or ""
    if subject.strip() and is_generic(note, subject):
        lead = len(subject) - len(subject.lstrip())
        yield Hit(
            (lead, len(subject.rstrip())),
            f"The subject '{subject.strip()}' does not say which role or conversation it is about",
            suggestion=_suggest(note),
            field="subject",
        )


def _suggest(note: Note) -> str:
    ending = "following up" if note.kind == "follow-up" else "thank you"
    if note.context.role:
        return f"Name the role, such as '{note.context.role} interview - {ending}'."
    return f"Name the role or the topic, such as 'Data Analyst interview - {ending}'."
