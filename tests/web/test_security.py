"""Safe by default: the key and its cookie, the Host check, CSRF, Origin, headers, escaping."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from afterword.web.security import derive
from tests.web.conftest import BASE, PORT, SECRET, TestClient, Web, make_app

HTMX_SHA256 = "e209dda5c8235479f3166defc7750e1dbcd5a5c1808b7792fc2e6733768fb447"
SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'


def fresh_client(web: Web) -> TestClient:
    return TestClient(make_app(web.store, web.config), base_url=BASE)


def test_the_one_time_key_becomes_a_cookie_and_leaves_the_address(web: Web) -> None:
    client = fresh_client(web)
    response = client.get(f"/outbox?key={SECRET}", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/outbox"
    cookie = response.headers["set-cookie"]
    assert cookie.startswith(f"afterword-{PORT}=")
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Max-Age=2592000" in cookie
    assert SECRET not in cookie and web.install.session_key.hex() not in cookie
    assert client.get("/outbox").status_code == 200


def test_a_request_without_a_sign_in_is_refused_and_shows_no_data(acme: Web) -> None:
    client = fresh_client(acme)
    for path in ("/", "/interviews", "/interviews/1", "/messages/1", "/messages/1/eml",
                 "/settings", "/calendar.ics"):
        response = client.get(path)
        assert response.status_code == 403, path
        assert "Sign in to Afterword" in response.text
        assert "Priya" not in response.text and "Acme" not in response.text


def test_a_wrong_key_or_a_forged_cookie_is_refused(web: Web) -> None:
    client = fresh_client(web)
    assert client.get("/?key=guess", follow_redirects=False).status_code == 403
    client.cookies.set(f"afterword-{PORT}", SECRET)  # the key itself is not the cookie
    assert client.get("/").status_code == 403
    forged = f"1772548200.1772548200.abc.{derive(SECRET, 'session')}"
    client.cookies.set(f"afterword-{PORT}", forged)
    assert client.get("/").status_code == 403


def test_a_foreign_host_header_is_refused_even_with_the_cookie(web: Web) -> None:
    # DNS rebinding: a page at evil.example resolves its name to 127.0.0.1.
    for host in ("evil.example:8765", "localhost:9999", "127.0.0.1:9999", "127.0.0.1"):
        response = web.get("/", headers={"Host": host})
        assert response.status_code == 400, host
        assert "not the one Afterword serves" in response.text
    assert web.get(f"/?key={SECRET}", headers={"Host": "evil.example:8765"},
                   follow_redirects=False).status_code == 400


def test_a_post_without_the_csrf_token_is_refused_and_changes_nothing(acme: Web) -> None:
    response = acme.client.post("/interviews/1/status", data={"status": "rejected"})
    assert response.status_code == 403
    assert "reload the page" in response.text
    response = acme.client.post("/interviews/1/status",
                                data={"status": "rejected", "csrf_token": "0" * 64})
    assert response.status_code == 403
    assert acme.sql("SELECT status FROM applications")[0][0] == "interviewing"


def test_a_post_from_another_origin_is_refused(acme: Web) -> None:
    response = acme.post("/interviews/1/status", {"status": "rejected"},
                         headers={"Origin": "http://evil.example"})
    assert response.status_code == 403
    assert acme.sql("SELECT status FROM applications")[0][0] == "interviewing"
    ok = acme.post("/interviews/1/status", {"status": "offer"}, headers={"Origin": BASE})
    assert ok.status_code == 200
    assert acme.sql("SELECT status FROM applications")[0][0] == "offer"


def test_the_csrf_token_is_accepted_as_a_header_for_htmx(acme: Web) -> None:
    response = acme.htmx("/messages/1/review", {"body": "Dear Priya,\n\nThank you."})
    assert response.status_code == 200


def test_pages_forbid_scripts_from_elsewhere_and_framing(web: Web) -> None:
    response = web.get("/")
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["referrer-policy"] == "same-origin"


def test_static_files_are_shipped_and_htmx_is_the_pinned_version(web: Web) -> None:
    client = fresh_client(web)  # no key needed: they hold no data
    htmx = client.get("/static/htmx.min.js")
    assert htmx.status_code == 200
    assert hashlib.sha256(htmx.content).hexdigest() == HTMX_SHA256
    assert client.get("/static/app.css").status_code == 200
    assert client.get("/static/app.js").status_code == 200
    readme = (Path(__file__).resolve().parents[2] / "afterword/web/static/README.md").read_text()
    assert "2.0.4" in readme and HTMX_SHA256 in readme and "0BSD" in readme


def test_no_page_loads_anything_from_the_internet(acme: Web) -> None:
    for path in ("/", "/interviews", "/interviews/new", "/interviews/1", "/review", "/outbox",
                 "/settings"):
        html = acme.get(path).text
        assert 'src="http' not in html and 'href="http' not in html.replace(
            'href="https://jobs.acme', ""), path


@pytest.fixture
def hostile(web: Web) -> Web:
    text = f"""
[application]
company = "{SCRIPT}"
role = "Engineer {SCRIPT}"
values = "{SCRIPT}"
[interview]
start = 2026-03-02T14:00:00
timezone = "America/New_York"
topics = ["{SCRIPT}"]
[[interviewers]]
name = '{IMG}'
email = "x@example.com"
topics = ['{IMG}']
"""
    path = Path(web.config.path).parent / "hostile.toml"
    path.write_text(text, encoding="utf-8")
    web.add(path)
    web.draft(1)
    return web


def test_a_hostile_company_and_interviewer_render_as_text_everywhere(hostile: Web) -> None:
    pages = ["/", "/interviews", "/interviews/1", "/interviews/1/edit", "/outbox",
             "/messages/1"]
    for path in pages:
        html = hostile.get(path).text
        assert SCRIPT not in html, path
        assert "<img src=x" not in html, path
    page = hostile.get("/interviews/1").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in page


def test_a_hostile_pasted_note_renders_as_text_in_the_review(web: Web) -> None:
    response = web.post("/review", {"body": f"Dear {IMG},\n\n{SCRIPT} Thank you.",
                                    "recipient": IMG, "company": SCRIPT})
    assert response.status_code == 200
    assert SCRIPT not in response.text and "<img src=x" not in response.text


def test_a_hostile_live_review_renders_as_text(acme: Web) -> None:
    response = acme.htmx("/messages/1/review", {"body": f"Dear Priya,\n\n{SCRIPT}{IMG}"})
    assert SCRIPT not in response.text and "<img src=x" not in response.text
