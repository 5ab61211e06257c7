"""One note: edit with the review live, accept or ignore findings, send, export, mark as sent."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from afterword.config import Config
from afterword.errors import InvalidInput, Refused
from afterword.model import limits
from afterword.store.db import Store
from afterword.web import drafting, highlight
from afterword.web.deps import (
    ConfigDep,
    PostedDep,
    RowId,
    StoreDep,
    error_link,
    error_text,
    fragment,
    home_zone,
    is_htmx,
    now,
    page,
    redirect,
    sentence,
)

router = APIRouter()
_FROM_REVIEW = re.compile(r"\([a-z]+(?:-[a-z]+)*\)$")


def draft_card(store: Store, config: Config, message: dict[str, Any], subject: str | None,
               body: str, at: datetime, *, status: str | None = None) -> dict[str, Any]:
    """What the page shows for one editable note: its text, review and state."""
    reviewed = drafting.review_text(store, config, message["id"], subject=subject, body=body,
                                    now=at)
    subject, body = drafting.split_subject(message["channel"], subject, body)
    # What the draft lacks, less the review's findings "(rule-id)": the live review lists those.
    missing = [item for item in message["incomplete"] if not _FROM_REVIEW.search(item)]
    earlier: list[dict[str, Any]] = []
    if message["channel"] == "email":
        from afterword.deliver.service import earlier_notes

        earlier = earlier_notes(store, message["id"])
    return {"message": message, "subject": subject or "", "body": body, "status": status,
            "missing": missing, "conflict": None, "earlier": earlier,
            "version": drafting.version(message["subject"], message["body"]),
            "view": highlight.view(reviewed.findings, body, subject, reviewed.ignored,
                                   unfinished=bool(missing))}


def _back(posted: dict[str, str], default: str) -> str:
    back = posted.get("back") or default
    return back if back.startswith("/") and not back.startswith("//") else default


def _at_draft(message: dict[str, Any]) -> str:
    """The interview page at this draft, with the result of an action shown beside it."""
    return f"/interviews/{message['interview']}?note={message['id']}#draft-{message['id']}"


def _save_posted(store: Store, config: Config, message_id: RowId,
                 posted: dict[str, str]) -> dict[str, Any]:
    """Save the editor's text when it was posted and differs; returns the stored message."""
    from afterword.compose.service import get_message, save_message_text

    message = get_message(store, message_id)
    if "body" not in posted:
        return message
    subject, body = drafting.split_subject(message["channel"], posted.get("subject"),
                                           posted["body"].replace("\r\n", "\n"))
    if body.strip("\n") == message["body"] and subject == (message["subject"] or None):
        return message
    started = posted.get("version")
    if started and started != drafting.version(message["subject"], message["body"]):
        # Another tab saved since this editor opened: saving now would erase that text.
        raise drafting.StaleDraft(message_id, subject, body)
    for name, text, limit in (("subject", subject or "", limits.SUBJECT),
                              ("note", body, limits.BODY)):
        reason = limits.too_long(text, limit)
        if reason:  # refused whole: nothing is cut, the editor still holds it
            raise InvalidInput(f"the {name} {reason}")
    if message["state"] not in drafting.EDITABLE:
        raise InvalidInput(f"message {message_id} is {message['state']}: it can no longer be "
                           "edited", hint="Take it back from the outbox first, if it has not "
                           "gone out yet.")
    save_message_text(store, config, message_id,
                      drafting.editor_text(message["channel"], subject, body), now=now())
    return get_message(store, message_id)


def _card_response(request: Request, store: Store, config: Config, message_id: RowId,
                   status: str | None) -> Response:
    from afterword.compose.service import get_message

    message = get_message(store, message_id)
    if not is_htmx(request):
        flashes = [("success", status)] if status else []
        return redirect(request, _at_draft(message),
                        *flashes)
    card = draft_card(store, config, message, message["subject"], message["body"], now(),
                      status=status)
    return fragment(request, "_draft.html", {"d": card})


def stale_response(request: Request, exc: drafting.StaleDraft) -> Response:
    """Both texts side by side: the user's (still in the editor, unsaved) and the saved one.

    The editor now carries the saved version's fingerprint, so saving again keeps the user's.
    """
    from afterword.compose.service import get_message

    web = request.app.state.afterword
    message = get_message(web.store, exc.message_id)
    card = draft_card(web.store, web.config, message, exc.subject, exc.body, now())
    card["conflict"] = {"subject": message["subject"] or "", "body": message["body"]}
    if is_htmx(request):
        return fragment(request, "_draft.html", {"d": card}, status=409)
    return page(request, "conflict.html", {"d": card}, status=409)


@router.post("/messages/{message_id}/review")
def live_review(request: Request, message_id: RowId, store: StoreDep,
                      config: ConfigDep, posted: PostedDep) -> Response:
    """The review of the editor's text as it stands (nothing is saved): the findings panel."""
    from afterword.compose.service import get_message

    message = get_message(store, message_id)
    card = draft_card(store, config, message, posted.get("subject"),
                      posted.get("body", "").replace("\r\n", "\n"), now())
    return fragment(request, "_review.html", {"d": card, "oob": True})


