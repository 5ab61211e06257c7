"""`afterword backup` and `afterword restore`: the whole record as one JSON file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from afterword.cli.common import STATE, interactive, now
from afterword.errors import InvalidInput, Refused


def backup(
    file: Annotated[Path, typer.Argument(help="Where to write the backup (JSON).")],
) -> None:
    """
    Write everything Afterword stores to one JSON file.

    Example: afterword backup ~/afterword-backup.json
    """
    import os

    from afterword.cli import render
    from afterword.store.backup import backup as take

    data = take(STATE.store, now=now())
    tmp = file.with_name(file.name + ".tmp")
    try:
        tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        os.replace(tmp, file)
    except OSError as exc:
        raise InvalidInput(f"{file}: cannot be written ({exc.strerror})") from None
    counts = ", ".join(f"{len(rows)} {name}" for name, rows in data["tables"].items())
    render.success(f"Backed up {counts} to {render.escape(str(file))}.")


def restore(
    file: Annotated[Path, typer.Argument(help="A backup written by `afterword backup`.")],
    replace: Annotated[
        bool, typer.Option("--replace", help="Overwrite a store that already holds interviews.")
    ] = False,
) -> None:
    """
    Restore a backup into an empty store (or, with --replace, over the current one).

    Example: afterword --db new.db restore ~/afterword-backup.json
    """
    from afterword.cli import render
    from afterword.files import read_json
    from afterword.store.backup import restore as load

    data = read_json(file)
    try:
        counts = load(STATE.store, data, replace=replace)
    except Refused:
        if replace or not interactive():
            raise
        if not typer.confirm("This store already holds interviews. Replace everything?"):
            render.say("Nothing restored.")
            raise typer.Exit(1) from None
        counts = load(STATE.store, data, replace=True)
    summary = ", ".join(f"{n} {name}" for name, n in counts.items())
    render.success(f"Restored {summary}.")
