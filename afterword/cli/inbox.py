"""`afterword inbox`: read the replies to your notes from your mailbox, and act on them."""

# No `from __future__ import annotations`: Typer reads every command's signature at start-up,
# and evaluating their annotations from strings took about as long as building the commands.

from typing import TYPE_CHECKING, Annotated

import typer

from afterword.cli.common import (
    STATE,
    FormatOption,
    OutputFormat,
    ReplyId,
    WholeHelpGroup,
    id_of,
    interactive,
    now,
)

if TYPE_CHECKING:
    from afterword.inbox.service import Found

inbox_app = typer.Typer(cls=WholeHelpGroup,
    invoke_without_command=True,
    rich_markup_mode=None,
)

_KIND_WORDS = {"reply": "a reply", "rejection": "a rejection", "scheduling":
               "a next round to schedule", "offer": "an offer", "auto-reply":
               "an automatic reply", "bounce": "a bounce (not delivered)"}
_HOW = {"thread": "answers your note", "sender": "from an interviewer",
        "recruiter": "from the recruiter", "domain": "from the company's domain",
        "bounce": "delivery report",
        "ats": "an automated mail that names the company"}


@inbox_app.callback()
def inbox(ctx: typer.Context,
          yes: Annotated[bool, typer.Option("--yes", "-y", help="Apply what is proposed "
                                            "without asking.")] = False,
          fmt: FormatOption = OutputFormat.TEXT) -> None:
    """
    Find replies to your notes (read-only) and adapt the plan.

    It reads your mailbox over IMAP and never marks, moves or deletes anything there.

    Replies in the thread of a note you sent are recorded at once (follow-ups pause);
    bounces mark the note failed. A mail matched only by its sender, an applicant tracking
    system's rejection or invitation naming the company, and a status change (rejected,
    offer), are proposals: you are asked, or --yes applies them.

    Example: afterword inbox --yes
    """
    if ctx.invoked_subcommand is not None:
        return
    from afterword.cli import render
    from afterword.inbox import service

    report = service.check(STATE.store, STATE.config, now())
    if fmt is OutputFormat.JSON:
        if yes:
            report.waiting = [_apply_quietly(f) for f in report.waiting]
        render.json_out(report.to_dict())
        return
    read = sum(report.read.values())
    folders = ", ".join(report.read)
    if not report.found:
        render.say(f"Nothing new in {folders}." if not read else
                   f"Nothing about your notes in the {read} new mail{'s' if read != 1 else ''}"
                   f" in {folders}.")
    for found in report.found:
        _show(found)
    _decide(report.waiting, yes=yes)


def _apply_quietly(found: "Found") -> "Found":
    from afterword.inbox import service

    if found.candidates:
        return found  # several applications fit: only the user can say which
    return service.apply(STATE.store, STATE.config, found.id, now())


def _decide(waiting: "list[Found]", *, yes: bool) -> None:
    from afterword.cli import render
    from afterword.inbox import service

    asked = interactive()
    for found in waiting:
        render.say("")
        render.say(f"[bold]Waiting for you[/] (reply {found.id}): {_proposal(found)}")
        if found.candidates:
            options = ", ".join(f"{c['interview']} ({c['company']}, {c['role']})"
                                for c in found.candidates)
            if not asked:
                render.say(f"  It could be about interview {options}. Say which: "
                           f"[bold]afterword inbox apply {found.id} --interview "
                           f"{found.candidates[0]['interview']}[/], or [bold]afterword inbox "
                           f"dismiss {found.id}[/].")
                continue
            choice = typer.prompt(f"  Which interview is it about? {options}, or 0 for none",
                                  type=int)
            if choice == 0:
                service.dismiss(STATE.store, STATE.config, found.id, now())
                render.say("  Dismissed.")
                continue
            _show_applied(found, service.apply(STATE.store, STATE.config, found.id, now(),
                                               interview_id=choice))
            continue
        if yes or (asked and typer.confirm("  Apply it?", default=True)):
            _show_applied(found, service.apply(STATE.store, STATE.config, found.id, now()))
        elif asked:
            service.dismiss(STATE.store, STATE.config, found.id, now())
            render.say("  Dismissed.")
        else:
            render.say(f"  Apply it: [bold]afterword inbox apply {found.id}[/] (or `afterword "
                       f"inbox --yes` for all); leave it: [bold]afterword inbox dismiss "
                       f"{found.id}[/].")


