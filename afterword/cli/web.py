"""`afterword web`: the local web app, on this computer only."""

from __future__ import annotations

from typing import Annotated

import typer

from afterword.cli.common import STATE
from afterword.errors import AfterwordError

HOST = "127.0.0.1"  # loopback only: the app is never reachable from another machine


def web(
    port: Annotated[
        int | None,
        typer.Option("--port", help="The port to listen on (default: a free one).", min=1,
                     max=65535, show_default=False),
    ] = None,
    no_browser: Annotated[
        bool, typer.Option("--no-browser", help="Don't open the browser; just print the address.")
    ] = False,
) -> None:
    """
    Open Afterword in your browser: today's agenda, your interviews, notes, outbox, settings.

    It listens on this computer only (127.0.0.1), behind a key made for this run, and
    sends queued notes at their time while it runs. Stop it with Ctrl+C.

    Example: afterword web --no-browser
    """
    import secrets
    import socket
    import threading
    import webbrowser

    import uvicorn

    from afterword.cli import render
    from afterword.web.app import create_app

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    # As uvicorn does: a port left in TIME_WAIT by the last run can be used again at once.
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((HOST, port or 0))
    except OSError as exc:
        sock.close()
        raise AfterwordError(f"port {port} cannot be used ({exc.strerror})",
                             hint="Leave out --port to use a free one.") from None
    chosen = int(sock.getsockname()[1])
    secret = secrets.token_urlsafe(24)
    store, config = STATE.store, STATE.config
    store.engine  # noqa: B018 - open (and migrate) the database before the first page
    app = create_app(store, config, secret=secret, host=HOST, port=chosen)
    url = f"http://{HOST}:{chosen}/?key={secret}"
    render.success(f"Afterword is open at {render.escape(url)}")
    render.say("[dim]The address holds a key made for this run: keep it to yourself. "
               "Queued notes are sent while this runs. Stop with Ctrl+C.[/]")
    if not no_browser:
        threading.Timer(0.8, webbrowser.open, args=(url,)).start()
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False,
                                           lifespan="on"))
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
