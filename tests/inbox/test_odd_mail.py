"""Odd and broken mail never stops the inbox: reading gives an answer, never an exception."""

from __future__ import annotations

from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from afterword.inbox import reading

HEADERS = st.sampled_from([
    b"From: ", b"Subject: ", b"Date: ", b"Content-Type: ", b"Auto-Submitted: ", b"Precedence: ",
    b"List-Id: ", b"Content-Transfer-Encoding: ", b"X-Autoreply: ",
])
VALUES = st.sampled_from([
    b"multipart/report; report-type=delivery-status; boundary=B", b"text/html; charset=x-unknown",
    b"base64", b"quoted-printable", b"Mon, 99 Foo 2026", b"auto-replied", b"MAILER-DAEMON@x",
    b"Undeliverable: x", b"=?utf-8?q?=E2=82=AC?=", b"", b"<>", b"bulk", b"text/calendar",
])


@st.composite
def broken_mail(draw) -> bytes:
    lines = [draw(HEADERS) + draw(VALUES) for _ in range(draw(st.integers(0, 6)))]
    body = draw(st.binary(max_size=400)) + draw(st.sampled_from([b"", b"\n--B\nContent-Type: message/delivery-status\n\nAction: failed\n--B--"]))
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(broken_mail())
def test_reading_any_mail_gives_an_answer(raw):
    msg = message_from_bytes(raw, policy=default)
    found = reading.read_mail(msg)
    assert isinstance(found.text, str)
    assert (found.bounce, found.auto_reply, found.bulk, found.classification) != (None, None, False, None)


def test_a_headers_only_mail_reads_as_an_empty_reply():
    msg = message_from_bytes(b"From: Priya <priya@acme.example>\r\nSubject: Re: Thank you\r\n\r\n", policy=default)
    assert isinstance(msg, EmailMessage)
    found = reading.read_mail(msg)
    assert found.text == ""
    assert found.classification is not None and found.classification.kind == "reply"


def test_an_unknown_charset_is_read_as_utf8():
    raw = b"From: a@acme.example\r\nContent-Type: text/plain; charset=x-klingon\r\n\r\nWe are pleased to offer you the job."
    found = reading.read_mail(message_from_bytes(raw, policy=default))
    assert found.classification is not None and found.classification.kind == "offer"
