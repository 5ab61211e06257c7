"""Where `afterword web` listens: the install's own loopback address, chosen once, held alone.

Browsers keep cookies per host name and ignore the port, so a sign-in cookie for 127.0.0.1
would also go to every other local server the browser visits. Each install therefore picks
an address of its own in 127.0.0.0/8 (all of it is this computer on Linux and Windows) and
a port on its first start, and keeps them, so a bookmark works from one start to the next.
macOS answers on 127.0.0.1 only (unless an alias is added); there the app uses 127.0.0.1.
"""

from __future__ import annotations

import errno
import secrets
import socket
import sys

from afterword.errors import AfterwordError
from afterword.web.install import Address, Install

FALLBACK_HOST = "127.0.0.1"
# Ports below every system's range for outgoing connections (Linux from 32768, macOS and
# Windows from 49152), so a port chosen today is not taken by a passing connection later.
PORTS = range(20000, 30000)
# On a first start an address that happens to be taken is skipped; after that it is kept.
FIRST_TRIES = 20
# How long a second start waits for the program holding the address to say who it is.
PROBE_TIMEOUT = 3.0


class AlreadyRunning(Exception):
    """This install's app already listens at `address`: open it rather than start another."""

    def __init__(self, address: Address) -> None:
        super().__init__(address.base)
        self.address = address


def new_host() -> str:
    """A random loopback address, never 127.0.0.x (127.0.0.1, resolvers, hostname entries)."""
    return (f"127.{1 + secrets.randbelow(254)}.{secrets.randbelow(256)}"
            f".{1 + secrets.randbelow(254)}")


def new_port() -> int:
    return PORTS.start + secrets.randbelow(len(PORTS))


def open_socket(install: Install, *, port: int | None = None) -> tuple[socket.socket, Address]:
    """A socket bound to the install's address (`port` replaces and re-remembers the port).

    Raises AlreadyRunning when this install's app holds the address, and an AfterwordError
    when another program does.
    """
    remembered = install.address()
    first = remembered is None
    host = remembered.host if remembered else new_host()
    chosen = port or (remembered.port if remembered else new_port())
    for _ in range(FIRST_TRIES):
        address = Address(host, chosen)
        try:
            sock = _bind(address)
        except OSError as exc:
            if exc.errno == errno.EADDRNOTAVAIL and host != FALLBACK_HOST:
                host = FALLBACK_HOST  # macOS: only 127.0.0.1 answers
                continue
            taken = exc.errno in (errno.EADDRINUSE, errno.EACCES)
            if taken and first and port is None:
                chosen = new_port()  # nobody has bookmarked it yet: try another
                continue
            if exc.errno == errno.EADDRINUSE:
                if is_ours(address, install.id):
                    raise AlreadyRunning(address) from None
                raise AfterwordError(
                    f"another program is using {address.base}/, the address Afterword keeps "
                    "for you on this computer",
                    hint="Close that program and start Afterword again, or choose another "
                         "port with `afterword web --port 8401` (Afterword keeps it from then "
                         "on: make your bookmark again).") from None
            raise AfterwordError(
                f"Afterword cannot listen on {address.base}/ ({exc.strerror})",
                hint="Choose another port with `afterword web --port 8401`.") from None
        install.remember(address)
        return sock, address
    raise AfterwordError("Afterword found no free port on this computer",
                         hint="Choose one with `afterword web --port 8401`.")


def _bind(address: Address) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        if sys.platform == "win32":
            # Windows lets a second program with SO_REUSEADDR take a port in use: ask for
            # the port alone instead, so "held by another program" is always noticed.
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)  # type: ignore[attr-defined,unused-ignore]
        else:
            # As uvicorn does: a port left in TIME_WAIT by the last run can be used at once.
            # A port another program listens on still refuses the bind.
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((address.host, address.port))
    except OSError:
        sock.close()
        raise
    return sock


def is_ours(address: Address, install_id: str) -> bool:
    """True when the program at `address` is this install's app (it knows its public id)."""
    import http.client
    import urllib.request

    from afterword.web.security import ID_PATH

    # Straight to the address, never through a proxy set in the environment.
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(address.base + ID_PATH, timeout=PROBE_TIMEOUT) as response:
            return bool(response.read(100).decode("utf-8", "replace").strip() == install_id)
    except (OSError, ValueError, http.client.HTTPException):
        return False
