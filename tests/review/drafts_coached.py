"""The labelled sentences of two coaches' blind reads (`data/drafts_coached.jsonl`).

Each record is one sentence of a draft Afterword wrote, with the draft-language rules a careful
reader expects on it (none for a clean sentence). Records carry a part: `tune` (the rules were
extended while reading these) or `aside` (six drafts' records, never read to tune).

    .venv/bin/python -m tests.review.drafts_coached     # recall and false alarms per part
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from afterword.review import Context, Message, Recipient, ReviewOptions, review

DATA = Path(__file__).parent / "data" / "drafts_coached.jsonl"
DRAFT_RULES = ("shorthand", "third-person-reader", "broken-phrase")


@dataclass(frozen=True)
class Sentence:
    part: str
    to: str
    company: str
    role: str
    text: str
    rules: frozenset[str]


def sentences() -> list[Sentence]:
    out = []
    for line in DATA.read_text("utf-8").splitlines():
        r = json.loads(line)
        out.append(
            Sentence(
                r["part"], r["to"], r["company"], r["role"], r["sentence"], frozenset(r["rules"])
            )
        )
    return out


def found(s: Sentence) -> frozenset[str]:
    """The draft rules' findings on the sentence, placed in a note to its reader."""
    first = s.to.split()[-1] if s.to.split()[0].endswith(".") else s.to.split()[0]
    body = f"Dear {first},\n\n{s.text}\n\nBest regards,\nJordan Ellery"
    context = Context(recipient=Recipient(s.to), company=s.company, role=s.role)
    result = review(Message(body, context=context), ReviewOptions(select=frozenset(DRAFT_RULES)))
    return frozenset(f.rule for f in result.findings)


@dataclass
class Score:
    labels: int = 0
    caught: int = 0
    clean: int = 0
    false_alarms: int = 0


def score(part: str) -> tuple[Score, list[str]]:
    """Recall over labels (sentence x rule) and findings on sentences labelled clean for that rule."""
    sc, misses = Score(), []
    for s in sentences():
        if s.part != part:
            continue
        got = found(s)
        for rule in DRAFT_RULES:
            if rule in s.rules:
                sc.labels += 1
                if rule in got:
                    sc.caught += 1
                else:
                    misses.append(f"missed {rule}: {s.text}")
            else:
                sc.clean += 1
                if rule in got:
                    sc.false_alarms += 1
                    misses.append(f"false alarm {rule}: {s.text}")
    return sc, misses


def main() -> None:
    for part in ("tune", "aside"):
        sc, misses = score(part)
        print(f"{part}: caught {sc.caught}/{sc.labels}, false alarms {sc.false_alarms}/{sc.clean}")
        for m in misses:
            print("   ", m)


if __name__ == "__main__":
    main()
