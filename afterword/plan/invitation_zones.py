"""Which zone an invitation's times are in: IANA names, Windows names, Outlook's display names
and custom zones (matched by the clock rules of the file's VTIMEZONE)."""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import UTC, datetime, timedelta
from typing import Any

from afterword.errors import InvalidInput
from afterword.timezones import zone

# Mozilla and others prefix IANA names: "/mozilla.org/20070129_1/Europe/Berlin".
_IANA_TAIL = re.compile(r"([A-Za-z]+(?:/[A-Za-z0-9_+\-]+)+)$")
# Outlook's display names: "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris".
_DISPLAY_NAME = re.compile(r"^\(UTC[^)]*\)\s*(.+)$")


def windows_zone(name: str) -> str | None:
    """The IANA zone for a Windows zone name ("W. Europe Standard Time" -> "Europe/Berlin")."""
    try:
        from tzlocal.windows_tz import win_tz
    except ImportError:  # pragma: no cover - tzlocal is a dependency; be safe if it moves
        win_tz = {}
    found = win_tz.get(name)
    if found is None:
        try:
            from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON
        except ImportError:  # pragma: no cover
            return None
        found = WINDOWS_TO_OLSON.get(name)
    return found


def zone_of(cal: Any, event: Any, default_zone: str) -> tuple[str, str | None]:
    """The IANA name of the zone the start is given in, else the calendar's, else the default;
    with the file's own name for it when it was found by its clock rules."""
    prop = event.get("DTSTART")
    candidates = []
    if prop is not None:
        tzid = _param(prop, "TZID")
        if tzid:
            tzid = str(tzid)
            candidates += [tzid, windows_zone(tzid), _iana_tail(tzid)]
            rules = [tz for tz in cal.walk("VTIMEZONE") if str(tz.get("TZID", "")) == tzid]
            candidates += [_text(tz.get("X-LIC-LOCATION")) for tz in rules]
            for name in candidates:
                if name and _is_zone(name):
                    return name, None
            if rules:
                text = " ".join(_text(event.get(k)) or "" for k in ("LOCATION", "SUMMARY",
                                                                      "DESCRIPTION"))
                found = _zone_by_rules(rules[0], tzid, getattr(prop, "dt", None), text,
                                       default_zone)
                if found:
                    return found, tzid
        else:
            moment = getattr(prop, "dt", None)
            if isinstance(moment, datetime) and moment.utcoffset() == timedelta(0):
                candidates.append(_text(cal.get("X-WR-TIMEZONE")))
    candidates.append(_text(cal.get("X-WR-TIMEZONE")))
    for name in candidates:
        if name and _is_zone(name):
            return name, None
    return default_zone, None


def _zone_by_rules(
    vtimezone: Any, tzid: str, start: Any, text: str, default_zone: str
) -> str | None:
    """The IANA zone whose clock matches the VTIMEZONE's all through the meeting's year.

    Outlook names a zone for people ("(UTC+01:00) Brussels, Copenhagen, Madrid, Paris") or
    not at all ("Customized Time Zone"); only its rules say which clock it is. The cities
    it names come first (one the invitation mentions, or the user's own, before the
    others), then the user's zone, then one zone per Windows zone, then every other zone.
    """
    from tzlocal.windows_tz import win_tz

    from afterword.timezones import canonical_name, canonical_zones

    try:
        # The transitions (naive UTC) with the offset from each: far faster than asking
        # a clock built from rules that start in 1601 for every day of the year.
        moments, offsets = vtimezone.get_transitions()
    except Exception:  # noqa: BLE001 - rules the library cannot use match nothing
        return None
    if not moments:
        return None
    if not isinstance(start, datetime):
        return None
    year = start.year
    days = [datetime(year, 1, 1, 12, tzinfo=UTC) + timedelta(days=n) for n in range(366)]
    wanted = [offsets[max(0, bisect_right(moments, d.replace(tzinfo=None)) - 1)][0]
              for d in days]
    every = canonical_zones()
    by_city = {z.rsplit("/", 1)[-1].casefold(): z for z in every}
    cities: list[str] = []
    named = _DISPLAY_NAME.match(tzid.strip())
    if named:
        for city in named.group(1).split(","):
            found = by_city.get(city.strip().replace(" ", "_").casefold())
            if found:
                cities.append(found)
    mentioned = [z for z in cities if z.rsplit("/", 1)[-1].replace("_", " ").casefold()
                 in text.casefold()]
    order = [*mentioned, *(z for z in cities if z == default_zone), *cities, default_zone,
             *(canonical_name(z) for _, z in sorted(win_tz.items())), *every]
    seen: set[str] = set()
    for name in order:
        if name in seen or not _is_zone(name):
            continue
        seen.add(name)
        tz = zone(name)
        # Monthly first (cheap, rules most zones out), then every day of the year.
        if all(d.astimezone(tz).utcoffset() == wanted[n] for n, d in enumerate(days)
               if n % 30 == 0) and all(d.astimezone(tz).utcoffset() == w
                                       for d, w in zip(days, wanted, strict=True)):
            return name
    return None


def file_zones(cal: Any) -> dict[str, Any]:
    """The file's own zones that are not IANA names, as clocks built from their rules.

    icalendar keeps the first zone it meets under a name for the whole process, so a second
    file's "Customized Time Zone" would be read on the first one's clock (the web app reads
    many files); these are built afresh from each file.
    """
    out = {}
    for vtimezone in cal.walk("VTIMEZONE"):
        tzid = str(vtimezone.get("TZID", ""))
        if tzid and not _is_zone(tzid):
            try:
                out[tzid] = vtimezone.to_tz(lookup_tzid=False)
            except Exception:  # noqa: BLE001, S112 - rules the library cannot use: its reading stands
                continue
    return out


def _param(prop: Any, name: str) -> Any:
    params = getattr(prop, "params", None)
    return params.get(name) if params is not None else None


def _text(value: Any) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None


def _is_zone(name: str) -> bool:
    try:
        zone(name)
    except InvalidInput:
        return False
    return True


def _iana_tail(tzid: str) -> str | None:
    match = _IANA_TAIL.search(tzid.strip())
    if not match:
        return None
    parts = match.group(1).split("/")
    # Try "Europe/Berlin" before "America/Argentina/Buenos_Aires"-length tails.
    for size in (2, 3):
        tail = "/".join(parts[-size:])
        if _is_zone(tail):
            return tail
    return None
