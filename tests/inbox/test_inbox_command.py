"""`afterword inbox` against a real Dovecot: what answers a note is found, recorded once, and
adapts the plan; nothing in the mailbox changes (file names and flags compared)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from imapclient import IMAPClient

from tests.deliver.conftest import DANA, PRIYA, SENDER, TOMAS, sql
from tests.inbox.conftest import Sent, mail
from tests.inbox.dovecot import Dovecot

RECEIVED = datetime.fromisoformat("2026-03-04T11:00:00-05:00")


def _flags(server: Dovecot, folder: str = "INBOX") -> dict[int, tuple[bytes, ...]]:
    """Each mail's flags as another client sees them (read-only, so this changes nothing)."""
    client = IMAPClient(server.host, port=server.port, ssl=False)
    try:
        client.login(server.user, server.password)
        client.select_folder(folder, readonly=True)
        return {uid: tuple(sorted(data[b"FLAGS"]))
                for uid, data in client.fetch(client.search(["ALL"]), [b"FLAGS"]).items()}
    finally:
        client.logout()


def _events(kind: str = "reply") -> list[Any]:
    return sql("SELECT at, data FROM events WHERE kind = :k ORDER BY id", {"k": kind})


def test_a_threaded_reply_is_recorded_at_once_and_the_mailbox_is_left_as_it_was(
        sent: Sent, imap: Dovecot) -> None:
    imap.put(mail(sender=f"Priya Raman <{PRIYA}>", subject="Re: Thank you - Data Engineer interview",
                  body="Hi Jordan,\n\nThanks for the kind note. We will get back to you next week "
                       "once we have met every candidate.\n\nBest,\nPriya\n\n"
                       "> Dear Priya, thank you for your time",
                  message_id="<r1@acme-analytics.example>", in_reply_to=sent.priya_id),
             received=RECEIVED)
    imap.put(mail(sender="Someone <someone@elsewhere.example>", subject="Lunch?", body="Lunch?",
                  message_id="<other@elsewhere.example>"), received=RECEIVED)
    files, flags = imap.files(), _flags(imap)
    assert files["new"] and not files["cur"]

    report = sent.inbox()

    [found] = report["found"]
    assert found["kind"] == "reply" and found["state"] == "applied"
    assert found["matched_by"] == "thread" and found["note"] == 1 and found["interview"] == 1
    assert found["message_id"] == "<r1@acme-analytics.example>"
    assert found["received"] == "2026-03-04T16:00:00+00:00"  # the server's INTERNALDATE
    assert found["sender"] == f"Priya Raman <{PRIYA}>"
    assert found["timeframe"] and "next week" in found["timeframe"]
    assert "quoted" not in json.dumps(found) and "Dear Priya" not in (found["excerpt"] or "")
    assert any("follow-ups restart from the new timeframe" in c for c in found["changes"])
    [(_at, data)] = _events()
    assert "next week" in (json.loads(data) if isinstance(data, str) else data)["timeframe"]
    assert report["read"] == {"INBOX": 2}
    # Nothing marked, moved or deleted: still in new/ under the same names, same flags.
    assert imap.files() == files
    assert _flags(imap) == flags
    plan = json.loads(sent.run("plan", "1", "--format", "json").stdout)
    assert plan["decision_by"] == "2026-03-13"


def test_reading_twice_records_nothing_new(sent: Sent, imap: Dovecot) -> None:
    imap.put(mail(sender=f"Priya Raman <{PRIYA}>", subject="Re: Thank you", body="Thanks, Jordan!",
                  message_id="<r1@acme-analytics.example>", in_reply_to=sent.priya_id),
             received=RECEIVED)
    assert len(sent.inbox()["found"]) == 1
    again = sent.inbox()
    assert again["found"] == [] and again["read"] == {"INBOX": 0}
    text = sent.run("inbox")
    assert text.exit_code == 0 and "Nothing new" in text.stdout
    assert len(_events()) == 1
    assert sql("SELECT count(*) FROM inbox_replies") == [(1,)]


def test_a_reply_from_the_same_person_in_a_new_thread_is_a_proposal_until_applied(
        sent: Sent, imap: Dovecot) -> None:
    imap.put(mail(sender=f"Priya Raman <{PRIYA}>", subject="Next steps",
                  body="Hi Jordan, a quick update: we are still deciding and will be in touch.",
                  message_id="<n1@acme-analytics.example>"), received=RECEIVED)
    report = sent.inbox()
    [found] = report["found"]
    assert found["state"] == "proposed" and found["matched_by"] == "sender"
    assert [w["id"] for w in report["waiting"]] == [found["id"]]
    assert _events() == []  # nothing applied without the user
    text = sent.run("inbox", "list", "--waiting")
    assert "Next steps" in text.stdout
    applied = sent.run("inbox", "apply", str(found["id"]))
    assert applied.exit_code == 0, applied.output
    assert "Reply recorded for Acme Analytics" in applied.stdout
    assert len(_events()) == 1


def test_a_reply_from_the_recruiter_is_applied_with_yes(sent: Sent, imap: Dovecot) -> None:
    imap.put(mail(sender=f"Dana Whitfield <{DANA}>", subject="Your interview",
                  body="Hi Jordan, thanks for your patience. The team is still meeting candidates.",
                  message_id="<d1@acme-analytics.example>"), received=RECEIVED)
    report = sent.inbox("--yes")
    [found] = report["found"]
    assert found["matched_by"] == "recruiter"
    [done] = report["waiting"]
    assert done["state"] == "applied"
    assert len(_events()) == 1


