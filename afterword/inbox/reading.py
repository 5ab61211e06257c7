"""What a mail says: bulk, automatic reply, bounce, the reply's own text and its kind.

Pure functions over `email.message.EmailMessage` objects parsed with
`email.policy.default`: no network, no database, no clock (a mail's own Date header, or the
`received` day the caller passes, is the reference for "back on Monday"). The IMAP side
(afterword/inbox/ beside this module) fetches the headers and the few parts these functions
read, and decides what a mail changes.

Order matters when reading one mail, and `read_mail` follows it: a bounce first (bounces
often carry Auto-Submitted too), then an automatic reply, then bulk mail, then the reply's
new text is classified.
"""

from __future__ import annotations

import re
from datetime import date
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime

from afterword.inbox import bounces, kinds, quoting
from afterword.inbox.away import returns_on as _returns_on
from afterword.inbox.matching import no_reply
from afterword.inbox.verdicts import (
    EXCERPT_CHARS,
    KINDS,
    AutoReply,
    Bounce,
    Classification,
    Cue,
    Kind,
    MailReading,
)

# -- bulk mail ---------------------------------------------------------------------------------

_BULK_PRECEDENCE = frozenset({"bulk", "list", "junk"})


def is_bulk(msg: Message, *, no_reply_counts: bool = True) -> bool:
    """True for list and bulk mail and for mail from an address that takes no replies.

    List-Unsubscribe, List-Id, `Precedence: bulk/list/junk`, or a no-reply sender (From or
    Sender). Such mail never counts as a person's answer. With `no_reply_counts` False a
    no-reply sender alone does not make it bulk (an applicant tracking system's mail, which
    afterword/inbox/ats.py reads on stricter terms).
    """
    if msg.get("List-Unsubscribe") is not None or msg.get("List-Id") is not None:
        return True
    if str(msg.get("Precedence", "")).strip().casefold() in _BULK_PRECEDENCE:
        return True
    return no_reply_counts and any(no_reply(address) for address in _addresses(msg, "From", "Sender"))


# -- automatic replies -------------------------------------------------------------------------

_AUTO_HEADERS = ("X-Autoreply", "X-Autorespond", "X-Autoresponder", "X-Auto-Reply")
_SUPPRESS = re.compile(r"\b(?:all|oof|autoreply)\b", re.IGNORECASE)


def auto_reply(msg: Message, *, received: date | None = None, date_order: str = "DMY") -> AutoReply | None:
    """The automatic reply `msg` is, or None for a mail a person wrote (or a bounce).

    Headers first (RFC 3834 Auto-Submitted other than "no", X-Autoreply, X-Autorespond,
    `Precedence: auto_reply`, Exchange's X-Auto-Response-Suppress), then the usual
    out-of-office subjects in several languages. The return day is read from the text
    relative to the mail's Date header, or `received` when it has none; `date_order`
    ("DMY" or "MDY") reads "4/1".
    """
    if bounces.is_report(msg):
        return None
    reason = _auto_reason(msg)
    if reason is None:
        return None
    said_on = _sent_on(msg) or received
    if said_on is None:
        return AutoReply(reason)
    found = _returns_on(new_text(msg), said_on, date_order=date_order)
    if found is None:
        return AutoReply(reason)
    return AutoReply(reason, found[0], found[1])


def _auto_reason(msg: Message) -> str | None:
    submitted = str(msg.get("Auto-Submitted", "")).strip()
    if submitted and submitted.split(";")[0].strip().casefold() != "no":
        return f"header Auto-Submitted: {submitted}"
    for name in _AUTO_HEADERS:
        value = msg.get(name)
        if value is not None and str(value).strip().casefold() not in ("no", "false", "0"):
            return f"header {name}: {value}"
    if str(msg.get("Precedence", "")).strip().casefold() == "auto_reply":
        return "header Precedence: auto_reply"
    subject = str(msg.get("Subject", ""))
    if kinds.is_auto_reply_subject(subject):
        return f"subject '{subject.strip()}'"
    suppress = msg.get("X-Auto-Response-Suppress")
    # Exchange marks its own automatic mail so; a meeting invitation a person sends may carry
    # it too, so an invitation is not taken for an automatic reply.
    if suppress is not None and _SUPPRESS.search(str(suppress)) and calendar_part(msg) is None:
        return f"header X-Auto-Response-Suppress: {suppress}"
    return None


