"""What the candidate brings, said as a coach would (issue 13, session 6, second round).

Fragments of our own: a claim said plainly with no stock tail after it ("..., and I would
bring that experience to your team").
"""

from __future__ import annotations

import pytest

from afterword.compose import plainly
from afterword.compose.thanks import fit_sentence

_STOCK = ("that experience", "to your team", "to work for")


@pytest.mark.parametrize("clause", [
    "ran 12 toolbox talks on the Quayside site",
    "cut scrap on line 4 from 9% to 3% in a year",
    "set up the weekend rota for 30 porters",
    "have spent six years as a site surveyor",
])
def test_a_claim_that_reads_as_one_is_said_with_no_stock_tail(clause: str) -> None:
    for index in range(4):
        for short in (False, True):
            said = fit_sentence(clause, index, matched=False, short=short)
            assert said == f"I {clause}.", said
            assert not any(s in said for s in _STOCK)


def test_a_claim_that_needs_its_frame_to_read_keeps_it() -> None:
    # "looked at" is a reaction, not something done, to the review: said alone the note
    # would not say what the candidate brings, so the frame that says it stays.
    assert plainly.plain("looked at the harbour charts") is None
    assert plainly.plain("ran 12 toolbox talks") == "I ran 12 toolbox talks."


def test_a_claim_close_to_the_readers_topic_keeps_its_link() -> None:
    said = fit_sentence("ran 12 toolbox talks", 0, matched=True)
    assert said.endswith("I ran 12 toolbox talks.") and said != "I ran 12 toolbox talks."
