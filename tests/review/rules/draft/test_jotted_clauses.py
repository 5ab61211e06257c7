"""A jotting's traces that decide readiness: shop-talk clippings and slashes (`shorthand`),
clauses left without their grammar (`broken-phrase`). Each case is invented; each good-English
case is one the finder must stay silent on, since the rules also read notes people wrote."""

from __future__ import annotations

import pytest

from afterword.review import Message, ReviewOptions, review
from afterword.review.findings import Finding
from tests.review.rules.draft.spans import the_one


def hits(rule: str, body: str) -> list[Finding]:
    return review(Message(body), ReviewOptions(select=frozenset({rule}))).findings


def note(middle: str) -> str:
    return f"Dear Ms. Hollis,\n\nThank you for the interview. {middle}\n\nBest regards,\nPat Kim"


@pytest.mark.parametrize(
    ("sentence", "flagged", "replacement"),
    [
        ("I cleaned up the team's repo before the audit.", "repo", "repository"),
        ("I moved our infra to a second region.", "infra", "infrastructure"),
        ("I handled three prod outages last winter.", "prod", "production"),
        ("I reported to the eng manager at Tallow.", "eng", "engineering"),
        ("I trained 12 cashiers/stockers on the new tills.", "cashiers/stockers",
         "cashiers and stockers"),
        ("I ran weekly reviews with TAs/lecturers.", "TAs/lecturers", "TAs and lecturers"),
    ],
)
def test_shop_talk_and_slashes_are_shorthand(sentence: str, flagged: str,
                                             replacement: str) -> None:
    body = note(sentence)
    assert the_one(hits("shorthand", body), body, flagged).replacement == replacement


@pytest.mark.parametrize(
    "sentence",
    [
        "I wrote the read/write layer and the client/server handshake.",
        "Please reply yes/no, and/or call me at 24/7 support.",
        "I kept his/her pronoun forms as the family asked.",
        "I gave the prod a nudge, and the repository is public.",
        "I met the English team and an Eng Lit lecturer.",
    ],
)
def test_written_english_is_not_shorthand(sentence: str) -> None:
    assert hits("shorthand", note(sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("I WA 2023 and moved to Perth.", "I WA"),
        ("I 6 years at a bakery before this.", "I 6"),
        ("I moved in March, and I NY 2024 after that.", "I NY"),
        ("I interned Brightwell for a summer.", "I interned Brightwell"),
        ("I majored Chemistry at Leeds.", "I majored Chemistry"),
        ("I joined Harrow Freight 2017, then led its yard.", "I joined Harrow Freight 2017"),
        ("I qualified ACCA 2020.", "I qualified ACCA 2020"),
        ("I built a rota app in Glide and adopted by three wards.", "and adopted by"),
        ("We set up a parts library and used by every fitter.", "and used by"),
        ("I would be glad to join Marion County Sheriff's Office.",
         "join Marion County Sheriff's Office"),
        ("I bring six years of relief pharmacist.", "years of relief pharmacist"),
        ("I enjoyed our talk about wants QA to sign off sooner.", "about wants QA"),
        ("I have four years of night dispatcher at a depot.", "years of night dispatcher"),
        ("I have two years of lab technician and a degree.", "years of lab technician"),
    ],
)
def test_a_clause_without_its_grammar_is_a_broken_phrase(sentence: str, flagged: str) -> None:
    body = note(sentence)
    the_one(hits("broken-phrase", body), body, flagged)


@pytest.mark.parametrize(
    "sentence",
    [
        "I 100% agree that the yard needs a second shift.",
        "Our Phase I 2024 results and World War I history came up.",
        "I joined Harrow Freight in 2017 and moved to Perth in 2019.",
        "I joined Harrow Freight 2017 Ltd, a new company.",
        "I volunteered Saturdays at the food bank.",
        "I graduated Magna Cum Laude.",
        "I led a rota app built in Glide and adopted by three wards.",
        "The library was set up in March and used by every fitter.",
        "I built a tracker that is shared and used by every fitter.",
        "I admitted to one mistake, and I admitted patients to the ward.",
        "I stopped by the depot and stayed by the phone.",
        "I would be glad to join the Marion County Sheriff's Office.",
        "I worked at Macy's Department Store and at Dr. Patel's office.",
        "I have six years of pharmacist training and years of customer service.",
        "I kept a list of wants that the team shared, and we spoke of plans to grow.",
        "I spent two years of my life as a pharmacist, after years of being a technician.",
        "I have four years of a dispatcher's work behind me, and years of experience.",
    ],
)
def test_good_english_is_not_a_broken_phrase(sentence: str) -> None:
    assert hits("broken-phrase", note(sentence)) == []
