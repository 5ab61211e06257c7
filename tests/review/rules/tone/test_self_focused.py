from __future__ import annotations

import pytest

from afterword.review import Context, Message, ReviewOptions, review
from afterword.review.findings import Finding

RULE = "self-focused"


def hits(body: str, **ctx: object) -> list[Finding]:
    message = Message(body, context=Context(**ctx))  # type: ignore[arg-type]
    return review(message, ReviewOptions(select=frozenset({RULE}))).findings


def note(middle: str) -> str:
    return f"Dear Ms. Lindgren,\n\nThank you for the interview this morning. {middle}\n\nBest regards,\nOliver"


@pytest.mark.parametrize(
    "sentence",
    [
        "What would the salary and commission be?",
        "Could you tell me whether the role includes a signing bonus and four weeks of vacation?",
        "What excites me most is the benefits package and the remote Fridays.",
        "I would also like to know more about the benefits package and the annual bonus.",
        "I would be glad to join, mainly because the pay and the overtime rate are better than what I earn now.",
        "Those perks matter most to me.",
        "How much vacation would I get in the first year?",
        "Is the pay range negotiable?",
        "The stock options are what I am looking for.",
        "May I ask what the PTO policy is for new hires?",
        "I'm curious about the salary range.",
    ],
)
def test_wanting_pay_and_perks_fires(sentence: str) -> None:
    assert len(hits(note(sentence))) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "I ran payroll for 450 employees without a late run.",
        "I worked two summers without pay at a free clinic.",
        "I really need this job, since my unemployment benefits run out next month.",
        "The benefits of your approach are clear.",
        "Helping employees understand their benefits is work I love.",
        "How do you cover vacation shifts on the unit?",
        "Your team will pay attention to the details, and so will I.",
        "I was paid to lead the audit, and I enjoyed it.",
        "Could you tell me more about the vacation rental platform?",
        "The planning commission approved the site last year.",
        "Because of the bonus structure you described for the sales team, my quota history fits.",
        "I negotiated vendor contracts that saved $200,000 a year.",
        "Could you tell me more about how the on-call rotation works?",
    ],
)
def test_pay_words_that_are_not_wants_pass(sentence: str) -> None:
    found = hits(note(sentence))
    assert found == [], [f.message for f in found]


def test_the_role_itself_is_not_self_focus() -> None:
    body = note("What would the benefits enrollment timeline be for the new plan year?")
    assert hits(body, role="Benefits Coordinator") == []
    body = note("Is the payroll calendar changing, and what would the pay schedule be?")
    assert hits(body, role="Payroll Specialist") == []


def test_a_topic_naming_compensation_is_not_self_focus() -> None:
    body = note("Could you share how the salary bands are set for the new grades?")
    assert len(hits(body)) == 1
    assert hits(body, topics=("salary band redesign",)) == []
