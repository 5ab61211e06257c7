"""A mail server on this computer for `make demo`: it keeps what it receives as .eml files.

Usage: demo_mailserver.py FOLDER PORTFILE  (writes the port it listens on to PORTFILE)
"""

from __future__ import annotations

import signal
import socket
import sys
import threading
from pathlib import Path

from aiosmtpd.controller import Controller


class Keep:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.count = 0

    async def handle_DATA(self, server, session, envelope):  # noqa: ANN001, ANN201
        self.count += 1
        (self.folder / f"{self.count:03d}.eml").write_bytes(envelope.original_content)
        return "250 OK: kept by the demo mail server"


def main() -> None:
    folder, port_file = Path(sys.argv[1]), Path(sys.argv[2])
    folder.mkdir(parents=True, exist_ok=True)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    controller = Controller(Keep(folder), hostname="127.0.0.1", port=port)
    controller.start()
    port_file.write_text(str(port))
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    stop.wait(600)  # never outlive the demo by long
    controller.stop()


if __name__ == "__main__":
    main()
