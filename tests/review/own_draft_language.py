"""Our own sentences for the draft-language rules, scored: `python -m tests.review.own_draft_language`.

The sentences (`data/draft_language_own.tsv`) were written for this test, not taken from any
corpus: broken or pasted sentences of the kinds a composer that copies jottings, or a writer of
English as a second language, produces, and clean sentences that look close to them. Each is
read alone as the body of a short note, with the three rules selected and `grammar`, which the
spec gives the known slips of a second language ("look forward to hear"); the slips neither
reads yet are marked "+!". The "aside" half is
measured only: its misses are not printed, so that fixes are made on the "tune" half.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NamedTuple

from afterword.review import Context, Message, Recipient, ReviewOptions, review

DATA = Path(__file__).resolve().parent / "data" / "draft_language_own.tsv"
DRAFT_RULES = frozenset({"shorthand", "third-person-reader", "broken-phrase", "grammar"})
_CONTEXT = Context(
    candidate="Jordan Lee",
    recipient=Recipient("Sam Rivera"),
    company="Northwind Care",
    role="Team Lead",
)


class Sentence(NamedTuple):
    mark: str  # "+" broken, "-" clean, "+!" broken and known to be missed
    split: str  # "tune" or "aside"
    text: str


def sentences() -> list[Sentence]:
    out = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and parts[0] in ("+", "-", "+!"):
            out.append(Sentence(*(p.strip() for p in parts)))
    return out


def findings(text: str) -> list[str]:
    """The draft-language findings on `text` read as a note's body: "rule: the span"."""
    body = f"Dear Sam,\n\n{text}\n\nBest regards,\nJordan Lee"
    report = review(Message(body, context=_CONTEXT), ReviewOptions(select=DRAFT_RULES))
    return [f"{f.rule}: {body[f.start : f.end]}" for f in report.findings if f.start is not None]


def main(argv: list[str]) -> int:
    show_aside = "--aside" in argv
    for split in ("tune", "aside"):
        rows = [s for s in sentences() if s.split == split]
        broken = [s for s in rows if s.mark != "-"]
        clean = [s for s in rows if s.mark == "-"]
        missed = [s for s in broken if not findings(s.text)]
        alarms = [(s, findings(s.text)) for s in clean]
        alarms = [(s, f) for s, f in alarms if f]
        print(
            f"{split}: {len(broken) - len(missed)}/{len(broken)} broken caught, "
            f"{len(alarms)}/{len(clean)} clean flagged"
        )
        if split == "tune" or show_aside:
            for s in missed:
                print(f"  missed  {s.text}")
            for s, f in alarms:
                print(f"  flagged {s.text}  {f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
