"""Replies on Today in real headless Chromium: found in a real Dovecot, corrected and applied
by the user, with the page passing axe at desktop and phone widths (tests/web/browser.py)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from afterword.config import Config
from afterword.store.db import Store
from tests.deliver.conftest import TOMAS
from tests.inbox import dovecot
from tests.inbox.conftest import mail, read_from
from tests.web import browser as b
from tests.web.conftest import ACME

sync_api = b.playwright()
expect = sync_api.expect
TIMEOUT = b.TIMEOUT
SENT_ON = datetime.fromisoformat("2026-03-03T09:30:00-05:00")
RECEIVED = datetime.fromisoformat("2026-03-04T11:00:00-05:00")


@pytest.fixture
def served(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[b.Served, dovecot.Dovecot]]:
    """The Acme thank-yous sent on 3 March; Tomás answers from a new thread on the 4th."""
    from afterword.compose.service import draft_interview
    from afterword.deliver.service import export_eml
    from afterword.model.service import add_interview
    from afterword.plan.service import mark_sent

    monkeypatch.setenv("AFTERWORD_NOW", SENT_ON.isoformat())
    config = b.seed_profile(Path(os.environ["AFTERWORD_CONFIG"]))
    store = Store(f"sqlite:///{tmp_path / 'browser.db'}")
    add_interview(store, ACME.read_text(encoding="utf-8"), source=str(ACME),
                  default_zone="America/New_York", now=SENT_ON)
    draft_interview(store, config, 1, now=SENT_ON)
    for message_id in (1, 2):
        export_eml(store, config, message_id, SENT_ON)
        mark_sent(store, config, message_id, on=SENT_ON, via=None, now=SENT_ON)
    server = dovecot.start()
    server.put(mail(sender=f"Tomás Ortega <{TOMAS}>", subject="Your application",
                    message_id="<t9@acme-analytics.example>",
                    body="Hi Jordan,\n\nWe have decided to move forward with other candidates "
                         "for this role.\n\nBest,\nTomás"), received=RECEIVED)
    read_from(server, config, monkeypatch)
    monkeypatch.setenv("AFTERWORD_NOW", "2026-03-05T10:00:00-05:00")
    try:
        with b.serve(store, Config(config.path)) as served:
            yield served, server
    finally:
        server.stop()
        store.dispose()


def test_a_reply_found_from_today_is_corrected_and_applied_and_the_page_stays_accessible(served: Any) -> None:
    app, _server = served
    found: dict[str, str] = {}
    with sync_api.sync_playwright() as playwright:
        browser = b.launch(playwright)
        for name, viewport in (("desktop", b.DESKTOP), ("phone", b.PHONE)):
            context = browser.new_context(viewport=viewport)
            context.set_default_timeout(TIMEOUT)
            page = context.new_page()
            page.goto(app.enter)
            expect(page.get_by_role("heading", name="Today", exact=True)).to_be_visible()
            if name == "desktop":
                page.get_by_test_id("check-inbox").click()
                expect(page.get_by_test_id("banner-success")).to_contain_text("1 new reply")
            reply = page.get_by_test_id("reply").first
            expect(reply.get_by_test_id("reply-kind")).to_have_text("Not moving forward")
            expect(reply.get_by_test_id("reply-proposal")).to_contain_text("mark the application as not moving forward")
            if violations := b.axe_violations(page):
                found[name] = b.describe(violations)
            context.close()

        context = browser.new_context(viewport=b.DESKTOP)
        page = context.new_page()
        page.goto(app.enter)
        reply = page.get_by_test_id("reply").first
        # The user reads it as an offer after all, then applies it, from the keyboard.
        reply.get_by_label("Read it as").select_option("offer")
        reply.get_by_test_id("reply-correct").focus()
        page.keyboard.press("Enter")
        expect(page.get_by_test_id("banner-success")).to_contain_text("now read as “Offer”")
        reply = page.get_by_test_id("reply").first
        expect(reply.get_by_test_id("reply-kind")).to_have_text("Offer")
        reply.get_by_test_id("reply-apply").focus()
        page.keyboard.press("Enter")
        expect(page.get_by_test_id("banner-success")).to_contain_text("Applied the reply from Tomás Ortega")
        expect(page.get_by_test_id("reply").first.get_by_test_id("reply-changes")).to_contain_text("offer")
        if violations := b.axe_violations(page):
            found["after apply"] = b.describe(violations)
        context.close()
        browser.close()
    assert not found, "\n".join(f"{where}:\n{text}" for where, text in found.items())
