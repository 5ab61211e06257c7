"""The one place that reads the clock: `AFTERWORD_NOW` (ISO 8601) fixes it for tests and the demo."""

from __future__ import annotations

import os
from datetime import UTC, datetime

from afterword.errors import ConfigError


def now() -> datetime:
    """The current time, timezone-aware; `AFTERWORD_NOW` overrides it."""
    fixed = os.environ.get("AFTERWORD_NOW")
    if not fixed:
        return datetime.now(UTC)
    try:
        value = datetime.fromisoformat(fixed)
    except ValueError:
        raise ConfigError(
            f"AFTERWORD_NOW={fixed!r} is not an ISO 8601 time",
            hint="Use a form like 2026-03-03T09:00:00-05:00, or unset it.",
        ) from None
    if value.tzinfo is None:
        from afterword.timezones import local_zone

        value = value.replace(tzinfo=local_zone())
    return value
