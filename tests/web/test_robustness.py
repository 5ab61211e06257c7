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
from tests.web.conftest import Web, input_value

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
