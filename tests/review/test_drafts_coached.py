"""The draft rules on the sentences two coaches read blind (see `drafts_coached.py`).

Precision first: no finding on a sentence labelled clean for that rule, in either part. Recall
is held on the tune part only; the aside part's recall is measured and reported in
docs/review.md, never tuned to.
"""

from __future__ import annotations

from tests.review.drafts_coached import score, sentences


def test_the_set_is_split_by_record_with_a_third_aside() -> None:
    rows = sentences()
    aside = [s for s in rows if s.part == "aside"]
    assert {s.part for s in rows} == {"tune", "aside"}
    assert 0.25 <= len(aside) / len(rows) <= 0.5
    assert sum(bool(s.rules) for s in rows if s.part == "tune") >= 25


def test_no_false_alarm_on_the_clean_sentences() -> None:
    for part in ("tune", "aside"):
        sc, misses = score(part)
        assert sc.false_alarms == 0, [m for m in misses if m.startswith("false alarm")]


def test_most_defects_of_the_tune_part_are_caught() -> None:
    sc, misses = score("tune")
    assert sc.caught / sc.labels >= 0.7, misses
