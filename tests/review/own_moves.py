"""Our own fresh sentences for three content rules, scored: `python -m tests.review.own_moves`.

Each family has two files written for this measure, not taken from any corpus: half A
(`data/<family>_own_a.tsv`) may be tuned on, half B (`..._own_b.tsv`) is held out, measured
only, so that its figure says how the rule does on text it has not seen. Each sentence is read
alone as the body of a short thank-you note, and the rule is run on it: "+" marks a sentence
that has what the rule asks for (the rule must stay silent), "-" one that has not (it must fire).
"""

from __future__ import annotations

import sys
from pathlib import Path

from afterword.language.text import Note
from afterword.review import Message
from afterword.review.registry import get_rule

DATA = Path(__file__).resolve().parent / "data"
FAMILIES = {
    "qualification": "missing-qualification",
    "interest": "missing-interest",
    "specific": "not-specific",
}
HALVES = ("a", "b")


def sentences(family: str, half: str) -> list[tuple[str, str]]:
    """(its mark, the sentence), in file order."""
    out = []
    path = DATA / f"{family}_own_{half}.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        mark, tab, text = line.partition("\t")
        if tab and mark in ("+", "-"):
            out.append((mark, text.strip()))
    return out


def has_it(family: str, sentence: str) -> bool:
    """Whether the family's rule finds what it asks for (stays silent) on the sentence alone."""
    spec = get_rule(FAMILIES[family])
    return not any(True for _ in spec.check(Note(Message(sentence))))


def score(family: str, half: str) -> tuple[list[str], list[str], int, int]:
    """(present but flagged, absent but passed, present count, absent count)."""
    flagged, passed, pos, neg = [], [], 0, 0
    for mark, text in sentences(family, half):
        found = has_it(family, text)
        if mark == "+":
            pos += 1
            if not found:
                flagged.append(text)
        else:
            neg += 1
            if found:
                passed.append(text)
    return flagged, passed, pos, neg


def summary(family: str, half: str) -> str:
    flagged, passed, pos, neg = score(family, half)
    fires = len(flagged) + neg - len(passed)
    precision = (neg - len(passed)) / fires if fires else 1.0
    return (
        f"{family:13} {half}: rule precision {precision:.2f}, wrongly flags {len(flagged)}/{pos},"
        f" misses {len(passed)}/{neg}"
    )


if __name__ == "__main__":
    halves = sys.argv[1:] or list(HALVES)
    for family in FAMILIES:
        for half in halves:
            print(summary(family, half))
            if half == "a":  # half B's sentences stay unread while tuning
                flagged, passed, _, _ = score(family, half)
                for text in flagged:
                    print("   FLAGS ", text)
                for text in passed:
                    print("   MISSES", text)
