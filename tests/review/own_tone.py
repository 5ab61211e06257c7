"""Our own sentences for two tone rules, scored: `python -m tests.review.own_tone`.

`data/demanding_own.tsv` and `data/self_focused_own.tsv` were written for this test, not taken
from any corpus; each sentence is read as the middle of a short thank-you note.
"""

from __future__ import annotations

from pathlib import Path

from afterword.review import Message, review

DATA = Path(__file__).resolve().parent / "data"
SETS = {"demanding": DATA / "demanding_own.tsv", "self-focused": DATA / "self_focused_own.tsv"}


def sentences(rule: str) -> list[tuple[bool, str]]:
    """(whether the rule must fire, the sentence), in file order."""
    out = []
    for line in SETS[rule].read_text(encoding="utf-8").splitlines():
        mark, tab, text = line.partition("\t")
        if tab and mark in ("+", "-"):
            out.append((mark == "+", text.strip()))
    return out


def fires(rule: str, sentence: str) -> bool:
    body = (
        "Dear Sam,\n\nThank you for meeting me on Tuesday about the stores role. "
        f"{sentence}\n\nBest wishes,\nAlex"
    )
    return any(f.rule == rule for f in review(Message(body, kind="thank-you")).findings)


if __name__ == "__main__":
    for rule in SETS:
        rows = sentences(rule)
        missed = [t for must, t in rows if must and not fires(rule, t)]
        alarms = [t for must, t in rows if not must and fires(rule, t)]
        pos = sum(must for must, _ in rows)
        print(f"{rule}: caught {pos - len(missed)}/{pos}, false alarms {len(alarms)}/{len(rows) - pos}")
        for t in missed:
            print("  MISSED ", t)
        for t in alarms:
            print("  ALARM  ", t)
