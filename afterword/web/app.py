"""The web app: `create_app(store, config, ...)` builds it over the same services as the CLI.

Routes live in `routes/`, one module per page; this module wires them, the safety layer
(`security.py`), the error pages and, while the app runs, the dispatcher that sends
queued notes at their time (the deliver service's exactly-once path).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime
from pathlib import Path

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException  # what routing raises for an unknown path

from afterword.config import Config
from afterword.errors import AfterwordError, NotFound
from afterword.store.db import Store, StoreError
from afterword.web import deps, security
from afterword.web.drafting import StaleDraft
from afterword.web.install import Install

STATIC = Path(__file__).parent / "static"
# How often the dispatcher looks for due notes while the app is open: as `dispatch --watch`.
DISPATCH_INTERVAL = 60.0
# How often it reads the inbox for replies, when that is set up: as `dispatch --watch`'s
# --inbox-every default. Dispatch itself also reads it just before a follow-up goes out.
INBOX_INTERVAL = 15 * 60.0
log = logging.getLogger("afterword.web")


class Dispatcher:
    """A thread that runs the deliver service's `dispatch` every `interval` seconds."""

    def __init__(self, store: Store, live: deps.LiveConfig,
                 interval: float = DISPATCH_INTERVAL,
                 inbox_interval: float = INBOX_INTERVAL) -> None:
        self.store, self.live, self.interval = store, live, interval
        self.inbox_interval = inbox_interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="afterword-dispatch",
                                        daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=10)

    def _run(self) -> None:
        from afterword.clock import now
        from afterword.deliver.service import dispatch

        last_read = float("-inf")
        while not self._stop.is_set():
            if time.monotonic() - last_read >= self.inbox_interval:
                last_read = time.monotonic()
                self._read_inbox(now())
            try:
                report = dispatch(self.store, self.live.get(), now(), clock=now)
                if report.sent or report.failed or report.unknown or report.held:
                    log.info("dispatched: sent %s, failed %s, unknown %s, held %s",
                             report.sent, report.failed, report.unknown, report.held)
            except StoreError as exc:  # the database is busy or damaged: say so, retry later
                log.warning("dispatch: %s", exc.message)
            except AfterwordError as exc:  # no mail server set up yet: nothing to send with
                log.debug("dispatch: %s", exc.message)
            except Exception:  # a crash here must not take the app down; the next run retries
                log.exception("dispatch failed")
            self._stop.wait(self.interval)

    def _read_inbox(self, at: datetime) -> None:
        """Read the inbox for replies (when set up), so Today shows them without a click."""
        from afterword.inbox.service import check
        from afterword.inbox.settings import is_configured

        config = self.live.get()
        if not is_configured(config):
            return
        try:
            found = check(self.store, config, at).found
            if found:
                log.info("inbox: %d new repl%s", len(found), "y" if len(found) == 1 else "ies")
        except AfterwordError as exc:  # server down, wrong password: Today's button says it
            log.warning("inbox: %s", exc.message)
        except Exception:  # a crash here must not take the app down; the next round retries
            log.exception("reading the inbox failed")


def create_app(store: Store, config: Config, *, install: Install, host: str, port: int,
               dispatch: bool = True) -> FastAPI:
    """The web app over `store` and `config`, served at `host:port`; `install` holds the
    keys that sign browsers in (install.py).

    With `dispatch`, queued notes are sent at their time while it runs.
    """
    from afterword.web.routes import (
        backup,
        guides,
        interviews,
        messages,
        outbox,
        replies,
        review,
        rules,
        settings,
        signing,
        today,
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        worker = Dispatcher(store, live) if dispatch else None
        if worker is not None:
            worker.start()
        try:
            yield
        finally:
            if worker is not None:
                worker.stop()

    app = FastAPI(title="Afterword", docs_url=None, redoc_url=None, openapi_url=None,
                  lifespan=lifespan, dependencies=[Depends(security.check_csrf)])
    live = deps.LiveConfig(config)
    app.state.afterword = deps.WebState(store=store, live=live, install=install, host=host,
                                        port=port)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    for module in (today, interviews, messages, review, outbox, settings, signing, replies, rules,
                   backup, guides):
        app.include_router(module.router)
    app.add_exception_handler(StaleDraft, messages.stale_response)  # type: ignore[arg-type]
    app.add_exception_handler(AfterwordError, _afterword_error)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _bad_request)
    app.add_middleware(security.Guard, install=install, host=host, port=port)
    return app


def _error_page(request: Request, status: int, title: str, text: str,
                href: str | None = None) -> Response:
    if deps.is_htmx(request):
        response = deps.templates.TemplateResponse(
            request, "_banner.html", {"kind": "error", "text": text, "href": href},
            status_code=status)
        response.headers["HX-Retarget"] = "#flash"
        response.headers["HX-Reswap"] = "innerHTML"
        return response
    return deps.page(request, "error.html", {"title": title, "text": text, "href": href,
                                             "back": _came_from(request)}, status=status)


def _came_from(request: Request) -> str | None:
    """The page of this app the person was on (the Referer, same origin only, path alone:
    never a sign-in key), so an error after a form leads back to it, not to Today."""
    from urllib.parse import urlsplit

    referer = urlsplit(request.headers.get("referer", ""))
    if referer.netloc != request.url.netloc or not referer.path.startswith("/"):
        return None
    # "//host" and "/\\host" are read by browsers as another site: a path of ours only.
    if referer.path[1:2] in ("/", "\\") or referer.path in ("/", request.url.path):
        return None
    return referer.path


async def _afterword_error(request: Request, exc: Exception) -> Response:
    status = 404 if isinstance(exc, NotFound) else 400
    title = "Not found" if status == 404 else "That did not work"
    return _error_page(request, status, title, deps.error_text(exc), deps.error_link(exc))


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 404:
        return _error_page(request, 404, "Not found", "There is no such page.")
    if exc.status_code == 405:
        return HTMLResponse("Method not allowed", status_code=405)
    return _error_page(request, exc.status_code, "Refused", str(exc.detail))


async def _bad_request(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    if any(error.get("loc", ("",))[0] == "path" for error in exc.errors()):
        # /interviews/abc or an id past any stored one: the address names nothing.
        return _error_page(request, 404, "Not found", "There is no such page.")
    return _error_page(request, 400, "That did not work",
                       "The request was incomplete or malformed: reload the page and try again.")
