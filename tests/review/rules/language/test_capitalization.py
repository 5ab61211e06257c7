from __future__ import annotations

import pytest

from afterword.review import Context, Message, ReviewOptions, review
from afterword.review.findings import Finding

RULE = "capitalization"


def hits(body: str, **ctx: object) -> list[Finding]:
    message = Message(body, context=Context(**ctx))  # type: ignore[arg-type]
    return review(message, ReviewOptions(select=frozenset({RULE}))).findings


def note(middle: str) -> str:
    return (
        f"Dear Ms. Fairweather,\n\nThank you for the interview. {middle}\n\nBest regards,\nAndrew"
    )


@pytest.mark.parametrize(
    ("sentence", "fix"),
    [
        ("the claims team was great.", "The"),
        ("i especially liked the dispatch app.", "I"),
        ("i'm grateful you showed me the portal.", "I'm"),
        ("i’ve thought about it since.", "I’ve"),
        ("It was great. my favourite part was the tour.", "My"),
        ("It was great! thanks again for the tour.", "Thanks"),
    ],
)
def test_a_sentence_starting_in_lower_case_fires_once(sentence: str, fix: str) -> None:
    found = hits(note(sentence))
    assert [f.replacement for f in found] == [fix]


def test_a_first_sentence_after_the_greeting_in_lower_case_fires() -> None:
    body = "Dear Ms. Fairweather,\n\nthank you for the interview this morning.\n\nBest regards,\nAndrew"
    assert [f.replacement for f in hits(body)] == ["Thank"]


@pytest.mark.parametrize(
    ("sentence", "lone"),
    [
        ("I think i could help with the backlog.", "i"),
        ("You asked whether i'd relocate, and I would.", "i'd"),
        ("My manager and i built the tool.", "i"),
    ],
)
def test_a_lone_lower_case_i_fires(sentence: str, lone: str) -> None:
    found = hits(note(sentence))
    assert len(found) == 1
    assert found[0].replacement == "I" + lone[1:]


@pytest.mark.parametrize(
    "sentence",
    [
        "iOS accessibility came up several times.",
        "eBay and iPhone sales grew last year.",
        "Your point about testing, e.g. last week's peak, was useful.",
        "The idea, i.e. one video per plan, is smart.",
        "We met at 2 p.m. on Wednesday.",
        "My portfolio is at github.com/ewalsh-dev if useful.",
        "You named two goals: (i) faster builds and (ii) fewer pages.",
        "I wondered... maybe we could talk again.",
        "The U.K. team and the approx. cost were clear.",
        "3D printing came up, and 24/7 support too.",
        "She spoke about Section 3.5 of the guide.",
    ],
)
def test_brands_addresses_abbreviations_and_lists_pass(sentence: str) -> None:
    assert hits(note(sentence)) == []


def test_a_contact_line_in_lower_case_passes() -> None:
    body = (
        "Hi Sunita,\n\nThank you for the conversation.\n\nBest,\nGideon Adler\n"
        "gideon.adler@example.com | 555-0142\nwww.gideonadler.dev"
    )
    assert hits(body) == []


def test_labels_on_a_contact_line_pass() -> None:
    body = "Hi Sunita,\n\nThank you for the conversation.\n\nBest,\nGideon\nm: 555-0142\ne: g@example.com"
    assert hits(body) == []


def test_numbered_list_items_in_lower_case_pass() -> None:
    body = (
        "Dear Ms. Park,\n\nThank you for the interview. Two things stayed with me:\n"
        "1. the lockbox process\n2. the timing of the move\n\nBest regards,\nCharlotte"
    )
    assert hits(body) == []


def test_a_lower_case_brand_from_the_context_may_start_a_sentence() -> None:
    body = note("npm audits were part of my last role.")
    assert len(hits(body)) == 1
    assert hits(body, topics=("npm security audits",)) == []
