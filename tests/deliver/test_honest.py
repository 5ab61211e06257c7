"""Honest about sending: no "Queued" for what nothing can send, no time in the past taken as
now, no draft marked incomplete sent unasked, no note marked sent in the future."""

from __future__ import annotations

import json

import pytest

from tests.deliver.conftest import outbox, sql

GAP = "add a topic you discussed with Priya to make this note specific"


@pytest.mark.parametrize("when", [[], ["--now"], ["--at", "2026-03-03T11:00"]])
def test_send_with_no_mail_server_refuses_and_says_how_to_set_one_up(acme, when) -> None:
    result = acme("send", "1", *when)
    assert result.exit_code == 2, result.output
    said = " ".join(result.output.split())
    assert "no mail server is set up, so Afterword cannot send message 1" in said
    assert "afterword config set smtp.host" in said and "docs/sending.md" in said
    assert "afterword export 1 --as eml" in said
    assert "Queued" not in result.output
    assert outbox(acme) == {}


def test_send_at_a_time_in_the_past_is_refused(acme, smtp) -> None:
    result = acme("send", "1", "--at", "2026-03-03T08:00")  # NOW is 09:30 that morning
    assert result.exit_code == 2, result.output
    said = " ".join(result.output.split())
    assert "Tue, 3 Mar 2026, 08:00 EST is in the past (it is now Tue, 3 Mar 2026, 09:30 EST)" in said
    assert "--now" in said
    assert outbox(acme) == {} and smtp.accepted == []


def test_a_draft_marked_incomplete_is_refused_unless_sent_as_is(acme, smtp) -> None:
    sql("UPDATE messages SET incomplete = :gaps WHERE id = 1", {"gaps": json.dumps([GAP])})
    refused = acme("send", "1", "--now")
    assert refused.exit_code == 2, refused.output
    said = " ".join(refused.output.split())
    assert f"message 1 is marked incomplete: {GAP}" in said
    assert "afterword edit-message 1" in said and "--as-is" in said
    assert smtp.accepted == []
    sent = acme("send", "1", "--now", "--as-is")
    assert sent.exit_code == 0, sent.output
    assert len(smtp.accepted) == 1


def test_a_review_finding_in_the_incomplete_list_is_left_to_the_review_gate(acme, smtp) -> None:
    # The review judges its own findings at the gate (errors stop, warnings do not, ignored
    # ones are honoured): only what the drafter found missing asks for --as-is.
    reason = "A sentence of 41 words is hard to read (long-sentence)"
    sql("UPDATE messages SET incomplete = :gaps WHERE id = 1", {"gaps": json.dumps([reason])})
    result = acme("send", "1", "--now")
    assert result.exit_code == 0, result.output
    assert len(smtp.accepted) == 1


def test_send_and_dispatch_name_the_recipient(acme, smtp, monkeypatch) -> None:
    queued = acme("send", "2", "--at", "2026-03-03T11:00")
    assert queued.exit_code == 0, queued.output
    assert "Queued message 2 to Tomás Ortega <tomas.ortega@acme-analytics.example>" in \
        " ".join(queued.output.split())
    now = acme("send", "1", "--now")
    assert now.exit_code == 0, now.output
    assert "1 sent (1 to Priya Raman <priya.raman@acme-analytics.example>)" in \
        " ".join(now.output.split())
    monkeypatch.setenv("AFTERWORD_NOW", "2026-03-03T11:00:00-05:00")
    dispatched = acme("dispatch")
    assert dispatched.exit_code == 0, dispatched.output
    assert "1 sent (2 to Tomás Ortega <tomas.ortega@acme-analytics.example>)" in \
        " ".join(dispatched.output.split())


def test_mark_sent_on_a_future_date_is_refused(acme) -> None:
    result = acme("mark-sent", "1", "--on", "2026-03-05")
    assert result.exit_code == 2, result.output
    assert "--on Thu, 5 Mar 2026 is in the future" in " ".join(result.output.split())
    assert sql("SELECT state FROM messages WHERE id = 1") == [("draft",)]
    later_today = acme("mark-sent", "1", "--on", "2026-03-03T17:00")
    assert later_today.exit_code == 2 and "is in the future" in later_today.output


def test_mark_sent_on_today_s_date_before_nine_is_today(acme, monkeypatch) -> None:
    # A bare date reads as 09:00; at 08:00 that day, "today" is meant, not later today.
    monkeypatch.setenv("AFTERWORD_NOW", "2026-03-03T08:00:00-05:00")
    result = acme("mark-sent", "1", "--on", "2026-03-03")
    assert result.exit_code == 0, result.output
    [(sent_at,)] = sql("SELECT sent_at FROM messages WHERE id = 1")
    assert str(sent_at).startswith("2026-03-03 13:00")  # 08:00 EST, stored in UTC


def test_on_a_terminal_send_asks_before_sending_a_draft_marked_incomplete(acme, smtp) -> None:
    import os
    import sys
    from pathlib import Path

    import pexpect

    sql("UPDATE messages SET incomplete = :gaps WHERE id = 1", {"gaps": json.dumps([GAP])})
    afterword = str(Path(sys.executable).with_name("afterword"))
    env = {**os.environ, "COLUMNS": "200"}
    child = pexpect.spawn(afterword, ["send", "1", "--at", "2026-03-03T11:00"], env=env,
                          encoding="utf-8", timeout=30)
    child.expect("Message 1 is marked incomplete")
    child.expect(GAP)
    child.expect(r"Send it as it is\?")
    child.sendline("n")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1
    assert sql("SELECT state FROM messages WHERE id = 1") == [("draft",)]
    child = pexpect.spawn(afterword, ["send", "1", "--at", "2026-03-03T11:00"], env=env,
                          encoding="utf-8", timeout=30)
    child.expect(r"Send it as it is\?")
    child.sendline("y")
    child.expect("Queued message 1 to Priya Raman")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert sql("SELECT state FROM messages WHERE id = 1") == [("queued",)]
