"""Dates written in the user's convention (Babel): "Thursday 30 April" in en_GB, "Thursday, April 30" in en_US.

The plan, the drafts, the CLI and the web app all write dates through here, so one
`profile.locale` setting changes them everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from afterword.config import Config

DEFAULT_LOCALE = "en_GB"
"""When the system names no usable locale: day before month, as most of the world writes it."""


def system_locale(zones: Sequence[str | None] = ()) -> str:
    """The system's locale ("en_US"), from LC_ALL, LC_TIME or LANG. When it names no country
    ("C", "POSIX", unset, "en"): the country of the first of `zones` that has one (tzdata's
    zone.tab: "America/Chicago" -> en_US), in the system's language where Babel knows that
    pairing, else English; else DEFAULT_LOCALE (or the bare language the system names)."""
    usable = _usable(_system_name())
    if usable and "_" in usable:
        return usable
    for name in zones:
        country = _zone_country(name)
        if country:
            language = usable.split("_")[0] if usable else "en"
            found = _usable(f"{language}_{country}") or _usable(f"en_{country}")
            if found:
                return found
    return usable or DEFAULT_LOCALE


def _system_name() -> str:
    """The locale the system names for dates, as it is written ("en_US", "C", "")."""
    import locale
    import os

    for name in ("LC_ALL", "LC_TIME", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return value.split(".")[0].split("@")[0]
    found = locale.getlocale(locale.LC_TIME)[0] if hasattr(locale, "LC_TIME") else None
    return found or ""


def _zone_country(name: str | None) -> str | None:
    """The ISO country of an IANA zone ("America/Indiana/Indianapolis" -> "US"), an old
    name read as its current one ("US/Eastern"); None for "UTC" and the like."""
    if not name:
        return None
    from afterword.timezones import canonical_name, country_for_zone

    return country_for_zone(name) or country_for_zone(canonical_name(name))


def check_locale(name: str) -> str | None:
    """The locale's canonical name ("en_US"), or None when Babel knows no such locale."""
    return _usable(name)


def long_day(day: date | datetime, locale: str | None = None) -> str:
    """Weekday, day and month: "Thursday 30 April" (en_GB), "Thursday, April 30" (en_US)."""
    from babel.dates import format_date

    value = day.date() if isinstance(day, datetime) else day
    return format_date(value, _pattern(locale or DEFAULT_LOCALE, "MMMMEd", full_day=True),
                       locale=locale or DEFAULT_LOCALE)


def day_month(day: date | datetime, locale: str | None = None) -> str:
    """Day and month: "30 April" (en_GB), "April 30" (en_US)."""
    from babel.dates import format_date

    value = day.date() if isinstance(day, datetime) else day
    return format_date(value, _pattern(locale or DEFAULT_LOCALE, "MMMMd"),
                       locale=locale or DEFAULT_LOCALE)


def long_date(day: date | datetime, locale: str | None = None) -> str:
    """With the year: "Thursday, 30 April 2026" (en_GB), "Thursday, April 30, 2026" (en_US)."""
    from babel.dates import format_date

    value = day.date() if isinstance(day, datetime) else day
    return format_date(value, _pattern(locale or DEFAULT_LOCALE, "yMMMMEd", full_day=True),
                       locale=locale or DEFAULT_LOCALE)


def short_moment(moment: datetime, locale: str | None = None) -> str:
    """A day and a time, short: "Tue, 3 Mar 2026, 09:30" (en_GB), "Tue, Mar 3, 2026, 9:30 AM" (en_US)."""
    return f"{short_day(moment, locale)}, {clock(moment, locale)}"


def short_day(moment: date | datetime, locale: str | None = None) -> str:
    """A short day with the year: "Tue, 3 Mar 2026" (en_GB), "Tue, Mar 3, 2026" (en_US)."""
    from babel.dates import format_date

    loc = locale or DEFAULT_LOCALE
    value = moment.date() if isinstance(moment, datetime) else moment
    return format_date(value, _pattern(loc, "yMMMEd"), locale=loc)


def clock(moment: datetime, locale: str | None = None) -> str:
    """The time of day: "09:30" (en_GB), "9:30 AM" (en_US)."""
    from babel.dates import format_time

    # CLDR puts a narrow no-break space before "AM"; a plain one reads the same everywhere.
    return format_time(moment.time(), "short", locale=locale or DEFAULT_LOCALE).replace("\u202f", " ")


def zoned_clock(moment: datetime, locale: str | None = None) -> str:
    """The time of day and its zone: "09:30 EST", "9:30 AM EST"."""
    return f"{clock(moment, locale)} {moment.tzname() or ''}".strip()


def zoned_moment(moment: datetime, locale: str | None = None) -> str:
    """A day, a time and its zone: "Tue, 3 Mar 2026, 09:30 EST" (en_GB), "Tue, Mar 3, 2026, 9:30 AM EST"."""
    return f"{short_moment(moment, locale)} {moment.tzname() or ''}".strip()


def date_order(locale: str | None = None) -> str:
    """How the locale writes numeric dates: "MDY" (en_US) or "DMY" (en_GB), "YMD" (ja_JP)."""
    from babel import Locale

    pattern = Locale.parse(locale or DEFAULT_LOCALE).date_formats["short"].pattern
    fields = sorted((pattern.lower().find(c), c) for c in "dmy" if c in pattern.lower())
    order = "".join(c for _, c in fields).upper()
    return order if len(order) == 3 else "DMY"


@lru_cache(maxsize=32)
def _pattern(locale: str, skeleton: str, full_day: bool = False) -> str:
    from babel import Locale

    pattern = str(Locale.parse(locale).datetime_skeletons[skeleton].pattern)
    if full_day:
        # The skeleton gives "Thu"; a sentence reads better with the whole weekday.
        pattern = re.sub(r"(?<!E)E{1,3}(?!E)", "EEEE", pattern)
    return pattern


@lru_cache(maxsize=32)
def _usable(name: str) -> str | None:
    from babel import Locale, UnknownLocaleError

    name = name.strip().replace("-", "_")
    if not name or name in ("C", "POSIX"):
        return None
    try:
        return str(Locale.parse(name))
    except (UnknownLocaleError, ValueError, TypeError):
        return None


def user_locale(config: Config | None, interview_zone: str | None = None) -> str:
    """The `profile.locale` setting, else the system's locale; when that names no country,
    the country of the profile's time zone (`profile.timezone`, else this computer's), else
    of `interview_zone`, else DEFAULT_LOCALE (docs/config.md)."""
    value = config.get("profile.locale") if config is not None else None
    if value:
        return str(value)
    usable = _usable(_system_name())
    if usable and "_" in usable:
        return usable  # the zones are looked up only when needed: a file read or two
    from afterword.timezones import local_zone_name

    profile = config.get("profile.timezone") if config is not None else None
    return system_locale([str(profile) if profile else local_zone_name(), interview_zone])
