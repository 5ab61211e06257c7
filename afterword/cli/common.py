"""What every command shares: the global options' state, output formats, exit codes, the store."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

# What a command needs without Typer lives in `state.py`; the commands take it from here.
from afterword.cli.state import STATE, ExitCode, OutputFormat, State, now

__all__ = ["STATE", "ExitCode", "OutputFormat", "State", "now"]

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
