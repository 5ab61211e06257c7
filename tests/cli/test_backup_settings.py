"""`backup` holds the profile and settings (never the password); `restore` brings them back and
asks before changing the mail server the password goes to. On SQLite and PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring

from afterword.deliver.smtp import KEYRING_SERVICE
from tests.conftest import EXAMPLES

ACME = EXAMPLES / "acme-data-engineer.toml"
PASSWORD = "correct-horse-battery-staple"


@pytest.fixture
def file_keyring(tmp_path: Path) -> Iterator[PlaintextKeyring]:
    """keyrings.alt's file backend in tmp_path, never the user's keyring; restored after."""
    previous = keyring.get_keyring()
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring.cfg")
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def cli(run_cli, db_url):
    def run(*args: str, **kwargs):
        return run_cli("--db", db_url, *args, **kwargs)

    return run


def _set_up(run, **settings: str) -> None:
    for key, value in settings.items():
        result = run("config", "set", key.replace("__", "."), value)
        assert result.exit_code == 0, result.output


def test_backup_includes_profile_and_settings_but_never_the_password(
        cli, tmp_path, file_keyring, monkeypatch) -> None:
    _set_up(cli, profile__name="Jordan Lee", profile__email="jordan.lee@example.com",
            smtp__host="smtp.gmail.com", smtp__user="jordan.lee@example.com",
            review__ignore="cliche")
    file_keyring.set_password(KEYRING_SERVICE, "jordan.lee@example.com", PASSWORD)
    monkeypatch.setenv("AFTERWORD_SMTP_PASSWORD", PASSWORD)
    assert cli("add", str(ACME)).exit_code == 0
    file = tmp_path / "backup.json"
    result = cli("backup", str(file))
    assert result.exit_code == 0, result.output
    assert "5 settings" in result.stdout
    text = file.read_text()
    assert PASSWORD not in text
    assert json.loads(text)["settings"] == {
        "profile.name": "Jordan Lee", "profile.email": "jordan.lee@example.com",
        "smtp.host": "smtp.gmail.com", "smtp.user": "jordan.lee@example.com",
        "review.ignore": ["cliche"]}


def test_restore_on_a_new_computer_brings_back_the_profile(cli, run_cli, tmp_path) -> None:
    _set_up(cli, profile__name="Jordan Lee", smtp__host="smtp.gmail.com")
    assert cli("add", str(ACME)).exit_code == 0
    file = tmp_path / "backup.json"
    assert cli("backup", str(file)).exit_code == 0
    fresh = {"AFTERWORD_CONFIG": str(tmp_path / "new-computer.toml")}
    restored = run_cli("--db", str(tmp_path / "new.db"), "restore", str(file), env=fresh)
    assert restored.exit_code == 0, restored.output
    assert "profile.name: (not set) → Jordan Lee" in restored.stdout
    assert run_cli("config", "get", "profile.name", env=fresh).stdout.strip() == "Jordan Lee"
    assert run_cli("config", "get", "smtp.host", env=fresh).stdout.strip() == "smtp.gmail.com"


def test_restore_that_changes_the_mail_server_shows_it_and_asks_first(
        cli, run_cli, tmp_path) -> None:
    _set_up(cli, smtp__host="mail.attacker.example", profile__name="Jordan Lee")
    assert cli("add", str(ACME)).exit_code == 0
    file = tmp_path / "backup.json"
    assert cli("backup", str(file)).exit_code == 0
    here = {"AFTERWORD_CONFIG": str(tmp_path / "mine.toml")}
    assert run_cli("config", "set", "smtp.host", "smtp.gmail.com", env=here).exit_code == 0
    target = str(tmp_path / "mine.db")
    refused = run_cli("--db", target, "restore", str(file), env=here)
    assert refused.exit_code == 2, refused.output
    assert "smtp.host: smtp.gmail.com → mail.attacker.example" in refused.stderr
    assert "--yes" in refused.stderr
    # Nothing restored: neither the record nor the settings.
    assert run_cli("--db", target, "list", "--format", "json", env=here).stdout.strip() == "[]"
    assert run_cli("config", "get", "smtp.host", env=here).stdout.strip() == "smtp.gmail.com"
    assert run_cli("config", "get", "profile.name", env=here).stdout.strip() == ""
    confirmed = run_cli("--db", target, "restore", str(file), "--yes", env=here)
    assert confirmed.exit_code == 0, confirmed.output
    assert run_cli("config", "get", "smtp.host", env=here).stdout.strip() == \
        "mail.attacker.example"


def test_a_backup_from_before_settings_still_restores(cli, tmp_path) -> None:
    assert cli("add", str(ACME)).exit_code == 0
    file = tmp_path / "backup.json"
    assert cli("backup", str(file)).exit_code == 0
    old = json.loads(file.read_text())
    old["version"] = 1
    del old["settings"]
    file.write_text(json.dumps(old))
    other = tmp_path / "other.db"
    result = cli("--db", str(other), "restore", str(file))
    assert result.exit_code == 0, result.output


def test_backup_onto_a_folder_or_into_a_missing_one_is_a_plain_error(cli, tmp_path) -> None:
    result = cli("backup", str(tmp_path))
    assert result.exit_code == 1 and f"{tmp_path} is a folder" in result.stderr
    missing = tmp_path / "nope" / "backup.json"
    result = cli("backup", str(missing))
    assert result.exit_code == 1 and f"the folder {missing.parent} does not exist" in result.stderr
