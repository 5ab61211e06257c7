"""Everything the CLI prints: tables, records, errors. The only module that writes to the terminal."""

from __future__ import annotations

import json
import os
import re
import sys
from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console

    from afterword.errors import AfterwordError


def out() -> Console:
    return _console(stderr=False, columns=os.environ.get("COLUMNS"))


def err() -> Console:
    return _console(stderr=True, columns=os.environ.get("COLUMNS"))


@cache
def _console(*, stderr: bool, columns: str | None) -> Console:
    # Keyed on COLUMNS because Rich reads it once, when the console is made: a later
    # command in the same process (the tests, the web app's CLI calls) may differ.
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=True)


def escape(text: str) -> str:
    from rich.markup import escape as rich_escape

    return rich_escape(text)


def error(exc: AfterwordError) -> None:
    """An error as the user should see it: what is wrong, then what to do."""
    console = err()
    lines = exc.message.splitlines() or [""]
    console.print(f"[bold red]Error:[/] {escape(lines[0])}")
    for line in lines[1:]:
        console.print(f"  {escape(line)}")
    if exc.hint:
        console.print(f"[dim]Hint:[/] {escape(exc.hint)}")


def failure(exc: BaseException) -> int | None:
    """Say what went wrong as the user should see it, and the exit status: an AfterwordError
    (2 for bad input, 1 for a fault around it), or a file error as one sentence naming the
    file. None for anything else: a bug, whose traceback is wanted."""
    from afterword.errors import AfterwordError, CannotWrite

    if isinstance(exc, AfterwordError):
        error(exc)
        return exc.exit_code
    # A file a command reads or writes that the command did not check itself: still one
    # sentence naming it, never a traceback. Errors naming no file are bugs.
    if isinstance(exc, OSError) and exc.filename is not None:
        error(CannotWrite(
            f"{exc.filename}: {exc.strerror or exc}",
            hint="Check that the file and its folder exist and that you may use them."))
        return 1
    return None


def json_out(data: Any) -> None:
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def say(text: str) -> None:
    out().print(text)


def notice(text: str) -> None:
    err().print(f"[yellow]Note:[/] {escape(text)}")


def success(text: str) -> None:
    out().print(f"[green]✓[/] {text}")


def when(iso: str, zone_name: str) -> str:
    """An ISO time on the clock of `zone_name` (the user's, unless said otherwise), as the
    profile's locale writes it: "Tue, 3 Mar 2026, 09:30 EST" (en_GB), "Tue, Mar 3, 2026, 9:30 AM EST"."""
    from afterword.dates import zoned_moment

    return zoned_moment(_on_clock(iso, zone_name), locale())


def _on_clock(iso: str, zone_name: str) -> datetime:
    from afterword.timezones import zone

    return datetime.fromisoformat(iso).astimezone(zone(zone_name))


def _day_and_clock(iso: str, zone_name: str) -> tuple[str, str]:
    """("Tue, 3 Mar 2026", "09:30 EST"): the two halves of `when`, for cells and spans."""
    from afterword.dates import short_day, zoned_clock

    moment = _on_clock(iso, zone_name)
    return short_day(moment, locale()), zoned_clock(moment, locale())


def locale() -> str:
    """The profile's locale (`profile.locale`, else the system's), for every date printed."""
    from afterword.cli.common import profile_locale

    return profile_locale()


def interview_table(rows: list[dict[str, Any]], home: str) -> None:
    """`afterword list`: times on the user's clock (`home`)."""
    from afterword.cli.tables import Column, Drop, Fold, Unwhole, fitted

    if not rows:
        say("No interviews yet. Add one with [bold]afterword add FILE[/] or [bold]afterword new[/].")
        return
    columns = [Column("ID"), Column("Company"), Column("Role"), Column("Date", whole=True),
               Column("Status"), Column("Next step")]
    cells = [[str(row["id"]), escape(row["company"]), escape(row["role"]),
              _time_cell(row["start"], home), row["status"], escape(row["next_step"] or "—")]
             for row in rows]
    out().print(fitted(columns, cells, width=out().width, title="Interviews",
                       reductions=[Fold("Status", into="Role"), Unwhole("Date"),
                                   Fold("Role", into="Company"), Drop("Next step")]))


