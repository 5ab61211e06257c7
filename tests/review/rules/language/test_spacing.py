from __future__ import annotations

import pytest

from afterword.review import Message, ReviewOptions, review
from afterword.review.findings import Finding, Severity

RULE = "spacing"


def hits(body: str) -> list[Finding]:
    return review(Message(body), ReviewOptions(select=frozenset({RULE}))).findings


def note(middle: str) -> str:
    return f"Dear Ms. Whitlock,\n\nThank you for meeting me. {middle}\n\nWarm regards,\nCarla"


@pytest.mark.parametrize(
    ("sentence", "flagged", "replacement"),
    [
        ("I loved  the photos of the platform.", "  ", " "),
        ("Your goal is ambitious , and I would love to help.", " ,", ","),
        ("Is there any update on the timeline ?", " ?", "?"),
        ("I have one question ; when do you decide?", " ;", ";"),
        ("It was the Bookkeeper position.I am following up.", ".", ". "),
        ("Thank you again!Best of luck with the launch.", "!", "! "),
        ("Is there news?I would love to hear.", "?", "? "),
    ],
)
def test_spacing_slips_fire_with_a_fix(sentence: str, flagged: str, replacement: str) -> None:
    body = note(sentence)
    found = hits(body)
    assert len(found) == 1, found
    assert body[found[0].start : found[0].end] == flagged
    assert found[0].replacement == replacement
    assert found[0].severity is Severity.INFO


def test_a_space_before_a_comma_in_the_greeting_fires() -> None:
    assert len(hits("Hi Ana ,\n\nThank you for the tour.\n\nBest regards,\nLuis")) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "We met at 9:30 and discussed Node.js, e.g. last week's peak, and the U.S. rollout.",
        "I have 3.5 years of experience and handled $1.2M a day.",
        "My portfolio is at github.com/ewalsh-dev and www.Example.com/Work if useful.",
        "It went well... And then the demo started.",
        "It was fun :) and useful.",
        "Mr.Smith and Ph.D. candidates attended at 2 p.m. Monday.",
        "The file is Report.PDF and the site is ASP.NET.",
        "I use .NET and scored .95 on the test.",
        "Your team — and the plan — impressed me.",
    ],
)
def test_abbreviations_numbers_addresses_and_emoticons_pass(sentence: str) -> None:
    assert hits(note(sentence)) == []


def test_windows_line_endings_and_indentation_pass() -> None:
    body = "Dear Ms. Grant,\r\n\r\n  Thank you for meeting with me.\r\n\r\nWarm regards,\r\nDaniel"
    assert hits(body) == []


def test_alignment_with_many_spaces_or_tabs_passes() -> None:
    body = note("Details below.") + "\nPhone:      555-0142\nEmail:\tcarla@example.com"
    assert hits(body) == []


def test_spaces_around_a_signature_separator_pass() -> None:
    assert hits(note("Thanks.") + "\nCarla Benedetti  |  555-0142  |  carla@example.com") == []


def test_trailing_spaces_at_a_line_end_pass() -> None:
    assert hits(note("The tour was great.   ")) == []
