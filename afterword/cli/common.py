"""What every command shares: the global options' state, output formats, exit codes, the store."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum, StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperGroup

if TYPE_CHECKING:
    from datetime import datetime

    from afterword.config import Config
    from afterword.store.db import Store


class OutputFormat(StrEnum):
    TEXT = "text"
    JSON = "json"


class ExitCode(IntEnum):
    OK = 0
    FINDINGS = 1  # review found something at or above --fail-on
    USAGE = 2  # bad usage or unreadable input


class WholeHelpGroup(TyperGroup):
    """A command group whose list of commands shows each one's first sentence whole.

    Click cuts it to the terminal's width with "..." ("Store an interview from an interview
    file or a calendar..."), which reads as broken text to someone learning the commands;
    the sentence wraps onto a second line instead.
    """

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        rows = []
        for name in self.list_commands(ctx):
            cmd = self.get_command(ctx, name)
            if cmd is not None and not cmd.hidden:
                rows.append((name, cmd.get_short_help_str(limit=1000)))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


FormatOption = Annotated[
    OutputFormat, typer.Option("--format", help="text for people, json for programs.")
]
YesOption = Annotated[bool, typer.Option("--yes", "-y", help="Don't ask for confirmation.")]


LARGEST_ID = 2**63 - 1  # SQLite's and PostgreSQL's largest integer


def id_of(what: str, listing: str) -> Callable[[str], int]:
    """A parser for a stored thing's id that says, in words, what was typed instead.

    Typer's own message for "one" ("Input should be a valid integer, unable to parse
    string as an integer") speaks to programmers; this one says where the number is.
    """

    def parse(value: str) -> int:
        digits = value.strip().removeprefix("#")  # "#2", as a draft's title shows it
        if digits.startswith("-") and digits[1:].isascii() and digits[1:].isdigit():
            raise typer.BadParameter(f"{value!r} is not {what}: ids start at 1 (`{listing}`)")
        # ASCII digits only: int() would also take "１", "٣" or "1_0" for another id.
        if not (digits.isascii() and digits.isdigit()):
            raise typer.BadParameter(
                f"{value!r} is not {what}: give its number, as `{listing}` shows it"
            )
        number = int(digits)
        if number < 1:
            raise typer.BadParameter(f"{value!r} is not {what}: ids start at 1 (`{listing}`)")
        if number > LARGEST_ID:  # the database's integers stop there
            raise typer.BadParameter(f"{value!r} is not {what}: no id is that large "
                                     f"(`{listing}` shows them)")
        return number

    return parse


# The ids every command takes: "ID" in the usage line, and a plain message for "one" or "#2".
InterviewId = Annotated[int, typer.Argument(
    metavar="ID", parser=id_of("an interview id", "afterword list"),
    help="The interview's id (see `afterword list`).")]
MessageId = Annotated[int, typer.Argument(
    metavar="ID", parser=id_of("a message id", "afterword messages"),
    help="The message's id (see `afterword messages`).")]
ReplyId = Annotated[int, typer.Argument(
    metavar="ID", parser=id_of("a reply id", "afterword inbox list"),
    help="The found reply's id (`afterword inbox list`).")]


@dataclass
class State:
    """The global options, set by the app's callback before any command runs."""

    config_path: Path | None = None
    db_url: str | None = None
    _config: Config | None = None
    _store: Store | None = None

    @property
    def config(self) -> Config:
        if self._config is None:
            from afterword.config import Config, config_path

            self._config = Config(config_path(self.config_path))
        return self._config

    @property
    def store(self) -> Store:
        if self._store is None:
            from afterword.config import default_db_url
            from afterword.store.db import Store

            named = self.db_url or os.environ.get("AFTERWORD_DB")
            # Afterword's own data folder is made on first use; a folder the user named is not.
            self._store = Store(named or default_db_url(), create_folder=not named)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.dispose()
            self._store = None


STATE = State()


def now() -> datetime:
    from afterword.clock import now as clock_now

    return clock_now()


def profile_zone() -> str:
    """The profile's time zone, else the machine's."""
    from afterword.timezones import local_zone_name

    return STATE.config.get("profile.timezone") or local_zone_name()


def profile_locale() -> str:
    """The profile's locale for dates ("en_US"), else the system's."""
    from afterword.dates import system_locale, user_locale
    from afterword.errors import AfterwordError

    try:
        return user_locale(STATE.config)
    except AfterwordError:  # a settings file that cannot be read is reported elsewhere
        return system_locale()


def interactive() -> bool:
    """True when a person is at a terminal to answer questions."""
    return sys.stdin.isatty() and sys.stdout.isatty()
