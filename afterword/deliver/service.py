"""The delivery use cases: queue (send), cancel, confirm, the outbox, dispatch, mail tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from afterword.dates import user_locale, zoned_moment
from afterword.deliver import gates, outbox, thread
from afterword.deliver.gates import AlreadySent, Incomplete, ReviewRefused, blocking, home_zone
from afterword.deliver.mime import Part, Sender, build, new_message_id
from afterword.deliver.smtp import MailError, Outcome, Settings, close, connect, deliver
from afterword.errors import InvalidInput, NotFound, Refused
from afterword.model.enums import MessageState

if TYPE_CHECKING:
    from afterword.config import Config
    from afterword.model.record import Message
    from afterword.review.findings import Finding
    from afterword.store.db import Store

__all__ = ["AlreadySent", "Incomplete", "ReviewRefused", "bounced", "cancel", "confirm", "dispatch",
           "earlier_notes", "export_eml", "mail_test", "next_queued", "outbox_rows", "queue", "send_test"]

# `send` warns when a future time is queued and no dispatcher ran within this long.
DISPATCHER_RECENT = timedelta(hours=1)
QUEUEABLE = (MessageState.DRAFT, MessageState.HELD, MessageState.FAILED,
             MessageState.CANCELLED, MessageState.QUEUED)


def _message(session: Any, message_id: int) -> Message:
    from afterword.model.record import Message

    message = session.get(Message, message_id)
    if message is None:
        raise NotFound(f"there is no message {message_id}", hint="`afterword messages` lists them.")
    return message


@dataclass
class Queued:
    id: int
    to: str
    at: datetime
    notes: list[str] = field(default_factory=list)
    to_email: str | None = None


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

    parts = gates.read_attachments(attach or [])
    sender_email = config.get("smtp.from") or config.get("profile.email")
    gates.check_not_past(at, now, config)
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
        gates.mail_server_ready(config, message_id)
        gaps = gates.drafting_gaps(message)
        if gaps and not as_is:
            raise Incomplete(f"message {message_id} is marked incomplete: "
                             + "; ".join(gaps), gaps,
                             hint=f"Finish it with `afterword edit-message {message_id}` (or add "
                                  "what is missing to the record and draft again), or send it "
                                  "as it is with --as-is.")
        earlier = duplicates.earlier_for_step(message)
        if earlier and repeat_of not in [m.id for m in earlier]:
            said = "; ".join(duplicates.describe(m, home_zone(config), user_locale(config))
                             for m in earlier)
            already = {
                "thank-you": f"{message.to_name} already has a thank-you for this interview",
                "follow-up": "a follow-up for this step of the plan is already on its way "
                             "(the next one can be queued once it has gone)",
            }.get(message.kind, "a reply to this rejection already went or is on its way")
            raise AlreadySent(
                f"{already}: {said}; message {message_id} would be a second one",
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

                home = verdict.fine_from.astimezone(zone(home_zone(config)))
                fine = f" It would be fine from {zoned_moment(home, user_locale(config))}."
            raise Refused(f"the plan advises against this: {verdict.reason}{fine}",
                          hint="--override-plan sends it anyway (and is recorded).")
        if verdict.reason and verdict.allowed:
            notes.append(verdict.reason)
        subject = thread.join(message)
        if subject:
            notes.append(f"the subject is now \"{subject}\", so it joins your thank-you's "
                         "conversation in their inbox (Gmail threads replies by subject)")
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


# An exported note that has not gone yet may still be threaded; one on its way is left as is.
_EXPORTABLE_AS_NEW = (MessageState.DRAFT, MessageState.HELD, MessageState.FAILED,
                      MessageState.CANCELLED)


def export_eml(store: Store, config: Config, message_id: int, now: datetime
               ) -> tuple[bytes, list[str]]:
    """A stored e-mail as an .eml file for the user's mail program, and notes to show.

    Its Message-ID is stored (the same one on every export), so that once the user sends it
    and runs `mark-sent`, a follow-up replies in its thread; a follow-up is threaded to the
    thank-you it follows, as when Afterword sends it.
    """
    from afterword.compose.service import candidate_from, message_dict
    from afterword.deliver.export import to_eml

    sender = candidate_from(config)
    notes: list[str] = []
    with store.transaction() as session:
        message = _message(session, message_id)
        if message.state in _EXPORTABLE_AS_NEW:
            subject = thread.join(message)
            if subject:
                notes.append(f"the subject is now \"{subject}\", so it joins your thank-you's "
                             "conversation in their inbox (Gmail threads replies by subject)")
        if sender.email and not message.message_id:
            message.message_id = new_message_id(sender.email)
        data = to_eml(message_dict(message), sender, now=now, message_id=message.message_id,
                      in_reply_to=message.in_reply_to)
    return data, notes


# What `cancel` says of a message that is not waiting to go, and what to do instead.
_NOT_QUEUED: dict[str, str] = {
    MessageState.DRAFT: "is a draft, not queued", MessageState.SENT: "was already sent",
    MessageState.SENDING: "is being sent right now", MessageState.FAILED: "failed to send",
    MessageState.UNKNOWN: "may have been sent", MessageState.CANCELLED: "was cancelled",
}
_CANCEL_HINT: dict[str, str] = {
    MessageState.DRAFT: "A draft is never sent on its own: nothing to take back.",
    MessageState.SENT: "A sent e-mail cannot be recalled.",
    MessageState.UNKNOWN: "Check your Sent folder, then `afterword confirm {id} sent` or "
                          "`afterword confirm {id} not-sent`.",
}


def cancel(store: Store, message_id: int, now: datetime) -> None:
    """Take a queued (or held) message back to draft."""
    with store.transaction() as session:
        message = _message(session, message_id)
        if message.state not in (MessageState.QUEUED, MessageState.HELD):
            raise Refused(f"message {message_id} {_NOT_QUEUED.get(message.state, 'is not queued')}"
                          ": only a queued or held message can be taken back",
                          hint=_CANCEL_HINT.get(message.state, "").format(id=message_id) or None)
        message.state = MessageState.DRAFT
        message.scheduled_at = None
        message.updated_at = now


# What deleting a message of each state would lose, or why it must not go.
_KEEP: dict[str, tuple[str, str]] = {
    MessageState.SENT: ("was sent", "The plan counts it; a sent note stays on record."),
    MessageState.QUEUED: ("is queued to be sent",
                          "Take it back first: `afterword cancel {id}`, then delete it."),
    MessageState.HELD: ("is held at sending",
                        "Take it back first: `afterword cancel {id}`, then delete it."),
    MessageState.SENDING: ("is being sent right now", "Wait a minute and look again."),
    MessageState.UNKNOWN: ("may have been sent",
                           "Check your Sent folder, then `afterword confirm {id} sent` or "
                           "`afterword confirm {id} not-sent`."),
}


def describe_message(store: Store, message_id: int) -> str:
    """A message in a few words, for a confirmation: "draft thank-you to Priya Raman"."""
    with store.transaction() as session:
        message = _message(session, message_id)
        return f"{message.state} {message.kind} to {message.to_name}"


def delete_message(store: Store, message_id: int) -> dict[str, Any]:
    """Delete a draft (or a failed or cancelled message); what was sent or is on its way
    stays, so the plan and the outbox never lose a note."""
    with store.transaction() as session:
        message = _message(session, message_id)
        if message.state in _KEEP:
            said, hint = _KEEP[message.state]
            raise Refused(f"message {message_id} {said}: only a draft, or a failed or "
                          "cancelled message, can be deleted", hint=hint.format(id=message_id))
        gone = {"id": message.id, "interview": message.interview_id, "to": message.to_name,
                "kind": message.kind, "state": message.state}
        session.delete(message)
        return gone


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


def bounced(store: Store, message_id: int, now: datetime) -> None:
    """Record that a sent message came back undelivered: it is `failed`, so it no longer
    counts as sent (the plan's step is open again, and a new note is not a double)."""
    with store.transaction() as session:
        message = _message(session, message_id)
        if message.state != MessageState.SENT:
            raise Refused(f"message {message_id} is {message.state}, not sent: only a sent "
                          "message can bounce")
        message.state = MessageState.FAILED
        message.last_reply = "bounced: it came back undelivered (recorded by you)"
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
            "cc": m.cc_email, "kind": m.kind, "subject": m.subject, "state": m.state,
            "scheduled_at": m.scheduled_at.isoformat() if m.scheduled_at else None,
            "sent_at": m.sent_at.isoformat() if m.sent_at else None,
            "attempts": m.attempts, "last_reply": m.last_reply, "message_id": m.message_id,
            "override_plan": m.override_plan, "override_review": m.override_review,
            "repeat_of": m.repeat_of,
        } for m in rows]


