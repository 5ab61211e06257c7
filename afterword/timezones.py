"""Time zones: real IANA zones (zoneinfo + tzdata), checked at the door."""

from __future__ import annotations

from datetime import tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from afterword.errors import InvalidInput


@lru_cache(maxsize=256)
def zone(name: str, *, field: str = "timezone") -> ZoneInfo:
    """The IANA zone `name`; raises InvalidInput naming `field` when there is no such zone."""
    try:
        if not name or name != name.strip() or ".." in name:
            raise ValueError(name)
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise InvalidInput(
            f"{field}: {name!r} is not a time zone",
            hint="Use an IANA name such as America/New_York, Europe/Berlin or Asia/Kolkata.",
        ) from None


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


@lru_cache(maxsize=1)
def _zone_countries() -> dict[str, str]:
    """IANA zone -> ISO 3166 country code, from tzdata's zone.tab."""
    from importlib import resources

    table = resources.files("tzdata") / "zoneinfo" / "zone.tab"
    out: dict[str, str] = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            parts = line.split("\t")
            if len(parts) >= 3:
                out[parts[2]] = parts[0]
    return out


def country_for_zone(name: str | None) -> str | None:
    """The country a zone belongs to ("Europe/Berlin" -> "DE"), or None ("UTC")."""
    if not name:
        return None
    return _zone_countries().get(name)
