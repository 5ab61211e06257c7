"""Draft every kind for jotted records, run the shared checker, and write the drafts out to be read.

usage: python scripts/draft_records.py [--out DIR] [RECORD.toml | FOLDER ...]

Without arguments it reads the shared corpus (`../shared/corpus/records/`, beside the
repository), `tests/compose/records/`, `examples/jotted/` and the records kept aside
(`tests/compose/data/records_aside/`). For each record it writes, under --out, one JSON file
per kind (what `check_drafts.py` reads) and a `RECORD.txt` with every draft and its "To
finish", for a coach to read; it prints the checker's defects and a count per folder.
The drafts are composed exactly as `afterword draft FILE --kind K` composes them.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
KINDS = ("thank-you", "follow-up", "rejection-reply", "networking")
# As `afterword draft 1` prints it for a record stored as interview 1.
WHOLE = "they are all listed when you open this interview"
DEFAULT = [SHARED / "records", ROOT / "tests" / "compose" / "records", ROOT / "examples" / "jotted",
           ROOT / "tests" / "compose" / "data" / "records_aside"]


def _records(args: list[str]) -> list[Path]:
    paths = [Path(a) for a in args] or DEFAULT
    found: list[Path] = []
    for path in paths:
        found += sorted(path.glob("*.toml")) if path.is_dir() else [path]
    return found


def _draft(record: Path, out: Path) -> tuple[list[str], str]:
    from afterword.compose.asks import shown
    from afterword.compose.drafts import compose
    from afterword.compose.facts import Candidate, from_file
    from afterword.compose.service import review_drafts
    from afterword.config import Config
    from afterword.dates import user_locale
    from afterword.model.interview_file import parse_interview_text

    parsed = parse_interview_text(record.read_text(encoding="utf-8"), source=record.name,
                                  default_zone="UTC")
    config = Config(out / "config.toml")
    # The locale as `afterword draft FILE` reads it (the interview's time zone when neither the
    # settings nor the computer name a country): a US record's notes say "Dr." and "May 4".
    facts = replace(from_file(parsed, Candidate(name="Jordan Lee", email="jordan.lee@example.com")),
                    locale=user_locale(config, parsed.data.interview.timezone))
    files, text = [], [f"# {record.name}\n"]
    for kind in KINDS:
        composed = review_drafts(facts, compose(facts, kind=kind), config)
        path = out / f"{record.stem}.{kind}.json"
        path.write_text(json.dumps([c.to_dict() for c in composed], ensure_ascii=False, indent=1),
                        encoding="utf-8")
        files.append(str(path))
        for item in composed:
            d = item.to_dict()
            text.append(f"## {kind} to {d['to']} ({d['channel']}, {d['angle']}) "
                        f"score {d['score']} {'INCOMPLETE' if d['incomplete'] else 'ready'}")
            if d.get("subject"):
                text.append(f"Subject: {d['subject']}")
            text.append(d["body"])
            # As `afterword draft ID` shows them: the first few, the rest summed up.
            lines, more = shown(d["incomplete"], WHOLE)
            for what in [*lines, *([more] if more else [])]:
                text.append(f"  To finish: {what}")
            for f in d["findings"]:
                if not d["incomplete"] or f["severity"] == "info":
                    text.append(f"  {f['severity']} {f['rule']}: {f['message']}")
            text.append("")
        # As the CLI prints them: what no single note waits for, once after all the notes.
        asked = list(dict.fromkeys(r for item in composed
                                   for r in item.to_dict().get("record_to_finish") or []))
        if asked:
            text.append("  No note above waits for these; each makes the notes fuller:")
            lines, more = shown(asked, WHOLE)
            for what in [*lines, *([more] if more else [])]:
                text.append(f"  To finish in the record: {what}")
            text.append("")
    result = subprocess.run([sys.executable, str(SHARED / "check_drafts.py"), str(record), *files],
                            capture_output=True, text=True, check=False)
    defects = [line for line in result.stdout.splitlines() if line.strip()]
    (out / f"{record.stem}.txt").write_text("\n".join(text), encoding="utf-8")
    return defects, result.stderr


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/afterword-drafts"))
    parser.add_argument("paths", nargs="*")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    total: dict[str, int] = {}
    for record in _records(args.paths):
        defects, err = _draft(record, args.out)
        total[record.parent.name] = total.get(record.parent.name, 0) + len(defects)
        for line in defects:
            print(f"{record.parent.name}/{record.stem}: {line}")
        if err.strip():
            print(f"{record.stem}: checker error: {err.strip()}")
    for folder, count in total.items():
        print(f"{folder}: {count} defects")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
