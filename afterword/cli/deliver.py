"""`afterword send`, `cancel`, `confirm`, `outbox`, `dispatch` and `mail`: notes on their way."""

# No `from __future__ import annotations`: Typer reads every command's signature at start-up,
# and evaluating their annotations from strings took about as long as building the commands.

import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from afterword.cli.common import (
    STATE,
    FormatOption,
    MessageId,
    OutputFormat,
    WholeHelpGroup,
    YesOption,
    id_of,
    interactive,
    now,
)
from afterword.errors import InvalidInput

if TYPE_CHECKING:
    from afterword.deliver.service import Dispatched



def send(
    message_id: MessageId,
    at: Annotated[
        str | None,
        typer.Option("--at", metavar="WHEN",
                     help="When: 'now', or a time like 2026-03-03T09:30 (your zone). "
                          "Default: the plan's suggested time."),
    ] = None,
    send_now: Annotated[bool, typer.Option("--now", help="Send it at once.")] = False,
    test: Annotated[
        bool, typer.Option("--test", help="Send it to yourself only, to see how it looks.")
    ] = False,
    attach: Annotated[
        list[Path] | None,
        typer.Option("--attach", metavar="FILE", help="A file to attach (repeatable)."),
    ] = None,
    cc: Annotated[str | None, typer.Option("--cc", help="Copy someone, e.g. the recruiter.")]
    = None,
    override_plan: Annotated[
        bool, typer.Option("--override-plan", help="Send even if the plan advises against it.")
    ] = False,
    override_review: Annotated[
        bool, typer.Option("--override-review", help="Send despite an error in the review.")
    ] = False,
    repeat_of: Annotated[
        int | None,
        typer.Option("--repeat-of", metavar="ID", parser=id_of("a message id", "afterword messages"),
                     help="Send it although message ID already went to this person for this "
                          "step (a second thank-you, say): name that message."),
    ] = None,
    as_is: Annotated[
        bool, typer.Option("--as-is", help="Send a draft marked incomplete as it is.")
    ] = False,
) -> None:
    """
    Send a stored e-mail: at the plan's suggested time, at --at, or --now.

    The plan's guard and the review check it first; both overrides are recorded. A second
    message to the same person for the same step (a thank-you already sent, a follow-up
    already queued) is refused unless --repeat-of names the earlier one.

    Example: afterword send 1 --now
    """
    from afterword.cli import render
    from afterword.cli.plan import _when
    from afterword.deliver import service

    store, config = STATE.store, STATE.config
    if test:
        to = service.send_test(store, config, message_id, now())
        render.success(f"Sent a test copy of message {message_id} to {render.escape(to)}.")
        return
    immediately = send_now or (at or "").strip().lower() == "now"
    when = None if immediately or at is None else _when(at, "--at")
    def attempt(as_is: bool) -> service.Queued:
        return service.queue(store, config, message_id, at=now() if immediately else when,
                             now=now(), override_plan=override_plan,
                             override_review=override_review, attach=attach or [], cc=cc,
                             repeat_of=repeat_of, as_is=as_is)

    try:
        try:
            queued = attempt(as_is)
        except service.Incomplete as exc:
            if not interactive():
                raise
            render.notice(f"Message {message_id} is marked incomplete:")
            for gap in exc.gaps:
                render.say(f"  • {render.escape(gap)}")
            if not typer.confirm("Send it as it is?", default=False):
                raise typer.Exit(1) from None
            queued = attempt(True)
    except service.ReviewRefused as exc:
        render.blocking(exc.findings)
        raise
    for note in queued.notes:
        render.notice(note)
    to = queued.to + (f" <{queued.to_email}>" if queued.to_email else "")
    if not immediately:
        render.success(f"Queued message {message_id} to {render.escape(to)} for "
                       f"{render.when(queued.at.isoformat(), _home())}.")
        render.say("[dim]`afterword outbox` shows it; `afterword cancel "
                   f"{message_id}` takes it back.[/]")
        return
    from afterword.clock import now as clock

    report = service.dispatch(store, config, now(), only=[message_id], clock=clock)
    _inbox_said(report)
    render.dispatched(report)
    if message_id not in report.sent:
        raise typer.Exit(1)


def _home() -> str:
    from afterword.cli.common import profile_zone

    return profile_zone()


def cancel(message_id: MessageId) -> None:
    """
    Take a queued message back to draft.

    Example: afterword cancel 3
    """
    from afterword.cli import render
    from afterword.deliver import service

    service.cancel(STATE.store, message_id, now())
    render.success(f"Message {message_id} is a draft again.")


