"""The text a sender wrote in a reply, without the quoted original, forwards or signature.

No library does this well across mail programs: Zapier's email-reply-parser knows only
"On ... wrote:" in English and "--" signatures, and Mailgun's talon needs a trained model and
an old scikit-learn. The markers here are the ones mail programs write (Gmail, Outlook, Apple
Mail, Thunderbird, mobile clients) in the languages of business mail; they are data in
cues/quote_headers.txt and cues/signatures.txt.
"""

from __future__ import annotations

import re
from email.message import Message
from html.parser import HTMLParser

from afterword.inbox.cues import lexicon

MAX_TEXT = 20_000
"""Characters read of a text part: the IMAP side fetches about 20 KB, a reply's text is far less."""

# A line that starts what follows as a quoted or forwarded original: one regex per line of
# the data file ("On Mon, 7 Dec 2026 at 10:14, Jordan Lee <jordan@example.com> wrote:").
_QUOTE_HEADERS = [re.compile(p, re.IGNORECASE) for p in lexicon("quote_headers")]
# Outlook's header block: "From: ..." then, within the next lines, "Sent:"/"Date:" and "To:"/
# "Subject:", in English and the other languages Outlook writes.
_FROM_LINE = re.compile(r"^\s*\**(?:from|von|de|da|van|från|fra|od|lähettäjä)\s*\**\s*:", re.IGNORECASE)
_BLOCK_LINE = re.compile(
    r"^\s*\**(?:sent|date|to|subject|cc|gesendet|datum|an|betreff|envoyé|date|à|objet|enviado"
    r"|fecha|para|asunto|inviato|data|a|oggetto|verzonden|aan|onderwerp|skickat|till|ämne)\s*\**\s*:",
    re.IGNORECASE,
)
_SIGNATURES = [re.compile(p, re.IGNORECASE) for p in lexicon("signatures")]
# A closing line ("Best regards,", "Thanks!") after which only a short signature block follows.
_CLOSING = re.compile(
    r"^\s*(?:(?:best|kind|warm|warmest|many)?\s*(?:regards|wishes)|best|all the best|cheers|thanks"
    r"|thank you|many thanks|thanks again|sincerely|yours sincerely|yours truly|respectfully"
    r"|talk soon|speak soon|take care|mit freundlichen grüßen|viele grüße|cordialement|saludos"
    r"|un saluto|met vriendelijke groet)[\s,.!-]*$",
    re.IGNORECASE,
)
_SIGNATURE_LINES = 8  # lines after a closing that still look like a name, title, phone and links
_SIGNATURE_WIDTH = 80


def new_text(msg: Message) -> str:
    """The sender's own text in `msg` (see reading.new_text)."""
    body, html = body_text(msg)
    if html:
        body = html_to_text(body)
    return strip_quoted(body)


def body_text(msg: Message) -> tuple[str, bool]:
    """The first text/plain part not attached as a file, else the first text/html; and whether it is HTML."""
    plain: str | None = None
    html: str | None = None
    for part in msg.walk():
        if part.is_multipart() or part.get_content_maintype() != "text":
            continue
        if part.get_content_disposition() == "attachment":
            continue
        ctype = part.get_content_type()
        if ctype == "text/plain" and plain is None:
            plain = _decoded(part)
        elif ctype == "text/html" and html is None:
            html = _decoded(part)
    if plain is not None and plain.strip():
        return plain[:MAX_TEXT], False
    if html is not None:
        return html[:MAX_TEXT], True
    return "", False


def _decoded(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return str(part.get_payload())
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset, errors="replace")
    except LookupError:  # an unknown charset name: most such mail is UTF-8 or Latin-1 anyway
        return payload.decode("utf-8", errors="replace")


