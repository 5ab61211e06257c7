"""Faults a person meets outside Afterword (a damaged or busy database, a missing folder, a file
in another encoding): one clear sentence naming the file and what to do, never a traceback."""

from __future__ import annotations

import os
import sqlite3

import pytest

from tests.conftest import EXAMPLES

ACME = EXAMPLES / "acme-data-engineer.toml"


def _plain_error(result, *, code: int = 1) -> str:
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output and "sqlalchemy" not in result.output
    assert result.stderr.startswith("Error: "), result.output
    return result.stderr


def test_db_naming_a_missing_folder_is_refused_and_nothing_created(run_cli, tmp_path) -> None:
    db = tmp_path / "no-such-folder" / "afterword.db"
    err = _plain_error(run_cli("--db", str(db), "list"))
    assert f"the folder {db.parent} does not exist" in err
    assert "mkdir -p" in err
    assert not db.parent.exists()


def test_the_default_data_folder_is_still_made_on_first_use(run_cli, tmp_path) -> None:
    env = {"AFTERWORD_DB": "", "XDG_DATA_HOME": str(tmp_path / "fresh-data")}
    result = run_cli("add", str(ACME), env=env)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "fresh-data" / "afterword" / "afterword.db").exists()


def test_a_file_that_is_not_a_database_is_named(run_cli, tmp_path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Things to ask Priya about the data platform. " * 40)
    err = _plain_error(run_cli("--db", str(notes), "list"))
    assert f"the database {notes} is not an Afterword database" in err
    assert "restore" in err
    assert notes.read_text().startswith("Things to ask")  # left as it was


def _damage(db, table: str) -> None:
    """Overwrite the first page of `table` with junk, as a failing disk would."""
    with sqlite3.connect(db) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = con.execute("PRAGMA page_size").fetchone()[0]
        root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    with open(db, "r+b") as fh:
        fh.seek(page_size * (root - 1))
        fh.write(b"\x55" * page_size)


def test_a_database_with_a_damaged_page_is_named_with_what_to_do(run_cli, tmp_path) -> None:
    db = tmp_path / "damaged.db"
    assert run_cli("--db", str(db), "add", str(ACME)).exit_code == 0
    _damage(db, "interviews")
    err = _plain_error(run_cli("--db", str(db), "list"))
    assert f"the database {db} is damaged" in err
    assert "restore BACKUP.json" in err


def test_a_read_only_database_is_refused_in_one_sentence(run_cli, tmp_path) -> None:
    db = tmp_path / "afterword.db"
    assert run_cli("--db", str(db), "add", str(ACME)).exit_code == 0
    read_only = f"sqlite:///file:{db}?mode=ro&uri=true"
    assert run_cli("--db", read_only, "list").exit_code == 0  # reading still works
    err = _plain_error(run_cli("--db", read_only, "status", "1", "offer"))
    assert f"the database {db} is read-only" in err
    assert "UPDATE" not in err


def test_a_database_file_without_write_permission_is_refused(run_cli, tmp_path) -> None:
    import shutil
    import tempfile
    from pathlib import Path

    # Outside pytest's own (root-only) temp tree, so another user can reach it.
    folder = Path(tempfile.mkdtemp(prefix="afterword-ro-"))
    folder.chmod(0o755)
    db = folder / "afterword.db"
    try:
        assert run_cli("--db", str(db), "add", str(ACME)).exit_code == 0
        for path in folder.glob("afterword.db*"):
            path.chmod(0o444)
        folder.chmod(0o555)
        if os.geteuid() == 0:
            # Root may write any file: run the command without that power.
            code, out, err = _without_root_powers(folder, "--db", str(db), "status", "1",
                                                  "offer")
            assert code == 1 and "Traceback" not in out + err, out + err
            assert err.startswith("Error: "), err
        else:
            err = _plain_error(run_cli("--db", str(db), "status", "1", "offer"))
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder, ignore_errors=True)
    assert "read-only" in err or "cannot be opened" in err, err


