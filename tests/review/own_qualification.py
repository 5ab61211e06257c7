"""Our own sentences for the "qualification" move, scored: `python -m tests.review.own_qualification`.

The sentences (`data/qualification_own.tsv`) were written for this test, in many trades and
registers, not taken from any corpus: the measure of whether the move holds on text it has
never been tuned to. Each sentence is read alone, as the body of a short note.
"""

from __future__ import annotations

from pathlib import Path

from afterword.language.text import Note
from afterword.review import Message
from afterword.review.moves import analyse

DATA = Path(__file__).resolve().parent / "data" / "qualification_own.tsv"


def sentences() -> list[tuple[str, str]]:
    """(its mark, the sentence), in file order: "+" a qualification reinforced, "-" a near
    miss, "+!" a qualification the move is known to miss (counted in the recall)."""
    out = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        mark, tab, text = line.partition("\t")
        if tab and mark in ("+", "-", "+!"):
            out.append((mark, text.strip()))
    return out


def reinforces(sentence: str) -> bool:
    return analyse(Note(Message(sentence))).has("qualification")


def score() -> tuple[list[str], list[str], int, int]:
    """(positives missed, near misses caught, positives, near misses)."""
    missed, alarms, pos, neg = [], [], 0, 0
    for mark, text in sentences():
        found = reinforces(text)
        if mark != "-":
            pos += 1
            if not found:
                missed.append(text)
        else:
            neg += 1
            if found:
                alarms.append(text)
    return missed, alarms, pos, neg


if __name__ == "__main__":
    missed, alarms, pos, neg = score()
    print(f"recall {pos - len(missed)}/{pos} = {(pos - len(missed)) / pos:.3f}")
    print(f"false alarms {len(alarms)}/{neg} = {len(alarms) / neg:.3f}")
    for text in missed:
        print("MISSED  ", text)
    for text in alarms:
        print("ALARM   ", text)
