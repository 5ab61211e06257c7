"""The draft-language rules on our own sentences (`data/draft_language_own.tsv`): broken or
pasted sentences of the kinds composers and writers of a second language produce must draw a
finding; clean sentences that look close to them must draw none."""

from __future__ import annotations

import pytest

from tests.review.own_draft_language import findings, sentences

BROKEN = [s.text for s in sentences() if s.mark == "+"]
KNOWN_MISSES = [s.text for s in sentences() if s.mark == "+!"]
CLEAN = [s.text for s in sentences() if s.mark == "-"]


def test_the_set_is_large_enough_to_measure() -> None:
    assert len(BROKEN) + len(KNOWN_MISSES) >= 80
    assert len(CLEAN) >= 80
    # Half of the first batch (written before any fix) is kept aside: measured, never tuned on.
    aside = [s for s in sentences() if s.split == "aside"]
    assert len([s for s in aside if s.mark != "-"]) >= 40
    assert len([s for s in aside if s.mark == "-"]) >= 40


@pytest.mark.parametrize("sentence", BROKEN)
def test_a_broken_sentence_is_found(sentence: str) -> None:
    assert findings(sentence)


# Kinds the rules do not read yet: strict, so that catching one asks for its mark to change.
@pytest.mark.xfail(strict=True, reason="a kind of sentence the rules do not read yet")
@pytest.mark.parametrize("sentence", KNOWN_MISSES)
def test_a_known_miss_is_still_missed(sentence: str) -> None:
    assert findings(sentence)


@pytest.mark.parametrize("sentence", CLEAN)
def test_a_clean_sentence_draws_nothing(sentence: str) -> None:
    assert not findings(sentence)
