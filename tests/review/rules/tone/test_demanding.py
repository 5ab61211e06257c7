from __future__ import annotations

import pytest

from afterword.review import Message, ReviewOptions, review
from afterword.review.findings import Finding

RULE = "demanding"


def hits(body: str) -> list[Finding]:
    return review(Message(body), ReviewOptions(select=frozenset({RULE}))).findings


def note(middle: str) -> str:
    return (
        f"Dear Dr. Feld,\n\nThank you for the interview yesterday. {middle}\n\nSincerely,\nAmelia"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Please let me know by Friday whether I will move to the next round.",
        "Please confirm receipt of this email.",
        "I expect to hear back by the end of this week.",
        "I expect a decision soon, as other firms are waiting.",
        "Please send me your decision as soon as possible.",
        "Get back to me ASAP so I can plan.",
        "What would the schedule be, and when can I start?",
        "Kindly respond by Monday.",
        "Let me know whether I got the job before the 15th.",
        "I need an answer by Thursday.",
        "Please reply immediately.",
        "I'm still waiting for your reply.",
        "Why haven't I heard back yet?",
        "Could you let me know your decision by end of day tomorrow?",
        "I would appreciate a response by Monday.",
        "Please advise by EOD.",
        "Please update me on the status immediately.",
        "I must have your answer this week.",
        "Reply to me as soon as you can.",
    ],
)
def test_pressure_on_the_reader_fires(sentence: str) -> None:
    assert len(hits(note(sentence))) >= 1


@pytest.mark.parametrize(
    "sentence",
    [
        "I'll send the code sample by Friday, as promised.",
        "You hoped to decide by Thursday, so I am checking in.",
        "Please let me know if I can share anything else.",
        "Could you let me know if there is anything else I can send?",
        "I can start as soon as possible if that helps your timeline.",
        "I am available to start ASAP.",
        "I will reply by Monday with my references.",
        "I hope to hear from you by the end of the month.",
        "I look forward to hearing back before the holidays.",
        "Let me know if there is anything I should prepare before Monday.",
        "We shipped the release by Friday despite the outage.",
        "I expected the demo to be harder, and I enjoyed it.",
        "I would appreciate any feedback you can share.",
        "If my schedule changes, I will let you know by Friday.",
    ],
)
def test_own_deadlines_offers_and_hopes_pass(sentence: str) -> None:
    found = hits(note(sentence))
    assert found == [], [f.message for f in found]
