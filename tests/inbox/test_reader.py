"""The IMAP reader against a real Dovecot: the commands it sends (EXAMINE and BODY.PEEK
only, bodies only of matched mail), TLS and STARTTLS, a renumbered folder, the keyring."""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pexpect
import pytest
import trustme

from afterword.config import Config
from afterword.inbox.imap import wanted_parts
from tests.deliver.conftest import PRIYA, sql
from tests.inbox import dovecot
from tests.inbox.conftest import Sent, mail, read_from

RECEIVED = datetime.fromisoformat("2026-03-04T11:00:00-05:00")
AFTERWORD = str(Path(sys.executable).with_name("afterword"))


def _config() -> Config:
    return Config(Path(os.environ["AFTERWORD_CONFIG"]))


def test_only_examine_and_peek_are_sent_and_only_a_matched_mail_is_read_past_its_header(
        sent: Sent, imap: dovecot.Dovecot, dropping_proxy: Any) -> None:
    for n in range(3):
        imap.put(mail(sender=f"Person {n} <p{n}@elsewhere.example>", subject=f"Private {n}",
                      body=f"Secret body {n}", message_id=f"<p{n}@elsewhere.example>"),
                 received=RECEIVED)
    imap.put(mail(sender=f"Priya Raman <{PRIYA}>", subject="Re: Thank you", body="Thanks!",
                  message_id="<r@acme-analytics.example>", in_reply_to=sent.priya_id),
             received=RECEIVED)
    proxy = dropping_proxy(imap.port, None)
    _config().set("imap.port", str(proxy.port))
    assert len(sent.inbox()["found"]) == 1
    commands = [line.split(b" ", 1)[1].decode() for line in bytes(proxy.sent).split(b"\r\n")
                if b" " in line and not line.startswith(b"jordan")]
    verbs = {" ".join(c.split()[:2]) if c.startswith("UID") else c.split()[0] for c in commands}
    assert verbs <= {"CAPABILITY", "LOGIN", "EXAMINE", "UID SEARCH", "UID FETCH", "LOGOUT"}, verbs
    assert "EXAMINE INBOX" in " ".join(commands) or 'EXAMINE "INBOX"' in " ".join(commands)
    fetches = [c for c in commands if c.startswith("UID FETCH")]
    assert all(re.sub(r"BODY\.PEEK\[", "", c).count("BODY[") == 0 for c in fetches), fetches
    # The headers of all four, then the structure and parts of the one reply (UID 4) only.
    assert fetches[0].startswith("UID FETCH 1,2,3,4 ")
    assert fetches[1:] and all(c.startswith("UID FETCH 4 ") for c in fetches[1:]), fetches
    assert any("BODYSTRUCTURE" in c for c in fetches[1:])


def test_a_renumbered_folder_is_read_again_but_nothing_is_recorded_twice(
        sent: Sent, imap: dovecot.Dovecot) -> None:
    imap.put(mail(sender=f"Priya Raman <{PRIYA}>", subject="Re: Thank you", body="Thanks!",
                  message_id="<r@acme-analytics.example>", in_reply_to=sent.priya_id),
             received=RECEIVED)
    assert len(sent.inbox()["found"]) == 1
    sql("UPDATE inbox_folders SET uidvalidity = uidvalidity + 1")  # as after a server move
    again = sent.inbox()
    assert again["read"] == {"INBOX": 1} and again["found"] == []
    assert sql("SELECT count(*) FROM inbox_replies") == [(1,)]
    assert sql("SELECT count(*) FROM events WHERE kind = 'reply'") == [(1,)]


@pytest.fixture
def imap_tls(tls_ca: tuple[trustme.CA, str], monkeypatch: pytest.MonkeyPatch
             ) -> Iterator[dovecot.Dovecot]:
    """Dovecot with a certificate from the test CA (trusted through SSL_CERT_FILE)."""
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="afterword-imap-cert-"))
    cert = tls_ca[0].issue_cert("127.0.0.1", "localhost")
    cert.cert_chain_pems[0].write_to_path(str(folder / "cert.pem"))
    cert.private_key_pem.write_to_path(str(folder / "key.pem"))
    server = dovecot.start(tls_cert=(folder / "cert.pem", folder / "key.pem"))
    read_from(server, _config(), monkeypatch)  # each test sets its own port and security
    try:
        yield server
    finally:
        server.stop()
        for name in ("cert.pem", "key.pem"):
            (folder / name).unlink()
        folder.rmdir()


