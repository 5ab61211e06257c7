"""`afterword web` as a person starts it: a real server on loopback, sign-in links, Ctrl+C."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

# Runs the real `afterword` app; registers `web` itself until cli/__init__.py does.
SCRIPT = """
from afterword.cli import app, main
from afterword.cli.web import web
if "web" not in {c.name for c in app.registered_commands}:
    app.command("web")(web)
main()
"""
ADDRESS = re.compile(r"(http://127\.\d+\.\d+\.\d+:\d+)/")
LINK = re.compile(r"(http://127\.\d+\.\d+\.\d+:\d+/\?key=[A-Za-z0-9_-]{20,})")


def command(tmp_path: Path, *args: str, browser: str | None = None) -> subprocess.Popen[str]:
    env = {**os.environ, "AFTERWORD_CONFIG": str(tmp_path / "config.toml"),
           "AFTERWORD_DB": str(tmp_path / "web.db"), "PYTHONUNBUFFERED": "1"}
    env.pop("AFTERWORD_NOW", None)
    if browser is not None:
        env["BROWSER"] = browser  # Python's webbrowser runs this with the address
    return subprocess.Popen([sys.executable, "-c", SCRIPT, "web", *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            cwd=str(Path(__file__).resolve().parents[2]))


@dataclass
class Running:
    process: subprocess.Popen[str]
    base: str     # the bookmarkable address
    link: str     # the one-time sign-in link it printed
    output: list[str]

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def start(tmp_path: Path, *args: str, browser: str | None = None) -> Running:
    process = command(tmp_path, *args, browser=browser)
    assert process.stdout is not None
    lines: list[str] = []
    base = link = None
    while process.poll() is None and (base is None or (link is None and browser is None)
                                      or not lines[-1].startswith("Queued")):
        line = process.stdout.readline()
        lines.append(line)
        if base is None and (found := ADDRESS.search(line)):
            base = found.group(1)
        if found_link := LINK.search(line):
            link = found_link.group(1)
    assert base, "".join(lines) + process.stdout.read()
    for _ in range(200):  # until it answers
        try:
            httpx.get(base + "/static/app.css", timeout=1)
            break
        except httpx.TransportError:
            time.sleep(0.05)
    return Running(process, base, link or "", lines)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Running]:
    running = start(tmp_path, "--no-browser")
    yield running
    running.stop()


def install_folder(tmp_path: Path) -> Path:
    """The install's folder beside the settings file (web-<digest>: the database is named)."""
    [folder] = tmp_path.glob("web-*")
    return folder


def install_state(tmp_path: Path) -> dict[str, object]:
    return json.loads((install_folder(tmp_path) / "install.json").read_text())


def test_web_serves_an_address_of_its_own_and_a_link_that_signs_in_once(
        server: Running, tmp_path: Path) -> None:
    host = server.base.removeprefix("http://").split(":")[0]
    assert host.startswith("127.") and not host.startswith("127.0.0.")
    assert server.link.startswith(server.base + "/?key=")
    with httpx.Client(follow_redirects=True) as browser:
        first = browser.get(server.link)
        assert first.status_code == 200  # after the redirect that swaps the key for a cookie
        assert "Today" in first.text and "key=" not in str(first.url)
        assert browser.get(server.base + "/settings").status_code == 200
    with httpx.Client(follow_redirects=True) as stranger:
        again = stranger.get(server.link)
        assert again.status_code == 403 and "already been used" in again.text
    state = install_state(tmp_path)
    assert f"http://{state['host']}:{state['port']}" == server.base
    key = server.link.split("key=")[1]
    folder = install_folder(tmp_path)
    assert key not in "".join(p.read_text() for p in folder.rglob("*") if p.is_file())
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / "install.json").stat().st_mode) == 0o600


def test_a_bookmark_still_works_after_a_restart(tmp_path: Path) -> None:
    first = start(tmp_path, "--no-browser")
    browser = httpx.Client(follow_redirects=True)
    try:
        assert browser.get(first.link).status_code == 200
    finally:
        first.stop()
    second = start(tmp_path, "--no-browser")
    try:
        assert second.base == first.base
        bookmark = browser.get(second.base + "/interviews")  # no key: the cookie is enough
        assert bookmark.status_code == 200 and "Interviews" in bookmark.text
    finally:
        second.stop()
        browser.close()


def test_web_refuses_a_stranger_and_a_rebound_host_name(server: Running) -> None:
    refused = httpx.get(server.base + "/")
    assert refused.status_code == 403 and "Sign in to Afterword" in refused.text
    assert "Afterword opens only in a browser it has signed in" in refused.text
    port = server.base.rsplit(":", 1)[1]
    rebound = httpx.get(server.base, headers={"Host": f"attacker.example:{port}"})
    assert rebound.status_code == 400


def test_a_second_start_opens_the_running_app_signed_in(server: Running, tmp_path: Path) -> None:
    again = command(tmp_path, "--no-browser")
    output, _ = again.communicate(timeout=30)
    assert again.returncode == 0, output
    assert f"Afterword is already running at {server.base}/" in output
    link = LINK.search(output)
    assert link and link.group(1) != server.link, output
    with httpx.Client(follow_redirects=True) as browser:
        assert browser.get(link.group(1)).status_code == 200
    assert server.process.poll() is None  # the first one still runs


