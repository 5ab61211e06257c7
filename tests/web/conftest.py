"""The web app under test: a real SQLite store and settings file, the TestClient at the served address.

`web` is signed in (the one-time key SECRET swapped for the cookie); `web.post()` adds the
CSRF token as the pages' forms do; `web.key()` makes another one-time key. `acme` stores the Acme example interview the morning after.
The mail-server fixtures are the deliver tests' real aiosmtpd ones.
"""

from __future__ import annotations

import os
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from html import unescape as html_unescape
from pathlib import Path
from typing import Any

import pytest

from afterword.config import Config
from afterword.store.db import Store
from tests.conftest import EXAMPLES
from tests.deliver.conftest import (  # noqa: F401 - fixtures, used by name
    _trust_test_ca,
    server_tls,
    smtp,
    start_smtp,
    tls_ca,
)

with warnings.catch_warnings():
    # Starlette's TestClient warns that it will move from httpx to httpx2; it works today.
    warnings.filterwarnings("ignore", message=".*httpx2")
    from fastapi.testclient import TestClient

# A one-time sign-in key: `make_app` issues it afresh for each app it builds.
SECRET = "a-key-for-one-sign-in"
HOST, PORT = "127.0.0.1", 8765
BASE = f"http://{HOST}:{PORT}"
# The morning after the Acme interview (it ended 2026-03-02 15:00 New York time).
NOW = "2026-03-03T09:30:00-05:00"
ACME = EXAMPLES / "acme-data-engineer.toml"
HARBOR = EXAMPLES / "harbor-panel.toml"
FIXTURES = Path(__file__).resolve().parents[1] / "plan" / "fixtures"


@dataclass
class Web:
    client: TestClient
    store: Store
    config: Config

    @property
    def settings(self) -> Config:
        """The settings file as it is now (the app reads it afresh when it changes)."""
        return Config(self.config.path)

    @property
    def install(self) -> Any:
        return self.client.app.state.afterword.install  # type: ignore[attr-defined]

    def key(self) -> str:
        """A new one-time sign-in key, as `afterword web` makes."""
        from afterword.clock import now

        return str(self.install.issue_key(now()))

    @property
    def csrf(self) -> str:
        return str(self.client.app.state.afterword.csrf)  # type: ignore[attr-defined]

    def get(self, path: str, **kw: Any) -> Any:
        return self.client.get(path, **kw)

    def post(self, path: str, data: dict[str, Any] | None = None, **kw: Any) -> Any:
        return self.client.post(path, data={"csrf_token": self.csrf, **(data or {})}, **kw)

    def htmx(self, path: str, data: dict[str, Any] | None = None) -> Any:
        return self.client.post(path, data=data or {},
                                headers={"HX-Request": "true", "X-CSRF-Token": self.csrf})

    def add(self, path: Path = ACME) -> int:
        from afterword.clock import now
        from afterword.model.service import add_interview

        added = add_interview(self.store, path.read_text(encoding="utf-8"), source=str(path),
                              default_zone="America/New_York", now=now())
        return added.interview_id

    def draft(self, interview_id: int, **options: Any) -> list[Any]:
        from afterword.clock import now
        from afterword.compose.service import draft_interview

        return draft_interview(self.store, self.config, interview_id, now=now(), **options)

    def sql(self, statement: str, params: dict[str, Any] | None = None) -> list[Any]:
        from sqlalchemy import text

        with self.store.transaction() as session:
            result = session.execute(text(statement), params or {})
            return list(result) if result.returns_rows else []


def make_app(store: Store, config: Config, *, dispatch: bool = False) -> Any:
    from afterword.clock import now
    from afterword.web.app import create_app
    from afterword.web.install import Install

    install = Install.beside(Path(config.path), store.url)
    install.issue_key(now(), key=SECRET)
    return create_app(store, config, install=install, host=HOST, port=PORT, dispatch=dispatch)


@pytest.fixture
def web(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Web]:
    monkeypatch.setenv("AFTERWORD_NOW", NOW)
    config = Config(Path(os.environ["AFTERWORD_CONFIG"]))
    config.set("profile.name", "Jordan Lee")
    config.set("profile.email", "jordan.lee@example.com")
    config.set("profile.timezone", "America/New_York")
    store = Store(f"sqlite:///{tmp_path / 'web.db'}")
    client = TestClient(make_app(store, config), base_url=BASE)
    response = client.get(f"/?key={SECRET}", follow_redirects=False)
    assert response.status_code == 303, response.text
    yield Web(client, store, config)
    client.close()
    store.dispose()


@pytest.fixture
def acme(web: Web) -> Web:
    """The Acme interview stored (interview 1) with its two thank-you drafts (1: Priya, 2: Tomás)."""
    assert web.add(ACME) == 1
    drafts = web.draft(1)
    assert [d.id for d in drafts] == [1, 2]
    return web


@pytest.fixture
def memory_keyring() -> Iterator[dict[tuple[str, str], str]]:
    """A keyring in memory: nothing reaches the user's real one."""
    import keyring
    from keyring.backend import KeyringBackend

    kept: dict[tuple[str, str], str] = {}

    class Memory(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            return kept.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            kept[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            kept.pop((service, username), None)

    before = keyring.get_keyring()
    keyring.set_keyring(Memory())
    yield kept
    keyring.set_keyring(before)


def field_error(html: str, field_id: str) -> str | None:
    """The error shown next to the field with this id, if any."""
    match = re.search(rf'<p class="field-error" id="{re.escape(field_id)}-error"[^>]*>(.*?)</p>',
                      html, re.S)
    return html_unescape(match.group(1).strip()) if match else None


def input_value(html: str, name: str) -> str | None:
    match = re.search(rf'name="{re.escape(name)}"[^>]*?value="([^"]*)"', html)
    return html_unescape(match.group(1)) if match else None
