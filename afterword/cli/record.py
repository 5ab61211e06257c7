"""Commands that capture and keep interviews: add, new, list, show, edit, status, delete."""

# No `from __future__ import annotations`: Typer reads every command's signature at start-up,
# and evaluating their annotations from strings took about as long as building the commands.

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from afterword.cli.common import (
    STATE,
    FormatOption,
    InterviewId,
    OutputFormat,
    YesOption,
    interactive,
    now,
    profile_locale,
)
from afterword.errors import AfterwordError, InvalidInput

if TYPE_CHECKING:
    from afterword.plan.invitation_file import ImportedInvitation



def add(
    file: Annotated[
        Path,
        typer.Argument(help="An interview file (TOML) or a calendar invitation (.ics).",
                       show_default=False),
    ],
    company: Annotated[
        str | None, typer.Option(help="With an invitation: the company (else asked).")
    ] = None,
    role: Annotated[
        str | None, typer.Option(help="With an invitation: the role (else asked).")
    ] = None,
) -> None:
    """
    Store an interview from an interview file or a calendar invitation (.ics).

    Nothing is stored unless the whole file is valid. From an invitation, the organizer
    and attendees become the interviewers (your own address is left out).

    Example: afterword add examples/acme-data-engineer.toml
    """
    from afterword.cli import render
    from afterword.cli.common import profile_zone
    from afterword.model import service

    source = str(file)
    imported = None
    if file.suffix.lower() == ".ics":
        imported = _from_invitation(file, company, role)
        text = imported.text
        source = f"{file} (as an interview file)"
    else:
        from afterword.files import read_text

        text = read_text(file)
    added = service.add_interview(
        STATE.store, text, source=source, default_zone=profile_zone(), now=now(),
        config=STATE.config,
    )
    for notice in (*(imported.notices if imported else ()), *added.notices):
        render.notice(notice)
    people = "interviewer" if added.interviewers == 1 else "interviewers"
    render.success(
        f"Stored interview [bold]{added.interview_id}[/]: {render.escape(added.company)}, "
        f"{render.escape(added.role)} ({added.interviewers} {people})."
    )
    for line in imported.understood if imported else ():  # what was read from the invitation
        render.say(f"  {render.escape(line)}")
    _show_reading(added.interview_id, full=True)
    render.say(f"Next: [bold]afterword show {added.interview_id}[/], then "
               f"[bold]afterword draft {added.interview_id}[/]")


def _from_invitation(file: Path, company: str | None, role: str | None) -> "ImportedInvitation":
    from afterword.cli.common import profile_zone
    from afterword.files import read_bytes
    from afterword.plan.invitation_file import import_invitation

    data = read_bytes(file)
    missing = [name for name, value in (("--company", company), ("--role", role)) if not value]
    if missing and interactive():
        company = company or typer.prompt("Company").strip()
        role = role or typer.prompt("Role").strip()
    elif missing:
        raise InvalidInput(
            "an invitation does not say which company and role it is for",
            hint="Give " + " and ".join(missing) + ", e.g. --company \"Acme\" --role \"Analyst\".",
        )
    own = [e for e in [STATE.config.get("profile.email")] if e]
    return import_invitation(data, company=company or "", role=role or "", own_emails=own,
                             default_zone=profile_zone(), source=str(file), now=now())


def new(
    out: Annotated[
        Path | None,
        typer.Option("--out", help="Where to write the interview file (default: data dir)."),
    ] = None,
) -> None:
    """
    Answer a few questions about an interview; Afterword writes the file and stores it.

    Only prompts on a terminal; elsewhere use `afterword add FILE`.

    Example: afterword new
    """
    if not interactive():
        raise AfterwordError(
            "`afterword new` asks questions, and there is no terminal to ask them on",
            hint="Write an interview file (see examples/ and docs/interview-file.md) and run "
            "`afterword add FILE`.",
        )
    from afterword.cli import interview_prompt, render
    from afterword.cli.common import profile_zone
    from afterword.model import service

    try:
        text, path = interview_prompt.ask(default_zone=profile_zone(), out=out)
    except typer.Abort:
        # Ctrl+C (or Ctrl+D) at a question: click would say only "Aborted!".
        render.say("\nStopped: nothing was stored.")
        raise typer.Exit(1) from None
    try:
        added = service.add_interview(
            STATE.store, text, source=str(path), default_zone=profile_zone(), now=now(),
            config=STATE.config,
        )
    except AfterwordError as exc:
        # The answers are safe in the file: say where, and how to carry on from it.
        exc.hint = ((exc.hint + " ") if exc.hint else "") + (
            f"Your answers are kept in {path}; once this is put right, "
            f"`afterword add {path}` stores them.")
        raise
    for notice in added.notices:
        render.notice(notice)
    _show_reading(added.interview_id, full=True)
    render.success(
        f"Wrote {render.escape(str(path))} and stored interview [bold]{added.interview_id}[/]."
    )


