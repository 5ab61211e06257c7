"""Outbox: notes on their way (queued, sent, failed, held, unknown), and what to do about each."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from afterword.web.deps import ConfigDep, PostedDep, RowId, StoreDep, now, page, redirect

router = APIRouter()


@router.get("/outbox")
def outbox_page(request: Request, store: StoreDep) -> Response:
    from afterword.deliver import outbox
    from afterword.deliver.service import outbox_rows

    return page(request, "outbox.html", {"rows": outbox_rows(store),
                                         "last_run": outbox.last_run(store)})


@router.post("/outbox/dispatch")
def dispatch_now(request: Request, store: StoreDep, config: ConfigDep) -> Response:
    """Send every queued note whose time has come, now."""
    from afterword.clock import now as clock
    from afterword.deliver.service import dispatch

    report = dispatch(store, config, now(), clock=clock)
    parts = [f"{len(ids)} {word}" for ids, word in (
        (report.sent, "sent"), (report.retry, "to try again"), (report.failed, "failed"),
        (report.unknown, "unknown"), (report.held, "held")) if ids]
    text = ("Sent what was due: " + ", ".join(parts) + ".") if parts else "Nothing was due."
    flashes = [("success" if not (report.failed or report.unknown or report.held) else "notice",
                text)]
    if report.error:
        flashes.append(("error", f"The mail server could not be reached: {report.error}"))
    return redirect(request, "/outbox", *flashes)


@router.post("/messages/{message_id}/cancel")
def cancel(request: Request, message_id: RowId, store: StoreDep, _posted: PostedDep) -> Response:
    from afterword.deliver.service import cancel as cancel_message

    cancel_message(store, message_id, now())
    return redirect(request, "/outbox", ("success", f"Note {message_id} is a draft again."))


@router.post("/messages/{message_id}/delete")
def delete(request: Request, message_id: RowId, store: StoreDep, _posted: PostedDep) -> Response:
    from afterword.deliver.service import delete_message

    gone = delete_message(store, message_id)
    return redirect(request, f"/interviews/{gone['interview']}",
                    ("success", f"Deleted the {gone['kind']} to {gone['to']} (note {message_id})."))


@router.post("/messages/{message_id}/confirm")
def confirm(request: Request, message_id: RowId, store: StoreDep, posted: PostedDep) -> Response:
    from afterword.deliver.service import confirm as confirm_message

    sent = posted.get("sent") == "yes"
    confirm_message(store, message_id, sent, now())
    text = ("recorded as sent" if sent else "a draft again: send it when you are ready")
    return redirect(request, "/outbox", ("success", f"Note {message_id} is {text}."))
