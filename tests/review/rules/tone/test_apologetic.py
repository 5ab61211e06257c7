from __future__ import annotations

import pytest

from afterword.review import Message, ReviewOptions, review
from afterword.review.findings import Finding, Severity

RULE = "apologetic"


def hits(body: str) -> list[Finding]:
    return review(Message(body), ReviewOptions(select=frozenset({RULE}))).findings


def note(middle: str) -> str:
    return (
        f"Dear Ms. Winslow,\n\n{middle} Thank you again for the interview.\n\nKind regards,\nNoelle"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "I just wanted to check in about the role.",
        "I know you're busy, but I hoped to follow up.",
        "I realize you are very busy but I wanted to ask about timing.",
        "Sorry to bother you again.",
        "So sorry to keep bothering you about this.",
        "I hate to bother you, but is there any news?",
        "I apologize for the intrusion.",
        "I apologise for following up again.",
        "I don't want to pester you, but I am still interested.",
        "I hope you don't mind me following up.",
        "Pardon the intrusion, but I had one more question.",
        "I hope I'm not bothering you with this note.",
        "Apologies for the follow-up.",
        "Sorry for the long email.",
        "I hope I'm not being a nuisance.",
        "Sorry if this is too forward.",
    ],
)
def test_needless_apologies_and_hedges_fire(sentence: str) -> None:
    found = hits(note(sentence))
    assert len(found) >= 1
    assert found[0].severity is Severity.INFO


@pytest.mark.parametrize(
    "sentence",
    [
        "I was sorry to learn the role went to another candidate.",
        "I was sorry to hear about the flood at the warehouse.",
        "The scanner handled just as you said it would.",
        "I have just finished the certification course.",
        "I know your team is busy with the launch, so I will keep this short.",
        "Your busy season sounds intense.",
        "I apologize for nothing in my record; it speaks for itself.",
        "Sorry I missed your call on Tuesday; I was in surgery.",
        "I know you're meeting other candidates, and I appreciate your time.",
    ],
)
def test_regret_and_other_senses_of_just_pass(sentence: str) -> None:
    found = hits(note(sentence))
    assert found == [], [f.message for f in found]
