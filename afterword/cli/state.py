"""What the commands share that needs no Typer: the global options' state, the output
formats and the exit codes (`afterword review FILE` runs without building the Typer app:
see `quick.py`)."""

from __future__ import annotations

import os
from enum import IntEnum, StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

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


class State:
    """The global options, set by the app's callback before any command runs."""

    # A plain class (no dataclass: creating one costs about half a millisecond at import,
    # which every command pays).
    def __init__(self, config_path: Path | None = None, db_url: str | None = None) -> None:
        self.config_path = config_path
        self.db_url = db_url
        self._config: Config | None = None
        self._store: Store | None = None

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