def interview(data: dict[str, Any], home: str) -> None:
    """The whole record of one interview, in sections; times on the user's clock (`home`)."""
    app = data["application"]
    say(f"[bold]Interview {data['id']}[/]: {escape(app['company'])}, {escape(app['role'])}")
    say(f"  Status: {app['status']}")
    say(f"  When: {_span(data['start'], data['end'], home)}")
    there = _span(data["start"], data["end"], data["timezone"])
    if there != _span(data["start"], data["end"], home):
        say(f"  [dim]Their time: {there}[/]")
    _field("Format", data["format"])
    if data["timeframe"]:
        # "by Friday (by Friday 17 April)": their words, then the date the plan counts from.
        understood = data.get("decision_text")
        shown = (f" ({escape(understood)})" if data.get("decision_by") and understood else "")
        say(f"  Decision timeframe: {escape(data['timeframe'])}{shown}")
        if understood and not data.get("decision_by"):
            say(f"  [yellow]{escape(understood)}[/]")
    _field("Posting", app["posting_url"])
    _field("Company values", app["values"])
    if app["recruiter"]:
        r = app["recruiter"]
        _field("Recruiter", ", ".join(x for x in (r["name"], r["email"]) if x))
    _list("Topics", data["topics"])
    _list("Qualifications to reinforce", data["qualifications"])
    if data["concerns"]:
        say("  Concerns raised:")
        for c in data["concerns"]:
            say(f"    • {escape(c['concern'])}")
            if c.get("answer"):
                say(f"      your answer: {escape(c['answer'])}")
    if data["improve"]:
        say("  Answers to improve:")
        for i in data["improve"]:
            say(f"    • {escape(i['answer'])}")
            if i.get("addition"):
                say(f"      you would add: {escape(i['addition'])}")
    _field("Notes", data["notes"])
    say("  Interviewers:")
    for p in data["interviewers"]:
        head = escape(p["name"]) + (f", {escape(p['title'])}" if p["title"] else "")
        poc = " [cyan](point of contact)[/]" if p["point_of_contact"] else ""
        say(f"    • {head}{poc}")
        details = [x for x in (p["email"], p["linkedin"]) if x]
        details.append(f"prefers {p['channel']}")
        if p["timezone"]:
            details.append(p["timezone"])
        if p["country"]:
            details.append(p["country"])
        say(f"      {escape(' · '.join(details))}")
        if p["topics"]:
            say(f"      discussed: {escape('; '.join(p['topics']))}")
        if p["rapport"]:
            say(f"      rapport: {escape(p['rapport'])}")


def _span(start: str, end: str, zone_name: str) -> str:
    """"Mon, 2 Mar 2026, 14:00 – 15:00 EST", the end's day repeated only when it differs."""
    (first_day, first_clock), (last_day, last_clock) = (_day_and_clock(start, zone_name),
                                                        _day_and_clock(end, zone_name))
    if first_day == last_day:
        from afterword.dates import clock

        begin = clock(_on_clock(start, zone_name), locale())
        return f"{first_day}, {begin} – {last_clock}"
    return f"{first_day}, {first_clock} – {last_day}, {last_clock}"


def _field(label: str, value: str | None) -> None:
    if value:
        # Notes and values are often several lines: each one indented under the label, so
        # the second line does not read as a field of its own.
        lines = [line.strip() for line in value.strip().splitlines() if line.strip()]
        say(f"  {label}: " + "\n    ".join(escape(line) for line in lines))


def _list(label: str, values: list[str]) -> None:
    if values:
        say(f"  {label}:")
        for v in values:
            say(f"    • {escape(v)}")


def settings(rows: list[tuple[str, str, str]]) -> None:
    """Key, value, help rows."""
    from afterword.cli.tables import Column, Fold, fitted

    columns = [Column("Key"), Column("Value"), Column("What it is", style="dim")]
    cells = [[key, escape(value) if value else "[dim]—[/]", escape(help_text)]
             for key, value, help_text in rows]
    out().print(fitted(columns, cells, width=out().width,
                       reductions=[Fold("Value", into="Key")]))


_SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def _position(text: str, offset: int) -> tuple[int, int, int, int]:
    """1-based line and column of `offset`, and the line's start and end offsets."""
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", offset)
    if line_end == -1:
        line_end = len(text)
    if line_end > line_start and text[line_end - 1] == "\r":
        line_end -= 1
    return text.count("\n", 0, offset) + 1, offset - line_start + 1, line_start, line_end


def report(rep: Any, message: Any) -> None:
    """A review for people: each finding where it is, the words highlighted, then the score.

    Timing findings are advice about when to send: they come after the score, which leaves
    them out, and do not make the text any less ready.
    """
    if _plain_stdout():
        lines = _report_lines(rep, message)
        if all(_PLAIN_SAFE.fullmatch(line) for line in lines):
            sys.stdout.write("".join(line + "\n" for line in lines))
            sys.stdout.flush()  # as Rich does after each print: a closed pipe is said here
            return
    console = out()
    text = [f for f in rep.findings if not f.advice]
    for f in text:
        _finding(console, f, message)
    if not rep.findings:
        console.print("[green]✓ No findings: this note follows every rule checked.[/]")
    counts = {s: sum(1 for f in text if str(f.severity) == s) for s in ("error", "warning", "info")}
    summary = ", ".join(f"{n} {s}{'s' if n != 1 else ''}" for s, n in counts.items() if n)
    verdict = "ready to send" if rep.ready else "not ready: fix the errors and warnings"
    console.print(f"Score: [bold]{rep.score}[/]/100" + (f" ({summary})" if summary else "")
                  + f" · {verdict}")
    if rep.advice:
        console.print("When to send (advice, not counted in the score):")
        for f in rep.advice:
            _finding(console, f, message)


# Text Rich prints as it is when it writes to a file: no tab (which it expands by the
# width of the characters before it), no control character (some of which it drops).
_PLAIN_SAFE = re.compile(r"[^\x00-\x1f\x7f]*")


def _plain_stdout() -> bool:
    """Whether Rich would print to standard output without colour or any other effect:
    not a terminal, nor told to act as one (what `Console.is_terminal` reads)."""
    stdout = sys.stdout
    if stdout is not sys.__stdout__:
        return False  # replaced (a test, a notebook): Rich knows what to do
    if stdout is None:
        return False
    if os.environ.get("TTY_COMPATIBLE") == "1":
        return False
    if os.environ.get("FORCE_COLOR") is not None and os.environ.get("TTY_COMPATIBLE") != "0":
        return False
    try:
        return not stdout.isatty()
    except ValueError:  # closed
        return False


def _report_lines(rep: Any, message: Any) -> list[str]:
    """`report`'s lines as Rich prints them to a file (no styles): importing Rich costs
    more than the rest of printing a report, and output to a file or a pipe does without it."""
    lines: list[str] = []
    text = [f for f in rep.findings if not f.advice]
    for f in text:
        lines += _finding_lines(f, message)
    if not rep.findings:
        lines.append("✓ No findings: this note follows every rule checked.")
    counts = {s: sum(1 for f in text if str(f.severity) == s) for s in ("error", "warning", "info")}
    summary = ", ".join(f"{n} {s}{'s' if n != 1 else ''}" for s, n in counts.items() if n)
    verdict = "ready to send" if rep.ready else "not ready: fix the errors and warnings"
    lines.append(f"Score: {rep.score}/100" + (f" ({summary})" if summary else "") + f" · {verdict}")
    if rep.advice:
        lines.append("When to send (advice, not counted in the score):")
        for f in rep.advice:
            lines += _finding_lines(f, message)
    return lines


def _finding_lines(f: Any, message: Any) -> list[str]:
    """`_finding`'s lines without styles."""
    source = message.subject if f.field == "subject" else message.body
    if f.start is not None and source is not None:
        line, col, ls, le = _position(source, f.start)
        where = f"subject:{col}" if f.field == "subject" else f"{line}:{col}"
        head = f"{where:>7}  "
    else:
        head = f"{'note':>7}  "
    out = [f"{head}{f.severity} {f.rule}: {f.message}"]
    if f.start is not None and f.end is not None and source is not None:
        _, _, ls, le = _position(source, f.start)
        ws, we = max(ls, f.start - 30), min(le, max(f.end, f.start) + 30)
        out.append("         │ " + ("…" if ws > ls else "") + source[ws:we] + ("…" if we < le else ""))
    if f.suggestion:
        out.append(f"         → {f.suggestion}")
    return out


