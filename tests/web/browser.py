"""Real headless Chromium over the real app: shared by the browser tests and `make screenshots`.

Debian's `chromium`, driven by Playwright with its executable path set (Playwright's own
browser download is not available here). `--no-sandbox` lets it run as root; the two
`--disable-*` flags keep it off the network. The app runs in this process under uvicorn,
in a thread, on 127.0.0.1 and a free port, with the store and settings the caller gives.
axe-core comes from the `axe-playwright-python` wheel (its bundled axe.min.js), never a CDN.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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