def list_(fmt: FormatOption = OutputFormat.TEXT) -> None:
    """
    List the stored interviews, newest first.

    Example: afterword list --format json
    """
    from afterword.cli import render
    from afterword.model import service
    from afterword.plan.service import next_steps

    rows = service.list_interviews(STATE.store)
    steps = next_steps(STATE.store, STATE.config, now())
    for row in rows:
        row["next_step"] = steps.get(row["id"])
    if fmt is OutputFormat.JSON:
        render.json_out(rows)
    else:
        from afterword.cli.common import profile_zone

        render.interview_table(rows, profile_zone())


def show(interview_id: InterviewId, fmt: FormatOption = OutputFormat.TEXT) -> None:
    """
    Show everything recorded about one interview.

    Example: afterword show 1
    """
    from afterword.cli import render
    from afterword.model import service

    data = service.show_interview(STATE.store, interview_id, STATE.config)
    if fmt is OutputFormat.JSON:
        render.json_out(data)
    else:
        from afterword.cli.common import profile_zone

        render.interview(data, profile_zone())
        _show_reading(interview_id, full=False)


def edit(
    interview_id: InterviewId,
    discard: Annotated[
        bool, typer.Option("--discard", help="Drop your unfinished edit of this interview.")
    ] = False,
) -> None:
    """
    Edit an interview in your $EDITOR as an interview file; it is checked again on save.

    If the edited file is not valid, nothing changes and your edit is kept: run the
    command again to continue where you left off (it shows what your edit changes and
    what changed since), or drop it with --discard. Continuing never undoes a change made
    in between, such as a new status. Without $EDITOR, nano is used where installed.

    Example: afterword edit 1   (uses $EDITOR, e.g. EDITOR=nano)
    """
    from afterword.cli import render
    from afterword.cli.common import profile_zone
    from afterword.files import read_text
    from afterword.model import file_diff, service

    store = STATE.store
    draft = _draft_path(interview_id)
    base_path = draft.with_suffix(".base.toml")  # the record as it was when the edit began
    if discard:
        if not draft.exists():
            render.say(f"There is no unfinished edit of interview {interview_id}.")
            return
        draft.unlink()
        base_path.unlink(missing_ok=True)
        render.success(f"Dropped your unfinished edit of interview {interview_id}.")
        return
    current = service.interview_file_text(store, interview_id)  # NotFound first
    if draft.exists():
        text = read_text(draft)
        # An edit kept by an older Afterword has no base: compare with the record instead.
        base = read_text(base_path) if base_path.exists() else current
        render.notice(f"Continuing your unfinished edit ({draft}). To drop it instead: "
                      f"afterword edit {interview_id} --discard")
        render.changes("Your edit changes:", file_diff.changes(base, text))
        render.changes("Changed in the record since you began (kept unless your edit "
                       "changes the same field):", file_diff.changes(base, current))
    else:
        text = base = current
    while True:
        draft.parent.mkdir(parents=True, exist_ok=True)
        draft.write_text(text, encoding="utf-8")
        base_path.write_text(base, encoding="utf-8")
        _run_editor(draft)
        text = read_text(draft)
        if text == current:  # saved as it was, or quit without saving (":q!")
            replaced = service.Replaced([])
            break
        try:
            replaced = service.replace_interview(
                store, interview_id, text, source=str(draft), default_zone=profile_zone(),
                now=now(), base=base, config=STATE.config,
            )
        except InvalidInput as exc:
            render.error(exc)
            if interactive() and typer.confirm("Edit again?", default=True):
                continue
            raise AfterwordError(
                "the interview was not changed",
                hint=f"Your edit is kept in {draft}; `afterword edit {interview_id}` "
                f"continues from it, `afterword edit {interview_id} --discard` drops it.",
            ) from None
        break
    draft.unlink(missing_ok=True)
    base_path.unlink(missing_ok=True)
    for notice in replaced.notices:
        render.notice(notice)
    if not replaced.changes:
        render.say(f"No changes: interview {interview_id} is as it was.")
        return
    render.success(f"Saved interview [bold]{interview_id}[/].")
    render.changes("Changed:", replaced.changes, to_stderr=False)
    _show_reading(interview_id, full=True)


