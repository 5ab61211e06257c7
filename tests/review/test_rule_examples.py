"""Every rule's documented examples: each `fires` example fires it, each `passes` one does not.

Each example is reviewed with that rule alone selected, so the engine's "one mistake, one
finding" filter cannot hide a rule's own hit.
"""

from __future__ import annotations

import pytest

from afterword.review import ReviewOptions, review
from afterword.review.contract import message_from_example
from afterword.review.registry import Example, RuleSpec, all_rules

CASES = [
    pytest.param(spec, example, outcome, id=f"{spec.id}-{outcome}-{i}")
    for spec in all_rules()
    for outcome, examples in (("fires", spec.fires), ("passes", spec.passes))
    for i, example in enumerate(examples)
]


@pytest.mark.parametrize(("spec", "example", "outcome"), CASES)
def test_example(spec: RuleSpec, example: Example, outcome: str) -> None:
    report = review(message_from_example(example), ReviewOptions(select=frozenset({spec.id})))
    found = [f for f in report.findings if f.rule == spec.id]
    if outcome == "fires":
        assert found, f"{spec.id} should fire on:\n{example.body}"
    else:
        messages = "; ".join(f.message for f in found)
        assert not found, f"{spec.id} should not fire ({messages}) on:\n{example.body}"
