from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from afterword.errors import InvalidInput, NotFound
from afterword.model import service
from afterword.store.backup import backup, restore
from afterword.store.db import Store
from tests.conftest import EXAMPLES

NOW = datetime(2026, 3, 3, 9, 0, tzinfo=UTC)


def _add(store: Store, name: str, *, moved_to: str | None = None) -> service.Added:
    """Add an example file; `moved_to` ("2026-03-09") gives it another day: a later round."""
    path = EXAMPLES / name
    text = path.read_text()
    if moved_to:
        text = re.sub(r"(?m)^((?:start|end) = )\d{4}-\d{2}-\d{2}", rf"\g<1>{moved_to}", text)
    return service.add_interview(store, text, source=str(path), default_zone="UTC", now=NOW)


def test_add_and_show_round_trip_the_record(store: Store) -> None:
    added = _add(store, "acme-data-engineer.toml")
    shown = service.show_interview(store, added.interview_id)
    assert shown["application"]["company"] == "Acme Analytics"
    assert shown["start"] == "2026-03-02T19:00:00+00:00"  # 14:00 New York, stored in UTC
    assert shown["timezone"] == "America/New_York"
    assert shown["timeframe_days"] == 14
    assert [p["name"] for p in shown["interviewers"]] == ["Priya Raman", "Tomás Ortega"]
    assert shown["interviewers"][0]["point_of_contact"] is True
    assert shown["concerns"][0]["concern"] == "limited Go experience"


def test_a_second_file_for_the_same_application_adds_a_round(store: Store) -> None:
    first = _add(store, "acme-data-engineer.toml")
    second = _add(store, "acme-data-engineer.toml", moved_to="2026-03-09")
    assert second.new_round and second.application_id == first.application_id
    assert len(service.list_interviews(store)) == 2


def test_the_same_interview_added_again_is_refused_and_changes_nothing(store: Store) -> None:
    _add(store, "acme-data-engineer.toml")
    before = backup(store, now=NOW)["tables"]
    with pytest.raises(InvalidInput, match="already stored as interview 1: nothing was added"):
        _add(store, "acme-data-engineer.toml")
    assert backup(store, now=NOW)["tables"] == before


def test_an_invalid_file_stores_nothing(store: Store) -> None:
    bad = (EXAMPLES / "acme-data-engineer.toml").read_text().replace(
        'name = "Tomás Ortega"', 'name = "Tomás\\r\\nBcc: victim@example.com"'
    )
    with pytest.raises(InvalidInput, match=r"line \d+: interviewers\[2\]\.name"):
        service.add_interview(store, bad, source="x.toml", default_zone="UTC", now=NOW)
    assert service.list_interviews(store) == []


def test_a_failure_mid_transaction_leaves_the_store_as_it_was(store: Store) -> None:
    _add(store, "acme-data-engineer.toml")
    before = backup(store, now=NOW)["tables"]
    with pytest.raises(RuntimeError), store.transaction() as session:
        session.execute(text("DELETE FROM interviewers"))
        raise RuntimeError("crash mid-write")
    assert backup(store, now=NOW)["tables"] == before


def test_status_and_delete(store: Store) -> None:
    added = _add(store, "harbor-panel.toml")
    result = service.set_status(store, added.interview_id, "rejected", now=NOW)
    assert result["before"] == "interviewing"
    assert service.show_interview(store, added.interview_id)["application"]["status"] == "rejected"
    gone = service.delete_interview(store, added.interview_id)
    assert gone["application_deleted"] is True
    with pytest.raises(NotFound):
        service.show_interview(store, added.interview_id)
    assert backup(store, now=NOW)["tables"]["interviewers"] == []  # cascaded


def test_edit_text_round_trips(store: Store) -> None:
    added = _add(store, "harbor-panel.toml")
    before = service.show_interview(store, added.interview_id)
    text_ = service.interview_file_text(store, added.interview_id)
    service.replace_interview(
        store, added.interview_id, text_, source="edit.toml", default_zone="UTC", now=NOW
    )
    after = service.show_interview(store, added.interview_id)
    for person in before["interviewers"] + after["interviewers"]:
        person.pop("id")
    assert after == before


def test_backup_restores_exactly_into_an_empty_store(store: Store, tmp_path) -> None:
    _add(store, "acme-data-engineer.toml")
    _add(store, "harbor-panel.toml")
    data = backup(store, now=NOW)
    other = Store(f"sqlite:///{tmp_path / 'other.db'}")
    restore(other, data)
    assert backup(other, now=NOW) == data
    # The next id continues after the restored ones.
    added = _add(other, "harbor-panel.toml", moved_to="2026-03-12")
    assert added.interview_id == 3


def test_restore_refuses_a_non_empty_store_and_changes_nothing(store: Store) -> None:
    _add(store, "acme-data-engineer.toml")
    data = backup(store, now=NOW)
    from afterword.errors import Refused

    with pytest.raises(Refused):
        restore(store, data)
    restore(store, data, replace=True)
    assert backup(store, now=NOW)["tables"] == data["tables"]


def test_restore_continues_ids_on_both_databases(store: Store) -> None:
    _add(store, "acme-data-engineer.toml")
    data = backup(store, now=NOW)
    restore(store, data, replace=True)
    assert _add(store, "harbor-panel.toml").interview_id == 2


def test_restore_rejects_a_broken_backup_and_keeps_the_store(store: Store) -> None:
    data = {"format": "afterword-backup", "version": 1, "tables": {
        "applications": [{"id": 1, "company": "A", "bogus": 1}]}}
    with pytest.raises(InvalidInput, match="unknown fields: bogus"):
        restore(store, data)
    assert service.list_interviews(store) == []


def test_opening_an_older_database_migrates_it(db_url: str) -> None:
    from alembic import command
    from alembic.config import Config

    from afterword.store.db import MIGRATIONS

    old = Store(db_url)
    engine = old.engine  # migrated to head
    with engine.begin() as connection:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    old.dispose()
    reopened = Store(db_url)
    assert service.list_interviews(reopened) == []
    with reopened.engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    reopened.dispose()
