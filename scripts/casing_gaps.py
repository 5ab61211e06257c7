"""List the words jotted records type in lower case that no word list knows: the names
(products, brands, places) the casing lexicon may lack.

usage: python scripts/casing_gaps.py [RECORD.toml | FOLDER ...]

A word the English lists know ("epic", "slack") is not listed: it is recased only when the
lexicon `afterword/language/lexicons/casing.tsv` holds it. Run it on new records, add the
names you recognise to casing.tsv with their own capitals, and run it again: what is left is
typos and shorthand (`jotted_words.tsv`). It prints each word with its count and a record.
"""

from __future__ import annotations

import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = [ROOT.parent / "shared" / "corpus" / "records", ROOT / "tests" / "compose" / "records",
           ROOT / "examples" / "jotted", ROOT / "tests" / "compose" / "data"]


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() if k != "notes" for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def main(args: list[str]) -> int:
    from afterword.language.jotted import _casing, _expansions, _places, _spelling, fold

    paths = [Path(a) for a in args] or DEFAULT
    records = [r for p in paths for r in (sorted(p.rglob("*.toml")) if p.is_dir() else [p])]
    _, exact, caseless = _expansions()
    known_forms = _casing()
    counts: Counter[str] = Counter()
    where: dict[str, str] = {}
    for record in records:
        data = tomllib.loads(record.read_text(encoding="utf-8"))
        for text in _strings(data):
            if text.startswith(("http", "mailto")) or "@" in text:
                continue
            for word in re.findall(r"(?<![\w@./-])[a-z][a-z]{2,}(?![\w@/-])", text):
                if _spelling().knows(word) or word in caseless or word in _places() \
                        or fold(word) in known_forms:
                    continue
                counts[word] += 1
                where.setdefault(word, record.name)
    for word, n in counts.most_common():
        print(f"{n}\t{word}\t{where[word]}")
    print(f"{len(counts)} words in {len(records)} records", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
