"""Sending through a real SMTP server on loopback: what arrives (headers, body, threading,
attachments, Cc, Bcc-self), TLS and login, the password's sources, `mail test`, `send --test`."""

from __future__ import annotations

import json
import ssl
from collections.abc import Iterator
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import keyring
import keyring.backends.fail
import pytest
from keyrings.alt.file import PlaintextKeyring

from afterword.deliver.smtp import KEYRING_SERVICE
from tests.deliver.conftest import (
    DANA,
    NOW,
    PASSWORD,
    PRIYA,
    SENDER,
    TOMAS,
    USER,
    Received,
    outbox,
    sql,
)


def _stored(run_cli: Any, message_id: int) -> dict[str, Any]:
    listed = json.loads(run_cli("messages", "1", "--format", "json").stdout)
    return next(m for m in listed if m["id"] == message_id)


def _text(part: Any) -> str:
    """A text part's content with the wire's CRLF line ends read back as newlines."""
    return str(part.get_content()).replace("\r\n", "\n")


def _send_now(run_cli: Any, message_id: int, *options: str) -> None:
    result = run_cli("send", str(message_id), "--now", *options)
    assert result.exit_code == 0, result.output
    assert "1 sent" in result.output


def test_the_client_trusts_the_test_ca_through_ssl_cert_file_only() -> None:
    # The premise of the TLS fixtures: connect()'s default context loads SSL_CERT_FILE.
    assert ssl.get_default_verify_paths().openssl_cafile_env == "SSL_CERT_FILE"
    assert ssl.create_default_context().cert_store_stats()["x509_ca"] == 1


def test_send_now_delivers_the_stored_note_over_starttls_with_login(acme, smtp) -> None:
    stored = _stored(acme, 1)
    _send_now(acme, 1)
    [got] = smtp.accepted
    assert got.tls and got.authenticated
    assert smtp.mailbox.logins == [(USER, True)]
    msg = got.message
    assert msg["From"].addresses[0].display_name == "Jordan Lée"
    assert msg["From"].addresses[0].addr_spec == SENDER
    assert str(msg["To"]) == f"Priya Raman <{PRIYA}>"
    assert msg["Subject"] == stored["subject"] == "Thank you - Data Engineer interview"
    assert parsedate_to_datetime(msg["Date"]) == datetime.fromisoformat(NOW)
    row = outbox(acme)[1]
    assert row["state"] == "sent" and row["attempts"] == 1 and row["last_reply"].startswith("250")
    assert msg["Message-ID"] == row["message_id"]
    assert row["message_id"].endswith("@example.com>")
    assert _text(msg.get_body(("plain",))) == stored["body"] + "\n"
    assert msg["In-Reply-To"] is None and msg["Cc"] is None and msg["Bcc"] is None


def test_accented_names_travel_as_encoded_words_and_read_back_intact(acme, smtp) -> None:
    _send_now(acme, 2)
    [got] = smtp.accepted
    head = got.data.split(b"\r\n\r\n", 1)[0]
    assert head.isascii()  # RFC 2047 encoded words, no raw 8-bit header
    assert b"=?utf-8?" in head
    msg = got.message
    assert msg["To"].addresses[0].display_name == "Tomás Ortega"
    assert msg["To"].addresses[0].addr_spec == TOMAS
    assert msg["From"].addresses[0].display_name == "Jordan Lée"
    body = msg.get_body(("plain",))
    assert body.get_content_charset() == "utf-8"
    assert _text(body).startswith("Hello Tomás,\n")


# The server's own warning about AUTH without STARTTLS: here TLS comes first, on connect.
@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_implicit_tls_on_its_own_port(acme, start_smtp, monkeypatch) -> None:
    server = start_smtp("tls")
    server.configure()
    monkeypatch.setenv("AFTERWORD_SMTP_PASSWORD", PASSWORD)
    _send_now(acme, 1)
    [got] = server.accepted
    assert got.tls and got.authenticated


