"""`afterword review FILE` starts without the Typer app (`cli/quick.py`): what it prints,
to which stream, and its exit status must be what the Typer app gives for the same
command line, and anything else must still reach the app."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES

# The same command line through the Typer app alone, never the quick start.
_THROUGH_TYPER = "import sys; from afterword.cli.typer_app import app; app(prog_name='afterword')"
_THROUGH_MAIN = "from afterword.cli import main; main()"


def _run(code: str, args: list[str], env: dict[str, str]) -> tuple[int, str, str]:
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          env=env, timeout=120)
    return done.returncode, done.stdout, done.stderr


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "AFTERWORD_CONFIG": str(tmp_path / "config.toml"),
            "AFTERWORD_DB": f"sqlite:///{tmp_path / 'a.db'}",
            "AFTERWORD_CACHE_DIR": str(tmp_path / "cache"), "COLUMNS": "100"}


def _notes(tmp_path: Path) -> dict[str, Path]:
    flawed = tmp_path / "flawed.txt"
    flawed.write_text("Hi [Name],\n\nthanks for the interview. I really need this job asap!!\n\n"
                      "Best,\nSam\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Dear Ms. Núñez,\n\nThank you.\n".encode("latin-1"))
    return {"flawed": flawed, "empty": empty, "latin": latin,
            "example": sorted((EXAMPLES / "notes").iterdir())[0]}


@pytest.mark.parametrize("note", ["flawed", "empty", "latin", "example"])
@pytest.mark.parametrize("fmt", [[], ["--format", "json"], ["--format", "text"]])
def test_the_quick_start_says_what_the_typer_app_says(tmp_path, env, note, fmt) -> None:
    path = _notes(tmp_path)[note]
    args = ["review", str(path), *fmt]
    assert _run(_THROUGH_MAIN, args, env) == _run(_THROUGH_TYPER, args, env)


def test_a_settings_file_named_in_the_environment_is_read(tmp_path, env) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[review]\nfail_on = "error"\nignore = ["placeholder"]\n', encoding="utf-8")
    args = ["review", str(_notes(tmp_path)["flawed"])]
    quick = _run(_THROUGH_MAIN, args, env)
    assert quick == _run(_THROUGH_TYPER, args, env)
    assert "placeholder" not in quick[1]


def test_the_quick_start_imports_no_typer(tmp_path, env) -> None:
    code = ("import sys\nfrom afterword.cli import main\ntry:\n    main()\n"
            "except SystemExit:\n    pass\nprint('typer' in sys.modules, file=sys.stderr)")
    _, out, err = _run(code, ["review", str(_notes(tmp_path)["example"])], env)
    assert "Score:" in out
    assert err.strip().splitlines()[-1] == "False"


@pytest.mark.parametrize("args", [
    ["review", "--help"],
    ["review", "NO-SUCH-FILE.txt"],
    ["review", "FLAWED", "--format", "yaml"],
    ["review", "FLAWED", "--fail-on", "error"],
    ["review", "FLAWED", "--subject", "Thank you"],
])
def test_anything_else_goes_to_the_typer_app(tmp_path, env, args) -> None:
    args = [str(_notes(tmp_path)["flawed"]) if a == "FLAWED" else a for a in args]
    assert _run(_THROUGH_MAIN, args, env) == _run(_THROUGH_TYPER, args, env)


def _run_into_closed_pipe(code: str, args: list[str], env: dict[str, str]) -> tuple[int, str]:
    # Standard output is a pipe nobody reads any more (`| head` gone): writing fails.
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run([sys.executable, "-c", code, *args], stdout=write_end,
                              stderr=subprocess.PIPE, text=True, env=env, timeout=120)
    finally:
        os.close(write_end)
    return done.returncode, done.stderr


def test_a_closed_pipe_ends_the_run_as_the_typer_app_does(tmp_path, env) -> None:
    args = ["review", str(_notes(tmp_path)["flawed"])]
    quick = _run_into_closed_pipe(_THROUGH_MAIN, args, env)
    assert quick == _run_into_closed_pipe(_THROUGH_TYPER, args, env)
    assert quick == (1, "")
