"""The `afterword` command.

`main` runs it. The Typer app (`typer_app.py`; `afterword.cli.app` here)
is built only when a command needs it: `afterword review FILE`, the one command run on
its own note after note, starts without it (`quick.py`).
"""

import sys
from typing import Any


def main() -> None:
    """Entry point of the `afterword` console script."""
    try:
        # Compiled regular expressions kept between runs: a quarter of a draft's CPU was
        # compiling the same patterns every time (`language/regex_cache.py`).
        from afterword.language import regex_cache

        regex_cache.install()
        from afterword.cli.quick import review_file

        code = review_file(sys.argv[1:])
        if code is not None:
            raise SystemExit(code)
        from afterword.cli.typer_app import app

        app(prog_name="afterword")
    except KeyboardInterrupt:
        raise SystemExit(130) from None


def __getattr__(name: str) -> Any:
    # `from afterword.cli import app`: the Typer app, built on first use.
    if name == "app":
        from afterword.cli.typer_app import app

        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
