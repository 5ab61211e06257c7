"""The delivery use cases: queue (send), cancel, confirm, the outbox, dispatch, mail tests."""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from afterword.deliver import outbox
from afterword.deliver.mime import Part, Sender, build, new_message_id
from afterword.deliver.smtp import MailError, Outcome, Settings, close, connect, deliver
from afterword.errors import InvalidInput, NotFound, Refused
from afterword.model.enums import MessageState

if TYPE_CHECKING:
    from afterword.config import Config
    from afterword.model.record import Message
    from afterword.review.findings import Finding
    from afterword.store.db import Store

# Mail servers commonly refuse messages over 25 MB once encoded; stay well under.
MAX_ATTACHMENTS = 10 * 1024 * 1024
# `send` warns when a future time is queued and no dispatcher ran within this long.
DISPATCHER_RECENT = timedelta(hours=1)
# A time this little in the past (typed a moment ago) means "at once"; more is a mistake.
PAST_GRACE = timedelta(minutes=1)
QUEUEABLE = (MessageState.DRAFT, MessageState.HELD, MessageState.FAILED,
             MessageState.CANCELLED, MessageState.QUEUED)


class AlreadySent(Refused):
    """Another message already went (or is going) to the same person for the same plan step."""

    def __init__(self, message: str, earlier: list[int], **kw: Any) -> None:
        super().__init__(message, **kw)
        self.earlier = earlier


class Incomplete(Refused):
    """The draft is marked incomplete; `gaps` say what is missing."""

    def __init__(self, message: str, gaps: list[str], **kw: Any) -> None:
        super().__init__(message, **kw)
        self.gaps = gaps


class ReviewRefused(Refused):
    """The review found an error-level problem; `findings` say which."""

    def __init__(self, message: str, findings: list[Finding], **kw: Any) -> None:
        super().__init__(message, **kw)
        self.findings = findings


def _message(session: Any, message_id: int) -> Message:
    from afterword.model.record import Message

    message = session.get(Message, message_id)
    if message is None:
        raise NotFound(f"there is no message {message_id}", hint="`afterword messages` lists them.")
    return message


def blocking(session: Any, message: Message, config: Config, at: datetime) -> list[Finding]:
    """Error-level findings from non-timing rules: what stops a message (a late thank-you never).

    A finding the user ignored for this note (that rule, those exact words) does not stop it.
    """
    from afterword.review import review
    from afterword.review.ignored import is_ignored
    from afterword.review.message import Message as ReviewMessage
    from afterword.review.registry import get_rule
    from afterword.review.service import options_from_config, stored_context

    context = stored_context(session, message.interview, message.interviewer,
                             candidate=config.get("profile.name") or None, now=at,
                             kind=message.kind, config=config, sent_at=at,
                             recipient_name=message.to_name)
    report = review(ReviewMessage(body=message.body, kind=message.kind, channel=message.channel,
                                  subject=message.subject, subject_known=True, context=context),
                    options_from_config(config))
    return [f for f in report.findings
            if f.severity == "error" and get_rule(f.rule).family != "timing"
            and not is_ignored(f, message.body, message.subject, message.ignored or ())]


def _thread_parent(message: Message) -> str | None:
    """A follow-up replies in the thread of the thank-you note sent to the same person."""
    if message.kind != "follow-up":
        return None
    app = message.interview.application
    sent = [m for iv in app.interviews for m in iv.messages
            if m.kind == "thank-you" and m.state == MessageState.SENT and m.message_id
            and m.sent_at is not None]
    same = [m for m in sent if m.to_email and m.to_email == message.to_email]
    chosen = (same or sent)
    return max(chosen, key=lambda m: m.sent_at or datetime.min).message_id if chosen else None


def _read_attachments(paths: list[Path]) -> list[Part]:
    parts, total = [], 0
    for path in paths:
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise InvalidInput(f"{path}: no such file") from None
        except OSError as exc:
            raise InvalidInput(f"{path}: cannot be read ({exc.strerror})") from None
        total += len(data)
        if total > MAX_ATTACHMENTS:
            raise InvalidInput(
                f"the attachments come to {total / 1048576:.1f} MB; the limit is "
                f"{MAX_ATTACHMENTS // 1048576} MB",
                hint="Share a link to large files instead.")
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        parts.append(Part(path.name, mime, data))
    return parts


