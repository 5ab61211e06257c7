"""Reading and writing the user's files with errors that name the file (and the line, for JSON)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from afterword.errors import CannotWrite, InvalidInput

# How to re-save a file as UTF-8 in the editors people write interview files with.
_SAVE_AS_UTF8 = ("Save it as UTF-8: in Notepad, File > Save as, Encoding: UTF-8; in TextEdit, "
                 "Format > Make Plain Text, then save with Unicode (UTF-8).")


def missing_file(path: Path) -> InvalidInput:
    """The error for a file that is not there, saying where Afterword looked and, when a file
    there has a name close to it (a typo, a forgotten ".toml"), that name."""
    import difflib

    folder = path.parent.absolute()
    if not folder.is_dir():
        return InvalidInput(f"{path}: no such file (there is no folder {folder})",
                            hint="Check the path; a name with spaces needs quotes around it.")
    try:
        names = sorted(p.name for p in folder.iterdir() if p.is_file())
    except OSError:
        names = []
    # A forgotten ".toml", a typo in it (".tx"), or one in the name itself: then only a file
    # of the same kind whose name (not its ".toml") is close ("interview.toml" is not
    # "config.toml").
    same_kind = {Path(n).stem: n for n in names if Path(n).suffix == path.suffix}
    close = [n for n in names if n.startswith(path.name + ".")
             or (Path(n).stem == path.stem and path.suffix)][:1] or [
        same_kind[s] for s in difflib.get_close_matches(path.stem, list(same_kind), n=1,
                                                        cutoff=0.75)]
    if close:
        hint = f"Did you mean {path.with_name(close[0])}?"
    else:
        hint = (f"Check its name and folder (Afterword looked in {folder}); a name with "
                "spaces needs quotes around it.")
    return InvalidInput(f"{path}: no such file", hint=hint)


def read_bytes(path: Path) -> bytes:
    """The file's bytes; raises InvalidInput naming the file when it cannot be read."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise missing_file(path) from None
    except IsADirectoryError:
        raise InvalidInput(f"{path} is a folder, not a file") from None
    except OSError as exc:
        raise InvalidInput(f"{path}: cannot be read ({exc.strerror or exc})") from None


def read_text(path: Path) -> str:
    """The file's UTF-8 text (a byte-order mark, as Notepad writes, is dropped).

    Raises InvalidInput naming the file when it cannot be read or is in another encoding.
    """
    return decode_text(read_bytes(path), source=str(path))


def decode_text(data: bytes, *, source: str) -> str:
    """UTF-8 bytes as text, with or without a byte-order mark; else InvalidInput in plain words."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InvalidInput(f"{source} is saved as UTF-16 (\u201cUnicode\u201d), which Afterword "
                           "does not read", hint=_SAVE_AS_UTF8)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InvalidInput(
            f"{source}, line {line}: the file is not UTF-8 text (it was probably saved as "
            "ANSI, Latin-1 or Windows-1252)",
            hint=_SAVE_AS_UTF8,
        ) from None


def read_json(path: Path, *, what: str | None = None) -> Any:
    """The file's JSON; a syntax error names its line, and `what` the file should have been
    ("a backup written by `afterword backup`"), for the hint."""
    text = read_text(path)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        hint = f"Is it the right file? This needs {what}." if what else None
        raise InvalidInput(f"{path}, line {exc.lineno}: not valid JSON ({exc.msg})",
                           hint=hint) from None


def write_file(path: Path, data: str | bytes, *, example: str = "note.txt") -> None:
    """Write `data` (text as UTF-8) to `path`; raises CannotWrite naming the path and what to do."""
    if path.is_dir():
        raise CannotWrite(f"{path} is a folder, not a file",
                          hint=f"Give a file name inside it, e.g. {path / example}.")
    parent = path.parent
    if not parent.is_dir():
        raise CannotWrite(f"cannot write {path}: the folder {parent} does not exist",
                          hint=f"Create it first (mkdir -p {parent}) or choose another path.")
    try:
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, encoding="utf-8")
    except OSError as exc:
        raise CannotWrite(f"cannot write {path}: {exc.strerror or exc}",
                          hint="Check that you may write there, or choose another path.") from None
