"""When the server says no, or the connection breaks: retried, failed, or unknown, as the
moment of the fault decides; never lost, never sent twice."""

from __future__ import annotations

import email
import os
from datetime import datetime, timedelta
from email import policy
from pathlib import Path

import pytest

from tests.deliver.conftest import DROP, NOW, free_port, outbox, sql

TEMPORARY = "451 4.3.0 Greylisted, try again later"
PERMANENT = "550 5.1.1 <priya.raman@acme-analytics.example>: mailbox unavailable"


def _at(**delta: float) -> str:
    return (datetime.fromisoformat(NOW) + timedelta(**delta)).isoformat()


def test_a_451_is_retried_after_the_backoff_and_sent_once(acme, smtp, monkeypatch) -> None:
    smtp.mailbox.script.append(TEMPORARY)
    first = acme("send", "1", "--now")
    assert first.exit_code == 1
    assert "1 to retry" in first.output
    row = outbox(acme)[1]
    assert row["state"] == "queued" and row["attempts"] == 1
    assert row["last_reply"] == f"{TEMPORARY} (will try again)"
    assert datetime.fromisoformat(row["scheduled_at"]) == datetime.fromisoformat(_at(minutes=1))
    # Before the backoff has passed, nothing is tried.
    assert acme("dispatch").exit_code == 0
    assert smtp.mailbox.data_commands == 1
    monkeypatch.setenv("AFTERWORD_NOW", _at(minutes=1, seconds=1))
    again = acme("dispatch")
    assert again.exit_code == 0, again.output
    assert "1 sent" in again.output
    row = outbox(acme)[1]
    assert row["state"] == "sent" and row["attempts"] == 2
    assert smtp.mailbox.refused == [TEMPORARY]
    assert smtp.mailbox.message_ids() == {row["message_id"]: 1}


def test_a_message_that_keeps_getting_4xx_fails_after_the_last_try(acme, smtp,
                                                                  monkeypatch) -> None:
    from afterword.deliver.outbox import BACKOFF, MAX_ATTEMPTS

    smtp.mailbox.script.extend([TEMPORARY] * MAX_ATTEMPTS)
    acme("send", "1", "--now")
    elapsed = timedelta()
    for wait in BACKOFF:
        elapsed += wait + timedelta(seconds=1)
        monkeypatch.setenv("AFTERWORD_NOW", _at(seconds=elapsed.total_seconds()))
        acme("dispatch")
    row = outbox(acme)[1]
    assert row["state"] == "failed" and row["attempts"] == MAX_ATTEMPTS
    assert row["last_reply"] == f"gave up after {MAX_ATTEMPTS} tries: {TEMPORARY}"
    assert smtp.mailbox.data_commands == MAX_ATTEMPTS and smtp.accepted == []


def test_a_550_fails_the_message_and_keeps_the_reason_for_the_outbox(acme, smtp,
                                                                    monkeypatch) -> None:
    smtp.mailbox.script.append(PERMANENT)
    result = acme("send", "1", "--now")
    assert result.exit_code == 1
    assert "1 failed" in result.output
    row = outbox(acme)[1]
    assert row["state"] == "failed" and row["last_reply"] == PERMANENT
    shown = acme("outbox", env={"COLUMNS": "250"})
    assert "failed" in shown.stdout and PERMANENT in shown.stdout
    monkeypatch.setenv("AFTERWORD_NOW", _at(hours=2))
    assert acme("dispatch").exit_code == 0  # a failed message is not tried again
    assert smtp.mailbox.data_commands == 1 and smtp.accepted == []


