"""`afterword inbox` against a real Dovecot: bounces, automatic replies, invitations, a
sender of two applications, other folders, a dropped connection, a wrong password, and the
connection test and password of `afterword mail`."""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path
from typing import Any

from afterword.config import Config
from tests.conftest import EXAMPLES
from tests.deliver.conftest import DANA, PRIYA, sql
from tests.inbox.conftest import DroppingProxy, Sent, mail
from tests.inbox.dovecot import Dovecot

RECEIVED = datetime.fromisoformat("2026-03-04T11:00:00-05:00")


def _dsn(original_id: str, recipient: str) -> str:
    return f"""From: Mail Delivery Subsystem <mailer-daemon@mx.example.com>\r
To: jordan.lee@example.com\r
Subject: Delivery Status Notification (Failure)\r
Date: Tue, 03 Mar 2026 09:31:00 -0500\r
Message-ID: <dsn-1@mx.example.com>\r
Auto-Submitted: auto-replied\r
MIME-Version: 1.0\r
Content-Type: multipart/report; report-type=delivery-status; boundary="b1"\r
\r
--b1\r
Content-Type: text/plain; charset=utf-8\r
\r
Your message wasn't delivered to {recipient} because the address couldn't be found.\r
--b1\r
Content-Type: message/delivery-status\r
\r
Reporting-MTA: dns; mx.example.com\r
\r
Final-Recipient: rfc822; {recipient}\r
Action: failed\r
Status: 5.1.1\r
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist\r
--b1\r
Content-Type: message/rfc822\r
\r
From: Jordan Lee <jordan.lee@example.com>\r
To: {recipient}\r
Subject: Thank you - Data Engineer interview\r
Message-ID: {original_id}\r
\r
Dear Priya, thank you for your time.\r
--b1--\r
"""


def test_a_bounce_for_a_wrong_address_marks_the_note_failed_with_the_reason(
        sent: Sent, imap: Dovecot) -> None:
    imap.put(_dsn(sent.priya_id, PRIYA), received=datetime.fromisoformat(
        "2026-03-03T09:31:00-05:00"))
    text = sent.run("inbox")
    assert text.exit_code == 0, text.output
    assert "came back undelivered" in text.stdout and "Check the address" in text.stdout
    [(state, last_reply)] = sql("SELECT state, last_reply FROM messages WHERE id = 1")
    assert state == "failed"
    assert last_reply.startswith("bounced: ") and "5.1.1" in last_reply
    assert sql("SELECT state FROM messages WHERE id = 2") == [("sent",)]
    [(kind, reply_state)] = sql("SELECT kind, state FROM inbox_replies")
    assert (kind, reply_state) == ("bounce", "applied")


def test_an_out_of_office_is_noted_not_a_reply_and_its_return_day_moves_the_follow_up(
        sent: Sent, imap: Dovecot) -> None:
    before = json.loads(sent.run("plan", "1", "--format", "json").stdout)
    imap.put(mail(sender=f"Priya Raman <{PRIYA}>", subject="Automatic reply: Thank you",
                  body="Thank you for your message. I am out of the office until Monday "
                       "23 March 2026 with limited access to e-mail.",
                  message_id="<ooo@acme-analytics.example>", in_reply_to=sent.priya_id,
                  extra="Auto-Submitted: auto-replied\nX-Auto-Response-Suppress: All"),
             received=RECEIVED)
    [found] = sent.inbox()["found"]
    assert found["kind"] == "auto-reply" and found["state"] == "noted"
    assert "back on" in found["changes"][0]
    [(_at, data)] = sql("SELECT at, data FROM events WHERE kind = 'reply'")
    data = json.loads(data) if isinstance(data, str) else data
    assert data["auto_reply"] is True
    after = json.loads(sent.run("plan", "1", "--format", "json").stdout)
    follow = [s for s in after["steps"] if s["kind"] == "follow-up"]
    assert follow and min(s["when"] for s in follow) > "2026-03-23"
    assert before["decision_by"] != after["decision_by"]


def test_an_out_of_office_without_a_return_day_changes_nothing(sent: Sent, imap: Dovecot) -> None:
    imap.put(mail(sender=f"Priya Raman <{PRIYA}>", subject="Out of Office",
                  body="I am currently out of the office with limited access to e-mail.",
                  message_id="<ooo2@acme-analytics.example>", in_reply_to=sent.priya_id,
                  extra="Auto-Submitted: auto-replied"), received=RECEIVED)
    [found] = sent.inbox()["found"]
    assert found["kind"] == "auto-reply" and found["state"] == "noted"
    assert sql("SELECT count(*) FROM events WHERE kind = 'reply'") == [(0,)]


