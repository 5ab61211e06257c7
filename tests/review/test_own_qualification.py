"""The "qualification" move on our own sentences (`data/qualification_own.tsv`): written for
this test in many trades and registers, each read alone as a note's body."""

from __future__ import annotations

import pytest

from tests.review.own_qualification import reinforces, sentences

POSITIVES = [text for mark, text in sentences() if mark == "+"]
KNOWN_MISSES = [text for mark, text in sentences() if mark == "+!"]
NEAR_MISSES = [text for mark, text in sentences() if mark == "-"]


def test_the_set_is_large_enough_to_measure() -> None:
    assert len(POSITIVES) >= 120
    assert len(NEAR_MISSES) >= 60


@pytest.mark.parametrize("sentence", POSITIVES)
def test_a_qualification_reinforced_is_found(sentence: str) -> None:
    assert reinforces(sentence)


# Kinds the move does not read yet: strict, so that catching one asks for its mark to change.
@pytest.mark.xfail(strict=True, reason="a kind of sentence the move does not read yet")
@pytest.mark.parametrize("sentence", KNOWN_MISSES)
def test_a_known_miss_is_still_missed(sentence: str) -> None:
    assert reinforces(sentence)


@pytest.mark.parametrize("sentence", NEAR_MISSES)
def test_a_near_miss_is_no_qualification(sentence: str) -> None:
    assert not reinforces(sentence)
