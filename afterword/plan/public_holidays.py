"""Public holidays and weekends per country (the `holidays` library), cached per country and year."""

from __future__ import annotations

import calendar
from collections.abc import Callable, Mapping
from datetime import date, timedelta
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


def named_days(country: str | None) -> Callable[[str, date], date | None]:
    """`named_day` for one country, as `model.timeframe.resolve_timeframe` takes it."""
    return lambda words, after: named_day(words, after, country)


# Words too common to name a day on their own: "before the day", "after the weekend".
_GENERIC = frozenset({"day", "the", "of", "s", "national", "public", "holiday", "holidays",
                      "observed", "estimated", "weekend", "long"})
# Words of a holiday's name that it can be called without: "the bank holiday" is the
# August Bank Holiday, "Christmas" Christmas Day; a month alone names nothing ("after may"
# is not May Day).
_QUALIFIERS = _GENERIC | frozenset(m.lower() for m in calendar.month_name[1:]) | {
    "early", "late", "spring", "summer", "autumn", "fall", "winter", "jr"}
HORIZON = timedelta(days=240)
"""How far ahead a named holiday is looked for: "before Thanksgiving" said in December means
the one just past, not next year's, and is no reading."""

LONG_NAME = 8
"""A holiday's first distinctive word this long names it alone ("juneteenth", "thanksgiving");
a shorter one needs the rest of the name ("labor" is not Labor Day, "labor day" is)."""


def named_day(words: str, after: date, country: str | None) -> date | None:
    """The first day on or after `after` that the public holiday called `words` falls on in
    `country` ("thanksgiving", "labour day", "the august bank holiday", "diwali"), within a
    year, or None.

    `country` is an ISO 3166 code, with a region where a holiday is regional ("CA-ON" for
    Ontario's Thanksgiving: the library lists only national ones under "CA"). The words must
    all be in the holiday's English name in the library ("labour" is read as "labor", "st" as
    "saint") and say what sets it apart: its distinctive words, with "day" when its name has
    it, or its first distinctive word alone when that is long ("juneteenth"). "good" is not
    Good Friday, "may" not May Day. Easter, a public holiday in few countries' tables though
    everyone names it, is Easter Sunday (the Orthodox one where the country keeps it).
    """
    wanted = _name_words(words) - {"the", "of", "s"}
    if not wanted:
        return None
    code = country.strip().upper() if country else None
    if wanted == {"easter"}:
        return _easter(after, code)
    if code is None:
        return None
    # The name that says least besides the words wins ("independence day" is Independence
    # Day, not Juneteenth National Independence Day), then the nearest date ("the bank
    # holiday" is the next one, whichever its season: qualifiers do not count).
    found = [(len(_name_words(name) - wanted - _QUALIFIERS), d)
             for year in (after.year, after.year + 1)
             for d, name in _holidays(code, year).items()
             if after <= d < after + HORIZON and _says(wanted, name)]
    return min(found)[1] if found else None


def _easter(after: date, country: str | None) -> date | None:
    from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter  # type: ignore[import-untyped]  # holidays uses it

    for year in (after.year, after.year + 1):
        western = easter(year, EASTER_WESTERN)
        method = EASTER_WESTERN
        if country:
            # The country's own Easter, where its table keeps one (Greece's is Orthodox).
            kept = [d for d, name in _holidays(country, year).items()
                    if "easter" in _name_words(name)]
            if kept and all(abs((d - western).days) > 1 for d in kept):
                method = EASTER_ORTHODOX
        day = easter(year, method)
        if day >= after:
            return day
    return None


# How people write a holiday's words, as the library's English names write them.
_SWAP = {"labour": "labor", "st": "saint", "xmas": "christmas", "thanksgivin": "thanksgiving",
         "years": "year", "yr": "year"}


@lru_cache(maxsize=1024)
def _name_words(text: str) -> frozenset[str]:
    """A name's words as a set: the same few holiday names are read at every look-up."""
    import re

    words = re.findall(r"[a-z]+", text.casefold().replace("\u2019", "'").replace("'s", ""))
    return frozenset(_SWAP.get(w, w) for w in words)


def _says(wanted: frozenset[str], name: str) -> bool:
    """True when `wanted` names the holiday `name` (see `named_day`)."""
    plain = name.split("(")[0]
    words = _name_words(plain)
    if not wanted <= words:
        return False
    ordered = [word for part in plain.split() for word in _name_words(part)]
    distinct = [w for w in ordered if w not in _QUALIFIERS]
    if not distinct:
        return wanted == words
    if distinct[0] in wanted and len(distinct[0]) >= LONG_NAME:
        return True
    return set(distinct) <= wanted and ("day" not in words or "day" in wanted)
