"""Instructions per note of the in-process review, counted by valgrind: a figure the load
of a shared machine does not move (CPU time under a load of 8 on two cores varied by a
third from run to run; this varies by well under 1%).

Each checkout named is run in its own virtual environment under `valgrind --tool=callgrind`,
which counts only inside `functools.reduce` (a C function the review never calls): the
notes are reviewed inside one `reduce`, after the first note, `reading_many()` and a
warm-up, as `bench/review.py` does. Slow (valgrind runs Python about 50 times slower):
about two minutes a checkout on an idle machine with the defaults.

    .venv/bin/python bench/review_instructions.py /work/wt-base /work/wt-branch [--notes 100]
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

_RUN = """
import functools, sys
sys.path.insert(0, {bench!r})
import review as bench
notes = bench.build_notes(bench.load_templates(bench.DEFAULT_CORPUS), {warm} + {notes}, 0)
from afterword.review import review, reading_many
from afterword.review.contract import parse_message
msgs = [parse_message(n) for n in notes]
review(msgs[0])
reading_many()
for m in msgs[:{warm}]:
    review(m)
functools.reduce(lambda _, m: review(m), msgs[{warm}:], None)
"""


def count(tree: Path, notes: int, warm: int) -> float:
    """Instructions per note of the review in the checkout at `tree`."""
    code = _RUN.format(bench=str(tree / "bench"), notes=notes, warm=warm)
    with tempfile.TemporaryDirectory() as tmp:
        done = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/out",
             "--toggle-collect=functools_reduce", str(tree / ".venv/bin/python"), "-c", code],
            capture_output=True, text=True, cwd=tree, check=True,
        )
    found = re.search(r"Collected\s*:\s*(\d+)", done.stderr)
    if found is None:
        raise RuntimeError(f"no count from valgrind:\n{done.stderr[-2000:]}")
    return int(found.group(1)) / notes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("trees", nargs="+", type=Path, help="checkouts, each with its .venv")
    parser.add_argument("--notes", type=int, default=100, help="notes counted (default 100)")
    parser.add_argument("--warm", type=int, default=200, help="notes reviewed before (200)")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed")
    for tree in args.trees:
        per_note = count(tree.resolve(), args.notes, args.warm)
        print(f"{tree}: {per_note / 1e6:.2f} million instructions a note")


if __name__ == "__main__":
    main()
