"""The lexicons' phrases placed by one compiled pass (`review/openings.py`) find what
trying them at every start of their words finds, and what each part's whole alternation
finds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from afterword.language.text import Note
from afterword.review import Message, moves
from afterword.review.contract import parse_message

pytest.importorskip("ahocorasick")

PUBLISHED = Path(__file__).parent / "data" / "published"

# Notes of my own where the openings meet what the flat text changes: runs of white space
# and line breaks inside a phrase, curly apostrophes, capitals, phrases that open with no
# word ("'d love to"), a phrase at the very start and at the very end, and words that only
# contain an opening ("commissioning", "Ideally").
_OWN = [
    "I   would\n\nlove to hear back.  I’m   very interested in the role;\tI'D LOVE TO join.",
    "Thank you! I’d love to\nhear about next steps, and I'm not able to start before May.",
    "Ideally I am excited... commissioning is my field: I am EXCITED about the plant.",
    "I really, really need this job. I know you're busy, but could you let me know by Friday?",
    "Sorry if I rambled. My last manager was pretty disorganized, honestly.\r\nBest,\r\nAna",
    "Spanish is my native language and I have 5 years of experience; I type 90 wpm.",
    "i look forward to hearing from you",
]


def _notes() -> list[Note]:
    from tests.review.corpus import load_corpus

    lines = list(load_corpus())
    for path in sorted(PUBLISHED.glob("*.jsonl"))[:3]:
        lines += [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x]
    notes = [Note(parse_message(line)) for line in lines]
    return notes + [Note(Message(body)) for body in _OWN]


def test_the_automaton_places_what_the_words_place() -> None:
    with_table = moves._StartIndex()
    with_table.lean_left = 0
    assert with_table._table() is not None
    by_words = moves._StartIndex()
    by_words.lean_left = 0
    by_words.one_pass = False
    notes = _notes()
    assert len(notes) > 200
    for note in notes:
        expected = by_words.find(note)  # no table built: every start of a phrase's words
        assert by_words.table is None
        assert with_table.find(note) == expected, note.body[:60]


@pytest.mark.parametrize("body", _OWN)
def test_each_part_finds_what_its_whole_alternation_finds(body: str) -> None:
    index = moves._StartIndex()
    index.lean_left = 0
    note = Note(Message(body))
    found = index.find(note)
    assert index.table is not None
    for name, part in index.parts:
        whole = {
            (m.start(), m.end())
            for m in part.scan.pattern.compiled.finditer(note.body)
            if moves._keep(note, m, part)
        }
        assert whole <= {(s.start, s.end) for s in found[name]}, name


def test_the_own_notes_find_what_they_were_written_for() -> None:
    # The examples above are worth their place only if they meet the lexicons.
    index = moves._StartIndex()
    index.lean_left = 0
    found = [index.find(Note(Message(body))) for body in _OWN]
    assert found[0]["interest"] and found[1]["forward"] and found[3]["pleading"]
