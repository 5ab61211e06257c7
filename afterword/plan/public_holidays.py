"""Public holidays and weekends per country (the `holidays` library), cached per country and year."""

from __future__ import annotations

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


def named_day(words: str, after: date, country: str | None) -> date | None:
    """The next day on or after `after` that the public holiday called `words` falls on in
    `country` ("thanksgiving", "labour day", "the august bank holiday", "diwali"), or None.

    The words must all be in one holiday's name (in the library's English names: "labour"
    is read as "labor", "st" as "saint") and say every word that sets it apart ("good" is
    not Good Friday; "bank holiday" is the next holiday so named). A holiday a
    country keeps only in some regions (Thanksgiving in Canada) is found in the regions that
    keep it, on the date most of them do. Easter, a public holiday in few countries' tables
    though everyone names it, is Easter Sunday.
    """
    wanted = _name_words(words) - {"the", "of", "s"}
    if not wanted or wanted <= _GENERIC | {"bank"} and wanted != {"bank", "holiday"}:
        return None
    if wanted == {"easter"}:
        from dateutil.easter import easter  # type: ignore[import-untyped]  # holidays uses it

        return next(d for y in (after.year, after.year + 1) if (d := easter(y)) >= after)
    if not country:
        return None
    code = country.strip().upper()
    found = _named_in(code, wanted, after)
    if found is None and "-" not in code:
        found = _named_in_regions(code, wanted, after)
    return found


def _name_words(text: str) -> frozenset[str]:
    import re

    words = re.findall(r"[a-z]+", text.casefold().replace("\u2019", "'").replace("'s", ""))
    swap = {"labour": "labor", "st": "saint", "xmas": "christmas", "thanksgivin": "thanksgiving"}
    return frozenset(swap.get(w, w) for w in words)


def _named_in(country: str, wanted: frozenset[str], after: date) -> date | None:
    # The name that says least besides the words wins ("independence day" is Independence
    # Day, not Juneteenth National Independence Day), then the nearest date within a year.
    found = [(len(_name_words(name) - wanted), d)
             for year in (after.year, after.year + 1)
             for d, name in _holidays(country, year).items()
             if after <= d < after + timedelta(days=366) and _says(wanted, name)]
    return min(found)[1] if found else None


# Words of a holiday's name that it can be called without: "the bank holiday" is the
# August Bank Holiday, "Easter" is Easter Monday, "Christmas" Christmas Day.
_QUALIFIERS = _GENERIC | frozenset(m.lower() for m in __import__("calendar").month_name[1:]) | {
    "early", "late", "spring", "summer", "autumn", "fall", "winter", "monday", "sunday"}


def _says(wanted: frozenset[str], name: str) -> bool:
    """True when `wanted` names the holiday `name`: every word said is in the name, and
    every word of the name that sets it apart is said ("good" is not Good Friday)."""
    words = _name_words(name.split("(")[0])
    return wanted <= words and words - _QUALIFIERS <= wanted


@lru_cache(maxsize=64)
def _regions(country: str) -> tuple[str, ...]:
    import holidays

    try:
        return tuple(holidays.country_holidays(country).subdivisions)
    except (NotImplementedError, KeyError, ValueError):
        return ()


def _named_in_regions(country: str, wanted: frozenset[str], after: date) -> date | None:
    from collections import Counter

    votes = Counter(d for region in _regions(country)
                    if (d := _named_in(f"{country}-{region}", wanted, after)) is not None)
    return votes.most_common(1)[0][0] if votes else None
