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


def test_drafting_thank_you_notes_loads_no_plan(tmp_path) -> None:
    # The plan (schedules, holidays, the send guard) is for follow-ups; the footer of stored
    # thank-you notes only names each channel's export format.
    from pathlib import Path

    record = Path(__file__).resolve().parents[1] / "compose" / "records" / "icu-nurse.toml"
    env = {"PATH": "/usr/bin:/bin", "AFTERWORD_DB": str(tmp_path / "a.db"),
           "AFTERWORD_CONFIG": str(tmp_path / "config.toml"),
           "AFTERWORD_CACHE_DIR": str(tmp_path / "cache"), "HOME": str(tmp_path)}
    afterword = [sys.executable, "-m", "afterword"]
    subprocess.run([*afterword, "profile", "set", "name", "Jordan Lee"], env=env, check=True,
                   capture_output=True)
    subprocess.run([*afterword, "add", str(record)], env=env, check=True, capture_output=True)
    code = ("import sys\nfrom afterword.cli import main\nsys.argv = ['afterword', 'draft', '1']\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print([m for m in sys.modules if m.startswith('afterword.plan.')], file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert "--as eml" in done.stdout  # the footer with each note's export command
    assert done.stderr.strip().splitlines()[-1] == "[]"