def earlier_notes(store: Store, message_id: int) -> list[dict[str, Any]]:
    """The notes that make `message_id` a second one for its plan step (the send guard's
    doubles: sent, or on their way), oldest first, each with its id, state and moment."""
    from afterword.deliver import duplicates

    with store.transaction() as session:
        message = _message(session, message_id)
        return [{"id": m.id, "to": m.to_name, "kind": m.kind, "state": m.state,
                 "at": at.isoformat() if (at := duplicates.moment(m)) else None}
                for m in duplicates.earlier_for_step(message)]


def next_queued(store: Store) -> dict[str, Any] | None:
    """The queued message that goes next (id, to, at), or None when nothing is queued."""
    from sqlalchemy import select

    from afterword.model.record import Message

    with store.transaction() as session:
        m = session.scalars(select(Message).where(Message.state == MessageState.QUEUED)
                            .order_by(Message.scheduled_at, Message.id).limit(1)).first()
        if m is None or m.scheduled_at is None:
            return None
        to = f"{m.to_name} <{m.to_email}>" if m.to_email else m.to_name
        return {"id": m.id, "to": to, "at": m.scheduled_at.isoformat()}


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
    # The inbox, read just before a follow-up went out (a reply that came meanwhile stops it).
    inbox_found: int = 0
    inbox_error: str | None = None
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
                return ("held: " + duplicates.describe(earlier[-1], home_zone(config),
                                                             user_locale(config))
                        + f"; send it again only if you mean to: afterword send {message_id} "
                        f"--repeat-of {earlier[-1].id}")
        if message.kind == "follow-up":
            waiting = _answer_waiting(session, message)
            if waiting:
                return waiting
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
    _read_inbox_first(store, config, tick(), only, report)
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


