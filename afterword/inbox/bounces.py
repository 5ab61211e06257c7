"""Delivery status notifications: which note bounced, for whom, and why in plain words.

A standard report (RFC 3464: multipart/report with a message/delivery-status part) is read
field by field. The other forms (old Exchange, qmail, some hosting providers) are recognised
by sender and subject; their failed address comes from flufl.bounce, GNU Mailman's bounce
detectors, which know those forms, and the status from the text. Reasons in plain words
are in cues/bounce_status.tsv.
"""

from __future__ import annotations

import re
from email.message import Message
from email.parser import HeaderParser
from email.policy import default as default_policy
from email.utils import getaddresses, parseaddr
from functools import cache

from afterword.inbox import quoting
from afterword.inbox.cues import lexicon, table
from afterword.inbox.verdicts import Bounce

_STATUS = re.compile(r"(?<![\d.])([245])\.(\d{1,3})\.(\d{1,3})(?![\d.])")
_SMTP_REPLY = re.compile(r"(?<!\d)[45]\d\d[ -]\S.*")
_MESSAGE_ID = re.compile(r"^\s*message-id:\s*(<[^<>\s]+>)", re.IGNORECASE | re.MULTILINE)
_ADDRESS = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
_DELAY_SUBJECT = re.compile(r"\b(?:delay|delayed|warning|not yet been delivered)\b", re.IGNORECASE)


def is_report(msg: Message) -> bool:
    """True for an RFC 3464 report: multipart/report; report-type=delivery-status."""
    return (
        msg.get_content_type() == "multipart/report"
        and str(msg.get_param("report-type", "")).casefold() == "delivery-status"
    )


def read(msg: Message) -> Bounce | None:
    """The bounce `msg` is, or None (see reading.bounce)."""
    if is_report(msg):
        return _from_report(msg)
    if _looks_like_bounce(msg):
        return _from_text(msg)
    return None


# -- standard reports ------------------------------------------------------------------------


def _from_report(msg: Message) -> Bounce | None:
    fields = _recipient_fields(msg)
    action = fields.get("action", "").casefold()
    if action in ("delivered", "relayed", "expanded"):
        return None  # a receipt that the note arrived, not a bounce
    status = _first_status(fields.get("status", ""))
    diagnostic = _diagnostic(fields.get("diagnostic-code", ""))
    recipient = _address(fields.get("original-recipient", "")) or _address(fields.get("final-recipient", ""))
    if not status and diagnostic:
        status = _first_status(diagnostic)
    failed = action == "failed" or (action != "delayed" and (status or "5").startswith("5"))
    if recipient is None:
        recipient = _flufl_recipient(msg)
    return Bounce(
        failed=failed,
        reason=reason_for(status, diagnostic, failed=failed),
        recipient=recipient,
        status=status,
        diagnostic=diagnostic,
        original_message_id=_original_message_id(msg),
    )


def _recipient_fields(msg: Message) -> dict[str, str]:
    """The fields of the first per-recipient block (Action, Status, ...), lower-case names."""
    for part in msg.walk():
        if part.get_content_type() not in ("message/delivery-status", "message/global-delivery-status"):
            continue
        payload = part.get_payload()
        blocks: list[dict[str, str]] = []
        if isinstance(payload, list):
            for block in payload:
                if not isinstance(block, Message):
                    continue
                blocks.append({k.casefold(): " ".join(str(v).split()) for k, v in block.items()})
        else:  # a part the parser left as text (global-delivery-status, or fetched on its own)
            raw = payload if isinstance(payload, str) else ""
            for chunk in re.split(r"\n\s*\n", raw.replace("\r\n", "\n")):
                headers = HeaderParser(policy=default_policy).parsestr(chunk.strip() + "\n")
                blocks.append({k.casefold(): " ".join(str(v).split()) for k, v in headers.items()})
        merged: dict[str, str] = {}
        for block in blocks:
            if "action" in block or "final-recipient" in block:
                merged.update(block)
                break
        return merged
    return {}


def _original_message_id(msg: Message) -> str | None:
    for part in msg.walk():
        ctype = part.get_content_type()
        if ctype in ("message/rfc822", "message/global"):
            inner = part.get_payload()
            if isinstance(inner, list) and inner and isinstance(inner[0], Message):
                value = inner[0].get("Message-ID")
                if value:
                    return _bracketed(str(value))
        elif ctype in ("text/rfc822-headers", "message/rfc822-headers"):
            value = HeaderParser(policy=default_policy).parsestr(str(part.get_payload())).get("Message-ID")
            if value:
                return _bracketed(str(value))
    # The original quoted as text (Gmail, Exchange, qmail put it below the notice).
    body, html = quoting.body_text(msg)
    text = quoting.html_to_text(body) if html else body
    match = _MESSAGE_ID.search(text)
    return match.group(1) if match else None


# -- other forms -----------------------------------------------------------------------------


@cache
def _patterns(name: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in lexicon(name))


