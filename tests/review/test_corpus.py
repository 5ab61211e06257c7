"""Per-rule precision and recall on the labelled dev corpus (scored as its README says)."""

from __future__ import annotations

import pytest

from tests.review.corpus import Score, corpus_path, score_corpus
from tests.review.spec import spec_path

MACRO_F1 = 0.95
RULE_F1 = 0.8

pytestmark = pytest.mark.skipif(
    not corpus_path().exists() or not spec_path().exists(),
    reason="the dev corpus or the spec is not beside the repository",
)


@pytest.fixture(scope="module")
def scored() -> Score:
    result = score_corpus()
    print("\n" + result.table())
    return result


def test_no_finding_on_a_clean_line(scored: Score) -> None:
    found = "\n".join(f"{m.line} {m.rule}: {m.detail}" for m in scored.clean_violations)
    assert not scored.clean_violations, f"findings on clean lines:\n{found}\n\n{scored.table()}"


def test_macro_f1(scored: Score) -> None:
    assert scored.macro_f1 >= MACRO_F1, (
        f"macro-F1 {scored.macro_f1:.3f} < {MACRO_F1}\n\n{scored.table()}\n\n"
        f"{scored.misfire_report()}"
    )


def test_every_rule_f1(scored: Score) -> None:
    weak = [r for r in scored.rules.values() if r.f1 < RULE_F1]
    names = ", ".join(f"{r.rule} ({r.f1:.2f})" for r in weak)
    assert not weak, (
        f"rules under F1 {RULE_F1}: {names}\n\n{scored.table()}\n\n"
        f"{scored.misfire_report(r.rule for r in weak)}"
    )
