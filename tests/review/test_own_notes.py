"""Our own notes in many writers' voices (session 9): format, split, and the tuned half's marks.

own-held is measured only (`python -m tests.review.own_notes --held`); no test reads its
figures. own-tune and the sentence batches were tuned on, so they are held to their marks here.
"""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from tests.review.corpus import score_corpus
from tests.review.own_notes import HALVES, TARGETS, load_own_notes, probe_fires, probe_rows
from tests.review.spec import applicability, catalogue, spec_path

CONTENT_COLUMNS = {"linkedin-invite": "invite"}
# own-tune notes whose label a rule misses on purpose: "great fit" is left out of `cliche` by
# the project's choice (cliche.txt), though the spec's "perfect fit" is near it.
KNOWN_MISSES = {("own-093", "cliche")}


def test_the_set_is_big_enough_and_leans_to_clean_notes() -> None:
    rows = load_own_notes()
    assert len(rows) >= 120
    assert sum(r["clean"] for r in rows) / len(rows) >= 0.4
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)) and all(re.fullmatch(r"own-\d{3}", i) for i in ids)


def test_the_halves_are_the_fixed_seed_split() -> None:
    """Stratified by first label ("clean" for none), shuffled by random.Random(14), dealt in
    turn: the split cannot drift as the file is edited."""
    rows = load_own_notes()
    groups: dict[str, list[dict]] = {}
    for r in rows:
        groups.setdefault(r["expect"][0] if r["expect"] else "clean", []).append(r)
    rng, turn, want = random.Random(14), 0, {}
    for name in sorted(groups):
        dealt = groups[name][:]
        rng.shuffle(dealt)
        for r in dealt:
            want[r["id"]] = HALVES[turn % 2]
            turn += 1
    assert {r["id"]: r["split"] for r in rows} == want


@pytest.mark.skipif(not spec_path().exists(), reason="the spec is not beside the repository")
def test_labels_are_spec_rule_ids_where_the_spec_applies_them() -> None:
    known, applies = set(catalogue()), applicability()
    for r in load_own_notes():
        assert set(r["expect"]) <= known, r["id"]
        assert not (r["clean"] and r["expect"]), r["id"]
        column = CONTENT_COLUMNS.get(r["channel"], r["kind"])
        for rule in r["expect"]:
            if rule in applies:
                assert column in applies[rule], f"{r['id']}: {rule} does not apply to {column}"


def test_the_tuned_half_holds_its_marks() -> None:
    score = score_corpus(load_own_notes("own-tune"))
    wrong = {(m.line, m.rule) for m in score.misfires} - KNOWN_MISSES
    assert not wrong, sorted(wrong)
    assert not score.clean_violations, [(m.line, m.rule) for m in score.clean_violations]


def test_the_sentence_batches_hold_their_marks() -> None:
    rows = probe_rows()
    assert Counter(rule for rule, _, _ in rows).keys() <= set(TARGETS)
    wrong = [(rule, text) for rule, mark, text in rows
             if mark in ("+", "-") and probe_fires(rule, text) != (mark == "+")]
    assert not wrong, wrong
