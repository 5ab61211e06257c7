"""Benchmark the review engine against proselint on the same few thousand notes.

What it measures, in one run and on one set of notes:

* **Afterword in-process**: `review(message)` called from Python on messages parsed
  beforehand with `parse_message`. The import and the first call (which loads the
  rules and the spelling dictionary) are timed on their own; then a short warm-up,
  then every note is timed with `time.perf_counter_ns`, in three rounds alternating
  with proselint, keeping each note's best time and the best round (as `timeit` does,
  so that other work on the machine weighs less): notes per second, median and
  95th-percentile latency per note, and the median for the notes of 130-170 words
  (the aim is stated for a 150-word note).
* **Afterword CLI**: the notes written to a `.jsonl` file and reviewed by
  `afterword review --batch FILE` in a subprocess, start-up included (its wall time,
  notes per second, and the peak resident memory of that process, from `os.wait4`; as
  the batch shares its notes with a worker process on a machine with two cores or more,
  also the peak of the two processes' memory together, their summed PSS sampled every
  50 ms in an extra run that is not timed). Each CLI's batch runs `--cli-repeat` times (2), alternating with the other's;
  the fastest run is kept.
  Before anything else, a one-note batch builds the spelling cache (the cold start);
  another gives the start-up time once it exists. The settings file, database and
  spelling cache live in a temporary directory, for the in-process engine too.
* **proselint in-process** (the peer, a general prose linter): `LintFile(...).lint()`
  on the same bodies, with the same warm-up and the same figures.
* **proselint CLI**: the same bodies, one `.txt` file per note, linted by a single
  `proselint check DIR` invocation (start-up included), with its peak memory.
* **One note from the command line**: `afterword review note.txt` against
  `proselint check note.txt` on the same note of 130-170 words, alternating, best of 7:
  wall time, CPU time (user and system) and peak memory of each.

The commands run before either engine is loaded in this process (a child's peak memory
counts its parent's until it execs), and from compiled bytecode, as installed copies do.

The notes are built deterministically (seeded) from the development corpus: each
note of `dev.jsonl` is used in turn; the first pass is the corpus itself, later
passes give the recipient and the candidate other names (in the body, subject and
context alike) and a new id. proselint sees only the body (it has no notion of a
subject or a context); Afterword sees the whole message, so it also runs the rules
that read the context (wrong company, timing, ...), which proselint lacks.

Speed is never asserted in tests; this script only reports. Run it as:

    .venv/bin/python bench/review.py [--notes 3000] [--repeat 3] [--json results.json]

About two minutes on two cores with the defaults.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "dev.jsonl"
INPUT_KEYS = ("id", "kind", "channel", "subject", "body", "context")
BAND = (130, 170)  # "about 150 words"
WARM_UP = 50

FIRST_NAMES = [
    "Aisha", "Bartholomew", "Chiara", "Dmitri", "Eleanor", "Farhan", "Gráinne", "Hiroshi",
    "Ingrid", "Jamal", "Katarzyna", "Luis", "Mei", "Nikolai", "Oluwaseun", "Priya",
    "Quentin", "Rosalind", "Santiago", "Thandiwe", "Ulrich", "Valentina", "Wojciech",
    "Ximena", "Yusuf", "Zoë", "Anne-Marie", "Émile", "Björn", "Leilani",
]
LAST_NAMES = [
    "Abernathy", "Bianchi", "Castellanos", "Delacroix", "Eriksen", "Fitzgerald", "Gupta",
    "Haddad", "Iwasaki", "Jovanović", "Kowalski", "Lindqvist", "MacLeod", "Nakamura",
    "Okonkwo", "Petrov", "Quinlan", "Rasmussen", "Szabo", "Tremblay", "Underwood",
    "Villanueva", "Whitfield", "Yamamoto", "Zielinski", "O'Donnell", "Smith-Jones",
    "Ferreira", "Mbeki", "Larsson",
]


# -- notes --------------------------------------------------------------------------------------


def load_templates(path: Path) -> list[dict[str, Any]]:
    """The corpus's input objects, labels dropped."""
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                obj = json.loads(line)
                out.append({k: obj[k] for k in INPUT_KEYS if k in obj})
    return out


