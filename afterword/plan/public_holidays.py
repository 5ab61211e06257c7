"""Public holidays and weekends per country (the `holidays` library), cached per country and year."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from functools import lru_cache

SATURDAY_SUNDAY = frozenset({5, 6})
"""The weekend where the library knows no other (most countries; some rest on Friday and Saturday)."""


def holiday_name(day: date, country: str | None) -> str | None:
    """The public holiday `day` is in `country` ("Good Friday"), or None.

    `country` is an ISO 3166 code ("DE"), optionally with a subdivision ("DE-BY", "US-CA").
    A code the library does not know has no holidays rather than an error: a planner
    that cannot see a holiday still plans, where one that raises plans nothing.
    """
    if not country:
        return None
    return _holidays(country.strip().upper(), day.year).get(day)


def weekend(country: str | None) -> frozenset[int]:
    """The weekdays (Monday 0 ... Sunday 6) that are the weekend in `country`."""
    if not country:
        return SATURDAY_SUNDAY
    return _weekend(country.strip().upper())


def is_working_day(day: date, country: str | None) -> bool:
    """True when `day` is neither a weekend day nor a public holiday in `country`."""
    return day.weekday() not in weekend(country) and holiday_name(day, country) is None


def day_off_reason(day: date, country: str | None) -> str | None:
    """Why `day` is not a working day ("a Saturday", "Good Friday"), or None when it is one."""
    name = holiday_name(day, country)
    if name:
        return name
    if day.weekday() in weekend(country):
        return f"a {day:%A}"
    return None


@lru_cache(maxsize=256)
def _holidays(country: str, year: int) -> Mapping[date, str]:
    table = _table(country, year)
    return dict(table.items()) if table is not None else {}


@lru_cache(maxsize=64)
def _weekend(country: str) -> frozenset[int]:
    table = _table(country, None)
    found = getattr(table, "weekend", None) if table is not None else None
    return frozenset(found) if found else SATURDAY_SUNDAY


def _table(country: str, year: int | None) -> Mapping[date, str] | None:
    import holidays  # the library: imported on first use, it is large

    code, _, subdiv = country.partition("-")
    try:
        table: Mapping[date, str] = holidays.country_holidays(
            code, subdiv=subdiv or None, years=year, language="en_US"
        )
    except (NotImplementedError, KeyError, ValueError):  # unknown country or subdivision
        return None
    return table
