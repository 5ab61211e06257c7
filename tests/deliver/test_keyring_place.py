"""`mail password` says which keyring backend holds the password and what that means."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pexpect
import pytest

from afterword.deliver.keyring_place import describe

AFTERWORD = str(Path(sys.executable).with_name("afterword"))


def test_a_plaintext_file_keyring_is_named_with_its_file_and_a_warning(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[smtp]\nuser = "jordan"\n', encoding="utf-8")
    env = {**os.environ, "AFTERWORD_CONFIG": str(config), "COLUMNS": "200",
           "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
           "XDG_DATA_HOME": str(tmp_path / "data")}
    child = pexpect.spawn(AFTERWORD, ["mail", "password"], env=env, encoding="utf-8",
                          timeout=20)
    child.expect("Password for jordan")
    child.sendline("corr3ct-h0rse-battery")
    child.expect(pexpect.EOF)
    child.close()
    said = " ".join((child.before or "").split())
    assert child.exitstatus == 0, said
    stored = tmp_path / "data" / "python_keyring" / "keyring_pass.cfg"
    assert f"Stored in a plain text file, {stored} (keyrings.alt's fallback keyring)." in said
    assert "not encrypted there: anyone who can read your files can read it" in said
    assert "AFTERWORD_SMTP_PASSWORD" in said
    assert "corr3ct-h0rse-battery" not in said
    assert stored.exists()


@pytest.mark.parametrize(("module", "cls", "name", "safe"), [
    ("keyring.backends.SecretService", "Keyring", "your desktop's keyring", True),
    ("keyring.backends.macOS", "Keyring", "your macOS Keychain", True),
    ("keyring.backends.Windows", "WinVaultKeyring", "Windows Credential Manager", True),
    ("keyrings.alt.file", "EncryptedKeyring", "an encrypted file", True),
    ("keyring.backends.fail", "Keyring", "the keyring backend keyring.backends.fail.Keyring",
     False),
])
def test_each_backend_is_described_in_words(module: str, cls: str, name: str,
                                             safe: bool) -> None:
    backend = type(cls, (), {"__module__": module})()  # only its name is read
    place = describe(backend)
    assert place.name.startswith(name) and place.safe is safe and place.meaning