def _looks_like_bounce(msg: Message) -> bool:
    name, address = parseaddr(str(msg.get("From", "")))
    local = address.split("@", 1)[0]
    by_sender = any(p.search(local) or p.search(name.strip()) for p in _patterns("bounce_senders"))
    # Not after "Fwd:": a person forwarding a bounce by hand wrote that mail.
    subject = str(msg.get("Subject", "")).strip()
    by_subject = any(p.search(subject) for p in _patterns("bounce_subjects"))
    if by_sender:
        return by_subject or _STATUS.search(_body(msg)) is not None
    # A bounce-like subject alone is enough only with the empty return path bounces carry.
    return by_subject and str(msg.get("Return-Path", "")).strip() == "<>"


def _from_text(msg: Message) -> Bounce:
    text = _body(msg)
    notice = _notice(text)
    status_match = _STATUS.search(notice)
    status = status_match.group() if status_match else None
    diagnostic = _diagnostic_line(notice, status)
    if status is None and diagnostic:
        status = _status_from_words(diagnostic)
    if status is None:
        status = _status_from_words(notice)
    subject = str(msg.get("Subject", ""))
    failed = (status is None or status.startswith("5")) and not _DELAY_SUBJECT.search(subject)
    if status and status.startswith("4"):
        failed = False
    return Bounce(
        failed=failed,
        reason=reason_for(status, diagnostic, failed=failed),
        recipient=_flufl_recipient(msg) or _recipient_in(notice, msg),
        status=status,
        diagnostic=diagnostic,
        original_message_id=_original_message_id(msg),
    )


def _body(msg: Message) -> str:
    body, html = quoting.body_text(msg)
    return quoting.html_to_text(body) if html else body


def _notice(text: str) -> str:
    """The notice above the returned original: the original's own text could mislead."""
    cut = re.search(
        r"^(?:-{2,} ?(?:original message|below this line is a copy|this is a copy)|original message headers|"
        r"------ This is a copy of the message)",
        text,
        re.IGNORECASE | re.MULTILINE,
    )
    return text[: cut.start()] if cut else text


def _diagnostic_line(text: str, status: str | None) -> str | None:
    for line in text.splitlines():
        stripped = line.strip(" >\t")
        if status and status in stripped and len(stripped) > len(status) + 3:
            return _diagnostic(stripped)
    match = _SMTP_REPLY.search(text)
    if match:
        return _diagnostic(match.group())
    for line in text.splitlines():
        stripped = line.strip()
        if stripped and _status_from_words(stripped):
            return _diagnostic(stripped)
    return None


def _status_from_words(text: str) -> str | None:
    for pattern, status in _diagnostic_table():
        if pattern.search(text):
            return status
    return None


@cache
def _diagnostic_table() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(key, re.IGNORECASE), value) for key, value in table("bounce_diagnostics"))


def _recipient_in(text: str, msg: Message) -> str | None:
    own = {address.casefold() for _n, address in getaddresses([str(msg.get("From", "")), str(msg.get("To", ""))])}
    for match in _ADDRESS.finditer(text):
        address = match.group().strip(".").casefold()
        local = address.split("@", 1)[0]
        if address in own or local in ("mailer-daemon", "postmaster"):
            continue
        return address
    return None


def _flufl_recipient(msg: Message) -> str | None:
    from flufl.bounce import all_failures  # lazy: only bounces need it

    try:
        temporary, permanent = all_failures(msg)
    except Exception:  # its heuristics parse odd mail; a crash there must not stop the inbox
        return None
    for found in sorted(permanent) or sorted(temporary):
        address = found.decode("utf-8", errors="replace") if isinstance(found, bytes) else str(found)
        address = address.strip("<> ").casefold()
        if "@" in address:
            return address
    return None


# -- plain words -----------------------------------------------------------------------------


@cache
def _reasons() -> dict[str, str]:
    return dict(table("bounce_status"))


def reason_for(status: str | None, diagnostic: str | None, *, failed: bool = True) -> str:
    """The cause of a bounce in plain words, from its status code or the server's words."""
    if status is None and diagnostic:
        status = _status_from_words(diagnostic)
    reasons = _reasons()
    if status:
        klass, subject, _detail = (status.split(".") + ["", ""])[:3]
        for key in (status, f"{klass}.{subject}", klass):
            if key in reasons:
                return reasons[key]
    return reasons["5"] if failed else reasons["4"]


def _first_status(text: str) -> str | None:
    match = _STATUS.search(text)
    return match.group() if match else None


def _diagnostic(value: str) -> str | None:
    # "smtp; 550 5.1.1 <x@y>: Recipient address rejected" -> the server's words after the type
    text = " ".join(value.split())
    if ";" in text.split(" ", 1)[0] + " ":
        text = text.split(";", 1)[1].strip()
    return text[:300] or None


def _address(value: str) -> str | None:
    # "rfc822; jo@example.com" -> "jo@example.com"
    text = value.split(";", 1)[1] if ";" in value else value
    text = text.strip().strip("<>").casefold()
    return text if "@" in text else None


def _bracketed(value: str) -> str:
    value = value.strip()
    return value if value.startswith("<") else f"<{value}>"