def test_a_threaded_rejection_pauses_then_proposes_rejected_and_drafts_a_gracious_reply(
        sent: Sent, imap: Dovecot) -> None:
    imap.put(mail(sender=f"Tomás Ortega <{TOMAS}>", subject="Re: Thank you",
                  body="Hi Jordan,\n\nThank you for your interest. Unfortunately we have decided "
                       "to move forward with other candidates.\n\nKind regards,\nTomás",
                  message_id="<t1@acme-analytics.example>", in_reply_to=sent.tomas_id),
             received=RECEIVED)
    report = sent.inbox()
    [found] = report["found"]
    assert found["kind"] == "rejection" and found["state"] == "status"
    assert found["proposal"] == "rejected"
    assert sql("SELECT status FROM applications") == [("interviewing",)]
    assert len(_events()) == 1  # the reply itself is recorded at once
    applied = sent.run("inbox", "apply", str(found["id"]))
    assert applied.exit_code == 0, applied.output
    assert sql("SELECT status FROM applications") == [("rejected",)]
    drafts = sql("SELECT kind, state FROM messages WHERE kind = 'rejection-reply'")
    assert drafts and drafts[0][1] == "draft"
    assert "gracious reply" in applied.stdout
    assert "interviewing → rejected" in applied.stdout
    assert "Reply recorded" not in applied.stdout  # done before: only what applying did


def test_an_offer_proposes_the_offer_status(sent: Sent, imap: Dovecot) -> None:
    imap.put(mail(sender=f"Dana Whitfield <{DANA}>", subject="Re: Thank you",
                  body="Hi Jordan, we are pleased to offer you the position of Data Engineer.",
                  message_id="<o1@acme-analytics.example>", in_reply_to=sent.priya_id),
             received=RECEIVED)
    report = sent.inbox("--yes")
    [found] = report["found"]
    assert found["kind"] == "offer"
    assert sql("SELECT status FROM applications") == [("offer",)]


def test_a_mail_received_before_the_note_went_out_never_counts(sent: Sent, imap: Dovecot) -> None:
    imap.put(mail(sender=f"Priya Raman <{PRIYA}>", subject="Interview link",
                  body="Here is the link for tomorrow.", message_id="<early@acme-analytics.example>",
                  date="Sun, 01 Mar 2026 09:00:00 -0500"),
             received=datetime.fromisoformat("2026-03-01T09:00:00-05:00"))
    report = sent.inbox()
    assert report["found"] == [] and report["read"] == {"INBOX": 1}


def test_a_newsletter_from_the_company_domain_never_matches(sent: Sent, imap: Dovecot) -> None:
    imap.put(mail(sender="Acme Analytics <news@acme-analytics.example>", subject="This month at Acme",
                  body="Our latest product news.", message_id="<news1@acme-analytics.example>",
                  extra="List-Unsubscribe: <mailto:unsubscribe@acme-analytics.example>\n"
                        "Precedence: bulk"),
             received=RECEIVED)
    assert sent.inbox()["found"] == []


def test_your_own_copy_never_counts_as_an_answer(sent: Sent, imap: Dovecot) -> None:
    imap.put(mail(sender=f"Jordan Lee <{SENDER}>", subject="Re: Thank you", body="Bcc copy",
                  message_id="<self@example.com>", in_reply_to=sent.priya_id), received=RECEIVED)
    assert sent.inbox()["found"] == []


def test_a_company_colleague_matches_by_domain_but_a_free_mail_sender_does_not(
        sent: Sent, imap: Dovecot) -> None:
    imap.put(mail(sender="Lee Park <lee.park@acme-analytics.example>", subject="Hello",
                  body="Hi Jordan, Priya asked me to reach out.", message_id="<lp@acme.example>"),
             received=RECEIVED)
    imap.put(mail(sender="Someone <someone@gmail.com>", subject="Hello", body="Hi there",
                  message_id="<g1@gmail.com>"), received=RECEIVED)
    [found] = sent.inbox()["found"]
    assert found["matched_by"] == "domain" and found["state"] == "proposed"


def test_in_a_terminal_each_proposal_is_asked_about(sent: Sent, imap: Dovecot) -> None:
    import os
    import sys
    from pathlib import Path

    import pexpect

    imap.put(mail(sender=f"Dana Whitfield <{DANA}>", subject="Your interview",
                  body="Hi Jordan, the team is still meeting candidates.",
                  message_id="<d1@acme-analytics.example>"), received=RECEIVED)
    imap.put(mail(sender="Lee Park <lee.park@acme-analytics.example>", subject="Hello",
                  body="Hi Jordan, Priya asked me to say hello.", message_id="<lp@acme.example>"),
             received=RECEIVED)
    child = pexpect.spawn(str(Path(sys.executable).with_name("afterword")), ["inbox"],
                          env={**os.environ, "COLUMNS": "200"}, encoding="utf-8", timeout=60)
    child.expect("Apply it\\?")
    child.sendline("y")
    child.expect("Apply it\\?")
    child.sendline("n")
    child.expect(pexpect.EOF)
    child.close()
    said = " ".join((child.before or "").split())
    assert child.exitstatus == 0, said
    assert "Dismissed." in said
    states = dict(sql("SELECT from_email, state FROM inbox_replies"))
    assert sorted(states.values()) == ["applied", "dismissed"]
    assert len(_events()) == 1
