"""Signing in and staying in: one-time keys, the 30-day cookie, its renewal, signing out.

The clock is fixed with AFTERWORD_NOW (as every web test does) and moved on between requests.
"""

from __future__ import annotations

import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from afterword.web import sessions
from afterword.web.install import KEY_LIFETIME, Install
from tests.web.conftest import BASE, NOW, PORT, TestClient, Web, make_app

COOKIE = f"afterword-{PORT}"


def at(monkeypatch: pytest.MonkeyPatch, later: timedelta) -> None:
    """Move the app's clock to NOW + `later`."""
    monkeypatch.setenv("AFTERWORD_NOW", (datetime.fromisoformat(NOW) + later).isoformat())


def stranger(web: Web) -> TestClient:
    return TestClient(make_app(web.store, web.config), base_url=BASE)


def test_a_key_signs_in_once_and_a_used_link_is_explained(web: Web) -> None:
    key = web.key()
    other = stranger(web)
    assert other.get(f"/?key={key}", follow_redirects=False).status_code == 303
    late = stranger(web)
    refused = late.get(f"/?key={key}")
    assert refused.status_code == 403
    assert "This sign-in link has already been used or is too old" in refused.text
    assert "<code>afterword web --sign-out-all</code>" in refused.text
    # The browser that used it, opening it again (a restored tab), is simply let in.
    again = other.get(f"/interviews?key={key}", follow_redirects=False)
    assert again.status_code == 303 and again.headers["location"] == "/interviews"
    assert "set-cookie" not in again.headers


def test_a_key_past_its_few_minutes_does_not_sign_in(web: Web,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    key = web.key()
    at(monkeypatch, KEY_LIFETIME + timedelta(seconds=1))
    response = stranger(web).get(f"/?key={key}")
    assert response.status_code == 403 and "too old" in response.text


def test_the_cookie_is_renewed_after_a_day_and_lasts_30_days_after_the_last_visit(
        web: Web, monkeypatch: pytest.MonkeyPatch) -> None:
    at(monkeypatch, timedelta(hours=23))
    same_day = web.get("/")
    assert same_day.status_code == 200 and "set-cookie" not in same_day.headers
    at(monkeypatch, timedelta(days=2))
    renewed = web.get("/")
    assert renewed.status_code == 200
    assert "Max-Age=2592000" in renewed.headers["set-cookie"]
    at(monkeypatch, timedelta(days=31))  # 29 days after the renewal: still in
    assert web.get("/interviews").status_code == 200
    at(monkeypatch, timedelta(days=31 + 31))  # 31 days without a visit
    ended = web.get("/interviews")
    assert ended.status_code == 403 and "You have been signed out" in ended.text
    assert "30 days after your last visit" in ended.text
    assert f"{COOKIE}=\"\"" in ended.headers["set-cookie"] or \
        f"{COOKIE}=;" in ended.headers["set-cookie"]


def test_a_sign_in_ends_after_90_days_however_often_it_is_used(
        web: Web, monkeypatch: pytest.MonkeyPatch) -> None:
    for day in range(10, 90, 10):
        at(monkeypatch, timedelta(days=day))
        assert web.get("/").status_code == 200, day
    at(monkeypatch, timedelta(days=90))
    assert "You have been signed out" in web.get("/").text


def test_sign_out_all_ends_every_sign_in_and_every_open_form(acme: Web, run_cli) -> None:
    old_csrf = acme.csrf
    result = run_cli("--db", acme.store.url, "web", "--sign-out-all")
    assert result.exit_code == 0 and "Every browser is signed out" in result.stdout
    page = acme.get("/")
    assert page.status_code == 403 and "You have been signed out" in page.text
    assert "Priya" not in page.text
    assert acme.install.session_key.hex() not in page.text
    # Signed in again: a form opened before the sign-out is refused, not carried out.
    assert acme.get(f"/?key={acme.key()}", follow_redirects=False).status_code == 303
    response = acme.client.post("/interviews/1/status",
                                data={"status": "rejected", "csrf_token": old_csrf})
    assert response.status_code == 403
    assert acme.sql("SELECT status FROM applications")[0][0] == "interviewing"


def test_sign_out_all_also_ends_links_not_used_yet(web: Web) -> None:
    key = web.key()
    web.install.sign_out_all()
    assert stranger(web).get(f"/?key={key}").status_code == 403


def test_a_cookie_signed_by_another_install_is_refused(web: Web, tmp_path: Path) -> None:
    other = Install(tmp_path / "elsewhere")
    now = datetime.fromisoformat(NOW)
    client = stranger(web)
    client.cookies.set(COOKIE, sessions.make(other.session_key, signed_in=now, now=now))
    assert "You have been signed out" in client.get("/").text


def test_the_install_id_answers_without_sign_in_and_says_nothing_else(web: Web) -> None:
    response = stranger(web).get("/afterword-install")
    assert response.status_code == 200 and response.text == web.install.id
    assert web.install.session_key.hex() not in response.text
    rebound = stranger(web).get("/afterword-install", headers={"Host": "evil.example:8765"})
    assert rebound.status_code == 400


def test_the_install_folder_is_private_and_stores_no_key(web: Web) -> None:
    key = web.key()
    folder = web.install.folder
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for path in folder.rglob("*"):
        if path.is_file():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
            assert key not in path.read_text(), path


def test_a_damaged_install_file_is_named_with_what_to_do(tmp_path: Path, run_cli) -> None:
    import os

    install = Install.beside(tmp_path / "config.toml", os.environ["AFTERWORD_DB"])
    install.folder.mkdir()
    install.state_path.write_text("{not json")
    result = run_cli("web", "--no-browser")
    assert result.exit_code == 2
    assert str(install.state_path) in result.stderr and "Delete that file" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_head_request_does_not_use_up_a_key(web: Web) -> None:
    key = web.key()
    client = stranger(web)
    assert client.head(f"/?key={key}").status_code == 403  # a link preview, say
    assert client.get(f"/?key={key}", follow_redirects=False).status_code == 303


def test_signing_this_browser_out_from_settings_leaves_others_signed_in(web: Web) -> None:
    page = web.get("/settings").text
    assert "This browser stays signed in for 30 days after your last visit" in page
    other = stranger(web)
    assert other.get(f"/?key={web.key()}", follow_redirects=False).status_code == 303
    response = web.post("/sign-out", follow_redirects=False)
    assert response.status_code == 303 and "Max-Age=0" in response.headers["set-cookie"]
    assert "Sign in to Afterword" in web.get("/").text
    assert other.get("/").status_code == 200


def test_signing_out_everywhere_from_settings_ends_every_sign_in(web: Web) -> None:
    other = stranger(web)
    assert other.get(f"/?key={web.key()}", follow_redirects=False).status_code == 303
    assert web.client.post("/sign-out-all").status_code == 403  # no CSRF token: refused
    assert other.get("/").status_code == 200
    response = web.post("/sign-out-all", follow_redirects=False)
    assert response.status_code == 303
    assert "You have been signed out" in other.get("/").text
    assert "Sign in to Afterword" in web.get("/").text


def test_a_page_left_open_after_signing_out_gets_a_banner_not_a_page(acme: Web) -> None:
    acme.install.sign_out_all()
    response = acme.htmx("/messages/1/review", {"body": "Dear Priya,\n\nThank you."})
    assert response.status_code == 403
    assert response.headers["hx-retarget"] == "#flash"
    assert "You have been signed out, so this was not done" in response.text
    assert "<html" not in response.text and "Priya" not in response.text
