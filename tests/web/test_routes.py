"""Today, Review, Outbox and Settings: every page and action, and the dispatcher while it runs."""

from __future__ import annotations

import re
import time

import pytest

from tests.deliver.conftest import PASSWORD, USER, SmtpServer
from tests.web.conftest import ACME, BASE, Web, field_error, input_value, make_app

# --- Today ----------------------------------------------------------------------------


def test_today_without_interviews_says_where_to_start(web: Web) -> None:
    html = web.get("/").text
    assert "Record an interview" in html
    for key in ("overdue", "today", "week"):
        assert f'data-testid="agenda-{key}"' in html


def test_today_asks_for_the_profile_when_it_is_missing(web: Web) -> None:
    web.config.unset("profile.email")
    assert 'data-testid="profile-missing"' in web.get("/").text


def test_today_offers_to_write_the_note_before_there_is_a_draft(web: Web) -> None:
    web.add()
    html = web.get("/").text
    today = html.split('data-testid="agenda-today"')[1].split("</section>")[0]
    assert "Thank-you note" in today and "Priya Raman" in today
    assert 'action="/interviews/1/draft"' in today and "Write the note" in today
    response = web.post("/interviews/1/draft", {"kind": "thank-you"}, follow_redirects=False)
    assert response.status_code == 303
    assert web.sql("SELECT COUNT(*) FROM messages")[0][0] == 2


def test_today_offers_send_and_mark_sent_for_a_drafted_note(acme: Web) -> None:
    html = acme.get("/").text
    today = html.split('data-testid="agenda-today"')[1].split("</section>")[0]
    assert 'href="/interviews/1#draft-1"' in today
    assert 'action="/messages/1/send"' in today and 'action="/messages/1/mark-sent"' in today
    done = acme.post("/messages/1/mark-sent", {"back": "/"}, follow_redirects=False)
    assert done.headers["location"] == "/"


def test_letting_a_follow_up_rest_from_the_plan(acme: Web) -> None:
    page = acme.get("/interviews/1").text
    step = re.search(r'name="step" value="(1:follow-up-1)"', page)
    assert step
    response = acme.post("/interviews/1/skip", {"step": step.group(1)})
    assert "Letting it rest." in response.text
    assert acme.sql("SELECT kind FROM events")[-1][0] == "skip"
    bad = acme.post("/interviews/1/skip", {"step": "1:nothing"})
    assert bad.status_code == 404 and "has no step" in bad.text


def test_the_plan_downloads_as_a_calendar(acme: Web) -> None:
    response = acme.get("/calendar.ics")
    assert response.headers["content-type"].startswith("text/calendar")
    assert b"BEGIN:VCALENDAR" in response.content and b"Priya Raman" in response.content


# --- Review ---------------------------------------------------------------------------

FLAWED = ("Hey Pria,\n\nThanks alot for the interview! I'm super excited about the role and "
          "I think I'm the perfect fit.\n\nJordan")


def test_the_review_page_has_labelled_fields(web: Web) -> None:
    html = web.get("/review").text
    for name in ("body", "subject", "recipient", "company", "role", "channel", "kind"):
        assert f'<label for="f-{name}"' in html
    assert "Paste a note to see its review" in html


def test_a_pasted_note_is_reviewed_with_its_recipient(web: Web) -> None:
    response = web.post("/review", {"body": FLAWED, "recipient": "Priya Raman",
                                    "company": "Acme Analytics", "role": "Data Engineer"})
    html = response.text
    rules = set(re.findall(r'data-rule="([^"]+)"', html))
    assert {"wrong-recipient-name", "grammar", "casual-language"} <= rules
    assert 'data-testid="highlighted"' in html and "<mark" in html
    assert input_value(html, "recipient") == "Priya Raman"  # the form keeps what was typed