@dataclass
class Queued:
    id: int
    to: str
    at: datetime
    notes: list[str] = field(default_factory=list)
    to_email: str | None = None


def _home(config: Config) -> str:
    from afterword.timezones import local_zone_name

    return str(config.get("profile.timezone") or local_zone_name())


def _mail_server_ready(config: Config, message_id: int) -> None:
    """Refuse to queue what nothing could send: no mail server, or settings it would refuse."""
    if not config.get("smtp.host"):
        raise Refused(
            f"no mail server is set up, so Afterword cannot send message {message_id}",
            hint="Set up your mail account (docs/sending.md): afterword config set smtp.host "
                 "smtp.gmail.com, then afterword mail password and afterword mail test. Or send "
                 f"it from your own mail program: afterword export {message_id} --as eml, then "
                 f"afterword mark-sent {message_id}.")
    Settings.from_config(config)  # the sender address, and no password sent in the clear


def _check_not_past(at: datetime | None, now: datetime, config: Config) -> None:
    if at is not None and at < now - PAST_GRACE:
        from afterword.timezones import zone

        home = zone(_home(config))
        raise Refused(f"{at.astimezone(home):%a %d %b %Y %H:%M %Z} is in the past (it is now "
                      f"{now.astimezone(home):%a %d %b %Y %H:%M %Z})",
                      hint="Send it at once with --now, or give a time still to come.")


def _drafting_gaps(message: Message) -> list[str]:
    """What the drafter said is missing from a note (not the review's findings, which the
    review gate judges on its own, honouring the findings the user ignored)."""
    import re

    from afterword.review.registry import all_rules

    rule_ids = {spec.id for spec in all_rules()}
    found = (re.search(r" \(([a-z][a-z-]*)\)$", reason) for reason in message.incomplete or ())
    return [reason for reason, m in zip(message.incomplete or (), found, strict=True)
            if not (m and m.group(1) in rule_ids)]


