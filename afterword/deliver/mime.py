"""A stored message as real RFC 5322 mail (UTF-8 plain text, attachments, threading), checked first.

Names, subjects and addresses are checked again here, whatever the store holds: a line
break in a header would let a name inject a header of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from afterword.errors import InvalidInput
from afterword.model.checks import CONTROL, check_email


@dataclass(frozen=True)
class Sender:
    name: str | None
    email: str


@dataclass(frozen=True)
class Part:
    """An attachment."""

    filename: str
    mime_type: str
    data: bytes


def _header(value: str, what: str) -> str:
    if CONTROL.search(value):
        raise InvalidInput(f"{what} contains a line break or control character: refusing to "
                           "build the mail")
    return value


def new_message_id(sender_email: str) -> str:
    """A fresh Message-ID on the sender's domain (stored with the message before sending)."""
    return make_msgid(domain=sender_email.rsplit("@", 1)[-1])


def build(
    *, sender: Sender, to_name: str, to_email: str, subject: str | None, body: str,
    date: datetime, message_id: str, cc: str | None = None, in_reply_to: str | None = None,
    attachments: tuple[Part, ...] = (),
) -> EmailMessage:
    """The mail for one message; raises InvalidInput on a bad address or a header injection."""
    msg = EmailMessage()
    from_addr = check_email(sender.email, field="the sender's address")
    msg["From"] = Address(_header(sender.name or "", "your name"), addr_spec=from_addr)
    msg["To"] = Address(_header(to_name, "the recipient's name"),
                        addr_spec=check_email(to_email, field="the recipient's address"))
    if cc:
        msg["Cc"] = Address(addr_spec=check_email(cc, field="the Cc address"))
    if subject:
        msg["Subject"] = _header(subject, "the subject")
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = _header(message_id, "the Message-ID")
    if in_reply_to:
        msg["In-Reply-To"] = _header(in_reply_to, "In-Reply-To")
        msg["References"] = _header(in_reply_to, "References")
    msg.set_content(body, subtype="plain", charset="utf-8")
    for part in attachments:
        maintype, _, subtype = part.mime_type.partition("/")
        msg.add_attachment(part.data, maintype=maintype, subtype=subtype or "octet-stream",
                           filename=_header(part.filename, "the attachment's name"))
    return msg
