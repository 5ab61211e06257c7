"""`broken-phrase` on the grammar a pasted jotting keeps (session 8): a phrase written twice, a
bare singular noun, a contrast without its comma, foreign and jotted words between English ones,
a run-on clause, a web page's heading as a motto, and steps jotted as sentences."""

from __future__ import annotations

import pytest

from afterword.review import Context, Message, ReviewOptions, review
from afterword.review.findings import Finding
from tests.review.rules.draft.spans import the_one

RULE = "broken-phrase"


def hits(body: str) -> list[Finding]:
    message = Message(body, context=Context(candidate="Omar Haddad", company="Northwind"))
    return review(message, ReviewOptions(select=frozenset({RULE}))).findings


def note(middle: str) -> str:
    return f"Dear Marta,\n\nThank you for the interview on Monday. {middle}\n\nBest regards,\nOmar"


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        # a phrase pasted onto itself
        ("My training with training on Epic is recent.", "training with training"),
        ("I enjoyed our talk about the audit for the audit in March.", "audit for the audit"),
        # a bare singular noun for a person: a subject with its verb, after a preposition or a
        # verb that takes a person, after a word for many
        ("I asked what happens if tenant refuse entry.", "tenant refuse"),
        ("I always check in with charge nurse at handover.", "nurse"),
        ("I reassured passenger before the flight.", "passenger"),
        ("I have worked with several supervisor on nights.", "supervisor"),
        # the job search's count nouns, and an acronym that takes "the"
        ("I would be glad to talk more about position.", "position"),
        ("Your team is doing great job with the rollout.", "great job"),
        ("I spent four years at FDA in the device centre.", "FDA"),
        # a jotted contrast, a word of Tagalog, a bare month and year, a run-on clause
        ("I can cover the desk every day not just mornings.", "not just mornings"),
        ("I enjoyed hearing about your goal na 95% accuracy.", "na"),
        ("I finished the diploma and qualified June 2025.", "qualified June 2025"),
        # read by two finders (a bare year after "I", a bare month and year): marked once
        ("I qualified March 2020.", "I qualified March 2020"),
        (
            "I was surprised to hear that you trained at my old gym last year remembered me.",
            "remembered me",
        ),
        # a web page's heading as a motto, steps jotted as sentences, "already" with a past verb
        ("“Our story” is a standard I would be glad to work to.", "“Our story”"),
        ("I spotted them. I fixed them.", "I spotted them. I fixed them"),
        ("I covered nights for two years already.", "for two years already"),
    ],
)
def test_flags_each_kind(sentence: str, flagged: str) -> None:
    body = note(sentence)
    the_one(hits(body), body, flagged)


@pytest.mark.parametrize(
    "sentence",
    [
        "I learned the job day by day and side by side with the seniors.",
        "We checked it word for word, and it was the best of the best.",
        "When tenants refuse entry, I log it; when a tenant refuses, I call.",
        "When staff need cover, I step in, and when the team need help, I ask.",
        "Where user need is greatest, we start, and when customer demand fell we cut shifts.",
        "I worked as charge nurse and went from cashier to store manager in two years.",
        "I promoted four assistant store managers to store manager.",
        "I staffed the desk nurse to patient, one nurse per patient, client by client.",
        "I led client onboarding and patient safety rounds with nursing staff.",
        "Thank you for your patient walkthrough of the lab.",
        "Our tools had to reverse-engineer each other; see support-engineer.toml for more.",
        "Thank you for the opportunity, and for a great conversation about the role.",
        "I spent four years in the NHS and now work at NHS Digital on EU law.",
        "I can cover every day, not just mornings, and not only for you but for the team.",
        "It is not just speed that matters to me.",
        "I qualified in June 2025; the guidance dated June 2025 still holds.",
        "The audit I ran a year ago saved the firm money, and two years ago I moved.",
        "I read the “About us” page, and “Patients first” is a standard I share.",
        "I saw it. I loved it. Then I fixed it.",
        "I have covered nights for two years already.",
        "I was glad to learn that we will meet again, and that we both ride.",
        "I helped that patient get home safely, and we let that client decide.",
        "I was glad to learn that we know Priya Shah, and pleased to discover that we ride.",
        "The tools that I built last year saved us hours, and I try to stay patient.",
        "You asked about the old checkout page. I rewrote it. I tested it with customers.",
        "I liked your talk on the value of value engineering and the design of design systems.",
        "I was glad to learn that we both spoke Yoruba at home; it meant a lot to me not just as a nurse.",
    ],
)
def test_quiet_on_good_english(sentence: str) -> None:
    assert hits(note(sentence)) == []
