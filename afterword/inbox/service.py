"""The inbox use cases: read new mail, record what answers a note, apply, dismiss, correct.

One folder is one transaction: its new replies, their effects on the plan, and how far it
was read are committed together, so a connection that breaks mid-folder records nothing of
that folder and the next run reads it again (nothing twice: the reply's Message-ID is the key).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime
from email import policy
from email.parser import BytesParser
from pathlib import Path
from typing import TYPE_CHECKING, Any

from afterword.errors import InvalidInput, NotFound, Refused
from afterword.inbox import matching
from afterword.inbox.settings import ImapSettings, password
from afterword.model.enums import ApplicationStatus, MessageState

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from afterword.config import Config
    from afterword.inbox.imap import Head, Reader
    from afterword.inbox.verdicts import MailReading
    from afterword.model.record import Application, InboxReply
    from afterword.store.db import Store

# What the user sees of each kind.
KINDS = ("reply", "rejection", "scheduling", "offer", "auto-reply", "bounce")
PERSON_KINDS = ("reply", "rejection", "scheduling", "offer")
ACTIVE = (ApplicationStatus.APPLIED, ApplicationStatus.INTERVIEWING)
# Reply states: `proposed` waits for the user (nothing applied yet); `status` means the reply
# is recorded and a status change (rejected, offer) waits; `applied`, `dismissed`, `noted`
# (an automatic reply, or a bounce already settled: nothing to do).
WAITING = ("proposed", "status")
SUBJECT_MAX = 300


@dataclass
class Found:
    """One recorded mail as the user sees it (CLI, JSON, web)."""

    id: int
    interview: int | None
    company: str | None
    message_id: str  # the reply's own Message-ID
    note: int | None  # the note it answers
    sender: str
    received: str
    subject: str | None
    kind: str
    cues: list[str]
    state: str
    matched_by: str
    proposal: str | None
    changes: list[str]
    candidates: list[dict[str, Any]] = field(default_factory=list)
    excerpt: str | None = None
    timeframe: str | None = None
    corrected: bool = False

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class InboxReport:
    """What one run found: new mail recorded, proposals waiting, how much was read."""

    found: list[Found] = field(default_factory=list)
    waiting: list[Found] = field(default_factory=list)  # proposals from this run and earlier
    read: dict[str, int] = field(default_factory=dict)  # folder -> new mails looked at
    account: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"account": self.account, "read": self.read,
                "found": [f.to_dict() for f in self.found],
                "waiting": [f.to_dict() for f in self.waiting]}


@dataclass
class _Candidate:
    head: Head
    key: str
    sender_name: str
    sender: str
    subject: str | None
    match: matching.Match | None
    note: matching.Note | None
    reading: MailReading
    kind: str


def check(store: Store, config: Config, now: datetime, *, reader: Reader | None = None
          ) -> InboxReport:
    """Read every configured folder's new mail and record what answers a note.

    Threaded replies and bounces are applied at once; the rest are proposals (see `apply`).
    Raises InboxError when the server cannot be reached, refuses the login, or the
    connection breaks (folders finished before that are kept).
    """
    from afterword.inbox.imap import Reader

    settings = ImapSettings.from_config(config)
    report = InboxReport(account=settings.account)
    known = _known(store, config)
    own_reader = reader is None
    active = reader or Reader(settings, password(settings, config))
    if own_reader:
        active.__enter__()
    try:
        for folder in settings.folders:
            _read_folder(store, config, active, settings, folder, known, now, report)
    finally:
        if own_reader:
            active.__exit__(None, None, None)
    report.waiting = replies(store, config, waiting_only=True)
    return report


def _read_folder(store: Store, config: Config, reader: Reader, settings: ImapSettings,
                 folder: str, known: matching.Known, now: datetime, report: InboxReport) -> None:
    from sqlalchemy import select

    from afterword.model.record import InboxFolder

    state = reader.examine(folder)
    with store.transaction() as session:
        row = session.scalars(select(InboxFolder).where(
            InboxFolder.account == settings.account, InboxFolder.folder == folder)).first()
        last = row.last_uid if row is not None and row.uidvalidity == state.uidvalidity else 0
    uids = reader.new_uids(last) if state.exists else []
    report.read[folder] = len(uids)
    candidates = []
    for batch in reader.heads(uids):
        for head in batch:
            found = _candidate(reader, head, known, config)
            if found is not None:
                candidates.append(found)
    with store.transaction() as session:
        row = session.scalars(select(InboxFolder).where(
            InboxFolder.account == settings.account, InboxFolder.folder == folder)).first()
        if row is None:
            row = InboxFolder(account=settings.account, folder=folder)
            session.add(row)
        row.uidvalidity = state.uidvalidity
        row.last_uid = max([last, *uids])
        row.checked_at = now
        recorded = []
        for candidate in candidates:
            reply = _record(session, config, candidate, now)
            if reply is not None:
                recorded.append(reply)
        session.flush()
        report.found.extend(_found(session, r) for r in recorded)


_FOLDED = re.compile(rb"\r?\n[ \t]+")


def header_fields(header: bytes) -> dict[str, str]:
    """The header block's fields by lower-case name (the first of each), unfolded, as text:
    a quick read of every new mail (the email package's parser is kept for matched ones)."""
    fields: dict[str, str] = {}
    for line in _FOLDED.sub(b" ", header).splitlines():
        name, colon, value = line.partition(b":")
        if colon:
            key = name.strip().lower().decode("ascii", "replace")
            fields.setdefault(key, value.strip().decode("utf-8", "replace"))
    return fields


def _candidate(reader: Reader, head: Head, known: matching.Known,
               config: Config) -> _Candidate | None:
    """A mail that answers a note, read as far as needed; None for everything else (of
    which nothing is kept)."""
    from afterword.dates import date_order, user_locale
    from afterword.inbox import ats
    from afterword.inbox.reading import read_mail

    fields = header_fields(head.header)
    address = matching.address_of(fields.get("from"))
    if not address or address in known.own:
        return None
    subject = fields.get("subject")
    found = matching.match(address=address, in_reply_to=fields.get("in-reply-to"),
                           references=fields.get("references"), received=head.received,
                           known=known)
    bounce_like = matching.looks_like_bounce(address, subject, fields.get("content-type"))
    # A tracking system's (or the company's no-reply) mail: read on ats.py's stricter terms.
    automated = (not bounce_like and (found is None or found.how == matching.DOMAIN)
                 and ats.automated(address, head.received, known))
    if found is None and not bounce_like and not automated:
        return None
    msg = BytesParser(policy=policy.default).parsebytes(reader.content(head))
    reading = read_mail(msg, received=head.received.date(),
                        date_order=date_order(user_locale(config)), automated=automated)
    if reading.bulk:
        return None
    decoded_name, _ = matching.sender(_str(msg.get("From")))
    if automated and reading.bounce is None:
        found = ats.match(address=address, display_name=decoded_name,
                          subject=_str(msg.get("Subject")), text=reading.text,
                          kind=reading.classification.kind if reading.classification else "",
                          received=head.received, known=known)
    note = found.note if found else None
    if reading.bounce is not None:
        if not reading.bounce.failed:
            return None  # a delay warning: the server is still trying
        note = matching.match_bounce(original_id=reading.bounce.original_message_id,
                                     recipient=reading.bounce.recipient,
                                     received=head.received, known=known)
        if note is None:
            return None
        kind = "bounce"
        found = matching.Match(matching.BOUNCE, note, (note.interview_id,))
    elif found is None:
        return None
    elif reading.auto_reply is not None:
        kind = "auto-reply"
    else:
        kind = reading.classification.kind if reading.classification else "reply"
    message_id = _str(msg.get("Message-ID")).strip()
    # Without a Message-ID (rare), its header and arrival time name it as well as anything.
    whole = "".join(f"{k}:{v}\n" for k, v in msg.items()) + head.received.isoformat()
    key = message_id or "<afterword-no-id-" + hashlib.sha256(
        whole.encode("utf-8", "replace")).hexdigest()[:32] + ">"
    return _Candidate(head, key[:300], decoded_name, address,
                      (_str(msg.get("Subject")) or None), found, note, reading, kind)


def _str(value: Any) -> str:
    return "" if value is None else str(value)


def _record(session: Session, config: Config, c: _Candidate, now: datetime
            ) -> InboxReply | None:
    """Store one found mail (unless already stored) and apply what needs no asking."""
    from sqlalchemy import select

    from afterword.model.record import InboxReply

    if session.scalars(select(InboxReply.id).where(InboxReply.key == c.key)).first():
        return None
    assert c.match is not None
    reading = c.reading
    cls = reading.classification
    reply = InboxReply(
        key=c.key, folder=c.head.folder, received_at=c.head.received,
        from_name=(c.sender_name or None) and c.sender_name[:200], from_email=c.sender[:320],
        subject=c.subject[:SUBJECT_MAX] if c.subject else None, kind=c.kind, corrected=False,
        cues=[cue.words for cue in cls.cues] if cls else [],
        timeframe=(whole_timeframe(reading.text, cls.timeframe)[:200]
                   if cls and cls.timeframe else None),
        excerpt=(reading.excerpt or None), matched_by=c.match.how,
        message_id=c.note.id if c.note else None,
        interview_id=c.match.interviews[0] if not c.match.ambiguous else None,
        candidates=list(c.match.interviews) if c.match.ambiguous else [],
        state="proposed", proposal=None, changes=[], created_at=now)
    if c.kind == "bounce" and reading.bounce is not None:
        reply.excerpt = reading.bounce.reason
    session.add(reply)
    session.flush()
    if c.kind == "scheduling" and reading.invitation:
        path = _save_invitation(reply.id, reading.invitation)
        reply.changes = [f"their invitation is saved as {path}: `afterword add {path}` adds "
                         "the next round"]
    if c.kind == "bounce":
        _bounce(session, reply, reading, now)
    elif c.kind == "auto-reply":
        _auto_reply(session, config, reply, reading, c.match, now)
    elif c.match.applied:
        _apply_reply(session, config, reply, now)
    return reply


def _save_invitation(reply_id: int, data: bytes) -> Path:
    """The invitation a reply carried, as a file `afterword add` takes (kept in the data
    folder: it is the user's next interview, not the mailbox)."""
    import platformdirs

    folder = Path(platformdirs.user_data_dir("afterword")) / "invitations"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"reply-{reply_id}.ics"
    path.write_bytes(data)
    return path


_SENTENCE_END = re.compile(r"[.!?;\n]")


def whole_timeframe(text: str, phrase: str) -> str:
    """The timeframe phrase run on to the end of its sentence ("get back to you by Friday"
    becomes "get back to you by Friday 13 March"), so the date that follows a weekday is
    not lost; the plan reads the date out of the longer words just as well."""
    start = text.lower().find(phrase.lower())
    if start < 0:
        return phrase
    end = start + len(phrase)
    stop = _SENTENCE_END.search(text, end)
    rest = text[end:stop.start() if stop else len(text)]
    return " ".join((text[start:end] + rest[:80]).split())


def _bounce(session: Session, reply: InboxReply, reading: MailReading, now: datetime) -> None:
    from afterword.model.record import Message

    bounce = reading.bounce
    assert bounce is not None and reply.message_id is not None
    note = session.get(Message, reply.message_id)
    reply.state = "noted"
    if note is None or note.state != MessageState.SENT:
        return
    code = f" ({bounce.status})" if bounce.status else ""
    note.state = MessageState.FAILED
    note.last_reply = f"bounced: {bounce.reason}{code}"[:2000]
    note.updated_at = now
    reply.state = "applied"
    to = f"{note.to_name} <{note.to_email}>" if note.to_email else note.to_name
    reply.changes = [f"message {note.id} to {to} came back undelivered: {bounce.reason}{code}; "
                     "it is marked failed. Check the address (a wrong address is the most "
                     f"common cause), correct it with `afterword edit {note.interview_id}`, "
                     "then draft and send it again."]


def _auto_reply(session: Session, config: Config, reply: InboxReply, reading: MailReading,
                match: matching.Match, now: datetime) -> None:
    """Noted, never a reply; one that says when they are back moves the next follow-up
    after that day (recorded as a reply event with that day as its timeframe)."""
    from afterword.dates import long_day, user_locale
    from afterword.model.record import Interview

    reply.state = "noted"
    auto = reading.auto_reply
    back = auto.returns_on if auto else None
    reply.changes = ["an automatic reply: it does not count as an answer"]
    if back is None or reply.interview_id is None or back <= reply.received_at.date():
        return
    interview = session.get(Interview, reply.interview_id)
    if interview is None:
        return
    from afterword.plan.service import reply_on

    day = long_day(back, user_locale(config))
    try:
        reply_on(interview.application, interview.id, at=reply.received_at,
                 timeframe=f"by {back.day} {back:%B %Y}", now=now, config=config,
                 extra={"auto_reply": True})
    except InvalidInput:
        return
    reply.changes = [f"an automatic reply: they are back on {day}, so the next follow-up "
                     "waits until after that"]


def _apply_reply(session: Session, config: Config, reply: InboxReply, now: datetime) -> None:
    """Record the reply on the plan (as `afterword reply` does) and say what it changed;
    a rejection or an offer then proposes the application's new status."""
    from afterword.model.record import Interview
    from afterword.plan.service import reply_on, reply_outcome

    assert reply.interview_id is not None
    interview = session.get(Interview, reply.interview_id)
    if interview is None:
        raise NotFound(f"interview {reply.interview_id} is no longer in the record")
    app = interview.application
    extra = {"inbox": reply.id}
    changes = list(reply.changes)
    try:
        result = reply_on(app, interview.id, at=reply.received_at, timeframe=reply.timeframe,
                          now=now, config=config, extra=extra)
    except InvalidInput:
        result = reply_on(app, interview.id, at=reply.received_at, timeframe=None, now=now,
                          config=config, extra=extra)
    changes.append(f"reply recorded for {app.company}: {reply_outcome(result, config)}")
    if result["cancelled"]:
        changes.append("queued follow-ups cancelled: "
                       + ", ".join(str(i) for i in result["cancelled"]))
    if reply.kind == "scheduling" and not any("invitation" in c for c in changes):
        changes.append("they propose a next round: when it is set, add it with "
                       "`afterword add` (an invitation .ics they sent can be added as it is)")
    reply.changes = changes
    proposal = {"rejection": ApplicationStatus.REJECTED,
                "offer": ApplicationStatus.OFFER}.get(reply.kind)
    if proposal is not None and app.status != proposal:
        reply.proposal = str(proposal)
        reply.state = "status"
    else:
        reply.state = "applied"


def apply(store: Store, config: Config, reply_id: int, now: datetime, *,
          interview_id: int | None = None) -> Found:
    """Confirm a proposal: record the reply (on `interview_id` when several applications
    could be meant) and set the proposed status; a rejection also drafts a gracious reply."""
    from afterword.model.record import InboxReply, Interview
    from afterword.plan.service import record_status

    drafted_for: int | None = None
    with store.transaction() as session:
        reply = _waiting(session, reply_id, "applied")
        if reply.state == "proposed":
            if reply.candidates and interview_id is None:
                raise InvalidInput(
                    f"reply {reply_id} from {reply.from_email} could be about interviews "
                    + ", ".join(map(str, reply.candidates)) + ": say which",
                    hint=f"afterword inbox apply {reply_id} --interview "
                         f"{reply.candidates[0]}")
            if interview_id is not None:
                if interview_id not in (reply.candidates or [reply.interview_id or 0]):
                    raise InvalidInput(
                        f"--interview {interview_id}: reply {reply_id} matches interview"
                        + ("s " + ", ".join(map(str, reply.candidates)) if reply.candidates
                           else f" {reply.interview_id}"))
                reply.interview_id = interview_id
                reply.candidates = []
            _apply_reply(session, config, reply, now)
        if reply.state == "status" and reply.proposal:
            interview = session.get(Interview, reply.interview_id)
            assert interview is not None
            app = interview.application
            before = app.status
            app.status = reply.proposal
            app.updated_at = now
            record_status(session, app, reply.proposal, now)
            reply.changes = [*reply.changes,
                             f"{app.company} ({app.role}): {before} \u2192 {reply.proposal}"]
            if reply.proposal == ApplicationStatus.REJECTED:
                drafted_for = interview.id
        reply.state = "applied"
    if drafted_for is not None:
        note = _draft_rejection_reply(store, config, drafted_for, now)
        with store.transaction() as session:
            drafted = session.get(InboxReply, reply_id)
            assert drafted is not None
            drafted.changes = [*drafted.changes, note]
    return get(store, config, reply_id)


def _draft_rejection_reply(store: Store, config: Config, interview_id: int,
                           now: datetime) -> str:
    from afterword.compose.service import draft_interview
    from afterword.errors import AfterwordError

    try:
        drafts = draft_interview(store, config, interview_id, kind="rejection-reply", now=now)
    except AfterwordError as exc:
        return (f"a gracious reply to their decision could not be drafted ({exc.message}): "
                f"`afterword draft {interview_id} --kind rejection-reply` tries again")
    ids = ", ".join(str(d.id) for d in drafts)
    return (f"drafted a gracious reply to their decision (message {ids}): read it with "
            f"`afterword messages {interview_id}`")


def _waiting(session: Session, reply_id: int, verb: str) -> InboxReply:
    """The found reply `reply_id`, refused unless it still waits for the user's word."""
    from afterword.model.record import InboxReply

    reply = session.get(InboxReply, reply_id)
    if reply is None:
        raise NotFound(f"there is no found reply {reply_id}",
                       hint="`afterword inbox list` shows them.")
    if reply.state not in WAITING:
        raise Refused(f"reply {reply_id} is {reply.state}: nothing waits to be {verb}")
    return reply


def dismiss(store: Store, config: Config, reply_id: int, now: datetime) -> Found:
    """Leave a proposal unapplied (it was not about this application, or not an answer)."""

    with store.transaction() as session:
        reply = _waiting(session, reply_id, "dismissed")
        reply.state = "dismissed"
        reply.changes = [*reply.changes, "dismissed by you"]
    return get(store, config, reply_id)


def correct(store: Store, config: Config, reply_id: int, kind: str, now: datetime) -> Found:
    """Set a reply's kind by hand. A reply already recorded then proposes the status the new
    kind implies (rejected, offer); what was already changed stays (`afterword status` sets
    a status back)."""
    from afterword.model.record import InboxReply, Interview

    if kind not in PERSON_KINDS:
        raise InvalidInput(f"{kind!r} is not a kind of reply",
                           hint="Use one of: " + ", ".join(PERSON_KINDS) + ".")
    with store.transaction() as session:
        reply = session.get(InboxReply, reply_id)
        if reply is None:
            raise NotFound(f"there is no found reply {reply_id}",
                           hint="`afterword inbox list` shows them.")
        if reply.kind == "bounce":
            raise Refused(f"reply {reply_id} is a delivery report, not a person's reply")
        before = reply.kind
        reply.kind = kind
        reply.corrected = True
        note = f"kind corrected by you: {before} \u2192 {kind}"
        proposal = {"rejection": ApplicationStatus.REJECTED,
                    "offer": ApplicationStatus.OFFER}.get(kind)
        if reply.state in ("applied", "status", "noted") and reply.interview_id is not None:
            interview = session.get(Interview, reply.interview_id)
            status = interview.application.status if interview else None
            if before == "auto-reply" and reply.state == "noted":
                reply.state = "proposed"  # a person after all: the user confirms it
            elif proposal is not None and status != proposal:
                reply.proposal, reply.state = str(proposal), "status"
            elif reply.state == "status":
                reply.proposal, reply.state = None, "applied"
        reply.changes = [*reply.changes, note]
    return get(store, config, reply_id)


def get(store: Store, config: Config, reply_id: int) -> Found:
    from afterword.model.record import InboxReply

    with store.transaction() as session:
        reply = session.get(InboxReply, reply_id)
        if reply is None:
            raise NotFound(f"there is no found reply {reply_id}",
                           hint="`afterword inbox list` shows them.")
        return _found(session, reply)


def replies(store: Store, config: Config, *, waiting_only: bool = False) -> list[Found]:
    """Every mail recorded (newest first), or only those waiting for the user."""
    from sqlalchemy import select

    from afterword.model.record import InboxReply

    with store.transaction() as session:
        query = select(InboxReply).order_by(InboxReply.received_at.desc(), InboxReply.id.desc())
        if waiting_only:
            query = query.where(InboxReply.state.in_(WAITING))
        return [_found(session, r) for r in session.scalars(query)]


def _found(session: Session, reply: InboxReply) -> Found:
    from afterword.model.record import Interview

    company = None
    if reply.interview_id is not None:
        interview = session.get(Interview, reply.interview_id)
        company = interview.application.company if interview else None
    candidates = []
    for iid in reply.candidates or []:
        interview = session.get(Interview, iid)
        if interview is not None:
            app = interview.application
            candidates.append({"interview": iid, "company": app.company, "role": app.role})
    sender = f"{reply.from_name} <{reply.from_email}>" if reply.from_name else reply.from_email
    return Found(id=reply.id, interview=reply.interview_id, company=company, message_id=reply.key,
                 note=reply.message_id, sender=sender, received=reply.received_at.isoformat(),
                 subject=reply.subject, kind=reply.kind, cues=list(reply.cues),
                 state=reply.state, matched_by=reply.matched_by, proposal=reply.proposal,
                 changes=list(reply.changes), candidates=candidates, excerpt=reply.excerpt,
                 timeframe=reply.timeframe, corrected=reply.corrected)


def _known(store: Store, config: Config) -> matching.Known:
    """The notes sent and the active applications, as matching needs them."""
    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    from afterword.model.record import Application, Interview, Message

    own = {str(config.get(k) or "").strip().lower()
           for k in ("profile.email", "smtp.from", "smtp.user", "imap.user")}
    own = {a for a in own if "@" in a}
    with store.transaction() as session:
        rows = session.execute(
            select(Message.id, Message.message_id, Message.sent_at, Message.to_email,
                   Message.interview_id, Interview.application_id)
            .join(Interview, Message.interview_id == Interview.id)
            .where(Message.state == MessageState.SENT, Message.sent_at.is_not(None)))
        notes = tuple(matching.Note(*row) for row in rows)
        apps = session.scalars(select(Application).options(
            selectinload(Application.interviews).selectinload(Interview.interviewers))
            .where(Application.status.in_([str(s) for s in ACTIVE])))
        applications = tuple(a for a in (_application(app) for app in apps) if a is not None)
    return matching.Known(notes, applications, frozenset(own))


def _application(app: Application) -> matching.Application | None:
    if not app.interviews:
        return None
    latest = max(app.interviews, key=lambda i: i.starts_at)
    people = frozenset(p.email.lower() for i in app.interviews for p in i.interviewers
                       if p.email)
    recruiter = app.recruiter_email.lower() if app.recruiter_email else None
    domains = frozenset(d for d in (matching.company_domain(a)
                                    for a in [*people, recruiter or ""]) if d)
    return matching.Application(app.id, latest.id, people, recruiter, domains,
                                company=app.company, role=app.role,
                                since=min(i.starts_at for i in app.interviews))


def test_connection(config: Config) -> str:
    """Log in and open each folder read-only; returns what was checked."""
    from afterword.inbox.imap import CHECK_TIMEOUT, Reader

    settings = ImapSettings.from_config(config)
    with Reader(settings, password(settings, config), timeout=CHECK_TIMEOUT) as reader:
        for folder in settings.folders:
            reader.examine(folder)
    folders = ", ".join(settings.folders)
    return (f"{settings.host}:{settings.port} ({settings.security}) as {settings.user}, "
            f"folders {folders}")


