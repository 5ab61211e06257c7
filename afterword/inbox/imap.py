"""The read-only IMAP reader: EXAMINE and BODY.PEEK only, so the mailbox stays as it was.

SELECT would clear \\Recent (the user's mail program would stop showing the mail as new)
and a plain BODY[] fetch would set \\Seen, so neither is ever sent: folders are opened with
EXAMINE (`select_folder(readonly=True)`) and everything is fetched with BODY.PEEK. Of new
mail only the header is read; of a mail that answers a note, only the parts that say what
it is (see `wanted_parts`).
"""

from __future__ import annotations

import contextlib
import imaplib
import re
import ssl
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from afterword.inbox.settings import ImapSettings, InboxError

if TYPE_CHECKING:
    from imapclient import IMAPClient

# Headers are fetched this many mails at a time: one command line stays well under servers'
# limits (Dovecot's is 64 KB) and a big folder is still a handful of round trips.
HEADER_BATCH = 1000
# What is read of every new mail: enough to tell whether it answers a note. The whole
# header is read only of a mail that does (automatic-reply and list headers vary too much).
HEADER_FIELDS = b"FROM IN-REPLY-TO REFERENCES SUBJECT CONTENT-TYPE"
# Of a matched mail's text, only the start: a reply's own words come first.
TEXT_LIMIT = 20 * 1024
# Long enough for a slow server, short enough that the dispatcher is not held.
TIMEOUT = 30.0
# The person is waiting in front of `mail test`.
CHECK_TIMEOUT = 10.0


@dataclass(frozen=True)
class FolderState:
    uidvalidity: int
    exists: int


@dataclass(frozen=True)
class Head:
    """One mail as first read: where it is, when the server got it, and its header block."""

    folder: str
    uid: int
    received: datetime  # INTERNALDATE, aware
    header: bytes


@dataclass(frozen=True)
class Part:
    section: str  # "1", "2.1": the IMAP body section
    mime: str  # "text/plain"
    rfc822: bool = False  # a forwarded or returned message: only its header is wanted