def _without_root_powers(folder, *args: str) -> tuple[int, str, str]:
    """`afterword ARGS` run as root without the capabilities that let root ignore file
    permissions (util-linux's setpriv): it meets a read-only file as any user would, and
    still reads the checkout, wherever it is (a clean clone in a `mktemp -d` folder is
    private to root: the user nobody could not import Afterword from it)."""
    import subprocess
    import sys
    import tempfile
    from pathlib import Path

    home = Path(tempfile.mkdtemp(prefix="afterword-noroot-"))
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8",
           "HOME": str(home), "AFTERWORD_CONFIG": str(home / "config.toml"),
           "AFTERWORD_CACHE_DIR": str(home / "cache"), "XDG_DATA_HOME": str(home),
           "XDG_CONFIG_HOME": str(home), "XDG_CACHE_HOME": str(home), "COLUMNS": "200"}
    powers = "-dac_override,-dac_read_search,-fowner"
    try:
        done = subprocess.run(["setpriv", f"--inh-caps={powers}", f"--bounding-set={powers}",
                               sys.executable, "-m", "afterword", *args], env=env, cwd=home,
                              capture_output=True, text=True, timeout=120)
    finally:
        import shutil

        shutil.rmtree(home, ignore_errors=True)
    return done.returncode, done.stdout, done.stderr


def test_a_locked_database_says_another_program_holds_it(run_cli, tmp_path) -> None:
    db = tmp_path / "afterword.db"
    assert run_cli("--db", str(db), "add", str(ACME)).exit_code == 0
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        # `?timeout=` shortens the wait for the lock (30 seconds by default).
        err = _plain_error(run_cli("--db", f"sqlite:///{db}?timeout=0.1", "status", "1", "offer"))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert f"the database {db} is busy" in err
    assert "try again" in err


@pytest.mark.parametrize("as_", ["txt", "eml", "md", "card"])
def test_export_into_a_missing_folder_names_it(run_cli, tmp_path, as_) -> None:
    run_cli("profile", "set", "email", "jordan.lee@example.com")
    assert run_cli("add", str(ACME)).exit_code == 0
    assert run_cli("draft", "1").exit_code == 0
    out = tmp_path / "missing" / "note"
    err = _plain_error(run_cli("export", "1", "--as", as_, "--out", str(out)))
    assert f"the folder {out.parent} does not exist" in err
    assert "mkdir -p" in err


@pytest.mark.parametrize("as_", ["txt", "eml"])
def test_export_onto_a_folder_asks_for_a_file_name(run_cli, tmp_path, as_) -> None:
    run_cli("profile", "set", "email", "jordan.lee@example.com")
    assert run_cli("add", str(ACME)).exit_code == 0
    assert run_cli("draft", "1").exit_code == 0
    folder = tmp_path / "notes"
    folder.mkdir()
    err = _plain_error(run_cli("export", "1", "--as", as_, "--out", str(folder)))
    assert f"{folder} is a folder, not a file" in err
    assert f"note.{as_}" in err


def test_a_card_exported_onto_a_folder_goes_inside_it(run_cli, tmp_path) -> None:
    assert run_cli("add", str(ACME)).exit_code == 0
    assert run_cli("draft", "1").exit_code == 0
    folder = tmp_path / "cards"
    folder.mkdir()
    result = run_cli("export", "1", "--as", "card", "--out", str(folder))
    assert result.exit_code == 0, result.output
    assert sorted(p.suffix for p in folder.iterdir()) == [".html", ".pdf"]


def test_draft_out_onto_a_file_is_a_plain_error(run_cli, tmp_path) -> None:
    assert run_cli("add", str(ACME)).exit_code == 0
    taken = tmp_path / "drafts"
    taken.write_text("not a folder")
    err = _plain_error(run_cli("draft", "1", "--out", str(taken)))
    assert f"cannot make the folder {taken}" in err


def test_a_file_error_no_command_checks_still_names_the_file(run_cli, tmp_path) -> None:
    assert run_cli("add", str(ACME)).exit_code == 0
    not_a_folder = tmp_path / "data-is-a-file"
    not_a_folder.write_text("")
    result = run_cli("edit", "1", env={"XDG_DATA_HOME": str(not_a_folder), "EDITOR": "true"})
    err = _plain_error(result)
    assert str(not_a_folder) in err


def test_a_database_server_that_is_not_running_is_named(run_cli) -> None:
    url = "postgresql://jordan:s3cret@127.0.0.1:1/afterword"  # nothing listens on port 1
    err = _plain_error(run_cli("--db", url, "list"))
    assert "the database postgresql+psycopg://jordan:***@127.0.0.1:1/afterword cannot be used" in err
    assert "s3cret" not in err
    assert "server is running" in err