def test_a_server_certificate_the_system_does_not_trust_is_refused(acme, smtp, monkeypatch,
                                                                   tmp_path: Path) -> None:
    other = tmp_path / "other-ca.pem"
    import trustme

    trustme.CA().cert_pem.write_to_path(str(other))
    monkeypatch.setenv("SSL_CERT_FILE", str(other))
    result = acme("mail", "test")
    assert result.exit_code == 2
    assert "secure connection" in result.output and "CERTIFICATE_VERIFY_FAILED" in result.output
    assert smtp.mailbox.logins == []


def test_a_follow_up_threads_to_the_thank_you(acme, smtp, monkeypatch) -> None:
    _send_now(acme, 1)
    thank_you_id = outbox(acme)[1]["message_id"]
    later = "2026-03-17T10:00:00-04:00"  # past "within two weeks": the plan allows it
    monkeypatch.setenv("AFTERWORD_NOW", later)
    drafted = json.loads(acme("draft", "1", "--kind", "follow-up", "--format", "json").stdout)
    [follow_up] = [d["id"] for d in drafted]
    _send_now(acme, follow_up)
    first, second = smtp.accepted
    assert first.message_id == thank_you_id
    msg = second.message
    assert msg["In-Reply-To"] == thank_you_id
    assert msg["References"] == thank_you_id
    assert msg["Message-ID"] != thank_you_id
    assert msg["To"].addresses[0].addr_spec == PRIYA


def test_attachments_arrive_with_their_type_and_bytes(acme, smtp, tmp_path: Path) -> None:
    pdf = tmp_path / "portfolio.pdf"
    pdf.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF\n")
    notes = tmp_path / "références.txt"
    notes.write_text("Deux références, é à ü.\n.starts with a dot\n", encoding="utf-8")
    _send_now(acme, 1, "--attach", str(pdf), "--attach", str(notes))
    msg = smtp.accepted[0].message
    assert msg.get_content_type() == "multipart/mixed"
    parts = list(msg.iter_attachments())
    assert [(p.get_filename(), p.get_content_type()) for p in parts] == [
        ("portfolio.pdf", "application/pdf"), ("références.txt", "text/plain")]
    assert parts[0].get_content() == pdf.read_bytes()
    assert parts[1].get_payload(decode=True) == notes.read_bytes()


def test_cc_is_a_header_and_an_envelope_recipient(acme, smtp) -> None:
    _send_now(acme, 1, "--cc", DANA)
    [got] = smtp.accepted
    assert str(got.message["Cc"]) == DANA
    assert DANA in got.rcpt_tos and PRIYA in got.rcpt_tos


def test_bcc_self_is_an_envelope_recipient_without_a_header(acme, smtp, run_cli) -> None:
    _send_now(acme, 1)
    [got] = smtp.accepted
    assert got.mail_from == SENDER
    assert got.rcpt_tos == [PRIYA, SENDER]
    assert b"Bcc" not in got.data.split(b"\r\n\r\n", 1)[0]
    assert SENDER not in str(got.message["To"]) and got.message["Cc"] is None
    run_cli("config", "set", "smtp.bcc_self", "false")
    _send_now(acme, 2)
    assert smtp.accepted[1].rcpt_tos == [TOMAS]


@pytest.fixture
def file_keyring(tmp_path: Path) -> Iterator[PlaintextKeyring]:
    """keyrings.alt's file backend in tmp_path, never the user's keyring; restored after."""
    previous = keyring.get_keyring()
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring.cfg")
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_the_password_can_come_from_the_keyring(acme, smtp, file_keyring, monkeypatch) -> None:
    monkeypatch.delenv("AFTERWORD_SMTP_PASSWORD")
    missing = acme("mail", "test")
    assert missing.exit_code == 2 and f"no password is stored for {USER}" in missing.output
    file_keyring.set_password(KEYRING_SERVICE, USER, PASSWORD)
    _send_now(acme, 1)
    assert smtp.accepted[0].authenticated
    assert smtp.mailbox.logins == [(USER, True)]
    assert Path(file_keyring.file_path).exists()