def _read_inbox_first(store: Store, config: Config, now: datetime, only: list[int] | None,
                      report: Dispatched) -> None:
    """Before a due follow-up goes out, read the inbox (when reading replies is set up): a
    reply that arrived since the last check cancels it, as `afterword reply` would. If the
    inbox cannot be read, the follow-up still goes (the user queued it) and the report says
    why it was not checked."""
    from sqlalchemy import select

    from afterword.errors import AfterwordError
    from afterword.inbox.settings import is_configured
    from afterword.model.record import Message

    if not is_configured(config):
        return
    with store.transaction() as session:
        ids = outbox.due_ids(session, now, only, limit=10_000)
        kinds = set(session.scalars(select(Message.kind).where(Message.id.in_(ids))))
    if "follow-up" not in kinds:
        return
    from afterword.inbox import service as inbox

    try:
        report.inbox_found = len(inbox.check(store, config, now).found)
    except AfterwordError as exc:
        report.inbox_error = exc.message


def _answer_waiting(session: Any, message: Any) -> str | None:
    """Why a follow-up is held while a mail that may be their answer waits for the user's
    word (`afterword inbox`: a reply outside the note's thread, or a tracking system's
    rejection): sent now, it could press someone who has just answered, or just said no."""
    from sqlalchemy import select

    from afterword.inbox.service import WAITING
    from afterword.model.record import InboxReply, Interview

    application = select(Interview.application_id).where(Interview.id == message.interview_id)
    interviews = set(session.scalars(select(Interview.id).where(
        Interview.application_id == application.scalar_subquery())))
    for reply in session.scalars(select(InboxReply).where(InboxReply.state.in_(WAITING))):
        if interviews & {reply.interview_id, *(reply.candidates or [])}:
            return (f"held: {reply.from_name or reply.from_email} wrote on "
                    f"{reply.received_at:%d %b %Y} and it may be their answer: apply or dismiss "
                    f"it with `afterword inbox` (reply {reply.id}), then send this follow-up "
                    f"again if it still fits: afterword send {message.id}")
    return None


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
    from afterword.deliver.smtp import CHECK_TIMEOUT

    settings = Settings.from_config(config)
    close(connect(settings, timeout=CHECK_TIMEOUT))
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
