"""`afterword --help` stays fast because the CLI imports nothing heavy until a command runs."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ["sqlalchemy", "alembic", "pydantic", "email_validator", "tomlkit",
         "afterword.review.registry", "afterword.language.spelling", "psycopg"]


def test_importing_the_cli_loads_no_heavy_module() -> None:
    code = ("import sys, afterword.cli; "
            f"print([m for m in {HEAVY!r} if m in sys.modules])")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True).stdout.strip()
    assert loaded == "[]"


def test_help_runs_without_a_database_or_settings(tmp_path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "afterword", "--help"], capture_output=True, text=True,
        env={"PATH": "/usr/bin:/bin", "AFTERWORD_DB": str(tmp_path / "nowhere" / "x.db")},
    )
    assert result.returncode == 0 and "review" in result.stdout
    assert not (tmp_path / "nowhere").exists()