def _finding(console: Any, f: Any, message: Any) -> None:
    from rich.text import Text

    style = _SEVERITY_STYLE[str(f.severity)]
    source = message.subject if f.field == "subject" else message.body
    head = Text()
    if f.start is not None and source is not None:
        line, col, ls, le = _position(source, f.start)
        where = f"subject:{col}" if f.field == "subject" else f"{line}:{col}"
        head.append(f"{where:>7}  ", style="dim")
    else:
        head.append(f"{'note':>7}  ", style="dim")
    head.append(f"{f.severity}", style=style)
    head.append(f" {f.rule}: ", style="bold")
    head.append(f.message)
    console.print(head)
    if f.start is not None and f.end is not None and source is not None:
        _, _, ls, le = _position(source, f.start)
        # A window around the words at fault, so they show on any terminal width.
        ws, we = max(ls, f.start - 30), min(le, max(f.end, f.start) + 30)
        snippet = Text("         │ ", style="dim")
        piece = Text(("…" if ws > ls else "") + source[ws:we] + ("…" if we < le else ""))
        offset = (1 if ws > ls else 0) - ws
        piece.stylize(f"{style} underline", f.start + offset, min(f.end, we) + offset)
        snippet.append_text(piece)
        console.print(snippet)
    if f.suggestion:
        console.print(Text(f"         → {f.suggestion}", style="green"))


def rule_table(specs: list[Any]) -> None:
    from afterword.cli.tables import Column, Drop, Fold, fitted

    columns = [Column("Rule"), Column("Family"), Column("Severity"), Column("What it flags")]
    cells = [[s.id, s.family, f"[{_SEVERITY_STYLE[str(s.severity)]}]{s.severity}[/]",
              escape(s.summary)] for s in specs]
    out().print(fitted(columns, cells, width=out().width, title="Review rules",
                       reductions=[Fold("Severity", into="Rule"), Drop("Family")]))
    say("[dim]`afterword rules ID` explains one, with examples.[/]")


def rule(spec: Any) -> None:
    """One rule explained: summary, docs, an example that fires and one that doesn't."""
    from rich.markdown import Markdown

    from afterword.review.docs import rule_page

    out().print(Markdown(rule_page(spec)))


class _Progress:
    def __init__(self, total: int) -> None:
        self.total = total
        self._progress: Any = None
        self._task: Any = None

    def __enter__(self) -> Any:
        if sys.stderr.isatty():
            from rich.progress import Progress

            # stdout is the reports' (often a file): Rich must not route it through the bar.
            self._progress = Progress(console=err(), transient=True, redirect_stdout=False,
                                      redirect_stderr=False)
            self._progress.start()
            self._task = self._progress.add_task("Reviewing", total=self.total)
        return self.advance

    def advance(self) -> None:
        if self._progress is not None:
            self._progress.advance(self._task)

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()


def batch_progress(total: int) -> _Progress:
    """Progress on stderr when it is a terminal; never mixed into stdout's JSON."""
    return _Progress(total)


# Where the rest of a long "To finish" list is: in a terminal, the command that lists it
# with the interview's own id (there is nothing to "open"); scripts/draft_records.py, read by
# coaches rather than run, keeps a plain sentence of its own.
def _whole_list(command: str) -> str:
    return f"`{command}` lists them all"


