"""Issue 15's "Missing beside the CLI" and layout, in real headless Chromium: what a person
does (choose whom a note is for, follow a finding to its rule, back up and restore, send a
second note on purpose), the notes' width at desktop size, and axe on every new page state.

The browser, the served app and its fixtures are test_browser.py's (see tests/web/browser.py).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from afterword.config import Config
from tests.deliver.conftest import SmtpServer
from tests.web import browser as b
from tests.web import test_browser as shared
from tests.web.conftest import HARBOR
from tests.web.test_browser import add, expect

# test_browser.py's fixtures, found by pytest under these names.
chromium, served, page = shared.chromium, shared.served, shared.page


def _draft(served: b.Served, interview_id: int = 1) -> None:
    from afterword.clock import now
    from afterword.compose.service import draft_interview

    draft_interview(served.store, Config(served.config.path), interview_id, now=now())


def _warm_review() -> None:
    """Load the review's rules and word lists once, here (the app runs in this process):
    on a loaded machine the first review's loading can outlast an element wait."""
    from afterword.review import Message, review

    review(Message(body="Dear Priya,\n\nThank you.\n\nJordan", kind="thank-you",
                   channel="email"))


def _violations(page: Any, found: dict[str, str], name: str) -> None:
    if violations := b.axe_violations(page):
        found[name] = b.describe(violations)


def test_notes_at_desktop_width_are_wide_and_show_their_whole_subject(
        page: Any, served: b.Served) -> None:
    _draft(served)
    page.goto(served.base + "/interviews/1")
    for mid in (1, 2):
        subject = page.locator(f"#subject-{mid}")
        expect(subject).to_be_visible()
        widths = subject.evaluate("(e) => [e.clientWidth, e.scrollWidth]")
        assert widths[1] <= widths[0], (mid, widths)  # nothing cut off
        editor = page.get_by_test_id(f"editor-{mid}")
        # A letter's measure: at least 60 characters of the editor's font per line.
        chars = editor.evaluate("""(e) => {
            const c = document.createElement('canvas').getContext('2d');
            c.font = getComputedStyle(e).font;
            return e.clientWidth / c.measureText('abcdefghijklmnopqrstuvwxyz').width * 26; }""")
        assert chars >= 60, (mid, chars)
        # The review sits beside the text, not under it.
        text_box = editor.bounding_box()
        review_box = page.locator(f"#review-{mid}").bounding_box()
        assert review_box["x"] >= text_box["x"] + text_box["width"]


def test_a_note_reviewed_for_someone_you_met_catches_another_companys_name(
        page: Any, served: b.Served) -> None:
    add(served.store, HARBOR)
    _warm_review()
    page.goto(served.base + "/review")
    page.get_by_label("Who is it for?").select_option(label="Priya Raman, Engineering Manager "
                                                          "(Acme Analytics)")
    expect(page.get_by_label("To (their name)")).to_be_hidden()
    page.get_by_label("Your note").fill(
        "Dear Pria,\n\nThank you for talking with me about moving the first batch workloads "
        "onto Kubernetes. I would love to bring my pipeline work to Harbor & Finch "
        "Architects.\n\nBest regards,\nJordan Lee")
    result = page.locator("#review-result")
    expect(result.locator("[data-rule='wrong-company']")).to_be_visible()
    expect(result.locator("[data-rule='wrong-recipient-name']")).to_be_visible()
    found: dict[str, str] = {}
    _violations(page, found, "/review (for Priya, findings)")
    assert not found, found
    # The rule's page opens beside it; the note stays as it is.
    with page.context.expect_page() as opened:
        result.locator("[data-rule='wrong-company'] a.rule-link").click()
    rule = opened.value
    expect(rule.get_by_test_id("rule-title")).to_have_text("wrong-company")
    expect(rule.get_by_role("heading", name="Why it matters")).to_be_visible()
    rule.close()
    expect(page.get_by_label("Your note")).to_have_value(re.compile("Harbor & Finch"))
    # Back to "someone else": the typed fields count again.
    page.get_by_label("Who is it for?").select_option("")
    expect(page.get_by_label("To (their name)")).to_be_enabled()
    expect(page.get_by_label("To (their name)")).to_be_visible()


def test_a_backup_downloaded_from_settings_restores_after_asking(
        page: Any, served: b.Served, tmp_path: Path) -> None:
    page.goto(served.base + "/settings")
    with page.expect_download() as download:
        page.get_by_test_id("download-backup").click()
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    assert saved.name == "afterword-backup-2026-03-03.json"
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert len(data["tables"]["interviews"]) == 1
    add(served.store, HARBOR)  # since the backup: restoring would replace it
    page.get_by_label("Restore a backup").set_input_files(str(saved))
    page.get_by_test_id("restore").click()
    expect(page.get_by_role("heading", name="Restore a backup?")).to_be_visible()
    found: dict[str, str] = {}
    _violations(page, found, "restore (asking)")
    page.get_by_test_id("restore-yes").click()
    expect(page.get_by_test_id("restore-error")).to_contain_text("Replace everything stored now")
    _violations(page, found, "restore (not ticked)")
    page.get_by_label("Replace everything stored now").check()
    page.get_by_test_id("restore-yes").click()
    result = page.get_by_test_id("result-backup")
    expect(result).to_contain_text("Restored: 1 application, 1 interview")
    expect(result).to_be_in_viewport()
    _violations(page, found, "/settings (restored)")
    assert not found, found
    page.get_by_test_id("nav-interviews").click()
    expect(page.get_by_test_id("interview-list").locator("li")).to_have_count(1)


