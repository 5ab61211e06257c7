"""Meta-tests on the rule registry: docs, examples, file layout and the spec's catalogue."""

from __future__ import annotations

import pytest

from afterword.review.registry import ALL_KINDS, FAMILY_ORDER, RuleSpec, all_rules
from tests.review.spec import applicability, catalogue, spec_path

RULES = all_rules()
needs_spec = pytest.mark.skipif(not spec_path().exists(), reason="the spec is not beside the repo")


def _ids(spec: RuleSpec) -> str:
    return spec.id


@pytest.mark.parametrize("spec", RULES, ids=_ids)
def test_rule_has_summary_and_doc_sections(spec: RuleSpec) -> None:
    assert spec.summary, f"{spec.id}: the check's docstring needs a first line (the summary)"
    assert spec.summary.endswith("."), f"{spec.id}: the summary should be a sentence"
    for section in ("## What it flags", "## Why it matters"):
        assert section in spec.doc, f"{spec.id}: the docstring lacks the section {section!r}"


@pytest.mark.parametrize("spec", RULES, ids=_ids)
def test_rule_has_examples_of_each_kind(spec: RuleSpec) -> None:
    assert spec.fires, f"{spec.id}: no example that fires"
    assert spec.passes, f"{spec.id}: no example that passes"


@pytest.mark.parametrize("spec", RULES, ids=_ids)
def test_file_name_is_the_id_and_folder_the_family(spec: RuleSpec) -> None:
    parts = spec.check.__module__.split(".")
    assert parts[:3] == ["afterword", "review", "rules"], f"{spec.id}: not under review/rules/"
    assert parts[-1] == spec.id.replace("-", "_"), (
        f"{spec.id}: lives in {parts[-1]}.py, expected {spec.id.replace('-', '_')}.py"
    )
    assert parts[-2].replace("_", "-") == spec.family
    assert spec.family in FAMILY_ORDER[:-1], f"{spec.id}: unknown family {spec.family!r}"


@needs_spec
@pytest.mark.parametrize("spec", RULES, ids=_ids)
def test_default_severity_is_the_spec_s(spec: RuleSpec) -> None:
    expected = catalogue().get(spec.id)
    if expected is None:
        pytest.skip(f"{spec.id} is not in the spec's catalogue")
    assert str(spec.severity) == expected


def _in_applicability_table() -> list[RuleSpec]:
    if not spec_path().exists():
        return []
    table = applicability()
    return [r for r in RULES if r.id in table]


@pytest.mark.parametrize("spec", _in_applicability_table(), ids=_ids)
def test_applicability_is_the_spec_s(spec: RuleSpec) -> None:
    ticked = applicability()[spec.id]
    assert set(spec.kinds) == ticked & ALL_KINDS, f"{spec.id}: kinds differ from the spec's table"
    assert spec.invite == ("invite" in ticked), f"{spec.id}: invite differs from the spec's table"


@needs_spec
def test_registered_ids_are_the_spec_s_catalogue() -> None:
    spec_ids = set(catalogue())
    registered = {r.id for r in RULES}
    missing = sorted(spec_ids - registered)
    extra = sorted(registered - spec_ids)
    assert not missing and not extra, (
        f"rules in the spec but not registered: {missing or 'none'}\n"
        f"rules registered but not in the spec: {extra or 'none'}"
    )