def _proposal(found: "Found") -> str:
    from afterword.cli import render

    who = render.escape(found.sender)
    if found.state == "status":
        word = {"rejected": "rejected", "offer": "offer"}.get(found.proposal or "", "")
        extra = " and draft a gracious reply to their decision" if word == "rejected" else ""
        return (f"{render.escape(found.company or '')} reads as {_KIND_WORDS[found.kind]}: "
                f"set the status to {word}{extra}?")
    about = f" about {render.escape(found.company)}" if found.company else ""
    # Applying a rejection or an offer also sets the status: say so before the user agrees.
    then = {"rejection": ", set the status to rejected and draft a gracious reply to their "
                         "decision",
            "offer": ", set the status to offer"}.get(found.kind, "")
    return (f"{_KIND_WORDS.get(found.kind, found.kind)} from {who}{about} "
            f"({_HOW.get(found.matched_by, found.matched_by)}, not in your note's thread): "
            f"record it as their reply{then}?")


def _show(found: "Found") -> None:
    from afterword.cli import render
    from afterword.cli.common import profile_zone

    about = (f" ({render.escape(found.company)}, interview {found.interview})"
             if found.company else "")
    kind = _KIND_WORDS.get(found.kind, found.kind)
    render.say(f"[bold]{kind.capitalize()}[/] from {render.escape(found.sender)}{about}, "
               f"received {render.when(found.received, profile_zone())}")
    if found.subject:
        render.say(f"  Subject: {render.escape(found.subject)}")
    if found.excerpt:
        render.say(f"  \u201c{render.escape(found.excerpt)}\u201d")
    if found.cues:
        render.say("  [dim]Read as " + found.kind + " because of: "
                   + render.escape(", ".join(f"\u201c{c}\u201d" for c in found.cues)) + "[/]")
    for change in found.changes:
        render.success(render.escape(change[0].upper() + change[1:]) + ".")


def _show_applied(before: "Found", after: "Found") -> None:
    """What applying changed (not what was done before)."""
    from afterword.cli import render

    for change in after.changes[len(before.changes):]:
        render.success(render.escape(change[0].upper() + change[1:]) + ".")


@inbox_app.command("list")
def list_(waiting: Annotated[bool, typer.Option("--waiting", help="Only proposals waiting "
                                                "for you.")] = False,
          fmt: FormatOption = OutputFormat.TEXT) -> None:
    """
    List the replies found so far, newest first.

    It shows what is stored; it does not read the mailbox.

    Example: afterword inbox list --waiting
    """
    from afterword.cli import render
    from afterword.inbox import service

    rows = service.replies(STATE.store, STATE.config, waiting_only=waiting)
    if fmt is OutputFormat.JSON:
        render.json_out([r.to_dict() for r in rows])
        return
    if not rows:
        render.say("No replies found yet: `afterword inbox` reads your mailbox.")
    for found in rows:
        render.say(f"[bold]{found.id}[/] [{found.state}] ")
        _show(found)


@inbox_app.command("apply")
def apply(reply_id: ReplyId,
          interview: Annotated[int | None, typer.Option(
              "--interview", metavar="ID", parser=id_of("an interview id", "afterword list"),
              help="The interview it is about, when several could be.")] = None
          ) -> None:
    """
    Apply a waiting proposal.

    It records the reply (follow-ups pause), or sets the status the reply implies.

    Example: afterword inbox apply 3 --interview 2
    """
    from afterword.inbox import service

    before = service.get(STATE.store, STATE.config, reply_id)
    _show_applied(before, service.apply(STATE.store, STATE.config, reply_id, now(),
                                        interview_id=interview))


@inbox_app.command("dismiss")
def dismiss(reply_id: ReplyId) -> None:
    """
    Leave a waiting proposal unapplied.

    For a mail that was not an answer to your note: nothing changes.

    Example: afterword inbox dismiss 3
    """
    from afterword.cli import render
    from afterword.inbox import service

    service.dismiss(STATE.store, STATE.config, reply_id, now())
    render.success(f"Reply {reply_id} dismissed: nothing changed.")


@inbox_app.command("correct")
def correct(
    reply_id: ReplyId,
    kind: Annotated[str, typer.Argument(metavar="KIND",
                                        help="reply, rejection, scheduling or offer.")],
) -> None:
    """
    Correct how a reply was read.

    For a rejection, say, read as a plain reply.

    A rejection or an offer then proposes the application's new status.

    Example: afterword inbox correct 3 rejection
    """
    from afterword.cli import render
    from afterword.inbox import service

    found = service.correct(STATE.store, STATE.config, reply_id, kind, now())
    render.success(f"Reply {reply_id} is now read as {_KIND_WORDS[found.kind]}.")
    if found.state in service.WAITING:
        render.say(f"{_proposal(found)} [bold]afterword inbox apply {reply_id}[/] applies it.")
