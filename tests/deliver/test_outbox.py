"""Exactly once under stress: a dispatcher killed with SIGKILL mid-batch and restarted, and
several dispatchers at once on PostgreSQL and SQLite over the same outbox."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from afterword.config import Config
from afterword.store.db import Store
from tests.conftest import REPO
from tests.deliver.conftest import NOW, Mailbox, queue_clones, sql
from tests.postgres import create_database


def _wait_for(condition: Any, what: str, process: subprocess.Popen[bytes], log: Path,
              timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if process.poll() is not None:
            raise AssertionError(f"the dispatcher exited ({process.returncode}) before "
                                 f"{what}:\n{log.read_text()}")
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}:\n{log.read_text()}")
        time.sleep(0.01)


def _dispatcher(log: Path, **env: str) -> subprocess.Popen[bytes]:
    """`afterword dispatch` in a process of its own, with this test's settings and clock."""
    return subprocess.Popen([sys.executable, "-m", "afterword", "dispatch"],
                            env={**os.environ, **env}, cwd=REPO,
                            stdout=log.open("wb"), stderr=subprocess.STDOUT)


def _states() -> Counter[str]:
    return Counter(state for (state,) in sql("SELECT state FROM messages WHERE id > 2"))


def test_a_dispatcher_killed_mid_batch_loses_nothing_and_sends_nothing_twice(
        acme, smtp, tmp_path: Path) -> None:
    ids = queue_clones(40)
    stored = {mid for (mid,) in sql("SELECT message_id FROM messages WHERE id > 2")}
    assert len(stored) == 40
    mailbox: Mailbox = smtp.mailbox
    mailbox.delay = 0.05  # a slow server: each reply comes 50 ms after the final "."
    log = tmp_path / "first.log"
    first = _dispatcher(log)
    try:
        _wait_for(lambda: len(mailbox.accepted) >= 5, "the first five messages", first, log)
        # Kill it while the server holds a message it has accepted but not yet answered:
        # the dispatcher has sent the final "." and waits for the reply.
        mailbox.hold_at = mailbox.data_commands + 1
        _wait_for(mailbox.holding.is_set, "the next message's data", first, log)
        first.send_signal(signal.SIGKILL)
        assert first.wait(10) == -signal.SIGKILL
    finally:
        mailbox.release.set()
        if first.poll() is None:
            first.kill()
            first.wait()
    killed_at = len(mailbox.accepted)
    in_flight = mailbox.accepted[-1].message_id
    # A dispatcher claims each message just before sending it: only the one in flight.
    assert _states() == {"sent": killed_at - 1, "sending": 1, "queued": 40 - killed_at}

    # Restarted at once, it sends the rest and leaves the claim alone: its lease holds.
    second = _dispatcher(tmp_path / "second.log")
    assert second.wait(60) == 0, (tmp_path / "second.log").read_text()
    assert f"Dispatch: {40 - killed_at} sent" in (tmp_path / "second.log").read_text()
    assert _states() == {"sent": 39, "sending": 1}
    assert len(mailbox.accepted) == 40

    # Past the lease: the message the server was answering may have gone, so it becomes
    # `unknown` for the user to confirm; it is not sent again.
    later = (datetime.fromisoformat(NOW) + timedelta(minutes=11)).isoformat()
    third = _dispatcher(tmp_path / "third.log", AFTERWORD_NOW=later)
    # An unknown outcome needs the user: the run says so and exits 1 (cron mails it).
    assert third.wait(60) == 1, (tmp_path / "third.log").read_text()
    assert "please confirm" in (tmp_path / "third.log").read_text()
    said = (tmp_path / "third.log").read_text()
    assert "1 may or may not have gone out when a run was interrupted" in said

    received = mailbox.message_ids()
    assert set(received) == stored  # every message reached the server...
    assert max(received.values()) == 1  # ...exactly once
    rows = dict(sql("SELECT message_id, state FROM messages WHERE id > 2"))
    assert rows.pop(in_flight) == "unknown"
    assert set(rows.values()) == {"sent"}
    assert sorted(i for (i,) in sql("SELECT id FROM messages WHERE id > 2")) == ids


@pytest.fixture(params=[("sqlite", 2), ("postgresql", 4)], ids=["sqlite-2", "postgresql-4"])
def backend(request: pytest.FixtureRequest, tmp_path: Path,
            monkeypatch: pytest.MonkeyPatch) -> tuple[str, int]:
    """The store the CLI uses (AFTERWORD_DB) on SQLite or PostgreSQL, and how many
    dispatchers run over it at once."""
    kind, dispatchers = request.param
    if kind == "postgresql":
        base = request.getfixturevalue("pg_base_url")
        url = create_database(base, f"deliver{os.getpid()}_{time.monotonic_ns()}")
    else:
        url = f"sqlite:///{tmp_path / 'outbox.db'}"
    monkeypatch.setenv("AFTERWORD_DB", url)
    return url, dispatchers


