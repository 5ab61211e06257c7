"""One note on the interview page: live review, accept, ignore, redraft, send, export, mark sent."""

from __future__ import annotations

import email
import json
import re
from email import policy

from tests.deliver.conftest import PASSWORD, PRIYA, SmtpServer
from tests.web.conftest import Web

FLAWED = "Dear Pria,\n\nThank you for the conversation about Kubernetes at Acme Analytics.\n\n" \
         "Best regards,\nJordan Lee"


def findings(html: str) -> list[str]:
    return re.findall(r'data-rule="([^"]+)" data-testid="finding"', html)


def key_of(html: str, rule: str, action: str) -> str:
    """The value of a finding's Accept or Ignore button, as the page holds it."""
    item = re.search(rf'data-rule="{re.escape(rule)}".*?</li>', html, re.S)
    assert item, rule
    match = re.search(rf'name="key" value="([^"]+)" formaction="/messages/\d+/{action}"',
                      item.group(0))
    assert match, (rule, action)
    return match.group(1).replace("&#34;", '"').replace("&quot;", '"')


def body_of(web: Web, message_id: int) -> str:
    return str(web.sql("SELECT body FROM messages WHERE id = :i", {"i": message_id})[0][0])


def test_the_live_review_marks_the_words_and_lists_the_findings(acme: Web) -> None:
    response = acme.htmx("/messages/1/review", {"subject": "Thank you - Data Engineer interview",
                                                "body": FLAWED})
    assert response.status_code == 200
    html = response.text
    assert "wrong-recipient-name" in findings(html)
    assert re.search(r'<mark class="sev-error" data-finding="\d+">Pria</mark>', html)
    assert 'hx-swap-oob="true"' in html  # the marks behind the editor, swapped in place
    assert 'data-testid="score"' in html and "Fix the errors before sending" in html
    assert "Thank you for taking the time" in body_of(acme, 1)  # nothing saved


def test_accepting_a_replacement_puts_it_in_place_and_saves(acme: Web) -> None:
    acme.post("/messages/1/save", {"subject": "Thank you - Data Engineer interview",
                                   "body": FLAWED})
    page = acme.get("/interviews/1").text
    key = key_of(page, "wrong-recipient-name", "accept")
    response = acme.htmx("/messages/1/accept", {"subject": "Thank you - Data Engineer interview",
                                                "body": FLAWED, "key": key})
    assert response.status_code == 200
    assert "Accepted: “Priya”" in response.text
    assert body_of(acme, 1).startswith("Dear Priya,")
    assert "wrong-recipient-name" not in findings(response.text)


