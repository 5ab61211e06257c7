"""A real Dovecot on loopback for the inbox tests, and the Acme interview with its notes sent.

`imap` starts a throwaway Dovecot (tests/inbox/dovecot.py) for each test and points the
settings at it; `sent` is the Acme interview with its two thank-yous exported (so each has
its Message-ID, as when Afterword sends it) and marked sent on 3 March, the clock then set to
5 March. Mail is put in the Maildir the way a mail server delivers it.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from afterword.config import Config
from tests.deliver.conftest import _trust_test_ca as _trust_test_ca  # autouse: SSL_CERT_FILE
from tests.deliver.conftest import acme as acme  # the deliver tests' fixture, here too
from tests.deliver.conftest import server_tls as server_tls
from tests.deliver.conftest import smtp as smtp
from tests.deliver.conftest import sql
from tests.deliver.conftest import start_smtp as start_smtp
from tests.deliver.conftest import tls_ca as tls_ca
from tests.inbox import dovecot

SENT_AT = "2026-03-03T09:30:00-05:00"
LATER = "2026-03-05T10:00:00-05:00"


def read_from(server: dovecot.Dovecot, config: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point the settings at `server` (plain IMAP on loopback), its password in the variable."""
    config.set("imap.host", server.host)
    config.set("imap.port", str(server.port))
    config.set("imap.security", "none")
    config.set("imap.user", server.user)
    monkeypatch.setenv("AFTERWORD_IMAP_PASSWORD", server.password)


@pytest.fixture
def imap(monkeypatch: pytest.MonkeyPatch) -> Iterator[dovecot.Dovecot]:
    server = dovecot.start()
    read_from(server, Config(Path(os.environ["AFTERWORD_CONFIG"])), monkeypatch)
    try:
        yield server
    finally:
        server.stop()


@dataclass
class Sent:
    """The Acme interview with both thank-yous sent: their Message-IDs, by recipient."""

    run: Any
    priya_id: str
    tomas_id: str

    def inbox(self, *args: str) -> dict[str, Any]:
        result = self.run("inbox", "--format", "json", *args)
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)


@pytest.fixture
def sent(acme: Any,  # noqa: F811 - the fixture imported above
          tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Sent:
    for message_id in (1, 2):
        out = tmp_path / f"note-{message_id}.eml"
        result = acme("export", str(message_id), "--as", "eml", "--out", str(out))
        assert result.exit_code == 0, result.output
        result = acme("mark-sent", str(message_id), "--on", "2026-03-03T09:30")
        assert result.exit_code == 0, result.output
    monkeypatch.setenv("AFTERWORD_NOW", LATER)
    ids = dict(sql("SELECT id, message_id FROM messages WHERE id IN (1, 2)"))
    assert all(ids.values())
    return Sent(acme, ids[1], ids[2])


def mail(*, sender: str, subject: str, body: str, message_id: str, in_reply_to: str | None = None,
         date: str = "Thu, 05 Mar 2026 09:00:00 -0500", extra: str = "",
         to: str = "Jordan Lee <jordan.lee@example.com>") -> str:
    """A plain-text mail as it arrives (CRLF line ends)."""
    lines = [f"From: {sender}", f"To: {to}", f"Subject: {subject}", f"Date: {date}",
             f"Message-ID: {message_id}", "MIME-Version: 1.0",
             "Content-Type: text/plain; charset=utf-8"]
    if in_reply_to:
        lines += [f"In-Reply-To: {in_reply_to}", f"References: {in_reply_to}"]
    if extra:
        lines += extra.strip().splitlines()
    return "\r\n".join(lines) + "\r\n\r\n" + body.strip().replace("\n", "\r\n") + "\r\n"


class DroppingProxy:
    """A TCP relay to the server that cuts the connection once `after` bytes of the answer
    to the first FETCH of headers have gone to the client: a server (or a network) dropping
    the connection in the middle of a fetch. With `after` None it only relays, and keeps
    every command the client sent in `sent`."""

    def __init__(self, port: int, after: int | None = 300) -> None:
        self.target = port
        self.after = after
        self.sent = bytearray()
        self.dropped = threading.Event()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self.listener.getsockname()[1])
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        self.listener.settimeout(0.05)
        while not self._stop.is_set():
            try:
                client, _ = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=self._relay, args=(client,), daemon=True).start()

    def _relay(self, client: socket.socket) -> None:
        server = socket.create_connection(("127.0.0.1", self.target))
        fetching = threading.Event()

        def upstream() -> None:
            try:
                while data := client.recv(65536):
                    self.sent.extend(data)
                    if b"BODY.PEEK[HEADER" in data:
                        fetching.set()
                    server.sendall(data)
            except OSError:
                pass

        threading.Thread(target=upstream, daemon=True).start()
        passed = 0
        try:
            while data := server.recv(65536):
                if self.after is not None and fetching.is_set() and not self.dropped.is_set():
                    room = self.after - passed
                    if len(data) >= room:
                        client.sendall(data[:room])
                        self.dropped.set()
                        break
                    passed += len(data)
                client.sendall(data)
        except OSError:
            pass
        finally:
            for s in (client, server):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
                s.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self.listener.close()


@pytest.fixture
def dropping_proxy() -> Iterator[Callable[..., DroppingProxy]]:
    made: list[DroppingProxy] = []

    def start(port: int, after: int | None = 300) -> DroppingProxy:
        proxy = DroppingProxy(port, after)
        made.append(proxy)
        return proxy

    yield start
    for proxy in made:
        proxy.close()
