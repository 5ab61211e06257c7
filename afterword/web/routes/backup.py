"""Settings, "Your data": download a backup, restore one (the same use cases as
`afterword backup` and `afterword restore`, asking the same questions first)."""

from __future__ import annotations

import secrets
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from afterword.backups import RestorePlan, in_words
from afterword.errors import AfterwordError, InvalidInput
from afterword.web.deps import (
    ConfigDep,
    PostedDep,
    StoreDep,
    error_text,
    now,
    page,
    redirect,
)
from afterword.web.routes.settings import at_section

router = APIRouter()
# A backup holds every note and attachment (10 MB at most each); a record of years of job
# hunting stays far below this.
MAX_BACKUP = 100 * 1024 * 1024


async def _upload(request: Request) -> tuple[str, bytes] | None:
    """The chosen file's name and bytes (read on the event loop; the route runs in a thread)."""
    form = await request.form()
    upload = form.get("file")
    if upload is None or isinstance(upload, str) or not upload.filename:
        return None
    return upload.filename, await upload.read(MAX_BACKUP + 1)


UploadDep = Annotated[tuple[str, bytes] | None, Depends(_upload)]


def _waiting(request: Request) -> dict[str, RestorePlan]:
    """Restores waiting for the person's yes. One at a time: a new upload replaces the last."""
    state = request.app.state
    if not hasattr(state, "restores"):
        state.restores = {}
    waiting: dict[str, RestorePlan] = state.restores
    return waiting


@router.get("/backup.json")
def download(store: StoreDep, config: ConfigDep) -> Response:
    """Everything as one JSON file, as `afterword backup` writes it (never the password)."""
    import json

    from afterword.backups import take

    at = now()
    data = take(store, config, now=at)
    return Response(json.dumps(data, indent=2, ensure_ascii=False) + "\n",
                    media_type="application/json", headers={
                        "Content-Disposition":
                            f'attachment; filename="afterword-backup-{at:%Y-%m-%d}.json"'})


def _settings_error(request: Request, config: Any, text: str) -> Response:
    """Back to Settings, with the problem shown beside the Restore button."""
    return redirect(request, at_section("backup"), ("error", text))


@router.post("/settings-restore")
def upload(request: Request, store: StoreDep, config: ConfigDep, chosen: UploadDep) -> Response:
    """Read a backup; restore it at once into an empty record when it changes no mail
    server, else show what it would replace and change, and ask."""
    from afterword.backups import from_bytes, plan

    if chosen is None:
        return _settings_error(request, config, "Choose the backup file first (a .json file "
                               "that a backup wrote).")
    name, data = chosen
    try:
        if len(data) > MAX_BACKUP:
            raise InvalidInput(f"{name} is larger than an Afterword backup can be")
        planned = plan(store, config, from_bytes(data, name))
    except AfterwordError as exc:
        return _settings_error(request, config, error_text(exc))
    if planned.replaces or planned.mail_server:
        waiting = _waiting(request)
        waiting.clear()
        token = secrets.token_urlsafe(16)
        waiting[token] = planned
        return page(request, "restore.html", {"plan": planned, "token": token, "name": name,
                                              "holds": in_words(planned.rows)})
    return _restore(request, store, config, planned, replace=False)


@router.post("/settings-restore/confirm")
def confirm(request: Request, store: StoreDep, config: ConfigDep,
            posted: PostedDep) -> Response:
    """The person's answer to the questions `upload` asked."""
    waiting = _waiting(request)
    planned = waiting.get(posted.get("token", ""))
    if planned is None:
        return _settings_error(request, config, "That restore is no longer waiting (Afterword "
                               "was restarted, or another file was chosen since). Choose the "
                               "backup file again.")
    missing = []
    if planned.replaces and posted.get("replace") != "yes":
        missing.append("tick \u201cReplace everything stored now\u201d")
    if planned.mail_server and posted.get("mail_server") != "yes":
        missing.append("tick \u201cUse this mail server\u201d")
    if missing:
        return page(request, "restore.html", {
            "plan": planned, "token": posted.get("token", ""), "name": posted.get("name", ""),
            "holds": in_words(planned.rows), "error": "Nothing was restored. To restore it, " + " and ".join(missing) + "."},
            status=400)
    waiting.clear()
    return _restore(request, store, config, planned, replace=planned.replaces)


def _restore(request: Request, store: Any, config: Any, planned: RestorePlan, *,
             replace: bool) -> Response:
    from afterword.backups import carry_out

    try:
        counts = carry_out(store, config, planned, replace=replace)
    except AfterwordError as exc:
        return _settings_error(request, config, error_text(exc))
    flashes: list[tuple[str, ...]] = [("success", "Restored: " + in_words(counts) + (
        f", and {len(planned.changes)} setting{'s' if len(planned.changes) != 1 else ''}"
        if planned.changes else "") + ".")]
    if any(c.key.startswith("smtp.") for c in planned.changes):
        flashes.append(("notice", "A backup never holds your mail password: type it in "
                        "\u201cSending e-mail\u201d, then test the connection.",
                        "/settings#smtp"))
    return redirect(request, at_section("backup"), *flashes)