def test_a_suggestion_can_be_accepted_on_the_review_page(web: Web) -> None:
    html = web.post("/review", {"body": FLAWED, "recipient": "Priya Raman"}).text
    item = re.search(r'data-rule="wrong-recipient-name".*?name="accept" value="([^"]+)"', html,
                     re.S)
    assert item
    key = item.group(1).replace("&#34;", '"')
    accepted = web.post("/review", {"body": FLAWED, "recipient": "Priya Raman", "accept": key})
    assert "Hey Priya," in accepted.text
    assert "wrong-recipient-name" not in re.findall(r'data-rule="([^"]+)"', accepted.text)


def test_the_live_review_returns_only_the_results(web: Web) -> None:
    response = web.htmx("/review", {"body": FLAWED, "channel": "email", "kind": "thank-you"})
    assert response.status_code == 200
    assert "<html" not in response.text and 'data-testid="score"' in response.text


def test_the_review_refuses_a_bad_channel_or_a_huge_text(web: Web) -> None:
    bad = web.post("/review", {"body": "Hello", "channel": "pigeon"})
    assert bad.status_code == 400 and "is not a channel" in bad.text
    huge = web.post("/review", {"body": "word " * 5000})
    assert huge.status_code == 400 and "far longer than a note" in huge.text


# --- Outbox ---------------------------------------------------------------------------


def test_the_outbox_lists_a_queued_note_and_takes_it_back(acme: Web) -> None:
    acme.config.set("smtp.host", "smtp.example.com")  # set up; nothing connects to it here
    acme.post("/messages/1/send", {"when": "schedule", "at": "2026-03-03T11:00"})
    html = acme.get("/outbox").text
    assert 'data-testid="outbox-1"' in html and "queued" in html
    response = acme.post("/messages/1/cancel", {})
    assert "Note 1 is a draft again." in response.text
    again = acme.post("/messages/1/cancel", {})
    assert again.status_code == 400 and "only a queued or held message" in again.text


def test_a_note_of_unknown_fate_is_confirmed_from_the_outbox(acme: Web) -> None:
    acme.sql("UPDATE messages SET state = 'unknown' WHERE id IN (1, 2)")
    html = acme.get("/outbox").text
    assert 'data-testid="confirm-sent-1"' in html
    acme.post("/messages/1/confirm", {"sent": "yes"})
    acme.post("/messages/2/confirm", {"sent": "no"})
    states = dict(acme.sql("SELECT id, state FROM messages ORDER BY id"))
    assert states == {1: "sent", 2: "draft"}


def test_dispatching_from_the_outbox_sends_what_is_due(acme: Web, smtp: SmtpServer) -> None:
    acme.post("/messages/1/send", {"when": "schedule", "at": ""})  # the plan's time: now
    response = acme.post("/outbox/dispatch", {})
    assert "Sent what was due: 1 sent." in response.text
    assert len(smtp.accepted) == 1
    assert "Nothing was due." in acme.post("/outbox/dispatch", {}).text


def test_dispatching_without_a_mail_server_says_so(acme: Web) -> None:
    response = acme.post("/outbox/dispatch", {})
    assert response.status_code == 400 and "No mail server is set up" in response.text


def test_the_app_dispatches_due_notes_while_it_runs(acme: Web, smtp: SmtpServer) -> None:
    from tests.web.conftest import SECRET, TestClient

    acme.post("/messages/1/send", {"when": "schedule", "at": ""})
    with TestClient(make_app(acme.store, acme.config, dispatch=True), base_url=BASE) as client:
        client.get(f"/?key={SECRET}")
        for _ in range(100):
            if smtp.accepted:
                break
            time.sleep(0.05)
    assert len(smtp.accepted) == 1
    assert acme.sql("SELECT state FROM messages WHERE id = 1")[0][0] == "sent"


# --- Settings -------------------------------------------------------------------------


def test_settings_show_every_section_with_labelled_fields(web: Web) -> None:
    html = web.get("/settings").text
    for section in ("profile", "smtp", "plan", "rules", "dictionary"):
        assert f'data-testid="settings-{section}"' in html
    for field_id in re.findall(r'<(?:input|select|textarea) id="([^"]+)"', html):
        assert f'<label for="{field_id}"' in html, field_id
    assert input_value(html, "profile.name") == "Jordan Lee"