def _name_parts(value: Any) -> list[str]:
    return [p for p in str(value or "").split() if len(p) > 2 and not p.endswith(".")]


def _replace_all(value: Any, swap: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return swap(value)
    if isinstance(value, list):
        return [_replace_all(v, swap) for v in value]
    if isinstance(value, dict):
        return {k: _replace_all(v, swap) for k, v in value.items()}
    return value


def vary(template: dict[str, Any], rng: random.Random, new_id: str) -> dict[str, Any]:
    """The template with other names for its recipient and candidate, everywhere."""
    context = template.get("context") or {}
    recipient = context.get("recipient")
    recipient_name = recipient.get("name") if isinstance(recipient, dict) else recipient
    mapping: dict[str, str] = {}
    for name in (recipient_name, context.get("candidate")):
        parts = _name_parts(name)
        if parts:
            mapping.setdefault(parts[0], rng.choice(FIRST_NAMES))
        if len(parts) > 1:
            mapping.setdefault(parts[-1], rng.choice(LAST_NAMES))
    for old, new in list(mapping.items()):  # the body may curl an apostrophe the name has not
        for a, b in (("'", "\u2019"), ("\u2019", "'")):
            if a in old:
                mapping.setdefault(old.replace(a, b), new)
    note = dict(template, id=new_id)
    if mapping:
        pattern = re.compile(
            r"(?<!\w)(" + "|".join(map(re.escape, sorted(mapping, key=len, reverse=True)))
            + r")(?!\w)"
        )

        def swap(text: str) -> str:
            return pattern.sub(lambda m: mapping[m.group(1)], text)

        for key in ("subject", "body", "context"):
            if key in note:
                note[key] = _replace_all(note[key], swap)
    return note


def build_notes(templates: Sequence[dict[str, Any]], count: int, seed: int) -> list[dict]:
    """`count` notes: the corpus in order, then passes over it with other names."""
    rng = random.Random(seed)
    notes = []
    for i in range(count):
        template = templates[i % len(templates)]
        if i < len(templates):
            notes.append(dict(template, id=f"bench-{i:05d}"))
        else:
            notes.append(vary(template, rng, f"bench-{i:05d}"))
    return notes


def word_count(text: str) -> int:
    return len(text.split())


# -- measuring ----------------------------------------------------------------------------------


@dataclass
class Row:
    """One line of the results table."""

    engine: str
    mode: str
    notes: int
    seconds: float
    latencies_ms: list[float] = field(default_factory=list, repr=False)
    band_ms: list[float] = field(default_factory=list, repr=False)
    peak_mb: float | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def per_second(self) -> float:
        return self.notes / self.seconds if self.seconds else float("nan")

    @property
    def mean_ms(self) -> float:
        return 1000 * self.seconds / self.notes if self.notes else float("nan")

    def median_ms(self) -> float | None:
        return statistics.median(self.latencies_ms) if self.latencies_ms else None

    def p95_ms(self) -> float | None:
        return percentile(self.latencies_ms, 95) if self.latencies_ms else None

    def band_median_ms(self) -> float | None:
        return statistics.median(self.band_ms) if self.band_ms else None

    def summary(self) -> dict[str, Any]:
        data = asdict(self)
        del data["latencies_ms"], data["band_ms"]
        data.update(
            notes_per_second=self.per_second,
            mean_ms=self.mean_ms,
            median_ms=self.median_ms(),
            p95_ms=self.p95_ms(),
            band_notes=len(self.band_ms),
            band_median_ms=self.band_median_ms(),
            band_p95_ms=percentile(self.band_ms, 95) if self.band_ms else None,
        )
        return data


def percentile(values: Sequence[float], pct: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * pct / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def time_each(items: Sequence[Any], call: Callable[[Any], object]) -> tuple[list[float], float]:
    """Per-item latencies in ms, and the loop's wall time in seconds."""
    clock = time.perf_counter_ns
    latencies = []
    start = clock()
    for item in items:
        t0 = clock()
        call(item)
        latencies.append((clock() - t0) / 1e6)
    return latencies, (clock() - start) / 1e9


def in_band(notes: Sequence[dict[str, Any]], latencies: Sequence[float]) -> list[float]:
    lo, hi = BAND
    return [ms for n, ms in zip(notes, latencies, strict=True) if lo <= word_count(n["body"]) <= hi]


@dataclass
class Engine:
    """An engine loaded in this process, ready to review one prepared item per call."""

    name: str
    call: Callable[[Any], Any]
    items: list[Any]
    count: Callable[[Any], int]  # findings in a result
    extra: dict[str, Any]


def load_afterword(notes: list[dict[str, Any]]) -> Engine:
    t0 = time.perf_counter()
    from afterword.review import review
    from afterword.review.contract import parse_message
    from afterword.review.registry import all_rules

    import_s = time.perf_counter() - t0
    messages = [parse_message(n) for n in notes]
    t0 = time.perf_counter()
    review(messages[0])  # loads the rules and the spelling dictionary
    first_s = time.perf_counter() - t0
    # Thousands of notes, as a batch reads them: only the first read lean (as `--batch` does).
    from afterword import review as engine

    getattr(engine, "reading_many", lambda: None)()
    return Engine("Afterword", review, messages, lambda report: len(report.findings),
                  {"import_s": import_s, "first_call_s": first_s, "rules": len(all_rules())})


def load_proselint(notes: list[dict[str, Any]]) -> Engine:
    t0 = time.perf_counter()
    from proselint.checks import __register__
    from proselint.config import load_from
    from proselint.registry import CheckRegistry
    from proselint.tools import LintFile

    registry = CheckRegistry()
    if not registry.checks:
        registry.register_many(__register__)
    config = load_from(None)  # what its CLI does: the defaults plus any user config
    import_s = time.perf_counter() - t0

    def lint(body: str) -> list[Any]:
        return LintFile("<note>", body).lint(config)

    bodies = [n["body"] for n in notes]
    t0 = time.perf_counter()
    lint(bodies[0])
    first_s = time.perf_counter() - t0
    checks = len(registry.get_all_enabled(config["checks"]))
    return Engine("proselint", lint, bodies, len,
                  {"import_s": import_s, "first_call_s": first_s, "checks": checks})


def bench_inprocess(
    engines: Sequence[Engine], notes: Sequence[dict[str, Any]], repeat: int
) -> list[Row]:
    """Time every note with each engine, `repeat` rounds, engines alternating within a round.

    A note's latency is its best over the rounds and the throughput is the best round's
    (as `timeit` takes the best): what is left is the engine's cost, not the machine's
    other work.
    """
    for engine in engines:
        for item in engine.items[:WARM_UP]:
            engine.call(item)
        sample = engine.items[:: max(1, len(engine.items) // 300)]
        engine.extra["findings_per_note"] = (
            sum(engine.count(engine.call(item)) for item in sample) / len(sample)
        )
    best: dict[str, tuple[list[float], float]] = {}
    for r in range(repeat):
        for engine in engines if r % 2 == 0 else reversed(engines):
            latencies, seconds = time_each(engine.items, engine.call)
            if engine.name in best:
                old, old_s = best[engine.name]
                latencies = [min(a, b) for a, b in zip(old, latencies, strict=True)]
                seconds = min(seconds, old_s)
            best[engine.name] = (latencies, seconds)
    rows = []
    for engine in engines:
        latencies, seconds = best[engine.name]
        rows.append(Row(engine.name, "in-process", len(notes), seconds, latencies,
                        in_band(notes, latencies), extra=dict(engine.extra, rounds=repeat)))
    return rows


def run_child(
    argv: list[str], env: dict[str, str], cwd: Path, out: Path, *, sample: bool = False
) -> tuple[float, float, int]:
    """Run a command to completion: (wall seconds, peak RSS in MB, exit status).

    Its CPU time (user and system) is left in `LAST_CPU_S`.

    The child is started with `posix_spawn` (no fork of this process, whose own memory a
    forked child would carry in its peak until it execs), and `os.wait4` gives that
    child's own resource usage, so the peak is its alone. `cwd` is unused: every path the
    commands get is absolute.
    """
    err_path = out.with_suffix(out.suffix + ".err")
    actions = [
        (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
        (os.POSIX_SPAWN_OPEN, 1, str(out), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644),
        (os.POSIX_SPAWN_OPEN, 2, str(err_path), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644),
    ]
    t0 = time.perf_counter()
    pid = os.posix_spawn(argv[0], argv, env, file_actions=actions)
    global LAST_TREE_MB
    LAST_TREE_MB = 0.0
    if sample:
        # The memory of the child and its own workers, every 50 ms (in a run of its own:
        # reading a process's memory map slows it down, so no timed run is sampled).
        while True:
            done, status, usage = os.wait4(pid, os.WNOHANG)
            if done:
                break
            LAST_TREE_MB = max(LAST_TREE_MB, tree_pss_mb(pid))
            time.sleep(0.05)
    else:
        _, status, usage = os.wait4(pid, 0)
    seconds = time.perf_counter() - t0
    code = os.waitstatus_to_exitcode(status)
    global LAST_CPU_S
    LAST_CPU_S = usage.ru_utime + usage.ru_stime
    # ru_maxrss is in KiB on Linux, in bytes on macOS.
    peak = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
    if code not in (0, 1):
        err = err_path.read_text(encoding="utf-8", errors="replace")
        raise RuntimeError(f"{argv[0]} exited {code}: {err[-2000:]}")
    return seconds, peak, code


LAST_CPU_S = 0.0
LAST_TREE_MB = 0.0  # the peak of the summed PSS of the last child and its children


def tree_pss_mb(pid: int) -> float:
    """The proportional set size of a process and its descendants together, in MB.

    `ru_maxrss` is one process's peak; when `afterword review --batch` shares the work with
    a worker process, their memory together is the figure, and PSS counts a page the two
    share once between them (half to each) where adding their RSS would count it twice.
    Linux only (0 elsewhere).
    """
    total = 0
    todo = [pid]
    while todo:
        p = todo.pop()
        try:
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return total / 1024


def one_note(notes: list[dict[str, Any]], tmp: Path, repeat: int = 7) -> dict[str, Any]:
    """`afterword review FILE` and `proselint check FILE` on the same one note, as a user
    runs them: best wall and CPU time over `repeat` runs each, the two alternating."""
    note = next(n for n in notes if BAND[0] <= word_count(n["body"]) <= BAND[1])
    path = tmp / "note.txt"
    path.write_text(note["body"], encoding="utf-8")
    commands = {
        "Afterword": ([*_script("afterword"), "review", str(path)], afterword_env(tmp)),
        "proselint": ([*_script("proselint"), "check", str(path)], child_env(tmp)),
    }
    best: dict[str, dict[str, float]] = {}
    for argv, env in commands.values():  # a first run of each writes its bytecode
        run_child(argv, env, tmp, tmp / "note.out")
    for _ in range(repeat):
        for name, (argv, env) in commands.items():
            seconds, peak, _ = run_child(argv, env, tmp, tmp / "note.out")
            got = best.setdefault(name, {"wall_s": seconds, "cpu_s": LAST_CPU_S, "peak_mb": peak})
            got["wall_s"] = min(got["wall_s"], seconds)
            got["cpu_s"] = min(got["cpu_s"], LAST_CPU_S)
            got["peak_mb"] = max(got["peak_mb"], peak)
    return {"words": word_count(note["body"]), "runs": repeat, **best}


def child_env(tmp: Path, **extra: str) -> dict[str, str]:
    """The environment of a CLI under test: Python may keep the bytecode it compiles.

    An installed program runs from compiled bytecode (pip writes it on install), but an
    editable install in a sandbox that sets PYTHONDONTWRITEBYTECODE compiles every one of
    its modules from source at each start. Both CLIs keep theirs in the same folder under
    `tmp` and get a first run before any timed one, so each starts as an installed copy.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
    env.update(extra)
    return env


def _script(name: str) -> list[str]:
    exe = Path(sys.executable).parent / name
    return [str(exe)] if exe.exists() else [sys.executable, "-m", name]


def afterword_env(tmp: Path) -> dict[str, str]:
    """Settings, database and spelling cache in `tmp`: nothing of the user's is read."""
    return child_env(
        tmp,
        AFTERWORD_CONFIG=str(tmp / "config.toml"),
        AFTERWORD_DB=f"sqlite:///{tmp / 'afterword.db'}",
        AFTERWORD_CACHE_DIR=str(tmp / "cache"),
    )


def afterword_cold_start(note: dict[str, Any], tmp: Path) -> float:
    """`afterword review --batch` on one note with an empty cache; it builds the cache.

    Run first, so that every later load (this process's included) finds a warm cache
    of its own that no other Afterword on the machine can replace mid-run.
    """
    one = tmp / "one.jsonl"
    one.write_text(json.dumps(note, ensure_ascii=False) + "\n", encoding="utf-8")
    argv = [*_script("afterword"), "review", "--batch", str(one)]
    seconds, _, _ = run_child(argv, afterword_env(tmp), tmp, tmp / "one.out")
    return seconds


def bench_afterword_cli(notes: list[dict[str, Any]], tmp: Path, cold_s: float) -> Row:
    env = afterword_env(tmp)
    argv = _script("afterword")
    one = tmp / "one.jsonl"
    # The start-up a user sees once the spelling cache exists.
    warm_s, warm_mb, _ = run_child(
        [*argv, "review", "--batch", str(one)], env, tmp, tmp / "one.out"
    )
    batch = tmp / "notes.jsonl"
    with batch.open("w", encoding="utf-8") as fh:
        for note in notes:
            fh.write(json.dumps(note, ensure_ascii=False) + "\n")
    out = tmp / "notes.out"
    seconds, peak, _ = run_child([*argv, "review", "--batch", str(batch)], env, tmp, out)
    cpu_s = LAST_CPU_S  # of the process and its worker, start-up included
    run_child([*argv, "review", "--batch", str(batch)], env, tmp, out, sample=True)  # memory
    tree_mb = LAST_TREE_MB
    lines = out.read_text(encoding="utf-8").splitlines()
    errors = sum(1 for line in lines if "error" in json.loads(line))
    if len(lines) != len(notes):
        raise RuntimeError(f"afterword wrote {len(lines)} reports for {len(notes)} notes")
    return Row(
        "Afterword", "CLI --batch", len(notes), seconds, peak_mb=peak,
        extra={
            "startup_cold_cache_s": cold_s,
            "startup_one_note_s": warm_s,
            "startup_one_note_peak_mb": warm_mb,
            "error_lines": errors,
            "processes_pss_peak_mb": tree_mb,
            "cpu_s": cpu_s,
        },
    )


def bench_proselint_cli(notes: list[dict[str, Any]], tmp: Path) -> Row:
    folder = tmp / "proselint-notes"
    folder.mkdir(exist_ok=True)
    for i, note in enumerate(notes):
        (folder / f"note-{i:05d}.txt").write_text(note["body"], encoding="utf-8")
    argv = _script("proselint")
    one = tmp / "one.txt"
    one.write_text(notes[0]["body"], encoding="utf-8")
    env = child_env(tmp)
    run_child([*argv, "check", str(one)], env, tmp, tmp / "one.proselint.out")  # bytecode
    warm_s, warm_mb, _ = run_child([*argv, "check", str(one)], env, tmp, tmp / "one.proselint.out")
    seconds, peak, _ = run_child([*argv, "check", str(folder)], env, tmp, tmp / "proselint.out")
    cpu_s = LAST_CPU_S
    return Row(
        "proselint", "CLI check DIR", len(notes), seconds, peak_mb=peak,
        extra={"startup_one_note_s": warm_s, "startup_one_note_peak_mb": warm_mb, "cpu_s": cpu_s},
    )


def _best_run(a: Row, b: Row) -> Row:
    """The faster of two runs of one CLI, with the higher of their memory peaks."""
    best = min(a, b, key=lambda r: r.seconds)
    best.peak_mb = max(a.peak_mb or 0.0, b.peak_mb or 0.0)
    key = "processes_pss_peak_mb"
    if key in best.extra:
        best.extra[key] = max(a.extra[key], b.extra[key])
    return best


# -- report -------------------------------------------------------------------------------------


def _fmt(value: float | None, spec: str) -> str:
    return "-" if value is None else format(value, spec)


def table(rows: Sequence[Row]) -> Iterator[str]:
    head = ("engine", "mode", "notes", "notes/s", "mean ms", "median ms", "p95 ms",
            "~150w median ms", "peak MB")
    body = [
        (r.engine, r.mode, str(r.notes), f"{r.per_second:,.0f}", f"{r.mean_ms:.3f}",
         _fmt(r.median_ms(), ".3f"), _fmt(r.p95_ms(), ".3f"), _fmt(r.band_median_ms(), ".3f"),
         _fmt(r.peak_mb, ".1f"))
        for r in rows
    ]
    widths = [max(len(c) for c in col) for col in zip(head, *body, strict=True)]
    line = "  ".join(f"{{:{'<' if i < 2 else '>'}{w}}}" for i, w in enumerate(widths))
    yield line.format(*head)
    yield line.format(*("-" * w for w in widths))
    for cells in body:
        yield line.format(*cells)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--notes", type=int, default=3000, help="how many notes (default 3000)")
    parser.add_argument("--seed", type=int, default=7, help="seed for the name variations")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="the .jsonl corpus")
    parser.add_argument("--repeat", type=int, default=3,
                        help="in-process rounds; the best is kept (default 3)")
    parser.add_argument("--no-cli", action="store_true", help="skip both CLI runs")
    parser.add_argument("--cli-repeat", type=int, default=2,
                        help="batch runs of each CLI, alternating; the best is kept (default 2)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)

    notes = build_notes(load_templates(args.corpus), args.notes, args.seed)
    words = [word_count(n["body"]) for n in notes]
    band = sum(BAND[0] <= w <= BAND[1] for w in words)
    print(f"{len(notes)} notes from {args.corpus.name} (seed {args.seed}): "
          f"mean {statistics.mean(words):.1f} words, median {statistics.median(words):.0f}, "
          f"{band} of {BAND[0]}-{BAND[1]} words")
    print(f"Python {platform.python_version()} on {platform.machine()}, "
          f"{os.cpu_count()} CPUs, {platform.system()} {platform.release()}")
    print()

    with tempfile.TemporaryDirectory(prefix="afterword-bench-") as name:
        tmp = Path(name)
        cold_s = afterword_cold_start(notes[0], tmp)
        # The commands run first, while this process is small: on Linux a child's peak
        # memory counts the memory of the process that started it, up to its `exec`.
        single = None if args.no_cli else one_note(notes, tmp)
        cli_rows: list[Row] = []
        for _ in range(0 if args.no_cli else args.cli_repeat):
            # The two CLIs alternate, and each keeps its fastest run: on a shared machine
            # a run that other work slowed down says nothing of the program.
            runs = [bench_afterword_cli(notes, tmp, cold_s), bench_proselint_cli(notes, tmp)]
            if cli_rows:
                runs = [_best_run(a, b) for a, b in zip(cli_rows, runs, strict=True)]
            cli_rows = runs
        own_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        for key in ("AFTERWORD_CONFIG", "AFTERWORD_DB", "AFTERWORD_CACHE_DIR"):
            os.environ[key] = afterword_env(tmp)[key]  # the in-process engine: the same cache
        engines = [load_afterword(notes), load_proselint(notes)]
        rows = bench_inprocess(engines, notes, args.repeat)
        if cli_rows:
            rows.insert(1, cli_rows[0])
            rows.append(cli_rows[1])

    for line in table(rows):
        print(line)
    print()
    if single is not None:
        print(f"one note ({single['words']} words) from the command line, best of {single['runs']}:")
        for name in ("Afterword", "proselint"):
            got = single[name]
            print(f"  {name:9s} wall {got['wall_s']:.3f} s, CPU {got['cpu_s']:.3f} s, "
                  f"peak {got['peak_mb']:.1f} MB")
        print()
    if not args.no_cli:
        print(f"(the benchmark itself held {own_mb:.1f} MB when it ran the commands: a peak "
              "at or below that may be its own)")
    aw = {r.mode.split()[0]: r for r in rows if r.engine == "Afterword"}
    pl = {r.mode.split()[0]: r for r in rows if r.engine == "proselint"}
    for mode in aw:
        if mode in pl:
            print(f"throughput Afterword/proselint ({mode}): "
                  f"{aw[mode].per_second / pl[mode].per_second:.1f}x")
    if "CLI" in aw:
        print("throughput Afterword CLI --batch / proselint in-process: "
              f"{aw['CLI'].per_second / pl['in-process'].per_second:.1f}x")
    for r in rows:
        extras = ", ".join(
            f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in r.extra.items()
        )
        print(f"{r.engine} {r.mode}: {extras}")

    inproc, cli = aw["in-process"], aw.get("CLI")
    ratio = inproc.per_second / pl["in-process"].per_second
    band_ms = inproc.band_median_ms()
    print()
    print("aims:")
    print(f"  >= 10x proselint's throughput in-process: {ratio:.1f}x "
          f"-> {'met' if ratio >= 10 else 'NOT met'}")
    if cli is not None:
        # The aim: `afterword review --batch` against proselint's in-process figure.
        cli_ratio = cli.per_second / pl["in-process"].per_second
        print(f"  >= 10x proselint's in-process throughput, --batch: {cli_ratio:.1f}x "
              f"-> {'met' if cli_ratio >= 10 else 'NOT met'}")
    if band_ms is not None:
        print(f"  < 5 ms per ~150-word note in-process:     median {band_ms:.3f} ms "
              f"(p95 {percentile(inproc.band_ms, 95):.3f} ms, {len(inproc.band_ms)} notes) "
              f"-> {'met' if band_ms < 5 else 'NOT met'}")
    if cli is not None and cli.peak_mb is not None:
        # With a worker process, their summed PSS (sampled) is the batch's memory.
        batch_mb = max(cli.peak_mb, cli.extra.get("processes_pss_peak_mb") or 0.0)
        print(f"  < 100 MB peak memory, CLI batch:          {batch_mb:.1f} MB "
              f"-> {'met' if batch_mb < 100 else 'NOT met'}")
    if single is not None:
        aw, pl = single["Afterword"], single["proselint"]
        print(f"  one note from the CLI no slower than proselint's: wall {aw['wall_s']:.3f} s "
              f"vs {pl['wall_s']:.3f} s, CPU {aw['cpu_s']:.3f} s vs {pl['cpu_s']:.3f} s "
              f"-> {'met' if aw['cpu_s'] <= pl['cpu_s'] else 'NOT met'} (by CPU time)")

    if args.json:
        args.json.write_text(json.dumps({
            "notes": len(notes), "seed": args.seed, "mean_words": statistics.mean(words),
            "band": BAND, "band_notes": band, "python": platform.python_version(),
            "cpus": os.cpu_count(), "rows": [r.summary() for r in rows], "one_note": single,
        }, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
