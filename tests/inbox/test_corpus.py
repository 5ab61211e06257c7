"""The labelled mails: precision first on both parts, and the details right on the tune part."""

from __future__ import annotations

import pytest

from tests.inbox.corpus import LABELS, mails, score

# Precision matters more than recall: a reply read as a rejection would propose closing a
# live application; a rejection read as a plain reply only pauses the follow-ups.
TUNE_PRECISION = 0.95
TUNE_RECALL = 0.85
# The parts never tuned on only guard against getting worse: their first scoring
# (docs/inbox.md) gave scheduling 0.80 on `aside`, every other kind 1.00.
ASIDE_PRECISION = 0.75


@pytest.fixture(scope="module")
def tune():
    return score("tune")


@pytest.fixture(scope="module")
def aside():
    return score("aside")


@pytest.mark.parametrize("kind", LABELS)
def test_each_kind_is_read_with_high_precision_and_recall_on_the_tune_part(tune, kind):
    precision, recall = tune.precision(kind), tune.recall(kind)
    assert precision is None or precision >= TUNE_PRECISION, tune.misses
    assert recall is None or recall >= TUNE_RECALL, tune.misses


@pytest.fixture(scope="module")
def fresh():
    return score("fresh")


@pytest.mark.parametrize("kind", ["rejection", "offer", "scheduling", "auto-reply", "bounce", "bulk"])
def test_each_kind_keeps_its_precision_on_the_parts_never_tuned_on(aside, fresh, kind):
    for part in (aside, fresh):
        precision = part.precision(kind)
        assert precision is None or precision >= ASIDE_PRECISION, part.part



def test_the_corpus_has_enough_mails_of_each_kind():
    counts = {kind: 0 for kind in LABELS}
    for part in ("tune", "aside", "fresh"):
        for mail in mails(part):
            counts[mail.kind] += 1
    assert sum(counts.values()) >= 120, counts
    assert min(counts.values()) >= 8, counts
