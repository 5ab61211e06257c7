"""Renderers for people who send from their own mail client or by hand: .eml, text, Markdown, mailto, card.

Each takes a stored message's snapshot (`compose.service.message_dict`) and the sender.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import quote

from afterword.compose.facts import Candidate
from afterword.errors import InvalidInput

FORMATS = ("eml", "txt", "md", "mailto", "card")

# How a user sends each channel's note themselves (until Afterword sends it).
EXPORT_AS = {"email": "eml", "handwritten": "card", "linkedin-message": "txt",
             "linkedin-invite": "txt"}


def to_eml(message: dict[str, Any], sender: Candidate, *, now: datetime,
           message_id: str | None = None, in_reply_to: str | None = None) -> bytes:
    """Real RFC 5322 mail (UTF-8 plain text), as Afterword would send it, for a mail program
    to open and send: CRLF line ends, as the format has them, and `X-Unsent: 1`, which makes
    Outlook open it as a draft with a Send button instead of as a received message."""
    from email.policy import SMTP

    from afterword.deliver.mime import Sender, build, new_message_id

    if not sender.email:
        raise InvalidInput("your e-mail address is not set, so the mail has no sender",
                           hint="afterword profile set email you@example.com")
    if not message.get("to_email"):
        raise InvalidInput(f"{message['to']} has no e-mail address in the record",
                           hint="Add it with `afterword edit`, or export as txt.")
    msg = build(
        sender=Sender(sender.name, sender.email), to_name=message["to"],
        to_email=message["to_email"], subject=message.get("subject"), body=message["body"],
        date=now, message_id=message_id or message.get("message_id")
        or new_message_id(sender.email), cc=message.get("cc_email"),
        in_reply_to=in_reply_to,
    )
    msg["X-Unsent"] = "1"
    return msg.as_bytes(policy=SMTP)


def to_txt(message: dict[str, Any]) -> str:
    head = f"Subject: {message['subject']}\n\n" if message.get("subject") else ""
    return head + message["body"] + "\n"


def to_md(message: dict[str, Any]) -> str:
    lines = [f"**To:** {message['to']}"]
    if message.get("subject"):
        lines.append(f"**Subject:** {message['subject']}")
    body = re.sub(r"\n(?!\n)", "  \n", message["body"])  # keep the sign-off's line breaks
    return "\n".join(lines) + "\n\n" + body + "\n"


def to_mailto(message: dict[str, Any]) -> str:
    """A mailto: link that opens the user's mail client with the note filled in."""
    to = quote(message.get("to_email") or "", safe="@")
    params = []
    if message.get("subject"):
        params.append("subject=" + quote(message["subject"], safe=""))
    params.append("body=" + quote(message["body"].replace("\n", "\r\n"), safe=""))
    return f"mailto:{to}?" + "&".join(params)


CARD_CSS = """
@page { size: 148mm 105mm; margin: 6mm 9mm; }
body { font-family: "DejaVu Serif", Georgia, serif; font-size: 9pt; line-height: 1.32;
       color: #222; max-width: 128mm; margin: 0 auto; }
h1 { font-family: "DejaVu Sans", sans-serif; font-size: 8pt; font-weight: normal;
     text-transform: uppercase; letter-spacing: .08em; color: #777; margin: 0 0 3mm; }
p { margin: 0 0 1.6mm; }
.guide { border-top: 1px dashed #bbb; margin-top: 4mm; padding-top: 2mm; font-family:
         "DejaVu Sans", sans-serif; font-size: 7pt; color: #888; }
@media screen { body { margin: 2em auto; padding: 1.5em 2em; border: 1px solid #ddd;
                       border-radius: 6px; box-shadow: 0 1px 4px rgba(0,0,0,.08); } }
"""


def to_card_html(message: dict[str, Any]) -> str:
    """A handwritten card laid out for copying by hand: A6 landscape (also fits 4x6 in)."""
    paragraphs = [p for p in re.split(r"\n\s*\n", message["body"].strip()) if p.strip()]
    body = "\n".join(
        "<p>" + "<br>".join(html.escape(line) for line in p.splitlines()) + "</p>"
        for p in paragraphs
    )
    words = len(message["body"].split())
    return (
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>Card for {html.escape(message['to'])}</title>"
        f"<style>{CARD_CSS}</style></head><body>"
        f"<h1>Thank-you card for {html.escape(message['to'])}</h1>\n{body}\n"
        f"<div class=\"guide\">{words} words · copy by hand onto an A6 or 4×6 in card · "
        "sign in ink</div></body></html>\n"
    )


# Type sizes tried in turn: a long card is set a little smaller rather than spill onto a
# second page; below 7 pt it gets hard to copy from.
CARD_SIZES = (9.0, 8.5, 8.0, 7.5, 7.0)


@dataclass(frozen=True)
class CardPdf:
    """A card as a PDF: `pages` is 1 unless even the smallest type could not fit it."""

    data: bytes
    pages: int
    size: float  # the type size it was set in, in points
    words: int

    def overflow(self, message_id: int | None = None) -> str | None:
        """What to tell the user when the card does not fit one page (None when it does)."""
        if self.pages == 1:
            return None
        edit = f" (afterword edit-message {message_id})" if message_id is not None else ""
        return (f"this card is too long for one card: even in {self.size:g} pt type its "
                f"{self.words} words take {self.pages} pages. Shorten it to about 100 words"
                f"{edit}, or write it on a folded card")


def card_pdf(message: dict[str, Any]) -> CardPdf:
    """The card as a PDF (WeasyPrint), in the largest type that fits one page.

    Raises InvalidInput when WeasyPrint's system libraries are missing.
    """
    try:
        from weasyprint import HTML
    except (ImportError, OSError) as exc:
        raise InvalidInput(
            f"cannot make a PDF here ({exc})",
            hint="Install Pango (Debian: apt-get install libpango-1.0-0 libpangoft2-1.0-0), "
            "or print the HTML card from your browser.",
        ) from None
    html_text = to_card_html(message)
    for size in CARD_SIZES:
        document = HTML(string=html_text.replace("font-size: 9pt;", f"font-size: {size}pt;", 1))
        rendered = document.render()
        if len(rendered.pages) == 1:
            break
    return CardPdf(bytes(rendered.write_pdf()), len(rendered.pages), size,
                   len(message["body"].split()))


def to_card_pdf(message: dict[str, Any]) -> bytes:
    """The card as a PDF; see `card_pdf`."""
    return card_pdf(message).data
