"""Bounces: which address failed, why in plain words, and which note it was."""

from __future__ import annotations

from email import message_from_string
from email.message import EmailMessage
from email.policy import default

import pytest

from afterword.inbox import reading
from afterword.inbox.bounces import reason_for


def mail(text: str) -> EmailMessage:
    parsed = message_from_string(text.lstrip(), policy=default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def test_a_receipt_that_the_note_was_delivered_is_not_a_bounce():
    assert reading.bounce(mail("""
From: MAILER-DAEMON@mail.example.com
Subject: Successful Mail Delivery Report
Content-Type: multipart/report; report-type=delivery-status; boundary="B"

--B
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.com

Final-Recipient: rfc822; priya@acme.example
Action: delivered
Status: 2.0.0

--B--
""")) is None


@pytest.mark.parametrize("return_path", ["Return-Path: <priya@acme.example>\n", ""])
def test_a_person_forwarding_an_undeliverable_notice_is_not_a_bounce(return_path):
    assert reading.bounce(mail(f"""
From: Priya Raman <priya@acme.example>
{return_path}Subject: Undeliverable: Thank you
Content-Type: text/plain

Jordan, your note bounced off our old address; I've forwarded it to myself.
""")) is None


def test_a_report_with_no_recipient_block_still_reads_as_failed():
    found = reading.bounce(mail("""
From: MAILER-DAEMON@mail.example.com
Subject: Undelivered Mail Returned to Sender
Content-Type: multipart/report; report-type=delivery-status; boundary="B"

--B
Content-Type: text/plain

Sorry.

--B--
"""))
    assert found is not None
    assert found.failed
    assert found.reason == "the message could not be delivered"


def test_a_non_standard_bounce_without_a_code_gets_its_status_from_the_words():
    found = reading.bounce(mail("""
From: Mail Delivery Subsystem <MAILER-DAEMON@smtp.example.net>
Subject: Returned mail: User unknown
Content-Type: text/plain

The original message was received at Mon, 7 Dec 2026 20:15:02 GMT

   ----- The following addresses had permanent fatal errors -----
<priya@acme.example>
    (reason: 550 Requested action not taken: mailbox unavailable, user unknown)
"""))
    assert found is not None
    assert found.recipient == "priya@acme.example"
    assert found.status == "5.1.1"
    assert found.reason.startswith("the address does not exist")


@pytest.mark.parametrize(
    ("status", "words"),
    [
        ("5.1.1", "the address does not exist"),
        ("5.1.10", "the address does not exist"),
        ("5.2.2", "the mailbox is full"),
        ("5.7.26", "check your sending settings"),
        ("5.1.99", "something wrong with the address"),  # class and subject when the detail is unknown
        ("5.9.9", "could not be delivered"),
        ("4.4.1", "it will be tried again"),
    ],
)
def test_status_codes_are_said_in_plain_words(status, words):
    assert words in reason_for(status, None)


def test_a_bounce_with_a_malformed_report_part_does_not_raise():
    found = reading.bounce(mail("""
From: MAILER-DAEMON@mail.example.com
Subject: Undelivered Mail Returned to Sender
Content-Type: multipart/report; report-type=delivery-status; boundary="B"

--B
Content-Type: message/delivery-status

this is : not :: a report
Status: five

--B
Content-Type: message/rfc822

garbage without headers
--B--
"""))
    assert found is not None and found.failed
