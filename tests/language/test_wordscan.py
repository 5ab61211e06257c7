"""`WordScan` finds exactly what `pattern.finditer` finds, only faster: checked on random text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from afterword.language.text import Note
from afterword.language.wordscan import WordScan, required_texts
from afterword.review.message import Message

PATTERNS = [
    re.compile(r"\b(?:I just wanted to|look forward to|my interest in|thanks? (?:a lot|so much))\b",
               re.IGNORECASE),
    re.compile(r"\b(?:ASAP|as soon as possible|let me know by \w+)\b", re.IGNORECASE),
    re.compile(r"(?<![\w'’])(?:sorry|apologi[sz]e)\w*", re.IGNORECASE),
    re.compile(r"\b(?:team player|hit the ground running|perfect fit)\b"),
    re.compile(r"\b\d+\s*(?:years?|months?)\b", re.IGNORECASE),
]
WORDS = ["I", "just", "wanted", "to", "look", "forward", "my", "interest", "in", "thanks",
         "thank", "a", "lot", "so", "much", "ASAP", "as", "soon", "possible", "let", "me",
         "know", "by", "Friday", "sorry", "apologize", "apologise", "team", "player", "hit",
         "the", "ground", "running", "perfect", "fit", "3", "12", "years", "month", "İstanbul",
         "don’t", "e.g.", "Dr.", "—", "x"]
texts = st.lists(
    st.tuples(st.sampled_from(WORDS), st.sampled_from([" ", "  ", "\n", ", ", ". ", "\r\n",
                                                       "!", "'", "’", "-"])),
    max_size=40,
).map(lambda parts: "".join(w + sep for w, sep in parts))


# Made once, as the rules make theirs: each registers its plan (see `WordStarts.planned`).
SCANS = [WordScan(pattern) for pattern in PATTERNS]


@settings(max_examples=300, deadline=None)
@given(text=texts)
def test_wordscan_finds_what_finditer_finds(text: str) -> None:
    note = Note(Message(body=text))
    for pattern, scan in zip(PATTERNS, SCANS, strict=True):
        plan = scan.plan
        # One pass over the note's words for every plan gives what each plan's own reading does.
        assert note.word_starts.planned(scan._plan_id) == note.word_starts.positions(
            plan.words, plan.prefixes, plan.digits
        )
        expected = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in scan.finditer(text, note.word_starts)] == expected, pattern
        assert (scan.search(text, note.word_starts) is None) == (not expected)


# Patterns with several words every match needs, as the moves lexicons have them.
NEEDY = [
    *PATTERNS,
    re.compile(r"(?<![\w'’])(?:I\s+(?:just\s+)?wanted\s+to\s+(?:thank|know)|so\s+much\s+\w+)",
               re.IGNORECASE),
    re.compile(r"(?<![\w'’])(?:let\s+me\s+know\s+by\s+\w+(?:day)?|don['’]t\s+hit)", re.IGNORECASE),
]


@settings(max_examples=300, deadline=None)
@given(text=texts)
def test_a_text_lacking_a_required_piece_holds_no_match(text: str) -> None:
    note = Note(Message(body=text))
    for pattern in NEEDY:
        needs = required_texts(pattern)
        assert needs, pattern  # each of these needs some words
        holds_all = all(any(piece in note.caseless for piece in need) for need in needs)
        if not holds_all:
            assert pattern.search(text) is None, (pattern, needs)


def test_required_texts_names_each_word_a_match_needs() -> None:
    pattern = re.compile(r"(?<![\w'’])(?:I\s+(?:am|was)\s+(?:very\s+)?keen\w*)", re.IGNORECASE)
    assert required_texts(pattern) == (
        frozenset({"i"}), frozenset({"am", "was"}), frozenset({"keen"})
    )
    # One alternative or the other: one set, a piece of either (spaces written as spaces).
    either = re.compile(r"(?<![\w'’])(?:I am keen|can['’]t\s+wait\s+to)", re.IGNORECASE)
    assert required_texts(either) == (frozenset({"i am keen", "wait"}),)
