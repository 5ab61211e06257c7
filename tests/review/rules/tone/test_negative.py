from __future__ import annotations

import pytest

from afterword.review import Message, ReviewOptions, review
from afterword.review.findings import Finding

RULE = "negative"


def hits(body: str) -> list[Finding]:
    return review(Message(body), ReviewOptions(select=frozenset({RULE}))).findings


def note(middle: str) -> str:
    return f"Dear Mr. Langford,\n\nThank you for the interview. {middle}\n\nBest,\nTanya"


@pytest.mark.parametrize(
    "sentence",
    [
        "Honestly, I bombed the supply chain case study.",
        "I know I completely blew the whiteboard question on graph traversal.",
        "I am embarrassed by how badly I did on the second round.",
        "My terrible boss changes the schedule every week.",
        "My previous manager was clueless about modeling.",
        "It beats my current company, which is a total mess.",
        "My old employer was so disorganized that nothing shipped.",
        "They had no idea what they were doing.",
        "I messed up the coding exercise.",
        "I froze during the technical round.",
        "I hate my job, so this role appeals to me.",
        "My former coworkers were lazy, so I carried the project.",
        "My current employer doesn't value its people.",
        "I left because management was incompetent.",
    ],
)
def test_running_down_an_employer_or_the_interview_fires(sentence: str) -> None:
    assert len(hits(note(sentence))) >= 1


@pytest.mark.parametrize(
    "sentence",
    [
        "It was a hard question, and a fair one.",
        "Your explanation of bad debt reserves was clear.",
        "I went through a difficult reorganization and learned a great deal.",
        "During the worst storm season in a decade I redesigned the dock schedule.",
        "I solved a terrible outage in under an hour.",
        "We fixed the negative feedback loop in the pricing model.",
        "My previous manager taught me to test with real traffic.",
        "I choked up a little when you described the patient outcomes.",
        "I froze the budget in March and still hit our goals.",
        "I blew past our sales target in the second quarter.",
        "The management team was welcoming, and leadership there is strong.",
    ],
)
def test_hard_facts_without_blame_pass(sentence: str) -> None:
    found = hits(note(sentence))
    assert found == [], [f.message for f in found]