def drafts(items: list[dict[str, Any]], *, stored: bool, whole: str | None = None) -> None:
    """One block per draft: who, channel, subject, body, score, and what is missing.

    `whole`: the command that lists everything to finish (`afterword show N`); with it, each
    list shows its first few lines and sums up the rest."""
    from rich.panel import Panel
    from rich.text import Text

    from afterword.compose import asks

    console = out()
    # A note about the interview (not yet held, already thanked) is said once, after all.
    shared = ([n for n in items[0].get("notes", []) if all(n in i.get("notes", []) for i in items)]
              if len(items) > 1 else [])
    for item in items:
        title = f"{item['kind']} to {item['to']} · {item['channel']}"
        if item.get("id"):
            title = f"#{item['id']} " + title
        if item.get("angle"):
            title += f" · {item['angle']}"
        body = Text()
        if item.get("subject"):
            body.append("Subject: ", style="bold")
            body.append(item["subject"] + "\n\n")
        body.append(item["body"])
        score = item["score"]
        colour = "green" if not item["incomplete"] else "yellow"
        left = len(item["incomplete"])
        # A note with things to finish is not judged by its text's score: beside "incomplete",
        # a 98 read to coaches as "nearly done" when a fact the note needs is missing.
        subtitle = (f"not ready · {left} to finish below" if left
                    else f"score {score}/100 · ready")
        console.print(Panel(body, title=escape(title), title_align="left",
                            subtitle=subtitle, subtitle_align="right", border_style=colour),
                      soft_wrap=False)
        lines, more = (asks.shown(item["incomplete"], _whole_list(whole)) if whole
                       else (item["incomplete"], None))
        for reason in lines:
            console.print(f"  [yellow]To finish:[/] {escape(reason)}")
        if more:
            console.print(f"  [yellow]To finish:[/] {escape(more)}")
        for note in item.get("notes", []):
            if note not in shared:
                console.print(f"  [cyan]Note:[/] {escape(note)}")
        for finding in item["findings"]:
            if not item["incomplete"] or finding["severity"] == "info":
                console.print(f"  [dim]{finding['severity']} {finding['rule']}: "
                              f"{escape(finding['message'])}[/]")
    # What would go into no single note: listed once, and no note's "ready" waits for it.
    record = [reason for item in items for reason in item.get("record_to_finish", [])]
    if record:
        console.print("  [dim]No note above waits for these; each makes the notes fuller:[/]")
    lines, more = (asks.shown(list(dict.fromkeys(record)), _whole_list(whole)) if whole
                   else (list(dict.fromkeys(record)), None))
    for reason in lines:
        console.print(f"  [yellow]To finish in the record:[/] {escape(reason)}")
    if more:
        console.print(f"  [yellow]To finish in the record:[/] {escape(more)}")
    for note in shared:
        console.print(f"  [cyan]Note:[/] {escape(note)}")
    if stored and items and items[0].get("id"):
        stored_footer(items)


def stored_footer(items: list[dict[str, Any]]) -> None:
    """Where the drafts went and the real commands for them: each exported in the format
    of its channel (a card for a handwritten note), not one format with an ID to fill in."""
    from afterword.deliver.export import EXPORT_AS  # not the plan's service: a draft needs no plan

    ids = [str(i["id"]) for i in items]
    first = ids[0]
    exports = " · ".join(
        f"[bold]afterword export {i['id']} --as {EXPORT_AS.get(i['channel'], 'txt')}[/]"
        for i in items)
    if len(ids) == 1:
        out().print(f"Stored as message {first}. Edit it: [bold]afterword edit-message {first}[/];"
                    f" export it: {exports}.")
    else:
        out().print(f"Stored as messages {', '.join(ids[:-1])} and {ids[-1]}. Edit one: "
                    f"[bold]afterword edit-message {first}[/]. Export: {exports}.")


def message_table(rows: list[dict[str, Any]], home: str) -> None:
    """`afterword messages`: times on the user's clock (`home`)."""
    from afterword.cli.tables import Column, Drop, Fold, Unwhole, fitted

    if not rows:
        say("No messages yet. Write some with [bold]afterword draft ID[/].")
        return
    columns = [Column("ID"), Column("Int."), Column("To"), Column("Kind"), Column("Channel"),
               Column("Subject"), Column("State"), Column("When", whole=True)]
    cells = []
    for r in rows:
        state = r["state"] + ("\n(incomplete)" if r["incomplete"] and r["state"] == "draft"
                              else "")
        moment = r["sent_at"] or r["scheduled_at"]
        cells.append([str(r["id"]), str(r["interview"]), escape(r["to"]), r["kind"],
                      r["channel"], escape(r["subject"] or "—"), state,
                      _time_cell(moment, home) if moment else "—"])
    # On a narrow terminal the channel goes under the kind, then the interview id and the
    # subject give way (`messages ID` filters by interview; `export` shows the subject).
    out().print(fitted(columns, cells, width=out().width, title="Messages",
                       reductions=[Fold("Channel", into="Kind"), Drop("Int."),
                                   Drop("Subject"), Unwhole("When")]))


