from __future__ import annotations

import pytest

from afterword.review import Message, ReviewOptions, review
from afterword.review.findings import Finding

RULE = "emoji"


def hits(body: str) -> list[Finding]:
    return review(Message(body), ReviewOptions(select=frozenset({RULE}))).findings


def note(middle: str) -> str:
    return f"Dear Mr. Okonjo,\n\nThank you for the interview today. {middle}\n\nWarmly,\nEsther"


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("I loved the robotics club 😊", "😊"),
        ("Great talk 👍🏽 and great team.", "👍🏽"),
        ("It was wonderful to meet you :)", ":)"),
        ("It was wonderful to meet you:)", ":)"),
        ("See you soon ;-)", ";-)"),
        ("That demo was fun :D", ":D"),
        ("I <3 the new lab.", "<3"),
        ("Thank you 🙏", "🙏"),
        ("I ❤ your mission.", "❤"),
        ("Fingers crossed 🤞!", "🤞"),
        ("Our family 👨‍👩‍👧 is ready to move.", "👨‍👩‍👧"),
        ("Go team ✅", "✅"),
    ],
)
def test_emoji_and_emoticons_fire_once_each(sentence: str, flagged: str) -> None:
    body = note(sentence)
    found = hits(body)
    assert [body[f.start : f.end] for f in found] == [flagged]


@pytest.mark.parametrize(
    "sentence",
    [
        "We met at 3:30 and again at 10:15.",
        "You named two headaches: (1) the lockbox process and (2) the move.",
        "The options were (a) and (b); Note: (c) was dropped.",
        "My site is https://example.com/work and the ratio was 1:3.",
        "I have <3 years of payroll experience.",
        "✓ Certified in 2024 ★ Top seller → promoted",
        "Call me at ☎ 555-0142 or ✉ jo@example.com.",
        "The formula f(x) = (a + b) came up.",
    ],
)
def test_times_lists_and_plain_symbols_pass(sentence: str) -> None:
    assert hits(note(sentence)) == []
