"""The README's tour, run as written: every command in order on a fresh database, each must
succeed and print the lines the README shows. If the README and Afterword drift apart,
this fails.

Commands come from the tour's code blocks: a block with `$ afterword ...` lines shows a
command and, below it, its output (lines of "..." stand for output left out); a plain
`sh` block is commands only, or `export` lines that set the tour's folder and clock. The clock is the demo's (`AFTERWORD_NOW`), the terminal 80
columns wide, the mail server a real one on loopback (the tour leaves setting up your
mail account to docs/sending.md). Two commands cannot finish on their own and are run
as a person would: `edit` with an editor that saves nothing, and `dispatch --watch`,
stopped with Ctrl-C once it is running.
"""

from __future__ import annotations

import os
import re
import shlex
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

from tests.conftest import EXAMPLES, REPO

AFTERWORD = str(Path(sys.executable).with_name("afterword"))
# The demo's clock: the morning after the Acme interview (scripts/demo.sh).
DEMO_NOW = "2026-03-03T08:30:00-05:00"
# Commands that run until stopped: started, given time to begin, then stopped with Ctrl-C.
RUN_UNTIL_STOPPED = {("dispatch", "--watch")}
# How long such a command is left running before Ctrl-C: not a measure of speed.
RUNNING_FOR = 3.0
# `review` exits 1 when it finds an error, as the tour shows it doing (ExitCode.FINDINGS).
FINDINGS_EXIT = {"review": 1}


@dataclass
class Step:
    line: str  # as the README writes it
    argv: list[str]
    shown: list[str] = field(default_factory=list)  # the output lines the README shows


def tour_steps(readme: str) -> list[Step]:
    """The tour's commands in order, each with the output lines the README shows for it."""
    tour = readme.split("## A tour", 1)[1].split("\n## ", 1)[0]
    steps: list[Step] = []
    for lang, body in re.findall(r"```(\w*)\n(.*?)```", tour, flags=re.DOTALL):
        lines = body.splitlines()
        if any(line.startswith("$ ") for line in lines):
            for line in lines:
                if line.startswith("$ "):
                    steps.append(_step(line[2:]))
                elif steps and not _elided(line):
                    steps[-1].shown.append(line.rstrip())
        elif lang == "sh":
            steps += [_step(line) for line in lines if line.strip()]
    return steps


def _step(line: str) -> Step:
    argv = shlex.split(line, comments=True)
    # `export NAME=value ...`: the tour's own folder and clock, set for what follows.
    assert argv and argv[0] in ("afterword", "export"), f"not an afterword command: {line}"
    assert argv[0] != "export" or all("=" in a for a in argv[1:]), line
    return Step(line.strip(), argv)


def _elided(line: str) -> bool:
    """A line standing for output left out: "...", also inside a panel's borders."""
    return line.strip(" │").strip() in ("...", "…")


@pytest.fixture
def mail_server() -> Iterator[int]:
    class Accept:
        async def handle_DATA(self, server, session, envelope):  # noqa: ANN001, ANN201
            return "250 OK"

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(Accept(), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield port
    finally:
        controller.stop()


def test_the_readme_tour_runs_as_written(tmp_path: Path, mail_server: int) -> None:
    steps = tour_steps((REPO / "README.md").read_text(encoding="utf-8"))
    assert len(steps) > 15, "the tour's commands were not found"
    home = tmp_path / "home"
    home.mkdir()
    (tmp_path / "examples").symlink_to(EXAMPLES)
    env = {**os.environ, "HOME": str(home), "AFTERWORD_NOW": DEMO_NOW, "COLUMNS": "80",
           "AFTERWORD_CONFIG": str(tmp_path / "config.toml"),
           "AFTERWORD_DB": str(tmp_path / "afterword.db"), "EDITOR": "true", "VISUAL": "true"}
    mail_ready = False
    for step in steps:
        if step.argv[0] == "export":
            # The README's folder for the tour, made this test's own.
            for name, value in (a.split("=", 1) for a in step.argv[1:]):
                env[name] = value.replace("/tmp/tour", str(tmp_path / "tour"))
            continue
        if step.argv[1] in ("send", "dispatch") and not mail_ready:
            for key, value in (("smtp.host", "127.0.0.1"), ("smtp.port", str(mail_server)),
                               ("smtp.security", "none")):
                _run([AFTERWORD, "config", "set", key, value], tmp_path, env)
            mail_ready = True
        argv = [AFTERWORD] + [os.path.expanduser(a) if a.startswith("~/") else a
                              for a in step.argv[1:]]
        env_home = {**env, "HOME": str(home)}
        if tuple(step.argv[1:]) in RUN_UNTIL_STOPPED:
            output = _run_until_stopped(argv, tmp_path, env_home, step)
        else:
            output = _run(argv, tmp_path, env_home, step)
        _assert_shown(step, output)


def _run(argv: list[str], cwd: Path, env: dict[str, str], step: Step | None = None) -> str:
    argv = [os.path.join(env["HOME"], a[2:]) if a.startswith("~/") else a for a in argv]
    done = subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=120,
                          stdin=subprocess.DEVNULL)
    said = done.stdout + done.stderr
    allowed = {0, FINDINGS_EXIT.get(argv[1], 0)}
    assert done.returncode in allowed and "Traceback" not in said, (
        f"README tour: `{step.line if step else ' '.join(argv)}` failed "
        f"(exit {done.returncode}):\n{said}")
    return said


def _run_until_stopped(argv: list[str], cwd: Path, env: dict[str, str], step: Step) -> str:
    process = subprocess.Popen(argv, cwd=cwd, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True, stdin=subprocess.DEVNULL)
    time.sleep(RUNNING_FOR)
    still_running = process.poll() is None
    process.send_signal(signal.SIGINT)
    said, _ = process.communicate(timeout=60)
    assert still_running, f"README tour: `{step.line}` stopped by itself:\n{said}"
    # Stopping a watch is what a person does: a clean exit (0), or 130 as for any Ctrl-C.
    assert process.returncode in (0, 130) and "Traceback" not in said, (
        f"README tour: `{step.line}` did not stop cleanly on Ctrl-C:\n{said}")
    return said


def _assert_shown(step: Step, output: str) -> None:
    """Each line the README shows appears in the output, in the README's order."""
    actual = [line.rstrip() for line in output.splitlines()]
    at = 0
    for line in step.shown:
        if not line.strip():
            continue
        if line not in actual[at:]:
            pytest.fail(f"README tour: `{step.line}` does not print, as the README shows:\n"
                        f"{line}\nIt printed:\n{output}")
        at = actual.index(line, at) + 1


def test_the_tour_reader_finds_commands_and_their_output() -> None:
    readme = """# X

## A tour

```sh
afterword profile set name "Jordan Lee"   # once
```

```text
Error: not a command block
```

```sh
$ afterword add examples/a.toml
✓ Stored
...
│ ...   │
$ afterword list
```

## Next
```sh
afterword never
```
"""
    steps = tour_steps(readme)
    assert [s.argv for s in steps] == [["afterword", "profile", "set", "name", "Jordan Lee"],
                                       ["afterword", "add", "examples/a.toml"],
                                       ["afterword", "list"]]
    assert steps[1].shown == ["✓ Stored"]