def queue(store: Store, config: Config, message_id: int, *, at: datetime | None, now: datetime,
          override_plan: bool = False, override_review: bool = False,
          attach: list[Path] | None = None, cc: str | None = None,
          repeat_of: int | None = None, as_is: bool = False) -> Queued:
    """Queue a stored e-mail for `at` (None: the plan's suggested time), after the plan's
    guard and the review; raises Refused (or ReviewRefused) saying why and what to do.

    Also refused: no mail server set up; `at` in the past; a draft the drafter marked
    incomplete (unless `as_is`); a second message to the same person for the same plan
    step (unless `repeat_of` names the earlier one, see `duplicates`).
    """
    from afterword.deliver import duplicates
    from afterword.model.checks import check_email
    from afterword.model.record import Attachment
    from afterword.plan.guard import check_send
    from afterword.plan.service import planned_time, recipient_key, situation

    parts = _read_attachments(attach or [])
    sender_email = config.get("smtp.from") or config.get("profile.email")
    _check_not_past(at, now, config)
    with store.transaction() as session:
        message = _message(session, message_id)
        if message.state not in QUEUEABLE:
            raise Refused(f"message {message_id} is {message.state}: it cannot be queued again",
                          hint="`afterword outbox` shows it.")
        if message.channel != "email":
            raise Refused(f"message {message_id} is a {message.channel} note: Afterword sends "
                          "e-mail only", hint=f"afterword export {message_id}; then "
                          f"afterword mark-sent {message_id}")
        if not message.to_email:
            raise Refused(f"{message.to_name} has no e-mail address in the record",
                          hint="Add it with `afterword edit`, then draft again.")
        check_email(message.to_email, field="the recipient's address")
        if cc:
            check_email(cc, field="--cc")
        if not sender_email:
            raise Refused("your e-mail address is not set",
                          hint="afterword profile set email you@example.com")
        _mail_server_ready(config, message_id)
        gaps = _drafting_gaps(message)
        if gaps and not as_is:
            raise Incomplete(f"message {message_id} is marked incomplete: "
                             + "; ".join(gaps), gaps,
                             hint=f"Finish it with `afterword edit-message {message_id}` (or add "
                                  "what is missing to the record and draft again), or send it "
                                  "as it is with --as-is.")
        earlier = duplicates.earlier_for_step(message)
        if earlier and repeat_of not in [m.id for m in earlier]:
            said = "; ".join(duplicates.describe(m, _home(config)) for m in earlier)
            raise AlreadySent(
                f"{message.to_name} already has a {message.kind} for this step: {said}. "
                f"Sending message {message_id} too would be a second one",
                [m.id for m in earlier],
                hint=("If you really mean to send it again, say which message it repeats: "
                      f"afterword send {message_id} --repeat-of {earlier[-1].id}"))
        if repeat_of is not None and not earlier:
            raise Refused(f"--repeat-of {repeat_of}: no earlier message to {message.to_name} "
                          f"for this step has gone out, so message {message_id} repeats nothing",
                          hint="Leave out --repeat-of.")
        app = message.interview.application
        key = recipient_key(message, app)
        when = at or planned_time(app, message.kind, key or "recruiter", now, config)
        when = max(when, now)  # within PAST_GRACE: at once
        notes: list[str] = []
        verdict = check_send(situation(app, config), message.kind, key, when,
                             interview_id=message.interview_id)
        if not verdict.allowed and not override_plan:
            fine = ""
            if verdict.fine_from:
                # In the user's zone, as the reason before it is (not the guard's UTC).
                from afterword.timezones import zone

                home = verdict.fine_from.astimezone(zone(_home(config)))
                fine = f" It would be fine from {home:%a %d %b %Y %H:%M %Z}."
            raise Refused(f"the plan advises against this: {verdict.reason}{fine}",
                          hint="--override-plan sends it anyway (and is recorded).")
        if verdict.reason and verdict.allowed:
            notes.append(verdict.reason)
        if not override_review:
            found = blocking(session, message, config, when)
            if found:
                raise ReviewRefused("the review found a problem that would embarrass you",
                                    found, hint="Fix it with `afterword edit-message "
                                    f"{message_id}`, or send anyway with --override-review.")
        message.state = MessageState.QUEUED
        message.scheduled_at = when
        message.override_plan = message.override_plan or (override_plan and not verdict.allowed)
        message.override_review = override_review
        message.repeat_of = repeat_of
        message.message_id = message.message_id or new_message_id(sender_email)
        message.in_reply_to = _thread_parent(message)
        if cc:
            message.cc_email = cc
        if parts:
            message.attachments = [Attachment(filename=p.filename, mime_type=p.mime_type,
                                              data=p.data) for p in parts]
        message.attempts = 0
        message.last_reply = None
        message.updated_at = now
        result = Queued(message.id, message.to_name, when, notes, to_email=message.to_email)
    if when > now + timedelta(minutes=1):
        last = outbox.last_run(store)
        if last is None or last < now - DISPATCHER_RECENT:
            result.notes.append(
                "no dispatcher has run recently: nothing sends it unless `afterword dispatch` "
                "runs at that time (cron, a service, or `afterword web`); see docs/sending.md")
    return result


def cancel(store: Store, message_id: int, now: datetime) -> None:
    """Take a queued (or held) message back to draft."""
    with store.transaction() as session:
        message = _message(session, message_id)
        if message.state not in (MessageState.QUEUED, MessageState.HELD):
            raise Refused(f"message {message_id} is {message.state}: only a queued or held "
                          "message can be taken back")
        message.state = MessageState.DRAFT
        message.scheduled_at = None
        message.updated_at = now


def confirm(store: Store, message_id: int, sent: bool, now: datetime) -> None:
    """Settle a message whose fate is unknown: sent, or back to draft to send again."""
    with store.transaction() as session:
        message = _message(session, message_id)
        if message.state != MessageState.UNKNOWN:
            raise Refused(f"message {message_id} is {message.state}, not unknown: nothing to "
                          "confirm")
        if sent:
            message.state = MessageState.SENT
            message.sent_at = message.data_started_at or message.claimed_at or now
        else:
            message.state = MessageState.DRAFT
            message.scheduled_at = None
        message.last_reply = f"confirmed {'sent' if sent else 'not sent'} by you"
        message.updated_at = now