def test_the_profile_is_saved_and_a_bad_address_changes_nothing(web: Web) -> None:
    data = {"profile.name": "Jordan Q. Lee", "profile.email": "jordan@",
            "profile.timezone": "America/Chicago", "profile.signature": "Line one\nLine two"}
    bad = web.post("/settings/profile", data)
    assert bad.status_code == 400
    assert "is not a valid e-mail address" in field_error(bad.text, "f-profile-email")
    assert web.settings.get("profile.name") == "Jordan Lee"
    good = web.post("/settings/profile", {**data, "profile.email": "jq@example.com"})
    assert "Saved." in good.text
    assert web.settings.get("profile.email") == "jq@example.com"
    assert web.settings.get("profile.signature") == "Line one\nLine two"
    assert web.settings.get("profile.phone") in (None, "")


def test_a_time_zone_that_does_not_exist_is_refused_in_settings(web: Web) -> None:
    bad = web.post("/settings/profile", {"profile.name": "Jordan Lee",
                                         "profile.timezone": "Atlantis/Capital"})
    assert "is not a time zone" in field_error(bad.text, "f-profile-timezone")
    assert web.settings.get("profile.timezone") == "America/New_York"


def test_the_holiday_country_is_checked(web: Web) -> None:
    bad = web.post("/settings/plan", {"plan.country": "Narnia"})
    assert bad.status_code == 400 and field_error(bad.text, "f-plan-country")
    web.post("/settings/plan", {"plan.country": "de"})
    assert web.settings.get("plan.country") == "DE"


def test_the_mail_password_goes_to_the_keyring_and_never_to_the_page(
        web: Web, memory_keyring: dict) -> None:
    data = {"smtp.host": "smtp.example.com", "smtp.port": "587", "smtp.security": "starttls",
            "smtp.user": "jordan", "smtp.password": "s3cret-pass-phrase"}
    response = web.post("/settings/smtp", data)
    # The test's in-memory backend is one Afterword does not know: it says so.
    assert "Your mail password is in the keyring backend tests.web.conftest" in response.text
    assert "does not know how this backend protects passwords" in response.text
    assert memory_keyring[("afterword-smtp", "jordan")] == "s3cret-pass-phrase"
    page = web.get("/settings").text
    assert "s3cret-pass-phrase" not in page
    assert "A password is kept in your keyring" in page
    assert input_value(page, "smtp.password") == ""
    assert "s3cret" not in web.config.path.read_text()


def test_a_password_without_a_login_is_refused(web: Web, memory_keyring: dict) -> None:
    response = web.post("/settings/smtp", {"smtp.host": "smtp.example.com", "smtp.port": "587",
                                           "smtp.security": "starttls",
                                           "smtp.password": "s3cret"})
    assert response.status_code == 400
    assert "set your login" in field_error(response.text, "f-smtp-password").lower()
    assert memory_keyring == {} and "s3cret" not in response.text


def test_a_bad_port_is_shown_next_to_its_field(web: Web) -> None:
    bad = web.post("/settings/smtp", {"smtp.host": "smtp.example.com", "smtp.port": "99999",
                                      "smtp.security": "starttls"})
    assert "is not a port number" in field_error(bad.text, "f-smtp-port")
    assert web.settings.get("smtp.host") is None


def test_the_mail_test_button_connects_and_logs_in(web: Web, smtp: SmtpServer) -> None:
    response = web.post("/settings-mail-test", {})
    assert f"Connected and logged in to 127.0.0.1:{smtp.port} (starttls) as {USER}" in \
        response.text
    assert PASSWORD not in response.text


def test_the_mail_test_button_says_what_is_wrong(web: Web) -> None:
    response = web.post("/settings-mail-test", {})
    assert "The test failed: No mail server is set up" in response.text


