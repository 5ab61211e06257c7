from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES

ACME = EXAMPLES / "acme-data-engineer.toml"
HARBOR = EXAMPLES / "harbor-panel.toml"


def _listed(run_cli) -> list[dict]:
    result = run_cli("list", "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_add_list_show_through_the_cli(run_cli) -> None:
    result = run_cli("add", str(ACME))
    assert result.exit_code == 0, result.output
    assert "Stored interview 1" in result.stdout
    assert run_cli("add", str(HARBOR)).exit_code == 0
    rows = _listed(run_cli)
    assert [(r["id"], r["company"]) for r in rows] == [
        (2, "Harbor & Finch Architects"), (1, "Acme Analytics")]
    shown = run_cli("show", "2")
    assert shown.exit_code == 0
    assert "Margaret Ellison" in shown.stdout and "prefers handwritten" in shown.stdout
    data = json.loads(run_cli("show", "2", "--format", "json").stdout)
    assert data["interviewers"][2]["channel"] == "linkedin-message"
    table = run_cli("list")
    assert "Acme" in table.stdout


BAD_INPUTS = {
    "toml-syntax": (lambda t: t.replace('role = "Data Engineer"', 'role = "Data Engineer'),
                    "a quoted value is not closed"),
    "missing-company": (lambda t: t.replace('company = "Acme Analytics"\n', ""),
                        "application.company is required but missing"),
    "bad-timezone": (lambda t: t.replace('timezone = "Europe/Madrid"', 'timezone = "Europe/Madird"'),
                     "'Europe/Madird' is not a time zone"),
    "bad-email": (lambda t: t.replace("priya.raman@acme-analytics.example", "priya.raman@@acme"),
                  "interviewers[1].email"),
    "crlf-in-name": (lambda t: t.replace('name = "Priya Raman"', 'name = "Priya\\r\\nBcc: x@y.z"'),
                     "interviewers[1].name line breaks"),
    "bad-channel": (lambda t: t.replace('channel = "email"', 'channel = "fax"'),
                    "'fax' is not allowed"),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_add_refuses_bad_input_clearly_and_stores_nothing(run_cli, tmp_path, case) -> None:
    assert run_cli("add", str(HARBOR)).exit_code == 0
    before = _listed(run_cli)
    change, expected = BAD_INPUTS[case]
    bad = tmp_path / "bad.toml"
    bad.write_text(change(ACME.read_text()))
    result = run_cli("add", str(bad))
    assert result.exit_code == 2, result.output
    assert expected in result.stderr
    assert "line " in result.stderr  # names the line at fault
    assert "Traceback" not in result.output
    assert _listed(run_cli) == before


def test_bad_input_names_the_right_line(run_cli, tmp_path) -> None:
    text = ACME.read_text().replace('timezone = "Europe/Madrid"', 'timezone = "Nowhere/City"')
    line = next(i for i, row in enumerate(text.splitlines(), 1) if "Nowhere/City" in row)
    bad = tmp_path / "bad.toml"
    bad.write_text(text)
    result = run_cli("add", str(bad))
    assert f"line {line}: interviewers[2].timezone" in result.stderr


def test_a_missing_file_is_a_clear_error(run_cli, tmp_path) -> None:
    result = run_cli("add", str(tmp_path / "nope.toml"))
    assert result.exit_code == 2 and "no such file" in result.stderr


@pytest.mark.parametrize("command", [["show", "42"], ["status", "42", "offer"],
                                     ["delete", "42", "--yes"], ["edit", "42"]])
def test_unknown_ids_are_clear_errors(run_cli, command) -> None:
    result = run_cli(*command)
    assert result.exit_code == 2, result.output
    assert "there is no interview 42" in result.stderr
    assert "Traceback" not in result.output


def test_a_time_without_zone_is_read_in_the_profile_zone_and_said_so(run_cli, tmp_path) -> None:
    assert run_cli("profile", "set", "timezone", "Asia/Kolkata").exit_code == 0
    f = tmp_path / "minimal.toml"
    f.write_text('[application]\ncompany = "Globex"\nrole = "Analyst"\n'
                 '[interview]\nstart = 2026-04-01T10:00:00\n[[interviewers]]\nname = "Sam Lee"\n')
    result = run_cli("add", str(f))
    assert result.exit_code == 0, result.output
    assert "read in Asia/Kolkata" in result.stderr
    data = json.loads(run_cli("show", "1", "--format", "json").stdout)
    assert data["start"] == "2026-04-01T04:30:00+00:00"


def test_status_sets_the_application_status(run_cli) -> None:
    run_cli("add", str(ACME))
    result = run_cli("status", "1", "offer")
    assert result.exit_code == 0 and "interviewing → offer" in result.stdout
    assert _listed(run_cli)[0]["status"] == "offer"
    refused = run_cli("status", "1", "hired")
    assert refused.exit_code == 2 and "applied, interviewing, offer" in refused.stderr


def test_delete_asks_and_without_a_terminal_needs_yes(run_cli) -> None:
    run_cli("add", str(ACME))
    result = run_cli("delete", "1")
    assert result.exit_code == 2 and "--yes" in result.stderr
    assert len(_listed(run_cli)) == 1
    assert run_cli("delete", "1", "--yes").exit_code == 0
    assert _listed(run_cli) == []


def _editor(tmp_path: Path, script: str) -> str:
    path = tmp_path / "editor.sh"
    path.write_text("#!/bin/sh\n" + script + "\n")
    path.chmod(path.stat().st_mode | stat.S_IEXEC)
    return str(path)


def test_edit_changes_the_record_through_the_editor(run_cli, tmp_path) -> None:
    run_cli("add", str(ACME))
    editor = _editor(tmp_path, "sed -i 's/Staff Data Engineer/Principal Engineer/' \"$1\"")
    result = run_cli("edit", "1", env={"EDITOR": editor})
    assert result.exit_code == 0, result.output
    data = json.loads(run_cli("show", "1", "--format", "json").stdout)
    assert data["interviewers"][1]["title"] == "Principal Engineer"


def test_a_failed_edit_changes_nothing_and_can_be_resumed(run_cli, tmp_path) -> None:
    run_cli("add", str(ACME))
    before = run_cli("show", "1", "--format", "json").stdout
    broken = _editor(tmp_path, "sed -i 's/Staff Data Engineer/Lead/; s/Europe\\/Madrid/Mars\\/Base/' \"$1\"")
    result = run_cli("edit", "1", env={"EDITOR": broken})
    assert result.exit_code == 2
    assert "Mars/Base" in result.stderr and "kept in" in result.stderr
    assert run_cli("show", "1", "--format", "json").stdout == before
    # The second run starts from the kept edit: fixing only the zone keeps the title change.
    fix = _editor(tmp_path, "sed -i 's/Mars\\/Base/Europe\\/Madrid/' \"$1\"")
    resumed = run_cli("edit", "1", env={"EDITOR": fix})
    assert resumed.exit_code == 0, resumed.output
    assert "Continuing your unfinished edit" in resumed.stderr
    data = json.loads(run_cli("show", "1", "--format", "json").stdout)
    assert data["interviewers"][1]["title"] == "Lead"


def test_without_an_editor_set_vi_is_opened_with_how_to_leave_it(run_cli, tmp_path,
                                                                   monkeypatch) -> None:
    # A machine without nano (as a newcomer found): vi opens, and a newcomer who has never
    # met it is told how to save and leave before it does.
    run_cli("add", str(ACME))
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    vi = Path(_editor(tmp_path, "sed -i 's/Staff Data Engineer/Lead/' \"$1\""))
    vi.rename(bin_dir / "vi")
    monkeypatch.setenv("PATH", f"{bin_dir}:/usr/bin:/bin")
    monkeypatch.delenv("VISUAL", raising=False)
    if shutil.which("nano"):
        pytest.skip("nano is installed: it is opened instead")  # never on CI's image
    result = run_cli("edit", "1")
    assert result.exit_code == 0, result.output
    assert ":wq" in result.stderr and "Esc" in result.stderr
    assert json.loads(run_cli("show", "1", "--format", "json").stdout)[
        "interviewers"][1]["title"] == "Lead"


def test_new_without_a_terminal_says_what_to_use(run_cli) -> None:
    result = run_cli("new")
    assert result.exit_code == 2
    assert "afterword add FILE" in result.stderr


def test_backup_and_restore_round_trip(run_cli, tmp_path) -> None:
    run_cli("add", str(ACME))
    run_cli("add", str(HARBOR))
    file = tmp_path / "backup.json"
    assert run_cli("backup", str(file)).exit_code == 0
    other = tmp_path / "other.db"
    assert run_cli("--db", str(other), "restore", str(file)).exit_code == 0
    again = tmp_path / "again.json"
    assert run_cli("--db", str(other), "backup", str(again)).exit_code == 0
    first, second = json.loads(file.read_text()), json.loads(again.read_text())
    first.pop("created_at"), second.pop("created_at")
    assert first == second
    # Into a store that holds interviews: refused without a terminal, nothing changed.
    refused = run_cli("restore", str(file))
    assert refused.exit_code == 2 and "--replace" in refused.stderr
    assert len(_listed(run_cli)) == 2


def test_restore_names_the_line_of_broken_json(run_cli, tmp_path) -> None:
    file = tmp_path / "broken.json"
    file.write_text('{\n  "format": "afterword-backup",\n  "version": 1,,\n}')
    result = run_cli("restore", str(file))
    assert result.exit_code == 2 and "line 3" in result.stderr


def test_db_option_and_env_choose_the_store(run_cli, tmp_path) -> None:
    db = tmp_path / "elsewhere.db"
    assert run_cli("--db", str(db), "add", str(ACME)).exit_code == 0
    assert db.exists()
    assert _listed(run_cli) == []  # the default (AFTERWORD_DB) store is untouched
    assert os.environ["AFTERWORD_DB"] != str(db)