_STATE_STYLE = {"overdue": "bold red", "due": "yellow", "scheduled": "cyan", "done": "green",
                "skipped": "dim", "paused": "dim", "upcoming": ""}
_STEP_LABEL = {"thank-you": "Thank-you note", "follow-up": "Follow-up",
               "rejection-reply": "Reply to the decision", "let-it-rest": "Let it rest"}


def _step_what(kind: str, to: str | None) -> str:
    """"Follow-up to Priya Raman"; resting is no message, so not "Let it rest to Priya"."""
    if kind == "let-it-rest":
        return "Let it rest" + (f": no more follow-ups to {escape(to)}" if to else "")
    return f"{_STEP_LABEL.get(kind, kind)} to {escape(to or 'the panel')}"


def _time_cell(iso: str, home: str, theirs: str | None = None) -> str:
    """A time for a table cell, on the user's clock: the day on one line, the hour on the
    next (each kept whole), then the recipient's clock when it differs."""
    day, hour = _day_and_clock(iso, home)
    cell = f"{day}\n{hour}"
    if theirs is None:
        return cell
    their_day, their_hour = _day_and_clock(iso, theirs)
    if their_hour == hour:
        return cell
    if their_day == day:
        return f"{cell}\n[dim]theirs: {their_hour}[/]"
    return f"{cell}\n[dim]theirs: {their_day}\n{their_hour}[/]"


def plan(summary: dict[str, Any], steps: list[Any], home: str) -> None:
    """The timeline of one application: each step, when (yours, and theirs), state, why."""
    from afterword.cli.tables import Column, Unwhole, fitted

    out().print(f"[bold]Plan for {escape(summary['company'])}, {escape(summary['role'])}[/] "
                f"(status: {summary['status']})", soft_wrap=False)
    if summary.get("timeframe"):
        # Wrapped by Rich at word boundaries, so the line fits a narrow terminal.
        if summary.get("decision_by"):
            out().print(f"They said \u201c{escape(summary['timeframe'])}\u201d: a decision is "
                        f"expected {escape(summary['decision_text'])}.", soft_wrap=False)
        else:
            out().print(f"[yellow]{escape(summary['decision_text'])}[/]", soft_wrap=False)
    if not steps:
        say("Nothing to plan.")
        return
    columns = [Column("Step"), Column("To"), Column("When", whole=True), Column("Why")]
    cells = []
    for planned in steps:
        d = planned.to_dict(home)
        style = _STATE_STYLE.get(d["state"], "")
        state = _state_text(d, style)
        # The short id is what `afterword skip` takes; the state goes under it, saving a column.
        what = (f"{_STEP_LABEL.get(d['kind'], d['kind'])}\n[dim]{escape(d['short_id'])}[/]"
                f"\n{state}")
        why = escape(d["why"]) + (f"\n[bold]→ {escape(d['command'])}[/]" if d["command"] else "")
        cells.append([what, escape(d["to"] or "—"), _time_cell(d["when"], home, d["timezone"]),
                      why])
    out().print(fitted(columns, cells, width=out().width, show_lines=True,
                       reductions=[Unwhole("When")]),
                soft_wrap=False)


def _state_text(d: dict[str, Any], style: str) -> str:
    """"skipped (missed)": the state, with the reason a step was let go."""
    state = d["state"] + (f" ({d['skip_reason']})" if d.get("skip_reason") else "")
    return f"[{style}]{state}[/]" if style else state


