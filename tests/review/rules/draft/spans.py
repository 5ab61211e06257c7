"""What the draft-language rules' tests check of a finding: the one span it marks."""

from __future__ import annotations

from afterword.review.findings import Finding


def the_one(found: list[Finding], body: str, flagged: str) -> Finding:
    """The single finding in `found`, after checking that it marks exactly `flagged`."""
    assert len(found) == 1, [f.message for f in found]
    finding = found[0]
    assert finding.start is not None and finding.end is not None
    assert body[finding.start : finding.end] == flagged
    return finding
