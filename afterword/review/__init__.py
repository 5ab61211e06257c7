"""The review engine: `review(message)` checks a message against the rules of the craft.

It reads no clock and no database: everything it knows comes in with the message.
"""

from __future__ import annotations

from afterword.language.message import Context, Message, Previous, Recipient
from afterword.language.patterns import FIRST_NOTES
from afterword.review.findings import Finding, Report, Severity
from afterword.review.options import ReviewOptions

__all__ = [
    "Context",
    "Finding",
    "Message",
    "Previous",
    "Recipient",
    "Report",
    "ReviewOptions",
    "Severity",
    "review",
]

# Rules whose finding gives way to any other rule's on the same words
# ("One mistake, one finding": `grammar`'s "alot" is not a spelling finding too).
_DEFERRING = frozenset({"spelling"})
_REVIEWED = 0  # notes reviewed by this process, counted up to `patterns.FIRST_NOTES`


def review(message: Message, options: ReviewOptions | None = None) -> Report:
    """Review one message; returns its findings in text order and its score."""
    from afterword.language.text import Note
    from afterword.review.registry import iter_checks

    note = Note(message, options.dictionary if options is not None else ())
    configured = options.severity if options is not None else {}
    findings: list[Finding] = []
    deferred: list[Finding] = []
    for spec in iter_checks(note, options):
        for hit in spec.check(note):
            severity = configured.get(spec.id) or hit.severity or spec.severity
            start, end = hit.span if hit.span is not None else (None, None)
            finding = Finding(
                rule=spec.id,
                severity=severity,
                message=hit.message,
                start=start,
                end=end,
                suggestion=hit.suggestion,
                replacement=hit.replacement,
                field=hit.field,
                family=spec.family,
            )
            (deferred if spec.id in _DEFERRING else findings).append(finding)
    for finding in deferred:
        if not any(_overlaps(finding, other) for other in findings):
            findings.append(finding)
    findings.sort(key=lambda f: (f.field != "subject", f.start if f.start is not None else -1))
    # The analyses kept on the note refer to the note (the moves, the running text): a
    # cycle, which only the garbage collector would free, and its collections cost the more
    # the more a program holds. Broken here, the note and all it holds go as this returns.
    note.derived.clear()
    global _REVIEWED
    if _REVIEWED < FIRST_NOTES:  # the first reviews read the rules' patterns: keep that
        _REVIEWED += 1
        from afterword.language import wordscan

        wordscan.remember(done=_REVIEWED == FIRST_NOTES)
    return Report(id=message.id, findings=findings)


def reading_many() -> None:
    """A process about to review thousands of notes (a batch) reads only its first note
    lean, as every process did before `patterns.FIRST_NOTES`: later notes compile each
    word's whole alternation once for all, and a batch's opening notes, reviewed before
    its worker is forked, compile what the worker then shares."""
    global _REVIEWED
    from afterword.language import wordscan
    from afterword.review import moves

    index = moves._index()
    index.lean_left = min(index.lean_left, 1)
    wordscan._LEAN_LEFT = min(wordscan._LEAN_LEFT, 1)
    _REVIEWED = max(_REVIEWED, FIRST_NOTES - 1)  # the next review ends the first ones


def _overlaps(a: Finding, b: Finding) -> bool:
    if a.field != b.field or None in (a.start, a.end, b.start, b.end):
        return False
    assert a.start is not None and a.end is not None and b.start is not None and b.end is not None
    return a.start < b.end and b.start < a.end
