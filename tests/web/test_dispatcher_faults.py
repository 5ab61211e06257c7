"""The web app's dispatcher thread says when the database is in trouble, instead of hiding it."""

from __future__ import annotations

import logging
import threading

from afterword.config import Config
from afterword.store.db import Store
from afterword.web.app import Dispatcher
from afterword.web.deps import LiveConfig


class _Once(threading.Event):
    """A stop event that stops the loop after its first round."""

    def wait(self, timeout: float | None = None) -> bool:
        self.set()
        return True


def test_a_damaged_database_is_logged_as_a_warning(tmp_path, caplog) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database " * 100)
    dispatcher = Dispatcher(Store(str(notes)), LiveConfig(Config(tmp_path / "config.toml")))
    dispatcher._stop = _Once()
    with caplog.at_level(logging.DEBUG, logger="afterword.web"):
        dispatcher._run()
    [record] = [r for r in caplog.records if "not an Afterword database" in r.getMessage()]
    assert record.levelno == logging.WARNING
