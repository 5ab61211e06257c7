"""Replies found in the mailbox, on Today: what each says, what it would change, and the
buttons to apply, dismiss or correct it (the same service as `afterword inbox`)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from afterword.errors import AfterwordError
from afterword.web.deps import (
    ConfigDep,
    PostedDep,
    RowId,
    StoreDep,
    error_text,
    now,
    redirect,
    sentence,
)

router = APIRouter()

RECENT = timedelta(days=7)
"""How long a reply already dealt with stays on Today: long enough to notice it after a weekend."""

RECENT_SHOWN = 10

KIND_WORDS = {
    "reply": "Reply", "rejection": "Not moving forward", "scheduling": "Next round",
    "offer": "Offer", "auto-reply": "Automatic reply", "bounce": "Did not arrive",
}
# The existing badge colours: red for bad news, green for good, blue for a next step.
KIND_BADGE = {
    "reply": "done", "rejection": "failed", "scheduling": "scheduled", "offer": "sent",
    "auto-reply": "draft", "bounce": "failed",
}
STATUS_WORDS = {"rejected": "as not moving forward (rejected)", "offer": "as an offer"}


def for_today(store: Any, config: Any, at: datetime) -> list[dict[str, Any]]:
    """The replies to show on Today: every one waiting for the user, then recent others."""
    from afterword.inbox.service import WAITING, replies

    shown: list[dict[str, Any]] = []
    recent = 0
    for found in replies(store, config):
        waiting = found.state in WAITING
        if not waiting:
            if recent >= RECENT_SHOWN or _received(found.received) < at - RECENT:
                continue
            recent += 1
        shown.append(_view(found, waiting))
    shown.sort(key=lambda r: not r["waiting"])  # waiting first; each group newest first
    return shown


def _received(iso: str) -> datetime:
    return datetime.fromisoformat(iso)


def _view(found: Any, waiting: bool) -> dict[str, Any]:
    from afterword.inbox.service import PERSON_KINDS

    return {
        "id": found.id, "sender": found.sender, "company": found.company,
        "interview": found.interview, "received": _received(found.received),
        "subject": found.subject, "kind": found.kind,
        "kind_words": KIND_WORDS.get(found.kind, found.kind),
        "badge": KIND_BADGE.get(found.kind, "draft"), "cues": found.cues,
        "excerpt": found.excerpt, "timeframe": found.timeframe, "state": found.state,
        "waiting": waiting, "proposal": proposal_text(found), "changes": found.changes,
        "candidates": found.candidates, "corrected": found.corrected,
        "correctable": found.kind in PERSON_KINDS or found.kind == "auto-reply",
    }


def proposal_text(found: Any) -> str | None:
    """What applying the reply would change, in one sentence, or None when nothing waits."""
    # A proposal not yet recorded proposes, once applied, the status its kind implies (as
    # afterword.inbox.service._apply_reply does).
    proposal = found.proposal or {"rejection": "rejected", "offer": "offer"}.get(found.kind)
    status = STATUS_WORDS.get(proposal or "", proposal)
    if found.state == "proposed":
        parts = ["record it as their answer, so the follow-ups to them pause"]
        if found.timeframe:
            parts.append(f"plan the next one after \u201c{found.timeframe}\u201d")
        if status:
            parts.append(f"mark the application {status}")
        if proposal == "rejected":
            parts.append("draft a gracious reply to their decision")
        return sentence("Apply will " + _join(parts))
    if found.state == "status" and status:
        extra = " and draft a gracious reply to their decision" if found.proposal == "rejected" else ""
        return sentence(f"Apply will mark the application {status}{extra}")
    return None


def _join(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


@router.post("/replies/check")
def check(request: Request, store: StoreDep, config: ConfigDep, _posted: PostedDep) -> Response:
    """Read the mailbox now (read-only) and come back to Today with what was found."""
    from afterword.inbox.service import check as check_inbox

    try:
        report = check_inbox(store, config, now())
    except AfterwordError as exc:
        return redirect(request, "/", ("error", error_text(exc)))
    count = len(report.found)
    if not count:
        return redirect(request, "/", ("success", "No new replies."))
    words = "1 new reply" if count == 1 else f"{count} new replies"
    return redirect(request, "/", ("success", f"{words}: see Replies below."))


@router.post("/replies/{reply_id}/apply")
def apply(request: Request, reply_id: RowId, store: StoreDep, config: ConfigDep,
          posted: PostedDep) -> Response:
    from afterword.inbox.service import apply as apply_reply

    chosen = posted.get("interview", "").strip()
    try:
        found = apply_reply(store, config, reply_id, now(),
                            interview_id=int(chosen) if chosen.isdigit() else None)
    except AfterwordError as exc:
        return redirect(request, "/", ("error", error_text(exc)))
    done = "; ".join(found.changes[-3:]) if found.changes else "nothing else to change"
    return redirect(request, "/", ("success", sentence(f"Applied the reply from {found.sender}: {done}")))


@router.post("/replies/{reply_id}/dismiss")
def dismiss(request: Request, reply_id: RowId, store: StoreDep, config: ConfigDep,
            _posted: PostedDep) -> Response:
    from afterword.inbox.service import dismiss as dismiss_reply

    try:
        found = dismiss_reply(store, config, reply_id, now())
    except AfterwordError as exc:
        return redirect(request, "/", ("error", error_text(exc)))
    return redirect(request, "/", ("success", f"Left the mail from {found.sender} as it is: nothing changed."))


@router.post("/replies/{reply_id}/correct")
def correct(request: Request, reply_id: RowId, store: StoreDep, config: ConfigDep,
            posted: PostedDep) -> Response:
    from afterword.inbox.service import correct as correct_reply

    kind = posted.get("kind", "")
    try:
        found = correct_reply(store, config, reply_id, kind, now())
    except AfterwordError as exc:
        return redirect(request, "/", ("error", error_text(exc)))
    text = f"The mail from {found.sender} is now read as \u201c{KIND_WORDS.get(found.kind, found.kind)}\u201d."
    follow = proposal_text(found)
    return redirect(request, "/", ("success", f"{text} {follow}" if follow else text))
