"""The plan's use cases on both databases: events and message states round-trip through the store."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from afterword.compose.service import draft_interview
from afterword.config import Config
from afterword.model import service as capture
from afterword.plan import service
from afterword.store.db import Store
from tests.conftest import EXAMPLES

NOW = datetime.fromisoformat("2026-03-03T08:30:00-05:00")


def test_plan_reply_status_and_mark_sent(store: Store, tmp_path: Path) -> None:
    config = Config(tmp_path / "config.toml")
    config.set("profile.name", "Jordan Lee")
    path = EXAMPLES / "acme-data-engineer.toml"
    added = capture.add_interview(store, path.read_text(), source=str(path),
                                  default_zone="UTC", now=NOW)
    drafts = draft_interview(store, config, added.interview_id, now=NOW)
    for d in drafts:
        service.mark_sent(store, config, d.id, on=None, via=None, now=NOW)
    _, steps = service.plan_for_interview(store, config, added.interview_id, NOW)
    assert [str(p.step.state) for p in steps[:2]] == ["done", "done"]
    later = datetime.fromisoformat("2026-03-10T10:00:00-04:00")
    service.record_reply(store, added.interview_id, on=None, timeframe="within a week", now=later)
    _, steps = service.plan_for_interview(store, config, added.interview_id, later)
    follow_ups = [p.step for p in steps if str(p.step.kind) == "follow-up"]
    assert follow_ups[0].due_from > later
    capture.set_status(store, added.interview_id, "offer", now=later)
    _, steps = service.plan_for_interview(store, config, added.interview_id, later)
    assert not [p for p in steps if str(p.step.kind) == "follow-up"]
    data, count, _ = service.calendar(store, config, later)
    assert data.startswith(b"BEGIN:VCALENDAR") and count == len(steps)
