"""The command line's values, converted by `afterword/cli/values.py` rather than pydantic."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES

GOOD = EXAMPLES / "notes" / "good-thank-you.txt"


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["review", str(GOOD), "--interview", "abc", "--to", "Priya"],
         "Invalid value for '--interview': 'abc' is not an interview id: give its number"),
        (["show", "one"], "Invalid value for 'ID': 'one' is not an interview id: give its number"),
        (["draft", "1", "--variant", "two"],
         "Invalid value for '--variant': 'two' is not a whole number."),
        (["review", str(GOOD), "--fail-on", "bogus"],
         "Invalid value for '--fail-on': 'bogus' is not one of 'info', 'warning', 'error'."),
        (["review", str(GOOD), "--format", "JSON"],
         "Invalid value for '--format': 'JSON' is not one of 'text', 'json'."),
        (["web", "--port", "0"], "Invalid value for '--port': 0 is too small: it must be at least 1."),
        (["web", "--port", "70000"],
         "Invalid value for '--port': 70000 is too large: it must be at most 65535."),
        (["draft", "1", "--variant", "-1"],
         "Invalid value for '--variant': -1 is too small: it must be at least 0."),
    ],
)
def test_a_value_that_does_not_fit_is_refused_in_plain_words(run_cli, args, said) -> None:
    result = run_cli(*args)
    assert result.exit_code == 2, result.output
    assert said in " ".join(result.stderr.split())
    assert "Input should" not in result.stderr and "Value error" not in result.stderr


def test_values_reach_the_command_as_their_types(run_cli, tmp_path: Path) -> None:
    # A path argument, an enum, a whole number, text and a list of words all arrive converted.
    result = run_cli("review", str(GOOD), "--format", "json", "--fail-on", "error",
                     "--subject", "Thank you")
    assert result.exit_code == 0, result.output
    assert "generic-subject" in {f["rule"] for f in json.loads(result.stdout)["findings"]}
    config = tmp_path / "settings.toml"
    env = {"AFTERWORD_CONFIG": str(config)}
    assert run_cli("dictionary", "add", "Kubernetes", "Priya", env=env).exit_code == 0
    assert run_cli("dictionary", "list", env=env).stdout.split() == ["Kubernetes", "Priya"]
    assert run_cli("review", str(GOOD), "--interview", "7", "--to", "Priya").exit_code == 2


SCRIPT = """
import sys
from afterword.cli import app
try:
    app(["review", sys.argv[1], "--format", "json"])
except SystemExit as exc:
    print(exc.code, "pydantic" in sys.modules, "tomlkit" in sys.modules)
"""


def test_reviewing_a_file_imports_no_pydantic_and_no_tomlkit_without_settings(tmp_path: Path) -> None:
    settings = tmp_path / "c.toml"
    env = {"PATH": "/usr/bin:/bin", "AFTERWORD_CONFIG": str(settings),
           "AFTERWORD_DB": str(tmp_path / "a.db"), "AFTERWORD_CACHE_DIR": str(tmp_path / "cache")}

    def run() -> list[str]:
        done = subprocess.run([sys.executable, "-c", SCRIPT, str(GOOD)], capture_output=True,
                              text=True, env=env, check=True)
        return done.stdout.split()[-3:]

    # No settings file: nothing to parse, so not even tomlkit is loaded.
    assert run() == ["0", "False", "False"]
    settings.write_text('[review]\nfail_on = "error"\n', encoding="utf-8")
    assert run() == ["0", "False", "True"]  # the file is read, with tomlkit


@pytest.mark.parametrize("text", ["--5", "5.0", "", "abc", "１２", "5 5"])
def test_what_is_not_a_whole_number_is_refused(text: str) -> None:
    from afterword.cli.values import _whole

    with pytest.raises(ValueError, match="is not a whole number"):
        _whole(text, None, None)


def test_whole_numbers_are_read_with_a_sign_and_spaces() -> None:
    from afterword.cli.values import _whole

    assert [_whole(t, -10, 10) for t in ("5", "+5", "-5", " 7 ")] == [5, 5, -5, 7]


@pytest.mark.parametrize("args", [
    ["show", "99999999999999999999"], ["draft", "99999999999999999999"],
    ["draft", "#99999999999999999999"], ["export", "99999999999999999999", "--as", "eml"],
    ["draft", "1", "--variant", "99999999999999999999"], ["show", "１"], ["show", "1_0"],
    ["draft", "²"], ["messages", "٣"],
])
def test_an_id_or_number_out_of_reach_is_refused_in_words_not_a_traceback(run_cli, args) -> None:
    result = run_cli(*args)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output + result.stderr
    said = " ".join(result.stderr.split())
    assert "too large" in said or "is not an interview id" in said or "is not a message id" \
        in said or "neither an interview id nor a file" in said, said