def test_concurrent_dispatchers_deliver_each_message_exactly_once(backend, acme,
                                                                  smtp) -> None:
    url, dispatchers = backend
    ids = queue_clones(200, review=False)
    stored = {mid for (mid,) in sql("SELECT message_id FROM messages WHERE id > 2")}
    smtp.mailbox.delay = 0.002
    from afterword.deliver import service

    now = datetime.fromisoformat(NOW)
    start = threading.Barrier(dispatchers)
    reports: list[Any] = [None] * dispatchers
    errors: list[BaseException] = []

    def run(slot: int) -> None:
        store = Store(url)  # each dispatcher with its own engine and connections
        try:
            store.engine  # noqa: B018 - open (and check the schema) before the race
            start.wait()
            reports[slot] = service.dispatch(
                store, Config(Path(os.environ["AFTERWORD_CONFIG"])), now)
        except BaseException as exc:  # reported below, with the thread's traceback
            errors.append(exc)
        finally:
            store.dispose()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(dispatchers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert not errors, errors
    sent = [i for report in reports for i in report.sent]
    assert sorted(sent) == ids  # every message, and none by two dispatchers
    assert all(not (r.failed or r.retry or r.unknown or r.held or r.error) for r in reports)
    received = smtp.mailbox.message_ids()
    assert set(received) == stored and max(received.values()) == 1
    assert sql("SELECT state, COUNT(*) FROM messages WHERE id > 2 GROUP BY state") == [
        ("sent", 200)]
    busy = sum(1 for r in reports if r.sent)
    assert busy >= 2, [len(r.sent) for r in reports]  # they really ran side by side


def test_a_batch_slower_than_the_lease_is_not_sent_twice(acme, smtp) -> None:
    # Dispatcher A is stuck on its third message (the server takes its data and does not
    # answer) for longer than the lease; dispatcher B, started after the lease, recovers
    # and sends the rest. When A's server finally answers, A must not go on to send
    # messages it no longer holds.
    from afterword.deliver import service

    ids = queue_clones(10, review=False)
    stored = {mid for (mid,) in sql("SELECT message_id FROM messages WHERE id > 2")}
    smtp.mailbox.hold_at = 3
    config = Config(Path(os.environ["AFTERWORD_CONFIG"]))
    start = datetime.fromisoformat(NOW)
    first, second = Store(os.environ["AFTERWORD_DB"]), Store(os.environ["AFTERWORD_DB"])
    reports: list[Any] = []
    stuck = threading.Thread(target=lambda: reports.append(
        service.dispatch(first, config, start)))
    stuck.start()
    try:
        assert smtp.mailbox.holding.wait(30), "the third message never reached the server"
        later = service.dispatch(second, config, start + timedelta(minutes=11))
    finally:
        smtp.mailbox.release.set()
        stuck.join(30)
        first.dispose()
        second.dispose()
    [earlier] = reports
    held = smtp.accepted[2].message_id
    received = smtp.mailbox.message_ids()
    assert set(received) == stored and max(received.values()) == 1
    assert later.recovered == {"requeued": 0, "unknown": 1}  # A's: it may have gone
    assert later.sent == ids[3:]
    # A's report counts the held one it saw accepted; the store keeps B's `unknown`.
    assert earlier.sent == ids[:3]
    rows = dict(sql("SELECT message_id, state FROM messages WHERE id > 2"))
    assert rows.pop(held) == "unknown"
    assert set(rows.values()) == {"sent"}


def test_a_claim_left_before_the_data_is_queued_again_after_the_lease(acme, smtp) -> None:
    # A dispatcher that died between claiming a message and sending its data: past the
    # lease, the message is queued again and sent (once); before it, it is left alone.
    from afterword.deliver import outbox, service

    [message] = queue_clones(1)
    start = datetime.fromisoformat(NOW)
    store = Store(os.environ["AFTERWORD_DB"])
    config = Config(Path(os.environ["AFTERWORD_CONFIG"]))
    try:
        assert outbox.claim(store, message, start)
        assert not outbox.claim(store, message, start)  # one claim only
        early = service.dispatch(store, config, start + timedelta(minutes=9))
        assert early.recovered == {"requeued": 0, "unknown": 0} and early.sent == []
        late = service.dispatch(store, config, start + timedelta(minutes=11))
    finally:
        store.dispose()
    assert late.recovered == {"requeued": 1, "unknown": 0} and late.sent == [message]
    assert len(smtp.accepted) == 1
    assert sql("SELECT state, attempts FROM messages WHERE id = :id", {"id": message}) == [
        ("sent", 2)]
