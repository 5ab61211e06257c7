"""This install's web address and sign-in keys: a private `web/` folder beside the settings file.

(`web-<digest>/` for a database named with `--db` or AFTERWORD_DB: each its own address.)

`afterword web` serves one address per install, chosen on the first start and remembered in
`install.json`, so a bookmark keeps working from one start to the next. The same file holds
the key that signs the browser's sign-in cookie (`--sign-out-all` replaces it, which signs
out every browser) and a public id that tells a second `afterword web` whether the program
holding the address is this install's own app.

One-time sign-in keys live in `keys/`, one file per key named by its SHA-256 (the key itself
is never stored) and holding its expiry. Taking a key deletes its file, so a key works once
even if two requests race for it, and any `afterword web` run by the same user can give the
running app a new one (the folder is private to that user: 0700, its files 0600).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
import tempfile
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from afterword.errors import CannotWrite, ConfigError

STATE_FILE = "install.json"
KEYS_FOLDER = "keys"
# Long enough to open a printed link by hand, short enough that a link seen in a
# process list or a terminal's scrollback is dead by the time anyone else tries it.
KEY_LIFETIME = timedelta(minutes=5)


@dataclass(frozen=True)
class Address:
    """Where the app listens: a loopback host and a port."""

    host: str
    port: int

    @property
    def base(self) -> str:
        return f"http://{self.host}:{self.port}"


class Install:
    """The `web/` folder of one install, read afresh when another process changes it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._lock = threading.Lock()
        self._stamp: tuple[int, int] | None = None
        self._data: dict[str, Any] = {}

    @classmethod
    def beside(cls, config_path: Path, db_url: str | None = None) -> Install:
        """The install that goes with this settings file and database: another `--config` or
        `--db` (a coach's database per client, say) is another install, at its own address."""
        if db_url is None:
            return cls(config_path.parent / "web")
        from afterword.store.db import normalize_url

        digest = hashlib.sha256(normalize_url(db_url).encode()).hexdigest()[:12]
        return cls(config_path.parent / f"web-{digest}")

    @property
    def state_path(self) -> Path:
        return self.folder / STATE_FILE

    # --- install.json -------------------------------------------------------------------

    def _current(self) -> dict[str, Any]:
        """The state file's content, made on first use; re-read only when it changed."""
        with self._lock:
            try:
                info = self.state_path.stat()
            except FileNotFoundError:
                self._data = self._create()
                info = self.state_path.stat()
            stamp = (info.st_ino, info.st_mtime_ns)
            if stamp != self._stamp:
                self._data = self._load()
                self._stamp = stamp
            return self._data

    def _load(self) -> dict[str, Any]:
        try:
            data = json.loads(self.state_path.read_text(encoding="utf-8"))
            if not (isinstance(data, dict) and isinstance(data.get("session_key"), str)
                    and isinstance(data.get("id"), str)):
                raise ValueError("missing keys")
            return data
        except (OSError, ValueError) as exc:
            if self._data:  # damaged while the app runs: keep what was last read
                return self._data
            raise ConfigError(
                f"{self.state_path} cannot be read ({exc})",
                hint="Delete that file and start `afterword web` again: it makes a new one "
                     "(the address changes, so make your bookmark again).") from None

    def _create(self) -> dict[str, Any]:
        data = {"id": secrets.token_hex(8), "session_key": secrets.token_hex(32),
                "host": None, "port": None}
        self._write(data)
        return data

    def _write(self, data: dict[str, Any]) -> None:
        """Replace the state file in one step, readable by this user only."""
        self._private_folder(self.folder)
        text = json.dumps(data, indent=2) + "\n"
        try:
            fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=".install-", suffix=".tmp")
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    handle.write(text)
                    handle.flush()
                    os.fsync(handle.fileno())
                os.replace(tmp, self.state_path)  # mkstemp made it 0600
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise
        except OSError as exc:
            raise CannotWrite(f"{self.state_path} cannot be written ({exc.strerror})",
                              hint="Check that you may write to that folder.") from None

    def _update(self, **changes: Any) -> None:
        data = {**self._current(), **changes}
        with self._lock:
            self._write(data)
            self._data, self._stamp = data, None

    @staticmethod
    def _private_folder(folder: Path) -> None:
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            if os.name == "posix":
                folder.chmod(0o700)
        except OSError as exc:
            raise CannotWrite(f"{folder} cannot be made ({exc.strerror})",
                              hint="Check that you may write to that folder.") from None

    @property
    def id(self) -> str:
        """A public name for this install: not a secret, it only tells installs apart."""
        return str(self._current()["id"])

    @property
    def session_key(self) -> bytes:
        """The key that signs sign-in cookies (and the CSRF token and flash messages)."""
        return bytes.fromhex(self._current()["session_key"])

    def address(self) -> Address | None:
        """The remembered address, if the app was started before."""
        data = self._current()
        host, port = data.get("host"), data.get("port")
        if isinstance(host, str) and isinstance(port, int):
            return Address(host, port)
        return None

    def remember(self, address: Address) -> None:
        if self.address() != address:
            self._update(host=address.host, port=address.port)

    def sign_out_all(self) -> None:
        """A new session key: every browser's cookie (and every open form) stops working."""
        self._update(session_key=secrets.token_hex(32))
        for path in self._key_files():  # links handed out but not used yet end too
            with contextlib.suppress(OSError):
                path.unlink()

    # --- one-time keys ------------------------------------------------------------------

    def issue_key(self, now: datetime, *, key: str | None = None,
                  lifetime: timedelta = KEY_LIFETIME) -> str:
        """A new one-time sign-in key, valid until `now + lifetime`. (`key` is for tests.)"""
        self._current()  # the folder and the state file exist from here on
        folder = self.folder / KEYS_FOLDER
        self._private_folder(folder)
        self._sweep(now)
        key = key or secrets.token_urlsafe(24)
        path = folder / _digest(key)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write((now + lifetime).isoformat())
        except OSError as exc:
            raise CannotWrite(f"{path} cannot be written ({exc.strerror})",
                              hint="Check that you may write to that folder.") from None
        return key

    def redeem_key(self, key: str, now: datetime) -> bool:
        """Use up `key`: True once for a key issued and not yet expired, else False."""
        if not key or len(key) > 200:
            return False
        path = self.folder / KEYS_FOLDER / _digest(key)
        try:
            expires = path.read_text(encoding="utf-8")
            path.unlink()  # only one request gets past this line
        except OSError:
            return False
        try:
            return now < datetime.fromisoformat(expires.strip())
        except ValueError:
            return False

    def _key_files(self) -> list[Path]:
        folder = self.folder / KEYS_FOLDER
        return [p for p in folder.iterdir() if p.is_file()] if folder.is_dir() else []

    def _sweep(self, now: datetime) -> None:
        """Remove keys past their time, so the folder does not grow with unused links."""
        for path in self._key_files():
            try:
                if datetime.fromisoformat(path.read_text(encoding="utf-8").strip()) <= now:
                    path.unlink()
            except (OSError, ValueError):
                with contextlib.suppress(OSError):
                    path.unlink()


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()
