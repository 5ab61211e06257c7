"""`afterword plan`, `agenda`, `reply`, `mark-sent`, `skip` and `calendar`: what to send when."""

# No `from __future__ import annotations`: Typer reads every command's signature at start-up,
# and evaluating their annotations from strings took about as long as building the commands.

from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer

from afterword.cli.common import (
    STATE,
    FormatOption,
    InterviewId,
    MessageId,
    OutputFormat,
    now,
    profile_zone,
)
from afterword.errors import InvalidInput


def _when(text: str | None, option: str) -> datetime | None:
    """A date or time the user typed; a bare date means 09:00, a bare time is in their zone."""
    if text is None:
        return None
    from afterword.timezones import zone

    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(f"{option} {text!r} is not a date or time",
                           hint="Write it like 2026-03-05 or 2026-03-05T14:30.") from None
    if len(text.strip()) == 10:
        value = value.replace(hour=9)
    if value.tzinfo is None:
        value = value.replace(tzinfo=zone(profile_zone()))
    return value


def plan(interview_id: InterviewId, fmt: FormatOption = OutputFormat.TEXT) -> None:
    """
    Show the timeline for an interview: what to send, to whom, when, and why.

    Example: afterword plan 1
    """
    from afterword.cli import render
    from afterword.plan import service

    summary, steps = service.plan_for_interview(STATE.store, STATE.config, interview_id, now())
    home = profile_zone()
    if fmt is OutputFormat.JSON:
        render.json_out({**summary, "steps": [p.to_dict(home) for p in steps]})
    else:
        render.plan(summary, steps, home)


def agenda(fmt: FormatOption = OutputFormat.TEXT) -> None:
    """
    What is overdue, due today and coming this week, across all your applications.

    Example: afterword agenda
    """
    from afterword.cli import render
    from afterword.plan import service

    sections = service.agenda(STATE.store, STATE.config, now())
    home = profile_zone()
    if fmt is OutputFormat.JSON:
        render.json_out({k: [p.to_dict(home) for p in v] for k, v in sections.items()})
    else:
        render.agenda(sections, home, now())


def reply(
    interview_id: InterviewId,
    on: Annotated[str | None, typer.Option(
        "--on", metavar="WHEN",
        help="When they replied, like 2026-03-05 or 2026-03-05T14:30 (default: now).")] = None,
    timeframe: Annotated[
        str | None,
        typer.Option("--timeframe", help='A new timeframe they gave, as they said it, e.g. '
                     '"by Friday", "within 48 hours" or "mid-May".'),
    ] = None,
) -> None:
    """
    Record a reply from the employer: follow-ups pause, or restart from a new timeframe.

    Example: afterword reply 1 --timeframe "by the end of next week"
    """
    from afterword.cli import render
    from afterword.plan import service

    result = service.record_reply(STATE.store, interview_id, on=_when(on, "--on"),
                                  timeframe=timeframe, now=now(), config=STATE.config)
    what = service.reply_outcome(result, STATE.config)
    render.success(f"Reply recorded for {render.escape(result['company'])}: {what}.")
    if result["cancelled"]:
        render.notice("Queued follow-ups went back to draft: "
                      + ", ".join(str(i) for i in result["cancelled"]))
    render.say(f"See the plan: [bold]afterword plan {interview_id}[/]")


def mark_sent(
    message_id: MessageId,
    on: Annotated[str | None, typer.Option(
        "--on", metavar="WHEN",
        help="When you sent it, like 2026-03-05 or 2026-03-05T14:30 (default: now).")] = None,
    via: Annotated[
        str | None,
        typer.Option("--via", help="email, handwritten, linkedin-message or linkedin-invite."),
    ] = None,
) -> None:
    """
    Record that you sent a message yourself, so the plan moves on.

    Example: afterword mark-sent 3 --via handwritten
    """
    from afterword.cli import render
    from afterword.plan import service

    on_time = _when(on, "--on")
    if on is not None and on_time is not None and len(on.strip()) == 10:
        # A bare date is read as 09:00; today's date before 09:00 means "today", not later.
        on_time = min(on_time, max(now(), on_time.replace(hour=0)))
    result = service.mark_sent(STATE.store, STATE.config, message_id, on=on_time,
                               via=via, now=now())
    render.success(f"Marked message {message_id} to {render.escape(result['to'])} as sent.")
    if result["warning"]:
        fine = (f" It would have been fine from {render.when(result['fine_from'], profile_zone())}."
                if result["fine_from"] else "")
        render.notice(f"The plan advised against this: {result['warning']}{fine}")
    elif result["note"]:
        render.notice(result["note"])


def skip(
    interview_id: InterviewId,
    step: Annotated[str, typer.Argument(help="The step's id, as `afterword plan` shows it (e.g. follow-up-2).")],
) -> None:
    """
    Let a planned step rest (it stays in the plan as skipped).

    Example: afterword skip 1 follow-up-2
    """
    from afterword.cli import render
    from afterword.plan import service

    service.skip_step(STATE.store, STATE.config, interview_id, step, now())
    render.success(f"Letting it rest: {render.escape(step.strip())}.")


def calendar(
    out: Annotated[Path, typer.Option("--out", help="The .ics file to write.")],
) -> None:
    """
    Write your plan as calendar events with reminders (Google, Outlook, Apple Calendar).

    Import it again after the plan changes: it updates the same events instead of
    duplicating them, and cancels the ones no longer needed.

    Example: afterword calendar --out afterword.ics
    """
    from afterword.cli import render
    from afterword.files import write_file
    from afterword.plan import service

    written = service.calendar(STATE.store, STATE.config, now())
    write_file(out, written.data, example="afterword.ics")  # a missing folder said, with mkdir
    cancelled = (f" ({written.cancelled} newly cancelled: no longer in your plan)"
                 if written.cancelled else "")
    render.success(f"Wrote {written.events} events{cancelled} to {render.escape(str(out))}: "
                   "import it into your calendar.")
