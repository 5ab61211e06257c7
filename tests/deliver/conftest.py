"""Mail servers on loopback for the deliver tests, and an interview with drafts to send.

`smtp` is a real aiosmtpd server (STARTTLS or implicit TLS, AUTH on) whose certificate comes
from a trustme CA. The client trusts that CA through `SSL_CERT_FILE`: Afterword's `connect()`
builds its context with `ssl.create_default_context()`, which loads the file that variable
names (OpenSSL's `openssl_cafile_env`), in this process and in a dispatcher subprocess alike,
so the code under test runs unchanged. `raw_smtp` is a few lines of socket code for the
faults aiosmtpd cannot produce: dropping the connection in the middle of the data.
"""

from __future__ import annotations

import asyncio
import contextlib
import email
import json
import os
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
from collections import Counter, deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from afterword.config import Config
from afterword.store.db import Store
from tests.conftest import EXAMPLES

ACME = EXAMPLES / "acme-data-engineer.toml"
HARBOR = EXAMPLES / "harbor-panel.toml"
# The morning after the Acme interview (it ended 2026-03-02 15:00 New York time).
NOW = "2026-03-03T09:30:00-05:00"
USER = "jordan"
PASSWORD = "corr3ct-h0rse-battery"
SENDER = "jordan.lee@example.com"
PRIYA = "priya.raman@acme-analytics.example"
TOMAS = "tomas.ortega@acme-analytics.example"
DANA = "dana.whitfield@acme-analytics.example"
# What an accepting server says; the handler's script can say otherwise.
OK = "250 2.0.0 Message accepted"
# Sent instead of a reply: the handler closes the connection after the final ".".
DROP = "drop"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Received:
    """One message the server accepted: the envelope, the raw data, how it came."""

    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    tls: bool
    authenticated: bool

    @property
    def message(self) -> EmailMessage:
        parsed = email.message_from_bytes(self.data, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        return parsed

    @property
    def message_id(self) -> str:
        return str(self.message["Message-ID"])


@dataclass
class Mailbox:
    """The aiosmtpd handler. Replies to DATA from `script` (then OK), after `delay` seconds.
    A message counts as received when the server decides to answer 250, before the wait,
    as a real server commits a message before it says so. The `hold_at`-th DATA (counting
    from 1) sets `holding` and gets no answer until `release` is set."""

    script: deque[str] = field(default_factory=deque)
    delay: float = 0.0
    accepted: list[Received] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    logins: list[tuple[str, bool]] = field(default_factory=list)
    data_commands: int = 0
    hold_at: int | None = None
    holding: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.data_commands += 1
        number = self.data_commands
        reply = self.script.popleft() if self.script else OK
        if reply == DROP:
            server.transport.close()
            return OK  # written to a closed transport: the client never reads it
        if reply.startswith("250"):
            self.accepted.append(Received(
                envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.original_content),
                server.transport.get_extra_info("ssl_object") is not None,
                bool(session.authenticated)))
        else:
            self.refused.append(reply)
        if self.delay:
            await asyncio.sleep(self.delay)
        if number == self.hold_at:
            self.holding.set()
            while not self.release.is_set():
                await asyncio.sleep(0.005)
        return reply

    def authenticate(self, server: Any, session: Any, envelope: Any, mechanism: str,
                     auth_data: Any) -> AuthResult:
        assert isinstance(auth_data, LoginPassword)
        ok = auth_data.login == USER.encode() and auth_data.password == PASSWORD.encode()
        self.logins.append((auth_data.login.decode(), ok))
        # handled=False: on failure aiosmtpd answers 535 (with handled=True it says nothing).
        return AuthResult(success=ok, handled=False)

    def message_ids(self) -> Counter[str]:
        return Counter(r.message_id for r in self.accepted)


@dataclass
class SmtpServer:
    host: str
    port: int
    security: str  # what the client must use: starttls, tls or none
    mailbox: Mailbox
    auth: bool

    def configure(self, config_path: str | None = None) -> None:
        """Point Afterword's settings (smtp.*) at this server."""
        config = Config(Path(config_path or os.environ["AFTERWORD_CONFIG"]))
        config.set("smtp.host", self.host)
        config.set("smtp.port", str(self.port))
        config.set("smtp.security", self.security)
        if self.auth:
            config.set("smtp.user", USER)
        else:
            config.unset("smtp.user")

    @property
    def accepted(self) -> list[Received]:
        return self.mailbox.accepted


