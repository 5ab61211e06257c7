from __future__ import annotations

import pytest

from afterword.review import Message, ReviewOptions, review
from afterword.review.findings import Finding

RULE = "desperate"


def hits(body: str) -> list[Finding]:
    return review(Message(body), ReviewOptions(select=frozenset({RULE}))).findings


def note(middle: str) -> str:
    return f"Dear Mr. Jensen,\n\nThank you for the interview this afternoon. {middle}\n\nBest regards,\nYolanda"


@pytest.mark.parametrize(
    "sentence",
    [
        "Honestly, I really need this job.",
        "I desperately need this position to support my family.",
        "I'll do anything to get this chance.",
        "I will do ANYTHING, even a trial period.",
        "I’m willing to do absolutely anything for this role.",
        "Please give me a chance to prove myself.",
        "Just give me one chance and you won't regret it.",
        "After months of searching, this job is my last hope.",
        "This role is my only chance to stay in the city.",
        "I am begging you to reconsider.",
        "Please hire me; I know I can do this.",
        "I am desperate for a job after the layoff.",
        "I would even work for free for the first month.",
        "I'll accept any salary you offer.",
        "I can't afford to lose this opportunity.",
    ],
)
def test_pleading_fires(sentence: str) -> None:
    assert len(hits(note(sentence))) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Please tell me if there is anything else you need from me.",
        "I would welcome the chance to keep you updated.",
        "The role would give me a chance to grow into leadership.",
        "Our patients need a clinic that opens early.",
        "I need to check my calendar, but Tuesday should work.",
        "I would do anything the role requires, from night shifts to training new staff.",
        "Your team needs the job done right, and I can help.",
        "My last chance to see the exhibit was Sunday, and I loved it.",
    ],
)
def test_offers_and_hopes_pass(sentence: str) -> None:
    found = hits(note(sentence))
    assert found == [], [f.message for f in found]
