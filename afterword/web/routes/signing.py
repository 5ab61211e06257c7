"""Signing out from the app itself: this browser, or every browser (as `--sign-out-all`)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from afterword.web import sessions
from afterword.web.deps import PostedDep, state, templates
from afterword.web.security import cookie_name

router = APIRouter()
# For the Settings page's "Signing in" card: the lifetimes sessions.py enforces.
templates.env.globals["sign_in"] = {"idle_days": sessions.IDLE.days,
                                    "longest_days": sessions.LONGEST.days}


def _signed_out(request: Request) -> Response:
    """To the start page, without the cookie: it then says how to sign in again."""
    response = RedirectResponse("/", status_code=303)
    name = cookie_name(state(request).port)
    response.headers.append("set-cookie", sessions.header(name, "", max_age=0))
    return response


@router.post("/sign-out")
def sign_out(request: Request, _posted: PostedDep) -> Response:
    """Sign this browser out (another browser stays signed in)."""
    return _signed_out(request)


@router.post("/sign-out-all")
def sign_out_all(request: Request, _posted: PostedDep) -> Response:
    """Sign every browser out: a new session key, as `afterword web --sign-out-all`."""
    state(request).install.sign_out_all()
    return _signed_out(request)
