"""Working hours on the recipient's clock: the best moment inside a window, and plain dates for the why."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum

from afterword.dates import DEFAULT_LOCALE, long_day
from afterword.plan.public_holidays import day_off_reason, is_working_day
from afterword.timezones import zone

DAY_OPENS = time(8)
"""Business hours open at 08:00 on the recipient's clock (the issue's 08:00-18:00)."""

DAY_CLOSES = time(18)
"""Business hours close at 18:00: a note after that waits for the next morning anyway."""

MORNING = time(9)
"""Follow-ups have no deadline to beat, so they land at 09:00, once the reader is settled in."""

ROUNDING = timedelta(minutes=15)
"""Suggested times are rounded up to a quarter hour: 10:15 is easier to act on than 10:07."""

_LOOKAHEAD_DAYS = 60  # no country has two months of holidays in a row; a bound keeps loops finite


class Fit(StrEnum):
    """How well a suggested moment suits the reader."""

    WORKING = "working"  # business hours on one of the recipient's working days
    DAYTIME = (
        "daytime"  # business hours, but on a weekend or holiday: the window left no better time
    )
    ANY = "any"  # the window holds no business hours at all: the earliest moment in it
    MISSED = "missed"  # the window had closed: send as soon as possible


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A suggested send moment (on the recipient's clock) and how well it fits."""

    at: datetime
    fit: Fit


def suggest_time(
    earliest: datetime, deadline: datetime, zone_name: str, country: str | None
) -> Suggestion:
    """The earliest sensible moment in [earliest, deadline] on the recipient's clock.

    In order of preference: business hours (08:00-18:00) on a working day (not a weekend,
    not a public holiday of `country`); business hours on any day, since staying inside
    the window matters more than avoiding a weekend; the earliest moment of the window.
    When the window is already closed (`earliest` after `deadline`) the answer is
    `earliest` itself with `Fit.MISSED`: a late note beats none, so it should go promptly.
    Raises InvalidInput for an unknown zone. Times are compared as moments, so a window
    across a daylight-saving change is measured correctly.
    """
    tz = zone(zone_name)
    if earliest > deadline:
        return Suggestion(earliest.astimezone(tz), Fit.MISSED)
    for fit in (Fit.WORKING, Fit.DAYTIME):
        day = earliest.astimezone(tz).date()
        while day <= deadline.astimezone(tz).date():
            if fit is Fit.DAYTIME or is_working_day(day, country):
                opens = datetime.combine(day, DAY_OPENS, tzinfo=tz)
                closes = datetime.combine(day, DAY_CLOSES, tzinfo=tz)
                start = round_up(max(opens, earliest))
                if start < closes and start <= deadline:
                    return Suggestion(start.astimezone(tz), fit)
            day += timedelta(days=1)
    start = round_up(earliest)
    return Suggestion((start if start <= deadline else earliest).astimezone(tz), Fit.ANY)


def working_morning_after(day: date, zone_name: str, country: str | None) -> datetime:
    """09:00 on the first working day after `day`, on the recipient's clock."""
    tz = zone(zone_name)
    for offset in range(1, _LOOKAHEAD_DAYS):
        candidate = day + timedelta(days=offset)
        if is_working_day(candidate, country):
            return datetime.combine(candidate, MORNING, tzinfo=tz)
    return datetime.combine(day + timedelta(days=1), MORNING, tzinfo=tz)


def working_morning_from(moment: datetime, zone_name: str, country: str | None) -> datetime:
    """The first 09:00 on a working day that is not before `moment`, on the recipient's clock."""
    tz = zone(zone_name)
    day = moment.astimezone(tz).date()
    same_day = datetime.combine(day, MORNING, tzinfo=tz)
    if same_day >= moment and is_working_day(day, country):
        return same_day
    return working_morning_after(day, zone_name, country)


def round_up(moment: datetime) -> datetime:
    """`moment` rounded up to the next quarter hour (unchanged when already on one).

    Rounded in UTC: every zone's offset is a whole number of quarter hours, so the
    local clock shows a round time too.
    """
    step = ROUNDING.total_seconds()
    seconds = moment.timestamp()
    rounded = math.ceil(seconds / step) * step
    return datetime.fromtimestamp(rounded, UTC).astimezone(moment.tzinfo)


def later(moment: datetime, delta: timedelta) -> datetime:
    """`moment` plus `delta` as elapsed time (in UTC), whatever the clocks do meanwhile.

    Python adds a timedelta to the wall clock of a zone-aware time, so 24 hours across a
    daylight-saving change would come out as 23 or 25; the rules count real hours.
    """
    return moment.astimezone(UTC) + delta


def place(zone_name: str) -> str:
    """The city a zone is named after ("America/New_York" -> "New York"); "UTC" stays "UTC"."""
    if "/" not in zone_name or zone_name.startswith("Etc/"):
        return zone_name.removeprefix("Etc/")
    return zone_name.rsplit("/", 1)[1].replace("_", " ")


def day_text(moment: datetime, zone_name: str, locale: str | None = None) -> str:
    """The day of `moment` on the recipient's clock: "Tuesday 17 March" (as `locale` writes it)."""
    return long_day(moment.astimezone(zone(zone_name)), locale)


def when_text(moment: datetime, zone_name: str, locale: str | None = None) -> str:
    """`moment` on the recipient's clock: "09:00 on Tuesday 17 March" ("9:00 AM on ..." in en_US)."""
    from babel.dates import format_time

    local = moment.astimezone(zone(zone_name))
    # CLDR puts a narrow no-break space before "AM"; a plain one reads the same everywhere.
    clock = format_time(local.time(), "short", locale=locale or DEFAULT_LOCALE).replace(
        "\u202f", " ")
    return f"{clock} on {day_text(local, zone_name, locale)}"


def why_not_working(moment: datetime, zone_name: str, country: str | None) -> str | None:
    """Why the day of `moment` is not a working day there ("a Saturday", "Good Friday"), or None."""
    return day_off_reason(moment.astimezone(zone(zone_name)).date(), country)


_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}


def span_text(days: int) -> str:
    """A timeframe in words: 14 -> "two weeks", 7 -> "a week", 3 -> "3 days"."""
    if days == 1:
        return "a day"
    if days == 7:
        return "a week"
    if days % 7 == 0 and days // 7 in _WORDS:
        return f"{_WORDS[days // 7]} weeks"
    return f"{days} days"
