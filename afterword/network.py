"""A network failure in plain words, the same for the mail server and the mailbox."""

from __future__ import annotations

import socket


def failure_words(exc: BaseException, port_key: str) -> str | None:
    """What went wrong reaching a server, as a person can act on it; None when the error
    is not one of these (the caller says it in its own terms). `port_key` names the
    setting to check for a closed port ("smtp.port", "imap.port")."""
    if isinstance(exc, socket.timeout):
        return "timed out"
    # The two a person meets first, said without "[Errno -2] Name or service not known".
    if isinstance(exc, socket.gaierror):
        return ("no server by that name was found (is it spelled right? is this computer "
                "online?)")
    if isinstance(exc, ConnectionRefusedError):
        return f"nothing answers on that port (is {port_key} right?)"
    return None
