"""Signing in and staying in, in real headless Chromium: the link, the bookmark, the way back.

The app runs at an address of its own (127.x.y.z) as `afterword web` serves it. Skipped when
Debian's `chromium` or Playwright is missing. See tests/web/browser.py.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from afterword.store.db import Store
from afterword.web.listen import new_host
from tests.web import browser as b
from tests.web.conftest import NOW

sync_api = b.playwright()
expect = sync_api.expect
TIMEOUT = b.TIMEOUT
chromium = b.chromium  # the shared fixture (found by pytest under this name)


@pytest.fixture
def setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Store, Any]]:
    monkeypatch.setenv("AFTERWORD_NOW", NOW)
    config = b.seed_profile(Path(os.environ["AFTERWORD_CONFIG"]))
    store = Store(f"sqlite:///{tmp_path / 'browser.db'}")
    yield store, config
    store.dispose()


def heading(page: Any, name: str) -> Any:
    return page.get_by_role("heading", name=name, exact=True)


def test_first_visit_bookmark_after_a_restart_and_the_way_back_in(
        chromium: Any, setting: tuple[Store, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    store, config = setting
    host, port = new_host(), b.free_port()
    context = chromium.new_context(viewport=b.DESKTOP)
    context.set_default_timeout(TIMEOUT)
    page = context.new_page()
    with b.serve(store, config, host=host, port=port) as served:
        link = served.enter
        page.goto(link)  # the first visit: the link that `afterword web` opens
        expect(heading(page, "Today")).to_be_visible()
        assert page.url == f"http://{host}:{port}/"
        bookmark = served.base + "/interviews"
        page.goto(bookmark)
        expect(heading(page, "Interviews")).to_be_visible()
        # The link was for one sign-in: another browser (profile) cannot use it again.
        other = chromium.new_context(viewport=b.DESKTOP)
        other_page = other.new_page()
        other_page.goto(link)
        expect(heading(other_page, "This sign-in link has already been used or is too "
                       "old")).to_be_visible()
        assert b.axe_violations(other_page) == [], b.describe(b.axe_violations(other_page))
        other.close()

    # Afterword stopped and started again, as the next morning: the bookmark just works.
    monkeypatch.setenv("AFTERWORD_NOW",
                       (datetime.fromisoformat(NOW) + timedelta(days=3)).isoformat())
    with b.serve(store, config, host=host, port=port) as served:
        page.goto(bookmark)
        expect(heading(page, "Interviews")).to_be_visible()

        # A month without a visit: a friendly page that says how to get back in.
        monkeypatch.setenv("AFTERWORD_NOW",
                           (datetime.fromisoformat(NOW) + timedelta(days=40)).isoformat())
        page.goto(bookmark)
        expect(heading(page, "You have been signed out")).to_be_visible()
        expect(page.get_by_text("30 days after your last visit")).to_be_visible()
        expect(page.locator("code", has_text="afterword web --sign-out-all")).to_be_visible()
        assert b.axe_violations(page) == [], b.describe(b.axe_violations(page))

        # Starting Afterword again opens a new link: signed in, and the bookmark works.
        page.goto(served.enter)
        expect(heading(page, "Today")).to_be_visible()
        page.goto(bookmark)
        expect(heading(page, "Interviews")).to_be_visible()

        # Signed out everywhere (`afterword web --sign-out-all`) while the page is open.
        served.install.sign_out_all()
        page.reload()
        expect(heading(page, "You have been signed out")).to_be_visible()
        page.goto(served.base + "/settings")  # the ended cookie was cleared
        expect(heading(page, "Sign in to Afterword")).to_be_visible()
    context.close()


def test_a_browser_never_signed_in_is_told_how_to_sign_in(
        chromium: Any, setting: tuple[Store, Any]) -> None:
    store, config = setting
    with b.serve(store, config, host=new_host()) as served:
        page = chromium.new_page(viewport=b.PHONE)
        page.goto(served.base + "/")
        expect(heading(page, "Sign in to Afterword")).to_be_visible()
        expect(page.get_by_text("desktop shortcut")).to_be_visible()
        assert b.axe_violations(page) == [], b.describe(b.axe_violations(page))
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= b.PHONE["width"], width
        page.close()


def test_signing_out_from_settings(chromium: Any, setting: tuple[Store, Any]) -> None:
    store, config = setting
    with b.serve(store, config, host=new_host()) as served:
        page = chromium.new_page(viewport=b.DESKTOP)
        page.goto(served.enter)
        page.goto(served.base + "/settings")
        card = page.get_by_test_id("settings-signing-in")
        expect(card).to_contain_text("30 days after your last visit")
        card.get_by_role("button", name="Sign out of this browser").click()
        expect(heading(page, "Sign in to Afterword")).to_be_visible()
        page.goto(served.base + "/settings")
        expect(heading(page, "Sign in to Afterword")).to_be_visible()
        page.close()


def test_a_note_being_typed_when_signed_out_stays_and_says_why(
        chromium: Any, setting: tuple[Store, Any]) -> None:
    from afterword.clock import now
    from afterword.compose.service import draft_interview
    from afterword.model.service import add_interview
    from tests.web.conftest import ACME

    store, config = setting
    added = add_interview(store, ACME.read_text(encoding="utf-8"), source=str(ACME),
                          default_zone="America/New_York", now=now())
    draft_interview(store, config, added.interview_id, now=now())
    with b.serve(store, config, host=new_host()) as served:
        page = chromium.new_page(viewport=b.DESKTOP)
        page.goto(served.enter)
        page.goto(served.base + "/interviews/1")
        served.install.sign_out_all()  # from a terminal, while the page is open
        typed = "Dear Priya,\n\nThank you for the talk about the data platform.\n\nJordan Lee"
        page.get_by_test_id("editor-1").fill(typed)
        expect(page.locator("#flash")).to_contain_text("You have been signed out, so this "
                                                       "was not done")
        expect(page.get_by_test_id("editor-1")).to_have_value(typed)
        page.close()