def agenda(sections: dict[str, list[Any]], home: str, now: datetime) -> None:
    """The morning screen: overdue, today, this week, with the command for each."""
    from afterword.cli.tables import Column, Fold, Unwhole, fitted

    titles = {"overdue": "[bold red]Overdue[/]", "today": "[yellow]Due today[/]",
              "week": "Coming this week"}
    if not any(sections.values()):
        say("Nothing to send this week. [dim]Add an interview with `afterword add FILE`.[/]")
        return
    for key, title in titles.items():
        items = sections[key]
        if not items:
            continue
        # The command is kept on one line, to copy, while the terminal allows it.
        columns = [Column("When", whole=True), Column("What"), Column("Application"),
                   Column("Do", whole=True)]
        cells = []
        for planned in items:
            d = planned.to_dict(home)
            what = _step_what(d["kind"], d["to"])
            if d["state"] == "scheduled":
                what += " [cyan](scheduled)[/]"
            if d.get("last_nudge"):
                what += " [bold red](last reminder: after today the plan lets it go)[/]"
            cells.append([_time_cell(d["when"], home, d["timezone"]), what,
                          f"{escape(d['label'])} [dim](interview {d['interview']})[/]",
                          f"[bold]{escape(d['command'])}[/]" if d["command"] else "—"])
        out().print(fitted(columns, cells, width=out().width, title=title, show_lines=True,
                           reductions=[Unwhole("Do"), Fold("Application", into="What"),
                                       Unwhole("When")]),
                    soft_wrap=False)


def blocking(findings: list[Any]) -> None:
    """The review findings that stop a message."""
    console = err()
    for f in findings:
        console.print(f"  [bold red]{f.rule}[/]: {escape(f.message)}"
                      + (f" [dim]→ {escape(f.suggestion)}[/]" if f.suggestion else ""))


def dispatched(report: Any, *, quiet: bool = False) -> None:
    """What a dispatch run did."""
    # Held: by the review, as a repeat of a note that went, or while a mail that may be their
    # answer waits; which one, `afterword outbox` says (the last line points there).
    parts = [(report.sent, "sent", "green"), (report.retry, "to retry", "yellow"),
             (report.failed, "failed", "red"), (report.unknown, "unknown: please confirm",
                                                "red"), (report.held, "held", "red")]
    def whom(ids: list[int]) -> str:  # the ids by recipient, so the user sees who gets what
        by: dict[str, list[str]] = {}
        for i in ids:
            by.setdefault(report.recipient(i), []).append(str(i))
        return "; ".join(", ".join(group) + (f" to {escape(to)}" if to else "")
                         for to, group in by.items())

    lines = [f"[{style}]{len(ids)} {label}[/] ({whom(ids)})"
             for ids, label, style in parts if ids]
    if report.recovered.get("requeued"):
        lines.append(f"{report.recovered['requeued']} queued again after an interrupted run")
    if report.recovered.get("unknown"):
        lines.append(f"[red]{report.recovered['unknown']} may or may not have gone out when a "
                     "run was interrupted: please confirm[/] (afterword confirm ID "
                     "sent|not-sent)")
    if report.error:
        err().print(f"[red]Mail server:[/] {escape(report.error)}")
        if getattr(report, "left", 0):
            err().print(f"Stopped there: {report.left} other due "
                        f"{'note stays' if report.left == 1 else 'notes stay'} queued for the "
                        "next run.")
    if lines:
        say("Dispatch: " + "; ".join(lines) + ". [dim]`afterword outbox` shows details.[/]")
    elif not quiet:
        say("Nothing is due.")


def waiting(upcoming: dict[str, Any] | None, home: str) -> None:
    """What `dispatch --watch` waits for next, so a watcher is seen to be alive."""
    if upcoming is None:
        say("[dim]Waiting: nothing is queued.[/]")
    else:
        say(f"[dim]Waiting: next, message {upcoming['id']} to {escape(upcoming['to'])} at "
            f"{when(upcoming['at'], home)}.[/]")


