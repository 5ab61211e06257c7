"""Shared fixtures: a store on real SQLite and on a real PostgreSQL server, and the CLI in a sandbox."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from afterword.store.db import Store
from tests.postgres import create_database, postgres_server

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
_counter = itertools.count()


@pytest.fixture(scope="session")
def pg_base_url() -> Iterator[str]:
    with postgres_server() as url:
        yield url


@pytest.fixture(autouse=True)
def _sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep every test away from the user's real settings, data and keyring."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    monkeypatch.setenv("AFTERWORD_CONFIG", str(tmp_path / "config.toml"))
    monkeypatch.setenv("AFTERWORD_DB", str(tmp_path / "afterword.db"))
    monkeypatch.setenv("TZ", "UTC")
    # Dates follow the system's locale unless `profile.locale` is set: pin it (en_GB). A
    # locale that names a country: with "C" the time zones' country would decide.
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_TIME", raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    monkeypatch.delenv("AFTERWORD_NOW", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)
    monkeypatch.delenv("VISUAL", raising=False)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database URL: every store test runs on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    base = request.getfixturevalue("pg_base_url")
    return create_database(base, f"t{os.getpid()}_{next(_counter)}")


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    s = Store(db_url)
    yield s
    s.dispose()


@dataclass
class Run:
    exit_code: int
    stdout: str
    stderr: str

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


@pytest.fixture
def run_cli(monkeypatch: pytest.MonkeyPatch):
    """Run `afterword ARGS...` in-process through the real Typer app (as the console script does)."""
    from typer.testing import CliRunner

    from afterword.cli import app

    runner = CliRunner()

    def run(*args: str, input: str | None = None, env: dict[str, str] | None = None) -> Run:
        result = runner.invoke(app, list(args), input=input, env=env, catch_exceptions=False)
        return Run(result.exit_code, result.stdout, result.stderr)

    return run


@pytest.fixture
def example() -> callable:
    def path(name: str) -> Path:
        return EXAMPLES / name

    return path


@pytest.fixture
def store_of():
    """Run a raw SQL statement on the CLI's default store (AFTERWORD_DB), for test set-up."""
    from sqlalchemy import text

    def run(action):
        s = Store(os.environ["AFTERWORD_DB"])
        with s.transaction() as session:
            action(_Raw(session, text))
        s.dispose()

    return run


class _Raw:
    def __init__(self, session, text) -> None:
        self.session, self.text = session, text

    def execute(self, sql: str, params: dict | None = None):
        return self.session.execute(self.text(sql), params or {})
