"""An applicant tracking system's rejection or invitation, from a no-reply address, against a
real Dovecot: a proposal when it names an active application's company, never applied at
once; job alerts, "we received your application" and mail about other companies never match."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from afterword.inbox import ats
from tests.conftest import EXAMPLES
from tests.deliver.conftest import sql
from tests.inbox.conftest import Sent, mail
from tests.inbox.dovecot import Dovecot

RECEIVED = datetime.fromisoformat("2026-03-04T11:00:00-05:00")
REJECTION = ("Hi Jordan,\n\nThank you for your interest in the Data Engineer role at Acme "
             "Analytics and for the time you gave us. After careful consideration we have "
             "decided to move forward with other candidates.\n\nBest of luck,\nThe Talent Team")


def _events() -> list[Any]:
    return sql("SELECT id FROM events WHERE kind = 'reply'")


def _status() -> list[Any]:
    return sql("SELECT company, status FROM applications ORDER BY id")


def test_a_tracking_system_rejection_from_a_no_reply_address_is_a_proposal_until_confirmed(
        sent: Sent, imap: Dovecot) -> None:
    # Such systems mark everything they send Auto-Submitted: it is not an out-of-office.
    imap.put(mail(sender="Acme Analytics Hiring Team <no-reply@us.greenhouse-mail.io>",
                  subject="Your application to Acme Analytics", body=REJECTION,
                  message_id="<gh-1@us.greenhouse-mail.io>",
                  extra="Auto-Submitted: auto-generated"), received=RECEIVED)
    report = sent.inbox()
    [found] = report["found"]
    assert (found["kind"], found["state"], found["matched_by"]) == ("rejection", "proposed", "ats")
    assert found["company"] == "Acme Analytics" and found["proposal"] is None
    assert [w["id"] for w in report["waiting"]] == [found["id"]]
    assert _events() == [] and _status() == [("Acme Analytics", "interviewing")]

    text = sent.run("inbox")  # nothing new: it says what waits, and how to apply it
    assert "an automated mail that names the company" in text.stdout, text.output
    assert f"afterword inbox apply {found['id']}" in text.stdout
    applied = sent.run("inbox", "apply", str(found["id"]))
    assert applied.exit_code == 0, applied.output
    assert "interviewing → rejected" in applied.stdout
    assert len(_events()) == 1 and _status() == [("Acme Analytics", "rejected")]
    # The gracious reply is drafted to someone they met, never to the no-reply address.
    [(state, to)] = sql("SELECT state, to_email FROM messages WHERE kind = 'rejection-reply'")
    assert state == "draft" and to.endswith("@acme-analytics.example"), to


def test_the_company_named_only_by_the_senders_name_or_the_subject_is_enough(
        sent: Sent, imap: Dovecot) -> None:
    body = ("Thank you for your interest in the position. We regret to inform you that we "
            "will not be moving forward with your application.")
    imap.put(mail(sender="Acme Analytics <acmeanalytics@myworkday.com>", subject="Your application",
                  body=body, message_id="<wd-1@myworkday.com>"), received=RECEIVED)
    imap.put(mail(sender="SmartRecruiters <notifications@smartrecruiters.com>",
                  subject="Acme Analytics - interview invitation",
                  body="Hello Jordan, we would like to invite you to a second interview with the "
                       "hiring manager. Please pick a time that suits you using the link below.",
                  message_id="<sr-1@smartrecruiters.com>"), received=RECEIVED)
    found = {f["message_id"]: f for f in sent.inbox()["found"]}
    assert {k: (f["kind"], f["state"]) for k, f in found.items()} == {
        "<wd-1@myworkday.com>": ("rejection", "proposed"),
        "<sr-1@smartrecruiters.com>": ("scheduling", "proposed")}
    assert _events() == []


def test_a_no_reply_address_at_the_companys_own_domain_counts_the_same_way(
        sent: Sent, imap: Dovecot) -> None:
    imap.put(mail(sender="Careers <careers-noreply@acme-analytics.example>",
                  subject="Update on your application",
                  body="Dear Jordan, unfortunately your application was unsuccessful on this "
                       "occasion.", message_id="<own-1@acme-analytics.example>"),
             received=RECEIVED)
    [found] = sent.inbox()["found"]
    assert (found["kind"], found["state"], found["matched_by"]) == ("rejection", "proposed", "ats")


def test_look_alikes_from_the_same_systems_never_match(sent: Sent, imap: Dovecot) -> None:
    alert = ("New jobs at Acme Analytics that match your profile: Senior Data Engineer, "
             "Analytics Engineer. Apply now before they close.")
    look_alikes = [
        # A job alert with list headers, and one without: neither is an answer.
        mail(sender="Greenhouse <no-reply@greenhouse.io>", subject="Jobs you may like at Acme Analytics",
             body=alert, message_id="<alert-1@greenhouse.io>",
             extra="List-Unsubscribe: <https://greenhouse.io/unsubscribe>"),
        mail(sender="Acme Analytics Careers <no-reply@smartrecruiters.com>",
             subject="New jobs for you", body=alert, message_id="<alert-2@smartrecruiters.com>"),
        # "We received your application" promising a next step on a condition.
        mail(sender="Acme Analytics <no-reply@greenhouse.io>",
             subject="Thank you for applying to Acme Analytics",
             body="Hi Jordan, we have received your application for the Data Engineer role. "
                  "If your experience matches what the team needs, a recruiter will reach out "
                  "to schedule an interview.", message_id="<ack-1@greenhouse.io>"),
        # The company's own no-reply address inviting to a webinar: no step of the hiring.
        mail(sender="Acme Analytics Early Careers <noreply@acme-analytics.example>",
             subject="Next steps: join our insight webinar",
             body="We would like to invite you to a webinar about life at Acme Analytics. "
                  "Book a slot now.", message_id="<webinar-1@acme-analytics.example>"),
        # A rejection about another company, and one from an address no system uses.
        mail(sender="Globex Talent <no-reply@greenhouse.io>", subject="Your application to Globex",
             body=REJECTION.replace("Acme Analytics", "Globex"), message_id="<globex-1@greenhouse.io>"),
        mail(sender="Jobs <no-reply@jobs-board.example>", subject="Acme Analytics",
             body=REJECTION, message_id="<board-1@jobs-board.example>"),
    ]
    for raw in look_alikes:
        imap.put(raw, received=RECEIVED)
    # A rejection from an earlier application to Acme, before this one's first interview.
    imap.put(mail(sender="Acme Analytics <no-reply@greenhouse.io>", subject="Acme Analytics",
                  body=REJECTION, message_id="<old-1@greenhouse.io>",
                  date="Mon, 06 Jan 2025 09:00:00 -0500"),
             received=datetime.fromisoformat("2025-01-06T09:00:00-05:00"))
    report = sent.inbox()
    assert report["found"] == [] and report["read"] == {"INBOX": len(look_alikes) + 1}
    assert sql("SELECT count(*) FROM inbox_replies") == [(0,)]


def test_the_company_named_decides_between_two_applications(sent: Sent, imap: Dovecot) -> None:
    added = sent.run("add", str(EXAMPLES / "harbor-panel.toml"))
    assert added.exit_code == 0, added.output
    imap.put(mail(sender="Talent Team <no-reply@greenhouse.io>",
                  subject="Your application to Harbor and Finch Architects",
                  body="Thank you for interviewing for the Project Coordinator role. We have "
                       "decided to move forward with another candidate.",
                  message_id="<hf-1@greenhouse.io>"),
             received=datetime.fromisoformat("2026-03-05T09:00:00-05:00"))
    [found] = sent.inbox()["found"]
    assert found["company"] == "Harbor & Finch Architects" and found["candidates"] == []
    # No note went to Harbor & Finch yet: applying still records it and closes that one only.
    applied = sent.run("inbox", "apply", str(found["id"]))
    assert applied.exit_code == 0, applied.output
    assert _status() == [("Acme Analytics", "interviewing"),
                         ("Harbor & Finch Architects", "rejected")]


def test_names_and_domains() -> None:
    assert ats.from_tracking_system("no-reply@us.greenhouse-mail.io")
    assert not ats.from_tracking_system("no-reply@greenhouse.io.mail-relay.example")
    assert ats.names("Acme Analytics, Inc.", "your interest in ACME analytics.")
    assert ats.names("Harbor & Finch Architects", "Harbor and Finch Architects")
    assert not ats.names("Acme Analytics", "Acme Analyticsware", "Acme")
