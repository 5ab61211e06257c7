"""`afterword review FILE` without the Typer app: the same review, report and exit status.

Reviewing one note is the command run most often, often from an editor or a hook, note
after note; importing Typer and building the whole command tree took about a third of
its start-up. So the plainest forms of it, `afterword review FILE` and `afterword review
FILE --format json|text` with FILE an existing file, run here, through the same code as
the command (`reviewing.run`) with the same global settings (`AFTERWORD_CONFIG`,
`AFTERWORD_DB`) and the same handling of errors (`render.failure`). Anything else (another
option, `--help`, standard input, a file that is not there) goes to the Typer app, which
says what it always says.
"""

import errno
import gc
import os
import sys
from pathlib import Path
from typing import Any

_FORMATS = ("text", "json")


def review_file(argv: list[str]) -> int | None:
    """The exit status of `afterword ARGV...` when ARGV is a plain review of a file, run
    here; None when the Typer app is to run it."""
    if len(argv) not in (2, 4) or argv[0] != "review" or argv[1].startswith("-"):
        return None
    if len(argv) == 4 and (argv[2] != "--format" or argv[3] not in _FORMATS):
        return None
    path = Path(argv[1])
    if not path.is_file():
        return None
    # The process reviews one note and exits: what it allocates is modules, rules and
    # patterns that live until then, so the cyclic collector's passes would free nothing
    # (a review leaves no cycles behind: see `review()`). About 5% of the run.
    gc.disable()
    from afterword.cli.state import STATE, OutputFormat

    # As the app's callback sets them from the environment (an empty variable is unset).
    config = os.environ.get("AFTERWORD_CONFIG")
    STATE.config_path = Path(config) if config else None
    STATE.db_url = os.environ.get("AFTERWORD_DB") or None
    STATE._config = None
    STATE._store = None
    fmt = OutputFormat(argv[3]) if len(argv) == 4 else OutputFormat.TEXT
    from afterword.errors import AfterwordError

    try:
        from afterword.cli import reviewing

        return reviewing.run(path, fmt=fmt)
    except (AfterwordError, OSError) as exc:  # as the app's commands say them
        if isinstance(exc, OSError) and exc.errno == errno.EPIPE:
            # The reader went away (`| head`): as Click does for the app, quietly, status 1.
            sys.stdout = _Pacified(sys.stdout)
            sys.stderr = _Pacified(sys.stderr)
            return 1
        from afterword.cli import render

        code = render.failure(exc)
        if code is None:
            raise
        return code
    finally:
        STATE.close()


class _Pacified:
    """A stream whose `flush` ignores a closed pipe, for the flush at exit (Click's
    `PacifyFlushWrapper`, which the app uses, without importing Click)."""

    def __init__(self, wrapped: Any) -> None:
        self.wrapped = wrapped

    def flush(self) -> None:
        try:
            self.wrapped.flush()
        except OSError as exc:
            if exc.errno != errno.EPIPE:
                raise

    def __getattr__(self, name: str) -> Any:
        return getattr(self.wrapped, name)
