"""`afterword web` as a person starts it: a real server on loopback, the printed address, Ctrl+C."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.deliver.conftest import free_port

# Runs the real `afterword` app; registers `web` itself until cli/__init__.py does.
SCRIPT = """
from afterword.cli import app, main
from afterword.cli.web import web
if "web" not in {c.name for c in app.registered_commands}:
    app.command("web")(web)
main()
"""


def start(tmp_path: Path, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "AFTERWORD_CONFIG": str(tmp_path / "config.toml"),
           "AFTERWORD_DB": str(tmp_path / "web.db"), "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen([sys.executable, "-c", SCRIPT, "web", *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            cwd=str(Path(__file__).resolve().parents[2]))


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    port = free_port()
    process = start(tmp_path, "--no-browser", "--port", str(port))
    assert process.stdout is not None
    line = process.stdout.readline()
    match = re.search(r"(http://127\.0\.0\.1:\d+/\?key=\S+)", line)
    assert match, line + (process.stdout.read() if process.poll() is not None else "")
    url = match.group(1)
    for _ in range(100):  # until it answers
        try:
            httpx.get(url.split("?")[0], timeout=1)
            break
        except httpx.TransportError:
            time.sleep(0.05)
    yield url, process
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_web_prints_a_loopback_address_with_a_key_and_serves_pages(server) -> None:
    url, _ = server
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+/\?key=[A-Za-z0-9_-]{20,}", url)
    with httpx.Client(follow_redirects=True) as client:
        first = client.get(url)
        assert first.status_code == 200  # after the redirect that swaps the key for a cookie
        assert "Today" in first.text and "key=" not in str(first.url)
        assert client.get(url.split("?")[0] + "settings").status_code == 200


def test_web_refuses_a_stranger_and_a_rebound_host_name(server) -> None:
    url, _ = server
    base = url.split("?")[0]
    assert httpx.get(base).status_code == 403
    port = base.rsplit(":", 1)[1].strip("/")
    rebound = httpx.get(base, headers={"Host": f"attacker.example:{port}"})
    assert rebound.status_code == 400


def test_web_stops_cleanly_on_ctrl_c(server) -> None:
    _, process = server
    process.send_signal(signal.SIGINT)
    assert process.wait(timeout=10) in (0, 1, -signal.SIGINT, 130)


def test_web_says_so_when_the_port_is_taken(tmp_path: Path) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        process = start(tmp_path, "--no-browser", "--port", str(port))
        output, _ = process.communicate(timeout=30)
    assert process.returncode == 2, output
    assert f"port {port} cannot be used" in output
    assert "Traceback" not in output
