"""Safe by default: the Host check (DNS rebinding), sign-in, CSRF tokens, headers.

The app listens on an address of its own (install.py). A browser signs in by opening a
link with a one-time key (`?key=...`, made by `afterword web`, valid once and for minutes);
the app swaps it for a signed cookie (sessions.py) that lasts 30 days after the last visit
and is renewed daily, so the bookmarked address keeps working. Every other request must carry
that cookie, so neither another local user nor a web page in the same browser can drive the
app. A request whose Host header is not the exact address served is refused (a DNS-rebinding
page would send its own host name). State-changing requests also carry a CSRF token derived
from the install's session key, and a foreign Origin is refused.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import parse_qsl, urlencode

from fastapi import HTTPException, Request

from afterword.web import sessions
from afterword.web.install import Install

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

KEY_PARAM = "key"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# Public files (styles, htmx) hold no data: the "open the printed address" page needs them.
PUBLIC_PREFIX = "/static/"

# No inline script or style, nothing from elsewhere; pages cannot be framed or leak the key.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; "
       "object-src 'none'")
# The printable card is a standalone page with its own inline styles (deliver/export.py).
CARD_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'"
HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),  # no-referrer would make Origin "null"
    (b"cache-control", b"no-store"),
]


def derive(key: bytes | str, purpose: str) -> str:
    """A value bound to the install's session key and one purpose (the CSRF token, flash)."""
    raw = key.encode() if isinstance(key, str) else key
    return hmac.new(raw, purpose.encode(), hashlib.sha256).hexdigest()


def same(a: str | None, b: str) -> bool:
    return a is not None and hmac.compare_digest(a.encode(), b.encode())


def cookie_name(port: int) -> str:
    # Cookies ignore ports: naming it by port keeps two instances on one host apart.
    return f"afterword-{port}"


# The page a second `afterword web` reads to know whether the program holding the address
# is this install's app (it answers with the install's public id) or another program.
ID_PATH = "/afterword-install"
HOW_TO_SIGN_IN = ("To sign in, start Afterword the way you usually do: its desktop shortcut, "
                  "or `afterword web` in a terminal. It opens your browser signed in, even "
                  "while Afterword is already running. For another browser, run `afterword "
                  "web --no-browser` and open the link it prints there.")


class Guard:
    """ASGI middleware: refuses a wrong Host or Origin, swaps a one-time key for a signed
    cookie, checks and renews that cookie."""

    def __init__(self, app: ASGIApp, *, install: Install, host: str, port: int) -> None:
        self.app = app
        self.install = install
        self.authority = f"{host}:{port}"
        # localhost is 127.0.0.1 too (browsers never ask DNS for it): the same app.
        self.authorities = {self.authority}
        if host == "127.0.0.1":
            self.authorities.add(f"localhost:{port}")
        self.origins = {f"http://{a}" for a in self.authorities}
        self.cookie = cookie_name(port)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1")
                   for k, v in scope.get("headers", [])}
        if headers.get("host") not in self.authorities:
            await _refuse(send, 400, "Refused: this address is not the one Afterword serves",
                          f"Open http://{self.authority}/ as `afterword web` printed it.")
            return
        method = scope.get("method", "GET")
        origin = headers.get("origin")
        if method not in SAFE_METHODS and origin is not None and origin not in self.origins:
            await _refuse(send, 403, "Refused: this request came from another site", None)
            return
        path = scope.get("path", "/")
        if path.startswith(PUBLIC_PREFIX):
            await self.app(scope, receive, _with_headers(send))
            return
        if path == ID_PATH:
            await _text(send, self.install.id)
            return
        from afterword.clock import now as clock_now

        now = clock_now()
        signing_key = self.install.session_key
        verdict, signed_in = sessions.check(
            signing_key, _cookie(headers.get("cookie", ""), self.cookie), now)
        query = parse_qsl(scope.get("query_string", b"").decode("latin-1"),
                          keep_blank_values=True)
        key = dict(query).get(KEY_PARAM)
        if key is not None and method == "GET":  # a HEAD (a link preview) must not use it up
            rest = urlencode([(k, v) for k, v in query if k != KEY_PARAM])
            location = path + (f"?{rest}" if rest else "")
            if self.install.redeem_key(key, now):
                value = sessions.make(signing_key, signed_in=now, now=now)
                await _redirect(send, location, sessions.header(self.cookie, value))
            elif verdict in (sessions.Verdict.VALID, sessions.Verdict.RENEW):
                # A used link opened again (a restored tab, history): already signed in.
                await _redirect(send, location, None)
            else:
                await _refuse(send, 403, "This sign-in link has already been used or is "
                              "too old", "Each sign-in link works once, for a few minutes.\n\n"
                              + HOW_TO_SIGN_IN + "\n\nIf you did not use this link yourself, "
                              "sign every browser out with `afterword web --sign-out-all`.")
            return
        if verdict in (sessions.Verdict.MISSING, sessions.Verdict.ENDED) and \
                headers.get("hx-request") == "true":
            # A page left open (typing a note, say): keep it, and say so where results show.
            await _banner(send, "You have been signed out, so this was not done. Copy what "
                          "you typed, then start Afterword again (its shortcut, or `afterword "
                          "web`) to sign back in.", clear=self.cookie)
            return
        if verdict is sessions.Verdict.MISSING:
            await _refuse(send, 403, "Sign in to Afterword",
                          "Afterword opens only in a browser it has signed in, so that nobody "
                          "else (another user of this computer, or a web page) can use it as "
                          "you.\n\n" + HOW_TO_SIGN_IN)
            return
        if verdict is sessions.Verdict.ENDED:
            await _refuse(send, 403, "You have been signed out",
                          f"A sign-in lasts {sessions.IDLE.days} days after your last visit "
                          f"({sessions.LONGEST.days} at most), and ends on every browser "
                          "when someone runs `afterword web --sign-out-all`.\n\n" + HOW_TO_SIGN_IN,
                          clear=self.cookie)
            return
        renewed = None
        if verdict is sessions.Verdict.RENEW and signed_in is not None:
            renewed = sessions.header(self.cookie,
                                      sessions.make(signing_key, signed_in=signed_in, now=now))
        await self.app(scope, receive, _with_headers(send, renewed))


