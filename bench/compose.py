"""Benchmark drafting: `afterword draft ID` for a panel of four, and the CLI's start-up.

What it measures, each as the best of `--repeat` runs of a fresh process (so the figure is
what a user waits for, imports and the spelling cache included), from compiled bytecode as
an installed copy runs (a first run writes it, as `pip install` does):

* `afterword --help` (nothing heavy may be imported at start-up; the aim is 0.3 s);
* `afterword draft ID` on a stored jotted record with four interviewers (the aim is 1 s),
  reviewed and stored, as a user runs it; with its CPU time (user and system), which a
  loaded machine stretches far less than the wall time;
* the cost of the composer's NLP library alone: `import lemminflect` and its first
  inflection (its tables load on first use), in a fresh interpreter;
* peers in the same run, so a loaded machine shows in every figure alike: a bare
  interpreter (`python -c pass`), and the `--help` of another Typer command-line tool
  installed beside Afterword (`typer`, Typer's own CLI).

Speed is never asserted in tests; this script only reports. Run it as:

    .venv/bin/python bench/compose.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
AFTERWORD = [sys.executable, "-m", "afterword"]
# A panel of four, jotted: the shape of record that costs the composer most.
PANEL = ROOT / "tests" / "compose" / "records" / "icu-nurse.toml"


def _panel_of_four(folder: Path) -> Path:
    """The ICU record with two more interviewers (four in all)."""
    text = PANEL.read_text(encoding="utf-8")
    text += (
        '\n[[interviewers]]\nname = "Lena Park"\nemail = "lena.park@stbrigid.example"\n'
        'topics = ["CRRT", "her plan for a night-shift huddle"]\n'
        'rapport = "both did travel nursing in 2024"\n'
        '\n[[interviewers]]\nname = "Sam Ortiz"\nchannel = "linkedin-invite"\n'
        'linkedin = "https://www.linkedin.com/in/sam-ortiz-example"\n'
        'topics = ["float pool + self scheduling"]\n'
    )
    path = folder / "panel.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _best(command: list[str], env: dict[str, str], repeat: int) -> float:
    return _best_and_cpu(command, env, repeat)[0]


def _best_and_cpu(command: list[str], env: dict[str, str], repeat: int) -> tuple[float, float]:
    """The best wall time and the best CPU time (user + system) of the child: a loaded
    machine stretches the first far more than the second."""
    import resource

    times, cpu = [], []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return min(times), min(cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        # From compiled bytecode, as an installed copy runs (pip writes it on install): a
        # sandbox that sets PYTHONDONTWRITEBYTECODE would otherwise compile every module of
        # the editable install from source at each start (as bench/review.py does too).
        base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env = {**base, "PYTHONPYCACHEPREFIX": str(folder / "pycache"),
               "AFTERWORD_CONFIG": str(folder / "config.toml"),
               "AFTERWORD_DB": str(folder / "afterword.db"),
               "XDG_CACHE_HOME": str(folder / "cache")}
        subprocess.run([*AFTERWORD, "profile", "set", "name", "Jordan Lee"], env=env,
                       check=True, capture_output=True)
        subprocess.run([*AFTERWORD, "add", str(_panel_of_four(folder))], env=env, check=True,
                       capture_output=True)
        subprocess.run([*AFTERWORD, "draft", "1"], env=env, check=True, capture_output=True)
        help_time = _best([*AFTERWORD, "--help"], env, args.repeat)
        draft_time, draft_cpu = _best_and_cpu([*AFTERWORD, "draft", "1"], env, args.repeat)
        library = _best([sys.executable, "-c", "from lemminflect import getInflection; "
                         "getInflection('handle', tag='VBG')"], env, args.repeat)
        bare = _best([sys.executable, "-c", "pass"], env, args.repeat)
        peers = {name: _best([str(Path(sys.executable).with_name(name)), "--help"], env,
                             args.repeat)
                 for name in ("typer",) if Path(sys.executable).with_name(name).exists()}
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"load average {load:.1f} on {os.cpu_count()} cores; best of {args.repeat} fresh processes")
    print(f"afterword --help              {help_time:6.3f} s   (aim 0.3 s)")
    print(f"afterword draft ID (4 people) {draft_time:6.3f} s   (aim 1 s; "
          f"{draft_cpu:.3f} s of CPU)")
    print(f"lemminflect import + first use {library - bare:5.3f} s   (over a bare interpreter)")
    print(f"peer: python -c pass          {bare:6.3f} s")
    for name, seconds in peers.items():
        print(f"peer: {name} --help{' ' * (17 - len(name))}{seconds:6.3f} s   (a Typer CLI)")


if __name__ == "__main__":
    main()
