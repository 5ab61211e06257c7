"""The dispatcher reads the inbox just before a follow-up goes out: a reply that came
meanwhile stops it (real Dovecot, real SMTP server)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from tests.deliver.conftest import PRIYA, SmtpServer, dispatch_watch, outbox, sql
from tests.inbox.conftest import Sent, mail
from tests.inbox.dovecot import Dovecot

RECEIVED = datetime.fromisoformat("2026-03-20T11:00:00-04:00")
DUE = "2026-03-20T09:30"
LATER = "2026-03-20T12:00:00-04:00"


def _queued_follow_up(sent: Sent, monkeypatch: Any) -> int:
    drafted = sent.run("draft", "1", "--kind", "follow-up", "--format", "json")
    assert drafted.exit_code == 0, drafted.output
    follow_up = json.loads(drafted.stdout)[0]["id"]
    monkeypatch.setenv("AFTERWORD_NOW", "2026-03-19T12:00:00-04:00")
    queued = sent.run("send", str(follow_up), "--at", DUE, "--override-plan", "--override-review",
                      "--as-is")
    assert queued.exit_code == 0, queued.output
    monkeypatch.setenv("AFTERWORD_NOW", LATER)
    return int(follow_up)


def test_a_reply_that_came_before_the_follow_up_went_out_stops_it(
        sent: Sent, imap: Dovecot, smtp: SmtpServer, monkeypatch: Any) -> None:
    follow_up = _queued_follow_up(sent, monkeypatch)
    imap.put(mail(sender=f"Priya Raman <{PRIYA}>", subject="Re: Thank you",
                  body="Hi Jordan, sorry for the wait: we are still interviewing.",
                  message_id="<late@acme-analytics.example>", in_reply_to=sent.priya_id),
             received=RECEIVED)
    result = sent.run("dispatch")
    assert result.exit_code == 0, result.output
    assert "Read your inbox first: 1 new reply" in result.stdout
    assert smtp.accepted == []
    assert sql("SELECT state FROM messages WHERE id = :i", {"i": follow_up}) == [("cancelled",)]


def test_without_a_reply_the_follow_up_goes_and_an_unreadable_inbox_is_said(
        sent: Sent, imap: Dovecot, smtp: SmtpServer, monkeypatch: Any) -> None:
    follow_up = _queued_follow_up(sent, monkeypatch)
    result = sent.run("dispatch", env={"AFTERWORD_IMAP_PASSWORD": "wrong"})
    assert result.exit_code == 0, result.output
    assert "the inbox could not be read before sending a follow-up" in result.stderr
    assert "refused your login" in result.stderr
    assert len(smtp.accepted) == 1
    assert sql("SELECT state FROM messages WHERE id = :i", {"i": follow_up}) == [("sent",)]


def test_a_thank_you_alone_does_not_read_the_inbox(
        sent: Sent, imap: Dovecot, smtp: SmtpServer, monkeypatch: Any) -> None:
    sql("UPDATE messages SET state = 'draft', sent_at = NULL WHERE id = 2")
    monkeypatch.setenv("AFTERWORD_NOW", "2026-03-03T10:00:00-05:00")
    queued = sent.run("send", "2", "--now", "--override-plan", "--override-review")
    assert queued.exit_code == 0, queued.output
    assert "Read your inbox" not in queued.stdout
    assert sql("SELECT count(*) FROM inbox_folders") == [(0,)]


def test_dispatch_watch_reads_the_inbox_on_its_interval(sent: Sent, imap: Dovecot) -> None:
    imap.put(mail(sender=f"Priya Raman <{PRIYA}>", subject="Re: Thank you",
                  body="Thanks Jordan, we will be in touch.",
                  message_id="<w1@acme-analytics.example>", in_reply_to=sent.priya_id),
             received=datetime.fromisoformat("2026-03-04T11:00:00-05:00"))
    with dispatch_watch("--interval", "5", "--inbox-every", "1") as watcher:
        lines = [watcher.line() for _ in range(3)]
        assert "Watching the outbox" in lines[0]
        assert "Reading replies every 1 minute, and just before a follow-up goes out" in lines[1]
        assert lines[2].strip() == (f"Inbox: reply from Priya Raman <{PRIYA}> (Acme Analytics): "
                                    "applied.")
        code, rest = watcher.stop()
    assert code == 0, rest
    assert sql("SELECT count(*) FROM events WHERE kind = 'reply'") == [(1,)]


def test_a_follow_up_is_held_while_a_tracking_systems_rejection_waits_for_your_word(
        sent: Sent, imap: Dovecot, smtp: SmtpServer, monkeypatch: Any) -> None:
    follow_up = _queued_follow_up(sent, monkeypatch)
    imap.put(mail(sender="Acme Analytics <no-reply@greenhouse.io>",
                  subject="Your application to Acme Analytics",
                  body="Thank you for your interest in Acme Analytics. We have decided to move "
                       "forward with other candidates.", message_id="<gh-9@greenhouse.io>"),
             received=RECEIVED)
    result = sent.run("dispatch")
    assert result.exit_code == 1, result.output  # something needs the user: a held note
    assert "1 held" in result.stdout
    assert smtp.accepted == []  # no "just checking in" an hour after their no
    [(state, why)] = sql("SELECT state, last_reply FROM messages WHERE id = :i", {"i": follow_up})
    assert state == "held" and "may be their answer" in why and "afterword inbox" in why
    assert "may be their answer" in outbox(sent.run)[follow_up]["last_reply"]  # the user sees why
    # Not their answer after all (dismissed): sent again, it goes.
    [waiting] = sent.inbox()["waiting"]
    assert sent.run("inbox", "dismiss", str(waiting["id"])).exit_code == 0
    again = sent.run("send", str(follow_up), "--now", "--override-plan", "--override-review",
                     "--as-is")
    assert again.exit_code == 0, again.output
    assert len(smtp.accepted) == 1
