"""Nothing lost: a new round keeps what it does not mention, a hand-edited draft survives
drafting again. Through the CLI, on SQLite and on PostgreSQL (`--db`)."""

from __future__ import annotations

import json
import stat
from datetime import UTC, datetime, timedelta

import pytest

from tests.conftest import EXAMPLES

ACME = EXAMPLES / "acme-data-engineer.toml"
FIXED = {"AFTERWORD_NOW": "2026-03-03T08:30:00-05:00"}
ROUND_TWO = """\
[application]
company = "Acme Analytics"
role = "Data Engineer"
{extra}
[interview]
start = 2026-03-10T10:00:00
timezone = "America/New_York"

[[interviewers]]
name = "Dana Whitfield"
"""


@pytest.fixture
def cli(run_cli, db_url):
    """`afterword --db <a fresh SQLite or PostgreSQL database> ARGS...`."""

    def run(*args: str, **kwargs):
        return run_cli("--db", db_url, *args, **kwargs)

    return run


def _application(cli, interview_id: int) -> dict:
    result = cli("show", str(interview_id), "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["application"]


def test_a_new_round_keeps_application_data_it_does_not_mention(cli, tmp_path) -> None:
    assert cli("add", str(ACME)).exit_code == 0
    before = _application(cli, 1)
    assert before["posting_url"] and before["values"] and before["recruiter"]
    second = tmp_path / "round-two.toml"
    second.write_text(ROUND_TWO.format(extra=""))
    result = cli("add", str(second))
    assert result.exit_code == 0, result.output
    assert "added as a new round" in result.stderr and "changed" not in result.stderr
    after = _application(cli, 2)
    assert after == before  # posting URL, values, recruiter and status all kept
    assert _application(cli, 1) == before


def test_a_new_round_with_new_values_wins_and_says_what_changed(cli, tmp_path) -> None:
    assert cli("add", str(ACME)).exit_code == 0
    assert cli("status", "1", "offer").exit_code == 0
    second = tmp_path / "round-two.toml"
    second.write_text(ROUND_TWO.format(
        extra='posting_url = "https://jobs.acme-analytics.example/data-engineer-ii"\n'
              '[application.recruiter]\nemail = "sam.ortiz@acme-analytics.example"\n'))
    result = cli("add", str(second))
    assert result.exit_code == 0, result.output
    said = " ".join(result.stderr.split())
    assert ("posting URL \u201chttps://jobs.acme-analytics.example/data-engineer\u201d \u2192 "
            "\u201chttps://jobs.acme-analytics.example/data-engineer-ii\u201d") in said
    assert "recruiter's e-mail" in said and "sam.ortiz@acme-analytics.example" in said
    app = _application(cli, 2)
    assert app["posting_url"].endswith("data-engineer-ii")
    assert app["recruiter"] == {"name": "Dana Whitfield",  # the name it did not mention stays
                                "email": "sam.ortiz@acme-analytics.example"}
    assert app["status"] == "offer"  # a file without a status keeps the one set since


def _editor(tmp_path, script: str) -> str:
    path = tmp_path / "editor.sh"
    path.write_text("#!/bin/sh\n" + script + "\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IEXEC)
    return str(path)


def _messages(cli) -> list[dict]:
    result = cli("messages", "1", "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_drafting_again_keeps_a_hand_edited_draft_under_a_fixed_clock(cli, tmp_path) -> None:
    assert cli("add", str(ACME)).exit_code == 0
    assert cli("draft", "1", env=FIXED).exit_code == 0
    priya = _messages(cli)[0]
    editor = _editor(tmp_path, "printf '\\nP.S. The Kubernetes write-up is attached.\\n' >> \"$1\"")
    assert cli("edit-message", str(priya["id"]), env={"EDITOR": editor, **FIXED}).exit_code == 0
    edited = next(m for m in _messages(cli) if m["id"] == priya["id"])
    assert edited["edited"] is True and "P.S." in edited["body"]
    again = cli("draft", "1", env=FIXED)  # the same clock: updated_at == created_at
    assert again.exit_code == 0, again.output
    assert f"kept your edited draft {priya['id']}" in again.stdout
    kept = next(m for m in _messages(cli) if m["id"] == priya["id"])
    assert kept["body"] == edited["body"]


def test_drafting_again_replaces_an_untouched_draft(cli) -> None:
    assert cli("add", str(ACME)).exit_code == 0
    assert cli("draft", "1", env=FIXED).exit_code == 0
    first = [m["id"] for m in _messages(cli)]
    # Cancelling and other state changes move updated_at; they are not edits.
    again = cli("draft", "1", env={"AFTERWORD_NOW": "2026-03-03T09:30:00-05:00"})
    assert again.exit_code == 0 and "kept your edited" not in again.stdout
    assert not set(first) & {m["id"] for m in _messages(cli)}
    # The old numbers are gone: the user is told, or "afterword send 1" would fail unexplained.
    assert "these replace your earlier unedited drafts " + ", ".join(map(str, first)) \
        in again.stdout
    assert all(m["edited"] is False for m in _messages(cli))


def test_edit_that_changes_nothing_says_no_changes(cli, tmp_path) -> None:
    assert cli("add", str(ACME)).exit_code == 0
    before = cli("show", "1", "--format", "json").stdout
    quit_without_saving = _editor(tmp_path, "exit 0")  # what ":q!" leaves behind
    result = cli("edit", "1", env={"EDITOR": quit_without_saving})
    assert result.exit_code == 0, result.output
    assert "No changes" in result.stdout and "Saved" not in result.output
    assert cli("show", "1", "--format", "json").stdout == before


def test_edit_says_which_fields_it_saved(cli, tmp_path) -> None:
    assert cli("add", str(ACME)).exit_code == 0
    editor = _editor(tmp_path, "sed -i 's/Staff Data Engineer/Principal Engineer/' \"$1\"")
    result = cli("edit", "1", env={"EDITOR": editor})
    assert result.exit_code == 0, result.output
    assert "interviewers[2].title: Staff Data Engineer → Principal Engineer" in result.stdout


def test_moving_only_the_start_moves_the_end_with_it(cli, tmp_path) -> None:
    assert cli("add", str(ACME)).exit_code == 0  # 14:00-15:00
    editor = _editor(tmp_path, "sed -i 's/^start = 2026-03-02T14:00:00/start = 2026-03-02T10:30:00/' \"$1\"")
    result = cli("edit", "1", env={"EDITOR": editor})
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert "its end moved with it, to 11:30" in said
    shown = json.loads(cli("show", "1", "--format", "json").stdout)
    start, end = (datetime.fromisoformat(shown[k]) for k in ("start", "end"))
    assert start == datetime(2026, 3, 2, 15, 30, tzinfo=UTC)  # 10:30 in New York
    assert end - start == timedelta(hours=1)
    # Both moved by hand: the end written is the end kept.
    both = _editor(tmp_path, "sed -i 's/^start = .*/start = 2026-03-02T09:00:00/; "
                             "s/^end = .*/end = 2026-03-02T12:00:00/' \"$1\"")
    assert cli("edit", "1", env={"EDITOR": both}).exit_code == 0
    shown = json.loads(cli("show", "1", "--format", "json").stdout)
    assert datetime.fromisoformat(shown["end"]) == datetime(2026, 3, 2, 17, tzinfo=UTC)


def test_edit_without_editor_set_uses_nano_where_installed(cli, tmp_path) -> None:
    import os

    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    nano = bin_dir / "nano"
    nano.write_text("#!/bin/sh\nsed -i 's/Staff Data Engineer/Lead Engineer/' \"$1\"\n")
    nano.chmod(0o755)
    assert cli("add", str(ACME)).exit_code == 0
    result = cli("edit", "1", env={"PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"})
    assert result.exit_code == 0, result.output
    assert "Lead Engineer" in result.stdout


def _fail_an_edit(cli, tmp_path) -> None:
    """Change a title and break the time zone: the edit is kept, nothing stored."""
    broken = _editor(tmp_path, "sed -i 's/Staff Data Engineer/Lead/; "
                               "s/Europe\\/Madrid/Mars\\/Base/' \"$1\"")
    failed = cli("edit", "1", env={"EDITOR": broken})
    assert failed.exit_code == 2 and "--discard" in failed.stderr


def test_resuming_an_edit_never_reverts_a_later_status(cli, tmp_path) -> None:
    assert cli("add", str(ACME)).exit_code == 0
    _fail_an_edit(cli, tmp_path)
    assert cli("status", "1", "offer").exit_code == 0  # changed while the edit waits
    fix = _editor(tmp_path, "sed -i 's/Mars\\/Base/Europe\\/Madrid/' \"$1\"")
    resumed = cli("edit", "1", env={"EDITOR": fix})
    assert resumed.exit_code == 0, resumed.output
    said = resumed.stderr
    assert "Continuing your unfinished edit" in said and "edit 1 --discard" in said
    assert "Your edit changes:" in said and "Staff Data Engineer → Lead" in said
    assert "Changed in the record since you began" in said
    assert "application.status: interviewing → offer" in said
    data = json.loads(cli("show", "1", "--format", "json").stdout)
    assert data["application"]["status"] == "offer"
    assert data["interviewers"][1]["title"] == "Lead"


def test_edit_discard_drops_the_unfinished_edit(cli, tmp_path) -> None:
    assert cli("add", str(ACME)).exit_code == 0
    before = cli("show", "1", "--format", "json").stdout
    _fail_an_edit(cli, tmp_path)
    dropped = cli("edit", "1", "--discard")
    assert dropped.exit_code == 0 and "Dropped your unfinished edit" in dropped.stdout
    again = cli("edit", "1", env={"EDITOR": _editor(tmp_path, "exit 0")})
    assert again.exit_code == 0, again.output
    assert "Continuing" not in again.output and "No changes" in again.stdout
    assert cli("show", "1", "--format", "json").stdout == before
    nothing = cli("edit", "1", "--discard")
    assert nothing.exit_code == 0 and "no unfinished edit" in nothing.stdout


def test_edit_message_that_changes_nothing_says_so_and_stays_unedited(cli, tmp_path) -> None:
    assert cli("add", str(ACME)).exit_code == 0
    assert cli("draft", "1", env=FIXED).exit_code == 0
    priya = _messages(cli)[0]
    result = cli("edit-message", str(priya["id"]), env={"EDITOR": _editor(tmp_path, "exit 0")})
    assert result.exit_code == 0, result.output
    assert "No changes" in result.stdout
    assert next(m for m in _messages(cli) if m["id"] == priya["id"])["edited"] is False


def test_the_same_file_added_twice_is_refused_and_stores_nothing(cli) -> None:
    assert cli("add", str(ACME)).exit_code == 0
    again = cli("add", str(ACME))
    assert again.exit_code != 0
    said = " ".join(again.stderr.split())
    assert "already stored as interview 1: nothing was added" in said
    assert "afterword edit 1" in said and "Traceback" not in again.output
    listed = cli("list", "--format", "json")
    assert listed.exit_code == 0, listed.output
    assert len(json.loads(listed.stdout)) == 1  # one interview, one set of thank-yous to plan
