from __future__ import annotations

import pytest

from afterword.review import Context, Message, ReviewOptions, review
from afterword.review.findings import Finding

RULE = "shouting"


def hits(body: str, **ctx: object) -> list[Finding]:
    message = Message(body, context=Context(**ctx))  # type: ignore[arg-type]
    return review(message, ReviewOptions(select=frozenset({RULE}))).findings


def note(middle: str) -> str:
    return f"Dear Ms. Duarte,\n\nThank you for the interview. {middle}\n\nSincerely,\nGloria"


@pytest.mark.parametrize(
    ("sentence", "flagged", "fix"),
    [
        ("I am VERY interested in the role.", "VERY", "very"),
        ("I will do ANYTHING to get this chance.", "ANYTHING", "anything"),
        ("PLEASE let me know your decision.", "PLEASE", "Please"),
        ("It is a HUGE opportunity.", "HUGE", "huge"),
        ("I REALLY enjoyed the tour.", "REALLY", "really"),
        ("I CAN'T wait to start.", "CAN'T", "can't"),
    ],
)
def test_ordinary_words_in_capitals_fire(sentence: str, flagged: str, fix: str) -> None:
    body = note(sentence)
    found = hits(body)
    assert [body[f.start : f.end] for f in found] == [flagged]
    assert found[0].replacement == fix


def test_thank_you_in_capitals_fires_on_thank_only() -> None:
    body = "Dear Ms. Green,\n\nTHANK YOU for the interview this morning.\n\nBest,\nTia"
    found = hits(body)
    assert [body[f.start : f.end] for f in found] == ["THANK"]
    assert found[0].replacement == "Thank"


@pytest.mark.parametrize(
    "sentence",
    [
        "I follow HIPAA and GAAP rules and write JSON schemas.",
        "NASA, NATO and STEM programs inspired me; ASAP is my usual pace.",
        "I hold an EPA certification and work with HVAC and ERP systems.",
        "I wrote COBOL and UNIX scripts and ran a SCUBA club.",
        "YOU and ALL of us did well.",
        "The KPIs, APIs and SaaS work went well.",
        "We used the STAR method and SMART goals.",
        "I built REST and SOAP APIs for the CARES Act program.",
    ],
)
def test_acronyms_and_short_words_pass(sentence: str) -> None:
    assert hits(note(sentence)) == []


def test_a_word_from_the_context_does_not_shout() -> None:
    body = note("I would love to join BRIGHT HORIZONS.")
    assert len(hits(body)) == 2
    assert hits(body, company="BRIGHT HORIZONS") == []


def test_a_name_in_capitals_under_the_sign_off_passes() -> None:
    body = "Dear Ms. Green,\n\nThank you for the interview.\n\nBest regards,\nJOHN SMITH"
    assert hits(body) == []


def test_a_template_slot_in_capitals_is_left_to_the_placeholder_rule() -> None:
    assert hits(note("I would love to join [COMPANY NAME].")) == []
