"""The sign-in cookie: what it holds, how it is signed, how long it lasts, when it is renewed.

The cookie says when this browser signed in and when the cookie was issued, with a random
part and an HMAC-SHA256 signature by the install's session key (install.py). It holds no
data and no secret: it only proves that this browser once used a one-time key. Replacing
the session key (`afterword web --sign-out-all`) makes every cookie fail its check.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime, timedelta
from enum import Enum

# A sign-in lasts 30 days after the last visit: a job search comes in bursts, and a
# bookmark that still works a week later is the point. It ends after 90 days however
# often it is used, so a cookie copied off a computer does not work for ever.
IDLE = timedelta(days=30)
LONGEST = timedelta(days=90)
# A cookie older than a day is replaced by a fresh one on the next visit (rotation): the
# 30 days run from the last visit, and a cookie copied once soon stops matching the browser's.
RENEW_AFTER = timedelta(days=1)
# What the browser keeps: as long as the server would accept it.
MAX_AGE = int(IDLE.total_seconds())


class Verdict(Enum):
    """What a request's cookie is worth."""

    MISSING = "missing"  # no cookie: never signed in on this browser (or cookies cleared)
    ENDED = "ended"      # too old, signed out everywhere, or not made by this install
    VALID = "valid"
    RENEW = "renew"      # valid, and due for a fresh cookie


def make(key: bytes, *, signed_in: datetime, now: datetime) -> str:
    """A cookie value for a browser that signed in at `signed_in`, issued at `now`."""
    body = f"{int(signed_in.timestamp())}.{int(now.timestamp())}.{secrets.token_urlsafe(12)}"
    return f"{body}.{_signature(key, body)}"


def check(key: bytes, value: str | None, now: datetime) -> tuple[Verdict, datetime | None]:
    """The verdict on cookie `value` at `now`, with the time its browser signed in."""
    if not value:
        return Verdict.MISSING, None
    body, _, signature = value.rpartition(".")
    if not body or not hmac.compare_digest(signature.encode(), _signature(key, body).encode()):
        return Verdict.ENDED, None
    try:
        signed_text, issued_text, _nonce = body.split(".", 2)
        signed_in = datetime.fromtimestamp(int(signed_text), tz=now.tzinfo)
        issued = datetime.fromtimestamp(int(issued_text), tz=now.tzinfo)
    except ValueError:
        return Verdict.ENDED, None
    if now - signed_in >= LONGEST or now - issued >= IDLE:
        return Verdict.ENDED, None
    return (Verdict.RENEW if now - issued >= RENEW_AFTER else Verdict.VALID), signed_in


def header(name: str, value: str, *, max_age: int = MAX_AGE) -> str:
    """The Set-Cookie header: script cannot read it, other sites' requests do not carry it."""
    return f"{name}={value}; Path=/; Max-Age={max_age}; HttpOnly; SameSite=Strict"


def _signature(key: bytes, body: str) -> str:
    return hmac.new(key, f"session:{body}".encode(), hashlib.sha256).hexdigest()
