"""Which note a mail answers: by its thread, else by who sent it and when. Pure: no I/O.

A mail that names one of Afterword's Message-IDs in In-Reply-To or References answers that
note, and is applied at once. Failing that, a sender who is an interviewer or the recruiter
of an active application, or who writes from that company's own domain (never a free-mail
domain), after a note to that application went out, is a proposal for the user to confirm;
when several applications fit and nothing in the headers decides, the user is asked. The
user's own mail (the Bcc copy Afterword keeps, anything from their addresses) never counts,
and neither does mail the server received before the note went out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import getaddresses, parseaddr
from functools import cache
from importlib import resources

# How a mail was tied to a note, strongest first. AUTOMATED: an applicant tracking system's
# (or a company's no-reply) mail that names the company (afterword/inbox/ats.py).
THREAD, BOUNCE, SENDER, RECRUITER, DOMAIN = "thread", "bounce", "sender", "recruiter", "domain"
AUTOMATED = "ats"

_MESSAGE_ID = re.compile(r"<[^<>\s]+>")
# Senders of delivery reports, and subjects they use when the report is not RFC 3464.
_DAEMON = re.compile(r"^(?:mailer-daemon|postmaster|mail-daemon|mailerdaemon)@", re.I)
_BOUNCE_SUBJECT = re.compile(
    r"undeliver|delivery status notification|delivery (?:has )?failed|returned mail|"
    r"mail delivery (?:failed|failure|system)|failure notice|could not be delivered|"
    r"non[- ]?delivery", re.I)
# Addresses that say no one reads the answers: no-reply, noreply, do-not-reply, donotreply,
# no_reply, noreply-jobs, ... in the part before the @.
_NO_REPLY = re.compile(r"(?:^|[._+-])(?:no|do[._-]?not)[._-]?reply(?:$|[._+-])", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Note:
    """A note that went out: what a reply can point at."""

    id: int
    message_id: str | None  # "<...>", as sent
    sent_at: datetime
    to_email: str | None
    interview_id: int
    application_id: int


@dataclass(frozen=True, slots=True)
class Application:
    """An active application: who may answer for it, and its latest interview."""

    id: int
    interview_id: int  # the latest round: a reply is recorded on it
    people: frozenset[str]  # interviewers' addresses, lower case
    recruiter: str | None
    domains: frozenset[str]  # the company's own (non-free-mail) domains
    company: str = ""
    role: str = ""
    since: datetime | None = None  # the first interview's start: automated mail before it is old


@dataclass(frozen=True)
class Known:
    """What the store knows, for matching: notes sent, active applications, own addresses."""

    notes: tuple[Note, ...]
    applications: tuple[Application, ...]
    own: frozenset[str]  # the user's addresses, lower case
    by_message_id: dict[str, Note] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.by_message_id.update({n.message_id.lower(): n for n in self.notes if n.message_id})

    def first_sent(self, application_id: int) -> datetime | None:
        times = [n.sent_at for n in self.notes if n.application_id == application_id]
        return min(times) if times else None


@dataclass(frozen=True)
class Match:
    """What a mail answers: `how` (THREAD, SENDER...), the note when known, and the
    interview(s): one, or several to ask about."""

    how: str
    note: Note | None
    interviews: tuple[int, ...]

    @property
    def applied(self) -> bool:
        """A threaded reply is applied at once; the rest are proposals to confirm."""
        return self.how == THREAD

    @property
    def ambiguous(self) -> bool:
        return len(self.interviews) > 1


@cache
def free_mail_domains() -> frozenset[str]:
    text = resources.files("afterword.inbox").joinpath("freemail.txt").read_text("utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


def domain_of(address: str | None) -> str | None:
    if not address or "@" not in address:
        return None
    return address.rsplit("@", 1)[1].strip().lower().rstrip(".") or None


def company_domain(address: str | None) -> str | None:
    """The domain a company writes from, or None for a free-mail (personal) address."""
    found = domain_of(address)
    return None if found is None or found in free_mail_domains() else found


def no_reply(address: str) -> bool:
    """True for an address that takes no replies (no-reply@, donotreply@, jobs-noreply@...)."""
    return bool(_NO_REPLY.search(address.split("@", 1)[0]))


def sender(from_header: str | None) -> tuple[str, str]:
    """(display name, address in lower case) of a From header."""
    name, address = parseaddr(from_header or "")
    return name.strip(), address.strip().lower()


_ANGLED = re.compile(r"<\s*([^<>\s@]+@[^<>\s]+?)\s*>")
_BARE = re.compile(r"[^\s<>,;:\"()\[\]]+@[^\s<>,;:\"()\[\]]+")


def address_of(from_header: str | None) -> str:
    """The sender's address in lower case, quickly: every new mail's From is read, and
    `parseaddr` costs ten times more (it is used on the few mails that match)."""
    text = from_header or ""
    found = _ANGLED.search(text) or _BARE.search(text)
    if found is None:
        return ""
    return (found.group(1) if found.re is _ANGLED else found.group()).lower()


def referenced_ids(in_reply_to: str | None, references: str | None) -> list[str]:
    """The Message-IDs a mail says it answers, lower case, nearest first."""
    found = _MESSAGE_ID.findall(in_reply_to or "")
    found += reversed(_MESSAGE_ID.findall(references or ""))
    return [m.lower() for m in found]


def looks_like_bounce(address: str, subject: str | None, content_type: str | None) -> bool:
    """A delivery report, judged from the header alone (the body is read only if so)."""
    if content_type and "report" in content_type.lower() and "delivery-status" in \
            content_type.lower():
        return True
    return bool(_DAEMON.match(address) or _BOUNCE_SUBJECT.search(subject or ""))


def match(*, address: str, in_reply_to: str | None, references: str | None,
          received: datetime, known: Known) -> Match | None:
    """The note (or application) a mail from `address` (lower case) answers, or None.
    Bounces are matched separately (`match_bounce`), once their report has been read."""
    if not address or address in known.own:
        return None
    for ref in referenced_ids(in_reply_to, references):
        note = known.by_message_id.get(ref)
        if note is not None:
            if note.sent_at > received:
                return None  # received before the note went out: not an answer to it
            return Match(THREAD, note, (note.interview_id,))
    how_by_app: dict[int, str] = {}
    for app in known.applications:
        first = known.first_sent(app.id)
        if first is None or first > received:
            continue  # nothing went out to them before this mail
        if address in app.people:
            how_by_app[app.id] = SENDER
        elif app.recruiter and address == app.recruiter:
            how_by_app[app.id] = RECRUITER
        else:
            domain = company_domain(address)
            if domain and domain in app.domains:
                how_by_app[app.id] = DOMAIN
    if not how_by_app:
        return None
    # A person's own address decides over a shared domain: only those, if any.
    strongest = [a for a, how in how_by_app.items() if how != DOMAIN] or list(how_by_app)
    interviews = tuple(a.interview_id for a in known.applications if a.id in strongest)
    how = how_by_app[strongest[0]] if len(strongest) == 1 else (
        DOMAIN if all(how_by_app[a] == DOMAIN for a in strongest) else SENDER)
    return Match(how, _latest_note(known, strongest) if len(strongest) == 1 else None,
                 interviews)


def match_bounce(*, original_id: str | None, recipient: str | None, received: datetime,
                 known: Known) -> Note | None:
    """The sent note a delivery report is about: by its Message-ID, else the latest note to
    the failed address sent before the report came."""
    if original_id:
        note = known.by_message_id.get(original_id.strip().lower())
        if note is not None:
            return note
    if recipient:
        address = recipient.strip().lower()
        sent = [n for n in known.notes if (n.to_email or "").lower() == address
                and n.sent_at <= received]
        if sent:
            return max(sent, key=lambda n: n.sent_at)
    return None


def _latest_note(known: Known, application_ids: list[int]) -> Note | None:
    notes = [n for n in known.notes if n.application_id in application_ids]
    return max(notes, key=lambda n: n.sent_at) if notes else None


def addresses(header: str | None) -> list[str]:
    return [a.lower() for _n, a in getaddresses([header or ""]) if a]