def test_review_rules_are_turned_off_and_on(web: Web) -> None:
    html = web.get("/settings").text
    ids = re.findall(r'name="rule\.([a-z-]+)" type="checkbox" checked', html)
    assert "cliche" in ids
    on = {f"rule.{r}": "on" for r in ids if r not in ("cliche", "exclamation")}
    response = web.post("/settings-rules", on)
    assert "Saved: 2 rules off." in response.text
    assert sorted(web.settings.get("review.ignore")) == ["cliche", "exclamation"]
    assert 'id="rule-cliche" name="rule.cliche" type="checkbox">' in web.get("/settings").text


def test_the_personal_dictionary_is_saved_one_word_per_line(web: Web) -> None:
    response = web.post("/settings-dictionary", {"words": "Kubernetes\nAirflow, dbt\n\n"})
    assert "Saved: 3 words." in response.text
    assert web.settings.get("review.dictionary") == ["Kubernetes", "Airflow", "dbt"]
    assert "Airflow" in web.get("/settings").text


def test_an_unknown_settings_section_is_not_found(web: Web) -> None:
    assert web.post("/settings/secrets", {}).status_code == 404


def test_settings_changed_in_a_terminal_are_seen_at_once(web: Web) -> None:
    from afterword.config import Config

    Config(web.config.path).set("profile.name", "Changed Elsewhere")
    assert input_value(web.get("/settings").text, "profile.name") == "Changed Elsewhere"


def test_an_unknown_address_gets_the_error_page_not_json(web: Web) -> None:
    response = web.get("/no-such-page")
    assert response.status_code == 404
    assert "text/html" in response.headers["content-type"]
    assert "There is no such page." in response.text


def test_a_step_whose_window_is_open_reads_ready_to_send_even_under_this_week(
        acme: Web, monkeypatch) -> None:
    # Monday evening in New York: Tomás's thank-you may go now, but its best time is 08:00
    # Tuesday in Madrid, so it is listed under "This week" while nothing is due today.
    monkeypatch.setenv("AFTERWORD_NOW", "2026-03-02T19:00:00-05:00")
    html = acme.get("/").text
    week = html.split('data-testid="agenda-week"')[1].split("</section>")[0]
    assert "Tomás Ortega" in week
    assert '<span class="badge badge-due">ready to send</span>' in week
    assert "due now" not in html


def test_a_due_step_whose_note_is_not_written_reads_time_to_write(
        web: Web, monkeypatch) -> None:
    # The same moment as above, before any draft: nothing is ready to send yet.
    monkeypatch.setenv("AFTERWORD_NOW", "2026-03-02T19:00:00-05:00")
    assert web.add(ACME) == 1
    html = web.get("/").text
    week = html.split('data-testid="agenda-week"')[1].split("</section>")[0]
    assert '<span class="badge badge-due">time to write</span>' in week
    assert "ready to send" not in week
    assert "Write the" in week  # and the button says what to do


def test_an_error_after_a_form_leads_back_to_the_page_it_came_from(acme: Web) -> None:
    response = acme.post("/interviews/1/reply", {"timeframe": "soon-ish, maybe"},
                         headers={"Referer": f"{BASE}/interviews/1"})
    assert response.status_code == 400
    assert "cannot read a date in the timeframe" in response.text
    assert '<a href="/interviews/1" data-testid="back">Back to the page you were on</a>' \
        in response.text
    bare = acme.post("/interviews/1/reply", {"timeframe": "soon-ish, maybe"})
    assert 'data-testid="back"' not in bare.text and "Back to today" in bare.text


@pytest.mark.parametrize("path", ["//evil.example/x", "/\\evil.example/x", "/\\\\evil.example"])
def test_the_way_back_after_an_error_never_leads_to_another_site(acme: Web, path: str) -> None:
    response = acme.post("/interviews/1/reply", {"timeframe": "soon-ish, maybe"},
                         headers={"Referer": f"{BASE}{path}"})
    assert response.status_code == 400
    assert 'data-testid="back"' not in response.text and "evil.example" not in response.text