def delete_message(message_id: MessageId, yes: YesOption = False) -> None:
    """
    Delete a draft you no longer want (or a failed or cancelled message).

    A sent note, or one on its way, stays: the plan counts it.

    Example: afterword delete-message 4 --yes
    """
    from afterword.cli import render
    from afterword.deliver import service
    from afterword.errors import AfterwordError

    what = service.describe_message(STATE.store, message_id)
    if not yes:
        if not interactive():
            raise AfterwordError(f"not deleting message {message_id} ({what}) without "
                                 "confirmation", hint="Add --yes to delete it.")
        if not typer.confirm(f"Delete message {message_id} ({what})?", default=False):
            render.say("Nothing deleted.")
            raise typer.Exit(1)
    service.delete_message(STATE.store, message_id)
    render.success(f"Deleted message {message_id} ({render.escape(what)}).")


def confirm(
    message_id: MessageId,
    what: Annotated[str, typer.Argument(metavar="sent|not-sent|bounced",
                                        help="Whether it reached them (check your Sent folder).")],
) -> None:
    """
    Settle a message whose delivery is unknown: it was sent, or it was not.

    `bounced` records that a sent message came back undelivered: it is then failed, and a
    new note to them is not refused as a second one.

    Example: afterword confirm 3 sent
    """
    from afterword.cli import render
    from afterword.deliver import service

    if what not in ("sent", "not-sent", "bounced"):
        raise InvalidInput(f"{what!r}: say sent, not-sent or bounced")
    if what == "bounced":
        service.bounced(STATE.store, message_id, now())
        render.success(f"Message {message_id} is recorded as bounced (failed): fix the address, "
                       "draft again and send the new note.")
        return
    service.confirm(STATE.store, message_id, what == "sent", now())
    if what == "sent":
        render.success(f"Message {message_id} is recorded as sent.")
    else:
        render.success(f"Message {message_id} is a draft again: `afterword send {message_id}` "
                       "sends it.")


def outbox(fmt: FormatOption = OutputFormat.TEXT) -> None:
    """
    List messages on their way: queued, sending, sent, failed, unknown, held, cancelled.

    Example: afterword outbox
    """
    from afterword.cli import render
    from afterword.deliver import service

    rows = service.outbox_rows(STATE.store)
    if fmt is OutputFormat.JSON:
        render.json_out(rows)
    else:
        render.outbox(rows, _home())


def dispatch(
    watch: Annotated[bool, typer.Option("--watch", help="Keep going: check every --interval.")]
    = False,
    interval: Annotated[int, typer.Option(metavar="SECONDS", help="Seconds between checks with --watch (5 or more).",
                                  min=5)]
    = 60,
    inbox_every: Annotated[int, typer.Option(
        "--inbox-every", metavar="MINUTES",
        help="With --watch and imap.host set: minutes between readings of your inbox for "
             "replies.", min=1)] = 15,
) -> None:
    """
    Send every queued message whose time has come, then return (for cron or a service).

    With --watch it keeps checking, and says what it is waiting for. When reading replies
    is set up (imap.host), the inbox is read on an interval and just before any follow-up
    goes out, so a reply that came meanwhile stops it.

    Example: afterword dispatch --watch
    """
    from afterword.cli import render
    from afterword.clock import now as clock
    from afterword.deliver import service
    from afterword.inbox.settings import is_configured

    reading = watch and is_configured(STATE.config)
    if watch and not reading and not STATE.config.get("smtp.host"):
        # Nothing to send with and no inbox to read: say so before "Watching ...", not after.
        from afterword.deliver.smtp import Settings

        Settings.from_config(STATE.config)
    if watch:
        render.say(f"Watching the outbox: checking every {interval} seconds for notes whose "
                   "time has come. Ctrl+C stops.")
        if reading:
            minutes = f"{inbox_every} minute" + ("" if inbox_every == 1 else "s")
            render.say(f"Reading replies every {minutes}, and just before a follow-up goes "
                       "out.")
    shown: object = ()  # the last "Waiting" line: said again only when it changes
    last_read = float("-inf")
    try:
        while True:
            if reading and time.monotonic() - last_read >= inbox_every * 60:
                last_read = time.monotonic()
                _watch_inbox()
            report = service.dispatch(STATE.store, STATE.config, now(), clock=clock)
            _inbox_said(report)
            render.dispatched(report, quiet=watch)
            if not watch:
                if (report.failed or report.unknown or report.held or report.error
                        or report.recovered.get("unknown")):
                    raise typer.Exit(1)
                return
            upcoming = service.next_queued(STATE.store)
            if upcoming != shown:
                render.waiting(upcoming, _home())
                shown = upcoming
            time.sleep(interval)
    except KeyboardInterrupt:
        render.say("Stopped watching.")


