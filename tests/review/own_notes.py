"""Score the review on our own notes, written in many writers' voices (session 9, issue 14).

`data/own_notes.jsonl` holds 124 short notes written for this round, before the review ran on
them, imitating writers the published parts have little of (Indian, Nigerian, Filipino,
Latin-American, Chinese, Arabic-speaking, Kenyan writers; phone-typed lower case; very formal
letters; US casual; UK understated; career-centre templates; LinkedIn messages), 54 of them
clean, with traps (words that hold a trigger, quoted criticism of a product, a "sorry" about a
scheduling mix-up, salary and benefits as the job's own subject). They are labelled by the spec
in the dev corpus's format. A fixed seed split them in two halves, stratified by first label:
`own-tune` may be read and tuned on; `own-held` is measured only (its misfires are not printed).

    python -m tests.review.own_notes                  # own-tune, the content and tone rules
    python -m tests.review.own_notes --misfires       # and own-tune's misfires
    python -m tests.review.own_notes --held           # both halves (own-held: at a round's start and end only)
    python -m tests.review.own_notes --all-rules      # every rule the halves exercise
    python -m tests.review.own_notes --probe          # batch 2: sentences, one rule each

`data/own_voices_probe.tsv` (batch 2) holds sentences in the same voices, written after the first
fixes made on own-tune and measured before any change for them: each is read as the middle of a
short thank-you note that is otherwise complete, and only its own rule is asked.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `tests.review` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.review.corpus import Score, score_corpus  # noqa: E402

OWN_NOTES = Path(__file__).resolve().parent / "data" / "own_notes.jsonl"
PROBE = Path(__file__).resolve().parent / "data" / "own_voices_probe.tsv"
HALVES = ("own-tune", "own-held")
# The rules this set was written to measure: the content and tone rules that held least on
# other people's wording.
TARGETS = (
    "missing-interest", "not-specific", "missing-closing", "negative", "self-focused",
    "demanding", "apologetic", "desperate", "casual-language", "cliche",
)


def load_own_notes(half: str | None = None) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in OWN_NOTES.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    return [r for r in rows if half is None or r["split"] == half]


def probe_rows() -> list[tuple[str, str, str]]:
    """(rule, mark, sentence) of batch 2: "+" must fire, "-" must not, "+!" a known miss."""
    out = []
    for line in PROBE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        rule, mark, text = line.split("\t")
        out.append((rule, mark, text.strip()))
    return out


# The note a batch-2 sentence is read in: thanks, a qualification and a close, with interest
# (left out when the rule asked is `missing-interest`), a close (left out for `missing-closing`)
# and no specific reference of its own.
_FRAME = ("Dear Ms. Ali,\n\nThank you for the interview on Tuesday. {detail}\n\nI have five "
          "years of experience as a nurse. {interest}{sentence}{closing}\n\nBest regards,\n"
          "Amy Clarke")


def probe_fires(rule: str, sentence: str) -> bool:
    from afterword.review import Message, review

    body = _FRAME.format(
        detail="" if rule == "not-specific" else "I liked hearing about the new ward. ",
        interest="" if rule == "missing-interest" else "I am very interested in the role. ",
        sentence=sentence,
        closing="" if rule == "missing-closing" else "\n\nI look forward to hearing from you.",
    )
    return any(f.rule == rule for f in review(Message(body, kind="thank-you")).findings)


def render(scores: dict[str, Score], rules: tuple[str, ...] | None = None) -> str:
    names = list(scores)
    first = scores[names[0]]
    chosen = rules or tuple(
        r for r in first.rules
        if any(s.rules[r].tp + s.rules[r].fp + s.rules[r].fn for s in scores.values())
    )
    lines = [f"{'rule':<18} " + " ".join(f"{n + ' TP/FP/FN  P  R':<28}" for n in names)]
    for rule in chosen:
        cells = []
        for n in names:
            rs = scores[n].rules[rule]
            cells.append(f"{rs.tp:>2}/{rs.fp:>2}/{rs.fn:>2}  {rs.precision:.2f} {rs.recall:.2f}")
        lines.append(f"{rule:<18} " + " ".join(f"{c:<28}" for c in cells))
    for n in names:
        s = scores[n]
        clean = sum(1 for r in load_own_notes(n) if r["clean"])
        flagged = len({m.line for m in s.clean_violations})
        tp = sum(s.rules[r].tp for r in chosen)
        fp = sum(s.rules[r].fp for r in chosen)
        fn = sum(s.rules[r].fn for r in chosen)
        lines.append(f"{n}: {s.lines} notes; these rules {tp} caught, {fp} false alarms, "
                     f"{fn} missed; {flagged} of {clean} clean notes draw a finding")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--misfires", action="store_true", help="list own-tune's misfires")
    parser.add_argument("--all-rules", action="store_true", help="every rule, not the targets")
    parser.add_argument("--probe", action="store_true", help="batch 2 only, with its misses")
    parser.add_argument("--held", action="store_true",
                        help="score own-held too (measured at a round's start and end only)")
    args = parser.parse_args(argv)
    if args.probe:
        rows = probe_rows()
        wrong = [(r, m, t) for r, m, t in rows if probe_fires(r, t) != (m != "-")]
        pos = sum(m != "-" for _, m, _ in rows)
        missed = sum(m != "-" for _, m, _ in wrong)
        print(f"batches 2 to 5: caught {pos - missed}/{pos}, false alarms "
              f"{len(wrong) - missed}/{len(rows) - pos}")
        for r, m, t in wrong:
            print(f"  {'MISSED' if m != '-' else 'ALARM '} {r:<17} {t}")
        return 0
    halves = HALVES if args.held else HALVES[:1]
    scores = {h: score_corpus(load_own_notes(h)) for h in halves}
    print(render(scores, None if args.all_rules else TARGETS))
    if args.misfires:
        print("\nmisfires on own-tune (line, rule, fired/missed, detail):")
        print(scores["own-tune"].misfire_report())
        print("\nfindings on own-tune's clean notes:")
        for m in scores["own-tune"].clean_violations:
            print(f"{m.line:<9} {m.rule:<22} {m.detail}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
