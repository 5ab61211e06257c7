"""`make screenshots`: each page of the web app at desktop and phone width, for docs/web.md.

The same browser set-up as the browser tests (tests/web/browser.py): Debian's chromium
driven by Playwright, the app under uvicorn in this process. Everything lives in a
temporary folder (store, settings, a null keyring) with the clock fixed the morning after
the Acme interview, so the pictures come out the same each time.

    python scripts/screenshots.py [--out docs/images]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
NOW = "2026-03-03T09:30:00-05:00"
# name, path, what to do first (see prepare()), full page at desktop width
PAGES = [
    ("today", "/", None),
    ("interviews", "/interviews", None),
    ("new-interview", "/interviews/new", None),
    ("interview", "/interviews/1", "flaw"),
    ("review", "/review", "review"),
    ("rule", "/rules/wrong-company", None),
    ("notes", "/messages", None),
    ("outbox", "/outbox", None),
    ("settings", "/settings", None),
    ("restore", "/settings", "restore"),
]
FLAWED = ("Dear Pria,\n\nThank you for taking the time to talk with me yesterday about the "
          "pipeline work at Harbor & Finch Architects. I enjoyed our conversation alot.\n\n"
          "Best regards,\nJordan Lee")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="afterword-shots-") as folder:
        sandbox(Path(folder))
        return shoot(Path(folder), args.out)


def sandbox(folder: Path) -> None:
    os.environ.update({
        "AFTERWORD_CONFIG": str(folder / "config.toml"),
        "AFTERWORD_DB": str(folder / "afterword.db"),
        "AFTERWORD_NOW": NOW,
        "XDG_CONFIG_HOME": str(folder / "xdg-config"),
        "XDG_DATA_HOME": str(folder / "xdg-data"),
        "XDG_CACHE_HOME": str(folder / "xdg-cache"),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        "TZ": "UTC",
    })


def shoot(folder: Path, out: Path) -> int:
    sys.path.insert(0, str(ROOT))
    from playwright.sync_api import expect, sync_playwright

    from afterword.clock import now
    from afterword.compose.service import draft_interview
    from afterword.model.service import add_interview
    from afterword.store.db import Store
    from tests.web import browser as b

    if b.chromium_path() is None:
        print("Debian's chromium is not installed: apt-get install chromium", file=sys.stderr)
        return 1
    config = b.seed_profile(folder / "config.toml")
    # A mail account as the Gmail preset fills it in: a note can be scheduled (nothing is
    # sent: no dispatcher runs, and the note goes later).
    for key, value in (("smtp.host", "smtp.gmail.com"), ("smtp.port", "587"),
                       ("smtp.security", "starttls"), ("smtp.user", "jordan.lee@example.com")):
        config.set(key, value)
    store = Store(f"sqlite:///{folder / 'afterword.db'}")
    for name in ("acme-data-engineer.toml", "harbor-panel.toml"):
        path = ROOT / "examples" / name
        added = add_interview(store, path.read_text(encoding="utf-8"), source=str(path),
                              default_zone="America/New_York", now=now())
        draft_interview(store, config, added.interview_id, now=now())
    out.mkdir(parents=True, exist_ok=True)
    expect.set_options(timeout=10_000)
    with b.serve(store, config) as served, sync_playwright() as playwright:
        chromium = b.launch(playwright)
        # Schedule one note, so the agenda and the outbox have something on its way.
        page = chromium.new_page(viewport=b.DESKTOP)
        page.goto(served.enter)
        page.goto(served.base + "/interviews/1")
        page.locator("#draft-2 details.schedule summary").click()
        page.get_by_label("Copy to (optional)").last.fill("recruiting@acme-analytics.example")
        page.get_by_test_id("schedule-2").click()
        expect(page.locator("#flash")).to_contain_text("Scheduled for")
        page.close()
        for width, viewport in (("desktop", b.DESKTOP), ("phone", b.PHONE)):
            context = chromium.new_context(viewport=viewport, device_scale_factor=1)
            page = context.new_page()
            # A browser that has not signed in yet (or was signed out) meets this page.
            page.goto(served.base + "/")
            expect(page.locator("main h1")).to_be_visible()
            target = out / f"web-sign-in-{width}.png"
            page.screenshot(path=str(target), full_page=True, animations="disabled")
            print(target.relative_to(ROOT) if target.is_relative_to(ROOT) else target)
            page.goto(served.enter)
            for name, path, step in PAGES:
                page.goto(served.base + path)
                expect(page.locator("main h1")).to_be_visible()
                prepare(page, step, expect)
                target = out / f"web-{name}-{width}.png"
                page.screenshot(path=str(target), full_page=True, animations="disabled")
                print(target.relative_to(ROOT) if target.is_relative_to(ROOT) else target)
            context.close()
        chromium.close()
    store.dispose()
    return 0


def prepare(page: Any, step: str | None, expect: Any) -> None:
    """Bring the page to what the picture shows: a note with findings, a pasted note."""
    if step == "flaw":
        editor = page.get_by_test_id("editor-1")
        editor.fill(FLAWED.replace("Harbor & Finch Architects", "Acme Analytics"))
        editor.fill(FLAWED)
        findings = page.locator("#draft-1 [data-rule='wrong-company']")
        expect(findings).to_be_visible()
        page.locator("#draft-1").scroll_into_view_if_needed()
    elif step == "review":
        page.get_by_label("Who is it for?").select_option(
            label="Priya Raman, Engineering Manager (Acme Analytics)")
        page.locator("main textarea").first.fill(FLAWED)
        expect(page.locator("[data-rule='wrong-recipient-name']")).to_be_visible()
        expect(page.locator("[data-rule='wrong-company']")).to_be_visible()
    elif step == "restore":
        # A backup of this very record, chosen again: it would replace what is stored.
        backup = page.request.get(page.url.split("/settings")[0] + "/backup.json").body()
        page.get_by_label("Restore a backup").set_input_files(
            {"name": "afterword-backup-2026-03-03.json", "mimeType": "application/json",
             "buffer": backup})
        page.get_by_test_id("restore").click()
        expect(page.get_by_role("heading", name="Restore a backup?")).to_be_visible()


if __name__ == "__main__":
    raise SystemExit(main())
