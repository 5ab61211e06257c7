"""Interview files as people save them (a byte-order mark, another encoding) and mistakes in them,
reported in plain words through `afterword add`."""

from __future__ import annotations

import json

import pytest

from tests.conftest import EXAMPLES

ACME = EXAMPLES / "acme-data-engineer.toml"
MINIMAL = ('[application]\ncompany = "Globex"\nrole = "Analyst"\n{app}\n'
           '[interview]\nstart = 2026-04-01T10:00:00\ntimezone = "UTC"\n{iv}\n'
           '[[interviewers]]\nname = "{name}"\n')


def _file(tmp_path, *, app: str = "", iv: str = "", name: str = "Sam Lee"):
    path = tmp_path / "interview.toml"
    path.write_text(MINIMAL.format(app=app, iv=iv, name=name), encoding="utf-8")
    return path


def test_a_file_saved_with_a_byte_order_mark_loads(run_cli, tmp_path) -> None:
    path = tmp_path / "notepad.toml"
    path.write_bytes(b"\xef\xbb\xbf" + ACME.read_bytes().replace(b"\n", b"\r\n"))
    result = run_cli("add", str(path))
    assert result.exit_code == 0, result.output
    shown = json.loads(run_cli("show", "1", "--format", "json").stdout)
    assert shown["application"]["company"] == "Acme Analytics"


def test_a_draft_preview_reads_a_file_with_a_byte_order_mark(run_cli, tmp_path) -> None:
    path = tmp_path / "notepad.toml"
    path.write_bytes(b"\xef\xbb\xbf" + ACME.read_bytes())
    result = run_cli("draft", str(path), "--format", "json")
    assert result.exit_code == 0, result.output


def test_a_file_in_windows_1252_gets_a_plain_words_error(run_cli, tmp_path) -> None:
    path = tmp_path / "ansi.toml"
    text = ACME.read_text().replace("Tomás", "Tomás")
    path.write_bytes(text.encode("cp1252"))
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "Tomás" in row)
    result = run_cli("add", str(path))
    assert result.exit_code == 2, result.output
    assert f"{path}, line {line}: the file is not UTF-8 text" in result.stderr
    assert "Save it as UTF-8" in result.stderr
    assert "codec" not in result.output and "0xe1" not in result.output


def test_a_file_in_utf_16_is_named_as_such(run_cli, tmp_path) -> None:
    path = tmp_path / "unicode.toml"
    path.write_bytes(ACME.read_text().encode("utf-16"))
    result = run_cli("add", str(path))
    assert result.exit_code == 2, result.output
    assert "is saved as UTF-16" in result.stderr and "Save it as UTF-8" in result.stderr


PLAIN = {
    "text": (dict(app="values = 5"), "application.values must be text in quotes"),
    "minutes-too-many": (dict(iv="duration_minutes = 2000"),
                         "interview.duration_minutes must be at most 1440 minutes"),
    "minutes-zero": (dict(iv="duration_minutes = 0"),
                     "interview.duration_minutes must be more than 0 minutes"),
    "minutes-words": (dict(iv='duration_minutes = "an hour"'),
                      "interview.duration_minutes must be a whole number"),
    "list": (dict(iv="topics = 5"), "interview.topics must be a list"),
    "section": (dict(app='recruiter = "Bob Stone"'),
                "application.recruiter must be a section: a [application.recruiter] line"),
    "date-number": (dict(iv="end = 5"), "interview.end must be a date and time"),
}


@pytest.mark.parametrize("case", sorted(PLAIN))
def test_validation_errors_speak_plainly(run_cli, tmp_path, case) -> None:
    fields, expected = PLAIN[case]
    result = run_cli("add", str(_file(tmp_path, **fields)))
    assert result.exit_code == 2, result.output
    assert expected in result.stderr
    assert "Input should" not in result.stderr and "valid string" not in result.stderr
    assert result.stderr.count("interview.end") <= 1  # one line per key, not per union branch


@pytest.mark.parametrize("mark", ["\u202e", "\u202a", "\u2066", "\u2069"])
def test_add_refuses_bidirectional_controls_in_names(run_cli, tmp_path, mark) -> None:
    result = run_cli("add", str(_file(tmp_path, name=f"Sam {mark}eeL")))
    assert result.exit_code == 2, result.output
    assert "interviewers[1].name hidden text-direction characters" in result.stderr
    assert json.loads(run_cli("list", "--format", "json").stdout) == []


def test_a_right_to_left_mark_in_a_name_is_still_accepted(run_cli, tmp_path) -> None:
    result = run_cli("add", str(_file(tmp_path, name="\u05e9\u05e8\u05d4 \u200fCohen")))
    assert result.exit_code == 0, result.output


def test_edit_message_refuses_a_bidirectional_control_in_the_subject(run_cli, tmp_path) -> None:
    import stat

    assert run_cli("add", str(ACME)).exit_code == 0
    assert run_cli("draft", "1").exit_code == 0
    editor = tmp_path / "editor.sh"
    editor.write_text("#!/bin/sh\nsed -i '1s/.*/Subject: Thanks \u202egpj.exe/' \"$1\"\n",
                      encoding="utf-8")
    editor.chmod(editor.stat().st_mode | stat.S_IEXEC)
    before = json.loads(run_cli("messages", "1", "--format", "json").stdout)[0]["subject"]
    result = run_cli("edit-message", "1", env={"EDITOR": str(editor)})
    assert result.exit_code == 2, result.output
    assert "the subject: hidden text-direction characters" in result.stderr
    assert json.loads(run_cli("messages", "1", "--format", "json").stdout)[0]["subject"] == before


def test_profile_name_refuses_a_bidirectional_control(run_cli) -> None:
    result = run_cli("profile", "set", "name", "Jordan \u202eeeL")
    assert result.exit_code == 2, result.output
    assert "hidden text-direction marks" in result.stderr
