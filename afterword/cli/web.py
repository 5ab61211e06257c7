"""`afterword web`: the local web app, on this computer only."""

# No `from __future__ import annotations`: Typer reads every command's signature at start-up,
# and evaluating their annotations from strings took about as long as building the commands.

from typing import Annotated

import typer

from afterword.cli.common import STATE


def web(
    port: Annotated[
        int | None,
        typer.Option("--port", metavar="PORT", help="Listen on this port from now on (it is remembered, so "
                     "make your bookmark again).", min=1, max=65535, show_default=False),
    ] = None,
    no_browser: Annotated[
        bool, typer.Option("--no-browser",
                           help="Don't open the browser; print a sign-in link instead.")
    ] = False,
    sign_out_all: Annotated[
        bool, typer.Option("--sign-out-all",
                           help="Sign every browser out (after using a shared computer, say); "
                           "starts nothing. Starting Afterword again signs yours back in.")
    ] = False,
    make_shortcut: Annotated[
        bool, typer.Option("--shortcut",
                           help="Make a shortcut that starts Afterword with a double-click (in "
                           "the applications menu on Linux, on the desktop on macOS and "
                           "Windows); starts nothing.")
    ] = False,
) -> None:
    """
    Open Afterword in your browser: today's agenda, your interviews, notes, outbox, settings.

    It listens on this computer only, at an address of its own that stays the same from one
    start to the next, so you can bookmark it. Each start opens your browser with a sign-in
    link that works once; the browser then stays signed in for 30 days after your last visit.
    Started again while it runs, it just opens the browser, signed in. It sends queued notes
    at their time while it runs. Stop it with Ctrl+C (or close its window).

    To start it without typing, `afterword web --shortcut` makes a shortcut to double-click
    (docs/web.md, "Start it from your desktop", says how to make one by hand).

    Example: afterword web --no-browser
    """
    import os

    from afterword.cli import render
    from afterword.web.install import Install

    if make_shortcut:
        _make_shortcut()
        return
    install = Install.beside(STATE.config.path, STATE.db_url or os.environ.get("AFTERWORD_DB"))
    if sign_out_all:
        install.sign_out_all()
        render.success("Every browser is signed out of Afterword.")
        render.say("Start Afterword again (its shortcut, or `afterword web`) to sign your "
                   "browser back in.")
        return

    import threading
    import webbrowser

    from afterword.cli.common import now
    from afterword.web.install import KEY_LIFETIME
    from afterword.web.listen import AlreadyRunning, open_socket

    def sign_in_link(base: str) -> str:
        return f"{base}/?key={install.issue_key(now())}"

    minutes = int(KEY_LIFETIME.total_seconds() // 60)
    try:
        sock, address = open_socket(install, port=port)
    except AlreadyRunning as running:
        link = sign_in_link(running.address.base)
        render.success(f"Afterword is already running at {running.address.base}/")
        if no_browser or not webbrowser.open(link):
            render.say(f"To sign in, open this link within {minutes} minutes (it works "
                       f"once): {render.escape(link)}")
        else:
            render.say("[dim]Opened it in your browser, signed in.[/]")
        return

    import uvicorn

    from afterword.web.app import create_app

    try:
        store, config = STATE.store, STATE.config
        store.engine  # noqa: B018 - open (and migrate) the database before the first page
        app = create_app(store, config, install=install, host=address.host, port=address.port)
        link = sign_in_link(address.base)
    except BaseException:
        sock.close()
        raise
    render.success(f"Afterword is open at {address.base}/ (bookmark it: it stays the same)")
    if not no_browser and not _browser_here():
        # Said once, before the link: not "your browser was sent a link", then "no browser".
        render.say("No browser could be opened from here.")
        no_browser = True
    if no_browser:
        render.say(f"To sign in, open this link within {minutes} minutes (it works once): "
                   f"{render.escape(link)}")
    else:
        render.say("[dim]Your browser is being sent a sign-in link that works once.[/]")
    render.say("[dim]Queued notes are sent while this runs. Stop with Ctrl+C.[/]")
    if not no_browser:
        def open_browser() -> None:
            if not webbrowser.open(link):  # no browser here (a server, a remote session)
                render.say(f"No browser could be opened from here: open this link within "
                           f"{minutes} minutes (it works once): {render.escape(link)}")

        # Once the server runs, so the browser's first request finds it answering.
        threading.Timer(0.8, open_browser).start()
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False,
                                           lifespan="on"))
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()


def _browser_here() -> bool:
    """Whether Python knows a browser to open here (none on a server or a remote session)."""
    import webbrowser

    try:
        webbrowser.get()
    except webbrowser.Error:
        return False
    return True


def _make_shortcut() -> None:
    import sys
    from pathlib import Path

    import platformdirs

    from afterword.cli import render
    from afterword.web import launchers

    def absolute(path: str | Path | None) -> str | None:
        return str(Path(path).expanduser().resolve()) if path else None

    db = STATE.db_url
    args = launchers.command(sys.executable, config=absolute(STATE.config_path),
                             db=db if db is None or "://" in db else absolute(db))
    item = launchers.shortcut(sys.platform, args, desktop=platformdirs.user_desktop_path(),
                              data_home=platformdirs.user_data_path(),
                              label=launchers.label_for(db))
    launchers.write(item)
    render.success(f"Made a shortcut {item.where}: {render.escape(str(item.path))}")
    render.say("Double-click it to start Afterword and open it in your browser. Its window "
               "shows that Afterword is running: close it to stop.")
