"""`afterword web --shortcut`: a shortcut per platform that starts Afterword with a double-click."""

from __future__ import annotations

import os
import shlex
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from afterword.web.launchers import command, shortcut

PYTHON = "/Users/Jordan Lee/.local/pipx/venvs/afterword/bin/python"


def exec_line(desktop_entry: str) -> list[str]:
    line = next(x for x in desktop_entry.splitlines() if x.startswith("Exec="))
    # The entry's string escapes (a doubled backslash), then shell-like quoting.
    return shlex.split(line.removeprefix("Exec=").replace("\\\\", "\\"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a Linux desktop entry")
def test_the_linux_shortcut_is_in_the_menu_and_starts_afterword_signed_in(
        run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    result = run_cli("web", "--shortcut")
    assert result.exit_code == 0, result.stdout + result.stderr
    # The database is named (AFTERWORD_DB): the shortcut says which, and has its own file.
    entry = tmp_path / "share" / "applications" / "afterword-afterword.desktop"
    assert "in your applications menu" in result.stdout and str(entry) in result.stdout
    text = entry.read_text()
    assert "Terminal=true" in text and "Name=Afterword (afterword)\n" in text
    # desktop-file-utils (scripts/system-packages.txt): the freedesktop project's own checker.
    validator = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True,
                               text=True, check=False)
    assert validator.returncode == 0 and not validator.stdout, validator.stdout

    # What a double-click runs: this Python, the same settings and data, `web`.
    args = exec_line(text)
    assert args[:3] == [sys.executable, "-m", "afterword"] and args[-1] == "web"
    assert args[args.index("--config") + 1] == os.environ["AFTERWORD_CONFIG"]
    seen = tmp_path / "browser.txt"
    recorder = tmp_path / "record-browser"
    recorder.write_text(f"#!/bin/sh\nprintf '%s\\n' \"$1\" >> {seen}\n")
    recorder.chmod(0o755)
    env = {k: v for k, v in os.environ.items()
           if k not in ("AFTERWORD_CONFIG", "AFTERWORD_DB", "AFTERWORD_NOW")}
    process = subprocess.Popen(args, env={**env, "BROWSER": f"{recorder} %s"},
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               cwd=str(Path(__file__).resolve().parents[2]))
    try:
        for _ in range(600):
            if seen.exists() and seen.read_text().strip():
                break
            assert process.poll() is None, "afterword web stopped"
            time.sleep(0.05)
        link = seen.read_text().strip()
        with httpx.Client(follow_redirects=True) as browser:
            page = browser.get(link)
            assert page.status_code == 200 and "Today" in page.text
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_the_macos_shortcut_is_an_executable_script_on_the_desktop(tmp_path: Path) -> None:
    args = command(PYTHON, config="/Users/Jordan Lee/cfg $HOME/config.toml", db=None)
    item = shortcut("darwin", args, desktop=tmp_path / "Desktop", data_home=tmp_path)
    assert item.path == tmp_path / "Desktop" / "Afterword.command" and item.executable
    assert item.text.startswith("#!/bin/sh\n")
    line = item.text.splitlines()[-1]
    assert shlex.split(line) == ["exec", *args]  # spaces and $ kept as they are
    assert subprocess.run(["sh", "-n", "-c", item.text], check=False).returncode == 0


def test_the_windows_shortcut_is_a_cmd_file_that_keeps_an_error_on_screen(
        tmp_path: Path) -> None:
    python = r"C:\Users\Jordan Lee\pipx\venvs\afterword\Scripts\python.exe"
    args = command(python, config=r"C:\Users\Jordan Lee\100% mine\config.toml", db=None)
    item = shortcut("win32", args, desktop=tmp_path, data_home=tmp_path)
    assert item.path.name == "Afterword.cmd"
    lines = item.text.split("\r\n")
    assert lines[0] == "@echo off"
    assert lines[2] == (f'"{python}" "-m" "afterword" "--config" '
                        r'"C:\Users\Jordan Lee\100%% mine\config.toml" "web"')
    assert "if errorlevel 1 pause" in lines


def test_a_desktop_entry_quotes_paths_as_its_spec_says(tmp_path: Path) -> None:
    args = command("/opt/my apps/python", config='/home/j/a "b" $c\\d%e.toml', db=None)
    text = shortcut("linux", args, desktop=tmp_path, data_home=tmp_path).text
    line = next(x for x in text.splitlines() if x.startswith("Exec="))
    assert line == ('Exec="/opt/my apps/python" -m afterword --config '
                    '"/home/j/a \\\\"b\\\\" \\\\$c\\\\\\\\d%%e.toml" web')


def test_a_shortcut_never_carries_a_database_password(run_cli) -> None:
    result = run_cli("--db", "postgresql://jordan:s3cret@db.example/afterword", "web",
                     "--shortcut")
    assert result.exit_code == 2
    assert "holds a password" in result.stderr and "s3cret" not in result.stderr
    assert "Traceback" not in result.stderr


def test_each_named_database_gets_its_own_shortcut(tmp_path: Path) -> None:
    from afterword.web.launchers import label_for

    assert label_for(None) is None
    assert label_for("/home/coach/clients/maria.db") == "maria"
    assert label_for(r"C:\Users\coach\sam lee.sqlite3") == "sam lee"
    usual = shortcut("linux", ["python"], desktop=tmp_path, data_home=tmp_path)
    maria = shortcut("linux", ["python"], desktop=tmp_path, data_home=tmp_path, label="maria")
    assert usual.path.name == "afterword.desktop" and "Name=Afterword\n" in usual.text
    assert maria.path.name == "afterword-maria.desktop"
    assert "Name=Afterword (maria)\n" in maria.text
    mac = shortcut("darwin", ["python"], desktop=tmp_path, data_home=tmp_path, label="maria")
    assert mac.path.name == "Afterword (maria).command"
