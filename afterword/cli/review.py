"""`afterword review`, `afterword rules` and `afterword dictionary`: the rules of the craft."""

# No `from __future__ import annotations`: Typer reads every command's signature at start-up,
# and evaluating their annotations from strings took about as long as building the commands.

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from afterword.cli.common import (
    STATE,
    FormatOption,
    OutputFormat,
    WholeHelpGroup,
    id_of,
)
from afterword.errors import InvalidInput


class FailOn(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


def review(
    file: Annotated[
        Path | None,
        typer.Argument(help="The message: plain text or .eml, or the number of a stored "
                            "message (afterword messages lists them); '-' or nothing reads "
                            "stdin."),
    ] = None,
    kind: Annotated[
        str | None,
        typer.Option(help="thank-you (default), follow-up, rejection-reply or networking."),
    ] = None,
    channel: Annotated[
        str | None,
        typer.Option(help="email (default), handwritten, linkedin-message or linkedin-invite."),
    ] = None,
    subject: Annotated[str | None, typer.Option(help="The e-mail's subject line.")] = None,
    context: Annotated[
        Path | None,
        typer.Option("--context", help="JSON file with the context (see docs/review.md)."),
    ] = None,
    interview: Annotated[
        int | None,
        typer.Option("--interview", metavar="ID",
                     parser=id_of("an interview id", "afterword list"),
                     help="Take the context from this stored interview."),
    ] = None,
    to: Annotated[
        str | None, typer.Option("--to", help="With --interview: the interviewer's name.")
    ] = None,
    batch: Annotated[
        Path | None,
        typer.Option("--batch", help="A .jsonl file: one message per line in, one report out."),
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", min=1,
                     help="With --batch: processes reviewing at once (default: the cores, up to 2)."),
    ] = None,
    select: Annotated[
        str | None, typer.Option(help="Run only these rules (comma-separated ids).")
    ] = None,
    ignore: Annotated[str | None, typer.Option(help="Skip these rules (comma-separated).")] = None,
    fail_on: Annotated[
        FailOn | None,
        typer.Option("--fail-on", help="Exit 1 from this severity up (default: review.fail_on)."),
    ] = None,
    fmt: FormatOption = OutputFormat.TEXT,
) -> None:
    """
    Review a message against the rules of the craft.

    Exit status: 0 clean, 1 a finding at or above --fail-on (or a batch line in
    error), 2 bad usage or unreadable input.

    Example: afterword review note.txt --interview 1 --to Priya --subject "Thank you"
    """
    from afterword.cli import reviewing

    raise typer.Exit(reviewing.run(
        file, kind=kind, channel=channel, subject=subject, context=context,
        interview=interview, to=to, batch=batch, jobs=jobs, select=select, ignore=ignore,
        fail_on=str(fail_on) if fail_on else None, fmt=fmt,
    ))


def rules(
    rule_id: Annotated[str | None, typer.Argument(help="A rule id, to explain that rule.")] = None,
    fmt: FormatOption = OutputFormat.TEXT,
) -> None:
    """
    List the review rules, or explain one with examples.

    Example: afterword rules wrong-company
    """
    from afterword.cli import render
    from afterword.review.registry import all_rules, get_rule

    if rule_id is None:
        specs = all_rules()
        if fmt is OutputFormat.JSON:
            render.json_out([{"id": s.id, "family": s.family, "severity": str(s.severity),
                              "summary": s.summary} for s in specs])
        else:
            render.rule_table(specs)
        return
    try:
        spec = get_rule(rule_id)
    except KeyError:
        raise InvalidInput(f"{rule_id!r} is not a review rule",
                           hint="`afterword rules` lists them.") from None
    render.rule(spec)


dictionary_app = typer.Typer(cls=WholeHelpGroup,
    help="Your personal dictionary: words the spelling rule accepts.",
    no_args_is_help=True,
    rich_markup_mode=None,
)


@dictionary_app.command("add")
def dictionary_add(
    words: Annotated[list[str], typer.Argument(metavar="WORD", help="One or more words.")],
) -> None:
    """
    Add words to your personal dictionary.

    Example: afterword dictionary add Kubernetes Priya
    """
    from afterword.cli import render
    from afterword.review import service

    new = service.add_words(STATE.config, words)
    if new:
        render.success("Added: " + render.escape(", ".join(new)))
    else:
        render.say("Already in your dictionary.")


@dictionary_app.command("list")
def dictionary_list() -> None:
    """
    Show the words in your personal dictionary.

    Example: afterword dictionary list
    """
    from afterword.cli import render

    words = STATE.config.get("review.dictionary")
    render.say(render.escape("\n".join(words)) if words else "Your dictionary is empty.")
