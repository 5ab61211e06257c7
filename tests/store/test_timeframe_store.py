"""Timeframes, stale steps and dates through the store (both databases)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from afterword.compose.service import draft_interview
from afterword.config import Config
from afterword.errors import InvalidInput
from afterword.model import service as capture
from afterword.model.enums import StepState
from afterword.plan import service
from afterword.store.db import Store
from tests.conftest import EXAMPLES

ACME = EXAMPLES / "acme-data-engineer.toml"  # Monday 2 March 2026, 14:00-15:00 New York


def _config(tmp_path: Path, **settings: str) -> Config:
    config = Config(tmp_path / "config.toml")
    config.set("profile.name", "Jordan Lee")
    config.set("profile.locale", settings.get("locale", "en_GB"))
    return config


def _add(store: Store, text: str | None = None) -> int:
    added = capture.add_interview(store, text or ACME.read_text(), source=str(ACME),
                                  default_zone="UTC",
                                  now=datetime.fromisoformat("2026-03-02T16:00:00-05:00"))
    return added.interview_id


def test_a_thank_you_a_week_late_is_a_last_nudge_once_then_skipped_as_missed(
        store: Store, tmp_path: Path) -> None:
    config = _config(tmp_path)
    interview = _add(store)
    late = datetime.fromisoformat("2026-03-11T09:00:00-05:00")  # 8 days after the window
    first = service.agenda(store, config, late)
    nudged = [p.step for p in first["overdue"] if str(p.step.kind) == "thank-you"]
    assert nudged and all(s.last_nudge for s in nudged)
    assert all("Last reminder" in s.why for s in nudged)
    again = service.agenda(store, config, late)
    assert not [p for p in again["overdue"] if str(p.step.kind) == "thank-you"]
    _, steps = service.plan_for_interview(store, config, interview, late)
    thanks = [p.step for p in steps if str(p.step.kind) == "thank-you"]
    assert thanks and all(s.state is StepState.SKIPPED and s.skip_reason == "missed"
                          for s in thanks)


def test_a_thank_you_less_than_a_week_late_is_overdue_not_nudged(store: Store,
                                                                  tmp_path: Path) -> None:
    config = _config(tmp_path)
    _add(store)
    now = datetime.fromisoformat("2026-03-05T09:00:00-05:00")
    overdue = [p.step for p in service.agenda(store, config, now)["overdue"]]
    assert overdue and not any(s.last_nudge for s in overdue)
    assert service.agenda(store, config, now)["overdue"]  # still there: nothing recorded


def test_the_agenda_never_lists_a_past_time_as_due_today(store: Store, tmp_path: Path) -> None:
    config = _config(tmp_path)
    interview = _add(store)
    for d in draft_interview(store, config, interview,
                             now=datetime.fromisoformat("2026-03-02T16:00:00-05:00")):
        service.mark_sent(store, config, d.id, on=None, via=None,
                          now=datetime.fromisoformat("2026-03-02T17:00:00-05:00"))
    # The follow-up is fine from Tuesday 17 March and was suggested for 09:00 that day;
    # at 15:00 that 09:00 has passed.
    now = datetime.fromisoformat("2026-03-17T15:00:00-04:00")
    sections = service.agenda(store, config, now)
    listed = [p.step for p in sections["today"] + sections["week"] + sections["overdue"]]
    assert listed and all(s.when >= now for s in listed if s.state is StepState.DUE)


def test_plan_and_draft_name_the_same_recipient_when_the_contact_has_no_address(
        store: Store, tmp_path: Path) -> None:
    config = _config(tmp_path)
    text = ACME.read_text().replace('email = "priya.raman@acme-analytics.example"\n', "")
    interview = _add(store, text)
    now = datetime.fromisoformat("2026-03-20T10:00:00-04:00")
    _, steps = service.plan_for_interview(store, config, interview, now)
    planned = next(p.step for p in steps if str(p.step.kind) == "follow-up")
    [draft] = draft_interview(store, config, interview, kind="follow-up", now=now)
    assert planned.to_name == draft.draft.to_name


def test_the_plan_summary_and_show_give_the_resolved_date_in_the_user_s_locale(
        store: Store, tmp_path: Path) -> None:
    interview = _add(store)
    us = _config(tmp_path, locale="en_US")
    summary, _ = service.plan_for_interview(store, us, interview,
                                            datetime.fromisoformat("2026-03-03T09:00:00-05:00"))
    assert summary["decision_by"] == "2026-03-16"
    assert summary["decision_text"] == "by Monday, March 16"
    shown = capture.show_interview(store, interview, _config(tmp_path / "gb"))
    assert shown["decision_text"] == "by Monday 16 March"


def test_a_reply_takes_the_same_phrases_and_refuses_an_unreadable_one(
        store: Store, tmp_path: Path) -> None:
    config = _config(tmp_path)
    interview = _add(store)
    on = datetime.fromisoformat("2026-03-10T10:00:00-04:00")  # a Tuesday
    for said, by in [("by Friday", "2026-03-13"), ("mid-April", "2026-04-15"),
                     ("within 48 hours", "2026-03-12")]:
        result = service.record_reply(store, interview, on=on, timeframe=said, now=on,
                                      config=config)
        assert result["decision_by"] == by, said
    with pytest.raises(InvalidInput, match="cannot read a date"):
        service.record_reply(store, interview, on=on, timeframe="soonish", now=on,
                             config=config)


def test_the_review_reads_decision_by_from_the_store_and_agrees_with_the_plan(
        store: Store, tmp_path: Path) -> None:
    from afterword.review import Message, review
    from afterword.review.service import context_from_store

    config = _config(tmp_path)
    text = ACME.read_text().replace('timeframe = "within two weeks"',
                                    'timeframe = "by the end of the month"')
    interview = _add(store, text)
    now = datetime.fromisoformat("2026-03-03T09:00:00-05:00")
    context = context_from_store(store, interview, "Priya Raman", candidate="Jordan Lee",
                                 now=now, kind="follow-up", config=config)
    assert str(context.decision_by) == "2026-03-31"  # the plan's reading, not 30 days
    _, steps = service.plan_for_interview(store, config, interview, now)
    first = next(p.step for p in steps if str(p.step.kind) == "follow-up")
    assert first.suggested.date().isoformat() == "2026-04-01"
    body = "Dear Priya,\n\nI wanted to follow up on my interview.\n\nBest,\nJordan Lee"

    def flagged(at: datetime) -> bool:
        ctx = context_from_store(store, interview, "Priya Raman", candidate="Jordan Lee",
                                 now=now, kind="follow-up", config=config)
        message = Message(body, kind="follow-up", subject="Following up",
                          context=ctx._replace(sent_at=at))
        return "follow-up-too-soon" in review(message).rules()

    assert not flagged(first.suggested)
    assert flagged(datetime.fromisoformat("2026-03-31T16:00:00-04:00"))
