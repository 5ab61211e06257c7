"""A throwaway Dovecot on loopback, for the inbox tests and bench/inbox.py.

Debian's dovecot-imapd (scripts/system-packages.txt) runs with a config of its own in a temp
dir, as /work/shared/environment-notes.md describes: a passwd-file user whose Maildir is on
disk, so a test can put mail in (tmp/ then new/, INTERNALDATE = the file's mtime) and see in
the file names whatever a client changed (new/ -> cur/ when \\Recent is lost, ":2,S" when
read, gone when deleted).
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

DOVECOT = "/usr/sbin/dovecot"
USER = "jordan"
PASSWORD = "imap-pw-1234"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Dovecot:
    """A running server: `put()` delivers a mail, `files()` lists the Maildir's file names."""

    root: Path
    port: int
    process: subprocess.Popen[bytes]
    host: str = "127.0.0.1"
    tls_port: int | None = None  # implicit TLS (imaps), when started with a certificate
    user: str = USER
    password: str = PASSWORD
    _count: int = 0

    @property
    def maildir(self) -> Path:
        return self.root / "home" / "Maildir"

    def folder_dir(self, folder: str = "INBOX") -> Path:
        # Maildir++: INBOX is the Maildir itself, a folder "Replies" is Maildir/.Replies
        return self.maildir if folder == "INBOX" else self.maildir / f".{folder}"

    def add_folder(self, folder: str) -> None:
        path = self.folder_dir(folder)
        for sub in ("tmp", "new", "cur"):
            (path / sub).mkdir(parents=True, exist_ok=True)
        uid = pwd.getpwnam("nobody")
        for dirpath, _dirs, _files in os.walk(path):
            os.chown(dirpath, uid.pw_uid, uid.pw_gid)
        subscriptions = self.maildir / "subscriptions"
        names = set(subscriptions.read_text().split()) if subscriptions.exists() else set()
        subscriptions.write_text("\n".join(sorted(names | {folder})) + "\n")

    def put(self, raw: bytes | str, *, received: datetime, folder: str = "INBOX") -> str:
        """Deliver one mail as a mail server does (write in tmp/, rename into new/); returns
        its file name. `received` becomes its INTERNALDATE."""
        data = raw.encode() if isinstance(raw, str) else raw
        self._count += 1
        name = f"{int(received.timestamp())}.M{self._count}P{os.getpid()}.test"
        base = self.folder_dir(folder)
        tmp = base / "tmp" / name
        tmp.write_bytes(data)
        stamp = received.timestamp()
        os.utime(tmp, (stamp, stamp))
        uid = pwd.getpwnam("nobody")
        os.chown(tmp, uid.pw_uid, uid.pw_gid)
        os.rename(tmp, base / "new" / name)
        return name

    def files(self, folder: str = "INBOX") -> dict[str, list[str]]:
        """Every mail file's name, by sub-folder (new, cur): flags show in the names."""
        base = self.folder_dir(folder)
        return {sub: sorted(os.listdir(base / sub)) for sub in ("new", "cur")}

    def stop(self) -> None:
        # The master and its children by PID (the master alone lingers a second or two).
        children = _children(self.process.pid)
        for pid in [self.process.pid, *children]:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=5)
        shutil.rmtree(self.root, ignore_errors=True)


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        # The command name (field 2) may hold spaces: the parent is the 2nd field after ')'.
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.append(int(entry))
    return found


def start(*, tls_cert: tuple[Path, Path] | None = None) -> Dovecot:
    """Start Dovecot on a free loopback port with one user and an empty INBOX; with
    `tls_cert` (cert, key) it listens with STARTTLS offered (ssl = yes)."""
    if not Path(DOVECOT).exists():
        raise RuntimeError("Dovecot is not installed: `make system-deps` (as root) installs "
                           "dovecot-imapd (scripts/system-packages.txt)")
    root = Path(tempfile.mkdtemp(prefix="afterword-dovecot-"))
    root.chmod(0o755)  # the auth process runs as `dovecot` and must read the passwd file
    home = root / "home"
    for sub in ("tmp", "new", "cur"):
        (home / "Maildir" / sub).mkdir(parents=True)
    nobody = pwd.getpwnam("nobody")
    for dirpath, _dirs, _files in os.walk(home):
        os.chown(dirpath, nobody.pw_uid, nobody.pw_gid)
    (root / "passwd").write_text(
        f"{USER}:{{PLAIN}}{PASSWORD}:{nobody.pw_uid}:{nobody.pw_gid}::{home}\n")
    port = free_port()
    ssl_lines = "ssl = no"
    tls_port = None
    imaps = "port = 0"
    if tls_cert is not None:
        ssl_lines = f"ssl = yes\nssl_cert = <{tls_cert[0]}\nssl_key = <{tls_cert[1]}"
        tls_port = free_port()
        imaps = f"address = 127.0.0.1\n    port = {tls_port}"
    (root / "dovecot.conf").write_text(f"""
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
{ssl_lines}
disable_plaintext_auth = no
mail_location = maildir:~/Maildir
passdb {{
  driver = passwd-file
  args = {root}/passwd
}}
userdb {{
  driver = passwd-file
  args = {root}/passwd
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    {imaps}
  }}
}}
""")
    process = subprocess.Popen([DOVECOT, "-F", "-c", str(root / "dovecot.conf")],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    server = Dovecot(root, port, process, tls_port=tls_port)
    deadline = time.monotonic() + 10
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
                if s.recv(100).startswith(b"* OK"):
                    return server
        except OSError:
            pass
        if time.monotonic() > deadline or process.poll() is not None:
            server.stop()
            raise RuntimeError("Dovecot did not start: " + _log(root))
        time.sleep(0.01)


def _log(root: Path) -> str:
    try:
        return (root / "dovecot.log").read_text()[-2000:]
    except OSError:
        return "(no log)"


@contextlib.contextmanager
def running(**options: object) -> Iterator[Dovecot]:
    server = start(**options)  # type: ignore[arg-type]
    try:
        yield server
    finally:
        server.stop()
