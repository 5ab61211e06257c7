"""`afterword draft`, `messages`, `edit-message` and `export`: notes written, kept and taken away."""

# No `from __future__ import annotations`: Typer reads every command's signature at start-up,
# and evaluating their annotations from strings took about as long as building the commands.

from pathlib import Path
from typing import Annotated, Any

import typer

from afterword.cli.common import (
    STATE,
    FormatOption,
    MessageId,
    OutputFormat,
    id_of,
    now,
    profile_zone,
)
from afterword.errors import AfterwordError, InvalidInput


def draft(
    target: Annotated[
        str,
        typer.Argument(metavar="ID|FILE",
                       help="A stored interview's id (drafts are stored), or an interview file "
                            "(drafts are only shown)."),
    ],
    kind: Annotated[
        str, typer.Option(help="thank-you, follow-up, rejection-reply or networking.")
    ] = "thank-you",
    channel: Annotated[
        str | None,
        typer.Option(help="Override each person's channel: email, handwritten, "
                          "linkedin-message or linkedin-invite."),
    ] = None,
    angle: Annotated[
        str | None,
        typer.Option(help="specific-topic, shared-values, concern-answering or elaboration."),
    ] = None,
    variant: Annotated[int, typer.Option(metavar="N", help="Another wording of the same notes (0, 1, 2...).",
                                      min=0)] = 0,
    group: Annotated[bool, typer.Option("--group", help="One note to the whole panel.")] = False,
    out: Annotated[
        Path | None,
        typer.Option("--out", help="Also write each draft to this folder, in its channel's format."),
    ] = None,
    fmt: FormatOption = OutputFormat.TEXT,
) -> None:
    """
    Write a personal draft for every interviewer, reviewed and ready to send.

    Drafting again replaces the interview's unsent drafts of the same kind; a message
    already scheduled or sent is never touched.

    Example: afterword draft 1 --kind follow-up
    """
    from afterword.cli import render
    from afterword.cli.common import profile_zone
    from afterword.compose import service

    config = STATE.config
    options: dict[str, Any] = {"kind": kind, "channel": channel, "angle": angle, "variant": variant,
               "group": group}
    number = target.removeprefix("#")  # "#1", as a draft's title shows its number
    stored = number.isascii() and number.isdigit()
    if stored:
        interview_id = id_of("an interview id", "afterword list")(target)
        composed = service.draft_interview(STATE.store, config, interview_id, now=now(),
                                           **options)
    else:
        path = Path(target)
        if not path.exists():
            raise InvalidInput(f"{target}: neither an interview id nor a file",
                               hint="`afterword list` shows the ids.")
        from afterword.files import read_text

        composed = service.preview_file(config, read_text(path),
                                        source=str(path), default_zone=profile_zone(), **options)
    if out is not None:
        written = _write_all(composed, out)
        for path in written:
            render.notice(f"wrote {path}")
    if fmt is OutputFormat.JSON:
        render.json_out([c.to_dict() for c in composed])
    else:
        render.drafts([c.to_dict() for c in composed], stored=stored,
                      whole=f"afterword show {interview_id}" if stored else None)
        if not config.get("profile.name"):
            # Every note then ends without a name ("'With thanks,' is not followed by your
            # name"): say the one command that fixes them all.
            render.notice('Your name is not set, so the notes cannot be signed: afterword '
                          'profile set name "Your Name", then draft again.')


def _write_all(composed: list, folder: Path) -> list[Path]:
    from afterword.cli.common import now as clock
    from afterword.compose.service import candidate_from
    from afterword.deliver import export
    from afterword.errors import CannotWrite
    from afterword.files import write_file

    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CannotWrite(f"cannot make the folder {folder}: {exc.strerror or exc}",
                          hint="Give --out a folder you may write to.") from None
    sender = candidate_from(STATE.config)
    written = []
    for n, item in enumerate(composed, start=1):
        data = item.to_dict()
        stem = f"{item.id or n:03d}-{_slug(data['to'])}-{data['kind']}"
        if data["channel"] == "email":
            path = folder / f"{stem}.eml"
            write_file(path, export.to_eml(data, sender, now=clock()))
        elif data["channel"] == "handwritten":
            path = folder / f"{stem}.html"
            write_file(path, export.to_card_html(data))
        else:
            path = folder / f"{stem}.txt"
            write_file(path, export.to_txt(data))
        written.append(path)
    return written


def _slug(text: str) -> str:
    import re
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "note"


def messages(
    interview_id: Annotated[
        int | None,
        typer.Argument(metavar="INTERVIEW", parser=id_of("an interview id", "afterword list"),
                       help="Only this interview's messages (its id).")
    ] = None,
    fmt: FormatOption = OutputFormat.TEXT,
) -> None:
    """
    List stored messages: id, interview, to, kind, channel, subject, state, and when.

    "When" is when it is queued for, or when it was sent, on your clock (profile.timezone).

    Example: afterword messages 1
    """
    from afterword.cli import render
    from afterword.compose import service

    rows = service.list_messages(STATE.store, interview_id)
    if fmt is OutputFormat.JSON:
        render.json_out(rows)
    else:
        render.message_table(rows, profile_zone())


