"""`AfterwordError`: a mistake the user can fix, with a message and a hint; never a traceback."""

from __future__ import annotations


class AfterwordError(Exception):
    """An error shown to the user as a sentence (and a hint), never as a traceback.

    The CLI renders it and exits with `exit_code` (2: bad usage or input).
    """

    exit_code = 2

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class NotFound(AfterwordError):
    """An id that names nothing in the store."""


class InvalidInput(AfterwordError):
    """A file, a field or a value that does not pass validation."""


class ConfigError(AfterwordError):
    """An unknown config key, a bad value, or an unreadable config file."""


class Refused(AfterwordError):
    """An action the user asked for that Afterword declines (and says why)."""


class CannotWrite(AfterwordError):
    """A file Afterword was asked to write cannot be written (a missing folder, a folder, no
    permission): the environment is at fault, not the input, so the exit status is 1."""

    exit_code = 1
