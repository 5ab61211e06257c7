"""Every finding the review gives on a fixed set of notes, to compare two versions of the engine.

Work on the review's engine (how rules load, match and share their analysis) must leave its
findings exactly as they were. This script reviews a fixed, deterministic set of notes and
writes every finding of every note (rule, severity, message, field, offsets, suggestion,
replacement) as one JSON line per note; `--compare` reads such a file written by another
version and lists the notes whose findings differ.

The notes: the development corpus (`../shared/corpus/dev.jsonl`), the published set
(`tests/review/data/published/notes.jsonl`, and any other `*.jsonl` there), every rule's
documented examples, and variants that stress the engine's text handling (the benchmark's
renamed notes, and each dev note in capitals, with CRLF line ends, with curly apostrophes,
with "İ", "ı" and "ſ" put in, and with a template slot).

    .venv/bin/python scripts/review_fingerprint.py --write /tmp/before.jsonl
    ... change the engine ...
    .venv/bin/python scripts/review_fingerprint.py --compare /tmp/before.jsonl

With `--each-first`, every note is reviewed as the first note of a process is (what
`afterword review FILE` does: the moves analysis then compiles only the phrases the note
can match); its findings must be the same too.

Exit status 1 when a note's findings differ (the first few differences are printed).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "corpus" / "dev.jsonl"
KEYS = ("id", "kind", "channel", "subject", "body", "context")
PUBLISHED = ROOT / "tests" / "review" / "data" / "published"


def use_tree(root: Path) -> None:
    """Review with the Afterword in `root` (another checkout: its rules, lexicons and notes)."""
    global PUBLISHED
    sys.path.insert(0, str(ROOT / "bench"))  # the benchmark's notes, as built here
    sys.path.insert(0, str(root))
    PUBLISHED = root / "tests" / "review" / "data" / "published"


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [{k: r[k] for k in KEYS if k in r} for r in rows]


def _variants(note: dict[str, Any], tag: str) -> Iterator[dict[str, Any]]:
    body = note["body"]
    edits = {
        "upper": body.upper(),
        "crlf": body.replace("\n", "\r\n"),
        "curly": body.replace("'", "\u2019").replace('"', "\u201c"),
        "odd-letters": body.replace("i", "\u0131", 3).replace("s", "\u017f", 2).replace("I", "\u0130", 2),
        "slot": body.replace(" the ", " the [COMPANY] ", 1).replace(",", " {{name}},", 1),
        "no-newlines": " ".join(body.split()),
    }
    for name, text in edits.items():
        yield dict(note, id=f"{tag}-{name}", body=text)
    if note.get("subject"):
        yield dict(note, id=f"{tag}-subject-upper", subject=str(note["subject"]).upper())


def notes(bench_count: int) -> Iterator[dict[str, Any]]:
    """The fixed set of input objects, each with a unique id."""
    from review import build_notes, load_templates  # bench/review.py

    dev = _read_jsonl(DEV)
    for i, note in enumerate(dev):
        yield dict(note, id=f"dev-{i}")
    for path in sorted(PUBLISHED.glob("*.jsonl")):
        for i, note in enumerate(_read_jsonl(path)):
            yield dict(note, id=f"{path.stem}-{i}")
    for i, note in enumerate(dev):
        yield from _variants(note, f"dev-{i}")
    for note in build_notes(load_templates(DEV), bench_count, 7)[len(dev):]:
        yield note
    for note in build_notes(load_templates(DEV), len(dev) * 2, 11)[len(dev):]:
        yield dict(note, id=note["id"] + "-s11")


def _examples() -> Iterator[tuple[str, Any]]:
    from afterword.review.contract import message_from_example
    from afterword.review.registry import all_rules

    for spec in all_rules():
        for kind, examples in (("fires", spec.fires), ("passes", spec.passes)):
            for i, example in enumerate(examples):
                yield f"example-{spec.id}-{kind}-{i}", message_from_example(example)


def fingerprints(bench_count: int, each_first: bool = False) -> Iterator[dict[str, Any]]:
    from afterword.review import review as review_one
    from afterword.review.contract import ContractError, parse_message

    def review(message: Any, options: Any = None) -> Any:
        if each_first:
            from afterword.language import wordscan
            from afterword.review import moves

            # As in a fresh process (the engine's own flags).
            moves._index().lean_left = 1
            wordscan._LEAN_LEFT = 1
        return review_one(message, options)

    def line(note_id: str, report: Any) -> dict[str, Any]:
        return {
            "id": note_id,
            "findings": [
                [f.rule, str(f.severity), f.message, f.field, f.start, f.end, f.suggestion,
                 f.replacement, f.family]
                for f in report.findings
            ],
        }

    for note in notes(bench_count):
        try:
            message = parse_message(note)
        except ContractError as exc:
            yield {"id": note["id"], "error": str(exc)}
            continue
        yield line(note["id"], review(message))
    for note_id, message in _examples():
        yield line(note_id, review(message))
    # A personal dictionary: each dev note with its longer words taken as known.
    from afterword.review.options import ReviewOptions

    for i, note in enumerate(_read_jsonl(DEV)):
        words = tuple(w.strip(".,;:!?()\"'") for w in note["body"].split() if len(w) > 7)[::3]
        yield line(f"dev-{i}-dictionary", review(parse_message(note), ReviewOptions(dictionary=words)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path, help="write the fingerprints here")
    group.add_argument("--compare", type=Path, help="compare with fingerprints written before")
    parser.add_argument("--bench-notes", type=int, default=3000,
                        help="how many of the benchmark's notes (default 3000)")
    parser.add_argument("--tree", type=Path, default=ROOT,
                        help="review with the Afterword of this checkout (default: this one)")
    parser.add_argument("--each-first", action="store_true",
                        help="review every note as the first note of a process")
    args = parser.parse_args()
    use_tree(args.tree.resolve())
    import afterword

    if not Path(afterword.__file__).resolve().is_relative_to(args.tree.resolve()):
        parser.error(f"afterword comes from {afterword.__file__}, not from {args.tree}")

    lines = list(fingerprints(args.bench_notes, args.each_first))
    count = sum(len(line.get("findings", ())) for line in lines)
    if args.write:
        with args.write.open("w", encoding="utf-8") as fh:
            for line in lines:
                fh.write(json.dumps(line, ensure_ascii=False) + "\n")
        print(f"{len(lines)} notes, {count} findings written to {args.write}")
        return 0
    before = {d["id"]: d for d in map(json.loads, args.compare.read_text(encoding="utf-8").splitlines())}
    now = {d["id"]: d for d in lines}
    differ = [i for i in before.keys() | now.keys() if before.get(i) != now.get(i)]
    print(f"{args.tree}: {len(now)} notes, {count} findings; {len(before)} notes before; {len(differ)} differ")
    for note_id in sorted(differ)[:10]:
        print(f"- {note_id}\n  before: {before.get(note_id)}\n  now:    {now.get(note_id)}")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