def test_no_keyring_backend_says_to_use_the_variable(acme, smtp, monkeypatch) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        monkeypatch.delenv("AFTERWORD_SMTP_PASSWORD")
        result = acme("mail", "test")
    finally:
        keyring.set_keyring(previous)
    assert result.exit_code == 2
    assert "no keyring" in result.output and "AFTERWORD_SMTP_PASSWORD" in result.output
    assert smtp.mailbox.logins == []


def test_mail_test_connects_and_logs_in(acme, smtp) -> None:
    result = acme("mail", "test")
    assert result.exit_code == 0, result.output
    assert f"127.0.0.1:{smtp.port} (starttls) as {USER}" in result.output
    assert smtp.mailbox.logins == [(USER, True)]
    assert smtp.accepted == []


def test_a_wrong_password_is_a_clear_error_that_does_not_show_it(acme, smtp,
                                                                 monkeypatch) -> None:
    monkeypatch.setenv("AFTERWORD_SMTP_PASSWORD", "wr0ng-Passw0rd-xyz")
    result = acme("mail", "test")
    assert result.exit_code == 2
    assert "the server refused your login: 535" in result.output
    assert "wr0ng-Passw0rd-xyz" not in result.output
    # smtplib tries each mechanism the server offers (PLAIN, then LOGIN): all refused.
    assert smtp.mailbox.logins and set(smtp.mailbox.logins) == {(USER, False)}
    sent = acme("send", "1", "--now")
    assert sent.exit_code == 1 and "wr0ng-Passw0rd-xyz" not in sent.output
    assert smtp.accepted == []
    assert outbox(acme)[1]["state"] == "queued"  # a login failure is retried, not lost


def test_send_test_goes_to_you_only_and_leaves_the_message_as_it_was(acme, smtp) -> None:
    before = sql("SELECT state, message_id, attempts, sent_at FROM messages WHERE id = 1")
    result = acme("send", "1", "--test")
    assert result.exit_code == 0, result.output
    assert SENDER in result.output
    [got] = smtp.accepted
    assert got.rcpt_tos == [SENDER]
    assert got.message["To"].addresses[0].addr_spec == SENDER
    assert PRIYA not in got.data.decode()
    assert got.message["Subject"] == "[Test] Thank you - Data Engineer interview"
    assert sql("SELECT state, message_id, attempts, sent_at FROM messages WHERE id = 1") == before
    assert before[0][0] == "draft"
    assert outbox(acme) == {}


def test_a_note_queued_for_later_goes_when_dispatch_runs_at_that_time(acme, smtp,
                                                                     monkeypatch) -> None:
    queued = acme("send", "1", "--at", "2026-03-03T11:00")
    assert queued.exit_code == 0, queued.output
    assert "no dispatcher has run recently" in queued.output
    early = acme("dispatch")
    assert early.exit_code == 0, early.output
    assert smtp.accepted == [] and outbox(acme)[1]["state"] == "queued"
    monkeypatch.setenv("AFTERWORD_NOW", "2026-03-03T11:00:00-05:00")
    assert acme("dispatch").exit_code == 0
    [got] = smtp.accepted
    assert got.message_id == outbox(acme)[1]["message_id"]
    assert outbox(acme)[1]["state"] == "sent"
    assert acme("dispatch").exit_code == 0
    assert len(smtp.accepted) == 1


def _received_once(received: list[Received]) -> bool:
    ids = [r.message_id for r in received]
    return len(ids) == len(set(ids))


def test_sending_twice_is_refused(acme, smtp) -> None:
    _send_now(acme, 1)
    again = acme("send", "1", "--now")
    assert again.exit_code == 2 and "message 1 is sent" in again.output
    assert len(smtp.accepted) == 1 and _received_once(smtp.accepted)


def test_security_none_is_refused_for_a_remote_host(acme, run_cli) -> None:
    run_cli("config", "set", "smtp.host", "smtp.example.com")
    run_cli("config", "set", "smtp.security", "none")
    result = run_cli("mail", "test")
    assert result.exit_code == 2 and "unencrypted" in result.output


