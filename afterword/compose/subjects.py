"""Subject lines that differ within a panel: two interviewers comparing notes should not find
the same subject on both ("Thank you - QA Lead interview" twice). A later note whose subject
an earlier one already took (or whose subject is too long for an inbox's list) names a fact of
its own instead: the topic it thanks its reader for, as its body says it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

# A subject longer than this is cut off in most inboxes' lists.
SUBJECT_CHARS = 70

# With {topic}: the topic the note's body names; the first that fits is used. A thank-you's
# subject names the role too ("Thank you - preceptorship for CT" reads as a ticket's title).
THANK_YOU = (
    "{role} interview - thank you for the talk on {topic}",
    "Thank you for our talk on {topic} - {role} interview",
    "{role} interview: our conversation about {topic}",
    "Thank you - {role} interview and {topic}",
)
NETWORKING = (
    "Staying in touch - {topic}",
    "Thank you again - {topic}",
)


class _Note(Protocol):
    subject: str | None
    body: str


def distinct(notes: Sequence[_Note], topics: Sequence[Iterable[str]],
             fallbacks: Sequence[Sequence[str]], frames: Sequence[str] = THANK_YOU,
             role: str = "") -> None:
    """Give each note whose subject an earlier note already has, or whose subject runs past
    SUBJECT_CHARS (a long role's every wording does), a subject of its own:
    `topics[n]` are the phrases note n may name (its reader's topics), used only when its
    body says them, in the first of `frames` that fits; else the first of `fallbacks[n]` (subjects with its reader's name, say)
    that fits and is free; else it keeps its subject."""
    taken: set[str] = set()
    for n, note in enumerate(notes):
        if note.subject is None:
            continue
        if note.subject in taken or len(note.subject) > SUBJECT_CHARS:
            note.subject = _own(note, topics[n], taken, frames, role) or next(
                (s for s in fallbacks[n] if len(s) <= SUBJECT_CHARS and s not in taken),
                note.subject)
        taken.add(note.subject)


def _own(note: _Note, topics: Iterable[str], taken: set[str],
         frames: Sequence[str], role: str = "") -> str | None:
    for topic in topics:
        if not topic or topic not in note.body:
            continue
        for frame in frames:
            if "{role}" in frame and not role:
                continue
            subject = frame.format(topic=topic, role=role)
            if len(subject) <= SUBJECT_CHARS and subject not in taken:
                return subject
    return None