def test_a_connection_dropped_mid_data_is_retried_and_then_sent(acme, raw_smtp, monkeypatch,
                                                                tmp_path: Path) -> None:
    server = raw_smtp(["mid-data"])
    # Several MB, more than the loopback socket buffers hold: the client is still writing
    # when the server hangs up, so its final "." never leaves.
    big = tmp_path / "portfolio.bin"
    big.write_bytes(os.urandom(8 * 1024 * 1024))
    first = acme("send", "1", "--now", "--attach", str(big))
    assert first.exit_code == 1
    assert "1 to retry" in first.output
    assert server.dropped == ["mid-data"] and server.accepted == []
    row = outbox(acme)[1]
    assert row["state"] == "queued"
    assert row["last_reply"].startswith("connection lost while sending")
    assert sql("SELECT data_started_at FROM messages WHERE id = 1") == [(None,)]
    monkeypatch.setenv("AFTERWORD_NOW", _at(minutes=1, seconds=1))
    again = acme("dispatch")
    assert again.exit_code == 0, again.output
    [data] = server.accepted
    assert outbox(acme)[1]["state"] == "sent"
    msg = email.message_from_bytes(data, policy=policy.default)
    assert msg["Message-ID"] == row["message_id"]
    [part] = list(msg.iter_attachments())
    assert part.get_content() == big.read_bytes()


@pytest.mark.parametrize("server_kind", ["aiosmtpd", "raw"])
def test_a_connection_dropped_after_the_final_dot_is_unknown_and_never_resent(
        acme, smtp, raw_smtp, monkeypatch, server_kind: str) -> None:
    if server_kind == "aiosmtpd":  # over STARTTLS: the handler closes instead of replying
        smtp.mailbox.script.append(DROP)
        data_commands = lambda: smtp.mailbox.data_commands  # noqa: E731
    else:
        raw = raw_smtp(["after-dot"])
        data_commands = lambda: len(raw.dropped) + len(raw.accepted)  # noqa: E731
    result = acme("send", "1", "--now")
    assert result.exit_code == 1
    assert "1 unknown: please confirm" in result.output
    row = outbox(acme)[1]
    assert row["state"] == "unknown"
    assert row["last_reply"].startswith("no reply after the message was sent")
    # Past every backoff and the lease: still not sent again.
    monkeypatch.setenv("AFTERWORD_NOW", _at(hours=3))
    later = acme("dispatch")
    assert later.exit_code == 0, later.output
    assert data_commands() == 1
    assert outbox(acme)[1]["state"] == "unknown"
    assert acme("send", "1", "--now").exit_code == 2  # `send` will not blindly resend it


def test_confirm_settles_an_unknown_message_either_way(acme, smtp, monkeypatch) -> None:
    smtp.mailbox.script.extend([DROP, DROP])
    acme("send", "1", "--now")
    acme("send", "2", "--now")
    assert {outbox(acme)[i]["state"] for i in (1, 2)} == {"unknown"}
    assert acme("confirm", "1", "sent").exit_code == 0
    row = outbox(acme)[1]
    assert row["state"] == "sent" and row["sent_at"] is not None
    assert acme("confirm", "2", "not-sent").exit_code == 0
    assert sql("SELECT state FROM messages WHERE id = 2") == [("draft",)]
    again = acme("send", "2", "--now")
    assert again.exit_code == 0, again.output
    assert len(smtp.accepted) == 1
    assert smtp.accepted[0].message_id == outbox(acme)[2]["message_id"]
    assert acme("confirm", "1", "sent").exit_code == 2  # only an unknown can be confirmed


def test_a_server_that_cannot_be_reached_leaves_the_message_queued(acme, monkeypatch,
                                                                 run_cli) -> None:
    run_cli("config", "set", "smtp.host", "127.0.0.1")
    run_cli("config", "set", "smtp.port", str(free_port()))  # nobody listens there
    run_cli("config", "set", "smtp.security", "none")
    result = acme("send", "1", "--now")
    assert result.exit_code == 1
    assert "cannot reach 127.0.0.1" in result.output
    row = outbox(acme)[1]
    assert row["state"] == "queued" and row["attempts"] == 1
    assert "will try again" in row["last_reply"]


