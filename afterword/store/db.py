"""`Store`: the database, migrated to the current schema on open; one transaction per use case."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from afterword.errors import AfterwordError

MIGRATIONS = Path(__file__).parent / "migrations"


class StoreError(AfterwordError):
    """The database cannot be opened or written."""


def normalize_url(url: str) -> str:
    """Accept a bare file path for SQLite and `postgresql://` for psycopg 3."""
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


class Store:
    """A database at `url`, opened (and migrated) on first use."""

    def __init__(self, url: str) -> None:
        self.url = normalize_url(url)
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = self._open()
        return self._engine

    def _open(self) -> Engine:
        kwargs: dict[str, Any] = {}
        if self.url.startswith("sqlite"):
            path = self.url.split("///", 1)[-1]
            if path and path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            kwargs["connect_args"] = {"timeout": 30}
        try:
            engine = create_engine(self.url, **kwargs)
        except (ArgumentError, ImportError) as exc:
            raise StoreError(
                f"cannot use the database address {self.url!r}: {exc}",
                hint="Use a file path, sqlite:///PATH or postgresql://USER@HOST:PORT/DB.",
            ) from None
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        try:
            migrate(engine)
        except OperationalError as exc:
            raise StoreError(
                f"cannot open the database {engine.url.render_as_string(hide_password=True)}: "
                f"{exc.orig}",
                hint="Check the address given with --db or AFTERWORD_DB.",
            ) from None
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        return engine

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session that commits when the block ends and rolls back if it raises."""
        self.engine  # noqa: B018 - opens and migrates
        assert self._sessions is not None
        with self._sessions() as session, session.begin():
            yield session

    def dispose(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")  # for ON DELETE CASCADE
    cursor.execute("PRAGMA journal_mode=WAL")  # readers never block the writer
    cursor.close()


def migrate(engine: Engine) -> None:
    """Bring the database to the newest schema (an older one is upgraded in place)."""
    from alembic import command
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    head = ScriptDirectory.from_config(config).get_current_head()
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    if current == head:
        return
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