INVITE = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Acme//Calendar//EN\r
METHOD:REQUEST\r
BEGIN:VEVENT\r
UID:round2@acme-analytics.example\r
DTSTAMP:20260304T150000Z\r
DTSTART:20260310T150000Z\r
DTEND:20260310T160000Z\r
SUMMARY:Data Engineer - second round\r
ORGANIZER;CN=Priya Raman:mailto:priya.raman@acme-analytics.example\r
ATTENDEE;CN=Jordan Lee:mailto:jordan.lee@example.com\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_a_scheduling_mail_with_an_invitation_offers_it_to_add(sent: Sent, imap: Dovecot) -> None:
    raw = (f"From: Priya Raman <{PRIYA}>\r\nTo: jordan.lee@example.com\r\n"
           "Subject: Re: Thank you - second round\r\nMessage-ID: <inv@acme-analytics.example>\r\n"
           f"In-Reply-To: {sent.priya_id}\r\nMIME-Version: 1.0\r\n"
           'Content-Type: multipart/mixed; boundary="m1"\r\n\r\n'
           "--m1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
           "Hi Jordan, we would like to invite you to a second round. Could you do a call on "
           "Tuesday? I have attached an invitation.\r\n"
           "--m1\r\nContent-Type: application/pdf; name=brochure.pdf\r\n"
           "Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n"
           '--m1\r\nContent-Type: text/calendar; method=REQUEST; charset=utf-8\r\n'
           'Content-Disposition: attachment; filename="invite.ics"\r\n\r\n'
           f"{INVITE}--m1--\r\n")
    imap.put(raw, received=RECEIVED)
    [found] = sent.inbox()["found"]
    assert found["kind"] == "scheduling" and found["state"] == "applied"
    [offer] = [c for c in found["changes"] if "invitation" in c]
    path = Path(offer.split("saved as ", 1)[1].split(":", 1)[0])
    assert path.read_bytes().replace(b"\r\n", b"\n").strip() == \
        INVITE.replace("\r\n", "\n").strip().encode()
    assert f"afterword add {path}" in offer
    added = sent.run("add", str(path), "--company", "Acme Analytics", "--role", "Data Engineer")
    assert added.exit_code == 0, added.output


def _second_application(run_cli: Any, tmp_path: Path) -> None:
    """Another company's interview whose agency recruiter is Dana too, its note sent."""
    text = (EXAMPLES / "acme-data-engineer.toml").read_text()
    text = (text.replace("Acme Analytics", "Blue Ocean Data").replace("acme-analytics.example",
                                                                      "blueocean.example")
            .replace(f'email = "{DANA.replace("acme-analytics.example", "blueocean.example")}"',
                     f'email = "{DANA}"')
            .replace("start = 2026-03-02T14:00:00", "start = 2026-03-02T10:00:00")
            .replace("end = 2026-03-02T15:00:00", "end = 2026-03-02T11:00:00"))
    path = tmp_path / "blue.toml"
    path.write_text(text)
    assert run_cli("add", str(path)).exit_code == 0
    drafted = json.loads(run_cli("draft", "2", "--format", "json").stdout)
    note = drafted[0]["id"]
    assert run_cli("mark-sent", str(note), "--on", "2026-03-03T09:40").exit_code == 0


def test_a_sender_of_two_applications_is_asked_about_not_guessed(
        sent: Sent, imap: Dovecot, tmp_path: Path) -> None:
    _second_application(sent.run, tmp_path)
    imap.put(mail(sender=f"Dana Whitfield <{DANA}>", subject="Quick update",
                  body="Hi Jordan, just a quick update: no news yet, I will be in touch.",
                  message_id="<both@agency.example>"), received=RECEIVED)
    report = sent.inbox("--yes")
    [found] = report["found"]
    assert found["interview"] is None
    assert [c["interview"] for c in found["candidates"]] == [1, 2]
    [waiting] = report["waiting"]
    assert waiting["state"] == "proposed"  # --yes does not guess
    unsure = sent.run("inbox", "apply", str(found["id"]))
    assert unsure.exit_code == 2 and "say which" in unsure.stderr
    assert "--interview 1" in unsure.stderr
    chosen = sent.run("inbox", "apply", str(found["id"]), "--interview", "2")
    assert chosen.exit_code == 0, chosen.output
    assert "Blue Ocean Data" in chosen.stdout
    [(interview,)] = sql("SELECT interview_id FROM events WHERE kind = 'reply'")
    assert interview == 2


def test_replies_filed_in_another_folder_are_read_from_the_folders_listed(
        sent: Sent, imap: Dovecot) -> None:
    imap.add_folder("Jobs")
    Config(Path(os.environ["AFTERWORD_CONFIG"])).set("imap.folders", "INBOX,Jobs")
    imap.put(mail(sender=f"Priya Raman <{PRIYA}>", subject="Re: Thank you", body="Thanks Jordan!",
                  message_id="<filed@acme-analytics.example>", in_reply_to=sent.priya_id),
             received=RECEIVED, folder="Jobs")
    files = imap.files("Jobs")
    report = sent.inbox()
    assert report["read"] == {"INBOX": 0, "Jobs": 1}
    assert [f["message_id"] for f in report["found"]] == ["<filed@acme-analytics.example>"]
    assert imap.files("Jobs") == files


