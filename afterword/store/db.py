"""`Store`: the database, migrated to the current schema on open; one transaction per use case."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from afterword.errors import AfterwordError

MIGRATIONS = Path(__file__).parent / "migrations"


class StoreError(AfterwordError):
    """The database cannot be opened or written: the command fails (exit 1), nothing is changed."""

    exit_code = 1


# SQLite's own words for what went wrong with the file, and what the user can do about it.
# Matched on the driver's message, which is the only place SQLite says which case it is.
_SQLITE_FAULTS = (
    ("readonly", "is read-only: Afterword cannot save changes to it",
     "Check that you may write the file and its folder (ls -l), or copy it somewhere you can "
     "and use --db with the copy."),
    ("locked", "is busy: another program (another afterword, a backup or sync tool) is "
     "writing to it", "Wait for it to finish or close it, then try again."),
    ("not a database", "is not an Afterword database (or is damaged beyond reading)",
     "Check the path given with --db or AFTERWORD_DB. If it is your database, restore your "
     "latest backup into a new file: afterword --db NEW.db restore BACKUP.json"),
    ("malformed", "is damaged (part of the file cannot be read)",
     "Restore your latest backup into a new file: afterword --db NEW.db restore BACKUP.json "
     "(sqlite3's .recover command may save what is left)."),
    ("unable to open", "cannot be opened",
     "Check that the file and its folder exist and that you may read and write them."),
    ("disk i/o error", "cannot be read or written (a disk error)",
     "Check the disk, then restore your latest backup into a new file if it persists."),
    ("database or disk is full", "cannot grow: the disk is full",
     "Free some space, then try again."),
)


def normalize_url(url: str) -> str:
    """Accept a bare file path for SQLite and `postgresql://` for psycopg 3."""
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


class Store:
    """A database at `url`, opened (and migrated) on first use."""

    def __init__(self, url: str, *, create_folder: bool = False) -> None:
        self.url = normalize_url(url)
        # Only Afterword's own data folder is created; a folder the user named must exist,
        # or a typo would silently start an empty record.
        self.create_folder = create_folder
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = self._open()
        return self._engine

    def _open(self) -> Engine:
        kwargs: dict[str, Any] = {}
        try:
            url = make_url(self.url)
            if url.get_backend_name() == "sqlite":
                self._check_folder()
                if "timeout" not in url.query:  # `?timeout=SECONDS` in the address wins
                    kwargs["connect_args"] = {"timeout": 30}
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
        except DBAPIError as exc:
            engine.dispose()
            raise self.error(exc) from None
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        return engine

    def path(self) -> Path | None:
        """The SQLite file, or None for a server database or one in memory."""
        url = make_url(self.url)
        if url.get_backend_name() != "sqlite" or not url.database:
            return None
        name = url.database.removeprefix("file:")  # `?uri=true` addresses
        return None if name.startswith(":memory:") else Path(name)

    def _check_folder(self) -> None:
        path = self.path()
        if path is None or path.parent.is_dir():
            return
        if self.create_folder:
            path.parent.mkdir(parents=True, exist_ok=True)
            return
        raise StoreError(
            f"the folder {path.parent} does not exist, so there is no database {path}",
            hint=f"Check the path given with --db or AFTERWORD_DB; to start a new record "
            f"there, create the folder first (mkdir -p {path.parent}).",
        )

    def shown(self) -> str:
        """The database as the user named it: the file, or the address without a password."""
        path = self.path()
        if path is not None:
            return str(path)
        return make_url(self.url).render_as_string(hide_password=True)

    def error(self, exc: DBAPIError) -> StoreError:
        """A driver error as one sentence naming the database and what to do."""
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        if self.path() is not None:
            low = reason.lower()
            for needle, what, hint in _SQLITE_FAULTS:
                if needle in low:
                    return StoreError(f"the database {self.shown()} {what}", hint=hint)
        return StoreError(
            f"the database {self.shown()} cannot be used: {reason}",
            hint="Check the address given with --db or AFTERWORD_DB, and that the database "
            "server is running.",
        )

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session that commits when the block ends and rolls back if it raises.

        A database fault (read-only, locked, damaged, unreachable) becomes a StoreError naming
        the file; an IntegrityError (a broken constraint) is raised as it is.
        """
        self.engine  # noqa: B018 - opens and migrates
        assert self._sessions is not None
        try:
            with self._sessions() as session, session.begin():
                yield session
        except IntegrityError:
            raise  # a constraint, not a fault of the file: callers handle it (outbox.record_run)
        except DBAPIError as exc:
            raise self.error(exc) from None

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
    """Bring the database to the newest schema (an older one is upgraded in place).

    A database already at the newest schema, as it is on every command but the first after
    an upgrade, is recognised without Alembic: importing it costs about 0.1 s, which every
    command (`afterword draft` among them) paid only to learn there was nothing to do.
    """
    head = _head()
    if head is not None and _current(engine) == head:
        return
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


_REVISION = re.compile(r"""^(down_revision|revision)\s*=\s*['"]?(\w+)""", re.MULTILINE)


def _head() -> str | None:
    """The newest migration, from the migration files' own `revision` and `down_revision`
    lines: the one revision no other names as its parent (None when that is not one)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        for key, value in _REVISION.findall(path.read_text(encoding="utf-8")):
            (revisions if key == "revision" else parents).add(value)
    heads = revisions - parents
    return next(iter(heads)) if len(heads) == 1 else None


def _current(engine: Engine) -> str | None:
    """The schema revision the database records (None: none yet, or not one)."""
    from sqlalchemy import text

    with engine.connect() as connection:
        if not engine.dialect.has_table(connection, "alembic_version"):
            return None
        rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    return rows[0][0] if len(rows) == 1 else None