def edit_message(message_id: MessageId) -> None:
    """
    Edit a stored message in your $EDITOR; it is reviewed again on save.

    The first line "Subject: ..." is the subject (e-mail only); the rest is the body.

    Example: afterword edit-message 3
    """
    from afterword.cli import render
    from afterword.cli.record import _run_editor
    from afterword.compose import service
    from afterword.files import read_text

    store = STATE.store
    data = service.get_message(store, message_id)
    if data["state"] not in ("draft", "held", "failed", "cancelled"):
        raise AfterwordError(
            f"message {message_id} is {data['state']}: it can no longer be edited",
            hint="Cancel it first (`afterword cancel`), if it has not gone out yet.",
        )
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"message-{message_id}.txt"
        head = f"Subject: {data['subject']}\n\n" if data["channel"] == "email" else ""
        original = head + data["body"] + "\n"
        path.write_text(original, encoding="utf-8")
        _run_editor(path)
        text = read_text(path)
    if text == original:  # saved as it was, or quit without saving (":q!")
        render.say(f"No changes: message {message_id} is as it was.")
        return
    result = service.save_message_text(store, STATE.config, message_id, text, now=now())
    render.drafts([result], stored=True)


def _channel_words(data: dict) -> str:
    return {"email": "an e-mail", "linkedin-message": "a LinkedIn message",
            "linkedin-invite": "a LinkedIn invitation"}.get(str(data.get("channel")),
                                                            str(data.get("channel")))


def export(
    message_id: MessageId,
    as_: Annotated[
        str, typer.Option("--as", help="eml, txt, md, mailto or card (HTML and PDF).")
    ] = "txt",
    out: Annotated[
        Path | None,
        typer.Option("--out", help="File (or, for card, file stem) to write. Without it, a "
                                   "card and an .eml typed at a terminal go to a file named "
                                   "for the note; the rest is shown here."),
    ] = None,
) -> None:
    """
    Export a message to send it yourself: an .eml file, text, Markdown, a mailto link or a card.

    LinkedIn notes are copied to the clipboard where there is one.

    Example: afterword export 3 --as eml --out note.eml
    """
    from afterword.cli import render
    from afterword.compose import service
    from afterword.deliver import export as ex

    if as_ not in ex.FORMATS:
        raise InvalidInput(f"--as {as_!r} is not a format",
                           hint="Use one of: " + ", ".join(ex.FORMATS) + ".")
    data = service.get_message(STATE.store, message_id)
    _write_export(data, message_id, as_, out)
    if data.get("incomplete"):
        # Written, it leaves Afterword's hands: say so once it is out, not before an error.
        left = len(data["incomplete"])
        render.notice(f"Message {message_id} is not ready: {left} thing{'s' if left != 1 else ''} "
                      f"left to finish (`afterword show {data['interview']}` lists them; "
                      f"`afterword edit-message {message_id}` finishes it). Read it before you "
                      "send it.")


def _write_export(data: dict, message_id: int, as_: str, out: Path | None) -> None:
    from afterword.cli import render
    from afterword.deliver import export as ex
    from afterword.files import write_file

    if out is not None and str(out) == "-":
        out = None  # "-" is standard output, as elsewhere
    if as_ == "card":
        name = f"card-{message_id}-{_slug(data['to'])}"
        # --out names a file stem; a folder given instead gets the card under its usual name.
        stem = (out / name) if out is not None and out.is_dir() else (out or Path(name))
        html_path, pdf_path = stem.with_suffix(".html"), stem.with_suffix(".pdf")
        write_file(html_path, ex.to_card_html(data))
        card = ex.card_pdf(data)
        write_file(pdf_path, card.data)
        render.success(f"Card to {data['to']} (message {message_id}) written: {html_path} and "
                       f"{pdf_path} (print at A6 or 4×6 in).")
        if data.get("channel") != "handwritten":
            # A note drafted for the screen, printed as asked: say so, so a wrong number shows.
            render.notice(f"Message {message_id} was drafted as {_channel_words(data)}, not a "
                          "card; a card is shorter and less formal (afterword draft ID "
                          "--channel handwritten drafts one).")
        overflow = card.overflow(message_id)
        if overflow:
            render.notice(overflow[:1].upper() + overflow[1:] + ".")
        return
    if as_ == "eml":
        from afterword.deliver.service import export_eml

        payload, notes = export_eml(STATE.store, STATE.config, message_id, now())
        for note in notes:
            render.notice(note)
        import sys

        if out is None and sys.stdout.isatty():
            # The agenda's "afterword export 1 --as eml" typed as shown: a mail file printed
            # on the screen is of no use to anyone, so it goes to a file named for the note.
            out = Path(f"note-{message_id}-{_slug(data['to'])}.eml")
        if out is None:
            sys.stdout.buffer.write(payload)
            return
        write_file(out, payload, example="note.eml")
        render.success(f"Wrote {out}: open it with your mail program to send it.")
        return
    text = {"txt": ex.to_txt, "md": ex.to_md}[as_](data) if as_ != "mailto" else (
        ex.to_mailto(data) + "\n")
    if out is not None:
        write_file(out, text, example=f"note.{'txt' if as_ == 'mailto' else as_}")
        render.success(f"Wrote {out}.")
        return
    if data["channel"].startswith("linkedin") and _copy(data["body"]):
        render.success("Copied to the clipboard: paste it into LinkedIn.")
    render.out().print(text, markup=False, end="")


def _copy(text: str) -> bool:
    """Copy to the clipboard when this machine has one; False when it has none."""
    try:
        import pyperclip

        pyperclip.copy(text)
        return True
    except Exception:  # pyperclip raises its own errors when no clipboard tool exists
        return False
