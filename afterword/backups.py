"""Backup and restore as use cases, shared by `afterword backup`/`restore` and the web app's
Settings: what a backup holds, what restoring it would change, and doing it.

The record's rows come from `store/backup.py`, the profile and settings from
`settings_backup.py`; this module puts them together so both front ends ask the same
questions (replace a record that is there? a mail server that changes?) before anything
is written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from afterword.errors import InvalidInput
from afterword.settings_backup import Change

if TYPE_CHECKING:
    from afterword.config import Config
    from afterword.store.db import Store


# The record's tables a person knows, in their words (one, many), in the order said; the
# others (`meta`, plan events, inbox bookkeeping) are Afterword's own and not named.
TABLE_WORDS = {"applications": ("application", "applications"),
               "interviews": ("interview", "interviews"),
               "interviewers": ("person you met", "people you met"),
               "messages": ("note", "notes"),
               "attachments": ("attachment", "attachments")}


def in_words(counts: dict[str, int], *more: str) -> str:
    """"1 application, 2 interviews and 5 people you met" (then `more`, e.g. "3 settings"):
    what a backup holds or a restore brought back, without zeros or table names."""
    said = [f"{counts[table]} {one if counts[table] == 1 else many}"
            for table, (one, many) in TABLE_WORDS.items() if counts.get(table)]
    said += more
    if not said:
        return "no interviews"
    return said[0] if len(said) == 1 else ", ".join(said[:-1]) + " and " + said[-1]


def take(store: Store, config: Config, *, now: datetime) -> dict[str, Any]:
    """Everything Afterword keeps, settings included (never a password), as JSON-ready data."""
    from afterword.settings_backup import settings_for_backup
    from afterword.store.backup import backup

    return backup(store, now=now, settings=settings_for_backup(config))


def from_bytes(data: bytes, name: str) -> Any:
    """A backup file's JSON; raises InvalidInput naming the file when it is not JSON."""
    import json

    try:
        return json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise InvalidInput(f"{name} is not an Afterword backup: it is not a text file",
                           hint="Choose the .json file that a backup wrote.") from None
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"{name} is not an Afterword backup: line {exc.lineno} is not "
                           f"valid JSON ({exc.msg})",
                           hint="Choose the .json file that a backup wrote.") from None


@dataclass
class RestorePlan:
    """What restoring `data` would do here, worked out before anything is written."""

    data: dict[str, Any]
    rows: dict[str, int]  # the backup's rows, by table
    changes: list[Change] = field(default_factory=list)  # settings it would change
    mail_server: list[Change] = field(default_factory=list)  # of those, where the password goes
    replaces: bool = False  # the store holds interviews, which restoring would replace

    @property
    def created_at(self) -> str | None:
        value = self.data.get("created_at")
        return value if isinstance(value, str) else None


def plan(store: Store, config: Config, data: Any) -> RestorePlan:
    """Check a backup and say what restoring it would change; raises InvalidInput."""
    from afterword.settings_backup import password_redirects, planned_changes
    from afterword.store import queries
    from afterword.store.backup import check

    tables = check(data)
    changes = planned_changes(config, data.get("settings"))
    with store.transaction() as session:
        replaces = not queries.is_empty(session)
    return RestorePlan(data=data, rows={name: len(rows) for name, rows in tables.items()},
                       changes=changes, mail_server=password_redirects(config, changes),
                       replaces=replaces)


def carry_out(store: Store, config: Config, planned: RestorePlan, *,
              replace: bool) -> dict[str, int]:
    """Restore the record (all or nothing), then the settings; returns rows by table.

    Raises Refused when the store holds interviews and `replace` is not given.
    """
    from afterword.settings_backup import apply_changes
    from afterword.store.backup import restore

    counts = restore(store, planned.data, replace=replace)
    apply_changes(config, planned.changes)
    return counts
