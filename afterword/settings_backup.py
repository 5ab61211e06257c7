"""The profile and settings in a backup: what `backup` writes (never a password) and what
`restore` would change, with the changes that redirect the mail password singled out."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from afterword.config import Config, format_value, key_spec
from afterword.errors import ConfigError, InvalidInput

# Where the stored mail password goes: the server, how the line is protected, and the login
# that picks the password from the keyring. A backup that changes one of these could send
# the password somewhere else, so `restore` shows the change and asks first.
SERVER_KEYS = ("smtp.host", "smtp.port", "smtp.security", "smtp.user")
# No setting holds a secret today (the password lives in the keyring); this keeps one out of
# a backup should a key like it ever be added.
_SECRET = re.compile(r"password|secret|token", re.IGNORECASE)


@dataclass(frozen=True)
class Change:
    """One setting a restore would change: its key, the value now, the backup's value."""

    key: str
    before: Any
    after: Any

    def __str__(self) -> str:
        before = format_value(self.before) or "(not set)"
        return f"{self.key}: {before} \u2192 {format_value(self.after)}"


def settings_for_backup(config: Config) -> dict[str, Any]:
    """Every key set in the settings file, by dotted name; never a password."""
    return {name: value for name, value in config.items() if not _SECRET.search(name)}


def planned_changes(config: Config, settings: Any) -> list[Change]:
    """What restoring `settings` (a backup's "settings") would change; validates every key.

    Keys set here but absent from the backup are kept. Raises InvalidInput naming the key
    when the backup holds one this Afterword does not know or a bad value.
    """
    if settings is None:
        return []  # a version 1 backup holds no settings
    if not isinstance(settings, dict):
        raise InvalidInput("backup: 'settings' is malformed")
    changes = []
    for key, value in settings.items():
        if _SECRET.search(key):
            raise InvalidInput(f"backup: {key!r} looks like a password; Afterword never "
                               "restores one", hint="Remove it from the backup file.")
        try:
            spec = key_spec(key)
            from afterword.config import parse_value

            parse_value(spec, format_value(value))
        except ConfigError as exc:
            raise InvalidInput(f"backup: setting {exc.message}", hint=exc.hint) from None
        before = config.get(key)
        if before != value:
            changes.append(Change(key, before, value))
    return changes


def password_redirects(config: Config, changes: list[Change]) -> list[Change]:
    """The changes that would send the stored password somewhere else.

    Only when a mail server is set up here: on a fresh computer there is no password yet,
    and restoring its settings is the point of the backup.
    """
    if not config.get("smtp.host"):
        return []
    return [c for c in changes if c.key in SERVER_KEYS]


def apply_changes(config: Config, changes: list[Change]) -> None:
    """Write the restored settings to the settings file (comments in it are kept)."""
    for change in changes:
        config.set(change.key, format_value(change.after))
