"""The `demanding` rule: the note presses the reader for a reply or a date."""

from __future__ import annotations

import re
from collections.abc import Iterator

from afterword.language.text import Note
from afterword.language.wordscan import WordScan
from afterword.review.findings import Hit, Severity
from afterword.review.matchers import PhraseMatcher
from afterword.review.registry import Example, rule

_A = "['’]"
_DAYS = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri)"
)
_DEADLINE = (
    rf"(?:{_DAYS}|tomorrow|tonight|today|noon|eod|cob|close\s+of\s+business|end\s+of\s+(?:the\s+)?"
    r"(?:day|week|month)|the\s+end\s+of\s+(?:the\s+|this\s+|next\s+)?(?:day|week|month)"
    r"|this\s+(?:week|afternoon|evening)|next\s+week|the\s+\d{1,2}(?:st|nd|rd|th)?"
    r"|\d{1,2}(?::\d\d)?(?:\s*[ap]\.?m\.?)?"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}"
    r"(?:st|nd|rd|th)?)"
)
# Asking the reader to act: the request a deadline turns into a demand.
_ASK = (
    r"(?:let\s+me\s+know|respond|reply|get\s+back\s+to\s+me|send\s+me|tell\s+me|inform\s+me"
    r"|update\s+me|email\s+me|call\s+me|hear\s+back|hear\s+from\s+you)"
)
# Up to eight words between the request and the deadline ("let me know whether I got the
# job by Friday"), but not an offer ("let me know if there is anything I should prepare
# before Monday").
_GAP = r"(?:\s+(?!if\b|anything\b)[\w'’]+){0,8}?"

_PRESSURE = PhraseMatcher(
    (
        "please confirm receipt",
        "confirm receipt of this",
        "when can I start",
        "when do I start",
        "when will I start",
        "when should I start",
        "I demand",
        "I insist on",
    ),
    patterns=[
        # "please let me know by Friday", "respond by the end of this week"
        rf"{_ASK}{_GAP}\s+(?:by|before|no\s+later\s+than)\s+{_DEADLINE}",
        # "I expect to hear back", "I expect a decision", "I expect you to"
        r"I\s+(?:expect|am\s+expecting|['’]m\s+expecting)\s+(?:to\s+(?:hear|receive|get)"
        r"|an?\s+(?:reply|answer|response|decision|offer|update)|your\s+(?:reply|answer|response"
        r"|decision)|you\s+to)",
        # "I need an answer", "I must have your decision", "I need to know your decision"
        r"I\s+(?:will\s+|would\s+)?(?:need|must\s+have|require)\s+(?:to\s+(?:know|hear)\s+)?"
        r"(?:(?:an?|your)\s+)?(?:answer|decision|response|reply)",
        r"I\s+need\s+to\s+(?:hear\s+back|know\s+by)",
        # "I would appreciate a response by Monday"
        r"I(?:\s+would|['’]d)?\s+(?:appreciate|expect|need|require|want|like)\s+(?:a|an|your)\s+"
        r"(?:response|reply|answer"
        rf"|decision|update|confirmation)\s+(?:by|before|no\s+later\s+than)\s+{_DEADLINE}",
        # "please advise by EOD", "please confirm before the 15th"
        rf"please\s+(?:advise|confirm|decide){_GAP}\s+(?:by|before|no\s+later\s+than)\s+{_DEADLINE}",
        # "respond immediately", "update me on the status right away"
        rf"{_ASK}{_GAP}\s+(?:immediately|right\s+away|at\s+once|urgently|promptly)",
        # "still waiting for your reply", "why haven't I heard back"
        r"(?:I\s+am|I['’]m)\s+still\s+waiting\s+(?:for|on)\s+(?:a|your)\s+"
        r"(?:reply|response|answer|decision)",
        rf"why\s+(?:haven{_A}t|have\s+I\s+not|didn{_A}t)\s+(?:I\s+)?(?:heard|received|gotten)",
    ],
)
# "ASAP" and "as soon as possible" press the reader only when the reader is to act:
# "I can start as soon as possible" offers; "send me your decision ASAP" demands.
_SOON = re.compile(
    r"\b(?:ASAP|A\.S\.A\.P\.?|as\s+soon\s+as\s+(?:possible|you\s+can))(?!\w)", re.IGNORECASE
)
_SOON_AT_WORDS = WordScan(_SOON)  # the same matches, sought only where they can start
_OFFER = re.compile(
    r"\b(?:I|we)\s*(?:can|could|will|would|['’]ll|['’]d|am\s+able\s+to|['’]m\s+able\s+to"
    r"|am\s+available|['’]m\s+available|am\s+happy\s+to|['’]m\s+happy\s+to|plan\s+to)\b",
    re.IGNORECASE,
)

