"""The calendar export through the store, on both databases: each step keeps its event for its
whole life, and a step that leaves the plan is cancelled, not forgotten."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from icalendar import Calendar

from afterword.compose.service import draft_interview
from afterword.config import Config
from afterword.model import service as capture
from afterword.plan import service
from afterword.store.db import Store
from tests.conftest import EXAMPLES

ACME = EXAMPLES / "acme-data-engineer.toml"
NOW = datetime.fromisoformat("2026-03-03T08:30:00-05:00")
LATER = datetime.fromisoformat("2026-03-10T10:00:00-04:00")


@pytest.fixture
def acme(store: Store, tmp_path: Path) -> tuple[Store, Config, int]:
    config = Config(tmp_path / "config.toml")
    config.set("profile.name", "Jordan Lee")
    added = capture.add_interview(store, ACME.read_text(), source=str(ACME),
                                  default_zone="UTC", now=NOW)
    return store, config, added.interview_id


def exported(store: Store, config: Config, now: datetime) -> dict[str, tuple[str, int, str]]:
    """UID -> (STATUS, SEQUENCE, SUMMARY), as a calendar program would read the file."""
    data, count, _ = service.calendar(store, config, now)
    found = {str(e["UID"]): (str(e["STATUS"]), int(e["SEQUENCE"]), str(e["SUMMARY"]))
             for e in Calendar.from_ical(data).walk("VEVENT")}
    assert len(found) == count
    return found


def test_a_reply_moves_the_follow_ups_under_the_same_uids(acme) -> None:
    store, config, iid = acme
    before = exported(store, config, NOW)
    service.record_reply(store, iid, on=None, timeframe="within a week", now=LATER)
    after = exported(store, config, LATER)
    assert set(after) == set(before)
    follow_up = f"afterword-{iid}-follow-up-1@afterword"
    assert after[follow_up][0] == "CONFIRMED"
    assert after[follow_up][1] == before[follow_up][1] + 1


def test_withdrawing_cancels_every_open_step_with_a_higher_sequence(acme) -> None:
    store, config, iid = acme
    before = exported(store, config, NOW)
    capture.set_status(store, iid, "withdrawn", now=LATER)
    after = exported(store, config, LATER)
    assert set(after) == set(before)
    for uid, (status, sequence, summary) in after.items():
        assert (status, sequence) == ("CANCELLED", before[uid][1] + 1), uid
        assert summary.startswith("No longer needed: ")
    assert exported(store, config, LATER) == after  # exported again: nothing new to say


def test_skip_and_mark_sent_update_their_events_in_place(acme) -> None:
    store, config, iid = acme
    before = exported(store, config, NOW)
    service.skip_step(store, config, iid, f"{iid}:follow-up-2", NOW)
    for draft in draft_interview(store, config, iid, now=NOW):
        service.mark_sent(store, config, draft.id, on=None, via=None, now=NOW)
    after = exported(store, config, NOW)
    assert set(after) == set(before)
    skipped = after[f"afterword-{iid}-follow-up-2@afterword"]
    assert skipped[0] == "CANCELLED"
    assert skipped[1] > before[f"afterword-{iid}-follow-up-2@afterword"][1]
    thanks = [v for u, v in after.items() if "thank-you" in u]
    assert len(thanks) == 2 and all(s.startswith("Sent: ") and st == "CONFIRMED"
                                    for st, _, s in thanks)


def test_a_deleted_interviews_events_are_cancelled(acme) -> None:
    store, config, iid = acme
    before = exported(store, config, NOW)
    capture.delete_interview(store, iid)
    after = exported(store, config, LATER)
    assert set(after) == set(before)
    assert {status for status, _, _ in after.values()} == {"CANCELLED"}
