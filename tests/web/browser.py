"""Real headless Chromium over the real app: shared by the browser tests and `make screenshots`.

Debian's `chromium`, driven by Playwright with its executable path set (Playwright's own
browser download is not available here). `--no-sandbox` lets it run as root; the two
`--disable-*` flags keep it off the network. The app runs in this process under uvicorn,
in a thread, on 127.0.0.1 and a free port, with the store and settings the caller gives.
axe-core comes from the `axe-playwright-python` wheel (its bundled axe.min.js), never a CDN.

For the browser test modules: `playwright()` at the top of each (it skips the module when
Playwright or Chromium is missing), the `chromium` fixture (one browser per module), and
`acme_served` / `signed_in` for the app with the Acme interview and a page signed in to it.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from afterword.config import Config
from afterword.store.db import Store
from afterword.web.install import Install

HOST = "127.0.0.1"
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update"]
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
# What an accessibility check may not find: axe's two worst impact levels.
BLOCKING = ("serious", "critical")
TIMEOUT = 10_000  # ms: every wait is on an element, none is a fixed sleep


def chromium_path() -> str | None:
    """Debian's Chromium, if installed (the binary itself skips the wrapper script)."""
    for candidate in ("/usr/lib/chromium/chromium", shutil.which("chromium")):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


def launch(playwright: Any) -> Any:
    return playwright.chromium.launch(executable_path=chromium_path(), args=LAUNCH_ARGS)


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


@dataclass
class Served:
    """The app at `base`; `enter` is a new sign-in link each time (a one-time key)."""

    base: str
    install: Install
    store: Store
    config: Config

    @property
    def enter(self) -> str:
        from afterword.clock import now

        return f"{self.base}/?key={self.install.issue_key(now())}"


@contextmanager
def serve(store: Store, config: Config, *, dispatch: bool = False, host: str = HOST,
          port: int | None = None) -> Iterator[Served]:
    """Run the app under uvicorn in a thread until the block ends (at `host`, a free port
    unless `port` is given)."""
    import uvicorn

    from afterword.web.app import create_app

    port = port or free_port()
    install = Install.beside(Path(config.path), store.url)
    app = create_app(store, config, install=install, host=host, port=port, dispatch=dispatch)
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning",
                                           access_log=False, lifespan="on"))
    thread = threading.Thread(target=server.run, name="afterword-web-test", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the app did not start")
        time.sleep(0.01)
    try:
        yield Served(f"http://{host}:{port}", install, store, config)
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def axe_violations(page: Any) -> list[dict[str, Any]]:
    """axe-core's serious and critical violations on the page once it is still.

    A banner fades in (app.css); measured mid-fade its text would fail color-contrast.
    """
    from axe_playwright_python.sync_playwright import Axe

    page.evaluate("() => Promise.all(document.getAnimations()"
                  ".filter((a) => a.effect.getTiming().iterations !== Infinity)"
                  ".map((a) => a.finished))")
    results = Axe().run(page)
    return [v for v in results.response["violations"] if v.get("impact") in BLOCKING]


def describe(violations: list[dict[str, Any]]) -> str:
    return "\n".join(f"{v['id']} ({v['impact']}): {v['help']}: "
                     + "; ".join(n["target"][0] if isinstance(n["target"][0], str)
                                 else str(n["target"]) for n in v["nodes"][:5])
                     for v in violations)


def seed_profile(config_path: Path) -> Config:
    config = Config(config_path)
    config.set("profile.name", "Jordan Lee")
    config.set("profile.email", "jordan.lee@example.com")
    config.set("profile.timezone", "America/New_York")
    return config


def playwright() -> Any:
    """Playwright's sync API, its `expect` waiting up to TIMEOUT. Called at the top of a
    browser test module: it skips the whole module when Playwright, axe-core's wheel or
    Debian's chromium is missing."""
    sync_api = pytest.importorskip("playwright.sync_api")
    pytest.importorskip("axe_playwright_python")
    if chromium_path() is None:
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)",
                    allow_module_level=True)
    sync_api.expect.set_options(timeout=TIMEOUT)
    return sync_api


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    """One headless Chromium for the test module (`chromium = b.chromium` there)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        browser = launch(driver)
        yield browser
        browser.close()


def add(store: Store, path: Path) -> int:
    """Store the interview file at `path` as `afterword add` does; its interview id."""
    from afterword.clock import now
    from afterword.model.service import add_interview

    return add_interview(store, path.read_text(encoding="utf-8"), source=str(path),
                         default_zone="America/New_York", now=now()).interview_id


@contextmanager
def acme_served(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *,
                warm: Callable[[Config], None] | None = None) -> Iterator[Served]:
    """The app with the Acme interview stored (interview 1), the clock at the web tests' NOW;
    `warm` runs on the settings before the app starts."""
    from tests.web.conftest import ACME, NOW

    monkeypatch.setenv("AFTERWORD_NOW", NOW)
    config = seed_profile(Path(os.environ["AFTERWORD_CONFIG"]))
    if warm is not None:
        warm(config)
    store = Store(f"sqlite:///{tmp_path / 'browser.db'}")
    try:
        add(store, ACME)
        with serve(store, config) as served:
            yield served
    finally:
        store.dispose()


@contextmanager
def signed_in(chromium: Any, served: Served, viewport: dict[str, int]) -> Iterator[Any]:
    """A page in a new browser context, signed in with a fresh link and on Today."""
    from playwright.sync_api import expect

    context = chromium.new_context(viewport=viewport)
    context.set_default_timeout(TIMEOUT)
    page = context.new_page()
    try:
        page.goto(served.enter)  # trades the key for the cookie, then lands on Today
        expect(page.get_by_role("heading", name="Today", exact=True)).to_be_visible()
        yield page
    finally:
        context.close()