@router.post("/messages/{message_id}/save")
def save(request: Request, message_id: RowId, store: StoreDep,
               config: ConfigDep, posted: PostedDep) -> Response:
    _save_posted(store, config, message_id, posted)
    return _card_response(request, store, config, message_id, "Saved.")


def _finding(store: Store, config: Config, message: dict[str, Any], key: str) -> Any:
    reviewed = drafting.review_text(store, config, message["id"], subject=message["subject"],
                                    body=message["body"], now=now())
    found = highlight.find(reviewed.findings, key)
    if found is None:
        raise InvalidInput("that finding no longer applies: the text has changed",
                           hint="The review below is up to date.")
    return found


@router.post("/messages/{message_id}/accept")
def accept(request: Request, message_id: RowId, store: StoreDep,
                 config: ConfigDep, posted: PostedDep) -> Response:
    """Put a finding's replacement in place of the words it flagged, and save."""
    from afterword.compose.service import save_message_text

    message = _save_posted(store, config, message_id, posted)
    found = _finding(store, config, message, posted.get("key", ""))
    if found.replacement is None or found.start is None or found.end is None:
        raise InvalidInput("that finding has no replacement to accept")
    subject, body = message["subject"], message["body"]
    if found.field == "subject":
        subject = (subject or "")[:found.start] + found.replacement + (subject or "")[found.end:]
    else:
        body = body[:found.start] + found.replacement + body[found.end:]
    save_message_text(store, config, message_id,
                      drafting.editor_text(message["channel"], subject, body), now=now())
    return _card_response(request, store, config, message_id,
                          f"Accepted: \u201c{found.replacement}\u201d.")


@router.post("/messages/{message_id}/ignore")
def ignore(request: Request, message_id: RowId, store: StoreDep,
                 config: ConfigDep, posted: PostedDep) -> Response:
    """Ignore a finding for this note: that rule, those words (the send gate honours it)."""
    from afterword.review.ignored import entry

    message = _save_posted(store, config, message_id, posted)
    found = _finding(store, config, message, posted.get("key", ""))
    drafting.set_ignored(store, message_id, entry(found, message["body"], message["subject"]),
                         ignore=True)
    return _card_response(request, store, config, message_id,
                          f"Ignored {found.rule} for this note.")


@router.post("/messages/{message_id}/restore")
def restore(request: Request, message_id: RowId, store: StoreDep,
                  config: ConfigDep, posted: PostedDep) -> Response:
    """Stop ignoring a finding."""
    _save_posted(store, config, message_id, posted)
    try:
        stored = json.loads(posted.get("entry", ""))
    except ValueError:
        stored = None
    if not isinstance(stored, dict):
        raise InvalidInput("that ignored finding is not known")
    drafting.set_ignored(store, message_id, stored, ignore=False)
    return _card_response(request, store, config, message_id, "The finding is back.")


def _when(text: str, config: Config) -> datetime | None:
    """A time typed in the schedule field (your zone); empty: the plan's suggested time."""
    from afterword.timezones import zone

    text = text.strip()
    if not text or text == "plan":
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise InvalidInput(f"{text!r} is not a date and time",
                           hint="Pick a day and a time, e.g. 2026-03-03 09:30.") from None
    return value if value.tzinfo else value.replace(tzinfo=zone(home_zone(config)))


def _repeat_of(posted: dict[str, str]) -> int | None:
    """The earlier note this one repeats, when the person ticked "send this one as well"."""
    from afterword.web.deps import MAX_ID

    value = posted.get("repeat_of", "").strip()
    return int(value) if value.isdigit() and 0 < int(value) <= MAX_ID else None


@router.post("/messages/{message_id}/send")
def send(request: Request, message_id: RowId, store: StoreDep,
               config: ConfigDep, posted: PostedDep) -> Response:
    """Queue the note (at the plan's time, a chosen time, or now); now also sends it."""
    from afterword.deliver.service import ReviewRefused, dispatch, queue
    from afterword.web.filters import dispatched_text

    message = _save_posted(store, config, message_id, posted)
    back = _back(posted, _at_draft(message))
    immediately = posted.get("when", "").strip() == "now"
    at = now()
    from afterword.deliver.smtp import Settings

    Settings.from_config(config)  # no mail server set up: say so, and queue nothing
    try:
        queued = queue(store, config, message_id,
                       at=at if immediately else _when(posted.get("at", ""), config), now=at,
                       override_plan=bool(posted.get("override_plan")),
                       override_review=bool(posted.get("override_review")),
                       as_is=bool(posted.get("as_is")),
                       cc=posted.get("cc", "").strip() or None,
                       repeat_of=_repeat_of(posted))
    except ReviewRefused as exc:
        found = "; ".join(f"{f.rule}: {f.message}" for f in exc.findings)
        return redirect(request, back, ("error", f"Not sent: {exc.message} ({found}). Fix it "
                                        "in the editor, ignore the finding for this note, or "
                                        "tick \u201csend despite the review\u201d."))
    except Refused as exc:
        return redirect(request, back, ("error", f"Not sent: {error_text(exc)}",
                                        error_link(exc)))
    notes = [("notice", sentence(n)) for n in queued.notes]
    if not immediately:
        from afterword.dates import user_locale
        from afterword.web.filters import moment_text

        return redirect(request, back, ("success", f"Scheduled for "
                                        f"{moment_text(queued.at, home_zone(config), user_locale(config))}."),
                        *notes)
    report = dispatch(store, config, now(), only=[message_id])
    kind, text = dispatched_text(report, message_id)
    return redirect(request, back, (kind, text), *notes)


