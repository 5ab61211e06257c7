"""`afterword backup` and `afterword restore`: the whole record, profile and settings as one JSON file."""

# No `from __future__ import annotations`: Typer reads every command's signature at start-up,
# and evaluating their annotations from strings took about as long as building the commands.

import json
from pathlib import Path
from typing import Annotated

import typer

from afterword.cli.common import STATE, YesOption, interactive, now
from afterword.errors import Refused


def backup(
    file: Annotated[Path, typer.Argument(help="Where to write the backup (JSON).")],
) -> None:
    """
    Write everything Afterword keeps, settings included, to one JSON file.

    Interviews, notes, the plan's history, your profile and settings; never your mail
    password (it stays in the keyring).

    Example: afterword backup ~/afterword-backup.json
    """
    import os

    from afterword.backups import in_words, take
    from afterword.cli import render
    from afterword.errors import CannotWrite
    from afterword.files import write_file

    if file.is_dir():
        raise CannotWrite(f"{file} is a folder, not a file",
                          hint=f"Give a file name inside it, e.g. {file / 'afterword-backup.json'}.")
    if not file.parent.is_dir():
        # Said of the file asked for, not of the temporary file it is first written to.
        raise CannotWrite(f"cannot write {file}: the folder {file.parent} does not exist",
                          hint=f"Create it first (mkdir -p {file.parent}) or choose another path.")
    data = take(STATE.store, STATE.config, now=now())
    tmp = file.with_name(file.name + ".tmp")
    write_file(tmp, json.dumps(data, indent=2, ensure_ascii=False) + "\n",
               example="afterword-backup.json")
    try:
        os.replace(tmp, file)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise CannotWrite(f"cannot write {file}: {exc.strerror or exc}",
                          hint="Give a file name you may write to.") from None
    settings = len(data["settings"])
    counts = in_words({name: len(rows) for name, rows in data["tables"].items()},
                      *([f"{settings} setting{'s' if settings != 1 else ''}"] if settings else []))
    render.success(f"Backed up {counts} to {render.escape(str(file))}.")


def restore(
    file: Annotated[Path, typer.Argument(help="A backup written by `afterword backup`.")],
    replace: Annotated[
        bool, typer.Option("--replace", help="Overwrite a store that already holds interviews.")
    ] = False,
    yes: YesOption = False,
) -> None:
    """
    Restore a backup into an empty store (or, with --replace, over the current one).

    Its profile and settings are restored too; settings it does not hold are kept. A
    backup that would change the mail server you have set up (smtp.host, smtp.port,
    smtp.security, smtp.user) shows the change and asks first (--yes: don't ask).

    Example: afterword --db new.db restore ~/afterword-backup.json
    """
    from afterword.backups import carry_out, in_words, plan
    from afterword.cli import render
    from afterword.files import read_json

    planned = plan(STATE.store, STATE.config, read_json(file, what="a backup written by `afterword backup` (a .json file)"))
    changes = planned.changes
    if planned.mail_server and not yes:
        render.changes("This backup would change where your mail password goes:",
                       [str(c) for c in planned.mail_server])
        if not interactive():
            raise Refused("not restoring a backup that changes your mail server without "
                          "confirmation", hint="Check the change above; add --yes to restore.")
        if not typer.confirm("Restore it with this mail server?", default=False):
            render.say("Nothing restored.")
            raise typer.Exit(1)
    try:
        counts = carry_out(STATE.store, STATE.config, planned, replace=replace)
    except Refused:
        if replace or not interactive():
            raise
        if not typer.confirm("This store already holds interviews. Replace everything?"):
            render.say("Nothing restored.")
            raise typer.Exit(1) from None
        counts = carry_out(STATE.store, STATE.config, planned, replace=True)
    render.success(f"Restored {in_words(counts)}.")
    render.changes("Settings restored:", [str(c) for c in changes], to_stderr=False)
