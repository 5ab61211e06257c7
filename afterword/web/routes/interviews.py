"""Interviews: the list, the new-interview form (or an import), editing, and one interview's page."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from afterword.config import Config
from afterword.errors import AfterwordError, InvalidInput
from afterword.web import interview_form as forms
from afterword.web.deps import (
    ConfigDep,
    PostedDep,
    RowId,
    StoreDep,
    error_text,
    fragment,
    home_zone,
    is_htmx,
    now,
    page,
    redirect,
    state,
)
from afterword.web.form_import import FILE_KEY, MAX_IMPORT, Imported, Upload, read_into
from afterword.web.form_reading import FormReading, read_form

router = APIRouter()


@router.get("/interviews")
def interview_list(request: Request, store: StoreDep, config: ConfigDep) -> Response:
    from afterword.model.service import list_interviews
    from afterword.plan.service import next_steps

    rows = list_interviews(store)
    steps = next_steps(store, config, now())
    for row in rows:
        row["next_step"] = steps.get(row["id"])
    return page(request, "interviews.html", {"rows": rows})


def _form_page(request: Request, form: forms.InterviewForm, *, editing: int | None = None,
               status: int = 200, **extra: Any) -> Response:
    from zoneinfo import available_timezones

    from afterword.compose.drafts import CHANNELS
    from afterword.model.enums import ApplicationStatus, InterviewFormat, values

    return page(request, "interview_form.html", {
        "form": form, "editing": editing, "reading": _reading(request, form),
        "zones": sorted(available_timezones()), "channels": CHANNELS,
        "statuses": values(ApplicationStatus), "formats": values(InterviewFormat),
        "import_errors": {}, **extra,
    }, status=status)


@router.get("/interviews/new")
def new_form(request: Request, config: ConfigDep) -> Response:
    form = forms.InterviewForm()
    form.values["interview.timezone"] = home_zone(config)
    form.values["application.status"] = "interviewing"
    form.values[form.key("interviewers", 1, "channel")] = "email"
    return _form_page(request, form)


# The field an "Add" or "Remove" button leaves the person in: the new block's first field,
# or after a removal the block that took its place (else the group's "Add" button).
_FIRST_FIELD = {"concerns": "concern", "improve": "answer", "interviewers": "name"}


def _edit_action(form: forms.InterviewForm, action: str) -> tuple[str, str] | None:
    """Apply an add/remove button: (its group, the field to focus), or None for no such button."""
    verb, _, rest = action.partition(":")
    group, _, number = rest.partition(":")
    if group not in forms.GROUPS:
        return None
    if verb == "add":
        forms.add_block(form, group)
        return group, form.key(group, form.counts[group], _FIRST_FIELD[group])
    if verb == "remove" and number.isdigit():
        n = int(number)
        forms.remove_block(form, group, n)
        n = min(n, form.counts[group])
        return group, (form.key(group, n, _FIRST_FIELD[group]) if n else f"add:{group}")
    return None


def _rows(request: Request, form: forms.InterviewForm, edited: tuple[str, str], *,
          editing: int | None = None, base: str | None = None) -> Response:
    """After an Add/Remove button: its group in place (htmx), else the whole form again
    (keeping the version the edit started from)."""
    group, focus = edited
    if not is_htmx(request):
        return _form_page(request, form, editing=editing, focus=focus, base=base)
    from afterword.compose.drafts import CHANNELS

    url = f"/interviews/{editing}/edit" if editing else "/interviews/new"
    return fragment(request, "_interview_rows.html", {
        "form": form, "group": group, "focus": focus, "url": url, "channels": CHANNELS,
        "reading": _reading(request, form)})


def _reading(request: Request, form: forms.InterviewForm) -> FormReading:
    """How the notes will read what the form holds (beside each free-text field)."""
    config = state(request).config
    return read_form(form, config, home_zone(config))


@router.post("/interviews/reading")
def form_reading(request: Request, posted: PostedDep) -> Response:
    """The live reading of the form as typed so far: every slot, swapped out of band."""
    return fragment(request, "_reading.html", {
        "reading": _reading(request, forms.from_post(posted)), "live": True})


async def _uploaded(request: Request) -> Upload | None:
    """The file chosen in the form's "Start from a file" field, if any (read, size-capped)."""
    posted = await request.form()
    upload = posted.get(FILE_KEY)
    if upload is None or isinstance(upload, str) or not upload.filename:
        return None
    return Upload(upload.filename, await upload.read(MAX_IMPORT + 1))


UploadDep = Annotated[Upload | None, Depends(_uploaded)]