def test_the_browser_is_opened_with_a_one_time_key_only(tmp_path: Path) -> None:
    seen = tmp_path / "browser.txt"
    recorder = tmp_path / "record-browser"
    recorder.write_text(f"#!/bin/sh\nprintf '%s\\n' \"$1\" >> {seen}\n")
    recorder.chmod(0o755)
    running = start(tmp_path, browser=f"{recorder} %s")
    try:
        for _ in range(200):
            if seen.exists() and seen.read_text().strip():
                break
            time.sleep(0.05)
        opened = seen.read_text().strip()
        assert opened.startswith(running.base + "/?key=")
        assert "key=" not in "".join(running.output)  # nothing reusable printed either
        with httpx.Client(follow_redirects=True) as browser:
            assert browser.get(opened).status_code == 200
        with httpx.Client(follow_redirects=True) as stranger:  # read off the process list
            assert stranger.get(opened).status_code == 403
    finally:
        running.stop()


def test_sign_out_all_signs_out_a_running_app_s_browsers(server: Running,
                                                          tmp_path: Path) -> None:
    browser = httpx.Client(follow_redirects=True)
    assert browser.get(server.link).status_code == 200
    signing_out = command(tmp_path, "--sign-out-all")
    output, _ = signing_out.communicate(timeout=30)
    assert signing_out.returncode == 0 and "Every browser is signed out" in output, output
    ended = browser.get(server.base + "/")
    assert ended.status_code == 403 and "You have been signed out" in ended.text
    assert "--sign-out-all" in ended.text and "Traceback" not in ended.text
    browser.close()


def test_web_stops_cleanly_on_ctrl_c(server: Running) -> None:
    server.process.send_signal(signal.SIGINT)
    assert server.process.wait(timeout=10) in (0, 1, -signal.SIGINT, 130)


def test_web_refuses_to_start_when_another_program_holds_its_address(tmp_path: Path) -> None:
    first = start(tmp_path, "--no-browser")
    first.stop()
    host, port = first.base.removeprefix("http://").split(":")
    with socket.socket() as taken:
        taken.bind((host, int(port)))
        taken.listen()
        process = command(tmp_path, "--no-browser")
        output, _ = process.communicate(timeout=30)
    assert process.returncode == 2, output
    assert f"another program is using {first.base}/" in output
    assert "--port" in output and "Traceback" not in output


def test_web_says_so_when_a_chosen_port_is_taken(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("0.0.0.0", 0))  # every local address, this install's too
        taken.listen()
        port = taken.getsockname()[1]
        process = command(tmp_path, "--no-browser", "--port", str(port))
        output, _ = process.communicate(timeout=30)
    assert process.returncode == 2, output
    assert "another program is using" in output and f":{port}/" in output
    assert "Traceback" not in output


def _web_without_a_screen(tmp_path: Path, **more: str) -> Running:
    """`afterword web` with no display and only the venv on PATH (no browser there)."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "AFTERWORD_NOW", "BROWSER")}
    env.update({"AFTERWORD_CONFIG": str(tmp_path / "config.toml"),
                "AFTERWORD_DB": str(tmp_path / "web.db"), "PYTHONUNBUFFERED": "1",
                "PATH": str(Path(sys.executable).parent), **more})
    process = subprocess.Popen([sys.executable, "-c", SCRIPT, "web"], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               cwd=str(Path(__file__).resolve().parents[2]))
    assert process.stdout is not None
    return Running(process, "", "", [])


def test_with_no_browser_to_open_it_prints_the_sign_in_link(tmp_path: Path) -> None:
    # The only browser there is, and it fails.
    running = _web_without_a_screen(tmp_path, BROWSER="/bin/false %s")
    process = running.process
    assert process.stdout is not None
    try:
        for line in process.stdout:
            running.output.append(line)
            if "No browser could be opened" in line:
                break
        link = LINK.search(running.output[-1])
        assert link, "".join(running.output)
        with httpx.Client(follow_redirects=True) as browser:
            assert browser.get(link.group(1)).status_code == 200
    finally:
        running.stop()


def test_with_no_browser_at_all_it_says_so_once_and_never_claims_one_was_sent(
        tmp_path: Path) -> None:
    running = _web_without_a_screen(tmp_path)
    process = running.process
    assert process.stdout is not None
    try:
        for line in process.stdout:
            running.output.append(line)
            if LINK.search(line):
                break
        said = "".join(running.output)
        assert "No browser could be opened from here." in said, said
        assert "being sent" not in said and "was sent" not in said, said
        link = LINK.search(running.output[-1])
        assert link, said
        # The link is printed as the server starts: give it a moment to answer.
        for _ in range(50):
            try:
                with httpx.Client(follow_redirects=True) as browser:
                    assert browser.get(link.group(1)).status_code == 200
                break
            except httpx.ConnectError:
                time.sleep(0.2)
        else:
            raise AssertionError("the server never answered: " + said)
    finally:
        running.stop()


def test_each_database_gets_an_address_of_its_own(server: Running, tmp_path: Path) -> None:
    other_db = tmp_path / "client-two.db"
    process = subprocess.Popen(
        [sys.executable, "-c", SCRIPT, "--db", str(other_db), "web", "--no-browser"],
        env={**os.environ, "AFTERWORD_CONFIG": str(tmp_path / "config.toml"),
             "PYTHONUNBUFFERED": "1"},
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        cwd=str(Path(__file__).resolve().parents[2]))
    assert process.stdout is not None
    other = Running(process, "", "", [])
    try:
        line = process.stdout.readline()
        other.output.append(line)
        found = ADDRESS.search(line)
        assert found and "already running" not in line, line + process.stdout.read()
        assert found.group(1) != server.base
        assert len(list(tmp_path.glob("web-*"))) == 2
    finally:
        other.stop()