def _show_reading(interview_id: int, *, full: bool) -> None:
    """How the drafts will read the record's jotted fields (issue 13: the record helps)."""
    from afterword.cli import render
    from afterword.compose.service import record_reading

    render.record_reading(record_reading(STATE.store, STATE.config, interview_id), full=full)


def _run_editor(path: Path) -> None:
    import os
    import shlex
    import shutil
    import subprocess
    import sys

    # $VISUAL, then $EDITOR, then nano (the editor a newcomer can leave), then vi.
    command = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if not command:
        command = next((e for e in ("nano", "vi") if shutil.which(e)), "")
        if command == "vi":
            # vi gives a newcomer no clue how to leave it: say it before it opens.
            print("Opening the file in vi. To save and leave: press Esc, type :wq and press "
                  "Enter (:q! leaves without saving). Set $EDITOR to use another editor.",
                  file=sys.stderr)
    if not command:
        raise AfterwordError(
            "there is no editor to open: $EDITOR is not set and neither nano nor vi is "
            "installed",
            hint=f"Install nano, or set $EDITOR, e.g. EDITOR=gedit. The file is {path}.",
        )
    argv = shlex.split(command)
    try:
        result = subprocess.run([*argv, str(path)], check=False)
    except OSError as exc:
        raise AfterwordError(
            f"could not start your editor ({command}): {exc.strerror or exc}",
            hint=f"Set $EDITOR, e.g. EDITOR=nano. Your edit is kept in {path}.",
        ) from None
    if result.returncode != 0:
        raise AfterwordError(
            f"your editor exited with status {result.returncode}; nothing was saved",
            hint=f"Your edit is kept in {path}; run the command again to continue.",
        )


def _draft_path(interview_id: int) -> Path:
    """Where an unfinished edit waits; one per database, so two stores never share a draft."""
    import hashlib

    import platformdirs

    tag = hashlib.sha256(STATE.store.url.encode()).hexdigest()[:8]
    folder = Path(platformdirs.user_data_dir("afterword")) / "edits"
    return folder / f"interview-{interview_id}-{tag}.toml"


def status(
    interview_id: InterviewId,
    new_status: Annotated[
        str,
        typer.Argument(
            metavar="STATUS",
            help="applied, interviewing, offer, rejected or withdrawn.",
            show_default=False,
        ),
    ],
) -> None:
    """
    Set the status of an interview's application.

    Example: afterword status 1 offer
    """
    from afterword.cli import render
    from afterword.model import service

    result = service.set_status(STATE.store, interview_id, new_status, now=now())
    render.success(
        f"{render.escape(result['company'])} ({render.escape(result['role'])}): "
        f"{result['before']} → [bold]{result['status']}[/]."
    )


def delete(interview_id: InterviewId, yes: YesOption = False) -> None:
    """
    Delete an interview (and its application, if it was the only round).

    Example: afterword delete 3 --yes
    """
    from afterword.cli import render
    from afterword.model import service

    store = STATE.store
    what = service.describe(interview_id, store, profile_locale())
    if not yes:
        if not interactive():
            raise AfterwordError(
                f"not deleting interview {interview_id} ({what}) without confirmation",
                hint="Add --yes to delete it.",
            )
        if not typer.confirm(f"Delete interview {interview_id} ({what})?", default=False):
            render.say("Nothing deleted.")
            raise typer.Exit(1)
    result = service.delete_interview(store, interview_id)
    extra = " and its application" if result["application_deleted"] else ""
    render.success(f"Deleted interview {interview_id} ({render.escape(what)}){extra}.")
