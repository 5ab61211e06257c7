"""Guides for the person using the app: how sending works, in the app's own words (the
command line's version is docs/sending.md)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from afterword.web.deps import page

router = APIRouter()


@router.get("/guide/sending")
def sending(request: Request) -> Response:
    return page(request, "guide_sending.html")
