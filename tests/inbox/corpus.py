"""The labelled mails in tests/inbox/data/ and how well afterword.inbox.reading reads them.

Three parts: `tune` (looked at while writing the cues), `aside` (a third of the first mails,
written before scoring and never tuned on; its misses were read once, after its first score)
and `fresh` (written after that, before a second round of tuning, and never looked at). scripts/score_inbox.py prints the figures that
docs/inbox.md shows; tests/inbox/test_corpus.py holds the line.
"""

from __future__ import annotations

import argparse
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

from afterword.inbox import reading

DATA = Path(__file__).parent / "data"
PARTS = ("tune", "aside", "fresh")
LABELS = ("reply", "rejection", "scheduling", "offer", "auto-reply", "bounce", "bulk")


@dataclass
class Mail:
    part: str
    name: str
    label: dict[str, object]
    message: EmailMessage

    @property
    def kind(self) -> str:
        return str(self.label["kind"])


def mails(part: str) -> Iterator[Mail]:
    labels = tomllib.loads((DATA / part / "labels.toml").read_text(encoding="utf-8"))
    for name, label in sorted(labels.items()):
        raw = (DATA / part / name).read_bytes()
        message = message_from_bytes(raw, policy=default)
        assert isinstance(message, EmailMessage)
        yield Mail(part, name, label, message)


def predicted(found: reading.MailReading) -> str:
    """The label the reading gives a mail, in the corpus's terms."""
    if found.bounce is not None:
        return "bounce"
    if found.auto_reply is not None:
        return "auto-reply"
    if found.bulk:
        return "bulk"
    assert found.classification is not None
    return found.classification.kind


def problems(mail: Mail, found: reading.MailReading) -> list[str]:
    """What the reading got wrong beyond the kind: timeframe, return day, bounce fields, quotes."""
    wrong: list[str] = []
    label = mail.label
    if "timeframe" in label:
        frame = found.classification.timeframe if found.classification else None
        if not frame or str(label["timeframe"]).casefold() not in frame.casefold():
            wrong.append(f"timeframe {frame!r}, wanted one with {label['timeframe']!r}")
    if "returns_on" in label and found.auto_reply is not None:
        want = None if label["returns_on"] == "none" else label["returns_on"]
        if found.auto_reply.returns_on != want:
            wrong.append(f"returns_on {found.auto_reply.returns_on}, wanted {want}")
    if found.bounce is not None:
        for key in ("recipient", "status", "original_message_id", "failed"):
            if key in label and getattr(found.bounce, key) != label[key]:
                wrong.append(f"{key} {getattr(found.bounce, key)!r}, wanted {label[key]!r}")
    for words in label.get("absent", []):  # type: ignore[attr-defined]
        if str(words).casefold() in found.text.casefold():
            wrong.append(f"new text still holds {words!r}")
    for words in label.get("present", []):  # type: ignore[attr-defined]
        if str(words).casefold() not in found.text.casefold():
            wrong.append(f"new text lost {words!r}")
    return wrong


@dataclass
class Score:
    part: str
    counts: dict[str, list[int]] = field(default_factory=lambda: {k: [0, 0, 0] for k in LABELS})  # tp fp fn
    misses: list[str] = field(default_factory=list)
    total: int = 0
    right: int = 0

    def precision(self, kind: str) -> float | None:
        tp, fp, _fn = self.counts[kind]
        return tp / (tp + fp) if tp + fp else None

    def recall(self, kind: str) -> float | None:
        tp, _fp, fn = self.counts[kind]
        return tp / (tp + fn) if tp + fn else None

    def support(self, kind: str) -> int:
        tp, _fp, fn = self.counts[kind]
        return tp + fn


def score(part: str) -> Score:
    result = Score(part)
    for mail in mails(part):
        received = mail.label.get("received")
        found = reading.read_mail(mail.message, received=received if isinstance(received, date) else None)
        got = predicted(found)
        result.total += 1
        if got == mail.kind:
            result.counts[got][0] += 1
            result.right += 1
        else:
            result.counts[got][1] += 1
            result.counts[mail.kind][2] += 1
            result.misses.append(f"{part}/{mail.name}: read as {got}, is {mail.kind}")
        result.misses.extend(f"{part}/{mail.name}: {p}" for p in problems(mail, found))
    return result


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def table(scores: list[Score], markdown: bool) -> str:
    head = ["kind"] + [f"{s.part} {m}" for s in scores for m in ("P", "R", "n")]
    rows = [[kind] + [x for s in scores for x in (_pct(s.precision(kind)), _pct(s.recall(kind)), str(s.support(kind)))] for kind in LABELS]
    rows.append(["all (accuracy)"] + [x for s in scores for x in (f"{s.right / s.total:.2f}" if s.total else "-", "", str(s.total))])
    if markdown:
        lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        lines += ["| " + " | ".join(r) + " |" for r in rows]
        return "\n".join(lines)
    widths = [max(len(str(r[i])) for r in [head, *rows]) for i in range(len(head))]
    return "\n".join("  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)) for r in [head, *rows])


def main() -> int:
    parser = argparse.ArgumentParser(description="Precision and recall of reading replies, per kind and part.")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    parser.add_argument("--misses", choices=PARTS, help="list what went wrong in one part")
    args = parser.parse_args()
    scores = [score(part) for part in PARTS]
    print(table(scores, args.markdown))
    if args.misses:
        chosen = next(s for s in scores if s.part == args.misses)
        print(f"\n{len(chosen.misses)} problem(s) in {args.misses}:")
        for line in chosen.misses:
            print("  " + line)
    return 0