def outbox_rows(store: Store) -> list[dict[str, Any]]:
    """Every message past draft, newest first, with its times and the server's last reply."""
    from sqlalchemy import select

    from afterword.model.record import Message

    with store.transaction() as session:
        rows = session.scalars(select(Message).where(Message.state != MessageState.DRAFT)
                               .order_by(Message.updated_at.desc(), Message.id.desc()))
        return [{
            "id": m.id, "interview": m.interview_id, "to": m.to_name, "to_email": m.to_email,
            "kind": m.kind, "subject": m.subject, "state": m.state,
            "scheduled_at": m.scheduled_at.isoformat() if m.scheduled_at else None,
            "sent_at": m.sent_at.isoformat() if m.sent_at else None,
            "attempts": m.attempts, "last_reply": m.last_reply, "message_id": m.message_id,
            "override_plan": m.override_plan, "override_review": m.override_review,
            "repeat_of": m.repeat_of,
        } for m in rows]


@dataclass
class Dispatched:
    """What one dispatch run did, by outcome."""

    sent: list[int] = field(default_factory=list)
    retry: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)
    unknown: list[int] = field(default_factory=list)
    held: list[int] = field(default_factory=list)
    recovered: dict[str, int] = field(default_factory=dict)
    error: str | None = None  # the server could not be reached at all
    left: int = 0  # due messages not tried because the server could not be reached
    to: dict[int, str] = field(default_factory=dict)  # each message's recipient, to show

    def recipient(self, message_id: int) -> str:
        return self.to.get(message_id, "")


def _mail(store: Store, config: Config, message_id: int, now: datetime,
          settings: Settings) -> tuple[Any, list[str]] | list[Finding] | str:
    """The mail for a claimed message, or why it is held: the review's findings, or the
    earlier message for the same step that went out after this one was queued."""
    from afterword.deliver import duplicates

    with store.transaction() as session:
        message = _message(session, message_id)
        if message.repeat_of is None:
            earlier = duplicates.earlier_for_step(message, duplicates.GONE)
            if earlier:
                return ("held: " + duplicates.describe(earlier[-1], _home(config))
                        + f"; send it again only if you mean to: afterword send {message_id} "
                        f"--repeat-of {earlier[-1].id}")
        if not message.override_review:
            found = blocking(session, message, config, now)
            if found:
                return found
        msg = build(
            sender=Sender(settings.sender_name, settings.sender), to_name=message.to_name,
            to_email=message.to_email or "", subject=message.subject, body=message.body,
            date=now, message_id=message.message_id or new_message_id(settings.sender),
            cc=message.cc_email, in_reply_to=message.in_reply_to,
            attachments=tuple(Part(a.filename, a.mime_type, a.data)
                              for a in message.attachments),
        )
        recipients = [message.to_email or ""] + ([message.cc_email] if message.cc_email else [])
        if settings.bcc_self and settings.sender not in recipients:
            recipients.append(settings.sender)
        return msg, recipients