def _inbox_said(report: "Dispatched") -> None:
    """What reading the inbox before a follow-up found, or why it could not."""
    from afterword.cli import render

    if report.inbox_error:
        render.notice("the inbox could not be read before sending a follow-up, so a reply "
                      f"that came meanwhile would not stop it: {report.inbox_error}")
    elif report.inbox_found:
        render.say(f"Read your inbox first: {report.inbox_found} new "
                   f"{'reply' if report.inbox_found == 1 else 'replies'} (`afterword inbox "
                   "list` shows them).")


def _watch_inbox() -> None:
    """One reading of the inbox while watching: what it found, in one line each."""
    from afterword.cli import render
    from afterword.errors import AfterwordError
    from afterword.inbox import service as inbox

    try:
        report = inbox.check(STATE.store, STATE.config, now())
    except AfterwordError as exc:
        render.notice(f"the inbox could not be read: {exc.message}")
        return
    for found in report.found:
        about = f" ({found.company})" if found.company else ""
        render.say(f"Inbox: {found.kind} from {render.escape(found.sender)}"
                   f"{render.escape(about)}: {found.state}.")
    if report.waiting:
        render.say(f"Inbox: {len(report.waiting)} waiting for you: `afterword inbox` asks.")


mail_app = typer.Typer(cls=WholeHelpGroup, help="Your mail server: check it, keep its password.",
                       no_args_is_help=True, rich_markup_mode=None)


@mail_app.command("test")
def mail_test() -> None:
    """
    Log in to your mail servers to check the settings.

    It checks the server you send with and, when imap.host is set, the one
    `afterword inbox` reads replies from (opening each folder read-only).

    Example: afterword mail test
    """
    from afterword.cli import render
    from afterword.deliver import service
    from afterword.errors import AfterwordError
    from afterword.inbox.settings import is_configured

    config = STATE.config
    failed: AfterwordError | None = None
    try:
        render.success(f"Sending: connected and logged in to "
                       f"{render.escape(service.mail_test(config))}.")
    except AfterwordError as exc:
        if not is_configured(config):
            raise
        render.error(exc)
        failed = exc
    if is_configured(config):
        from afterword.inbox import service as inbox

        try:
            render.success("Reading replies: connected, logged in and opened (read-only) "
                           f"{render.escape(inbox.test_connection(config))}.")
        except AfterwordError as exc:
            render.error(exc)
            failed = exc
    else:
        render.say("[dim]Reading replies is not set up (imap.host); see docs/inbox.md.[/]")
    if failed is not None:
        raise typer.Exit(failed.exit_code)


@mail_app.command("password")
def mail_password(
    imap: Annotated[bool, typer.Option(
        "--imap", help="The password for reading replies (imap.user), if it is not the "
                       "sending one.")] = False,
) -> None:
    """
    Keep your mail password in this computer's keyring (asked, never shown).

    It says which keyring holds it, and warns when that is a plain text file. With --imap,
    the password `afterword inbox` logs in with (default: the sending one, when imap.user
    is smtp.user).

    Example: afterword mail password --imap
    """
    from afterword.cli import render
    from afterword.deliver.smtp import KEYRING_SERVICE, PASSWORD_ENV, MailError, store_password

    service, env, key = KEYRING_SERVICE, PASSWORD_ENV, "smtp.user"
    user = STATE.config.get("smtp.user")
    if imap:
        from afterword.inbox import settings as imap_settings

        service, env, key = imap_settings.KEYRING_SERVICE, imap_settings.PASSWORD_ENV, "imap.user"
        user = STATE.config.get("imap.user") or user
    if not user:
        raise MailError(f"set {key} first",
                        hint=f"afterword config set {key} you@gmail.com")
    if not interactive():
        raise MailError("the password is asked on a terminal",
                        hint=f"Or set the {env} environment variable.")
    secret = typer.prompt(f"Password for {user}", hide_input=True)
    place = store_password(user, secret, service=service, env=env)
    render.success(f"Stored in {render.escape(place.name)}.")
    if place.safe:
        render.say(render.escape(place.meaning))
    else:
        render.notice(place.meaning)
