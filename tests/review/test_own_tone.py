"""`demanding` and `self-focused` on our own sentences (`data/*_own.tsv`), each read as the
middle of a short thank-you note."""

from __future__ import annotations

import pytest

from tests.review.own_tone import SETS, fires, sentences

CASES = [(rule, must, text) for rule in SETS for must, text in sentences(rule)]


def test_each_set_has_both_kinds() -> None:
    for rule in SETS:
        marks = {must for must, _ in sentences(rule)}
        assert marks == {True, False}, rule


@pytest.mark.parametrize(("rule", "must", "sentence"), CASES)
def test_the_rule_fires_exactly_on_its_own_sentences(rule: str, must: bool, sentence: str) -> None:
    assert fires(rule, sentence) is must
