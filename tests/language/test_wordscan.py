"""`WordScan` finds exactly what `pattern.finditer` finds, only faster: checked on random text."""

from __future__ import annotations

import re
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from afterword.language.patterns import lazy_compile
from afterword.language.text import Note
from afterword.language.wordscan import WordScan, holds_in_order, required_texts
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


@settings(max_examples=300, deadline=None)
@given(text=texts)
def test_no_match_starts_where_the_required_pieces_do_not_follow_in_order(text: str) -> None:
    # What the first note relies on to leave a phrase uncompiled at a place: where
    # `holds_in_order` says no, the pattern has no match starting there.
    caseless = Note(Message(body=text)).caseless
    for pattern in NEEDY:
        needs = required_texts(pattern)
        for pos in range(len(text) + 1):
            if not holds_in_order(needs, caseless, pos):
                assert pattern.match(text, pos) is None, (pattern, pos, needs)


def test_the_pieces_must_come_in_their_order_after_the_place() -> None:
    needs = (frozenset({"i"}), frozenset({"am", "was"}), frozenset({"keen"}))
    assert holds_in_order(needs, "so i am keen", 0)
    assert holds_in_order(needs, "so i am keen", 3)
    assert not holds_in_order(needs, "so i am keen", 4)  # no "i" from there on
    assert not holds_in_order(needs, "keen i was", 0)  # "keen" comes first
    assert holds_in_order(None, "", 0)  # unsure: it may match


@settings(max_examples=200, deadline=None)
@given(text=texts, pos=st.integers(0, 50), cut=st.integers(0, 60))
def test_an_uncompiled_pattern_answers_as_the_compiled_one(text: str, pos: int, cut: int) -> None:
    # A lazy pattern checks a text for its required pieces before compiling (in the first
    # review of a process): every answer, with or without positions, is the compiled one's.
    from afterword.language import patterns, wordscan

    was, patterns._prechecking = patterns._prechecking, True  # as in a fresh process
    try:
        _answers_as_compiled(wordscan, text, pos, cut)
    finally:
        patterns._prechecking = was


def _answers_as_compiled(wordscan: Any, text: str, pos: int, cut: int) -> None:
    for pattern in NEEDY:
        wordscan.KNOWN_ALL_NEEDS[(pattern.pattern, int(pattern.flags))] = required_texts(pattern)
        lazy = lazy_compile(pattern.pattern, pattern.flags)
        span = lambda m: None if m is None else m.span()  # noqa: E731
        assert span(lazy.search(text)) == span(pattern.search(text))
        assert span(lazy.match(text, pos)) == span(pattern.match(text, pos))
        assert span(lazy.search(text, pos, cut)) == span(pattern.search(text, pos, cut))
        assert span(lazy.fullmatch(text, pos, cut)) == span(pattern.fullmatch(text, pos, cut))
        assert [m.span() for m in lazy.finditer(text, pos)] == [
            m.span() for m in pattern.finditer(text, pos)
        ]
        assert lazy.findall(text) == pattern.findall(text)


def test_a_pattern_is_not_compiled_for_a_text_that_lacks_its_pieces(monkeypatch) -> None:
    from afterword.language import patterns, wordscan

    monkeypatch.setattr(patterns, "_prechecking", True)  # as in a fresh process

    source = r"(?<![\w'’])(?:I\s+(?:am|was)\s+(?:very\s+)?keen\w*)"
    pattern = lazy_compile(source, re.IGNORECASE)
    key = (pattern.pattern, int(pattern.flags))
    wordscan.KNOWN_ALL_NEEDS[key] = required_texts(re.compile(source, re.IGNORECASE))
    assert pattern.search("Keen as I was, I am not.") is None
    assert not pattern.is_compiled  # "keen" never follows "i am"/"i was": no need to compile
    assert pattern.search("I was very keen.") is not None
    assert pattern.is_compiled
    # After the first review, a pattern compiles on first use whatever the text.
    patterns.end_prechecks()
    later = lazy_compile(source, re.IGNORECASE)
    assert later.search("Keen as I was, I am not.") is None
    assert later.is_compiled


def test_flat_text_maps_offsets_as_when_every_run_of_white_space_was_listed() -> None:
    # `flat_text` lists only the runs of two or more white spaces (a run of one moves no
    # offset); its offsets both ways are what a list of every run gives.
    import random

    from afterword.language.wordscan import FlatText, flat_text

    def every_run(text: str) -> FlatText:
        starts, ends, flats, lost = [], [], [], [0]
        for m in re.finditer(r"\s+", text):
            starts.append(m.start())
            ends.append(m.end())
            flats.append(m.start() - lost[-1])
            lost.append(lost[-1] + m.end() - m.start() - 1)
        return FlatText(re.sub(r"\s+", " ", text).replace("’", "'"), starts, ends, flats, lost)

    rng = random.Random(7)
    for _ in range(300):
        text = "".join(rng.choice("ab’ \n\t\r") for _ in range(rng.randrange(0, 40)))
        got, want = flat_text(text), every_run(text)
        assert got.text == want.text
        for offset in range(len(text) + 1):
            assert got.at(offset) == want.at(offset), (text, offset)
        for flat in range(len(got.text)):
            if got.text[flat] != " ":
                assert got.origin(flat) == want.origin(flat), (text, flat)
