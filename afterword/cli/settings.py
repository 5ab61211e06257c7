"""`afterword profile` and `afterword config`: the settings file, shown and edited."""

# No `from __future__ import annotations`: Typer reads every command's signature at start-up,
# and evaluating their annotations from strings took about as long as building the commands.

from typing import Annotated

import typer

from afterword.cli.common import STATE, FormatOption, OutputFormat, WholeHelpGroup

profile_app = typer.Typer(cls=WholeHelpGroup,
    help="Your profile: name, e-mail, phone, LinkedIn, signature, time zone.",
    invoke_without_command=True,
    rich_markup_mode=None,
)
config_app = typer.Typer(cls=WholeHelpGroup,
    help="Settings, as dotted keys in the settings file.",
    no_args_is_help=True,
    rich_markup_mode=None,
)

PROFILE_FIELDS = ("name", "email", "phone", "linkedin", "signature", "timezone")


@profile_app.callback()
def profile(ctx: typer.Context, fmt: FormatOption = OutputFormat.TEXT) -> None:
    """
    Show your profile (used to sign your notes).

    Example: afterword profile set name "Jordan Lee"
    """
    if ctx.invoked_subcommand is not None:
        return
    from afterword.cli import render
    from afterword.config import KEYS
    from afterword.timezones import local_zone_name

    config = STATE.config
    values = {f: config.get(f"profile.{f}") for f in PROFILE_FIELDS}
    if fmt is OutputFormat.JSON:
        render.json_out(values | {"timezone": values["timezone"] or local_zone_name()})
        return
    rows = []
    for f in PROFILE_FIELDS:
        value = values[f] or ""
        if f == "timezone" and not value:
            value = f"{local_zone_name()} (this computer's)"
        rows.append((f, value, KEYS[f"profile.{f}"].help))
    render.settings(rows)
    if not values["name"] or not values["email"]:
        render.say('Set your name and e-mail: [bold]afterword profile set name "Jordan Lee"[/]')


@profile_app.command("set")
def profile_set(
    field: Annotated[str, typer.Argument(help="name, email, phone, linkedin, signature or timezone.")],
    value: Annotated[str, typer.Argument(help="The new value; empty to clear.")],
) -> None:
    """
    Set one field of your profile.

    Example: afterword profile set timezone America/Chicago
    """
    import difflib

    from afterword.errors import ConfigError

    field = field.strip().lower()  # "Name" and "E-mail" are what people type
    field = {"e-mail": "email"}.get(field, field)
    if field not in PROFILE_FIELDS:
        close = difflib.get_close_matches(field, PROFILE_FIELDS, n=1, cutoff=0.6)
        raise ConfigError(
            f"{field!r} is not a profile field" + (f"; did you mean {close[0]}?" if close else ""),
            hint="Fields: " + ", ".join(PROFILE_FIELDS) + ".",
        )
    _set(f"profile.{field}", value)


@config_app.command("show")
def config_show(fmt: FormatOption = OutputFormat.TEXT) -> None:
    """
    Show every setting: its value (or default) and what it does.

    Example: afterword config show
    """
    from afterword.cli import render
    from afterword.config import KEYS, format_value

    config = STATE.config
    stored = dict(config.items())
    names = list(KEYS) + sorted(k for k in stored if k not in KEYS)
    if fmt is OutputFormat.JSON:
        render.json_out({name: config.get(name) for name in names})
        return
    from afterword.config import key_spec

    render.settings([(n, format_value(config.get(n)), key_spec(n).help) for n in names])
    render.say(f"[dim]File: {render.escape(str(config.path))}[/]")


@config_app.command("get")
def config_get(key: Annotated[str, typer.Argument(help="A dotted key, e.g. review.ignore.")]) -> None:
    """
    Print one setting's value (lists comma-separated).

    Example: afterword config get review.ignore
    """
    from afterword.cli import render
    from afterword.config import format_value

    render.out().print(format_value(STATE.config.get(key)), markup=False)


@config_app.command("set")
def config_set(
    key: Annotated[str, typer.Argument(help="A dotted key, e.g. review.ignore.")],
    value: Annotated[str, typer.Argument(help="The value; lists are comma-separated.")],
) -> None:
    """
    Change one setting; your comments in the file are kept.

    Example: afterword config set review.ignore cliche,exclamation
    """
    _set(key, value)


@config_app.command("path")
def config_path_cmd() -> None:
    """
    Print where the settings file is.

    Example: afterword config path
    """
    from afterword.cli import render

    render.out().print(str(STATE.config.path), markup=False)


def _set(key: str, value: str) -> None:
    from afterword.cli import render
    from afterword.config import format_value

    stored = STATE.config.set(key, value)
    render.success(f"{key} = {render.escape(format_value(stored)) or '(empty)'}")
