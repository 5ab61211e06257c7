"""Time zones: real IANA zones (zoneinfo + tzdata), checked at the door."""

from __future__ import annotations

from datetime import tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from afterword.errors import InvalidInput

# Abbreviations people type for a zone: they name no place, so daylight saving time would
# be wrong half the year ("EST" in July). Each points to the place most people mean.
ABBREVIATIONS = {
    "EST": "America/New_York", "EDT": "America/New_York", "ET": "America/New_York",
    "CST": "America/Chicago", "CDT": "America/Chicago", "CT": "America/Chicago",
    "MST": "America/Denver", "MDT": "America/Denver", "PST": "America/Los_Angeles",
    "PDT": "America/Los_Angeles", "PT": "America/Los_Angeles", "GMT": "Europe/London",
    "BST": "Europe/London", "CET": "Europe/Paris", "CEST": "Europe/Paris",
    "EET": "Europe/Athens", "IST": "Asia/Kolkata", "JST": "Asia/Tokyo",
    "AEST": "Australia/Sydney", "EST5EDT": "America/New_York", "PST8PDT": "America/Los_Angeles",
    "CST6CDT": "America/Chicago", "MST7MDT": "America/Denver",
}


@lru_cache(maxsize=256)
def zone(name: str, *, field: str = "timezone") -> ZoneInfo:
    """The IANA zone `name`; raises InvalidInput naming `field` when there is no such zone,
    or when it is an abbreviation such as EST (with the place it probably means)."""
    hint = "Use a place name such as America/New_York, Europe/Berlin or Asia/Kolkata."
    if name.upper() in ABBREVIATIONS:
        raise InvalidInput(
            f"{field}: {name!r} is an abbreviation, not a place: daylight saving time would be "
            "wrong for part of the year",
            hint=f"Use a place name, probably {ABBREVIATIONS[name.upper()]}.",
        )
    try:
        if not name or name != name.strip() or ".." in name:
            raise ValueError(name)
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        guess = suggest_zone(name)
        raise InvalidInput(
            f"{field}: {name!r} is not a time zone",
            hint=f"Did you mean {guess}?" if guess else hint,
        ) from None


# Old region names that tzdata keeps only as links: a guess from a word like "Eastern"
# lands on them, but the docs and every example write the place.
LEGACY_REGIONS = {
    "US/Eastern": "America/New_York", "US/Central": "America/Chicago",
    "US/Mountain": "America/Denver", "US/Pacific": "America/Los_Angeles",
    "US/Arizona": "America/Phoenix", "US/Alaska": "America/Anchorage",
    "US/Hawaii": "Pacific/Honolulu", "Canada/Eastern": "America/Toronto",
    "Canada/Central": "America/Winnipeg", "Canada/Mountain": "America/Edmonton",
    "Canada/Pacific": "America/Vancouver", "Canada/Atlantic": "America/Halifax",
}


def suggest_zone(name: str) -> str | None:
    """The real zone a mistyped name most likely means ("Montreal" -> "America/Montreal")."""
    guess = _closest_zone(name)
    return LEGACY_REGIONS.get(guess, guess) if guess else None


def _closest_zone(name: str) -> str | None:
    import difflib
    import unicodedata
    from zoneinfo import available_timezones

    def plain(text: str) -> str:
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
        return text.lower().replace(" ", "_")

    wanted = plain(name.strip())
    zones = sorted(available_timezones())
    by_city = {plain(z.rsplit("/", 1)[-1]): z for z in zones if "/" in z}
    if wanted in by_city:
        return by_city[wanted]
    close = difflib.get_close_matches(wanted, [plain(z) for z in zones], n=1, cutoff=0.8)
    if close:
        return next(z for z in zones if plain(z) == close[0])
    close = difflib.get_close_matches(wanted.rsplit("/", 1)[-1], list(by_city), n=1, cutoff=0.8)
    return by_city[close[0]] if close else None


def local_zone() -> tzinfo:
    """The machine's zone (tzlocal), else UTC."""
    try:
        import tzlocal

        return tzlocal.get_localzone()
    except Exception:  # an unusual /etc/localtime must not stop the program
        return ZoneInfo("UTC")


def local_zone_name() -> str:
    z = local_zone()
    return getattr(z, "key", None) or str(z)


def _tzdata_rows(name: str) -> list[list[str]]:
    """The tab-separated rows of one of tzdata's tables ("zone.tab", "iso3166.tab")."""
    from importlib import resources

    table = resources.files("tzdata") / "zoneinfo" / name
    return [line.split("\t") for line in table.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]


@lru_cache(maxsize=1)
def _zone_countries() -> dict[str, str]:
    """IANA zone -> ISO 3166 country code, from tzdata's zone.tab."""
    return {parts[2]: parts[0] for parts in _tzdata_rows("zone.tab") if len(parts) >= 3}


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Countries' names in lower case ("indonesia", "britain"), from tzdata's iso3166.tab."""
    return frozenset(parts[1].split("(")[0].strip().lower()
                     for parts in _tzdata_rows("iso3166.tab") if len(parts) >= 2)


def country_for_zone(name: str | None) -> str | None:
    """The country a zone belongs to ("Europe/Berlin" -> "DE"), or None ("UTC")."""
    if not name:
        return None
    return _zone_countries().get(name)


def canonical_zones() -> list[str]:
    """Every zone tzdata gives a country (zone.tab), without the old alias names."""
    return list(_zone_countries())


@lru_cache(maxsize=1)
def _zones_by_data() -> dict[bytes, str]:
    from importlib import resources

    root = resources.files("tzdata") / "zoneinfo"
    out: dict[bytes, str] = {}
    for name in _zone_countries():
        path = root.joinpath(*name.split("/"))
        out.setdefault(path.read_bytes(), name)
    return out


def canonical_name(name: str) -> str:
    """The current name of a zone ("Asia/Calcutta" -> "Asia/Kolkata"); tzdata keeps an old
    name as a copy of the current one's file. Unknown names come back as they are."""
    from importlib import resources

    if name in _zone_countries():
        return name
    try:
        data = (resources.files("tzdata") / "zoneinfo").joinpath(*name.split("/")).read_bytes()
    except (OSError, ValueError):
        return name
    return _zones_by_data().get(data, name)