@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_tls_and_starttls_log_in_with_a_verified_certificate(
        sent: Sent, imap_tls: dovecot.Dovecot, security: str) -> None:
    config = _config()
    config.set("imap.security", security)
    port = imap_tls.tls_port if security == "tls" else imap_tls.port
    config.set("imap.port", str(port))
    imap_tls.put(mail(sender=f"Priya Raman <{PRIYA}>", subject="Re: Thank you", body="Thanks!",
                      message_id="<r@acme-analytics.example>", in_reply_to=sent.priya_id),
                 received=RECEIVED)
    assert len(sent.inbox()["found"]) == 1


def test_an_untrusted_certificate_is_refused_in_words(
        sent: Sent, imap_tls: dovecot.Dovecot, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    other = trustme.CA()
    pem = tmp_path / "other-ca.pem"
    other.cert_pem.write_to_path(str(pem))
    monkeypatch.setenv("SSL_CERT_FILE", str(pem))
    config = _config()
    config.set("imap.security", "tls")
    config.set("imap.port", str(imap_tls.tls_port))
    result = sent.run("inbox")
    assert result.exit_code == 1
    assert f"the secure connection to 127.0.0.1:{imap_tls.tls_port} failed" in result.stderr
    assert "Traceback" not in result.output


def test_security_none_is_refused_for_a_remote_server(sent: Sent) -> None:
    config = _config()
    config.set("imap.host", "imap.example.com")
    config.set("imap.security", "none")
    result = sent.run("inbox")
    assert result.exit_code == 1
    assert "imap.security none sends your password and mail unencrypted" in result.stderr


def test_mail_password_imap_keeps_its_own_keyring_entry_that_inbox_uses(
        sent: Sent, imap: dovecot.Dovecot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AFTERWORD_IMAP_PASSWORD")
    env = {**os.environ, "COLUMNS": "200",
           "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
           "XDG_DATA_HOME": str(tmp_path / "data")}
    child = pexpect.spawn(AFTERWORD, ["mail", "password", "--imap"], env=env, encoding="utf-8",
                          timeout=20)
    child.expect(f"Password for {imap.user}")
    child.sendline(imap.password)
    child.expect(pexpect.EOF)
    child.close()
    said = " ".join((child.before or "").split())
    assert child.exitstatus == 0, said
    assert "Stored in a plain text file" in said and imap.password not in said
    # The warning names the variable that can hold this (IMAP) password instead.
    assert "in the AFTERWORD_IMAP_PASSWORD environment variable instead" in said
    assert "AFTERWORD_SMTP_PASSWORD" not in said
    from keyrings.alt.file import PlaintextKeyring

    ring = PlaintextKeyring()
    ring.file_path = str(tmp_path / "data" / "python_keyring" / "keyring_pass.cfg")
    assert ring.get_password("afterword-imap", imap.user) == imap.password
    assert ring.get_password("afterword-smtp", imap.user) is None
    child = pexpect.spawn(AFTERWORD, ["inbox", "--format", "json"], env=env, encoding="utf-8",
                          timeout=30)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    assert json.loads(child.before)["read"] == {"INBOX": 0}


def test_the_parts_wanted_are_the_text_the_report_the_returned_header_and_the_invitation() -> None:
    from imapclient.response_types import BodyData

    # As imapclient parses a BODYSTRUCTURE: parts as tuples, then the subtype.
    structure = BodyData.create((
        ((b"text", b"plain", (b"charset", b"utf-8"), None, None, b"7bit", 10, 1),
         (b"text", b"html", None, None, None, b"7bit", 10, 1), b"alternative"),
        ((b"application", b"pdf", None, None, None, b"base64", 99),
         (b"text", b"calendar", None, None, None, b"7bit", 10, 1), b"mixed"),
        b"mixed"))
    assert [(p.section, p.mime) for p in wanted_parts(structure)] == [
        ("1.1", "text/plain"), ("2.2", "text/calendar")]
