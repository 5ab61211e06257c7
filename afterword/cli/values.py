"""Turning the command line's words into the values the commands take, without pydantic.

Typer converts every option's value through a pydantic `TypeAdapter`, built the first time
the option is read: `afterword review note.txt` paid about 0.05 s of CPU importing pydantic
and building a dozen adapters, for a text, a few paths and a format, more than reviewing
the note takes. Afterword's options are all plain: text, a path, a whole number (at least
or at most some bound), one of an enum's values, a flag, or a list of texts or paths. For
those, `install` gives each parameter a converter of its own, which Typer calls where it
would call its adapter (the parameter's `get_runtime_param`, which Typer builds lazily);
parsing, defaults, environment variables, prompts and callbacks stay Typer's. A parameter
with a parser of its own gets that parser; one of any other kind (a file, path checks) is
left to Typer as it was.

A value that does not fit is refused as Typer refuses one, with `BadParameter`, in plain
words: "Invalid value for '--interview': 'abc' is not a whole number."

The hook is Typer's (0.29: `get_runtime_param` and `type_descriptor` on its parameters). A
Typer without them gets nothing installed and converts as before; the test that reviewing
a file imports no pydantic (`tests/cli/test_values.py`) then says so.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Any, get_args, get_origin

from typer import BadParameter

from afterword.cli.common import LARGEST_ID

Convert = Callable[[Any], Any]


class _Plain:
    """The conversion of one parameter's value (what Typer's runtime parameter does)."""

    __slots__ = ("convert",)

    def __init__(self, convert: Convert) -> None:
        self.convert = convert

    def coerce(self, value: Any, param: Any, ctx: Any) -> Any:
        many = param.multiple or param.nargs == -1
        if value is None:
            return () if many else None
        if many and isinstance(value, str):
            raise BadParameter("Value must be an iterable.", ctx=ctx, param=param)
        try:
            return self.convert(value)
        except ValueError as exc:
            raise BadParameter(str(exc), ctx=ctx, param=param) from None
        except BadParameter as exc:  # a parser of ours refusing in its own words
            exc.ctx = exc.ctx or ctx
            exc.param = exc.param or param
            raise


def install(command: Any) -> None:
    """Give the plain parameters of `command` and of all its subcommands their converter."""
    for param in getattr(command, "params", ()):
        _install(param)
    help_option = getattr(command, "get_help_option", None)
    if callable(help_option):
        # `--help` is made on first use, one for each command: converted the same way.
        def with_plain_help(ctx: Any, made: Any = help_option) -> Any:
            option = made(ctx)
            if option is not None:
                _install(option)
            return option

        setattr(command, "get_help_option", with_plain_help)  # noqa: B010
    for sub in getattr(command, "commands", {}).values():
        install(sub)


def _install(param: Any) -> None:
    convert = _converter(param)
    if convert is not None and callable(getattr(param, "get_runtime_param", None)):
        plain = _Plain(convert)
        # An attribute of the instance is found before the class's method.
        setattr(param, "get_runtime_param", lambda: plain)  # noqa: B010


def _converter(param: Any) -> Convert | None:
    """How to convert the parameter's values, or None to leave it to Typer."""
    descriptor = getattr(param, "type_descriptor", None)
    if descriptor is None or descriptor.file_annotation is not None:
        return None
    info = descriptor.parameter_info
    if info.parser is not None:
        # Our own parsers (ids: "'one' is not an interview id") take the text as it is.
        parser: Convert = info.parser
        return lambda value: value if isinstance(value, int) else parser(value)
    annotation = descriptor.annotation
    if get_origin(annotation) is list:
        (item,) = get_args(annotation)
        one = _one(item, info)
        return None if one is None else (lambda values: [one(v) for v in values])
    return _one(annotation, info)


def _one(annotation: Any, info: Any) -> Convert | None:
    if annotation is str:
        return str
    if annotation is bool:
        return _flag
    if annotation is int and not info.clamp:
        return lambda value: _whole(value, info.min, info.max)
    if annotation is Path and _plain_path(info):
        return lambda value: value if isinstance(value, Path) else Path(value)
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return lambda value: _choice(annotation, value, info.case_sensitive)
    return None


def _plain_path(info: Any) -> bool:
    """A path the command checks itself: none of Typer's path options asked for."""
    return (
        not info.exists and info.file_okay and info.dir_okay and not info.writable
        and info.readable and not info.resolve_path and not info.allow_dash
        and info.path_type is None
    )


def _flag(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    word = str(value).strip().lower()  # from an environment variable
    if word in {"1", "true", "yes", "on", "y", "t"}:
        return True
    if word in {"", "0", "false", "no", "off", "n", "f"}:
        return False
    raise ValueError(f"{value!r} is not yes or no.")


def _whole(value: Any, least: float | None, most: float | None) -> int:
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not a whole number.")
    if isinstance(value, int):
        number = value
    else:
        text = str(value).strip()
        digits = text[1:] if text[:1] in ("+", "-") else text
        if not (digits.isascii() and digits.isdigit()):
            raise ValueError(f"{value!r} is not a whole number.")
        number = int(text)
    if least is not None and number < least:
        raise ValueError(f"{number} is too small: it must be at least {least}.")
    if most is not None and number > most:
        raise ValueError(f"{number} is too large: it must be at most {most}.")
    if abs(number) > LARGEST_ID:  # past what the database stores: a traceback, not a refusal
        raise ValueError(f"{number} is too large.")
    return number



def _choice(kind: type[Enum], value: Any, case_sensitive: bool) -> Enum:
    if isinstance(value, kind):
        return value
    text = str(value)
    for member in kind:
        word = str(member.value)
        if word == text or (not case_sensitive and word.casefold() == text.casefold()):
            return member
    choices = ", ".join(repr(str(member.value)) for member in kind)
    raise ValueError(f"{value!r} is not one of {choices}.")
