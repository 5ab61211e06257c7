"""The `afterword` command's Typer app, whose commands are thin layers over the services.

Nothing heavy is imported here: each command imports its service when it runs, so
`afterword --help` stays fast.
"""

# No `from __future__ import annotations`: Typer reads every command's signature at start-up,
# and evaluating their annotations from strings took about as long as building the commands.

from pathlib import Path
from typing import Annotated, Any

import typer

from afterword import __version__
from afterword.cli import backup, compose, deliver, inbox, plan, record, review, settings, web
from afterword.cli.common import STATE, WholeHelpGroup
from afterword.errors import AfterwordError


class _Group(WholeHelpGroup):
    """Turns an AfterwordError from any command into a clear message and its exit code (2 for
    bad input, 1 for a fault around it), and a file error into one sentence naming the file.
    Its commands' values are converted without pydantic (see `values.py`)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        from afterword.cli import values

        values.install(self)

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except (AfterwordError, OSError) as exc:
            from afterword.cli import render

            code = render.failure(exc)
            if code is None:
                raise
            raise typer.Exit(code) from None
        except Exception as exc:
            message = getattr(exc, "message", None)
            if isinstance(message, str) and "unexpected extra argument" in message:
                # "profile set timezone New York": the value's words were taken apart.
                exc.message = (message + ". If a value has spaces, put it in quotes, "  # type: ignore[attr-defined]
                               'e.g. afterword profile set name "Jordan Lee"')
            raise
        finally:
            STATE.close()


app = typer.Typer(
    name="afterword",
    cls=_Group,
    help="Thank-you notes and follow-ups after a job interview: capture, review, plan, send.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"afterword {__version__}")
        raise typer.Exit()


@app.callback()
def _options(
    config: Annotated[
        Path | None,
        typer.Option(
            "--config",
            envvar="AFTERWORD_CONFIG",
            help="Settings file (default: the platform config dir).",
            show_default=False,
        ),
    ] = None,
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            envvar="AFTERWORD_DB",
            help="Database: a file path or SQLAlchemy URL (default: SQLite in the data dir).",
            show_default=False,
        ),
    ] = None,
    version: Annotated[
        bool | None,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = None,
) -> None:
    STATE.config_path = config
    STATE.db_url = db
    STATE._config = None
    STATE._store = None


app.command("add")(record.add)
app.command("new")(record.new)
app.command("list")(record.list_)
app.command("show")(record.show)
app.command("edit")(record.edit)
app.command("status")(record.status)
app.command("delete")(record.delete)
app.add_typer(settings.profile_app, name="profile")
app.add_typer(settings.config_app, name="config")
app.command("draft")(compose.draft)
app.command("messages")(compose.messages)
app.command("edit-message")(compose.edit_message)
app.command("export")(compose.export)
app.command("plan")(plan.plan)
app.command("agenda")(plan.agenda)
app.command("reply")(plan.reply)
app.command("mark-sent")(plan.mark_sent)
app.command("skip")(plan.skip)
app.command("calendar")(plan.calendar)
app.command("send")(deliver.send)
app.command("cancel")(deliver.cancel)
app.command("delete-message")(deliver.delete_message)
app.command("confirm")(deliver.confirm)
app.command("outbox")(deliver.outbox)
app.command("dispatch")(deliver.dispatch)
app.add_typer(deliver.mail_app, name="mail")
app.add_typer(inbox.inbox_app, name="inbox")
app.command("web")(web.web)
app.command("review")(review.review)
app.command("rules")(review.rules)
app.add_typer(review.dictionary_app, name="dictionary")
app.command("backup")(backup.backup)
app.command("restore")(backup.restore)