@router.post("/interviews/new")
def create(request: Request, store: StoreDep, config: ConfigDep, posted: PostedDep,
           upload: UploadDep) -> Response:
    """Save the form; with a file chosen, the file fills the form first (one path: choosing a
    file and pressing Save stores what it says, or shows the form filled with its problems).
    "Read the file" (action=import) fills the form and stores nothing."""
    from afterword.model.service import add_interview

    form = forms.from_post(posted)
    action = posted.get("action", "")
    if edited := _edit_action(form, action):
        return _rows(request, form, edited)
    if forms.refuse_unreadable(form, posted, home_zone(config)):
        return _form_page(request, form, status=400)
    imported: Imported | None = None
    if upload is not None or action == "import":
        result = _read_file(request, form, upload, config)
        if isinstance(result, Response):
            return result
        imported, form = result, result.form
        if action == "import" or form.has_errors:
            return _imported_page(request, imported)
    try:
        added = add_interview(store, forms.to_file_text(form), source=forms.SOURCE,
                              default_zone=home_zone(config), now=now(), config=config)
    except InvalidInput as exc:
        forms.attach_errors(form, exc)
        extra: dict[str, Any] = ({"imported": imported.name, "import_notes": imported.notes}
                                 if imported else {})
        return _form_page(request, form, status=400, **extra)
    people = "interviewer" if added.interviewers == 1 else "interviewers"
    source = f" from {imported.name}" if imported else ""
    return redirect(request, f"/interviews/{added.interview_id}",
                    ("success", f"Stored{source}: {added.company}, {added.role} "
                                f"({added.interviewers} {people}). Next: write the thank-you "
                                "notes."),
                    *(("notice", n) for n in [*(imported.notices if imported else ()),
                                              *added.notices]))


@router.post("/interviews/import")
def import_file(request: Request, config: ConfigDep, posted: PostedDep,
                upload: UploadDep) -> Response:
    """Fill the form from an invitation (.ics) or an interview file; nothing is stored."""
    result = _read_file(request, forms.from_post(posted), upload, config)
    return result if isinstance(result, Response) else _imported_page(request, result)


def _read_file(request: Request, form: forms.InterviewForm, upload: Upload | None,
               config: Config) -> Imported | Response:
    """The form filled from the chosen file, or the form again with the file's problem."""
    if upload is None:
        return _form_page(request, form, status=400, import_errors={
            FILE_KEY: "Choose a calendar invitation (.ics) or an interview file (.toml)."})
    try:
        return read_into(form, upload, config=config, zone=home_zone(config), now=now())
    except AfterwordError as exc:
        return _form_page(request, form, status=400, import_errors={FILE_KEY: error_text(exc)})


def _imported_page(request: Request, imported: Imported) -> Response:
    """The form as the file filled it, to check and complete; focus on what was read."""
    return _form_page(request, imported.form, status=400 if imported.form.has_errors else 200,
                      imported=imported.name, import_notes=imported.notes, focus="imported")


def _stored_text(store: Any, interview_id: int) -> str:
    """The stored record as the form writes it: what an edit starts from (its base)."""
    from afterword.model.service import show_interview

    return forms.to_file_text(forms.from_record(show_interview(store, interview_id)))


@router.get("/interviews/{interview_id}/edit")
def edit_form(request: Request, interview_id: RowId, store: StoreDep) -> Response:
    from afterword.model.service import show_interview

    form = forms.from_record(show_interview(store, interview_id))
    forms.flag_over_limits(form)
    return _form_page(request, form, editing=interview_id, base=forms.to_file_text(form))


@router.post("/interviews/{interview_id}/edit")
def edit(request: Request, interview_id: RowId, store: StoreDep,
               config: ConfigDep, posted: PostedDep) -> Response:
    from afterword.model.service import replace_interview

    form = forms.from_post(posted)
    # The record as the form was opened on: a change made elsewhere since (another tab,
    # `afterword edit`) is kept, field by field, unless this edit changed the same field.
    base = (posted.get("base") or "").replace("\r\n", "\n") or None  # forms send CRLF
    if edited := _edit_action(form, posted.get("action", "")):
        return _rows(request, form, edited, editing=interview_id, base=base)
    if forms.refuse_unreadable(form, posted, home_zone(config)):
        return _form_page(request, form, editing=interview_id, status=400, base=base)
    changed_since = base is not None and _stored_text(store, interview_id) != base
    try:
        replaced = replace_interview(store, interview_id, forms.to_file_text(form),
                                     source=forms.SOURCE, default_zone=home_zone(config),
                                     now=now(), config=config, base=base)
    except InvalidInput as exc:
        forms.attach_errors(form, exc)
        return _form_page(request, form, editing=interview_id, status=400, base=base)
    since = (("notice", "This interview was changed somewhere else (another tab or the command "
                       "line) while you edited it: those changes are kept, except in the fields "
                       "you changed yourself."),) if changed_since else ()
    return redirect(request, f"/interviews/{interview_id}",
                    ("success", "Saved." if replaced.changes else "No changes."),
                    *since, *(("notice", n) for n in replaced.notices))


