"""Safe by default: the Host check (DNS rebinding), the per-start key, CSRF tokens, headers.

`afterword web` makes a random secret at each start and prints it in the address it opens.
The first request with `?key=SECRET` turns it into a cookie for this port; every later
request must carry that cookie, so neither another local user nor a web page in the same
browser can drive the app. A request whose Host header is not the exact address served
is refused (a DNS-rebinding page would send its own host name). State-changing requests
also carry a CSRF token derived from the secret, and a foreign Origin is refused.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import parse_qsl, urlencode

from fastapi import HTTPException, Request

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


def derive(secret: str, purpose: str) -> str:
    """A value bound to this start's secret and one purpose (the cookie, the CSRF token)."""
    return hmac.new(secret.encode(), purpose.encode(), hashlib.sha256).hexdigest()


def same(a: str | None, b: str) -> bool:
    return a is not None and hmac.compare_digest(a.encode(), b.encode())


def cookie_name(port: int) -> str:
    # Cookies ignore ports: naming it by port keeps two instances from clashing.
    return f"afterword-{port}"


class Guard:
    """ASGI middleware: refuses a wrong Host or Origin, swaps the key for a cookie, checks it."""

    def __init__(self, app: ASGIApp, *, secret: str, host: str, port: int) -> None:
        self.app = app
        self.authority = f"{host}:{port}"
        # localhost is this machine too (browsers never ask DNS for it): the same app.
        self.authorities = {self.authority}
        if host == "127.0.0.1":
            self.authorities.add(f"localhost:{port}")
        self.origins = {f"http://{a}" for a in self.authorities}
        self.secret = secret
        self.session = derive(secret, "session")
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
        query = parse_qsl(scope.get("query_string", b"").decode("latin-1"),
                          keep_blank_values=True)
        key = dict(query).get(KEY_PARAM)
        if key is not None and same(key, self.secret) and method in SAFE_METHODS:
            rest = urlencode([(k, v) for k, v in query if k != KEY_PARAM])
            location = path + (f"?{rest}" if rest else "")
            cookie = (f"{self.cookie}={self.session}; Path=/; HttpOnly; SameSite=Strict")
            await _redirect(send, location, cookie)
            return
        if not same(_cookie(headers.get("cookie", ""), self.cookie), self.session):
            await _refuse(send, 403, "Open the address that `afterword web` printed",
                          "It holds a key made for this run only, so that nobody else (another "
                          "user of this computer, or a web page) can use Afterword as you. "
                          "Stop `afterword web` with Ctrl+C and start it again for a new one.")
            return
        await self.app(scope, receive, _with_headers(send))


def _cookie(header: str, name: str) -> str | None:
    for part in header.split(";"):
        key, _, value = part.strip().partition("=")
        if key == name:
            return value
    return None


def _with_headers(send: Send) -> Send:
    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = list(message.get("headers", []))
            present = {k.lower() for k, _ in headers}
            for name, value in HEADERS:
                if name not in present:
                    headers.append((name, value))
            if b"content-security-policy" not in present:
                headers.append((b"content-security-policy", CSP.encode()))
            message["headers"] = headers
        await send(message)

    return wrapped


async def _redirect(send: Send, location: str, cookie: str) -> None:
    await send({"type": "http.response.start", "status": 303, "headers": [
        (b"location", location.encode("latin-1")), (b"set-cookie", cookie.encode("latin-1")),
        (b"content-length", b"0"), *HEADERS]})
    await send({"type": "http.response.body", "body": b""})


async def _refuse(send: Send, status: int, title: str, detail: str | None) -> None:
    import html

    body = (
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        f"<title>{html.escape(title)} · Afterword</title>"
        "<link rel=\"stylesheet\" href=\"/static/app.css\"></head>"
        "<body class=\"refused\"><main class=\"narrow\"><h1>" + html.escape(title) + "</h1>"
        + (f"<p>{html.escape(detail)}</p>" if detail else "")
        + "</main></body></html>"
    ).encode()
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", b"text/html; charset=utf-8"),
        (b"content-length", str(len(body)).encode()),
        (b"content-security-policy", CSP.encode()), *HEADERS]})
    await send({"type": "http.response.body", "body": body})


async def check_csrf(request: Request) -> None:
    """A FastAPI dependency: a state-changing request must carry this start's CSRF token."""

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