# What turns a deadline into the writer's own plan or a hope: "I will reply by Friday",
# "I hope to hear from you by Friday", "I look forward to hearing back before ...".
_SOFTENED = re.compile(
    r"(?:\b(?:I|we)\s*(?:will|['’]ll|can|could|would|['’]d|shall|plan\s+to|intend\s+to"
    r"|am\s+going\s+to|hope\s+to|am\s+hoping\s+to|['’]m\s+hoping\s+to)\s*"
    r"|\bhop(?:e|ing)\b.*|\blook(?:ing)?\s+forward\b.*|\bwould\s+love\b.*)$",
    re.IGNORECASE,
)


@rule(
    "demanding",
    severity=Severity.WARNING,
    fires=[
        Example(
            "Dear Dr. Feld,\n\nThank you for the interview. Please let me know by Friday "
            "whether I got the job.\n\nSincerely,\nAmelia"
        ),
        Example(
            "Dear Mr. Obi,\n\nThank you again. I expect to hear back by the end of this week."
            "\n\nRegards,\nVanessa"
        ),
        Example(
            "Dear Mr. Hollis,\n\nThank you. Please send me your decision ASAP.\n\nBest,\nFarid"
        ),
    ],
    passes=[
        Example(
            "Dear Dr. Park,\n\nThank you. You hoped to decide by Thursday, and I will send "
            "the code sample by Friday, as promised.\n\nWarm regards,\nAna"
        ),
        Example(
            "Dear Dana,\n\nPlease let me know if I can share anything else. I can start as "
            "soon as possible.\n\nBest regards,\nRahul"
        ),
    ],
)
def demanding(note: Note) -> Iterator[Hit]:
    """Flag a note that presses the reader for a reply or a date.

    ## What it flags
    Demands aimed at the reader: "let me know by Friday", "I expect to hear back",
    "please confirm receipt", "send me your decision ASAP", "when can I start".

    ## Why it matters
    The interviewer rarely controls the hiring timeline. Pressure reads as impatience;
    a note that looks forward to next steps says the same thing and leaves a better
    impression.

    ## Known limits
    A deadline you set yourself ("I'll send it by Friday"), the reader's own timeline
    ("you hoped to decide by Thursday") and an offer ("I can start as soon as possible")
    pass. A demand worded otherwise gets through.
    """
    found: list[tuple[int, int]] = []
    for match in _PRESSURE.in_note(note):
        if _SOFTENED.search(_lead(note, match.start())):
            continue
        found.append(match.span())
        yield _hit(match.span(), match.group())
    for match in _SOON_AT_WORDS.finditer(note.body, note.word_starts):
        span = match.span()
        if note.in_placeholder(*span) or any(s <= span[0] < e for s, e in found):
            continue
        if _OFFER.search(_lead(note, span[0])):
            continue
        yield _hit(span, match.group())


def _lead(note: Note, pos: int) -> str:
    """The sentence's text before `pos`."""
    sentence = next((s for s in note.sentences if s.start <= pos < s.end), None)
    return note.body[sentence.start : pos] if sentence else ""


def _hit(span: tuple[int, int], text: str) -> Hit:
    return Hit(
        span,
        f"'{text}' puts pressure on the reader",
        suggestion="I look forward to hearing about next steps.",
    )
