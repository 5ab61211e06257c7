"""Compound adjectives a jotting writes open: a note joins them with a hyphen (issue 13)."""

from __future__ import annotations

from afterword.language.jotted import Reader


def test_compound_adjectives_before_a_noun_take_a_hyphen() -> None:
    reader = Reader([], [])
    assert reader.read("his push for cloud based tools").content == ["his push for cloud-based tools"]
    assert reader.read("wrote the plan for a 40 unit infill").content == \
        ["wrote the plan for a 40-unit infill"]
    assert reader.read("office based in Tulsa").content == ["office based in Tulsa"]
