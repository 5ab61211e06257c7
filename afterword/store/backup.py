"""Backup and restore: every table as versioned JSON, restored exactly (ids included)."""

from __future__ import annotations

import base64
from datetime import datetime
from typing import Any

from sqlalchemy import LargeBinary, delete, insert, select, text

from afterword import __version__
from afterword.errors import InvalidInput, Refused
from afterword.model.record import Base, UTCDateTime
from afterword.store import queries
from afterword.store.db import Store

FORMAT = "afterword-backup"
# Bump when the backup's shape changes; restore reads every version up to this one.
# 2: adds "settings" (the profile and settings, never a password).
VERSION = 2


def backup(
    store: Store, *, now: datetime, settings: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Every row of every table, in dependency order, as JSON-ready data, with `settings`."""
    tables: dict[str, list[dict[str, Any]]] = {}
    with store.transaction() as session:
        for table in Base.metadata.sorted_tables:
            rows = session.execute(select(table).order_by(*table.primary_key.columns)).mappings()
            tables[table.name] = [
                {col.name: _dump(row[col.name], col.type) for col in table.columns}
                for row in rows
            ]
    return {
        "format": FORMAT,
        "version": VERSION,
        "created_at": now.isoformat(),
        "afterword": __version__,
        "settings": settings or {},
        "tables": tables,
    }


def _dump(value: Any, kind: Any) -> Any:
    if value is None:
        return None
    if isinstance(kind, UTCDateTime):
        return value.isoformat()
    if isinstance(kind, LargeBinary):  # attachments: base64 keeps the JSON text
        return base64.b64encode(value).decode("ascii")
    return value


def restore(store: Store, data: Any, *, replace: bool = False) -> dict[str, int]:
    """Load a backup; refuses a non-empty store unless `replace`. All or nothing."""
    tables = check(data)
    with store.transaction() as session:
        if not queries.is_empty(session):
            if not replace:
                raise Refused(
                    "the store already holds interviews: restoring would mix two records",
                    hint="Restore into an empty database (--db), or pass --replace to "
                    "overwrite everything in this one.",
                )
            for table in reversed(Base.metadata.sorted_tables):
                session.execute(delete(table))
        counts: dict[str, int] = {}
        for table in Base.metadata.sorted_tables:
            rows = tables.get(table.name, [])
            columns = {col.name: col for col in table.columns}
            prepared = []
            for number, row in enumerate(rows, start=1):
                unknown = set(row) - set(columns)
                if unknown:
                    raise InvalidInput(
                        f"backup: {table.name} row {number} has unknown fields: "
                        + ", ".join(sorted(unknown))
                    )
                prepared.append(
                    {name: _load(value, columns[name].type) for name, value in row.items()}
                )
            if prepared:
                session.execute(insert(table), prepared)
            counts[table.name] = len(prepared)
        if session.get_bind().dialect.name == "postgresql":
            for table in Base.metadata.sorted_tables:  # next ids continue after the restored ones
                if "id" not in table.columns:
                    continue
                session.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                        f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
                    )
                )
        return counts


def _load(value: Any, kind: Any) -> Any:
    if value is None:
        return None
    try:
        if isinstance(kind, UTCDateTime):
            return datetime.fromisoformat(value)
        if isinstance(kind, LargeBinary):
            return base64.b64decode(value, validate=True)
    except (TypeError, ValueError):
        raise InvalidInput(f"backup: {str(value)[:40]!r} is not a valid {kind}") from None
    return value


def check(data: Any) -> dict[str, list[dict[str, Any]]]:
    """The backup's tables; raises InvalidInput when `data` is not a backup this version reads."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InvalidInput("this file is not an Afterword backup")
    version = data.get("version")
    if not isinstance(version, int) or version > VERSION:
        raise InvalidInput(
            f"this backup has version {version!r}; this Afterword reads up to {VERSION}",
            hint="Upgrade Afterword to restore it.",
        )
    tables = data.get("tables")
    if not isinstance(tables, dict) or not all(isinstance(v, list) for v in tables.values()):
        raise InvalidInput("backup: 'tables' is missing or malformed")
    return tables