@router.get("/interviews/{interview_id}")
def interview_page(request: Request, interview_id: RowId, store: StoreDep,
                   config: ConfigDep) -> Response:
    from afterword.compose.drafts import ANGLES, CHANNELS, KINDS
    from afterword.compose.service import list_messages
    from afterword.model.enums import ApplicationStatus, values
    from afterword.model.service import show_interview
    from afterword.plan.service import plan_for_interview
    from afterword.web.drafting import EDITABLE
    from afterword.web.routes.messages import draft_card
    from afterword.web.steps import actions

    record = show_interview(store, interview_id, config)
    at = now()
    home = home_zone(config)
    summary, planned = plan_for_interview(store, config, interview_id, at)
    steps = [(s, actions(s)) for s in (p.to_dict(home) for p in planned)]
    messages = list_messages(store, interview_id)
    drafts = [draft_card(store, config, m, m["subject"], m["body"], at)
              for m in messages if m["state"] in EDITABLE and m["state"] != "cancelled"]
    others = [m for m in messages if m not in [d["message"] for d in drafts]]
    # What the record could say that no thank-you waits for (each draft lists its own).
    record_todo: list[str] = []
    if any(d["message"]["kind"] == "thank-you" for d in drafts):
        from afterword.compose.service import record_reading

        record_todo = record_reading(store, config, interview_id)["record_to_finish"]
    q = request.query_params
    choice = {"kind": q.get("kind", "thank-you"), "channel": q.get("channel", ""),
              "angle": q.get("angle", ""), "variant": q.get("variant", "0")}
    # ?note=N: the page answers an action on draft N, so its result shows beside that draft.
    note = q.get("note", "")
    flash_at = (f"draft-{note}" if any(str(d["message"]["id"]) == note for d in drafts)
                else None)
    return page(request, "interview.html", {
        "flash_at": flash_at,
        "iv": record, "summary": summary, "steps": steps, "drafts": drafts, "others": others,
        "kinds": KINDS, "channels": CHANNELS, "angles": ANGLES, "choice": choice,
        "statuses": values(ApplicationStatus), "record_todo": record_todo,
    })


@router.post("/interviews/{interview_id}/draft")
def draft(request: Request, interview_id: RowId, store: StoreDep,
                config: ConfigDep, posted: PostedDep) -> Response:
    from urllib.parse import urlencode

    from afterword.compose.service import draft_interview

    kind = posted.get("kind") or "thank-you"
    channel = posted.get("channel") or None
    angle = posted.get("angle") or None
    variant = int(posted["variant"]) if posted.get("variant", "").isdigit() else 0
    if posted.get("action") == "another":
        variant += 1
    from afterword.errors import Refused

    try:
        composed = draft_interview(store, config, interview_id, kind=kind, channel=channel,
                                   angle=angle, variant=variant,
                                   group=bool(posted.get("group")), now=now())
    except Refused as exc:  # everyone has their thank-you: say so here, in the app's words
        return redirect(request, f"/interviews/{interview_id}#drafts",
                        ("notice", exc.message[:1].upper() + exc.message[1:]
                         + ". Nothing new was drafted: choose “Follow-up” to write the next note."))
    query = urlencode({"kind": kind, "channel": channel or "", "angle": angle or "",
                       "variant": variant})
    notes = sorted({n for c in composed for n in c.notes})
    count = len(composed)
    return redirect(request, f"/interviews/{interview_id}?{query}#drafts",
                    ("success", f"Wrote {count} draft{'s' if count != 1 else ''}."),
                    *(("notice", n[:1].upper() + n[1:] + ".") for n in notes))


@router.post("/interviews/{interview_id}/status")
def status(request: Request, interview_id: RowId, store: StoreDep, posted: PostedDep) -> Response:
    from afterword.model.service import set_status

    result = set_status(store, interview_id, posted.get("status", ""), now=now())
    flashes = [("success", f"Status: {result['status']}.")]
    if result["cancelled"]:
        flashes.append(("notice", "Queued follow-ups were cancelled: "
                        + ", ".join(str(i) for i in result["cancelled"]) + "."))
    return redirect(request, f"/interviews/{interview_id}", *flashes)


@router.post("/interviews/{interview_id}/reply")
def reply(request: Request, interview_id: RowId, store: StoreDep,
                config: ConfigDep, posted: PostedDep) -> Response:
    from afterword.plan.service import record_reply, reply_outcome

    timeframe = posted.get("timeframe", "").strip() or None
    result = record_reply(store, interview_id, on=None, timeframe=timeframe, now=now(),
                          config=config)
    what = reply_outcome(result, config)
    return redirect(request, f"/interviews/{interview_id}",
                    ("success", f"Reply recorded: {what}."))


@router.post("/interviews/{interview_id}/skip")
def skip(request: Request, interview_id: RowId, store: StoreDep,
               config: ConfigDep, posted: PostedDep) -> Response:
    from afterword.plan.service import skip_step

    skip_step(store, config, interview_id, posted.get("step", ""), now())
    back = posted.get("back") or f"/interviews/{interview_id}"
    return redirect(request, back if back.startswith("/") and not back.startswith("//")
                    else "/", ("success", "Letting it rest."))


@router.post("/interviews/{interview_id}/delete")
def delete(request: Request, interview_id: RowId, store: StoreDep, posted: PostedDep) -> Response:
    from afterword.model.service import delete_interview

    if posted.get("confirm") != "yes":
        raise InvalidInput("tick the box to confirm that you want to delete it")
    summary = delete_interview(store, interview_id)
    return redirect(request, "/interviews",
                    ("success", f"Deleted the interview with {summary['company']}."))
