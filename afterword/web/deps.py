"""What every route shares: the store and settings as typed dependencies, the clock, rendering.

Routes read the form, call one service and render one template through `page()` (a whole
page) or `fragment()` (an HTMX swap); both give every template the CSRF token. Flash
messages survive a redirect in a cookie signed with the install's session key (shown once, always
escaped): cookies ignore ports, so another local site could otherwise write one.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path as FilePath
from typing import Annotated, Any

from fastapi import Depends, Path, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from afterword.config import Config
from afterword.store.db import Store
from afterword.web import filters
from afterword.web.install import Install

TEMPLATES = FilePath(__file__).parent / "templates"


class LiveConfig:
    """The settings file, read again when it changes on disk (`afterword config set` or
    `afterword mail password` in a terminal while the app runs)."""

    def __init__(self, config: Config) -> None:
        self._config = config
        self._stamp: int | None = -1  # read once on first use: it may have changed since
        self._lock = threading.Lock()

    def _mtime(self) -> int | None:
        try:
            return self._config.path.stat().st_mtime_ns
        except OSError:
            return None

    def get(self) -> Config:
        with self._lock:
            stamp = self._mtime()
            if stamp != self._stamp:
                self._config = Config(self._config.path)
                self._stamp = stamp
            return self._config


@dataclass
class WebState:
    """One running app: its store, settings, install (keys) and address."""

    store: Store
    live: LiveConfig
    install: Install
    host: str
    port: int

    @property
    def config(self) -> Config:
        return self.live.get()

    @property
    def csrf(self) -> str:
        # From the install's session key: a form left open survives a restart, and
        # `afterword web --sign-out-all` (a new key) makes every open form stale too.
        from afterword.web.security import derive

        return derive(self.install.session_key, "csrf")

    @property
    def flash_key(self) -> str:
        from afterword.web.security import derive

        return derive(self.install.session_key, "flash")

    @property
    def flash_cookie(self) -> str:
        return f"afterword-flash-{self.port}"


def state(request: Request) -> WebState:
    web: WebState = request.app.state.afterword
    return web


def _store(request: Request) -> Store:
    return state(request).store


def _config(request: Request) -> Config:
    return state(request).config


StoreDep = Annotated[Store, Depends(_store)]
# A row id as the URL gives it. Ids are INTEGER columns (32 bits on PostgreSQL): a larger
# number names nothing, and must be the friendly 404 rather than the driver's OverflowError
# (app.py turns a bad path parameter into "There is no such page").
MAX_ID = 2**31 - 1
RowId = Annotated[int, Path(ge=1, le=MAX_ID)]
ConfigDep = Annotated[Config, Depends(_config)]


def now() -> datetime:
    """The current time (`AFTERWORD_NOW` fixes it, as for the CLI)."""
    from afterword.clock import now as clock_now

    return clock_now()


def home_zone(config: Config) -> str:
    """The profile's time zone, else this computer's."""
    from afterword.timezones import local_zone_name

    return config.get("profile.timezone") or local_zone_name()


templates = Jinja2Templates(directory=str(TEMPLATES))
filters.install(templates.env)


def is_htmx(request: Request) -> bool:
    return request.headers.get("hx-request") == "true"


def fragment(request: Request, name: str, context: dict[str, Any] | None = None, *,
             status: int = 200) -> HTMLResponse:
    """Render a partial template for an HTMX swap, with the CSRF token its forms need."""
    web = state(request)
    data = {"csrf": web.csrf, "home": home_zone(web.config), **(context or {})}
    return templates.TemplateResponse(request, name, data, status_code=status)


def page(request: Request, name: str, context: dict[str, Any] | None = None, *,
         status: int = 200) -> HTMLResponse:
    """Render template `name` with what every page needs (CSRF token, flash, zone, nav)."""
    from afterword.dates import user_locale

    web = state(request)
    flashes = _read_flash(request, web)
    data = {
        "request": request,
        "csrf": web.csrf,
        "flashes": flashes,
        "home": home_zone(web.config),
        "locale": user_locale(web.config),  # dates in the user's convention (filters.py)
        "nav": request.url.path,
        **(context or {}),
    }
    response = templates.TemplateResponse(request, name, data, status_code=status)
    if flashes:
        response.delete_cookie(web.flash_cookie, path="/")
    return response


def redirect(request: Request, url: str, *flashes: tuple[str | None, ...]) -> Response:
    """303 to `url`, carrying flash messages for one page: ("success"|"notice"|"error", text),
    or with a third item, a local address to link to (hints.PLACES names it)."""
    web = state(request)
    response = RedirectResponse(url, status_code=303)
    if flashes:
        payload = base64.urlsafe_b64encode(json.dumps(list(flashes)).encode()).decode()
        payload = f"{payload}.{_sign(web, payload)}"
        response.set_cookie(web.flash_cookie, payload, path="/", httponly=True,
                            samesite="strict")
    return response


def _read_flash(request: Request, web: WebState) -> list[tuple[str, str, str | None]]:
    raw = request.cookies.get(web.flash_cookie)
    if not raw:
        return []
    payload, _, signature = raw.rpartition(".")
    if not hmac.compare_digest(signature.encode(), _sign(web, payload).encode()):
        return []  # not written by this app: another local page may have set it
    try:
        items = json.loads(base64.urlsafe_b64decode(payload.encode()))
        return [(str(item[0]), str(item[1]), _local(item[2] if len(item) > 2 else None))
                for item in items if item[0] in ("success", "notice", "error")]
    except (ValueError, TypeError, IndexError, KeyError):
        return []


def _local(href: Any) -> str | None:
    from afterword.web.hints import PLACES

    return href if isinstance(href, str) and href in PLACES else None


def _sign(web: WebState, payload: str) -> str:
    return hmac.new(web.flash_key.encode(), payload.encode(), hashlib.sha256).hexdigest()


def sentence(text: str) -> str:
    """`text` with a capital first letter and one closing full stop (none added after ?!.)."""
    text = text.strip()
    if not text:
        return text
    text = text[:1].upper() + text[1:]
    return text if text[-1] in ".?!" else text + "."


def error_text(exc: Any) -> str:
    """An AfterwordError as one or two sentences, its hint in the web's words (hints.py)."""
    from afterword.web.hints import for_web, message_for_web

    message = sentence(message_for_web(str(getattr(exc, "message", exc))))
    hint = for_web(getattr(exc, "hint", None))
    return f"{message} {sentence(hint.text)}" if hint else message


def error_link(exc: Any) -> str | None:
    """Where the person can fix what `exc` is about, if the app has such a place."""
    from afterword.web.hints import for_web

    hint = for_web(getattr(exc, "hint", None))
    return hint.href if hint else None


async def form_data(request: Request) -> dict[str, str]:
    """The posted form's text fields (files are read by the routes that take them)."""
    form = await request.form()
    return {k: v for k, v in form.multi_items() if isinstance(v, str)}


# The form, read on the event loop, for a plain `def` route: FastAPI runs those in a thread
# pool, so a slow mail server or a long review never holds up other pages.
PostedDep = Annotated[dict[str, str], Depends(form_data)]
