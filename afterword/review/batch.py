"""Reviewing a batch of JSON lines on every core: the same reports, in the input's order.

Each note is reviewed on its own (nothing in a review depends on the notes before it in
the batch), so the lines can be shared out among worker processes and the reports put
back in order. This process first reviews the batch's opening notes itself, which loads
the rules and the spelling index and compiles the patterns notes commonly need (about
0.3 s of compiling that each process would otherwise pay again); the workers are then
forked with all of it in memory, shared with this process until either side writes to it.

After the fork, every process (this one included) takes the next chunk of lines not yet
taken, from a counter they share, until none is left: a process slowed by other work on
the machine takes fewer chunks, and all finish within a chunk of each other. The workers
have the lines already (inherited at the fork) and send back only their reports, one
message per chunk; this process writes every report in the input's order.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import traceback
from collections.abc import Iterable, Iterator
from multiprocessing.connection import Connection, wait
from typing import Any, cast

from afterword.errors import AfterwordError
from afterword.review import reading_many, review
from afterword.review.contract import (
    ContractError,
    error_to_json,
    line_id,
    parse_line,
    report_to_json,
)
from afterword.review.options import ReviewOptions

# Below this many lines per worker, starting workers costs more than it saves.
MIN_LINES_PER_JOB = 100
# Notes this process reviews before forking: by then the patterns most notes call for are
# compiled (on the benchmark's notes, 410 of the 500 a batch of 3,000 compiles).
WARM_NOTES = 48
# Lines taken at a time: about 25 ms of work, so that the processes finish together,
# reports stream out as they come, and a chunk's message costs nothing beside its review.
CHUNK = 16
# Each process beyond the first adds about 30 MB (the pages of the rules and the spelling
# index it comes to write to are copied): two keep a batch under 100 MB; `--jobs` for more.
MAX_DEFAULT_JOBS = 2
# A worker's reports wait in its pipe until this process looks between two of its own
# notes; a pipe of 1 MB (Linux's limit for a user) holds many chunks, so a worker does not
# stop while this process is busy with a note.
_PIPE_BYTES = 1 << 20
# Seconds this process waits for the chunk counter's lock before it looks whether a worker
# died holding it; held for microseconds otherwise.
_LOCK_PATIENCE = 1.0


class WorkerLost(AfterwordError):
    """A worker process was killed from outside (the out-of-memory killer, a kill -9): the
    machine is at fault, not the notes, so the message says what to do and the exit is 1."""

    exit_code = 1


def default_jobs() -> int:
    """The cores this process may run on, at most `MAX_DEFAULT_JOBS` (1 where workers
    cannot be forked)."""
    if not can_fork():
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, min(cores or 1, MAX_DEFAULT_JOBS))


def can_fork() -> bool:
    # Forking is safe on Linux; macOS's system libraries do not support it (Python's default
    # there is "spawn", which would load everything again in each worker).
    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


Output = tuple[str, bool]


def review_lines(
    lines: Iterable[str], options: ReviewOptions | None, jobs: int = 1
) -> Iterator[Output]:
    """Review each JSON line; yields (output line, ok) in the input's order.

    A line that is not a valid message yields an error object. With `jobs` above 1 (and
    enough lines), the lines are reviewed by this process and `jobs - 1` worker processes,
    started before this returns (so before the caller starts any thread of its own, such
    as a progress bar's: a process forked while another thread holds a lock would find it
    held for ever).
    """
    todo = [line for line in lines if line.strip()]
    reading_many()  # only the first note lean (see `patterns.FIRST_NOTES`)
    jobs = min(jobs, len(todo) // MIN_LINES_PER_JOB) if can_fork() else 1
    if jobs <= 1:
        return (_review_line(line, options) for line in todo)
    # The opening notes here: they load the rules and compile what a review commonly
    # needs, before the workers are forked with all of it.
    warm = [_review_line(line, options) for line in todo[:WARM_NOTES]]
    _load_shared()
    return _Shared(todo, WARM_NOTES, options, jobs - 1).reports(warm)


class _Shared:
    """The lines after the opening notes, in chunks, shared by this process and workers."""

    def __init__(
        self, lines: list[str], start: int, options: ReviewOptions | None, workers: int
    ) -> None:
        self.lines = lines
        self.options = options
        self.starts = list(range(start, len(lines), CHUNK))
        ctx = multiprocessing.get_context("fork")
        self.next = ctx.Value("i", 0)  # the index in `starts` of the next chunk to take
        self.procs: list[Any] = []
        self.conns: list[Connection] = []
        # Objects made so far are never collected in the workers: the collector would
        # otherwise write to each one's header and copy every page the rules and the index
        # live on.
        gc.freeze()
        try:
            for _ in range(workers):
                theirs, mine = ctx.Pipe(duplex=False)
                _widen(mine)
                proc = ctx.Process(target=self._work, args=(mine,), daemon=True)
                proc.start()
                mine.close()  # the worker's end: this process then sees it close with it
                self.procs.append(proc)
                self.conns.append(theirs)
        except BaseException:
            self._stop()
            raise
        finally:
            gc.unfreeze()

    def _take(self, watch: bool = False) -> int | None:
        """The index of the next chunk no process has taken, or None.

        With `watch` (this process), a worker killed while it held the counter's lock (the
        system's out-of-memory killer, a kill -9) ends the batch with an error instead of
        leaving it waiting for that lock for ever."""
        lock = self.next.get_lock()
        while not lock.acquire(timeout=_LOCK_PATIENCE):
            if watch:
                self._check_workers()
        try:
            k = self.next.value
            if k >= len(self.starts):
                return None
            self.next.value = k + 1
        finally:
            lock.release()
        return k

    def _check_workers(self) -> None:
        for proc in self.procs:
            if proc.exitcode is not None and proc.exitcode != 0:
                how = (f"was stopped by signal {-proc.exitcode}" if proc.exitcode < 0
                       else f"exited with status {proc.exitcode}")
                raise WorkerLost(f"A process reviewing part of the batch {how} before the end.",
                                 hint="Run the batch again; with --jobs 1 it runs in one process.")

    def _chunk(self, k: int) -> list[Output]:
        start = self.starts[k]
        options = self.options
        return [_review_line(line, options) for line in self.lines[start : start + CHUNK]]

    def _work(self, conn: Connection) -> None:
        """A worker: chunks until none is left, each chunk's reports sent as one message."""
        try:
            while (k := self._take()) is not None:
                conn.send((k, self._chunk(k)))
        except BaseException:
            conn.send((-1, traceback.format_exc()))
        finally:
            conn.close()

    def reports(self, warm: list[Output]) -> Iterator[Output]:
        """The reports in order: the opening notes', then each chunk's as soon as it and
        every chunk before it are done, whichever process reviewed it."""
        done: dict[int, list[Output]] = {}
        shown = 0  # chunks written so far
        total = len(self.starts)
        conns = list(self.conns)
        try:
            yield from warm
            while shown < total:
                k = self._take(watch=True)
                if k is not None:
                    done[k] = self._chunk(k)
                # Between its own chunks (or, with none left, until a worker sends one),
                # this process collects what the workers have finished.
                ready = wait(conns, timeout=0 if k is not None else None) if conns else []
                for conn in cast("list[Connection]", ready):
                    try:
                        got, sent = conn.recv()
                    except EOFError:
                        conns.remove(conn)
                        continue
                    if got < 0:
                        raise RuntimeError(f"a batch worker failed:\n{sent}")
                    done[got] = sent
                if k is None and not ready and not conns:
                    raise WorkerLost("The processes reviewing part of the batch stopped before the end.",
                                     hint="Run the batch again; with --jobs 1 it runs in one process.")
                while shown in done:
                    yield from done.pop(shown)
                    shown += 1
        finally:  # however the caller stops reading
            self._stop(finished=shown >= total)

    def _stop(self, finished: bool = False) -> None:
        """Wait for the workers once every chunk is done; stop them at once otherwise (an
        error, or a caller that stopped reading: a worker may be waiting to send)."""
        lock = self.next.get_lock()
        # A lock still held after a second belongs to a worker that died with it: the
        # workers are stopped below either way.
        if lock.acquire(timeout=_LOCK_PATIENCE):
            self.next.value = len(self.starts)  # no worker starts another chunk
            lock.release()
        for proc in self.procs:
            proc.join(timeout=5 if finished else 0)
            if proc.is_alive():
                proc.terminate()
                proc.join()
        for conn in self.conns:
            conn.close()


