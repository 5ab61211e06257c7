"""End to end in real headless Chromium: the app served by uvicorn, a real mail server.

Skipped when Debian's `chromium` or Playwright is missing. See tests/web/browser.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from afterword.config import Config
from tests.deliver.conftest import SmtpServer
from tests.web import browser as b

sync_api = b.playwright()
expect = sync_api.expect
TIMEOUT = b.TIMEOUT
chromium, add = b.chromium, b.add  # the shared fixture (found by pytest under this name)


@pytest.fixture
def served(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[b.Served]:
    """The app with the Acme application already stored (interview 1), the clock at NOW."""
    with b.acme_served(tmp_path, monkeypatch) as served:
        yield served


@pytest.fixture
def page(chromium: Any, served: b.Served) -> Iterator[Any]:
    with b.signed_in(chromium, served, b.DESKTOP) as page:
        assert "key=" not in page.url
        yield page


def fill_interview(page: Any) -> None:
    page.get_by_test_id("nav-new-interview").click()
    form = page.get_by_test_id("interview-form")
    for name, value in {
        "application.company": "Northwind Traders",
        "application.role": "Data Analyst",
        "interview.start": "2026-03-02T11:00",
        "interview.timezone": "America/New_York",
        "interview.topics": "the churn dashboard\nSQL performance",
        # A qualification: a draft without one is incomplete, and an incomplete draft is
        # not scheduled without "as it is".
        "interview.qualifications": "Four years of SQL reporting; cut a daily report "
                                    "from 40 minutes to 5",
        "interviewers[1].name": "Sam Ortiz",
        "interviewers[1].title": "Analytics Lead",
        "interviewers[1].email": "sam.ortiz@northwind.example",
        "interviewers[1].topics": "the churn dashboard",
    }.items():
        form.locator(f'[name="{name}"]').fill(value)
    form.locator('[name="interviewers[1].point_of_contact"]').check()
    page.get_by_test_id("add-interviewer").click()
    second = page.get_by_test_id("interviewer-2")
    expect(second).to_be_visible()
    second.locator('[name="interviewers[2].name"]').fill("Lena Fischer")
    second.locator('[name="interviewers[2].title"]').fill("Data Engineer")
    second.locator('[name="interviewers[2].email"]').fill("lena.fischer@northwind.example")
    second.locator('[name="interviewers[2].topics"]').fill("SQL performance")
    page.get_by_test_id("save-interview").click()


def test_an_interview_from_the_form_to_the_mail_server(
        page: Any, served: b.Served, smtp: SmtpServer) -> None:
    fill_interview(page)
    expect(page.get_by_test_id("interview-title")).to_contain_text("Northwind Traders")
    assert page.url.endswith("/interviews/2")
    if not page.locator("article.draft").count():
        page.get_by_test_id("draft").click()
    drafts = page.locator("article.draft")
    expect(drafts).to_have_count(2)
    first, second = drafts.nth(0), drafts.nth(1)
    expect(first).to_contain_text("Sam Ortiz")
    expect(second).to_contain_text("Lena Fischer")
    ids = [int(d.get_attribute("data-testid").removeprefix("draft-")) for d in (first, second)]
    bodies = [page.get_by_test_id(f"editor-{i}").input_value() for i in ids]
    assert bodies[0] != bodies[1] and "Sam" in bodies[0] and "Lena" in bodies[1]

    # Another company's name typed in: the live review flags it in place.
    mid = ids[0]
    editor = page.get_by_test_id(f"editor-{mid}")
    editor.click()
    editor.press("Control+End")
    editor.press_sequentially("\n\nI would love to bring my work at Acme Analytics to your team.")
    finding = first.locator('[data-testid="finding"][data-rule="wrong-company"]')
    expect(finding).to_be_visible()
    expect(first.locator("mark")).to_contain_text(["Acme Analytics"])

    # Fixed: the finding goes.
    editor.fill(bodies[0])
    expect(finding).to_have_count(0)

    # Scheduled now: the agenda shows it on its way instead of waiting to be written.
    page.get_by_test_id("nav-today").click()
    step = page.locator('[data-testid="step"]', has_text="Sam Ortiz").first
    expect(step).to_be_visible()
    assert "scheduled" not in step.inner_text().lower()
    page.go_back()
    first = page.get_by_test_id(f"draft-{mid}")
    first.locator("details.schedule summary").click()
    first.locator(f"#at-{mid}").fill("2026-03-03T09:30")
    # The form gave a qualification, so the draft is complete and is scheduled without
    # "as it is" (a draft marked incomplete is covered by the message route tests).
    page.get_by_test_id(f"schedule-{mid}").click()
    expect(page.locator("#flash")).to_contain_text("Scheduled for")
    page.get_by_test_id("nav-today").click()
    expect(step).to_contain_text("scheduled")
    expect(step.get_by_role("link", name="See the outbox")).to_be_visible()

    # Sent: the loopback server has it, as written.
    page.get_by_test_id("nav-outbox").click()
    page.get_by_test_id("dispatch").click()
    expect(page.get_by_test_id(f"outbox-{mid}")).to_contain_text("sent", ignore_case=True)
    assert len(smtp.accepted) == 1
    message = smtp.accepted[0].message
    assert message["To"] == "Sam Ortiz <sam.ortiz@northwind.example>"
    body = message.get_body(("plain",)).get_content()
    assert "Acme" not in body
    assert bodies[0].splitlines()[0] in body


PAGES = ["/", "/interviews", "/interviews/new", "/interviews/1", "/messages/1", "/review",
         "/outbox", "/settings", "/interviews/99"]  # the last: the error page


def test_no_page_has_a_serious_or_critical_accessibility_violation(
        page: Any, served: b.Served) -> None:
    from afterword.clock import now
    from afterword.compose.service import draft_interview

    draft_interview(served.store, Config(served.config.path), 1, now=now())
    found: dict[str, str] = {}
    for path in PAGES:
        page.goto(served.base + path)
        expect(page.locator("main h1")).to_be_visible()
        if violations := b.axe_violations(page):
            found[path] = b.describe(violations)
    # The new-interview form with its errors, and a note with findings marked.
    page.goto(served.base + "/interviews/new")
    page.get_by_test_id("save-interview").click()
    expect(page.get_by_test_id("error-summary")).to_be_visible()
    if violations := b.axe_violations(page):
        found["/interviews/new (errors)"] = b.describe(violations)
    page.goto(served.base + "/interviews/1")
    page.get_by_test_id("editor-1").fill("Dear Pria,\n\nThank you alot.\n\nJordan Lee")
    expect(page.locator("#draft-1 [data-testid='finding']").first).to_be_visible()
    if violations := b.axe_violations(page):
        found["/interviews/1 (findings)"] = b.describe(violations)
    assert not found, "\n".join(f"{path}:\n{text}" for path, text in found.items())


# --- Issue 15: the review's fix buttons, Send now asking first, mail presets ---------------

REVIEW_FLAWED = ("Hey Pria,\n\nThanks alot for the interview! I'm super excited about the role and "
          "I think I'm the perfect fit.\n\nJordan")


def test_a_fix_button_in_the_live_review_applies_the_fix(page: Any, served: b.Served) -> None:
    page.goto(served.base + "/review")
    page.get_by_label("Your note").fill(REVIEW_FLAWED)
    accept = page.locator("#review-result [data-testid='accept']").first
    expect(accept).to_be_visible()
    replacement = accept.inner_text().removeprefix("Use \u201c").removesuffix("\u201d")
    accept.click()
    expect(page.get_by_label("Your note")).to_have_value(re.compile(re.escape(replacement)))
    assert "This form has expired" not in page.content()


def test_send_now_asks_first_and_sends_nothing_when_declined(
        page: Any, served: b.Served) -> None:
    page.goto(served.base + "/interviews/1")
    page.get_by_test_id("draft").click()
    send = page.get_by_test_id("send-now-1")
    expect(send).to_be_visible()
    asked: list[str] = []

    def decline(dialog: Any) -> None:
        asked.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", decline)
    send.click()
    expect(page.get_by_test_id("editor-1")).to_be_visible()
    assert asked and asked[0].startswith("Send to Priya Raman") and asked[0].endswith("now?")
    from sqlalchemy import text

    with served.store.transaction() as session:
        assert session.execute(text("SELECT state FROM messages WHERE id = 1")).scalar() == \
            "draft"


def test_choosing_a_mail_provider_fills_in_its_server(page: Any, served: b.Served) -> None:
    page.goto(served.base + "/settings")
    page.get_by_label("Your mail provider").select_option("Fastmail")
    expect(page.get_by_label("Mail server")).to_have_value("smtp.fastmail.com")
    expect(page.get_by_label("Port", exact=True)).to_have_value("465")
    expect(page.get_by_label("Security")).to_have_value("tls")



def test_sent_and_failed_steps_pass_the_accessibility_check(
        page: Any, served: b.Served) -> None:
    from sqlalchemy import text

    from afterword.clock import now
    from afterword.compose.service import draft_interview
    from afterword.plan.service import mark_sent

    config = Config(served.config.path)
    draft_interview(served.store, config, 1, now=now())
    mark_sent(served.store, config, 1, on=None, via=None, now=now())
    with served.store.transaction() as session:  # as the deliver service leaves a refusal
        session.execute(text("UPDATE messages SET state = 'failed', last_reply = "
                             "'550 5.1.1 mailbox unavailable' WHERE id = 2"))
    found: dict[str, str] = {}
    for path in ("/", "/interviews/1", "/outbox", "/messages/1"):
        page.goto(served.base + path)
        expect(page.locator("main h1")).to_be_visible()
        if violations := b.axe_violations(page):
            found[path] = b.describe(violations)
    assert not found, "\n".join(f"{path}:\n{text}" for path, text in found.items())


def test_the_interview_forms_keep_their_headings_in_order(page: Any, served: b.Served) -> None:
    from axe_playwright_python.sync_playwright import Axe

    for path in ("/interviews/new", "/interviews/1/edit"):
        page.goto(served.base + path)
        expect(page.locator("main h1")).to_be_visible()
        result = Axe().run(page, options={"runOnly": ["heading-order"]})
        assert not result.response["violations"], (path, b.describe(
            result.response["violations"]))


def test_a_long_word_or_address_does_not_widen_the_phone_layout(
        chromium: Any, served: b.Served) -> None:
    from sqlalchemy import text

    with served.store.transaction() as session:
        session.execute(text("UPDATE applications SET role = :role"), {"role": "R" * 200})
        session.execute(text("UPDATE interviewers SET email = :email"),
                        {"email": "a.very.long.address." + "x" * 120 + "@example.com"})
    context = chromium.new_context(viewport=b.PHONE)
    phone = context.new_page()
    phone.goto(served.enter)
    for path in ("/", "/interviews", "/interviews/1"):
        phone.goto(served.base + path)
        expect(phone.locator("main h1")).to_be_visible()
        width = phone.evaluate("() => document.documentElement.scrollWidth")
        assert width <= b.PHONE["width"], (path, width)
    context.close()
