"""Unit tests of afterword.inbox.reading: what a mail says, on mails built here."""

from __future__ import annotations

from datetime import date
from email import message_from_string
from email.message import EmailMessage
from email.policy import default

from afterword.inbox import reading


def mail(text: str) -> EmailMessage:
    parsed = message_from_string(text.lstrip(), policy=default)
    assert isinstance(parsed, EmailMessage)
    return parsed


REJECTION = """
From: Priya Raman <priya@acme.example>
To: Jordan Lee <jordan@example.com>
Subject: Re: Thank you for today
Date: Mon, 7 Dec 2026 10:00:00 +0000
Message-ID: <a1@acme.example>
In-Reply-To: <note-1@afterword.example>

Hi Jordan,

Thanks for your note. Unfortunately, we have decided to move forward with other
candidates whose experience more closely matches the role.

Best regards,
Priya
Talent Partner | Acme
+1 555 0100

On Fri, 4 Dec 2026 at 17:02, Jordan Lee <jordan@example.com>
wrote:
> Dear Priya, thank you for your time today. I was glad to hear you are moving
> forward with the new data platform.
"""


def test_a_rejection_is_read_from_the_new_text_only():
    found = reading.read_mail(mail(REJECTION))
    assert found.classification is not None
    assert found.classification.kind == "rejection"
    assert "thank you for your time today" not in found.text
    assert "+1 555 0100" not in found.text
    assert found.text.endswith("Priya")


def test_quoted_words_do_not_decide_the_kind():
    text = REJECTION.replace("Unfortunately, we have decided to move forward with other\ncandidates whose experience more closely matches the role.", "Lovely to hear from you.")
    found = reading.read_mail(mail(text))
    assert found.classification is not None
    assert found.classification.kind == "reply"


def test_an_out_of_office_gives_its_return_day_relative_to_its_date():
    found = reading.auto_reply(mail("""
From: Sam Ortiz <sam@acme.example>
Subject: Automatic reply: Thank you for today
Date: Mon, 7 Dec 2026 10:00:00 +0000
Auto-Submitted: auto-replied

I am out of the office until Monday 14 December with no access to email.
"""))
    assert found is not None
    assert found.returns_on == date(2026, 12, 14)


def test_an_out_of_office_subject_alone_is_enough():
    found = reading.auto_reply(mail("""
From: Sam Ortiz <sam@acme.example>
Subject: Abwesenheitsnotiz: Thank you
Date: Mon, 7 Dec 2026 10:00:00 +0000

Ich bin bis 4. Januar nicht im Büro.
"""))
    assert found is not None
    assert found.returns_on == date(2027, 1, 4)


def test_a_newsletter_is_bulk_and_a_person_is_not():
    assert reading.is_bulk(mail("""
From: Acme Careers <careers@acme.example>
List-Unsubscribe: <mailto:unsubscribe@acme.example>
Subject: New roles this week

Hello!
"""))
    assert reading.is_bulk(mail("From: Acme <no-reply@acme.example>\nSubject: x\n\nHello\n"))
    assert not reading.is_bulk(mail("From: Noreen Replyson <noreen@acme.example>\nSubject: x\n\nHi\n"))


def test_a_standard_report_gives_recipient_status_reason_and_original_id():
    found = reading.bounce(mail("""
From: Mail Delivery System <MAILER-DAEMON@mail.example.com>
To: jordan@example.com
Subject: Undelivered Mail Returned to Sender
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B"

--B
Content-Type: text/plain

This is the mail system at host mail.example.com.
I'm sorry to have to inform you that your message could not be delivered.

<priya.rmn@acme.example>: host mx.acme.example[203.0.113.5] said: 550 5.1.1
    <priya.rmn@acme.example>: Recipient address rejected: User unknown

--B
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.com

Final-Recipient: rfc822; priya.rmn@acme.example
Original-Recipient: rfc822;priya.rmn@acme.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <priya.rmn@acme.example>: Recipient address
    rejected: User unknown

--B
Content-Type: text/rfc822-headers

From: Jordan Lee <jordan@example.com>
To: priya.rmn@acme.example
Subject: Thank you for today
Message-ID: <note-1@afterword.example>

--B--
"""))
    assert found is not None
    assert found.failed
    assert found.recipient == "priya.rmn@acme.example"
    assert found.status == "5.1.1"
    assert found.reason.startswith("the address does not exist")
    assert found.original_message_id == "<note-1@afterword.example>"
    assert found.diagnostic is not None and "User unknown" in found.diagnostic


def test_a_bounce_is_not_taken_for_an_automatic_reply():
    text = """
From: MAILER-DAEMON@mail.example.com
Subject: Undelivered Mail Returned to Sender
Auto-Submitted: auto-replied
Content-Type: multipart/report; report-type=delivery-status; boundary="B"

--B
Content-Type: message/delivery-status

Final-Recipient: rfc822; x@acme.example
Action: failed
Status: 5.1.1

--B--
"""
    assert reading.auto_reply(mail(text)) is None
    found = reading.read_mail(mail(text))
    assert found.bounce is not None and found.auto_reply is None


def test_an_attached_invitation_is_found_and_makes_it_scheduling():
    msg = mail("""
From: Priya Raman <priya@acme.example>
Subject: Second round
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="B"

--B
Content-Type: text/plain

Hi Jordan, please see the attached.

--B
Content-Type: application/octet-stream; name="invite.ics"
Content-Disposition: attachment; filename="invite.ics"

BEGIN:VCALENDAR
END:VCALENDAR
--B--
""")
    assert reading.calendar_part(msg) == b"BEGIN:VCALENDAR\nEND:VCALENDAR"
    found = reading.read_mail(msg)
    assert found.classification is not None
    assert found.classification.kind == "scheduling"


def test_classify_prefers_precision():
    assert reading.classify("We are still deciding and will be in touch.").kind == "reply"
    assert reading.classify("We have decided to move forward with other candidates.").kind == "rejection"
    assert reading.classify("Could you do a call on Thursday?").kind == "scheduling"
    assert reading.classify("We are pleased to offer you the position.").kind == "offer"
    assert reading.classify("We are not in a position to offer you the role.").kind == "rejection"


def test_the_timeframe_is_the_phrase_saying_when():
    found = reading.classify("Thanks! We will get back to you next week once the panel has met.")
    assert found.timeframe == "get back to you next week"