def _widen(conn: Connection) -> None:
    """Let a pipe hold up to `_PIPE_BYTES` where the system allows (Linux)."""
    try:
        import fcntl

        fcntl.fcntl(conn.fileno(), getattr(fcntl, "F_SETPIPE_SZ", 1031), _PIPE_BYTES)
    except (ImportError, OSError):
        pass  # a smaller pipe: the worker waits a little more often, nothing else changes


def _load_shared() -> None:
    """What a review reads lazily and a batch reads whole, read here before the fork, so
    that the processes share one copy instead of each building its own."""
    from afterword.language.spelling import lexicon

    # `Lexicon.load_all` (branch review-startup: the word list read a bucket at a time)
    # reads every bucket into one table; where the list is read whole at once, as here,
    # there is nothing to do.
    load_all = getattr(lexicon(), "load_all", None)
    if load_all is not None:
        load_all()
    # The clock of the timing rules' findings ("at 23:10 their time") is formatted by
    # Babel, whose locale data (about 4 MB for the default locale) is read the first time a
    # note needs it: after the fork, that was once in each process (6 MB of the benchmark's
    # 97 MB, read at its 98th note). Read here, the processes share it (about 35 ms of CPU
    # with the import, paid once instead of in each process).
    from datetime import datetime

    from afterword.dates import clock

    clock(datetime(2000, 1, 1))


def _review_line(line: str, options: ReviewOptions | None) -> Output:
    try:
        message = parse_line(line)
    except ContractError as exc:
        return error_to_json(line_id(line), exc), False
    return report_to_json(review(message, options)), True
