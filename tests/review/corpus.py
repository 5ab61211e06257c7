"""Score the review engine on the labelled dev corpus, as the corpus README says.

* warning and error rules: `expect` is exact; a listed rule must fire, an unlisted one that
  fires is a false alarm;
* info rules: a listed one must fire; an unlisted one is a false alarm only on a line marked
  `"clean": true`;
* a rule counts once per message, however many findings it gives;
* any finding at all on a clean line is a clean-line violation.

Macro-F1 is over every rule of the spec's catalogue: a rule not written yet scores 0.

Run `python -m tests.review.corpus` (or `python tests/review/corpus.py`) for the per-rule
table and the misfires; `--rule ID` (repeatable) shows only those rules' misfires.
The corpus is `../shared/corpus/dev.jsonl` beside the repository, or `$AFTERWORD_CORPUS`.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `tests.review` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from afterword.review import review  # noqa: E402
from afterword.review.contract import parse_message  # noqa: E402
from afterword.review.findings import Finding  # noqa: E402
from tests.review.spec import REPO, catalogue  # noqa: E402


def corpus_path() -> Path:
    """Where the dev corpus is: `$AFTERWORD_CORPUS`, else `../shared/corpus/dev.jsonl`."""
    override = os.environ.get("AFTERWORD_CORPUS")
    if override:
        return Path(override)
    return REPO.parent / "shared" / "corpus" / "dev.jsonl"


def load_corpus(path: Path | None = None) -> list[dict[str, Any]]:
    """The labelled lines, as decoded JSON objects."""
    lines = (path or corpus_path()).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@dataclass
class RuleScore:
    rule: str
    severity: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    registered: bool = True

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        if not self.registered:
            return 0.0
        if self.tp + self.fp + self.fn == 0:
            return 1.0
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn)


@dataclass
class Misfire:
    line: str
    rule: str
    kind: str  # "fired" (a false alarm) or "missed"
    detail: str


@dataclass
class Score:
    rules: dict[str, RuleScore]
    misfires: list[Misfire] = field(default_factory=list)
    clean_violations: list[Misfire] = field(default_factory=list)
    lines: int = 0

    @property
    def macro_f1(self) -> float:
        return sum(r.f1 for r in self.rules.values()) / len(self.rules) if self.rules else 0.0

    def table(self) -> str:
        """The per-rule table, with macro-F1 and clean-line violations at the foot."""
        head = f"{'rule':<24} {'sev':<7} {'TP':>3} {'FP':>3} {'FN':>3}  {'P':>5} {'R':>5} {'F1':>5}"
        rows = [head, "-" * len(head)]
        for r in self.rules.values():
            mark = "" if r.registered else "  (not written)"
            rows.append(
                f"{r.rule:<24} {r.severity:<7} {r.tp:>3} {r.fp:>3} {r.fn:>3}  "
                f"{r.precision:>5.2f} {r.recall:>5.2f} {r.f1:>5.2f}{mark}"
            )
        rows.append("-" * len(head))
        rows.append(
            f"macro-F1 {self.macro_f1:.3f} over {len(self.rules)} rules, {self.lines} lines; "
            f"findings on clean lines: {len(self.clean_violations)}"
        )
        return "\n".join(rows)

    def misfire_report(self, only: Iterable[str] | None = None) -> str:
        wanted = set(only) if only else None
        out = []
        for m in self.misfires:
            if wanted is None or m.rule in wanted:
                out.append(f"{m.line:<9} {m.rule:<22} {m.kind:<6} {m.detail}")
        return "\n".join(out)


def _describe(findings: list[Finding], body: str, subject: str | None) -> str:
    parts = []
    for f in findings:
        where = ""
        if f.start is not None and f.end is not None:
            text = (subject or "") if f.field == "subject" else body
            where = f" [{f.field}:{text[f.start : f.end]!r}]"
        parts.append(f"{f.message}{where}")
    return " | ".join(parts)


def score_corpus(lines: list[dict[str, Any]] | None = None) -> Score:
    """Review every line and score each catalogue rule as the corpus README says."""
    from afterword.review.registry import all_rules

    lines = load_corpus() if lines is None else lines
    severities = catalogue()
    registered = {spec.id: str(spec.severity) for spec in all_rules()}
    for rule_id, sev in registered.items():
        severities.setdefault(rule_id, sev)
    rules = {
        rule_id: RuleScore(rule_id, sev, registered=rule_id in registered)
        for rule_id, sev in severities.items()
    }
    result = Score(rules=rules, lines=len(lines))
    for obj in lines:
        line_id = str(obj.get("id"))
        message = parse_message(obj)
        report = review(message)
        by_rule: dict[str, list[Finding]] = {}
        for finding in report.findings:
            by_rule.setdefault(finding.rule, []).append(finding)
        expect = set(obj.get("expect", []))
        clean = bool(obj.get("clean"))
        if clean:
            for rule_id, found in by_rule.items():
                detail = _describe(found, message.body, message.subject)
                result.clean_violations.append(Misfire(line_id, rule_id, "fired", detail))
        for rule_id, rs in rules.items():
            found = by_rule.get(rule_id, [])
            if rule_id in expect:
                if found:
                    rs.tp += 1
                else:
                    rs.fn += 1
                    result.misfires.append(Misfire(line_id, rule_id, "missed", obj.get("why", "")))
            elif found and (rs.severity != "info" or clean):
                rs.fp += 1
                detail = _describe(found, message.body, message.subject)
                result.misfires.append(Misfire(line_id, rule_id, "fired", detail))
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rule", action="append", help="show misfires of this rule only")
    parser.add_argument("--corpus", type=Path, help="a labelled .jsonl (default: dev corpus)")
    args = parser.parse_args(argv)
    result = score_corpus(load_corpus(args.corpus) if args.corpus else None)
    print(result.table())
    misfires = result.misfire_report(args.rule)
    if misfires:
        print("\nmisfires (line, rule, fired/missed, finding message or the line's `why`):")
        print(misfires)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