@router.post("/messages/{message_id}/mark-sent")
def mark_sent(request: Request, message_id: RowId, store: StoreDep,
                    config: ConfigDep, posted: PostedDep) -> Response:
    from afterword.plan.service import mark_sent as plan_mark_sent

    message = _save_posted(store, config, message_id, posted)
    back = _back(posted, f"/interviews/{message['interview']}")
    result = plan_mark_sent(store, config, message_id, on=None, via=None, now=now())
    flashes = [("success", f"Marked the note to {result['to']} as sent.")]
    if result["warning"]:
        flashes.append(("notice", f"The plan advised against this: {result['warning']}"))
    elif result["note"]:
        flashes.append(("notice", result["note"]))
    return redirect(request, back, *flashes)


def _eml(store: Store, config: Config, message: dict[str, Any]) -> Response:
    from afterword.deliver.service import export_eml

    data, _ = export_eml(store, config, message["id"], now())
    return Response(data, media_type="message/rfc822", headers={
        "Content-Disposition": f'attachment; filename="note-{message["id"]}.eml"'})


def _txt(store: Store, config: Config, message: dict[str, Any]) -> Response:
    from afterword.deliver.export import to_txt

    return Response(to_txt(message), media_type="text/plain; charset=utf-8", headers={
        "Content-Disposition": f'attachment; filename="note-{message["id"]}.txt"'})


def _card(store: Store, config: Config, message: dict[str, Any]) -> Response:
    from afterword.deliver.export import to_card_html
    from afterword.web.security import CARD_CSP

    response = HTMLResponse(to_card_html(message))
    response.headers["Content-Security-Policy"] = CARD_CSP
    return response


def _file_routes(form: str, render: Callable[[Store, Config, dict[str, Any]], Response],
                 doc: str) -> None:
    """GET /messages/ID/FORM gives the stored note as FORM; POST, from the editor's buttons,
    saves the text posted with it first, so the file holds what the user sees."""

    def stored(message_id: RowId, store: StoreDep, config: ConfigDep) -> Response:
        from afterword.compose.service import get_message

        return render(store, config, get_message(store, message_id))

    def saved(message_id: RowId, store: StoreDep, config: ConfigDep,
              posted: PostedDep) -> Response:
        return render(store, config, _save_posted(store, config, message_id, posted))

    stored.__doc__ = doc
    router.get(f"/messages/{{message_id}}/{form}", name=form)(stored)
    router.post(f"/messages/{{message_id}}/{form}", name=f"save_and_{form}")(saved)


_file_routes("eml", _eml, "The note as an .eml file to open in a mail program.")
_file_routes("txt", _txt, "The note as plain text (its subject on the first line), as "
                          "`export --as txt` writes it.")
_file_routes("card", _card, "The printable card (A6), as `afterword export --as card` writes it.")


@router.get("/messages/{message_id}/card.pdf")
def card_pdf(message_id: RowId, store: StoreDep) -> Response:
    from afterword.compose.service import get_message
    from afterword.deliver.export import to_card_pdf

    data = to_card_pdf(get_message(store, message_id))
    return Response(data, media_type="application/pdf", headers={
        "Content-Disposition": f'inline; filename="card-{message_id}.pdf"'})


# The list's filters: which states each shows (None: every note).
SHOWN = {"all": None, "drafts": ("draft", "held", "failed", "cancelled"),
         "going": ("queued", "sending", "unknown"), "sent": ("sent",)}


@router.get("/messages")
def message_list(request: Request, store: StoreDep, show: str = "all") -> Response:
    """Every note, newest first, with its interview: as `afterword messages` lists them."""
    from afterword.compose.service import list_messages
    from afterword.model.service import list_interviews

    interviews = {row["id"]: row for row in list_interviews(store)}
    show = show if show in SHOWN else "all"
    states = SHOWN[show]
    everything = list_messages(store)
    rows = [m for m in reversed(everything) if states is None or m["state"] in states]
    counts = {key: sum(1 for m in everything if wanted is None or m["state"] in wanted)
              for key, wanted in SHOWN.items()}
    return page(request, "messages.html", {"rows": rows, "interviews": interviews,
                                           "show": show, "counts": counts,
                                           "editable": drafting.EDITABLE})


@router.get("/messages/{message_id}")
def message_page(request: Request, message_id: RowId, store: StoreDep) -> Response:
    """A note on its own (a sent or queued one reads here); drafts live on their interview."""
    from afterword.compose.service import get_message

    message = get_message(store, message_id)
    return page(request, "message.html", {"m": message})