class Reader:
    """An open, logged-in, read-only connection; use as a context manager."""

    def __init__(self, settings: ImapSettings, password: str, *,
                 timeout: float = TIMEOUT) -> None:
        self.settings = settings
        self._password = password
        self.timeout = timeout
        self.client: IMAPClient | None = None
        self.folder: str | None = None

    def __enter__(self) -> Reader:
        self.client = connect(self.settings, self._password, timeout=self.timeout)
        return self

    def __exit__(self, *exc: object) -> None:
        client, self.client = self.client, None
        if client is not None:
            with contextlib.suppress(Exception):
                client.logout()
            with contextlib.suppress(Exception):
                client.shutdown()

    def _client(self) -> IMAPClient:
        assert self.client is not None, "use Reader as a context manager"
        return self.client

    def examine(self, folder: str) -> FolderState:
        """Open `folder` read-only (EXAMINE); raises InboxError naming a folder that is not there."""
        from imapclient.exceptions import IMAPClientError

        client = self._client()
        with self._guard(f"opening the folder {folder}"):
            try:
                answer = client.select_folder(folder, readonly=True)
            except IMAPClientError as exc:
                if isinstance(exc, imaplib.IMAP4.abort):
                    raise
                names = self._folder_names()
                raise InboxError(
                    f"the folder {folder!r} is not on {self.settings.host}",
                    hint="Folders there: " + ", ".join(names) + ". Set the ones to read with "
                         "`afterword config set imap.folders INBOX,Jobs`.") from None
        self.folder = folder
        return FolderState(int(answer.get(b"UIDVALIDITY", 0)), int(answer.get(b"EXISTS", 0)))

    def _folder_names(self) -> list[str]:
        try:
            return sorted(str(name) for _flags, _sep, name in self._client().list_folders())
        except Exception:  # noqa: BLE001 - only to enrich an error already being raised
            return []

    def new_uids(self, after: int) -> list[int]:
        """UIDs in the open folder above `after` (all of them when `after` is 0)."""
        client = self._client()
        with self._guard(f"listing the mail in {self.folder}"):
            found = client.search(["UID", f"{after + 1}:*"] if after else ["ALL"])
        # "N:*" always names the last mail, even below N: only newer ones count.
        return sorted(int(uid) for uid in found if int(uid) > after)

    def heads(self, uids: list[int]) -> Iterator[list[Head]]:
        """INTERNALDATE and the few header fields (HEADER_FIELDS) of each mail, a batch at
        a time."""
        client = self._client()
        folder = self.folder or ""
        for start in range(0, len(uids), HEADER_BATCH):
            batch = uids[start:start + HEADER_BATCH]
            with self._guard(f"reading the mail in {folder}"):
                answer = client.fetch(batch, [b"INTERNALDATE",
                                              b"BODY.PEEK[HEADER.FIELDS (" + HEADER_FIELDS + b")]"])
            heads = []
            for uid in batch:
                data = answer.get(uid)
                if data is None:
                    continue  # expunged meanwhile
                heads.append(Head(folder, uid, _aware(data.get(b"INTERNALDATE")),
                                  _value(data, b"BODY[HEADER.FIELDS")))
            yield heads

    def content(self, head: Head) -> bytes:
        """The mail as far as Afterword reads it: its header, and only its first text part
        (at most TEXT_LIMIT bytes), a delivery-status part, the returned message's header
        and an invitation (text/calendar), rebuilt as one message."""
        client = self._client()
        with self._guard(f"reading a reply in {head.folder}"):
            first = client.fetch([head.uid], [b"BODYSTRUCTURE", b"BODY.PEEK[HEADER]"])[head.uid]
            structure, header = first[b"BODYSTRUCTURE"], _value(first, b"BODY[HEADER]")
            if not structure.is_multipart:
                answer = client.fetch([head.uid], [f"BODY.PEEK[TEXT]<0.{TEXT_LIMIT}>".encode()])
                return header + _value(answer[head.uid], b"BODY[TEXT]")
            parts = wanted_parts(structure)
            if not parts:
                return _without_body_type(header) + b"\r\n"
            items = []
            for part in parts:
                if part.rfc822:
                    items.append(f"BODY.PEEK[{part.section}.HEADER]")
                else:
                    items.append(f"BODY.PEEK[{part.section}.MIME]")
                    items.append(f"BODY.PEEK[{part.section}]<0.{TEXT_LIMIT}>")
            answer = client.fetch([head.uid], [i.encode() for i in items])[head.uid]
        boundary = f"afterword-{uuid.uuid4().hex}"
        subtype = b"report; report-type=delivery-status" if _subtype(structure) == "report" \
            else b"mixed"
        out = [_without_body_type(header),
               b"Content-Type: multipart/" + subtype + b'; boundary="' + boundary.encode()
               + b'"\r\n\r\n']
        for part in parts:
            out.append(b"--" + boundary.encode() + b"\r\n")
            if part.rfc822:
                out.append(b"Content-Type: text/rfc822-headers\r\n\r\n")
                out.append(_value(answer, f"BODY[{part.section}.HEADER]".encode()))
            else:
                out.append(_value(answer, f"BODY[{part.section}.MIME]".encode()))
                out.append(_value(answer, f"BODY[{part.section}]".encode()))
            out.append(b"\r\n")
        out.append(b"--" + boundary.encode() + b"--\r\n")
        return b"".join(out)

    @contextlib.contextmanager
    def _guard(self, doing: str) -> Iterator[None]:
        """A broken connection as one sentence saying what was going on and that nothing
        from this folder was recorded (the next run reads it again)."""
        from imapclient.exceptions import IMAPClientError

        try:
            yield
        except InboxError:
            raise
        except (imaplib.IMAP4.abort, OSError, ssl.SSLError) as exc:
            raise InboxError(
                f"the connection to {self.settings.host} broke while {doing} "
                f"({_reason(exc)}); nothing from that folder was recorded",
                hint="Run `afterword inbox` again; it goes on where it stopped.") from None
        except IMAPClientError as exc:
            raise InboxError(f"{self.settings.host} refused while {doing}: {_reason(exc)}",
                             hint="Run `afterword inbox` again; if it keeps failing, check "
                                  "the imap settings (docs/inbox.md).") from None


