from __future__ import annotations

import pytest

from afterword.review import Context, Message, review
from afterword.review.findings import Finding, Severity

RULE = "concern-not-addressed"


def hits(body: str, kind: str = "thank-you", **ctx: object) -> list[Finding]:
    message = Message(body, kind=kind, context=Context(**ctx))  # type: ignore[arg-type]
    return [f for f in review(message).findings if f.rule == RULE]


def note(middle: str) -> str:
    return (
        "Dear Priya,\n\nThank you for the interview yesterday and for the look at your "
        f"migration to Kubernetes.\n\n{middle}\n\nI look forward to hearing from you.\n\n"
        "Best regards,\nMateo Ferreira"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "You were right that my Go experience is thin, so I have started a Go course.",
        "I have since written two small services in Go to get up to speed.",
        "On Go: I shipped a small CLI in it last month.",
    ],
)
def test_go_concern_answered(sentence: str) -> None:
    assert not hits(note(sentence), concerns=("limited Go experience",))


@pytest.mark.parametrize(
    "sentence",
    [
        "I would love to go deeper into your platform, and I can go over my Python work.",
        "My experience with Python and Scala would let me contribute quickly.",
        "Let's go over next steps whenever you are ready.",
    ],
)
def test_go_the_verb_and_generic_experience_do_not_answer(sentence: str) -> None:
    [f] = hits(note(sentence), concerns=("limited Go experience",))
    assert f.severity is Severity.WARNING
    assert "limited Go experience" in f.message


@pytest.mark.parametrize(
    ("concern", "sentence"),
    [
        ("no experience with Epic charting", "Although I have not used Epic, I learn systems fast."),
        ("no commercial boiler experience", "I start a course on commercial boilers next month."),
        ("two-year gap in employment", "About the gap in my résumé: I was caring for my father."),
        ("weekend availability", "I am available to work every other weekend."),
        ("weekend availability", "I can work Saturdays and Sundays."),
        ("long commute from Westbrook", "The drive from Westbrook takes me 35 minutes."),
        ("no multistate tax experience", "I have enrolled in a multistate income tax course."),
        ("limited Salesforce experience", "I completed the Salesforce Administrator trail."),
        ("has only managed a team of three", "I have managed three engineers and mentored nine."),
        ("relocation to Denver", "I am relocating to Denver in June either way."),
    ],
)
def test_concerns_met_by_their_key_word_in_any_form(concern: str, sentence: str) -> None:
    assert not hits(note(sentence), concerns=(concern,))


def test_one_finding_per_unanswered_concern() -> None:
    found = hits(
        note("I addressed the Go question by starting a course."),
        concerns=("limited Go experience", "no on-call experience", "salary expectations"),
    )
    assert len(found) == 2


def test_the_role_name_is_not_an_answer() -> None:
    body = note("The Engineering Manager role is exactly the kind of work I want to do next.")
    assert hits(body, concerns=("has only managed a team of three",), role="Engineering Manager")


def test_thank_you_notes_only_and_needs_concerns() -> None:
    body = note("I enjoyed the tour.")
    assert not hits(body, kind="follow-up", concerns=("limited Go experience",))
    assert not hits(body)


def test_a_name_in_capitals_still_counts() -> None:
    body = note("I have not charted in EPIC yet, but I trained on Cerner in a week.")
    assert not hits(body, concerns=("no experience with Epic charting",))
