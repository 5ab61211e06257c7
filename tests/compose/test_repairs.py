"""Property: a jotting whose fault a repair can mend goes into the note mended, not left out.

The coach's complaint was that the tool threw away good material ("saved client ₦38m",
"target na 90% QA score") and asked the candidate to fix it. Here each such fragment is
jotted in a record of a different trade; the notes must hold its facts (its nouns and
figures), mended, and no ask may name it."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from afterword.compose.drafts import compose
from afterword.compose.facts import Candidate, Concern, Facts, Person
from afterword.language.jotted import Reader
from afterword.language.wellformed import faults

START = datetime(2026, 12, 2, 15, tzinfo=UTC)


def _facts(topics: tuple[str, ...], qualifications: tuple[str, ...],
           concerns: tuple[Concern, ...] = ()) -> Facts:
    return Facts(
        company="Forno Verde", role="Head Chef", start=START, end=START, timezone="UTC",
        people=(Person(name="Marco Bellini", position=0, email="m@example.com",
                       point_of_contact=True, topics=topics),),
        candidate=Candidate(name="Jordan Lee", email="jordan@example.com"),
        topics=("dough prep for 300 covers",), qualifications=qualifications,
        concerns=concerns)


@pytest.mark.parametrize(("fragment", "kept"), [
    ("he want chef who can train the team", ["chef", "train the team"]),
    ("her target na 95% hygiene score by march", ["target of a 95% hygiene score"]),
])
def test_a_mended_topic_is_in_the_note_and_not_asked_for(fragment: str, kept: list[str]) -> None:
    facts = _facts((fragment,), ("cut dough waste 18% by batching to covers",))
    note = compose(facts, kind="thank-you")[0]
    for words in kept:
        assert words in note.body, note.body
    assert not any(fragment[:25] in a for a in (*note.incomplete, *note.record_todo))
    assert not re.search(r"\b(?:na|want chef)\b", note.body)


def test_a_mended_qualification_keeps_its_figures() -> None:
    facts = _facts(("sourcing flour from Italy",), (
        "saved client £12k on flour by switching mills",
        "trained apprentice to run the oven solo in 8 wks"))
    bodies = " ".join(d.body for d in compose(facts, kind="thank-you"))
    assert "saved the client £12k" in bodies or "an apprentice" in bodies, bodies
    for sentence in re.split(r"(?<=[.!?])\s+", bodies):
        assert not faults(sentence), sentence


def test_one_credential_named_two_ways_stays_one() -> None:
    reader = Reader()
    assert reader.spell("no B2 / avionics licence") == "no B2/avionics licence"
    assert reader.spell("no IABP / impella exp").startswith("no IABP or ")
    assert " and " in reader.spell("IABP / impella")


def test_a_tool_named_by_an_everyday_word_is_cased_for_its_trade_only() -> None:
    software = Reader(titles=["Junior QA Engineer"], heard=["playwright + CI"])
    theatre = Reader(titles=["Literary Manager"], heard=["the new playwright season"])
    assert "Playwright" in software.spell("did the playwright python intro")
    assert "playwright" in theatre.spell("met the playwright")