@pytest.fixture(scope="session")
def tls_ca() -> Iterator[tuple[trustme.CA, str]]:
    """A throwaway CA, and its certificate as a PEM file for SSL_CERT_FILE."""
    ca = trustme.CA()
    folder = tempfile.mkdtemp(prefix="afterword-ca-")
    pem = os.path.join(folder, "ca.pem")
    ca.cert_pem.write_to_path(pem)
    yield ca, pem
    os.remove(pem)
    os.rmdir(folder)


@pytest.fixture(scope="session")
def server_tls(tls_ca: tuple[trustme.CA, str]) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    tls_ca[0].issue_cert("localhost", "127.0.0.1").configure_cert(context)
    return context


@pytest.fixture(autouse=True)
def _trust_test_ca(tls_ca: tuple[trustme.CA, str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", tls_ca[1])
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)


@pytest.fixture
def start_smtp(server_tls: ssl.SSLContext) -> Iterator[Callable[..., SmtpServer]]:
    """Start aiosmtpd on 127.0.0.1: `start_smtp(security="starttls"|"tls", auth=True)`."""
    controllers: list[Controller] = []

    def start(security: str = "starttls", *, auth: bool = True) -> SmtpServer:
        mailbox = Mailbox()
        port = free_port()
        options: dict[str, Any] = {}
        if security == "starttls":
            options = {"tls_context": server_tls, "require_starttls": True}
        elif security == "tls":
            # aiosmtpd 1.4 counts only STARTTLS as TLS for AUTH; this connection is TLS
            # from the first byte (Received.tls checks it), so AUTH may be offered.
            options = {"ssl_context": server_tls, "auth_require_tls": False}
        if auth:
            options["authenticator"] = mailbox.authenticate
            options["auth_required"] = True
        controller = Controller(mailbox, hostname="127.0.0.1", port=port, **options)
        controller.start()
        controllers.append(controller)
        return SmtpServer("127.0.0.1", port, security, mailbox, auth)

    yield start
    for controller in controllers:
        controller.stop()


@pytest.fixture
def smtp(start_smtp: Callable[..., SmtpServer], monkeypatch: pytest.MonkeyPatch) -> SmtpServer:
    """A STARTTLS server with AUTH, configured in the settings, its password in the variable."""
    server = start_smtp("starttls")
    server.configure()
    monkeypatch.setenv("AFTERWORD_SMTP_PASSWORD", PASSWORD)
    return server


class RawSmtp:
    """A bare SMTP server on a socket (no TLS, no AUTH) that can drop the connection where
    aiosmtpd cannot: `mid-data` reads 64 KB of the message then closes; `after-dot` reads
    the whole message then closes without a reply. Each DATA takes the next action of
    `script`; past its end the server accepts."""

    def __init__(self, script: list[str]) -> None:
        self.script = deque(script)
        self.accepted: list[bytes] = []
        self.dropped: list[str] = []
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._listener.getsockname()[1])
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def configure(self) -> None:
        config = Config(Path(os.environ["AFTERWORD_CONFIG"]))
        config.set("smtp.host", "127.0.0.1")
        config.set("smtp.port", str(self.port))
        config.set("smtp.security", "none")
        config.unset("smtp.user")

    def close(self) -> None:
        self._stopping.set()
        self._thread.join(timeout=5)
        self._listener.close()

    def _serve(self) -> None:
        # accept() with a short timeout: closing a socket does not wake a blocked accept.
        self._listener.settimeout(0.05)
        while not self._stopping.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            conn.settimeout(10)
            with conn, contextlib.suppress(OSError):  # the client hung up: next one
                self._session(conn)

    def _session(self, conn: socket.socket) -> None:
        reader = conn.makefile("rb")
        conn.sendall(b"220 raw.test ESMTP\r\n")
        while line := reader.readline():
            verb = line[:4].upper()
            if verb in (b"EHLO", b"HELO"):
                conn.sendall(b"250-raw.test\r\n250 8BITMIME\r\n")
            elif verb == b"QUIT":
                conn.sendall(b"221 bye\r\n")
                return
            elif verb == b"DATA":
                action = self.script.popleft() if self.script else "accept"
                conn.sendall(b"354 go ahead\r\n")
                if action == "mid-data":
                    reader.read(64 * 1024)
                    self.dropped.append(action)
                    # Unread data makes the kernel reset the connection: the client's
                    # next write fails, long before its final ".".
                    return
                data = self._read_data(reader)
                if action == "after-dot":
                    self.dropped.append(action)
                    return
                self.accepted.append(data)
                conn.sendall(b"250 2.0.0 queued\r\n")
            else:  # MAIL, RCPT, RSET, NOOP
                conn.sendall(b"250 OK\r\n")

    @staticmethod
    def _read_data(reader: Any) -> bytes:
        lines = []
        while (line := reader.readline()) not in (b".\r\n", b""):
            lines.append(line[1:] if line.startswith(b"..") else line)
        return b"".join(lines)