def _cookie(header: str, name: str) -> str | None:
    for part in header.split(";"):
        key, _, value = part.strip().partition("=")
        if key == name:
            return value
    return None


def _with_headers(send: Send, cookie: str | None = None) -> Send:
    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = list(message.get("headers", []))
            if cookie is not None:
                headers.append((b"set-cookie", cookie.encode("latin-1")))
            present = {k.lower() for k, _ in headers}
            for name, value in HEADERS:
                if name not in present:
                    headers.append((name, value))
            if b"content-security-policy" not in present:
                headers.append((b"content-security-policy", CSP.encode()))
            message["headers"] = headers
        await send(message)

    return wrapped


async def _redirect(send: Send, location: str, cookie: str | None) -> None:
    headers = [(b"location", location.encode("latin-1")), (b"content-length", b"0"), *HEADERS]
    if cookie is not None:
        headers.append((b"set-cookie", cookie.encode("latin-1")))
    await send({"type": "http.response.start", "status": 303, "headers": headers})
    await send({"type": "http.response.body", "body": b""})


async def _text(send: Send, text: str) -> None:
    body = text.encode()
    await send({"type": "http.response.start", "status": 200, "headers": [
        (b"content-type", b"text/plain; charset=utf-8"),
        (b"content-length", str(len(body)).encode()), *HEADERS]})
    await send({"type": "http.response.body", "body": body})


async def _refuse(send: Send, status: int, title: str, detail: str | None, *,
                  clear: str | None = None) -> None:
    import html

    body = (
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        f"<title>{html.escape(title)} · Afterword</title>"
        "<link rel=\"stylesheet\" href=\"/static/app.css\"></head>"
        "<body class=\"refused\"><main class=\"narrow\"><h1>" + html.escape(title) + "</h1>"
        + "".join(f"<p>{_code(html.escape(part))}</p>" for part in (detail or "").split("\n\n")
                  if part)
        + "</main></body></html>"
    ).encode()
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", b"text/html; charset=utf-8"),
        (b"content-length", str(len(body)).encode()),
        (b"content-security-policy", CSP.encode()), *HEADERS,
        *([(b"set-cookie", sessions.header(clear, "", max_age=0).encode())] if clear else [])]})
    await send({"type": "http.response.body", "body": body})


async def _banner(send: Send, text: str, *, clear: str) -> None:
    """The error banner of an HTMX fragment (as _banner.html), shown in the page's #flash."""
    import html

    body = ('<p class="banner banner-error" data-testid="banner-error">'
            f"<strong>Problem: </strong>{_code(html.escape(text))}</p>").encode()
    await send({"type": "http.response.start", "status": 403, "headers": [
        (b"content-type", b"text/html; charset=utf-8"),
        (b"content-length", str(len(body)).encode()),
        (b"hx-retarget", b"#flash"), (b"hx-reswap", b"innerHTML"),
        (b"content-security-policy", CSP.encode()), *HEADERS,
        (b"set-cookie", sessions.header(clear, "", max_age=0).encode())]})
    await send({"type": "http.response.body", "body": body})


def _code(escaped: str) -> str:
    """`command` in a refusal's text, shown as code (the text is already escaped)."""
    import re

    return re.sub(r"`([^`<>]+)`", r"<code>\1</code>", escaped)


async def check_csrf(request: Request) -> None:
    """A FastAPI dependency: a state-changing request must carry the install's CSRF token."""

    if request.method in SAFE_METHODS:
        return
    expected = request.app.state.afterword.csrf
    token = request.headers.get(CSRF_HEADER)
    if token is None:
        content_type = request.headers.get("content-type", "")
        if content_type.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
            form = await request.form()  # cached on the request: the route reads it again
            value = form.get(CSRF_FIELD)
            token = value if isinstance(value, str) else None
    if not same(token, expected):
        raise HTTPException(status_code=403, detail="This form has expired or did not come from "
                            "Afterword: reload the page and try again.")
