"""`broken-phrase` by category: the seams of pasted fragments beyond a pronoun after "about"."""

from __future__ import annotations

import pytest

from afterword.review import Context, Message, ReviewOptions, review
from afterword.review.findings import Finding
from tests.review.rules.draft.spans import the_one

RULE = "broken-phrase"


def hits(body: str, **context: object) -> list[Finding]:
    message = Message(body, context=Context(**context))  # type: ignore[arg-type]
    return review(message, ReviewOptions(select=frozenset({RULE}))).findings


def note(middle: str) -> str:
    return f"Dear Marta,\n\nThank you for the interview on Monday. {middle}\n\nBest regards,\nOmar"


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        # a preposition followed by another preposition
        ("I enjoyed our talk about from 2 to 9 stores in a year.", "about from"),
        ("Thank you for our discussion of with the night team.", "of with"),
        # a frame of common ground with nothing in common after it
        (
            "It was good to learn that we moved for a week.",
            "good to learn that we moved for a week",
        ),
        (
            "It was a nice surprise to find that we waited.",
            "a nice surprise to find that we waited",
        ),
        # "we are both" + a name and no noun
        ("It was good to find that we are both UCLA law.", "we are both UCLA law"),
        ("I was glad that we were both MIT.", "we were both MIT"),
        # title case mid-sentence for an ordinary word
        ("We both coached the same team in Tulsa During High School.", "During High"),
        # an institution that needs "the"
        (
            "I would be glad to bring my skills to Superior Court of Alameda County.",
            "to Superior Court of",
        ),
        (
            "I look forward to joining Department of Labor in the analyst role.",
            "joining Department of",
        ),
        # a span counted from an edge without "the"; a number before "the"; a loose "non"
        ("I would open a second site in first 9 months.", "in first 9"),
        ("I reported to a board with three the investors.", "three the"),
        ("I also enjoyed our talk about non profit boards.", "non profit"),
        # a verb where a noun phrase belongs
        ("I enjoyed our conversation about grow individual giving.", "about grow individual"),
        # a jotted passive given an "I" but not its "was"
        ("I promoted to charge nurse in 2023.", "I promoted to"),
    ],
)
def test_flags_each_category(sentence: str, flagged: str) -> None:
    body = note(sentence)
    the_one(hits(body), body, flagged)


@pytest.mark.parametrize(
    "sentence",
    [
        "Your point about stocking kits by the week instead of by the month stayed with me.",
        "The project we talked about in March is the kind of work I want to do.",
        "It was good to find that we both grew up in Boone.",
        "It was good to learn that we share a love of long runs.",
        "It was good to find that we are both from Burlington.",
        "It was good to find that we are both Texans.",
        "It was good to find that we are both NUS alumni.",
        "It was good to find that we are both Red Sox fans.",
        "We are both Canadian.",
        "In March I moved to Denver, and After Hours is the podcast I mentioned.",
        "I cut the reel in some After Effects templates, then used After Effects daily.",
        "I would be glad to join the U.S. District Court for the District of Vermont.",
        "I studied at Boston University and at the University of Vermont.",
        "I would love to join Harvard University School of Public Health.",
        "I hope to hear from you in the first 6 weeks of the year.",
        "I can meet at nine the next morning.",
        "That would be a non sequitur, so I left it out.",
        "I read a lot about on-call rotations before our talk.",
        "I was accepted onto the course, and I admitted to one mistake in the case study.",
        "I accepted the offer, and I selected for grit when I hired.",
        "We spoke of expand and contract cycles, and of reduce-reuse-recycle programs.",
        "Thank you for our talk about growing individual giving and the date of hire.",
        "I am about to start the course, and thinking of about 20 hires for Q1.",
    ],
)
def test_quiet_on_good_english(sentence: str) -> None:
    assert hits(note(sentence)) == []


def test_the_company_s_own_name_still_needs_the() -> None:
    # The name is the company's, so the other checks leave it alone; the missing "the"
    # before it is the note's.
    body = note(
        "I would be glad to bring my experience to U.S. District Court for the District of Vermont."
    )
    found = hits(body, company="U.S. District Court for the District of Vermont")
    assert [body[f.start : f.end] for f in found if f.start is not None] == [
        "to U.S. District Court for"
    ]