# -- bounces -----------------------------------------------------------------------------------


def bounce(msg: Message) -> Bounce | None:
    """The delivery status notification `msg` is, or None for any other mail.

    Reads RFC 3464 reports (multipart/report; report-type=delivery-status) and the common
    non-standard forms (Exchange's "Undeliverable:", Gmail's "Delivery Status Notification",
    Postfix's "Undelivered Mail Returned to Sender", qmail's "failure notice", Exim's "Mail
    delivery failed").
    """
    return bounces.read(msg)


# -- the reply's own text ----------------------------------------------------------------------


def new_text(msg: Message) -> str:
    """The text the sender wrote in `msg`: quoted original, forwarded parts and signature removed.

    Reads the first text/plain part, or failing that the first text/html part turned into
    text. A mail with no text part (only headers fetched) gives "".
    """
    return quoting.new_text(msg)


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """The first `limit` characters of `text` on one line, cut at a word, with "…" when cut."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


# -- classification ----------------------------------------------------------------------------


def classify(text: str, subject: str = "", *, invitation: bool = False) -> Classification:
    """What a person's reply says: `reply`, `rejection`, `scheduling` or `offer`.

    `text` is the reply's new text (see `new_text`); `invitation` says the mail carries a
    calendar invitation (see `calendar_part`), which makes it `scheduling` unless a rejection
    or an offer is stated. Precision first: without a clear cue the reply is a plain `reply`.
    """
    return kinds.classify(text, subject, invitation=invitation)


# -- calendar invitations ----------------------------------------------------------------------


def calendar_part(msg: Message) -> bytes | None:
    """The raw bytes of the first text/calendar part or .ics attachment, or None."""
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        name = (part.get_filename() or "").casefold()
        if ctype == "text/calendar" or name.endswith((".ics", ".ical", ".ifb", ".vcs")) or (
            ctype == "application/ics"
        ):
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes) and payload.strip():
                return payload
    return None


# -- all of it ---------------------------------------------------------------------------------


def read_mail(msg: Message, *, received: date | None = None, date_order: str = "DMY",
              automated: bool = False) -> MailReading:
    """Read `msg` in the right order: bounce, automatic reply, bulk, then the reply's kind.

    `automated` reads a system's mail (an applicant tracking system, a company's no-reply
    address): such systems mark all they send Auto-Submitted and send from no-reply
    addresses, so neither decides; list headers still make it bulk.
    """
    text = new_text(msg)
    invite = calendar_part(msg)
    found_bounce = bounce(msg)
    if found_bounce is not None:
        return MailReading(found_bounce, None, False, text, None, invite, excerpt(found_bounce.reason))
    found_auto = None if automated else auto_reply(msg, received=received, date_order=date_order)
    if found_auto is not None:
        return MailReading(None, found_auto, False, text, None, invite, excerpt(text))
    if is_bulk(msg, no_reply_counts=not automated):
        return MailReading(None, None, True, text, None, invite, excerpt(text))
    kind = classify(text, str(msg.get("Subject", "")), invitation=invite is not None)
    return MailReading(None, None, False, text, kind, invite, excerpt(text))


def _addresses(msg: Message, *names: str) -> list[str]:
    values = [str(msg.get(name)) for name in names if msg.get(name) is not None]
    return [address.casefold() for _name, address in getaddresses(values) if address]


def _sent_on(msg: Message) -> date | None:
    value = msg.get("Date")
    if value is None:
        return None
    try:
        return parsedate_to_datetime(str(value)).date()
    except (TypeError, ValueError, IndexError):
        return None


__all__ = [
    "KINDS", "AutoReply", "Bounce", "Classification", "Cue", "Kind",
    "MailReading", "auto_reply", "bounce", "calendar_part", "classify", "excerpt", "is_bulk",
    "new_text", "read_mail",
]
