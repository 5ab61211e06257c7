"""Nothing sent twice: the send guard against a second note for the same plan step, at `send`
and again at the moment of sending; claims only for what is due; one connection failure
stops a run."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from afterword.compose.service import draft_interview
from afterword.config import Config
from afterword.deliver import outbox as moves
from afterword.deliver import service
from afterword.model import service as capture
from afterword.model.enums import MessageState
from afterword.store.db import Store
from tests.deliver.conftest import (
    ACME,
    NOW,
    PRIYA,
    SENDER,
    dispatch_watch,
    free_port,
    outbox,
    queue_clones,
    sql,
)

PERMANENT = "550 5.1.1 <priya.raman@acme-analytics.example>: mailbox unavailable"


def _priya_draft(run_cli: Any, *options: str) -> int:
    """Draft the interview again; the id of the fresh draft to Priya."""
    drafted = run_cli("draft", "1", *options, "--format", "json")
    assert drafted.exit_code == 0, drafted.output
    [mine] = [d["id"] for d in json.loads(drafted.stdout) if d["to_email"] == PRIYA]
    return int(mine)


def _second_thank_you(run_cli: Any) -> int:
    """A second thank-you draft to Priya beside message 1: drafting again keeps a draft the
    user edited (and drafts nobody a thank-you they already have, so this comes first)."""
    sql("UPDATE messages SET edited = :yes WHERE id = 1", {"yes": True})
    return _priya_draft(run_cli)


def test_a_second_thank_you_to_the_same_person_is_refused_naming_the_first(acme, smtp) -> None:
    again = _second_thank_you(acme)
    assert acme("send", "1", "--now").exit_code == 0
    assert again != 1
    result = acme("send", str(again), "--now")
    assert result.exit_code == 2, result.output
    said = " ".join(result.output.split())
    assert "Priya Raman already has a thank-you for this interview" in said
    assert f"; message {again} would be a second one" in said
    assert 'message 1 (thank-you to Priya Raman, "Thank you - Data Engineer interview"), ' \
           "sent Tue, 3 Mar 2026, 09:30 EST" in said
    assert f"afterword send {again} --repeat-of 1" in said
    assert len(smtp.accepted) == 1
    assert sql("SELECT state FROM messages WHERE id = :id", {"id": again}) == [("draft",)]


def test_repeat_of_naming_the_first_sends_it_and_the_outbox_remembers(acme, smtp) -> None:
    again = _second_thank_you(acme)
    assert acme("send", "1", "--now").exit_code == 0
    result = acme("send", str(again), "--now", "--repeat-of", "1")
    assert result.exit_code == 0, result.output
    assert len(smtp.accepted) == 2
    assert outbox(acme)[again]["repeat_of"] == 1
    shown = acme("outbox", env={"COLUMNS": "200"})
    assert "repeats message 1" in shown.stdout


def test_repeat_of_must_name_the_earlier_message(acme, smtp) -> None:
    again = _second_thank_you(acme)
    tomas = 4  # drafting again replaced Tomás's draft 2
    assert acme("send", "1", "--now").exit_code == 0
    nothing = acme("send", str(tomas), "--now", "--repeat-of", "1")  # Tomás has had none yet
    assert nothing.exit_code == 2 and "repeats nothing" in nothing.output
    assert acme("send", str(tomas), "--now").exit_code == 0
    wrong = acme("send", str(again), "--now", "--repeat-of", str(tomas))  # not Priya's
    assert wrong.exit_code == 2 and "already has a thank-you" in wrong.output
    assert len(smtp.accepted) == 2


def test_a_thank_you_still_queued_counts_too(acme, smtp) -> None:
    again = _second_thank_you(acme)
    assert acme("send", "1", "--at", "2026-03-03T11:00").exit_code == 0
    result = acme("send", str(again), "--now")
    assert result.exit_code == 2
    assert "queued for Tue, 3 Mar 2026, 11:00 EST" in " ".join(result.output.split())
    assert smtp.accepted == []


def test_a_thank_you_that_failed_does_not_count(acme, smtp) -> None:
    smtp.mailbox.script.append(PERMANENT)
    assert acme("send", "1", "--now").exit_code == 1
    assert outbox(acme)[1]["state"] == "failed"
    again = _priya_draft(acme)
    result = acme("send", str(again), "--now")
    assert result.exit_code == 0, result.output
    [got] = smtp.accepted
    assert got.message["To"].addresses[0].addr_spec == PRIYA


def test_the_second_follow_up_is_a_step_of_its_own(acme, smtp, monkeypatch) -> None:
    assert acme("send", "1", "--now").exit_code == 0
    monkeypatch.setenv("AFTERWORD_NOW", "2026-03-17T10:00:00-04:00")
    first = _priya_draft(acme, "--kind", "follow-up")
    assert acme("send", str(first), "--now").exit_code == 0
    monkeypatch.setenv("AFTERWORD_NOW", "2026-03-25T10:00:00-04:00")  # a week on, no answer
    second = _priya_draft(acme, "--kind", "follow-up")
    result = acme("send", str(second), "--now")
    assert result.exit_code == 0, result.output
    assert len(smtp.accepted) == 3


def test_a_follow_up_already_queued_blocks_another_for_the_same_step(acme, smtp,
                                                                     monkeypatch) -> None:
    assert acme("send", "1", "--now").exit_code == 0
    monkeypatch.setenv("AFTERWORD_NOW", "2026-03-17T10:00:00-04:00")
    first = _priya_draft(acme, "--kind", "follow-up")
    assert acme("send", str(first), "--at", "2026-03-17T11:00").exit_code == 0
    # Drafting follow-ups again leaves the queued one and makes a fresh draft.
    second = _priya_draft(acme, "--kind", "follow-up")
    result = acme("send", str(second), "--now")
    assert result.exit_code == 2
    said = " ".join(result.output.split())
    assert "a follow-up for this step of the plan is already on its way" in said
    assert f"message {first} (follow-up to Priya Raman" in said
    assert len(smtp.accepted) == 1


def test_the_dispatcher_holds_a_second_thank_you_queued_behind_the_guard(acme, smtp,
                                                                       monkeypatch) -> None:
    # Queued before the guard existed (or by two `send`s at the same instant): at the moment
    # of sending, the one that goes second is held, not sent.
    again = _second_thank_you(acme)
    assert acme("send", "1", "--at", "2026-03-03T11:00").exit_code == 0
    sql("UPDATE messages SET state = 'queued', message_id = '<second@example.com>', "
        "scheduled_at = (SELECT scheduled_at FROM messages WHERE id = 1) WHERE id = :id",
        {"id": again})
    monkeypatch.setenv("AFTERWORD_NOW", "2026-03-03T11:00:00-05:00")
    result = acme("dispatch")
    assert result.exit_code == 1
    assert len(smtp.accepted) == 1
    row = outbox(acme)[again]
    assert row["state"] == "held"
    assert row["last_reply"].startswith("held: message 1 (thank-you to Priya Raman")
    assert "--repeat-of 1" in row["last_reply"]


def _config(tmp_path: Path) -> Config:
    config = Config(tmp_path / "settings.toml")
    config.set("profile.name", "Jordan Lee")
    config.set("profile.email", SENDER)
    config.set("profile.timezone", "America/New_York")
    config.set("smtp.host", "127.0.0.1")
    return config


def _acme_drafts(store: Store, config: Config) -> tuple[int, list[int]]:
    """The Acme interview stored and drafted: its id, and its drafts' (Priya's first)."""
    now = datetime.fromisoformat(NOW)
    added = capture.add_interview(store, ACME.read_text(encoding="utf-8"), source=str(ACME),
                                  default_zone="America/New_York", now=now)
    drafts = draft_interview(store, config, added.interview_id, now=now)
    return added.interview_id, [d.id for d in drafts]


def test_the_guard_reads_the_store_on_both_databases(store: Store, tmp_path: Path) -> None:
    config = _config(tmp_path)
    now = datetime.fromisoformat(NOW)
    interview, (priya, _) = _acme_drafts(store, config)
    with store.transaction() as session:  # edited, so drafting again keeps it
        session.execute(text("UPDATE messages SET edited = :yes WHERE id = :id"),
                        {"yes": True, "id": priya})
    [again] = [d.id for d in draft_interview(store, config, interview, now=now)
               if d.draft.to_email == PRIYA]
    service.queue(store, config, priya, at=None, now=now)
    with pytest.raises(service.AlreadySent) as refused:
        service.queue(store, config, again, at=None, now=now)
    assert refused.value.earlier == [priya]
    service.queue(store, config, again, at=None, now=now, repeat_of=priya)


def test_claim_takes_only_what_is_due_on_both_databases(store: Store, tmp_path: Path) -> None:
    config = _config(tmp_path)
    now = datetime.fromisoformat(NOW)
    tomorrow = now + timedelta(days=1)
    _, (message, _) = _acme_drafts(store, config)
    service.queue(store, config, message, at=now, now=now)
    with store.transaction() as session:
        batch = moves.due_ids(session, now)  # a sibling dispatcher reads its batch...
    assert batch == [message]
    # ...then the message is cancelled and queued again for tomorrow.
    service.cancel(store, message, now)
    service.queue(store, config, message, at=tomorrow, now=now)
    assert not moves.claim(store, message, now)
    # Deferred for a retry, likewise: not before its new time.
    assert moves.claim(store, message, tomorrow)
    moves.settle(store, message, MessageState.QUEUED, tomorrow, reply="451 later",
                 retry_at=tomorrow + timedelta(minutes=5))
    assert not moves.claim(store, message, tomorrow + timedelta(minutes=1))
    assert moves.claim(store, message, tomorrow + timedelta(minutes=5))


def test_a_run_that_cannot_reach_the_server_stops_after_the_first_try(acme, run_cli) -> None:
    ids = queue_clones(3)
    run_cli("config", "set", "smtp.host", "127.0.0.1")
    run_cli("config", "set", "smtp.port", str(free_port()))  # nobody listens there
    run_cli("config", "set", "smtp.security", "none")
    result = acme("dispatch")
    assert result.exit_code == 1
    assert "cannot reach 127.0.0.1" in result.output
    assert "Stopped there: 2 other due notes stay queued for the next run." in result.output
    rows = sql("SELECT id, state, attempts FROM messages WHERE id > 2 ORDER BY id")
    assert rows == [(ids[0], "queued", 1), (ids[1], "queued", 0), (ids[2], "queued", 0)]



def test_the_review_given_the_interview_flags_a_note_already_sent_to_them(acme, smtp,
                                                                         tmp_path: Path) -> None:
    assert acme("send", "1", "--now").exit_code == 0
    note = tmp_path / "again.txt"
    note.write_text(sql("SELECT body FROM messages WHERE id = 1")[0][0], encoding="utf-8")
    result = acme("review", str(note), "--interview", "1", "--to", "Priya",
                  "--subject", "Thank you", "--format", "json")
    [found] = [f for f in json.loads(result.stdout)["findings"] if f["rule"] == "duplicate-note"]
    assert "already sent Priya Raman on 3 March 2026" in found["message"]
    to_tomas = acme("review", str(note), "--interview", "1", "--to", "Tomás",
                    "--subject", "Thank you", "--format", "json")
    assert "already sent" not in to_tomas.stdout


def test_dispatch_watch_says_it_is_waiting_and_for_what(acme, smtp) -> None:
    assert acme("send", "1", "--at", "2026-03-03T11:00").exit_code == 0
    with dispatch_watch("--interval", "5") as watcher:
        first = watcher.line()
        assert "Watching the outbox: checking every 5 seconds" in first
        assert "Ctrl+C stops" in first
        waiting = watcher.line()
        assert waiting.strip() == ("Waiting: next, message 1 to Priya Raman "
                                   f"<{PRIYA}> at Tue, 3 Mar 2026, 11:00 EST.")
        code, rest = watcher.stop()
    assert code == 0, rest
    assert "Stopped watching." in rest and "Traceback" not in rest
    assert smtp.accepted == []


def test_export_keeps_its_message_id_on_both_databases(store: Store, tmp_path: Path) -> None:
    import email
    from email import policy

    config = _config(tmp_path)
    now = datetime.fromisoformat(NOW)
    _, (message, _) = _acme_drafts(store, config)
    data, notes = service.export_eml(store, config, message, now)
    exported = email.message_from_bytes(data, policy=policy.default)["Message-ID"]
    assert notes == [] and exported.endswith("@example.com>")
    again, _ = service.export_eml(store, config, message, now)
    assert email.message_from_bytes(again, policy=policy.default)["Message-ID"] == exported
    assert service.outbox_rows(store) == []  # a draft still: exporting sends nothing
    from afterword.compose.service import get_message

    assert get_message(store, message)["message_id"] == exported


def test_a_thank_you_that_bounced_does_not_count(acme, smtp) -> None:
    assert acme("send", "1", "--now").exit_code == 0
    not_yet = acme("confirm", "2", "bounced")
    assert not_yet.exit_code == 2 and "only a sent message can bounce" in not_yet.output
    result = acme("confirm", "1", "bounced")
    assert result.exit_code == 0, result.output
    row = outbox(acme)[1]
    assert row["state"] == "failed" and row["last_reply"].startswith("bounced")
    again = _priya_draft(acme)
    sent = acme("send", str(again), "--now")
    assert sent.exit_code == 0, sent.output
    assert len(smtp.accepted) == 2


def test_record_run_writes_and_then_updates_on_both_databases(store: Store) -> None:
    now = datetime.fromisoformat(NOW)
    assert moves.last_run(store) is None
    moves.record_run(store, now)
    moves.record_run(store, now + timedelta(minutes=5))
    assert moves.last_run(store) == now + timedelta(minutes=5)


def test_dispatch_watch_with_no_mail_server_says_so_before_watching(run_cli) -> None:
    result = run_cli("dispatch", "--watch")
    assert result.exit_code != 0
    assert "no mail server is set up" in result.output
    assert "Watching" not in result.output
