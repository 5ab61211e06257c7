"""`afterword review`, `afterword rules` and `afterword dictionary`: the rules of the craft."""

# No `from __future__ import annotations`: Typer reads every command's signature at start-up,
# and evaluating their annotations from strings took about as long as building the commands.

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from afterword.cli.common import (
    STATE,
    ExitCode,
    FormatOption,
    OutputFormat,
    WholeHelpGroup,
    id_of,
    now,
)
from afterword.errors import InvalidInput


class FailOn(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


def _ids(value: str | None) -> list[str] | None:
    return [v.strip() for v in value.split(",") if v.strip()] if value else None


def review(
    file: Annotated[
        Path | None,
        typer.Argument(help="The message: plain text or .eml; '-' or nothing reads stdin."),
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
    from afterword.cli import render
    from afterword.review import service
    from afterword.review.findings import Severity
    from afterword.review.message import Context

    config = STATE.config
    options = service.options_from_config(config, select=_ids(select), ignore=_ids(ignore))
    threshold = Severity(str(fail_on) if fail_on else config.get("review.fail_on"))
    if batch is not None:
        if file is not None or context is not None or interview is not None:
            raise InvalidInput("--batch reads messages and contexts from its own lines",
                               hint="Give either FILE (with --context/--interview) or --batch.")
        raise typer.Exit(_batch(batch, options, jobs))
    if (interview is None) != (to is None):
        raise InvalidInput("--interview and --to go together",
                           hint="e.g. --interview 1 --to Priya")
    if interview is not None and context is not None:
        raise InvalidInput("use either --context or --interview, not both")
    ctx = Context()
    if context is not None:
        ctx = service.read_context_file(context)
    elif interview is not None and to is not None:
        ctx = service.context_from_store(
            STATE.store, interview, to, candidate=config.get("profile.name"), now=now(),
            kind=kind or "thank-you", config=config, channel=channel or "email",
        )
    if file is None and sys.stdin.isatty():
        raise InvalidInput("no message to review",
                           hint="Give a file, or pipe the note in: afterword review - < note.txt")
    message = service.read_message(file, kind=kind, channel=channel, subject=subject, context=ctx)
    if not message.body.strip():
        # An empty file or nothing piped in: a score for "no words" would only puzzle.
        named = "standard input" if file is None or str(file) == "-" else str(file)
        raise InvalidInput(f"{named} is empty: there is no note to review",
                           hint="Save your note in the file first, or paste it into "
                                "`afterword web`'s Review page.")
    report = service.review_message(message, options)
    if fmt is OutputFormat.JSON:
        render.json_out(report.to_dict())
    else:
        render.report(report, message)
    raise typer.Exit(ExitCode.FINDINGS if report.reaches(threshold) else ExitCode.OK)


def _batch(path: Path, options: object, jobs: int | None) -> int:
    from afterword.cli import render
    from afterword.review import service
    from afterword.review.batch import default_jobs

    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        from afterword.files import missing_file

        raise missing_file(path) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput(f"{path}: cannot be read ({exc})") from None
    ok = True
    # The workers start before the progress bar's thread (see `review_lines`).
    reports = service.review_batch(lines, options, jobs or default_jobs())  # type: ignore[arg-type]
    # Blank lines are skipped, not reviewed: the bar counts the notes.
    with render.batch_progress(sum(1 for line in lines if line.strip())) as advance:
        for output, good in reports:
            sys.stdout.write(output + "\n")
            ok = ok and good
            advance()
    sys.stdout.flush()
    return ExitCode.OK if ok else ExitCode.FINDINGS


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