def strip_quoted(text: str) -> str:
    """`text` cut before the quoted original or forward, with '>' lines and the signature gone."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept: list[str] = []
    for index, line in enumerate(lines):
        if _starts_original(lines, index):
            break
        if line.lstrip().startswith(">"):
            continue
        kept.append(line.rstrip())
    kept = _without_signature(kept)
    return "\n".join(kept).strip()


def _starts_original(lines: list[str], index: int) -> bool:
    line = lines[index].strip()
    if not line:
        return False
    # Gmail wraps a long "On ... wrote:" over two lines: try the line joined with the next.
    joined = line + " " + lines[index + 1].strip() if index + 1 < len(lines) else line
    if any(p.search(line) or (p.search(joined) and not p.search(lines[index + 1])) for p in _QUOTE_HEADERS):
        return True
    if _FROM_LINE.match(line):
        following = [x for x in lines[index + 1 : index + 6] if x.strip()]
        return sum(1 for x in following if _BLOCK_LINE.match(x)) >= 2
    return False


def _without_signature(lines: list[str]) -> list[str]:
    for index, line in enumerate(lines):
        if line == "-- " or line.strip() == "--" or any(p.match(line.strip()) for p in _SIGNATURES):
            return lines[:index]
    # After the last closing line, keep the name that follows it and drop a short block
    # (title, company, phone, links); a long tail is text, not a signature.
    for index in range(len(lines) - 1, -1, -1):
        if _CLOSING.match(lines[index]):
            tail = [x for x in lines[index + 1 :] if x.strip()]
            if len(tail) <= _SIGNATURE_LINES and all(len(x) <= _SIGNATURE_WIDTH for x in tail):
                name_line = next((i for i in range(index + 1, len(lines)) if lines[i].strip()), None)
                end = (name_line + 1) if name_line is not None else index + 1
                return lines[:end]
            break
    return lines


# -- HTML ------------------------------------------------------------------------------------

_BLOCKS = frozenset(
    "p div br li tr h1 h2 h3 h4 h5 h6 table ul ol hr pre section article header footer".split()
)
_SKIP = frozenset({"script", "style", "head", "title"})
# Quoted originals and signatures that mail programs mark in their HTML.
_QUOTE_CLASSES = re.compile(
    r"gmail_quote|gmail_signature|yahoo_quoted|moz-cite-prefix|moz-signature|protonmail_quote"
    r"|divRplyFwdMsg|OutlookMessageHeader|appendonsend|ms-outlook-mobile-signature",
    re.IGNORECASE,
)
# Outlook puts the original's header block in one of these and the original after it, as
# siblings: from here on, nothing is the sender's own text.
_REST_IS_ORIGINAL = re.compile(r"divRplyFwdMsg|OutlookMessageHeader|appendonsend", re.IGNORECASE)


class _TextOf(HTMLParser):
    """HTML to plain text: blocks become lines; quoted and skipped elements are dropped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._stack: list[tuple[str, bool]] = []  # (tag, drops its content)
        self._dropping = 0
        self._done = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        marks = " ".join(v or "" for k, v in attrs if k in ("class", "id", "type"))
        if _REST_IS_ORIGINAL.search(marks):
            self._done = True
        drop = tag in _SKIP or tag == "blockquote" or bool(_QUOTE_CLASSES.search(marks))
        if tag in ("br", "hr", "img", "meta", "link", "input", "wbr"):  # void: never closed
            if tag in _BLOCKS:
                self.parts.append("\n")
            return
        self._stack.append((tag, drop))
        if drop:
            self._dropping += 1
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        # Close up to the matching tag: mail HTML often leaves tags open.
        for depth in range(len(self._stack) - 1, -1, -1):
            if self._stack[depth][0] == tag:
                for _tag, drop in self._stack[depth:]:
                    if drop:
                        self._dropping -= 1
                del self._stack[depth:]
                break
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._dropping and not self._done:
            self.parts.append(re.sub(r"[ \t\r\n\xa0]+", " ", data))


def html_to_text(html: str) -> str:
    """The visible text of an HTML mail, one line per block, quoted originals left out."""
    parser = _TextOf()
    parser.feed(html)
    parser.close()
    lines = [line.strip() for line in "".join(parser.parts).split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
