"""The explicit `messages.edited` flag, and its migration from the old updated_at rule."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import text

from afterword.model import service
from afterword.model.record import Message
from afterword.store.db import Store
from tests.conftest import EXAMPLES

NOW = datetime(2026, 3, 3, 9, 0, tzinfo=UTC)


def _downgrade(store: Store, revision: str) -> None:
    from alembic import command
    from alembic.config import Config

    from afterword.store.db import MIGRATIONS

    with store.engine.begin() as connection:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


def test_upgrading_marks_drafts_the_old_rule_called_edited(db_url: str) -> None:
    store = Store(db_url)
    path = EXAMPLES / "acme-data-engineer.toml"
    added = service.add_interview(store, path.read_text(), source=str(path),
                                  default_zone="UTC", now=NOW)
    with store.transaction() as session:
        for n, later in enumerate((timedelta(0), timedelta(minutes=5))):
            session.add(Message(interview_id=added.interview_id, kind="thank-you",
                                channel="email", to_name=f"P{n}", body="Thank you.",
                                created_at=NOW, updated_at=NOW + later))
    _downgrade(store, "0005")
    store.dispose()
    reopened = Store(db_url)  # migrates to head again
    with reopened.transaction() as session:
        rows = session.execute(text("SELECT to_name, edited FROM messages ORDER BY id")).all()
    reopened.dispose()
    assert [(name, bool(edited)) for name, edited in rows] == [("P0", False), ("P1", True)]
