"""Measure date-parsing libraries on stated timeframes: the record behind docs/plan.md.

Each library reads every phrase as said on Tuesday 14 April 2026; a reading is right, early
(a follow-up before the employer's date: the worse mistake), late, or none. The phrases are
the issue's table (tests/model/test_timeframe.py TABLE) and variants written aside before
the resolver (VARIANTS). Run it in a scratch virtualenv with the candidates installed:

    python -m venv /tmp/m && /tmp/m/bin/pip install dateparser parsedatetime recurrent \
        timefhuman ctparse && /tmp/m/bin/pip install --no-deps -e . babel holidays
    /tmp/m/bin/python scripts/measure_date_parsers.py
"""

from __future__ import annotations

import sys
import warnings
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.model.test_timeframe import TABLE, VARIANTS  # noqa: E402

warnings.filterwarnings("ignore")
BASE = datetime(2026, 4, 14, 11, 0)


def _dateparser(text: str) -> date | None:
    import dateparser

    found = dateparser.parse(text, languages=["en"],
                             settings={"RELATIVE_BASE": BASE, "PREFER_DATES_FROM": "future"})
    return found.date() if found else None


def _dateparser_search(text: str) -> date | None:
    from dateparser.search import search_dates

    found = search_dates(text, languages=["en"],
                         settings={"RELATIVE_BASE": BASE, "PREFER_DATES_FROM": "future"})
    return max(d for _, d in found).date() if found else None


def _parsedatetime(text: str) -> date | None:
    import parsedatetime

    calendar = parsedatetime.Calendar(version=parsedatetime.VERSION_CONTEXT_STYLE)
    found, status = calendar.parseDT(text, sourceTime=BASE)
    return found.date() if status else None


def _recurrent(text: str) -> date | None:
    from recurrent.event_parser import RecurringEvent

    found = RecurringEvent(now_date=BASE).parse(text)
    return found.date() if isinstance(found, datetime) else None


def _timefhuman(text: str) -> date | None:
    from timefhuman import tfhConfig, timefhuman

    found = timefhuman(text, config=tfhConfig(now=BASE))
    found = found[-1] if isinstance(found, list) and found else found
    found = found[-1] if isinstance(found, tuple) else found
    if isinstance(found, datetime):
        return found.date()
    return found if isinstance(found, date) else None


def _ctparse(text: str) -> date | None:
    from ctparse import ctparse

    found = ctparse(text, ts=BASE, timeout=1)
    if not found or not found.resolution:
        return None
    res = getattr(found.resolution, "end", None) or found.resolution
    try:
        return date(res.year, res.month, res.day)
    except (AttributeError, TypeError, ValueError):
        return None


def _afterword(text: str) -> date | None:
    from afterword.model.timeframe import resolve_timeframe

    found = resolve_timeframe(text, BASE.date())
    return found.by if found else None


READERS: dict[str, Callable[[str], date | None]] = {
    "dateparser 1.5 (parse)": _dateparser,
    "dateparser 1.5 (search_dates, latest)": _dateparser_search,
    "parsedatetime 2.6": _parsedatetime,
    "recurrent 0.4.1": _recurrent,
    "timefhuman 0.1.5": _timefhuman,
    "ctparse 0.3.6": _ctparse,
    "Afterword (grammar + dateparser)": _afterword,
}


def main() -> None:
    print("| reader | table: right / early / late / none | variants: right / early / late / none |")
    print("|---|---|---|")
    for name, read in READERS.items():
        cells = []
        for rows in (TABLE, VARIANTS):
            right = early = late = none = 0
            for said, want in rows:
                try:
                    got = read(said)
                except Exception:  # a library that crashes reads nothing
                    got = None
                if got is None:
                    none += 1
                elif str(got) == want:
                    right += 1
                elif str(got) < want:
                    early += 1
                else:
                    late += 1
            cells.append(f"{right} / {early} / {late} / {none}")
        print(f"| {name} | {cells[0]} | {cells[1]} |")


if __name__ == "__main__":
    main()
