from __future__ import annotations

import pytest

from afterword.review import Message, ReviewOptions, review
from afterword.review.findings import Finding

RULE = "grammar"


def hits(body: str) -> list[Finding]:
    return review(Message(body), ReviewOptions(select=frozenset({RULE}))).findings


def note(middle: str) -> str:
    return f"Dear Ms. Langley,\n\nThank you for the interview. {middle}\n\nSincerely,\nRosa"


@pytest.mark.parametrize(
    ("sentence", "slip", "fix"),
    [
        ("I should of mentioned my Procore experience.", "should of", "should have"),
        ("I could of asked this during the interview.", "could of", "could have"),
        ("I would of liked to see the lab.", "would of", "would have"),
        ("You must of had a long day.", "must of", "must have"),
        (
            "Your welcome to contact my references.",
            "Your welcome to contact",
            "You're welcome to contact",
        ),
        (
            "My references are happy to talk; your welcome to call them.",
            "your welcome to call",
            "you're welcome to call",
        ),
        ("I learned alot about your clinic.", "alot", "a lot"),
        ("I look forward to hear from you.", "look forward to hear", "look forward to hearing"),
        (
            "I am looking forward to meet the team.",
            "looking forward to meet",
            "looking forward to meeting",
        ),
        ("I look forward to work with you.", "look forward to work", "look forward to working"),
        (
            "Thank you for taking the time to interviewed me.",
            "time to interviewed",
            "time to interview",
        ),
        ("Thank you for taking the time to met with me.", "time to met", "time to meet"),
        ("I was glad to spoke with your team.", "glad to spoke", "glad to speak"),
        ("The new process is more then a tweak.", "more then", "more than"),
        ("I would rather then wait be useful now.", "rather then", "rather than"),
        ("We do not want to loose momentum.", "loose", "lose"),
        ("I was suppose to send this yesterday.", "suppose", "supposed"),
        ("Your talk peaked my interest in the field.", "peaked", "piqued"),
        ("Irregardless of the outcome, thank you.", "Irregardless", "regardless"),
        ("I was proud to be apart of the team.", "apart", "a part"),
        ("Their is a lot to learn from the pilot.", "Their", "There"),
        ("I look forward to here from you.", "forward to here", "forward to hearing"),
        ("I hope to here back soon.", "to here", "to hear"),
        ("Thank you for you time and consideration.", "you", "your"),
        ("Thank you for interview me on Friday.", "interview", "interviewing"),
        ("Its been a pleasure to meet the team.", "Its", "It's"),
    ],
)
def test_known_slips_fire_with_a_fix(sentence: str, slip: str, fix: str) -> None:
    body = note(sentence)
    found = hits(body)
    assert len(found) == 1, found
    assert body[found[0].start : found[0].end] == slip
    assert found[0].replacement == fix


def test_to_who_it_may_concern_fires() -> None:
    found = hits("To who it may concern,\n\nThank you for the interview.\n\nSincerely,\nRosa")
    assert [f.replacement for f in found] == ["To whom"]


def test_a_standalone_your_welcome_fires() -> None:
    assert len(hits(note("You thanked me for the samples. Your welcome!"))) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for your welcome on Monday.",
        "Thank you for your welcome to the team last week.",
        "You're welcome to contact my references at any time.",
        "I should have mentioned my forklift certification.",
        "We could of course meet again next week.",
        "I learned a lot, and the allotted hour flew by.",
        "I look forward to hearing from you and to meeting the team.",
        "I look forward to work on Monday and to the new role.",
        "Thank you for taking the time to meet with me.",
        "It was more than I expected; I'd rather wait than rush.",
        "If the first option is better, then we should use it.",
        "The straps were loose on the old harness.",
        "I was supposed to send this yesterday.",
        "Demand peaked in the spring, and your talk piqued my interest.",
        "Their plan is ambitious, and their team is strong.",
        "I kept the two projects apart from each other.",
        "Your going-away party sounded fun.",
        "The peak season is busy; it peaks in July.",
        "The company and its new clinic impressed me; its a/b tests too.",
        "Thank you for the interview and for meeting the team.",
    ],
)
def test_correct_phrasings_pass(sentence: str) -> None:
    assert hits(note(sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "slip", "fix"),
    [
        ("I'm still continue to follow the project.", "I'm still continue", "I still continue"),
        ("I am want to join the team.", "I am want", "I want"),
        ("I was hope to hear more.", "I was hope", "I hope"),
        ("This confirms my interested in the role.", "my interested", "my interest"),
        ("It renewed my excited about the move.", "my excited", "my excitement"),
    ],
)
def test_a_be_verb_before_a_plain_verb_and_an_adjective_for_a_noun(
    sentence: str, slip: str, fix: str
) -> None:
    body = note(sentence)
    found = hits(body)
    assert len(found) == 1, found
    assert body[found[0].start : found[0].end] == slip
    assert found[0].replacement == fix


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm still continuing to follow the project.",
        "I am wanting to learn more.",
        "I was hoping to hear more.",
        "I am need-based in my planning.",
        "My interest in the role is strong.",
        "I was thinking about the plan.",
    ],
)
def test_the_right_verb_forms_pass(sentence: str) -> None:
    assert hits(note(sentence)) == []
