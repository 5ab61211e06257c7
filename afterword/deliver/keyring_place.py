"""Which keyring backend holds the mail password, in words, and what that means for its safety.

`keyring` picks the best backend it finds. On a desktop that is the system's keyring
(encrypted, unlocked at login); on a bare server with keyrings.alt installed it may be a
plain text file that anyone who can read the user's files can read. "Stored in your
keyring" would hide that difference, so Afterword names the backend.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Place:
    """Where the password went: `name` for "Stored in ...", `meaning` one sentence on its
    safety, `safe` False when it is readable without any unlocking."""

    name: str
    meaning: str
    safe: bool


def _safer(env: str) -> str:
    """What to do instead; `env` is the variable of the password in question (SMTP or IMAP)."""
    return ("A system keyring (GNOME Keyring or KWallet on Linux, the macOS Keychain, Windows "
            f"Credential Manager) keeps it encrypted; or give it to Afterword in the {env} "
            "environment variable instead (see docs/sending.md).")


def _file(backend: Any) -> str:
    return str(getattr(backend, "file_path", "") or "a file")


def describe(backend: Any, env: str = "AFTERWORD_SMTP_PASSWORD") -> Place:
    """The place a keyring backend keeps passwords, for a person to judge; `env` names the
    variable that can hold this password instead."""
    kind = f"{type(backend).__module__}.{type(backend).__name__}"
    if kind == "keyrings.alt.file.PlaintextKeyring":
        return Place(f"a plain text file, {_file(backend)} (keyrings.alt's fallback keyring)",
                     "The password is not encrypted there: anyone who can read your files can "
                     "read it. " + _safer(env), safe=False)
    if kind == "keyrings.alt.file.EncryptedKeyring":
        return Place(f"an encrypted file, {_file(backend)} (keyrings.alt)",
                     "It is locked with a keyring password of its own, asked for when the file "
                     "is opened.", safe=True)
    if kind.startswith("keyring.backends.SecretService."):
        return Place("your desktop's keyring (Secret Service: GNOME Keyring or KWallet)",
                     "It is encrypted and unlocked when you log in.", safe=True)
    if kind.startswith("keyring.backends.kwallet."):
        return Place("KWallet, your desktop's keyring",
                     "It is encrypted and unlocked when you log in.", safe=True)
    if kind.startswith("keyring.backends.macOS."):
        return Place("your macOS Keychain", "It is encrypted and unlocked when you log in.",
                     safe=True)
    if kind.startswith("keyring.backends.Windows."):
        return Place("Windows Credential Manager",
                     "It is protected by your Windows login.", safe=True)
    return Place(f"the keyring backend {kind}",
                 "Afterword does not know how this backend protects passwords: check its "
                 "documentation. " + _safer(env), safe=False)


def holder(backend: Any, service: str, user: str) -> Any:
    """The backend that holds the password: for keyring's chainer, the first that has it."""
    for candidate in getattr(backend, "backends", None) or ():
        try:
            if candidate.get_password(service, user) is not None:
                return candidate
        except Exception:  # a backend that cannot be read is not where it went  # noqa: S112
            continue
    return backend