def test_a_folder_that_is_not_there_is_named_with_the_folders_that_are(
        sent: Sent, imap: Dovecot) -> None:
    Config(Path(os.environ["AFTERWORD_CONFIG"])).set("imap.folders", "INBOX,Jbos")
    result = sent.run("inbox")
    assert result.exit_code == 1
    assert "the folder 'Jbos' is not on 127.0.0.1" in result.stderr
    assert "INBOX" in result.stderr and "Traceback" not in result.output


def test_a_connection_dropped_mid_fetch_records_nothing_and_the_next_run_reads_it(
        sent: Sent, imap: Dovecot, dropping_proxy: Any) -> None:
    for n in range(5):
        imap.put(mail(sender=f"Person {n} <p{n}@elsewhere.example>", subject=f"Mail {n}",
                      body="Hello " * 50, message_id=f"<m{n}@elsewhere.example>"),
                 received=RECEIVED)
    imap.put(mail(sender=f"Priya Raman <{PRIYA}>", subject="Re: Thank you", body="Thanks Jordan!",
                  message_id="<r1@acme-analytics.example>", in_reply_to=sent.priya_id),
             received=RECEIVED)
    proxy: DroppingProxy = dropping_proxy(imap.port)
    Config(Path(os.environ["AFTERWORD_CONFIG"])).set("imap.port", str(proxy.port))
    broken = sent.run("inbox")
    assert proxy.dropped.is_set()
    assert broken.exit_code == 1
    assert "the connection to 127.0.0.1 broke while reading the mail in INBOX" in broken.stderr
    assert "nothing from that folder was recorded" in broken.stderr
    assert "Run `afterword inbox` again" in broken.stderr
    assert "Traceback" not in broken.output
    assert sql("SELECT count(*) FROM inbox_replies") == [(0,)]
    assert sql("SELECT count(*) FROM inbox_folders") == [(0,)]
    again = sent.inbox()
    assert [f["message_id"] for f in again["found"]] == ["<r1@acme-analytics.example>"]


def test_a_wrong_password_is_one_sentence_naming_the_server(sent: Sent, imap: Dovecot) -> None:
    result = sent.run("inbox", env={"AFTERWORD_IMAP_PASSWORD": "wrong"})
    assert result.exit_code == 1
    assert "127.0.0.1 refused your login" in result.stderr
    assert "app password" in result.stderr and "Traceback" not in result.output


def test_no_imap_server_set_says_how_to_set_one(sent: Sent) -> None:
    result = sent.run("inbox")
    assert result.exit_code == 1
    assert "no mail server is set up for reading replies" in result.stderr
    assert "afterword config set imap.host" in result.stderr


def test_a_classification_corrected_to_a_rejection_proposes_rejected(
        sent: Sent, imap: Dovecot) -> None:
    imap.put(mail(sender=f"Priya Raman <{PRIYA}>", subject="Re: Thank you",
                  body="Hi Jordan, we have filled the role. Thank you for your time.",
                  message_id="<filled@acme-analytics.example>", in_reply_to=sent.priya_id),
             received=RECEIVED)
    [found] = sent.inbox()["found"]
    if found["kind"] == "rejection":  # the reader may already see it; correct the other way
        back = sent.run("inbox", "correct", str(found["id"]), "reply")
        assert back.exit_code == 0, back.output
    corrected = sent.run("inbox", "correct", str(found["id"]), "rejection")
    assert corrected.exit_code == 0, corrected.output
    assert "now read as a rejection" in corrected.stdout
    assert f"afterword inbox apply {found['id']}" in corrected.stdout
    [row] = json.loads(sent.run("inbox", "list", "--format", "json").stdout)
    assert row["corrected"] and row["state"] == "status" and row["proposal"] == "rejected"
    bad = sent.run("inbox", "correct", str(found["id"]), "maybe")
    assert bad.exit_code == 2 and "not a kind of reply" in bad.stderr


def test_mail_test_checks_the_reading_server_too(sent: Sent, imap: Dovecot) -> None:
    result = sent.run("mail", "test")
    # No sending server is set in this test: that one fails, the reading one is still checked.
    assert "no mail server is set up" in result.stderr
    assert "Reading replies: connected, logged in and opened (read-only)" in result.stdout
    assert "folders INBOX" in result.stdout
    assert result.exit_code != 0
    wrong = sent.run("mail", "test", env={"AFTERWORD_IMAP_PASSWORD": "wrong"})
    assert "refused your login" in wrong.stderr


def test_the_imap_password_falls_back_to_the_sending_one_for_the_same_login(
        sent: Sent, imap: Dovecot, monkeypatch: Any) -> None:
    monkeypatch.delenv("AFTERWORD_IMAP_PASSWORD")
    config = Config(Path(os.environ["AFTERWORD_CONFIG"]))
    config.set("smtp.user", imap.user)
    config.unset("imap.user")
    monkeypatch.setenv("AFTERWORD_SMTP_PASSWORD", imap.password)
    assert sent.inbox()["read"] == {"INBOX": 0}
    monkeypatch.delenv("AFTERWORD_SMTP_PASSWORD")
    missing = sent.run("inbox")
    assert missing.exit_code == 1
    assert "afterword mail password --imap" in missing.stderr
