"""Desktop shortcuts that start `afterword web`, one kind per platform, for people who do not type.

- Linux: an `afterword.desktop` entry in the applications menu (freedesktop Desktop Entry spec);
  it opens a terminal window, and closing that window stops Afterword.
- macOS: `Afterword.command` on the desktop: a double-click runs it in Terminal.
- Windows: `Afterword.cmd` on the desktop: a double-click runs it in a console window.

Each runs this Python with `-m afterword`, so it keeps working whatever put `afterword` on
the PATH (pipx, a venv), plus the `--config`/`--db` in use, so it opens the same data.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from pathlib import Path

from afterword.errors import Refused

# Characters that make a Desktop Entry Exec argument need quotes (the spec's reserved list).
_RESERVED = re.compile(r"[\s\"'\\><~|&;$*?#()`]")


@dataclass(frozen=True)
class Shortcut:
    path: Path
    text: str
    executable: bool  # made executable (the macOS file must be)
    where: str        # where the person finds it, in plain words


def command(python: str, *, config: str | None, db: str | None) -> list[str]:
    """The command a shortcut runs. Refuses a database address that holds a password: a
    shortcut's command is shown to every user of the computer while it runs."""
    args = [python, "-m", "afterword"]
    if config:
        args += ["--config", config]
    if db:
        if re.match(r"^[a-z0-9+]+://[^/@]*:[^/@]*@", db):
            raise Refused("the database address holds a password, which a shortcut would show "
                          "to every user of this computer while it runs",
                          hint="Set AFTERWORD_DB in your session instead, or use a PostgreSQL "
                               "password file (~/.pgpass), then make the shortcut again.")
        args += ["--db", db]
    return [*args, "web"]


def label_for(db: str | None) -> str | None:
    """A short name for a database named with `--db` (its file's name), for the shortcut."""
    if not db:
        return None
    name = db.rstrip("/").rsplit("/", 1)[-1].rsplit("\\", 1)[-1]
    name = re.sub(r"\.(db|sqlite3?)$", "", name)
    return re.sub(r"[^\w .-]", "", name)[:40] or None


def shortcut(platform: str, args: list[str], *, desktop: Path, data_home: Path,
             label: str | None = None) -> Shortcut:
    """The shortcut for `platform` (sys.platform) that runs `args`; `label` names the
    database when it is not the usual one, so each has its own shortcut."""
    title = f"Afterword ({label})" if label else "Afterword"
    if platform.startswith("linux") or platform.startswith("freebsd"):
        stem = "afterword-" + re.sub(r"[^\w.-]", "-", label) if label else "afterword"
        text = ("[Desktop Entry]\n"
                "Type=Application\n"
                "Version=1.0\n"
                f"Name={title}\n"
                "Comment=Thank-you notes after a job interview\n"
                f"Exec={' '.join(_desktop_arg(a) for a in args)}\n"
                "Icon=mail-send\n"
                "Terminal=true\n"
                "Categories=Office;\n")
        return Shortcut(data_home / "applications" / f"{stem}.desktop", text, False,
                        "in your applications menu (search for Afterword)")
    if platform == "darwin":
        text = ("#!/bin/sh\n"
                "# Starts Afterword and opens it in your browser. Close this window to stop it.\n"
                f"exec {shlex.join(args)}\n")
        return Shortcut(desktop / f"{title}.command", text, True,
                        f"on your desktop ({title}.command)")
    if platform == "win32":
        line = " ".join(f'"{a}"'.replace("%", "%%") for a in args)
        text = ("@echo off\r\n"
                "rem Starts Afterword and opens it in your browser. Close this window to stop "
                "it.\r\n"
                f"{line}\r\n"
                "if errorlevel 1 pause\r\n")  # keep the window open to read an error
        return Shortcut(desktop / f"{title}.cmd", text, False,
                        f"on your desktop ({title}.cmd)")
    raise Refused(f"Afterword cannot make a shortcut on this system ({platform})",
                  hint="Make one by hand that runs `afterword web`: see docs/web.md.")


def _desktop_arg(arg: str) -> str:
    """One Exec argument, quoted and escaped as the Desktop Entry spec says."""
    arg = arg.replace("%", "%%")  # field codes (%u, %f) start with %
    if not _RESERVED.search(arg):
        return arg
    quoted = re.sub(r'(["`$\\])', r"\\\1", arg)
    # The file's own string escapes apply first, so each backslash is written twice.
    return '"' + quoted.replace("\\", "\\\\") + '"'


def write(item: Shortcut) -> None:
    """Write the shortcut (replacing an older one), making its folder if need be."""
    from afterword.errors import CannotWrite

    try:
        item.path.parent.mkdir(parents=True, exist_ok=True)
        item.path.write_text(item.text, encoding="utf-8", newline="")
        if item.executable:
            item.path.chmod(0o755)
    except OSError as exc:
        raise CannotWrite(f"{item.path} cannot be written ({exc.strerror})",
                          hint="Check that you may write to that folder.") from None
