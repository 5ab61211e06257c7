"""Opening a database already at the newest schema: known without Alembic, on both engines."""

from __future__ import annotations

import subprocess
import sys

from sqlalchemy import create_engine, text

from afterword.store import db
from afterword.store.db import Store


def test_the_head_read_from_the_migration_files_is_alembic_s_own() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(db.MIGRATIONS))
    assert db._head() == ScriptDirectory.from_config(config).get_current_head()


def test_a_new_database_is_migrated_and_then_recognised_as_current(db_url: str) -> None:
    store = Store(db_url)
    store.engine  # noqa: B018 - opens and migrates
    assert db._current(store.engine) == db._head()
    store.dispose()


def test_an_older_schema_is_still_upgraded(db_url: str) -> None:
    from alembic import command
    from alembic.config import Config

    engine = create_engine(db_url)
    config = Config()
    config.set_main_option("script_location", str(db.MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0009")
    assert db._current(engine) == "0009"
    db.migrate(engine)
    assert db._current(engine) == db._head()
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1
    engine.dispose()


def test_opening_a_current_database_does_not_import_alembic(tmp_path) -> None:
    path = tmp_path / "current.db"
    Store(f"sqlite:///{path}").engine  # noqa: B018 - creates it at the newest schema
    code = ("import sys; from afterword.store.db import Store; "
            f"Store('sqlite:///{path}').engine; print('alembic' in sys.modules)")
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           check=True)
    assert shown.stdout.strip() == "False"
