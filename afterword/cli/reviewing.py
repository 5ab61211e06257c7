"""What `afterword review` does, without Typer: the command (`review.py`) and the quick
start of `afterword review FILE` (`quick.py`) both run it."""

import sys
from pathlib import Path

from afterword.cli.state import STATE, ExitCode, OutputFormat, now
from afterword.errors import InvalidInput


def _ids(value: str | None) -> list[str] | None:
    return [v.strip() for v in value.split(",") if v.strip()] if value else None


def run(
    file: Path | None,
    *,
    kind: str | None = None,
    channel: str | None = None,
    subject: str | None = None,
    context: Path | None = None,
    interview: int | None = None,
    to: str | None = None,
    batch: Path | None = None,
    jobs: int | None = None,
    select: str | None = None,
    ignore: str | None = None,
    fail_on: str | None = None,
    fmt: OutputFormat = OutputFormat.TEXT,
) -> int:
    """Review a message (or a batch of them) and report; the exit status."""
    from afterword.cli import render
    from afterword.review import service
    from afterword.review.findings import Severity
    from afterword.review.message import Context

    config = STATE.config
    options = service.options_from_config(config, select=_ids(select), ignore=_ids(ignore))
    threshold = Severity(fail_on or config.get("review.fail_on"))
    if batch is not None:
        if file is not None or context is not None or interview is not None:
            raise InvalidInput("--batch reads messages and contexts from its own lines",
                               hint="Give either FILE (with --context/--interview) or --batch.")
        return _batch(batch, options, jobs)
    if (interview is None) != (to is None):
        raise InvalidInput("--interview and --to go together",
                           hint="e.g. --interview 1 --to Priya")
    if interview is not None and context is not None:
        raise InvalidInput("use either --context or --interview, not both")
    stored = _stored_message(file, context, interview)
    if stored is not None:
        return _review_stored(stored, options, threshold, fmt)
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
    return ExitCode.FINDINGS if report.reaches(threshold) else ExitCode.OK


def _stored_message(file: Path | None, context: Path | None, interview: int | None) -> int | None:
    """The id in `afterword review 3` (or "#3"), when no file of that name exists: the
    stored message 3, as `afterword messages` numbers them."""
    if file is None or context is not None or interview is not None:
        return None
    name = str(file).removeprefix("#")
    if not (name.isascii() and name.isdigit()) or file.exists():
        return None
    return int(name)


def _review_stored(message_id: int, options: object, threshold: object,
                   fmt: OutputFormat) -> int:
    """Review a stored message with everything the store knows of its reader and interview,
    as it was reviewed when drafted or edited."""
    from afterword.cli import render
    from afterword.compose import service as compose_service
    from afterword.review import service
    from afterword.review.message import Context, Message

    data = compose_service.get_message(STATE.store, message_id)
    ctx = Context()
    if data["interview"] is not None and data["to"]:
        ctx = service.context_from_store(
            STATE.store, data["interview"], data["to"], candidate=STATE.config.get("profile.name"),
            now=now(), kind=data["kind"], config=STATE.config, channel=data["channel"])
    message = Message(body=data["body"], subject=data["subject"], kind=data["kind"],
                      channel=data["channel"], context=ctx)
    report = service.review_message(message, options)  # type: ignore[arg-type]
    if fmt is OutputFormat.JSON:
        render.json_out(report.to_dict())
    else:
        render.report(report, message)
    return ExitCode.FINDINGS if report.reaches(threshold) else ExitCode.OK  # type: ignore[arg-type]


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