def test_accepting_without_htmx_redirects_back_to_the_draft(acme: Web) -> None:
    acme.post("/messages/1/save", {"subject": "Thanks - Data Engineer", "body": FLAWED})
    key = key_of(acme.get("/interviews/1").text, "wrong-recipient-name", "accept")
    response = acme.post("/messages/1/accept", {"subject": "Thanks - Data Engineer",
                                                "body": FLAWED, "key": key},
                         follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/interviews/1?note=1#draft-1"
    assert body_of(acme, 1).startswith("Dear Priya,")


def test_a_stale_finding_is_refused_with_a_clear_message(acme: Web) -> None:
    stale = json.dumps(["wrong-recipient-name", "body", 5, 9])
    response = acme.htmx("/messages/1/accept", {"key": stale})
    assert response.status_code == 400
    assert response.headers["HX-Retarget"] == "#flash"
    assert "no longer applies" in response.text


def test_an_ignored_finding_is_stored_and_the_send_gate_honours_it_for_that_text_only(
        acme: Web, smtp: SmtpServer) -> None:
    subject = "Thank you - Data Engineer interview"
    acme.post("/messages/1/save", {"subject": subject, "body": FLAWED})
    refused = acme.post("/messages/1/send", {"when": "now"})
    assert "Not sent" in refused.text and "wrong-recipient-name" in refused.text
    assert not smtp.accepted
    key = key_of(acme.get("/interviews/1").text, "wrong-recipient-name", "ignore")
    response = acme.htmx("/messages/1/ignore", {"subject": subject, "body": FLAWED, "key": key})
    assert "Ignored wrong-recipient-name for this note" in response.text
    assert "wrong-recipient-name" not in findings(response.text)
    assert 'data-testid="ignored"' in response.text
    stored = json.loads(acme.sql("SELECT ignored FROM messages WHERE id = 1")[0][0])
    assert stored == [{"rule": "wrong-recipient-name", "field": "body", "text": "Pria"}]
    # Other words, same rule: the ignore does not carry over.
    other = FLAWED.replace("Pria", "Prya")
    acme.post("/messages/1/save", {"subject": subject, "body": other})
    assert "wrong-recipient-name" in acme.post("/messages/1/send", {"when": "now"}).text
    acme.post("/messages/1/save", {"subject": subject, "body": FLAWED})
    sent = acme.post("/messages/1/send", {"when": "now", "override_plan": "on"})
    assert "Sent. Your mail server accepted it." in sent.text
    assert [m.message["To"] for m in smtp.accepted] == [f"Priya Raman <{PRIYA}>"]


def test_an_ignored_finding_can_be_brought_back(acme: Web) -> None:
    acme.post("/messages/1/save", {"subject": "Thank you - Data Engineer", "body": FLAWED})
    key = key_of(acme.get("/interviews/1").text, "wrong-recipient-name", "ignore")
    acme.htmx("/messages/1/ignore", {"key": key})
    entry = json.dumps({"rule": "wrong-recipient-name", "field": "body", "text": "Pria"})
    response = acme.htmx("/messages/1/restore", {"entry": entry})
    assert "wrong-recipient-name" in findings(response.text)
    assert json.loads(acme.sql("SELECT ignored FROM messages WHERE id = 1")[0][0]) == []


def test_saving_keeps_the_text_and_refuses_an_empty_note(acme: Web) -> None:
    response = acme.htmx("/messages/2/save", {"subject": "Thanks", "body": "Hola Tomás,\n\n..."})
    assert "Saved." in response.text
    assert body_of(acme, 2).startswith("Hola Tomás")
    empty = acme.htmx("/messages/2/save", {"subject": "Thanks", "body": "  "})
    assert empty.status_code == 400 and "the message is empty" in empty.text.lower()


def test_drafting_again_with_another_channel_angle_and_wording(acme: Web) -> None:
    response = acme.post("/interviews/1/draft", {"kind": "thank-you", "channel": "handwritten",
                                                 "angle": "shared-values", "variant": "0",
                                                 "action": "another"}, follow_redirects=False)
    assert response.status_code == 303
    assert "variant=1" in response.headers["location"]
    rows = acme.sql("SELECT channel, angle, variant FROM messages WHERE state = 'draft'")
    assert {r[0] for r in rows} == {"handwritten"} and {r[1] for r in rows} == {"shared-values"}
    assert {r[2] for r in rows} == {1}
    page = acme.get(response.headers["location"]).text
    assert "Print the card" in page and 'value="1"' in page
    follow = acme.post("/interviews/1/draft", {"kind": "follow-up"})
    assert "Wrote 1 draft." in follow.text
    bad = acme.post("/interviews/1/draft", {"kind": "love-letter"})
    assert bad.status_code == 400 and "is not valid" in bad.text


def test_scheduling_without_a_mail_server_queues_nothing(acme: Web) -> None:
    response = acme.post("/messages/1/send", {"when": "schedule", "at": ""})
    assert response.status_code == 400
    assert "No mail server is set up" in response.text and "Scheduled" not in response.text
    assert acme.sql("SELECT state FROM messages WHERE id = 1")[0][0] == "draft"


def test_scheduling_at_the_plans_time_or_a_chosen_one(acme: Web) -> None:
    acme.config.set("smtp.host", "smtp.example.com")  # set up; nothing connects to it here
    response = acme.post("/messages/1/send", {"when": "schedule", "at": ""})
    assert "Scheduled for" in response.text
    state, at = acme.sql("SELECT state, scheduled_at FROM messages WHERE id = 1")[0]
    assert state == "queued"
    acme.post("/messages/1/cancel", {})
    chosen = acme.post("/messages/1/send", {"when": "schedule", "at": "2026-03-03T11:15"})
    assert "Scheduled for Tue, 3 Mar 2026, 11:15 EST" in chosen.text
    assert "No dispatcher has run recently" in chosen.text
    assert str(acme.sql("SELECT scheduled_at FROM messages WHERE id = 1")[0][0]).startswith(
        "2026-03-03 16:15")
    acme.post("/messages/1/cancel", {})
    bad = acme.post("/messages/1/send", {"when": "schedule", "at": "next tuesday"})
    assert bad.status_code == 400 and "is not a date and time" in bad.text
    assert acme.sql("SELECT state FROM messages WHERE id = 1")[0][0] == "draft"


def test_sending_now_goes_through_the_mail_server(acme: Web, smtp: SmtpServer) -> None:
    response = acme.post("/messages/1/send", {"when": "now"})
    assert "Sent. Your mail server accepted it." in response.text
    assert len(smtp.accepted) == 1
    assert acme.sql("SELECT state FROM messages WHERE id = 1")[0][0] == "sent"
    again = acme.post("/messages/1/send", {"when": "now"})
    assert "it cannot be queued again" in again.text
    assert len(smtp.accepted) == 1


def test_sending_now_without_a_mail_server_says_what_to_set_up_and_queues_nothing(
        acme: Web) -> None:
    response = acme.post("/messages/1/send", {"when": "now"})
    assert response.status_code == 400
    assert "No mail server is set up" in response.text
    assert acme.sql("SELECT state FROM messages WHERE id = 1")[0][0] == "draft"


def test_download_eml_and_print_card_and_pdf(acme: Web) -> None:
    eml = acme.get("/messages/1/eml")
    assert eml.headers["content-type"] == "message/rfc822"
    assert 'filename="note-1.eml"' in eml.headers["content-disposition"]
    parsed = email.message_from_bytes(eml.content, policy=policy.default)
    assert parsed["To"] == f"Priya Raman <{PRIYA}>"
    saved = acme.post("/messages/1/eml", {"subject": "Thanks - Data Engineer",
                                          "body": "Dear Priya,\n\nThanks again."})
    assert b"Thanks again." in saved.content
    card = acme.get("/messages/1/card")
    assert "Thank-you card for Priya Raman" in card.text
    assert "style-src 'unsafe-inline'" in card.headers["content-security-policy"]
    assert "script" not in card.headers["content-security-policy"]
    pdf = acme.get("/messages/1/card.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")


def test_copy_for_linkedin_is_offered_for_a_linkedin_note(acme: Web) -> None:
    acme.post("/interviews/1/draft", {"kind": "thank-you", "channel": "linkedin-message"})
    page = acme.get("/interviews/1").text
    assert "Copy for LinkedIn" in page and 'data-copy="body-' in page


def test_marking_as_sent_moves_the_plan_on(acme: Web) -> None:
    response = acme.post("/messages/1/mark-sent", {})
    assert "Marked the note to Priya Raman as sent." in response.text
    assert acme.sql("SELECT state FROM messages WHERE id = 1")[0][0] == "sent"
    again = acme.post("/messages/1/mark-sent", {})
    assert again.status_code == 400 and "already marked as sent" in again.text
    page = acme.get("/messages/1").text
    assert 'data-testid="message"' in page


def test_a_sent_note_can_no_longer_be_edited(acme: Web) -> None:
    acme.post("/messages/1/mark-sent", {})
    response = acme.htmx("/messages/1/save", {"subject": "x", "body": "Changed after sending"})
    assert response.status_code == 400 and "can no longer be edited" in response.text
    assert "Changed after sending" not in body_of(acme, 1)


def test_the_send_flash_never_shows_the_password(acme: Web, smtp: SmtpServer,
                                                 monkeypatch) -> None:
    monkeypatch.setenv("AFTERWORD_SMTP_PASSWORD", "wrong-" + PASSWORD)
    response = acme.post("/messages/1/send", {"when": "now"})
    assert PASSWORD not in response.text


def test_a_warning_leaves_the_draft_not_ready(acme: Web) -> None:
    body = body_of(acme, 1)
    assert " with " in body
    response = acme.htmx("/messages/1/review", {"subject": "Thank you - Data Engineer interview",
                                                "body": body.replace(" with ", " w/ ", 1)})
    html = response.text
    assert "shorthand" in findings(html)
    assert "Not ready yet: see the warnings" in html and "Ready to send" not in html


def test_timing_advice_is_shown_beside_the_score_and_not_counted() -> None:
    from datetime import datetime, timedelta, timezone

    from afterword.review import Context, Message, Recipient, review
    from afterword.web import highlight
    from afterword.web.deps import templates

    end = datetime(2026, 3, 2, 15, 0, tzinfo=timezone(timedelta(hours=-5)))
    body = ("Dear Priya,\n\nThank you for walking me through the Kubernetes migration at Acme "
            "Analytics yesterday. Hearing how the team plans to move the nightly jobs made the "
            "project concrete, and my five years of production Python and Scala fit it well. I "
            "am excited about the Data Engineer role and look forward to the next steps.\n\n"
            "Best regards,\nJordan Lee")
    context = Context(candidate="Jordan Lee", recipient=Recipient("Priya Raman"),
                      interview_end=end, sent_at=end + timedelta(hours=55),
                      recipient_timezone="America/New_York")
    report = review(Message(body, subject="Thank you - Data Engineer interview", context=context))
    assert {f.rule for f in report.findings} == {"sent-late", "off-hours"}
    view = highlight.view(report.findings, body, "Thank you - Data Engineer interview")
    html = templates.env.get_template("_review_result.html").render(
        view=view, values={}, csrf="x", error=None)
    assert view.score == 100 and view.ready
    assert "Ready to send" in html and "2 on when to send, not counted" in html
    advice = html.split('data-testid="advice"', 1)
    assert len(advice) == 2 and "sent-late" in advice[1] and "off-hours" in advice[1]
    assert 'data-testid="findings"' not in html  # nothing about the text to list
    unfinished = highlight.view(report.findings, body, None, unfinished=True)
    assert not unfinished.ready


def test_a_draft_marked_incomplete_is_scheduled_only_when_ticked_as_is(acme: Web) -> None:
    acme.config.set("smtp.host", "smtp.example.com")  # set up; nothing connects to it here
    gap = "add a topic you discussed with Priya to make this note specific"
    acme.sql(f"UPDATE messages SET incomplete = '[\"{gap}\"]' WHERE id = 1")
    page = acme.get("/interviews/1").text
    assert 'data-testid="as-is-1"' in page and gap in page
    refused = acme.post("/messages/1/send", {"when": "schedule", "at": ""})
    assert "marked incomplete" in refused.text
    assert acme.sql("SELECT state FROM messages WHERE id = 1")[0][0] == "draft"
    ticked = acme.post("/messages/1/send", {"when": "schedule", "at": "", "as_is": "on"})
    assert "Scheduled for" in ticked.text
    assert acme.sql("SELECT state FROM messages WHERE id = 1")[0][0] == "queued"


def test_a_draft_is_deleted_from_its_page_and_a_sent_note_is_not(acme: Web) -> None:
    page = acme.get("/interviews/1").text
    assert 'formaction="/messages/1/delete"' in page and "data-confirm=" in page
    response = acme.post("/messages/1/delete", {})
    assert "Deleted the thank-you to Priya Raman (note 1)." in response.text
    assert acme.sql("SELECT count(*) FROM messages WHERE id = 1")[0][0] == 0
    acme.post("/messages/2/mark-sent", {})
    kept = acme.post("/messages/2/delete", {})
    assert kept.status_code == 400 and "was sent" in kept.text
    assert acme.sql("SELECT state FROM messages WHERE id = 2")[0][0] == "sent"
