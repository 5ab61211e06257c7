from __future__ import annotations

import pytest

from afterword.review import Context, Message, review
from afterword.review.findings import Finding, Severity

RULE = "not-specific"


def hits(body: str, kind: str = "thank-you", channel: str = "email", **ctx: object) -> list[Finding]:
    message = Message(body, kind=kind, channel=channel, context=Context(**ctx))  # type: ignore[arg-type]
    return [f for f in review(message).findings if f.rule == RULE]


def note(middle: str) -> str:
    return (
        f"Dear Priya,\n\nThank you for taking the time to speak with me today. {middle}\n\n"
        "I have five years of experience in data engineering, and I am very interested in "
        "the role.\n\nI look forward to hearing from you.\n\nBest regards,\nJordan Lee"
    )


TOPICS = {"topics": ("migration to Kubernetes", "on-call rotation"), "company": "Acme Analytics"}
GENERIC = "I enjoyed our conversation and learning more about the role and your team."


@pytest.mark.parametrize(
    "sentence",
    [
        "I keep thinking about your plan for migrating to Kubernetes.",
        "Moving the pipelines onto Kubernetes is a project I would love to help with.",
        "Your description of the on-call changes was candid.",
        "The new rotation you described sounds much fairer.",
        "I liked how the team is rotating on-call duty weekly.",
        "Your K8s migration plan is ambitious.",  # "migration" is a key word
    ],
)
def test_a_topic_referred_to_by_a_key_word(sentence: str) -> None:
    assert not hits(note(sentence), **TOPICS)


def test_no_topic_mentioned_fires() -> None:
    [f] = hits(note(GENERIC), **TOPICS)
    assert f.severity is Severity.WARNING and f.start is None
    assert "migration to Kubernetes" in f.message


@pytest.mark.parametrize(
    "sentence",
    [
        "I enjoyed learning about the process and the team's experience.",
        "Acme Analytics has a culture I admire.",
        "Thank you again for the call.",  # "call" is generic, not "on-call"
    ],
)
def test_generic_words_do_not_refer_to_a_topic(sentence: str) -> None:
    assert hits(note(sentence), **TOPICS)


def test_the_company_s_name_is_not_a_topic_word() -> None:
    body = note("I am very interested in the work your team does at Fathom Maps.")
    assert hits(body, topics=("offline map caching",), company="Fathom Maps")


@pytest.mark.parametrize(
    "sentence",
    [
        "Your roadmap for the mobile app is ambitious.",
        "I keep thinking about the on-call changes you described.",
        "Your story about rebuilding the loading dock schedule after the flood stayed with me.",
        "Your “ship small, ship daily” rule is one I will remember.",
        "Seeing how your nurses escalate rhythm changes was eye-opening.",
        "Your plan to open two clinics in 18 months is exciting.",
        "I enjoyed working through the rate limiter in Node.js together.",
        "The tour of the pediatric dental suite was a highlight.",
        "Your explanation of how you triage water damage claims was very clear.",
    ],
)
def test_without_topics_anything_narrower_than_role_or_company_counts(sentence: str) -> None:
    assert not hits(note(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        GENERIC,
        "I enjoyed our conversation and learning about the company culture.",
        "It was great to learn more about the position and the team's goals.",
        "Thank you for the tour and for your insights into the role.",
        "I appreciated your advice and your thoughts on the hiring process.",
        "Your team's commitment to innovation and collaboration really impressed me.",
        "I enjoyed meeting you on March 3 at 2 p.m.",
    ],
)
def test_without_topics_a_generic_note_fires(sentence: str) -> None:
    assert hits(note(sentence), company="Acme Analytics", role="Data Engineer")


def test_the_candidate_s_own_background_is_not_a_reference() -> None:
    body = note("With five years of experience managing a produce department, I fit the role.")
    assert hits(body, company="Fresh Fields Market")


def test_a_specific_slot_counts_as_specific() -> None:
    assert not hits(note("I enjoyed hearing about [insert specific project]."), **TOPICS)


def test_a_company_slot_is_not_specific() -> None:
    assert hits(note("I am excited about the opportunity at [Company Name]."), **TOPICS)


def test_applies_to_thank_you_networking_and_invitations_only() -> None:
    body = note(GENERIC)
    assert hits(body, kind="networking", **TOPICS)
    assert not hits(body, kind="follow-up", **TOPICS)
    assert not hits(body, kind="rejection-reply", **TOPICS)
    invite = "Great to meet you at the career fair."
    assert hits(invite, kind="networking", channel="linkedin-invite", topics=("robotics demo",))
