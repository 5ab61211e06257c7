"""Reviewing a batch of JSON lines on every core: the same reports, in the input's order.

Each note is reviewed on its own (nothing in a review depends on the notes before it in
the batch), so the lines can be shared out among worker processes and the reports put
back in order. The workers are forked from this process once it has loaded the rules and
the spelling index and reviewed the first note (which compiles the patterns a note
commonly needs): they start with all of that in memory, shared with this process until
either side writes to it, instead of loading it again each.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
from collections.abc import Iterable, Iterator
from multiprocessing.pool import Pool

from afterword.review import review
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
# Lines handed to a worker at a time: large enough that passing them costs little, small
# enough that the workers finish together and reports stream out as they come.
CHUNK = 64
# Each process beyond the first adds about 30 MB (the pages of the rules and the spelling
# index it comes to write to are copied): two keep a batch under 100 MB; `--jobs` for more.
MAX_DEFAULT_JOBS = 2


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


def review_lines(
    lines: Iterable[str], options: ReviewOptions | None, jobs: int = 1
) -> Iterator[tuple[str, bool]]:
    """Review each JSON line; yields (output line, ok) in the input's order.

    A line that is not a valid message yields an error object. With `jobs` above 1 (and
    enough lines), the lines are reviewed by that many worker processes, started before
    this returns (so before the caller starts any thread of its own, such as a progress
    bar's: a process forked while another thread holds a lock would find it held for ever).
    """
    todo = [line for line in lines if line.strip()]
    jobs = min(jobs, len(todo) // MIN_LINES_PER_JOB) if can_fork() else 1
    if jobs <= 1:
        return (_review_line(line, options) for line in todo)
    # The first line here: it loads the rules and compiles what a review commonly needs,
    # before the workers are forked with all of it.
    first = _review_line(todo[0], options)
    global _OPTIONS
    _OPTIONS = options
    _load_shared()
    # Objects made so far are never collected in the workers: the collector would otherwise
    # write to each one's header and copy every page the rules and the index live on.
    gc.freeze()
    try:
        # This process reviews its share too: one worker fewer to hold in memory.
        pool = multiprocessing.get_context("fork").Pool(jobs - 1)
    finally:
        gc.unfreeze()
    chunks = [todo[i : i + CHUNK] for i in range(1, len(todo), CHUNK)]
    return _in_order(first, pool, chunks, jobs)


def _in_order(
    first: tuple[str, bool], pool: Pool, chunks: list[list[str]], jobs: int
) -> Iterator[tuple[str, bool]]:
    """The reports in order: of every `jobs` chunks, this process reviews the first when
    its turn comes, and the workers the others meanwhile."""
    with pool:  # stops the workers however the caller stops reading
        yield first
        theirs = pool.imap(_review_chunk, [c for i, c in enumerate(chunks) if i % jobs])
        for i, chunk in enumerate(chunks):
            yield from _review_chunk(chunk) if i % jobs == 0 else next(theirs)
        pool.close()
        pool.join()


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


_OPTIONS: ReviewOptions | None = None  # the batch's options, inherited by the forked workers


def _review_chunk(lines: list[str]) -> list[tuple[str, bool]]:
    return [_review_line(line, _OPTIONS) for line in lines]


def _review_line(line: str, options: ReviewOptions | None) -> tuple[str, bool]:
    try:
        message = parse_line(line)
    except ContractError as exc:
        return error_to_json(line_id(line), exc), False
    return report_to_json(review(message, options)), True
