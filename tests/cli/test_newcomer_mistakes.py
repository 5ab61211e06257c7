"""Mistakes a first-time user makes at the command line: each answered in plain words with
what to do, never with a programmer's message (found in a newcomer's run of the README)."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.conftest import EXAMPLES

ACME = EXAMPLES / "acme-data-engineer.toml"
HARBOR = EXAMPLES / "harbor-panel.toml"
NOW = {"AFTERWORD_NOW": "2026-03-03T08:30:00-05:00"}


@pytest.fixture
def stored(run_cli):
    run_cli("profile", "set", "name", "Jordan Lee")
    run_cli("profile", "set", "email", "jordan.lee@example.com")
    assert run_cli("add", str(HARBOR)).exit_code == 0
    return run_cli


@pytest.mark.parametrize(("args", "what", "listing"), [
    (["show", "one"], "an interview id", "afterword list"),
    (["plan", "first"], "an interview id", "afterword list"),
    (["export", "two", "--as", "eml"], "a message id", "afterword messages"),
    (["messages", "x"], "an interview id", "afterword list"),
    (["review", "-", "--interview", "x", "--to", "Priya"], "an interview id", "afterword list"),
    (["inbox", "apply", "x"], "a reply id", "afterword inbox list"),
])
def test_a_word_where_an_id_goes_says_where_the_number_is(run_cli, args, what, listing) -> None:
    result = run_cli(*args)
    assert result.exit_code == 2, result.output
    assert f"is not {what}: give its number, as `{listing}` shows it" in result.stderr
    assert "valid integer" not in result.output and "parse string" not in result.output


def test_an_id_written_as_the_drafts_title_shows_it_is_taken(stored) -> None:
    result = stored("show", "#1")
    assert result.exit_code == 0, result.output
    assert "Harbor & Finch Architects" in result.stdout


def test_help_names_arguments_in_words_not_python_types(run_cli) -> None:
    send = run_cli("send", "--help").stdout
    assert "--attach FILE" in send and "list[Path]" not in send
    assert "afterword send [OPTIONS] {ID}" in send
    dispatch = run_cli("dispatch", "--help").stdout
    assert "--interval SECONDS" in dispatch and "int range" not in dispatch
    mark_sent = " ".join(run_cli("mark-sent", "--help").stdout.split())
    assert "--on WHEN When you sent it, like 2026-03-05 or 2026-03-05T14:30" in mark_sent


def test_a_missing_file_names_the_close_one_beside_it(run_cli, tmp_path, monkeypatch) -> None:
    shutil.copy(ACME, tmp_path / "acme-data-engineer.toml")
    monkeypatch.chdir(tmp_path)
    typo = run_cli("add", "acme-data-enginer.toml")
    assert typo.exit_code == 2
    assert "acme-data-enginer.toml: no such file" in typo.stderr
    assert "Did you mean acme-data-engineer.toml?" in typo.stderr
    no_suffix = run_cli("add", "acme-data-engineer")
    assert "Did you mean acme-data-engineer.toml?" in no_suffix.stderr
    (tmp_path / "config.toml").write_text("")
    elsewhere = run_cli("add", "interview.toml")
    assert f"Afterword looked in {tmp_path}" in elsewhere.stderr
    assert "config.toml" not in elsewhere.stderr  # another kind of file, not a typo


def test_a_missing_folder_is_named(run_cli, tmp_path) -> None:
    result = run_cli("add", str(tmp_path / "notes" / "acme.toml"))
    assert result.exit_code == 2
    assert f"there is no folder {tmp_path / 'notes'}" in result.stderr


def test_reviewing_an_empty_note_says_it_is_empty(run_cli, tmp_path) -> None:
    empty = tmp_path / "note.txt"
    empty.write_text("\n\n")
    result = run_cli("review", str(empty))
    assert result.exit_code == 2, result.output
    assert f"{empty} is empty: there is no note to review" in result.stderr
    assert "Score" not in result.output


@pytest.mark.parametrize(("args", "close"), [
    (["config", "set", "smtp.hots", "smtp.example.com"], "did you mean smtp.host?"),
    (["config", "get", "profile.timezon"], "did you mean profile.timezone?"),
    (["profile", "set", "emial", "jordan@example.com"], "did you mean email?"),
])
def test_a_misspelled_setting_gets_the_close_one(run_cli, args, close) -> None:
    result = run_cli(*args)
    assert result.exit_code == 2, result.output
    assert close in result.stderr


def test_a_profile_field_in_capitals_is_taken(run_cli) -> None:
    assert run_cli("profile", "set", "Name", "Jordan Lee").exit_code == 0
    assert run_cli("profile", "set", "E-mail", "jordan.lee@example.com").exit_code == 0
    shown = run_cli("config", "get", "profile.email")
    assert "jordan.lee@example.com" in shown.stdout


def test_drafting_names_each_notes_own_export_with_its_real_id(stored) -> None:
    result = stored("draft", "1", env=NOW)
    assert result.exit_code == 0, result.output
    ids = [m["id"] for m in json.loads(stored("messages", "1", "--format", "json").stdout)]
    margaret, olusegun, chloe = ids  # a card, an e-mail, a LinkedIn message
    text = " ".join(result.stdout.split())
    assert f"Stored as messages {margaret}, {olusegun} and {chloe}." in text
    assert f"afterword export {margaret} --as card" in text
    assert f"afterword export {olusegun} --as eml" in text
    assert f"afterword export {chloe} --as txt" in text
    assert "edit-message ID" not in text


def test_cancelling_a_draft_says_it_was_never_queued(stored) -> None:
    stored("draft", "1", env=NOW)
    first = json.loads(stored("messages", "1", "--format", "json").stdout)[0]["id"]
    result = stored("cancel", str(first))
    assert result.exit_code == 2, result.output
    assert f"message {first} is a draft, not queued" in result.stderr
    assert "nothing to take back" in result.stderr


def test_restoring_an_interview_file_instead_of_a_backup_says_what_is_needed(run_cli) -> None:
    result = run_cli("restore", str(ACME))
    assert result.exit_code == 2, result.output
    assert "not valid JSON" in result.stderr
    assert "This needs a backup written by `afterword backup`" in result.stderr


def test_export_as_eml_typed_at_a_terminal_writes_a_file_not_mime_on_screen(
        stored, tmp_path) -> None:
    import io
    import os
    import sys
    from pathlib import Path

    import pexpect

    stored("draft", "1", env=NOW)
    listed = json.loads(stored("messages", "1", "--format", "json").stdout)
    olusegun = next(m["id"] for m in listed if m["to"] == "Olusegun Adeyemi")
    afterword = str(Path(sys.executable).with_name("afterword"))
    child = pexpect.spawn(afterword, ["export", str(olusegun), "--as", "eml"], cwd=str(tmp_path),
                          env={**os.environ, **NOW}, encoding="utf-8", timeout=30)
    seen = io.StringIO()
    child.logfile_read = seen
    child.expect(f"Wrote note-{olusegun}-olusegun-adeyemi.eml")
    child.expect(pexpect.EOF)
    written = (tmp_path / f"note-{olusegun}-olusegun-adeyemi.eml").read_text()
    assert "Content-Transfer-Encoding" not in seen.getvalue()
    assert "To: Olusegun Adeyemi" in written
    piped = stored("export", str(olusegun), "--as", "eml", env=NOW)  # not a terminal
    assert "To: Olusegun Adeyemi" in piped.stdout


@pytest.mark.parametrize("group", [[], ["config"], ["inbox"], ["mail"], ["profile"]])
def test_the_list_of_commands_shows_whole_sentences(run_cli, group) -> None:
    result = run_cli(*group, "--help", env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    commands = result.stdout.split("Commands:", 1)[1]
    assert "..." not in commands
    if not group:
        assert "calendar invitation (.ics)." in " ".join(commands.split())


def test_a_misspelled_mail_server_is_said_in_words(run_cli) -> None:
    run_cli("profile", "set", "email", "jordan.lee@example.com")
    run_cli("config", "set", "smtp.host", "smtp.gmial.invalid")
    result = run_cli("mail", "test")
    assert result.exit_code != 0, result.output
    assert "cannot reach smtp.gmial.invalid:587: no server by that name was found" \
        in result.stderr
    assert "Errno" not in result.stderr


def test_a_closed_mail_port_is_said_in_words(run_cli) -> None:
    import socket

    with socket.socket() as probe:  # a port nothing listens on once the probe is closed
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    run_cli("profile", "set", "email", "jordan.lee@example.com")
    run_cli("config", "set", "smtp.host", "127.0.0.1")
    run_cli("config", "set", "smtp.port", str(port))
    result = run_cli("mail", "test")
    assert f"cannot reach 127.0.0.1:{port}: nothing answers on that port" in result.stderr
    assert "Errno" not in result.stderr


def test_show_indents_the_lines_of_a_note_of_several_lines(run_cli, tmp_path) -> None:
    text = ACME.read_text()
    start = text.index("notes = ")
    end = text.index("\n", start)
    record = tmp_path / "acme.toml"
    record.write_text(text[:start] + 'notes = """\nstage first.\nthen sat down w/ the team.\n"""'
                      + text[end:])
    assert run_cli("add", str(record)).exit_code == 0
    shown = run_cli("show", "1", env={"COLUMNS": "200"}).stdout
    assert "  Notes: stage first.\n    then sat down w/ the team.\n" in shown


def test_backup_and_restore_count_in_words_not_table_names(run_cli, tmp_path) -> None:
    run_cli("profile", "set", "name", "Jordan Lee")
    assert run_cli("add", str(ACME)).exit_code == 0
    file = tmp_path / "afterword-backup.json"
    backed = " ".join(run_cli("backup", str(file)).stdout.split())
    assert f"Backed up 1 application, 1 interview, 2 people you met and 1 setting to {file}." \
        in backed
    env = {"AFTERWORD_DB": str(tmp_path / "new.db"),
           "AFTERWORD_CONFIG": str(tmp_path / "new.toml")}
    restored = " ".join(run_cli("restore", str(file), env=env).stdout.split())
    assert "Restored 1 application, 1 interview and 2 people you met." in restored
    assert "meta" not in backed + restored and " 0 " not in backed + restored


def test_drafting_without_a_name_says_how_to_set_it(run_cli) -> None:
    assert run_cli("add", str(ACME)).exit_code == 0
    result = run_cli("draft", "1", env=NOW)
    assert result.exit_code == 0, result.output
    assert 'Your name is not set, so the notes cannot be signed: afterword profile set name ' \
        '"Your Name", then draft again.' in " ".join(result.stderr.split())
    run_cli("profile", "set", "name", "Jordan Lee")
    again = run_cli("draft", "#1", env=NOW)
    assert again.exit_code == 0, again.output
    assert "Your name is not set" not in again.output


def test_a_calendar_into_a_missing_folder_says_how_to_make_it(run_cli, tmp_path) -> None:
    assert run_cli("add", str(ACME)).exit_code == 0
    folder = tmp_path / "plans"
    result = run_cli("calendar", "--out", str(folder / "afterword.ics"), env=NOW)
    assert result.exit_code == 1, result.output
    assert f"the folder {folder} does not exist" in result.stderr
    assert f"mkdir -p {folder}" in result.stderr


def test_a_status_in_capitals_is_taken_and_a_near_miss_named(stored) -> None:
    done = stored("status", "1", "Offer")
    assert done.exit_code == 0, done.output
    assert "→ offer" in done.stdout
    wrong = stored("status", "1", "offered")
    assert wrong.exit_code == 2
    assert "'offered' is not a status; did you mean offer?" in wrong.stderr


def test_review_of_a_misspelt_file_names_the_file_beside_it(run_cli, tmp_path) -> None:
    (tmp_path / "thank-you-priya.txt").write_text("Dear Priya,\n\nThank you.\n\nJordan\n")
    result = run_cli("review", str(tmp_path / "thank-you-priya.tx"))
    assert result.exit_code == 2, result.output
    assert "Did you mean " in result.stderr and "thank-you-priya.txt?" in result.stderr


def test_a_misspelled_or_closed_mailbox_server_is_said_in_words_too(run_cli) -> None:
    import socket

    with socket.socket() as probe:  # a port nothing listens on once the probe is closed
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    run_cli("profile", "set", "email", "jordan.lee@example.com")
    run_cli("config", "set", "imap.user", "jordan.lee@example.com")
    for host, said in (("imap.gmial.invalid", "no server by that name was found"),
                       ("127.0.0.1", "nothing answers on that port (is imap.port right?)")):
        run_cli("config", "set", "imap.host", host)
        run_cli("config", "set", "imap.port", str(port))
        run_cli("config", "set", "imap.security", "none" if host == "127.0.0.1" else "tls")
        result = run_cli("inbox", env={"AFTERWORD_IMAP_PASSWORD": "x"})
        assert result.exit_code != 0, result.output
        assert said in " ".join(result.stderr.split()), result.stderr
        assert "Errno" not in result.stderr and "Traceback" not in result.stderr


def test_a_value_with_spaces_typed_without_quotes_gets_the_hint_to_quote_it(run_cli) -> None:
    result = run_cli("profile", "set", "timezone", "New", "York")
    assert result.exit_code == 2
    assert "put it in quotes" in result.output and "Traceback" not in result.output


def test_a_backup_into_a_missing_folder_names_the_file_asked_for(run_cli, tmp_path) -> None:
    target = tmp_path / "nowhere" / "backup.json"
    result = run_cli("backup", str(target))
    assert result.exit_code != 0
    assert f"cannot write {target}: the folder {target.parent} does not exist" in \
        " ".join(result.output.split())
    assert ".tmp" not in result.output and "Traceback" not in result.output