@pytest.fixture
def raw_smtp() -> Iterator[Callable[[list[str]], RawSmtp]]:
    servers: list[RawSmtp] = []

    def start(script: list[str]) -> RawSmtp:
        server = RawSmtp(script)
        server.configure()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.close()


@pytest.fixture
def acme(run_cli: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The Acme interview stored and drafted the morning after: message 1 to Priya, 2 to
    Tomás (both e-mail thank-yous); the clock fixed at NOW. Returns `run_cli`."""
    monkeypatch.setenv("AFTERWORD_NOW", NOW)
    run_cli("profile", "set", "name", "Jordan Lée")
    run_cli("profile", "set", "email", SENDER)
    run_cli("profile", "set", "timezone", "America/New_York")
    assert run_cli("add", str(ACME)).exit_code == 0
    drafted = run_cli("draft", "1", "--format", "json")
    assert drafted.exit_code == 0, drafted.output
    assert [(d["id"], d["to_email"]) for d in json.loads(drafted.stdout)] == [
        (1, PRIYA), (2, TOMAS)]
    return run_cli


def sql(statement: str, params: dict[str, Any] | None = None,
        url: str | None = None) -> list[Any]:
    """Run one statement on the CLI's store (AFTERWORD_DB, or `url`); returns the rows read."""
    from sqlalchemy import CursorResult, text

    store = Store(url or os.environ["AFTERWORD_DB"])
    try:
        with store.transaction() as session:
            result = session.execute(text(statement), params or {})
            assert isinstance(result, CursorResult)
            return list(result) if result.returns_rows else []
    finally:
        store.dispose()


def outbox(run_cli: Any) -> dict[int, dict[str, Any]]:
    """`afterword outbox --format json`, by message id."""
    result = run_cli("outbox", "--format", "json")
    assert result.exit_code == 0, result.output
    return {row["id"]: row for row in json.loads(result.stdout)}


def queue_clones(count: int, *, review: bool = True, url: str | None = None) -> list[int]:
    """`count` copies of message 1 (Priya's thank-you), queued and due at NOW, each with a
    Message-ID of its own, inserted in one transaction; returns their ids.

    `review=False` marks them --override-review: the dispatcher then skips reviewing each
    one, which matters at this volume because a note's review context re-reads every
    message of its interview (hundreds of copies to one person, as no real user has)."""
    from datetime import datetime

    from afterword.model.record import Message

    store = Store(url or os.environ["AFTERWORD_DB"])
    due = datetime.fromisoformat(NOW)
    skip = {"id", "state", "scheduled_at", "message_id", "override_review", "created_at",
            "updated_at", "sent_at", "attempts", "last_reply", "claimed_at",
            "data_started_at", "repeat_of"}
    try:
        with store.transaction() as session:
            template = session.get(Message, 1)
            assert template is not None
            fields = {c.key: getattr(template, c.key) for c in Message.__table__.columns
                      if c.key not in skip}
            # Knowingly sent again (as `send --repeat-of 1`): else the send guard holds each
            # copy as a second thank-you to Priya.
            clones = [Message(**fields, state="queued", scheduled_at=due, repeat_of=template.id,
                              message_id=f"<clone-{i}.{os.getpid()}@example.com>",
                              override_review=not review, created_at=due, updated_at=due)
                      for i in range(count)]
            session.add_all(clones)
            session.flush()
            return [m.id for m in clones]
    finally:
        store.dispose()


@dataclass
class Watcher:
    """`afterword dispatch --watch` running in a child process: `line()` reads its next line
    of output (stdout and stderr together), `stop()` presses Ctrl+C and gives (exit code,
    everything it said after)."""

    process: subprocess.Popen[str]

    def line(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline()

    def stop(self) -> tuple[int, str]:
        self.process.send_signal(signal.SIGINT)
        rest, _ = self.process.communicate(timeout=20)
        return self.process.returncode, rest


@contextlib.contextmanager
def dispatch_watch(*args: str) -> Iterator[Watcher]:
    """Run `afterword dispatch --watch ARGS` (with this test's settings and store) until the
    block ends; a watcher the block did not stop is killed."""
    from tests.conftest import REPO

    process = subprocess.Popen([sys.executable, "-m", "afterword", "dispatch", "--watch",
                                *args], env={**os.environ, "COLUMNS": "200"}, cwd=REPO,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        yield Watcher(process)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
