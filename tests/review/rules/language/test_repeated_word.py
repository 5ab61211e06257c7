from __future__ import annotations

import pytest

from afterword.review import Message, ReviewOptions, review
from afterword.review.findings import Finding

RULE = "repeated-word"


def hits(body: str) -> list[Finding]:
    return [f for f in review(Message(body), ReviewOptions(select=frozenset({RULE}))).findings]


def note(middle: str, newline: str = "\n") -> str:
    return newline.join(
        [
            "Dear Dr. Sundberg,",
            "",
            f"Thank you for the lab tour. {middle}",
            "",
            "Kind regards,",
            "Astrid",
        ]
    )


@pytest.mark.parametrize(
    ("sentence", "doubled"),
    [
        ("Seeing the the new cryo-EM suite was fascinating.", "the the"),
        ("I would love to to join your team.", "to to"),
        ("Thank you again and and for the demo.", "and and"),
        ("The The plan you described is ambitious.", "The The"),
        ("I I think the schedule works well.", "I I"),
        ("Your team is is clearly proud of it.", "is is"),
    ],
)
def test_a_word_twice_in_a_row_fires_with_a_one_word_replacement(
    sentence: str, doubled: str
) -> None:
    body = note(sentence)
    found = hits(body)
    assert len(found) == 1
    assert body[found[0].start : found[0].end] == doubled
    assert found[0].replacement == doubled.split()[0]


def test_a_repeat_across_a_hard_line_break_fires() -> None:
    body = "Dear Ms. Sandoval,\n\nI would like to thank you for\nfor the tour this morning.\n\nBest,\nKieran"
    found = hits(body)
    assert len(found) == 1 and found[0].replacement == "for"


def test_a_repeat_across_a_windows_line_break_fires() -> None:
    body = "Dear Ms. Sandoval,\r\n\r\nI would like to thank you for\r\nfor the tour.\r\n\r\nBest,\r\nKieran"
    assert len(hits(body)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "By Friday we had had three rounds of interviews.",
        "You said that that approach worked well for the night shift.",
        "I spent six years in retail. Retail taught me patience.",
        "Progress, progress and more progress was the theme.",
        "The plan is bold - bold in the best way.",
        "We visited Walla Walla and Baden Baden last year.",
        "Room 12 12 is not a word.",
        "What they do do well is plan ahead.",
    ],
)
def test_allowed_doubles_and_repeats_across_punctuation_pass(sentence: str) -> None:
    assert hits(note(sentence)) == []


def test_a_repeat_inside_a_template_slot_is_skipped() -> None:
    assert hits(note("I enjoyed [the the project name] a lot.")) == []