def connect(settings: ImapSettings, password: str, *, timeout: float = TIMEOUT) -> IMAPClient:
    """An open, logged-in connection; raises InboxError with a plain reason."""
    from imapclient import IMAPClient
    from imapclient.exceptions import IMAPClientError, LoginError

    where = f"{settings.host}:{settings.port}"
    context = ssl.create_default_context()
    try:
        client = IMAPClient(settings.host, port=settings.port, ssl=settings.security == "tls",
                            ssl_context=context, timeout=timeout)
    except ssl.SSLError as exc:
        raise InboxError(f"the secure connection to {where} failed: {exc.reason}",
                         hint="Check imap.security and imap.port (993 for tls, 143 for "
                              "starttls).") from None
    except OSError as exc:
        raise InboxError(f"cannot reach {where}: {_reason(exc)}",
                         hint="Check imap.host and imap.port, and your connection.") from None
    client.normalise_times = False  # INTERNALDATE with its zone, not naive local time
    try:
        if settings.security == "starttls":
            client.starttls(context)
        client.login(settings.user, password)
    except LoginError as exc:
        client.shutdown()
        raise InboxError(f"{settings.host} refused your login: {_reason(exc)}",
                         hint="Check imap.user and the password (an app password for Gmail "
                              "or Outlook; see docs/inbox.md).") from None
    except ssl.SSLError as exc:
        client.shutdown()
        raise InboxError(f"the secure connection to {where} failed: {exc.reason}",
                         hint="Check imap.security and imap.port.") from None
    except (IMAPClientError, OSError) as exc:
        with contextlib.suppress(Exception):
            client.shutdown()
        if "STARTTLS" in str(exc).upper():
            raise InboxError(f"{where} does not offer STARTTLS",
                             hint="Try imap.security tls (port 993).") from None
        raise InboxError(f"cannot log in to {where}: {_reason(exc)}",
                         hint="Check the imap settings (docs/inbox.md).") from None
    return client


def wanted_parts(structure: Any) -> list[Part]:
    """The parts of a multipart mail that say what it is, in the order Afterword wants them:
    the first text/plain (else text/html), a delivery-status report, the returned message's
    header, an invitation. Attachments and everything else stay on the server."""
    leaves = list(_leaves(structure, ""))
    chosen: list[Part] = []
    text = next((p for p in leaves if p.mime == "text/plain"), None) \
        or next((p for p in leaves if p.mime == "text/html"), None)
    if text:
        chosen.append(text)
    for wanted in (("message/delivery-status", "message/global-delivery-status"),
                   ("text/rfc822-headers", "message/rfc822", "message/global"),
                   ("text/calendar", "application/ics")):
        found = next((p for p in leaves if p.mime in wanted), None)
        if found:
            chosen.append(found)
    return chosen


def _leaves(structure: Any, prefix: str) -> Iterator[Part]:
    if structure.is_multipart:
        for number, child in enumerate(structure[0], start=1):
            yield from _leaves(child, f"{prefix}{number}" if not prefix else f"{prefix}.{number}")
        return
    mime = f"{_text(structure[0])}/{_text(structure[1])}".lower()
    section = prefix or "1"
    yield Part(section, mime, rfc822=mime in ("message/rfc822", "message/global"))


def _subtype(structure: Any) -> str:
    return _text(structure[1]).lower() if structure.is_multipart else ""


def _text(value: Any) -> str:
    return value.decode("ascii", "replace") if isinstance(value, bytes) else str(value or "")


def _value(answer: dict[bytes, Any], key: bytes) -> bytes:
    """A fetched section by name; servers may echo "<0>" after a partial one, and the
    field list after HEADER.FIELDS (matched by its start)."""
    for name, value in answer.items():
        if isinstance(name, bytes) and (name == key or name.startswith(key + b"<")
                                        or (key.endswith(b".FIELDS")
                                            and name.startswith(key + b" "))):
            return bytes(value or b"")
    return b""


_BODY_TYPE = re.compile(rb"(?im)^content-(?:type|transfer-encoding):[^\n]*\n(?:[ \t][^\n]*\n)*")


def _without_body_type(header: bytes) -> bytes:
    """The header block without its Content-Type/-Transfer-Encoding and final blank line,
    to put a rebuilt body under it."""
    block = header.rstrip(b"\r\n") + b"\r\n"
    return _BODY_TYPE.sub(b"", block)


def _aware(value: Any) -> datetime:
    if not isinstance(value, datetime):
        return datetime.now(UTC)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _reason(exc: BaseException) -> str:
    from afterword.network import failure_words

    said = failure_words(exc, "imap.port")
    if said is not None:
        return said
    text = str(exc).strip()
    if isinstance(exc, imaplib.IMAP4.abort) and not text:
        return "the server closed the connection"
    text = re.sub(r"^b'(.*)'$", r"\1", text)
    return text or type(exc).__name__
