"""A real PostgreSQL server for the test suite: started once, on a free loopback port, then stopped.

PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user
(Debian's package creates it) through `runuser`; see docs/development.md.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _bindir() -> str:
    pg_config = shutil.which("pg_config")
    if pg_config is None:
        raise RuntimeError(
            "PostgreSQL is not installed: the store tests need it. As root, `make test` "
            "installs it; otherwise run `sudo apt-get install postgresql`."
        )
    return subprocess.check_output([pg_config, "--bindir"], text=True).strip()


@contextmanager
def postgres_server() -> Iterator[str]:
    """Start a throwaway server; yields its base URL (postgresql+psycopg://postgres@127.0.0.1:PORT)."""
    bindir = _bindir()
    root = os.geteuid() == 0
    # Not pytest's tmp_path: postgres must be able to traverse every parent directory.
    folder = tempfile.mkdtemp(prefix="afterword-pg-")
    as_pg: list[str] = []
    if root:
        pw = pwd.getpwnam("postgres")
        os.chown(folder, pw.pw_uid, pw.pw_gid)
        as_pg = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    data = f"{folder}/data"
    # The server's own locale: one every machine has (the tests pin Afterword's dates with
    # LANG=en_GB.UTF-8, which initdb refuses where that locale is not installed).
    env = {**os.environ, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
    quiet = {"cwd": folder, "stdout": subprocess.DEVNULL, "stderr": subprocess.PIPE, "env": env}
    try:
        subprocess.run(
            [*as_pg, f"{bindir}/initdb", "-D", data, "-U", "postgres", "-A", "trust", "-N"],
            check=True, **quiet,  # type: ignore[arg-type]
        )
        subprocess.run(
            [*as_pg, f"{bindir}/pg_ctl", "-D", data, "-l", f"{folder}/log", "-w", "-o",
             f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
             "-c max_connections=60", "start"],
            check=True, **quiet,  # type: ignore[arg-type]
        )
    except subprocess.CalledProcessError as exc:
        log = ""
        if os.path.exists(f"{folder}/log"):
            with open(f"{folder}/log") as f:
                log = f.read()[-2000:]
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"PostgreSQL did not start: {exc.stderr!r}\n{log}") from exc
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}"
    finally:
        subprocess.run([*as_pg, f"{bindir}/pg_ctl", "-D", data, "-m", "fast", "-w", "stop"],
                       check=False, **quiet)  # type: ignore[arg-type]
        shutil.rmtree(folder, ignore_errors=True)


def create_database(base_url: str, name: str) -> str:
    """A fresh, empty database on the server; returns its URL."""
    import psycopg

    dsn = base_url.replace("postgresql+psycopg://", "postgresql://") + "/postgres"
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    return f"{base_url}/{name}"
