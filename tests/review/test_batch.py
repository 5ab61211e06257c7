"""A batch shared among processes gives, line for line, what reviewing each note alone gives."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
from pathlib import Path

import pytest

from afterword.review import batch, review
from afterword.review.contract import ContractError, parse_line, report_to_json

PUBLISHED = Path(__file__).parent / "data" / "published"

# Lines of kinds a batch meets, made up here: broken JSON, a field of the wrong shape, a
# missing body, a JSON value that is not an object.
MALFORMED = [
    '{"id": "half", "body": "Dear Sam,\\n\\nThank you',
    json.dumps({"id": "when", "body": "Hi Lou, thanks for the tour of the bakery.",
                "context": {"sent_at": "last Tuesday"}}),
    json.dumps({"id": "nobody", "kind": "follow-up", "subject": "Checking in"}),
    "[1, 2, 3]",
]


def _notes() -> list[str]:
    lines: list[str] = []
    for name in ("notes.jsonl", "aside2.jsonl", "aside3.jsonl", "aside4.jsonl"):
        text = (PUBLISHED / name).read_text(encoding="utf-8")
        lines += [line for line in text.splitlines() if line.strip()]
    return lines


def _alone(line: str) -> str:
    """The line's output when it is reviewed on its own, as `afterword review` would."""
    try:
        message = parse_line(line)
    except ContractError as exc:
        return json.dumps({"id": _id(line), "error": str(exc)}, ensure_ascii=False)
    return report_to_json(review(message))


def _id(line: str) -> str | None:
    try:
        value = json.loads(line)
    except json.JSONDecodeError:
        return None
    return value.get("id") if isinstance(value, dict) else None


@pytest.mark.skipif(not batch.can_fork(), reason="workers are forked only on Linux")
def test_a_shared_batch_equals_each_note_reviewed_alone(monkeypatch) -> None:
    # Small chunks and few opening notes, so that both processes review many chunks each
    # and the malformed lines fall after the fork, in chunks either process may take.
    monkeypatch.setattr(batch, "CHUNK", 5)
    monkeypatch.setattr(batch, "WARM_NOTES", 7)
    notes = _notes()
    assert len(notes) >= 300
    lines = notes[:40] + MALFORMED[:2] + notes[40:200] + MALFORMED[2:] + notes[200:] + [""]
    got = list(batch.review_lines(lines, None, jobs=2))
    assert multiprocessing.active_children() == []
    expected = [_alone(line) for line in lines if line.strip()]
    assert [out for out, _ in got] == expected
    oks = [ok for _, ok in got]
    assert oks.count(False) == len(MALFORMED)
    bad = [json.loads(out) for out, ok in got if not ok]
    assert [b["id"] for b in bad] == [None, "when", "nobody", None]
    assert "context.sent_at" in bad[1]["error"] and "body" in bad[2]["error"]


@pytest.mark.skipif(not batch.can_fork(), reason="workers are forked only on Linux")
def test_a_note_that_breaks_the_engine_stops_the_batch_with_its_error(monkeypatch) -> None:
    # Not a malformed line (that is reported and the batch goes on) but a bug: it must not
    # leave the batch waiting for a worker for ever, nor a worker behind.
    real = batch._review_line

    def breaks(line: str, options: object) -> tuple[str, bool]:
        if '"id": "boom"' in line:
            raise ZeroDivisionError("a bug in a rule")
        return real(line, options)  # type: ignore[arg-type]

    monkeypatch.setattr(batch, "_review_line", breaks)
    monkeypatch.setattr(batch, "CHUNK", 5)
    notes = _notes()[:230]
    lines = notes[:150] + [json.dumps({"id": "boom", "body": "Thanks!"})] + notes[150:]
    with pytest.raises((ZeroDivisionError, RuntimeError), match="a bug in a rule"):
        list(batch.review_lines(lines, None, jobs=2))
    assert multiprocessing.active_children() == []


def _dies_holding_the_lock(self: batch._Shared, conn: object) -> None:
    self.next.get_lock().acquire()
    os.kill(os.getpid(), signal.SIGKILL)


@pytest.mark.skipif(not batch.can_fork(), reason="workers are forked only on Linux")
def test_a_worker_killed_while_it_holds_the_counter_ends_the_batch_with_an_error(
    monkeypatch,
) -> None:
    # The out-of-memory killer may strike a worker at any instant, including the moment it
    # holds the lock on the chunk counter: the batch must end with a clear error, not wait
    # for that lock for ever. (The worker is forked after this patch, so it runs it.)
    monkeypatch.setattr(batch._Shared, "_work", _dies_holding_the_lock)
    reports = batch._Shared.reports

    def after_the_death(self: batch._Shared, warm: list) -> object:
        for proc in self.procs:  # so that this process needs the lock after the worker took it
            proc.join()
        return reports(self, warm)

    monkeypatch.setattr(batch._Shared, "reports", after_the_death)
    monkeypatch.setattr(batch, "_LOCK_PATIENCE", 0.2)
    notes = _notes()[:260]
    with pytest.raises(batch.WorkerLost, match="stopped by signal 9"):
        list(batch.review_lines(notes, None, jobs=2))
    assert multiprocessing.active_children() == []


def test_what_the_processes_would_each_read_later_is_read_before_the_fork() -> None:
    # Babel's locale data, which the timing rules' findings format their clock with, is
    # read by the process that forks the workers: shared, not read again by each of them.
    # (In a fresh process: Babel keeps what an earlier test read.)
    import subprocess
    import sys

    script = (
        "from babel import localedata\n"
        "from afterword.dates import DEFAULT_LOCALE\n"
        "from afterword.review import batch\n"
        "before = DEFAULT_LOCALE in localedata._cache\n"
        "batch._load_shared()\n"
        "print(before, DEFAULT_LOCALE in localedata._cache)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True)
    assert done.stdout.split() == ["False", "True"]
