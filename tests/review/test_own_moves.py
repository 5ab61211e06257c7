"""Three content rules on our own fresh sentences (`data/<family>_own_<half>.tsv`, see
`own_moves.py`): half A was tuned on, so every sentence of it must come out right; half B is
held out, so only its figures are held to a floor (its sentences are not read one by one)."""

from __future__ import annotations

import pytest

from tests.review.own_moves import FAMILIES, has_it, score, sentences

HALF_A = [(family, mark, text) for family in FAMILIES for mark, text in sentences(family, "a")]
# Sentences of half A the rules are known to get wrong still (strict: one put right asks for
# its removal from this list).
KNOWN_WRONG = {
    ("specific", "It was reassuring to hear that apprentices get a day a week at college."),
    ("specific", "Your description of a typical Saturday on the shop floor was vivid."),
    ("qualification", "When our supplier went bust, I found a new one within a week."),
    ("qualification", "I'm known to my friends as a terrible cook."),
    ("qualification", "I passed the café you mentioned on my way out."),
}


@pytest.mark.parametrize("family", list(FAMILIES))
def test_each_half_is_large_enough_to_measure(family: str) -> None:
    for half in ("a", "b"):
        marks = [mark for mark, _ in sentences(family, half)]
        assert marks.count("+") >= 30 and marks.count("-") >= 30


@pytest.mark.parametrize(("family", "mark", "sentence"), HALF_A)
def test_half_a_comes_out_right(family: str, mark: str, sentence: str) -> None:
    right = has_it(family, sentence) == (mark == "+")
    assert right != ((family, sentence) in KNOWN_WRONG)


# Floors a little under the figures measured when half B was last scored (see docs/review.md):
# a change that loses ground on text it was not tuned to fails here.
FLOORS = {"qualification": 0.82, "interest": 0.88, "specific": 0.95}


@pytest.mark.parametrize("family", list(FAMILIES))
def test_half_b_holds_its_floor(family: str) -> None:
    flagged, passed, pos, neg = score(family, "b")
    right = pos + neg - len(flagged) - len(passed)
    assert right / (pos + neg) >= FLOORS[family]
