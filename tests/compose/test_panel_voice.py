"""A panel's notes compared side by side: no two open their sentences alike, and none uses the
stock pair a coach reads as a template (records invented for these tests, in trades and
wordings of their own)."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from afterword.compose.drafts import compose
from afterword.compose.facts import Candidate, Concern, Facts, Person
from afterword.compose.thanks import wording

_PANELS = {
    "brewery": ("Copperline Brewing", "Head Brewer", [
        ("Ines Varga", "the new canning line", "we both homebrewed in college"),
        ("Rafe Olsen", "barrel-aged sours", "we both grew up in Duluth"),
        ("Kit Morrow", "the taproom schedule", None),
        ("Dana Ruiz", "yeast management", "we both worked at a cider house"),
    ], ("cut dump losses by 30% with a new CIP schedule",
        "ran a 30-barrel brewhouse for four years",
        "trained five assistant brewers")),
    "library": ("Harrow Public Library", "Branch Manager", [
        ("Odile Brandt", "the after-school program", None),
        ("Sam Keats", "the new self-checkout kiosks", "we both volunteered at the book fair"),
        ("June Park", "outreach to senior centres", None),
    ], ("doubled summer reading sign-ups in two years",
        "managed a staff of nine at the Eastgate branch")),
}


def _facts(name: str) -> Facts:
    company, role, people, quals = _PANELS[name]
    return Facts(
        candidate=Candidate(name="Ali Moreau", email="ali@example.com"),
        company=company, role=role, timezone="UTC",
        start=datetime(2026, 4, 7, 14, tzinfo=UTC), end=datetime(2026, 4, 7, 16, tzinfo=UTC),
        people=tuple(Person(name=n, position=k, email=f"{n.split()[0].lower()}@x.example",
                            topics=(t,), rapport=r)
                     for k, (n, t, r) in enumerate(people)),
        qualifications=quals,
        concerns=(Concern("no experience with a canning line",
                          "I ran the bottling line at my last brewery for two years."),),
    )


def _openings(body: str) -> set[str]:
    text = body.split("\n", 2)[2].rsplit("\n\n", 2)[0]  # the greeting and sign-off aside
    return {" ".join(re.findall(r"[a-z']+", s.casefold())[:3])
            for s in re.split(r"(?<=[.!?])\s+", text) if len(s.split()) > 3}


@pytest.mark.parametrize("name", sorted(_PANELS))
def test_no_two_notes_of_a_panel_open_a_sentence_alike(name: str) -> None:
    drafts = compose(_facts(name))
    assert len(drafts) == len(_PANELS[name][2])
    seen: dict[str, str] = {}
    for draft in drafts:
        for opening in _openings(draft.body):
            assert opening not in seen, (opening, seen[opening], draft.to_name)
            seen[opening] = draft.to_name


@pytest.mark.parametrize("name", sorted(_PANELS))
@pytest.mark.parametrize("variant", [0, 1, 2])
def test_no_note_thanks_in_the_stock_pair_of_sentences(name: str, variant: int) -> None:
    for draft in compose(_facts(name), variant=variant):
        assert not re.search(r"Thank you for meeting with me on \w+\. I especially appreciated",
                             draft.body), draft.body
        assert "was a highlight for me too" not in draft.body


def test_openings_are_compared_on_their_first_three_words() -> None:
    # "I came away even more ..." and "I came away from the interview ..." open alike.
    assert wording._openings("I came away even more eager.") == \
        wording._openings("I came away from the interview eager.") == {"i came away"}
