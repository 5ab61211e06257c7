"""Benchmark the dispatcher: messages per second to a loopback SMTP server, 1 and 4 at once.

What it measures, on one SQLite file in a temporary directory:

* The store: the Acme example interview stored and drafted through the CLI, then its
  thank-you to Priya copied (ORM, one transaction) to `--messages` queued, due messages,
  each with its own Message-ID. Every `--per-interview` messages get an application,
  interview and interviewers of their own (copies of the example's), because a note's
  review reads every message of its interview and every other application: thousands of
  notes in one interview would measure that quadratic corner, not the dispatcher.
* The server: aiosmtpd on 127.0.0.1 in this process, accepting everything at once,
  without TLS or login (`smtp.security none`, allowed on loopback): one TLS handshake per
  dispatcher would not change the figures, and the server should cost as little as it can.
* The dispatchers: `service.dispatch(store, config, now)`, as `afterword dispatch` runs it,
  each in a process of its own (spawned) with its own `Store`. Each process imports
  Afterword, opens the store and reviews one note first (loading the rules and the spelling
  dictionary), then waits; the clock starts when all are released together and stops when
  the last one returns, so start-up is left out.
* Two modes, each from a freshly re-queued outbox: `reviewed` (every note reviewed again
  just before it goes, the normal path) and `override-review` (queued with
  --override-review, so the review is skipped: the claim, the transactions and SMTP alone).

Besides the rate (wall clock), it prints the dispatchers' own CPU time per message, which
other work on the machine disturbs less; the server's share is not in it.

After each run it checks that every message is `sent` and that the server received every
Message-ID exactly once, and says so. Speed is never asserted in tests; this script only
reports. Run it as:

    .venv/bin/python bench/dispatch.py [--messages 2000] [--dispatchers 1,4]
                                       [--per-interview 10] [--mode both]

Two to four minutes on two cores with the defaults, depending on other load.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import platform
import queue
import shutil
import socket
import tempfile
import threading
import time
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "acme-data-engineer.toml"
NOW = "2026-03-03T09:30:00-05:00"  # the morning after the example interview
SENDER = "jordan.lee@example.com"


class Counting:
    """The aiosmtpd handler: counts each Message-ID it accepts."""

    def __init__(self) -> None:
        self.ids: Counter[str] = Counter()
        self.lock = threading.Lock()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        head = bytes(envelope.original_content).split(b"\r\n\r\n", 1)[0]
        for line in head.split(b"\r\n"):
            if line.lower().startswith(b"message-id:"):
                with self.lock:
                    self.ids[line.split(b":", 1)[1].strip().decode()] += 1
        return "250 2.0.0 OK"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _cli(*args: str) -> None:
    from typer.testing import CliRunner

    from afterword.cli import app

    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    if result.exit_code != 0:
        raise SystemExit(f"afterword {' '.join(args)} failed:\n{result.output}")


def build_store(url: str, messages: int, per_interview: int) -> None:
    """The example drafted, then `messages` copies of message 1 queued and due."""
    from afterword.model.record import Application, Interview, Interviewer, Message
    from afterword.store.db import Store

    _cli("profile", "set", "name", "Jordan Lée")
    _cli("profile", "set", "email", SENDER)
    _cli("add", str(EXAMPLE))
    _cli("draft", "1")

    def fields(row: Any, *skip: str) -> dict[str, Any]:
        return {c.key: getattr(row, c.key) for c in type(row).__table__.columns
                if c.key not in ("id", *skip)}

    due = datetime.fromisoformat(NOW)
    store = Store(url)
    with store.transaction() as session:
        template = session.get(Message, 1)
        assert template is not None and template.interviewer is not None
        interview = template.interview
        note = fields(template, "interview_id", "interviewer_id", "state", "scheduled_at",
                      "message_id")
        made = 0
        while made < messages:
            app = Application(**fields(interview.application))
            copy = Interview(**fields(interview, "application_id"), application=app)
            people = [Interviewer(**fields(p, "interview_id"), interview=copy)
                      for p in interview.interviewers]
            to = people[interview.interviewers.index(template.interviewer)]
            batch = min(per_interview, messages - made)
            session.add_all([app, copy, *people])
            session.add_all(
                Message(**note, interview=copy, interviewer=to, state="queued",
                        scheduled_at=due, message_id=f"<bench-{made + i}@example.com>")
                for i in range(batch))
            made += batch
    store.dispose()


def requeue(url: str, *, review: bool) -> list[str]:
    """Every copy back to queued and due (the same state each run starts from)."""
    from sqlalchemy import update

    from afterword.model.record import Message
    from afterword.store.db import Store

    store = Store(url)
    with store.transaction() as session:
        session.execute(update(Message).where(Message.id > 2).values(
            state="queued", scheduled_at=datetime.fromisoformat(NOW), attempts=0,
            sent_at=None, claimed_at=None, data_started_at=None, last_reply=None,
            override_review=not review))
        ids = [m for (m,) in session.execute(
            Message.__table__.select().with_only_columns(Message.message_id)
            .where(Message.id > 2))]
    store.dispose()
    return ids


def worker(url: str, config_path: str, ready: Any, go: Any, results: Any) -> None:
    """One dispatcher: get ready (imports, store, a first review), wait, dispatch."""
    from afterword.config import Config
    from afterword.deliver import service
    from afterword.model.record import Message
    from afterword.store.db import Store

    now = datetime.fromisoformat(NOW)
    store, config = Store(url), Config(Path(config_path))
    with store.transaction() as session:
        message = session.get(Message, 1)
        assert message is not None
        service.blocking(session, message, config, now)  # loads the rules and dictionary
    ready.release()
    go.wait()
    cpu = time.process_time()
    report = service.dispatch(store, config, now)
    results.put((time.monotonic(), time.process_time() - cpu, len(report.sent),
                 len(report.failed) + len(report.retry) + len(report.unknown)
                 + len(report.held) + bool(report.error)))
    store.dispose()


def run(url: str, config_path: str, dispatchers: int, counting: Counting,
        expected: list[str]) -> tuple[float, float]:
    """Messages per second for `dispatchers` processes over the queued outbox, and the
    dispatchers' CPU time per message in milliseconds (less sensitive to other load)."""
    context = multiprocessing.get_context("spawn")
    ready, go, results = context.Semaphore(0), context.Event(), context.Queue()
    procs = [context.Process(target=worker, args=(url, config_path, ready, go, results))
             for _ in range(dispatchers)]
    for proc in procs:
        proc.start()

    def alive() -> None:  # a dispatcher that died (its traceback is above) never reports
        if any(p.exitcode not in (None, 0) for p in procs):
            raise SystemExit("a dispatcher process failed")

    waiting = len(procs)
    while waiting:
        if ready.acquire(timeout=0.5):
            waiting -= 1
        else:
            alive()
    counting.ids.clear()
    start = time.monotonic()
    go.set()
    outcomes: list[tuple[float, float, int, int]] = []
    while len(outcomes) < len(procs):
        try:
            outcomes.append(results.get(timeout=0.5))
        except queue.Empty:
            alive()
    for proc in procs:
        proc.join()
    elapsed = max(end for end, _, _, _ in outcomes) - start
    cpu = sum(c for _, c, _, _ in outcomes)
    sent = sum(n for _, _, n, _ in outcomes)
    trouble = sum(t for _, _, _, t in outcomes)
    once = set(counting.ids) == set(expected) and max(counting.ids.values()) == 1
    if sent != len(expected) or trouble or not once:
        raise SystemExit(f"not exactly once: {sent} sent of {len(expected)}, {trouble} other "
                         f"outcomes, {sum(counting.ids.values())} received")
    return len(expected) / elapsed, 1000 * cpu / len(expected)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--dispatchers", default="1,4",
                        help="comma-separated counts of dispatchers to run at once")
    parser.add_argument("--per-interview", type=int, default=10)
    parser.add_argument("--mode", choices=("both", "reviewed", "override-review"),
                        default="both")
    args = parser.parse_args(argv)
    counts = [int(n) for n in args.dispatchers.split(",")]
    modes = ["reviewed", "override-review"] if args.mode == "both" else [args.mode]

    from aiosmtpd.controller import Controller

    folder = tempfile.mkdtemp(prefix="afterword-bench-")
    url = f"sqlite:///{folder}/afterword.db"
    config_path = f"{folder}/config.toml"
    os.environ.update(AFTERWORD_CONFIG=config_path, AFTERWORD_DB=url, AFTERWORD_NOW=NOW,
                      XDG_DATA_HOME=f"{folder}/data", XDG_CACHE_HOME=f"{folder}/cache",
                      XDG_CONFIG_HOME=f"{folder}/config")
    os.environ.pop("AFTERWORD_SMTP_PASSWORD", None)
    counting = Counting()
    port = free_port()
    controller = Controller(counting, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        for key, value in (("smtp.host", "127.0.0.1"), ("smtp.port", str(port)),
                           ("smtp.security", "none"), ("smtp.bcc_self", "false")):
            _cli("config", "set", key, value)
        began = time.monotonic()
        build_store(url, args.messages, args.per_interview)
        print(f"Afterword dispatch benchmark: {args.messages} messages, SQLite "
              f"file, aiosmtpd on 127.0.0.1:{port}; Python "
              f"{platform.python_version()}, {os.cpu_count()} CPUs; store built in "
              f"{time.monotonic() - began:.1f} s")
        print(f"{'mode':<16} {'dispatchers':>11} {'messages/s':>11} {'seconds':>8} "
              f"{'CPU ms/message':>15}")
        for mode in modes:
            for dispatchers in counts:
                expected = requeue(url, review=mode == "reviewed")
                rate, cpu = run(url, config_path, dispatchers, counting, expected)
                print(f"{mode:<16} {dispatchers:>11} {rate:>11.1f} "
                      f"{len(expected) / rate:>8.1f} {cpu:>15.1f}", flush=True)
        print("Every run: each message sent, each Message-ID received exactly once.")
    finally:
        controller.stop()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