def outbox(rows: list[dict[str, Any]], home: str) -> None:
    """`afterword outbox`: times on the user's clock (`home`)."""
    from afterword.cli.tables import Column, Fold, Unwhole, fitted

    if not rows:
        say("The outbox is empty. Queue a note with [bold]afterword send ID[/].")
        return
    # A server's reply may hold long tokens (ids, addresses): those fold, not the names.
    columns = [Column("ID"), Column("To"), Column("Kind"), Column("State"),
               Column("When", whole=True), Column("Server's last reply", longest_word=12)]
    cells = []
    for r in rows:
        state = r["state"]
        style = {"sent": "green", "failed": "red", "unknown": "bold red", "held": "red",
                 "queued": "cyan", "sending": "yellow"}.get(state, "")
        moment = r["sent_at"] or r["scheduled_at"]
        flags = [x for x, on in (("plan overridden", r["override_plan"]),
                                 ("review overridden", r["override_review"]),
                                 (f"repeats message {r.get('repeat_of')}", r.get("repeat_of")))
                 if on]
        cells.append([str(r["id"]), escape(r["to"]), r["kind"],
                      f"[{style}]{state}[/]" if style else state,
                      _time_cell(moment, home) if moment else "—",
                      escape((r["last_reply"] or "—") + (f" ({', '.join(flags)})" if flags
                                                          else ""))])
    out().print(fitted(columns, cells, width=out().width, title="Outbox", show_lines=True,
                       reductions=[Fold("State", into="Kind"), Unwhole("When")]),
                soft_wrap=False)
    if any(r["state"] == "unknown" for r in rows):
        say("[bold]A message marked unknown may or may not have reached them.[/] Check your "
            "Sent folder, then: afterword confirm ID sent|not-sent")


def changes(title: str, lines: list[str], *, to_stderr: bool = True) -> None:
    """A titled list of changed fields ("application.status: interviewing → offer"); nothing
    when there are none."""
    if not lines:
        return
    console = err() if to_stderr else out()
    console.print(title)
    for line in lines:
        console.print(f"  {escape(line)}")


def record_reading(reading: dict[str, Any], *, full: bool) -> None:
    """How the notes will use the record: each free-text field as the phrase it becomes and
    what is left out (`full`, after add/new/edit), or only what to rephrase (`show`)."""
    from afterword.compose.asks import covers, label

    fields = reading["fields"]
    asks = [f for f in fields if f["ask"]]
    if full:
        say("[bold]How your notes will use this record[/] (nothing is sent as you jotted it):")
        for f in fields:
            if f["becomes"] is None and not f["ask"] and not f["left_out"]:
                continue
            say(f"  [dim]{escape(f['field'])}:[/] {escape(_short(f['source']))}")
            if f["becomes"]:
                say(f"    [green]→[/] {escape(f['becomes'])}")
            for left in f["left_out"]:
                say(f"    [dim]left out:[/] {escape(_short(left['text']))} [dim]({escape(left['why'])})[/]")
    # Numbered, so that each thank-you can say which items keep it from being ready.
    listed: list[str] = []  # what an item of a note contains when it is this one
    if asks or reading["to_finish"]:
        say("[bold]To rephrase[/] (then `afterword draft` again):")
        for f in asks:
            listed.append(f["ask"].split(", e.g. ", 1)[0])
            say(f"  [yellow]{len(listed)}.[/] {escape(label(f['field']))}: {escape(f['ask'])}")
        for item in reading["to_finish"]:
            if not any(covers(f["ask"], item) for f in asks):
                listed.append(item)
                say(f"  [yellow]{len(listed)}.[/] {escape(item)}")
    notes = reading.get("notes", [])
    if notes:
        say("[bold]The thank-you notes[/] (the review reads each again when you draft):")
        for note in notes:
            who = f"to {escape(note['to'])} ({note['channel']})"
            if note["ready"]:
                say(f"  [green]✓[/] {who}: nothing it needs is missing")
                continue
            refs = [str(k + 1) for k, key in enumerate(listed)
                    if any(key in item for item in note["to_finish"])]
            rest = [item for item in note["to_finish"] if not any(key in item for key in listed)]
            waits = "waits for" + (f" {', '.join(refs)} above" if refs else "")
            if rest:
                waits += " and:" if refs else ":"  # "waits for:", never "waits for :"
            say(f"  [yellow]•[/] {who}: {waits}")
            for item in rest:
                say(f"      {escape(item)}")


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
