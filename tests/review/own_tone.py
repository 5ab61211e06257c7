"""Our own sentences for the tone rules, scored: `python -m tests.review.own_tone [--aside]`.

`data/<rule>_own.tsv` were written for this test, not taken from any corpus; each sentence is
read as the middle of a short thank-you note. The rules were fixed on these. `data/own_aside/`
holds the other half of the same fresh sentences, written at the same time: it is measured only
(with `--aside`), never tuned on, so its figures say how the rules do on phrasings they never saw.
"""

from __future__ import annotations

import sys
from pathlib import Path

from afterword.review import Message, review

DATA = Path(__file__).resolve().parent / "data"
RULES = ("demanding", "self-focused", "desperate", "negative", "apologetic")
SETS = {rule: DATA / f"{rule.replace('-', '_')}_own.tsv" for rule in RULES}
ASIDE = {rule: DATA / "own_aside" / f"{rule.replace('-', '_')}.tsv" for rule in RULES}


def marked(rule: str, sets: dict[str, Path] = SETS) -> list[tuple[str, str]]:
    """(mark, sentence), in file order: "+" the rule must fire, "-" it must not, "+!" it
    should fire but is known to miss (counted in the recall)."""
    out = []
    for line in sets[rule].read_text(encoding="utf-8").splitlines():
        mark, tab, text = line.partition("\t")
        if tab and mark in ("+", "-", "+!"):
            out.append((mark, text.strip()))
    return out


def sentences(rule: str, sets: dict[str, Path] = SETS) -> list[tuple[bool, str]]:
    """(whether the rule should fire, the sentence), in file order."""
    return [(mark != "-", text) for mark, text in marked(rule, sets)]


def fires(rule: str, sentence: str) -> bool:
    body = (
        "Dear Sam,\n\nThank you for meeting me on Tuesday about the stores role. "
        f"{sentence}\n\nBest wishes,\nAlex"
    )
    return any(f.rule == rule for f in review(Message(body, kind="thank-you")).findings)


if __name__ == "__main__":
    aside = "--aside" in sys.argv
    for rule in RULES:
        rows = sentences(rule, ASIDE if aside else SETS)
        missed = [t for must, t in rows if must and not fires(rule, t)]
        alarms = [t for must, t in rows if not must and fires(rule, t)]
        pos = sum(must for must, _ in rows)
        print(f"{rule}: caught {pos - len(missed)}/{pos}, false alarms {len(alarms)}/{len(rows) - pos}")
        if "-q" in sys.argv:
            continue
        for t in missed:
            print("  MISSED ", t)
        for t in alarms:
            print("  ALARM  ", t)
