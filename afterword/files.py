"""Reading the user's files with errors that name the file (and the line, for JSON)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from afterword.errors import InvalidInput


def read_text(path: Path) -> str:
    """The file's UTF-8 text; raises InvalidInput naming the file when it cannot be read."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InvalidInput(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput(f"{path}: cannot be read ({exc})") from None


def read_json(path: Path) -> Any:
    """The file's JSON; a syntax error names its line."""
    text = read_text(path)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"{path}, line {exc.lineno}: not valid JSON ({exc.msg})") from None
