"""Issue 15, "Broken": form tokens in fragments, impossible ids, two tabs, a stuck mail server,
forged flash messages. Each test fails without its fix."""

from __future__ import annotations

import base64
import json
import re
import socket
import threading
import urllib.request
from html import unescape
from pathlib import Path

import pytest

from afterword.config import Config
from afterword.store.db import Store
from tests.web.conftest import Web, field_error, input_value

FLAWED = ("Hey Pria,\n\nThanks alot for the interview! I'm super excited about the role and "
          "I think I'm the perfect fit.\n\nJordan")


def test_the_live_review_s_fix_buttons_carry_the_form_token(web: Web) -> None:
    fragment = web.htmx("/review", {"body": FLAWED, "recipient": "Priya Raman"}).text
    assert input_value(fragment, "csrf_token") == web.csrf
    # Press a "Use ..." button of that fragment: the form as the browser would post it.
    fields = {unescape(n): unescape(v) for n, v in
              re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', fragment)}
    key = re.search(r'name="accept" value="([^"]+)"', fragment)
    assert key, fragment
    response = web.client.post("/review", data={**fields, "accept": unescape(key.group(1))})
    assert response.status_code == 200, response.text
    assert "This form has expired" not in response.text


@pytest.mark.parametrize("path", [
    "/interviews/99999999999999999999999", "/interviews/99999999999999999999999/edit",
    "/messages/99999999999999999999999", "/messages/99999999999999999999999/card",
    "/interviews/2147483648"])
def test_an_id_too_large_for_the_database_is_not_found(web: Web, path: str) -> None:
    response = web.get(path)
    assert response.status_code == 404
    assert "There is no such page" in response.text


def test_sending_or_saving_an_impossible_id_is_not_found(web: Web) -> None:
    for path in ("/messages/99999999999999999999999/send",
                 "/messages/99999999999999999999999/save",
                 "/interviews/99999999999999999999999/edit"):
        response = web.post(path, {"body": "x"})
        assert response.status_code == 404, (path, response.text)


def _version(html: str, message_id: int) -> str:
    form = html.split(f'id="form-{message_id}"')[1]
    value = input_value(form, "version")
    assert value
    return value


def test_a_save_from_an_older_tab_keeps_both_texts(acme: Web) -> None:
    opened = _version(acme.get("/interviews/1").text, 1)  # two tabs open the same draft
    first = "Dear Priya,\n\nThe first tab's text.\n\nJordan Lee"
    second = "Dear Priya,\n\nThe second tab's text.\n\nJordan Lee"
    assert acme.htmx("/messages/1/save", {"body": first, "subject": "Thank you",
                                          "version": opened}).status_code == 200
    stale = acme.htmx("/messages/1/save", {"body": second, "subject": "Thank you",
                                           "version": opened})
    assert stale.status_code == 409
    assert "changed in another tab" in stale.text
    assert "The first tab" in stale.text and "The second tab" in stale.text
    assert acme.sql("SELECT body FROM messages WHERE id = 1")[0][0] == first
    # Saving again from the warned editor is a choice: it keeps the second text.
    again = acme.htmx("/messages/1/save", {"body": second, "subject": "Thank you",
                                           "version": _version(stale.text, 1)})
    assert again.status_code == 200
    assert acme.sql("SELECT body FROM messages WHERE id = 1")[0][0] == second


def test_a_stale_send_without_htmx_shows_both_texts_on_a_page(acme: Web) -> None:
    opened = _version(acme.get("/interviews/1").text, 1)
    acme.post("/messages/1/save", {"body": "Dear Priya,\n\nOne.\n\nJordan", "version": opened})
    response = acme.post("/messages/1/mark-sent", {"body": "Dear Priya,\n\nTwo.\n\nJordan",
                                                   "version": opened})
    assert response.status_code == 409
    assert "Two versions of one note" in response.text and "One." in response.text
    assert acme.sql("SELECT state FROM messages WHERE id = 1")[0][0] == "draft"


def test_a_flash_cookie_written_by_another_local_site_is_not_shown(web: Web) -> None:
    state = web.client.app.state.afterword  # type: ignore[attr-defined]
    forged = base64.urlsafe_b64encode(json.dumps(
        [["error", "Your mail password expired, re-enter it at evil.example"]]).encode()).decode()
    web.client.cookies.set(state.flash_cookie, forged)
    assert "evil.example" not in web.get("/").text
    web.client.cookies.set(state.flash_cookie, forged + ".0123abcd")
    assert "evil.example" not in web.get("/").text


def test_the_app_s_own_flash_messages_still_show(web: Web) -> None:
    response = web.post("/settings-dictionary", {"words": "Kubernetes"})
    assert "Saved: 1 word." in response.text


def test_a_mail_server_that_never_answers_holds_up_no_other_page(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.web.browser import seed_profile, serve

    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen()
    accepted: list[socket.socket] = []
    connected = threading.Event()

    def accept() -> None:
        conn, _ = silent.accept()  # accepts, then says nothing (no SMTP greeting)
        accepted.append(conn)
        connected.set()

    threading.Thread(target=accept, daemon=True).start()
    config = seed_profile(tmp_path / "config.toml")
    config.set("smtp.host", "127.0.0.1")
    config.set("smtp.port", str(silent.getsockname()[1]))
    config.set("smtp.security", "starttls")
    config.set("smtp.from", "jordan.lee@example.com")
    store = Store(f"sqlite:///{tmp_path / 'web.db'}")
    try:
        with serve(store, Config(config.path)) as served:
            opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor())
            opener.open(served.enter).read()
            home = opener.open(served.base + "/settings").read().decode()
            token = re.search(r'name="csrf_token" value="([^"]+)"', home)
            assert token
            body = f"csrf_token={token.group(1)}".encode()
            testing = threading.Thread(target=lambda: opener.open(urllib.request.Request(
                served.base + "/settings-mail-test", data=body,
                headers={"Origin": served.base})).read(), daemon=True)
            testing.start()
            assert connected.wait(10)
            # The mail test waits on the silent server; every other page still answers.
            assert opener.open(served.base + "/").status == 200
            assert testing.is_alive()
            for conn in accepted:
                conn.close()  # the server hangs up: the test ends with a failure message
            testing.join(30)
    finally:
        silent.close()
        store.dispose()


# --- Limits, addresses as people type them --------------------------------------------------

def _new_interview(web: Web, **fields: str) -> object:
    data = {"application.company": "Northwind Traders", "application.role": "Analyst",
            "interview.start": "2026-03-02T14:00", "interview.timezone": "America/New_York",
            "interviewers[1].name": "Sam Ortiz", "interviewers[1].channel": "email",
            "action": "save", **fields}
    return web.post("/interviews/new", data, follow_redirects=False)


def test_a_linkedin_address_without_https_is_accepted_and_completed(web: Web) -> None:
    response = _new_interview(web, **{"interviewers[1].linkedin": "linkedin.com/in/sam-ortiz"})
    assert response.status_code == 303, response.text  # type: ignore[attr-defined]
    assert web.sql("SELECT linkedin FROM interviewers")[0][0] == \
        "https://linkedin.com/in/sam-ortiz"


def test_an_over_long_field_is_refused_by_name_and_kept_whole(web: Web) -> None:
    role = "Analyst " * 300
    response = _new_interview(web, **{"application.role": role})
    assert response.status_code == 400  # type: ignore[attr-defined]
    html = response.text  # type: ignore[attr-defined]
    assert "at most 200 fit here" in html
    assert input_value(html, "application.role") == role  # nothing cut
    assert 'maxlength="200"' in html
    assert web.sql("SELECT COUNT(*) FROM applications")[0][0] == 0


def test_a_note_longer_than_any_note_is_refused_before_the_review(web: Web) -> None:
    response = web.htmx("/review", {"body": "word " * 52_000})
    assert response.status_code == 400
    assert "far longer than a note" in response.text


def test_an_over_long_draft_is_not_saved_and_not_cut(acme: Web) -> None:
    before = acme.sql("SELECT body FROM messages WHERE id = 1")[0][0]
    response = acme.htmx("/messages/1/save", {"body": "Dear Priya, " + "x" * 30_000})
    assert response.status_code == 400 and "at most 20,000 fit here" in response.text
    assert acme.sql("SELECT body FROM messages WHERE id = 1")[0][0] == before


def test_localhost_on_the_same_port_is_the_same_app(web: Web) -> None:
    from tests.web.conftest import PORT

    entered = web.client.get(f"http://localhost:{PORT}/?key={web.key()}", follow_redirects=False)
    assert entered.status_code == 303
    page = web.client.get(f"http://localhost:{PORT}/settings")
    assert page.status_code == 200 and "Settings" in page.text


# --- Mail settings ------------------------------------------------------------------------

def test_the_mail_test_result_shows_beside_its_button_and_is_announced(
        web: Web, smtp: object) -> None:
    fragment = web.htmx("/settings-mail-test").text
    assert "Connected and logged in" in fragment and "<html" not in fragment
    html = web.post("/settings-mail-test", {}).text
    after_button = html.split('data-testid="mail-test"')[1]
    result = after_button.split('data-testid="mail-test-result"')
    assert len(result) == 2 and "Connected and logged in" in result[1].split("</section>")[0]
    assert 'id="mail-test-result" role="status" aria-live="polite"' in html
    assert 'hx-indicator="#mail-test-progress"' in html and "at most about 10 seconds" in html


def test_mail_settings_offer_the_common_providers_and_explain_security(web: Web) -> None:
    html = web.get("/settings").text
    for name, host in (("Gmail", "smtp.gmail.com"), ("Outlook", "smtp-mail.outlook.com"),
                       ("iCloud", "smtp.mail.me.com"), ("Fastmail", "smtp.fastmail.com"),
                       ("Yahoo", "smtp.mail.yahoo.com")):
        assert f'value="{name}" data-host="{host}"' in html
    assert "STARTTLS</strong> connects" in html and "app password" in html


# --- Errors in the app's own words ------------------------------------------------------------

def test_sending_without_a_mail_server_says_where_to_set_it_up(acme: Web) -> None:
    response = acme.post("/messages/1/send", {"when": "now"})
    html = response.text
    assert "No mail server is set up" in html
    assert 'href="/settings#smtp"' in html and "Open the mail settings" in html
    assert "afterword config" not in html and "afterword mail" not in html


def test_an_unknown_message_names_no_command(web: Web) -> None:
    html = web.post("/messages/77/mark-sent", {}).text
    assert "There is no note 77" in html  # the app calls them notes
    assert "afterword messages" not in html and 'href="/messages"' in html


def test_an_incomplete_note_names_the_editor_not_a_command(acme: Web, smtp: object) -> None:
    from afterword.web.deps import error_text
    from afterword.web.hints import for_web

    hint = for_web("Finish it with `afterword edit-message 1` (or add what is missing to the "
                   "record and draft again), or send it as it is with --as-is.")
    assert hint and "editor" in hint.text and "afterword" not in hint.text

    class Refusal:
        message = "no mail server is set up (see docs/sending.md)"
        hint = "afterword config set smtp.host smtp.example.com (see docs/sending.md)"

    assert error_text(Refusal()) == (
        "No mail server is set up. Set up your mail account in Settings, under "
        "\u201cSending e-mail\u201d, or download the note (.eml) and send it from your own "
        "mail program.")


def test_a_notice_ending_in_a_full_stop_gets_no_second_one() -> None:
    from afterword.web.deps import sentence

    assert sentence("a late note still beats none.") == "A late note still beats none."
    assert sentence("a late note still beats none") == "A late note still beats none."
    assert sentence("Ready?") == "Ready?"


def test_a_forged_flash_link_to_another_site_is_dropped(web: Web) -> None:
    from afterword.web.deps import _local

    assert _local("/settings#smtp") == "/settings#smtp"
    assert _local("https://evil.example/") is None and _local("//evil.example") is None


# --- Results beside the button that caused them -------------------------------------------------

def test_a_refused_send_is_shown_beside_the_draft_not_at_the_top(acme: Web) -> None:
    # A time in the past is refused; the answer belongs beside the draft's buttons.
    acme.config.set("smtp.host", "127.0.0.1")
    acme.config.set("smtp.port", "2525")
    refused = acme.post("/messages/1/send", {"when": "schedule", "at": "2020-01-01T09:00"},
                        follow_redirects=False)
    assert refused.headers["location"] == "/interviews/1?note=1#draft-1"
    html = acme.get(refused.headers["location"]).text
    top = html.split('id="flash"')[1].split("</div>")[0]
    assert "Not sent" not in top
    beside = html.split('data-testid="draft-result-1"')[1].split("</div>")[0]
    assert "Not sent" in beside and 'aria-live' in html.split('data-testid="draft-result-1"')[0][-80:]


def test_saved_shows_beside_the_save_button(acme: Web) -> None:
    card = acme.htmx("/messages/1/save", {"body": "Dear Priya,\n\nThank you.\n\nJordan"}).text
    actions = card.split('data-testid="save-1"')[1]
    assert "Saved." in actions.split("</form>")[0]


# --- Wording ------------------------------------------------------------------------------

def test_the_let_it_rest_step_reads_as_a_sentence(acme: Web) -> None:
    html = acme.get("/interviews/1").text
    assert "Let it rest</strong>: no more follow-ups to" in html
    assert "Let it rest</strong> to" not in html


def test_a_fresh_draft_s_timing_advice_does_not_call_it_an_error(
        acme: Web, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AFTERWORD_NOW", "2026-03-09T09:30:00-05:00")  # a week late
    html = acme.get("/interviews/1").text
    card = html.split('data-testid="draft-1"')[1]
    assert 'data-rule="sent-late"' in card
    verdict = card.split('data-testid="verdict">')[1].split("<")[0]
    assert "Fix the errors" not in verdict


def test_a_value_stored_before_the_limits_is_shown_whole_and_flagged(acme: Web) -> None:
    role = "Data Engineer " * 30  # 420 characters, stored before the limits existed
    acme.sql("UPDATE applications SET role = :role", {"role": role})
    html = acme.get("/interviews/1/edit").text
    assert input_value(html, "application.role") == role.strip() or \
        input_value(html, "application.role") == role
    error = field_error(html, "f-application-role")
    assert error and "at most 200 fit here" in error
    assert field_error(html, "f-application-company") is None
    assert acme.sql("SELECT role FROM applications")[0][0] == role


def test_the_review_page_shows_progress_while_it_reads(web: Web) -> None:
    html = web.get("/review").text
    assert 'hx-indicator="#review-progress"' in html and 'id="review-progress"' in html