def test_a_second_thank_you_goes_only_when_the_person_asks_for_it(
        page: Any, served: b.Served, smtp: SmtpServer) -> None:
    _draft(served)
    page.goto(served.base + "/interviews/1")
    # Priya's e-mail, edited (so kept), and a card to her too, posted and marked as sent.
    page.get_by_test_id("editor-1").fill("Dear Priya,\n\nThank you for the conversation "
                                         "about Kubernetes.\n\nBest regards,\nJordan Lee")
    page.get_by_test_id("save-1").click()
    expect(page.get_by_test_id("draft-status")).to_have_text("Saved.")
    page.get_by_label("Channel").select_option(label="Handwritten card")
    page.get_by_test_id("draft").click()
    card = page.locator("article.draft", has_text="Thank-you note to Priya Raman").filter(
        has_text="Handwritten card")
    card.get_by_role("button", name="Mark as sent").click()
    expect(card).to_have_count(0)
    mid = 1
    question = page.get_by_test_id(f"repeat-{mid}")
    expect(question).to_contain_text("Priya Raman already has a thank-you note from you")
    found: dict[str, str] = {}
    _violations(page, found, "/interviews/1 (a second note)")
    page.on("dialog", lambda dialog: dialog.accept())
    page.get_by_test_id(f"send-now-{mid}").click()
    result = page.get_by_test_id(f"draft-result-{mid}")
    expect(result).to_contain_text("Not sent: Priya Raman already has a thank-you")
    assert not smtp.accepted
    page.get_by_label("Yes, send this one as well: a second thank-you note to Priya Raman").check()
    page.get_by_test_id(f"send-now-{mid}").click()
    expect(page.locator("#flash, [data-testid^='draft-result']")).to_contain_text(
        ["Sent. Your mail server accepted it."])
    assert len(smtp.accepted) == 1
    page.get_by_test_id("nav-outbox").click()
    expect(page.get_by_test_id(f"repeats-{mid}")).to_contain_text("repeats note")
    _violations(page, found, "/outbox (a repeat)")
    assert not found, found


NEW_PAGES = ["/messages", "/messages?show=drafts", "/messages?show=sent", "/rules",
             "/rules/wrong-company", "/rules/demanding", "/guide/sending"]


def test_the_new_pages_pass_the_accessibility_check_at_both_widths(
        chromium: Any, served: b.Served) -> None:
    _draft(served)
    found: dict[str, str] = {}
    for width, viewport in (("desktop", b.DESKTOP), ("phone", b.PHONE)):
        context = chromium.new_context(viewport=viewport)
        page = context.new_page()
        page.goto(served.enter)
        for path in NEW_PAGES:
            page.goto(served.base + path)
            expect(page.locator("main h1")).to_be_visible()
            _violations(page, found, f"{path} ({width})")
            scroll = page.evaluate("() => document.documentElement.scrollWidth")
            if scroll > viewport["width"]:
                found[f"{path} ({width}) width"] = f"{scroll} px wide"
        context.close()
    assert not found, "\n".join(f"{path}:\n{text}" for path, text in found.items())


@pytest.mark.parametrize("state", ["sent", "failed", "held", "queued", "unknown"])
def test_every_state_of_a_note_passes_the_accessibility_check(
        page: Any, served: b.Served, state: str) -> None:
    from sqlalchemy import text

    _draft(served)
    with served.store.transaction() as session:  # as the deliver service leaves each state
        session.execute(text(
            "UPDATE messages SET state = :state, last_reply = :reply, cc_email = :cc, "
            "sent_at = CASE WHEN :state = 'sent' THEN '2026-03-03 14:30:00' END, "
            "scheduled_at = '2026-03-03 14:30:00' WHERE id = 1"),
            {"state": state, "reply": "550 5.1.1 mailbox unavailable", "cc": "dana@acme.example"})
    found: dict[str, str] = {}
    for path in ("/", "/interviews/1", "/outbox", "/messages", "/messages/1"):
        page.goto(served.base + path)
        expect(page.locator("main h1")).to_be_visible()
        _violations(page, found, f"{path} ({state})")
    assert not found, "\n".join(f"{path}:\n{text}" for path, text in found.items())


def test_a_state_and_a_button_in_the_outbox_are_not_broken_mid_word(
        page: Any, served: b.Served) -> None:
    from sqlalchemy import text

    _draft(served)
    with served.store.transaction() as session:
        session.execute(text("UPDATE messages SET state = 'queued', cc_email = :cc, "
                             "scheduled_at = '2026-03-03 14:30:00'"),
                        {"cc": "recruiting@acme-analytics.example"})
    page.goto(served.base + "/outbox")
    for locator in (page.locator(".badge-queued").first, page.get_by_test_id("cancel-1")):
        expect(locator).to_be_visible()
        lines = locator.evaluate("(e) => e.getClientRects().length === 1 && "
                                 "e.getBoundingClientRect().height < "
                                 "2 * parseFloat(getComputedStyle(e).lineHeight || 20)")
        assert lines, locator
