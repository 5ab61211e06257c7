from __future__ import annotations

import pytest

from afterword.review import Message, ReviewOptions, review
from afterword.review.findings import Finding

RULE = "a-an"


def hits(body: str) -> list[Finding]:
    return review(Message(body), ReviewOptions(select=frozenset({RULE}))).findings


def note(middle: str) -> str:
    return f"Dear Mrs. Whitcombe,\n\nThank you for meeting me. {middle}\n\nWarmly,\nGemma"


@pytest.mark.parametrize(
    ("sentence", "wrong", "right"),
    [
        ("Thank you for spending a hour with me.", "a", "an"),
        ("It was an great conversation.", "an", "a"),
        ("It is an unique venue.", "an", "a"),
        ("Thank you for a interview that made me feel welcome.", "a", "an"),
        ("You gave me such a honest account.", "a", "an"),
        ("I worked as a RN for nine years.", "a", "an"),
        ("I finished a MBA last spring.", "a", "an"),
        ("It was an one-year contract.", "an", "a"),
        ("I joined an European rollout.", "an", "a"),
        ("I completed a 8-week course.", "a", "an"),
        ("I moved to an university hospital.", "an", "a"),
        ("I led a eleven-person team.", "a", "an"),
        ("An useful tip was to plan early.", "An", "A"),
        ("A honest answer matters.", "A", "An"),
        ("I am an PhD student.", "an", "a"),
    ],
)
def test_the_wrong_article_for_the_sound_fires(sentence: str, wrong: str, right: str) -> None:
    body = note(sentence)
    found = hits(body)
    assert len(found) == 1, found
    assert body[found[0].start : found[0].end] == wrong
    assert found[0].replacement == right


@pytest.mark.parametrize(
    "sentence",
    [
        "It was an honour to spend an hour at a university lab.",
        "I led a one-year project and a European rollout.",
        "I worked as an RN before an MBA, then as an SRE.",
        "I ran an 8-week pilot and an 18-month plan with a 10-week review.",
        "I used an API, a URL shortener, a UX audit and an IEP template.",
        "It was a unique, unionized, universal and useful program.",
        "I bought an iPhone and sold an eBay item for an X-ray clinic.",
        "We built a historic and an historic site plan, a hotel and an hotel wing.",
        "I earned a B in statistics and an F in nothing.",
        "It is a NASA grant, an NDA and a SQL database, or an SQL one.",
        "Plan A is the safer choice; grade A work is expected.",
        "We met at 10 a.m. on Monday.",
        "I help run a HVAC shop and an HVAC course.",
        "You named two headaches: (a) the lockbox process and (b) the move.",
        "He is a once-in-a-generation leader and an only child.",
        "I hold an MSc and a PhD, and I sold a SaaS product and an SaaS one.",
    ],
)
def test_right_articles_and_letters_pass(sentence: str) -> None:
    assert hits(note(sentence)) == []


def test_an_article_before_a_line_break_is_still_checked() -> None:
    assert len(hits(note("Thank you for\na\ninterview."))) == 1