def dispatch(store: Store, config: Config, now: datetime, *, only: list[int] | None = None,
             clock: Any = None) -> Dispatched:
    """Send everything due, exactly once; returns what happened. `clock()` gives the time for
    each step (default: `now` throughout, as tests and the demo fix the clock)."""
    tick = clock or (lambda: now)
    report = Dispatched(recovered=outbox.recover(store, now))
    outbox.record_run(store, now)
    settings = Settings.from_config(config)
    conn = None
    try:
        while True:
            with store.transaction() as session:
                ids = outbox.due_ids(session, tick(), only)
            if not ids:
                break
            claimed: list[int] = []
            for message_id in ids:
                # Claimed one at a time, just before it goes: claims taken for a whole batch
                # could outlive the lease behind slow sends, be recovered by another
                # dispatcher, and be sent by both.
                if not outbox.claim(store, message_id, tick()):
                    continue  # another dispatcher has it
                claimed.append(message_id)
                report.to[message_id] = _recipient(store, message_id)
                try:
                    mail = _mail(store, config, message_id, tick(), settings)
                except InvalidInput as exc:
                    outbox.settle(store, message_id, MessageState.FAILED, tick(),
                                  reply=exc.message)
                    report.failed.append(message_id)
                    continue
                if isinstance(mail, str):
                    outbox.settle(store, message_id, MessageState.HELD, tick(), reply=mail)
                    report.held.append(message_id)
                    continue
                if isinstance(mail, list):
                    summary = "; ".join(f"{f.rule}: {f.message}" for f in mail)
                    outbox.settle(store, message_id, MessageState.HELD, tick(),
                                  reply=f"held by the review: {summary}")
                    report.held.append(message_id)
                    continue
                msg, recipients = mail
                if conn is None:
                    try:
                        conn = connect(settings)
                    except MailError as exc:
                        # The server (or the login) will fail the same way for every other
                        # message: try them on the next run instead of one by one now.
                        _retry_or_fail(store, message_id, tick(), exc.message, report)
                        report.error = exc.message
                        with store.transaction() as session:
                            report.left = len(outbox.due_ids(session, tick(), only, limit=10_000))
                        return report
                def started(i: int = message_id) -> None:
                    outbox.mark_data_started(store, i, tick())

                result = deliver(conn, msg, sender=settings.sender, recipients=recipients,
                                 before_data=started)
                if result.outcome is Outcome.SENT:
                    outbox.settle(store, message_id, MessageState.SENT, tick(),
                                  reply=result.reply)
                    report.sent.append(message_id)
                elif result.outcome is Outcome.PERMANENT:
                    outbox.settle(store, message_id, MessageState.FAILED, tick(),
                                  reply=result.reply)
                    report.failed.append(message_id)
                elif result.outcome is Outcome.UNKNOWN:
                    outbox.settle(store, message_id, MessageState.UNKNOWN, tick(),
                                  reply=result.reply)
                    report.unknown.append(message_id)
                    close(conn)
                    conn = None
                else:
                    _retry_or_fail(store, message_id, tick(), result.reply, report)
                    close(conn)
                    conn = None
            if only is not None:
                only = [i for i in only if i not in claimed]
    finally:
        close(conn)
    return report


def _recipient(store: Store, message_id: int) -> str:
    """The name and address a message goes to, as the user will recognise them."""
    with store.transaction() as session:
        message = _message(session, message_id)
        return (f"{message.to_name} <{message.to_email}>" if message.to_email
                else message.to_name)


def _retry_or_fail(store: Store, message_id: int, now: datetime, reply: str,
                   report: Dispatched) -> None:
    from afterword.model.record import Message

    with store.transaction() as session:
        attempts = session.get(Message, message_id).attempts  # type: ignore[union-attr]
    retry_at = outbox.retry_time(attempts, now)
    if retry_at is None:
        outbox.settle(store, message_id, MessageState.FAILED, now,
                      reply=f"gave up after {attempts} tries: {reply}")
        report.failed.append(message_id)
    else:
        outbox.settle(store, message_id, MessageState.QUEUED, now,
                      reply=f"{reply} (will try again)", retry_at=retry_at)
        report.retry.append(message_id)


def mail_test(config: Config) -> str:
    """Connect and log in; returns what was checked."""
    settings = Settings.from_config(config)
    close(connect(settings))
    who = f" as {settings.user}" if settings.user else ""
    return f"{settings.host}:{settings.port} ({settings.security}){who}"


def send_test(store: Store, config: Config, message_id: int, now: datetime) -> str:
    """Send a message to yourself only: its state does not change."""
    settings = Settings.from_config(config)
    with store.transaction() as session:
        message = _message(session, message_id)
        msg = build(
            sender=Sender(settings.sender_name, settings.sender),
            to_name=settings.sender_name or "", to_email=settings.sender,
            subject=f"[Test] {message.subject or message.kind}", body=message.body, date=now,
            message_id=new_message_id(settings.sender),
            attachments=tuple(Part(a.filename, a.mime_type, a.data)
                              for a in message.attachments),
        )
    conn = connect(settings)
    try:
        result = deliver(conn, msg, sender=settings.sender, recipients=[settings.sender],
                         before_data=lambda: None)
    finally:
        close(conn)
    if result.outcome is not Outcome.SENT:
        raise MailError(f"the test message was not accepted: {result.reply}")
    return settings.sender
