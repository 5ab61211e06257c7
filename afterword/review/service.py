"""The review use cases: a file, a stored interview's context, a batch; options from the settings."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from afterword.errors import InvalidInput
from afterword.review import review
from afterword.review.findings import Report, Severity
from afterword.review.message import CHANNELS, KINDS, Context, Message, Previous, Recipient
from afterword.review.options import ReviewOptions

if TYPE_CHECKING:
    from afterword.config import Config
    from afterword.store.db import Store


def options_from_config(
    config: Config, *, select: list[str] | None = None, ignore: list[str] | None = None
) -> ReviewOptions:
    """The user's review settings; `--select` replaces `review.select`, `--ignore` adds to it."""
    from afterword.config import SEVERITY_PREFIX
    from afterword.review.registry import rule_ids

    known = set(rule_ids())
    for rule_id in [*(select or []), *(ignore or [])]:
        if rule_id not in known:
            raise InvalidInput(
                f"{rule_id!r} is not a review rule", hint="`afterword rules` lists them."
            )
    chosen = select or config.get("review.select") or None
    severity = {
        name[len(SEVERITY_PREFIX) :]: Severity(value)
        for name, value in config.items()
        if name.startswith(SEVERITY_PREFIX)
    }
    return ReviewOptions(
        select=frozenset(chosen) if chosen else None,
        ignore=frozenset([*config.get("review.ignore"), *(ignore or [])]),
        severity=severity,
        dictionary=tuple(config.get("review.dictionary")),
    )


def read_message(
    path: Path | None,
    *,
    kind: str | None,
    channel: str | None,
    subject: str | None,
    context: Context,
) -> Message:
    """A message from a plain text or .eml file ('-' or None: standard input).

    A plain text file with no `subject` has an unknown subject (the subject rules stay
    silent); an .eml file's Subject and To headers are read.
    """
    raw = _read_bytes(path)
    name = "standard input" if path is None or str(path) == "-" else str(path)
    text = _decode(raw, name)
    kind = _check_choice(kind or "thank-you", KINDS, "--kind")
    channel = _check_choice(channel or "email", CHANNELS, "--channel")
    subject_known = subject is not None
    if (path is not None and path.suffix.lower() == ".eml") or _looks_like_mail(text):
        mail_subject, to_name, text = _parse_mail(raw, name)
        if subject is None:
            subject, subject_known = mail_subject, True
        if to_name and context.recipient is None:
            context = context._replace(recipient=Recipient(to_name))
    elif text.lower().startswith("subject:"):
        # A plain text note with its subject on the first line (as `export --as txt` writes).
        first, _, rest = text.partition("\n")
        if subject is None:
            subject, subject_known = first.split(":", 1)[1].strip() or None, True
        text = rest.lstrip("\r\n")
    if channel != "email":
        subject, subject_known = None, True
    return Message(
        body=text,
        kind=kind,
        channel=channel,
        subject=subject or None,
        subject_known=subject_known,
        context=context,
    )


def _read_bytes(path: Path | None) -> bytes:
    if path is None or str(path) == "-":
        return sys.stdin.buffer.read()
    try:
        return path.read_bytes()
    except FileNotFoundError:
        from afterword.files import missing_file

        raise missing_file(path) from None
    except OSError as exc:
        raise InvalidInput(f"{path}: cannot be read ({exc.strerror})") from None


def _decode(raw: bytes, name: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput(
            f"{name}: not UTF-8 text", hint="Save the note as UTF-8 plain text (or .eml)."
        ) from None


def _check_choice(value: str, allowed: tuple[str, ...], option: str) -> str:
    if value not in allowed:
        raise InvalidInput(f"{option} {value!r} is not valid", hint="Use " + ", ".join(allowed))
    return value


def _looks_like_mail(text: str) -> bool:
    """Headers then a blank line, with a From or To among them: a saved e-mail."""
    head = text.split("\n\n", 1)[0].split("\r\n\r\n", 1)[0]
    lines = [line for line in head.splitlines() if line and not line[0].isspace()]
    headers = sum(1 for line in lines if ":" in line and " " not in line.split(":", 1)[0])
    return bool(lines) and headers == len(lines) and any(
        line.lower().startswith(("from:", "to:")) for line in lines
    )


def _parse_mail(raw: bytes, name: str) -> tuple[str | None, str | None, str]:
    from email import policy
    from email.headerregistry import Address
    from email.parser import BytesParser

    msg = BytesParser(policy=policy.default).parsebytes(raw)
    part = msg.get_body(preferencelist=("plain",))
    if part is None:
        raise InvalidInput(f"{name}: the message has no plain-text part to review")
    body = part.get_content()
    subject = str(msg["subject"]) if msg["subject"] is not None else None
    to_name = None
    to = msg["to"]
    if to is not None:
        addresses: tuple[Address, ...] = getattr(to, "addresses", ())
        if addresses and addresses[0].display_name:
            to_name = addresses[0].display_name
    return subject, to_name, body


def read_context_file(path: Path) -> Context:
    """The spec's context object from a JSON file."""
    from afterword.files import read_json
    from afterword.review.contract import ContractError, parse_context

    data = read_json(path)
    try:
        return parse_context(data)
    except ContractError as exc:
        raise InvalidInput(f"{path}: {exc}") from None


def context_from_store(
    store: Store, interview_id: int, to: str, *, candidate: str | None, now: datetime,
    kind: str = "thank-you", config: Config | None = None, channel: str | None = None,
) -> Context:
    """The review context of a note to `to` (an interviewer's name) about a stored interview.

    Everything the store knows: the recipient, company, role, topics and concerns, the
    messages already sent (`previous`, a reply marking those before it), the notes to the
    other interviewers (`siblings`), the candidate's other applications, and `sent_at`:
    the plan's suggested time for this kind of note (now, if that has passed).
    Raises NotFound for an unknown interview and InvalidInput when nobody by that name was
    there.
    """
    from afterword.store import queries

    with store.transaction() as session:
        interview = queries.interview(session, interview_id)
        person = _match_interviewer(interview.interviewers, to)
        return stored_context(session, interview, person, candidate=candidate, now=now,
                              kind=kind, config=config, channel=channel)


def stored_context(
    session: Any, interview: Any, person: Any, *, candidate: str | None, now: datetime,
    kind: str = "thank-you", config: Config | None = None, sent_at: datetime | None = None,
    recipient_name: str | None = None, channel: str | None = None,
) -> Context:
    """The context of a note about `interview` to `person` (an Interviewer row, or None for
    the panel or the recruiter), within an open session; `sent_at` defaults to the plan's."""
    from sqlalchemy import select

    from afterword.dates import user_locale
    from afterword.model.record import Application
    from afterword.plan.service import decision_by as plan_decision_by
    from afterword.plan.service import planned_time

    app = interview.application
    others = session.scalars(select(Application).where(Application.id != app.id)).all()
    other_companies = _unique(
        o.company for o in others if o.company.casefold() != app.company.casefold()
    )
    other_roles = _unique(o.role for o in others if o.role.casefold() != app.role.casefold())
    person_id = person.id if person is not None else None
    siblings = tuple(
        m.body for m in interview.messages
        if m.kind == kind and m.interviewer_id not in (None, person_id)
        and m.state != "cancelled"
    )
    key = f"interviewer:{person_id}" if person is not None else "recruiter"
    # The concerns this note should answer, placed as `afterword draft` places them, so a
    # draft and the same note reviewed later get one verdict (a card answers none; an
    # unattributed concern goes in one note).
    placed = None
    if config is not None:
        from afterword.compose.service import concerns_for_note

        placed = concerns_for_note(session, interview, person_id, kind, channel, config)
    return Context(
        candidate=candidate,
        recipient=Recipient(recipient_name or person.name,
                            person.title if person is not None else None),
        company=app.company,
        role=app.role,
        topics=tuple(_unique([*(person.topics if person is not None else ()),
                              *interview.topics])),
        concerns=placed if placed is not None else tuple(c["concern"] for c in interview.concerns),
        interview_end=interview.ends_at,
        sent_at=sent_at or planned_time(app, kind, key, now, config),
        recipient_timezone=(person.timezone if person is not None else None)
        or interview.timezone,
        stated_timeframe_days=interview.timeframe_days,
        decision_by=plan_decision_by(app, config),
        previous=_previous(app),
        other_companies=tuple(other_companies),
        other_roles=tuple(other_roles),
        siblings=siblings,
        dictionary=_record_words(interview, person),
        locale=user_locale(config),
    )


def _record_words(interview: Any, person: Any) -> tuple[str, ...]:
    """The record's own free text (qualifications, answers, values, rapport): the user's
    words, so spelling and shouting accept them."""
    texts = [interview.application.values or "", interview.notes or "",
             *interview.qualifications, *(c.get("answer") or "" for c in interview.concerns),
             *(f"{i['answer']} {i.get('addition') or ''}" for i in interview.improvements),
             *(p.rapport or "" for p in interview.interviewers)]
    return tuple(dict.fromkeys(w for t in texts for w in t.split()))


def _previous(app: Any) -> tuple[Previous, ...]:
    """The application's sent messages, oldest first; a later reply or round marks them replied."""
    replies = [e.at for e in app.events if e.kind == "reply"]
    replies += [iv.starts_at for iv in app.interviews]  # a new round is an answer too
    sent = sorted((m for iv in app.interviews for m in iv.messages
                   if m.state == "sent" and m.sent_at is not None), key=lambda m: m.sent_at)
    return tuple(Previous(m.kind, m.sent_at, any(r > m.sent_at for r in replies),
                          to=m.to_name, body=m.body) for m in sent)


def _match_interviewer(people: Iterable[Any], to: str) -> Any:
    wanted = to.casefold().strip()
    people = list(people)
    for match in (
        lambda p: p.name.casefold() == wanted,
        lambda p: p.name.casefold().split()[0] == wanted,
        lambda p: wanted in p.name.casefold(),
    ):
        found = [p for p in people if match(p)]
        if len(found) == 1:
            return found[0]
    names = ", ".join(p.name for p in people)
    raise InvalidInput(
        f"nobody called {to!r} was at this interview", hint=f"Interviewers: {names}."
    )


def _unique(values: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for value in values:
        seen.setdefault(value.casefold(), value)
    return list(seen.values())


def review_message(message: Message, options: ReviewOptions) -> Report:
    return review(message, options)


def review_batch(
    lines: Iterable[str], options: ReviewOptions, jobs: int = 1
) -> Iterator[tuple[str, bool]]:
    """Review each JSON line; yields (output line, ok) in the input's order. A bad line
    yields an error object. `jobs` above 1 shares the lines out among worker processes."""
    from afterword.review.batch import review_lines

    return review_lines(lines, options, jobs)


def add_words(config: Config, words: list[str]) -> list[str]:
    """Add words to the personal dictionary; returns the ones that were new."""
    from afterword.config import format_value

    current = list(config.get("review.dictionary"))
    known = {w.casefold() for w in current}
    new = [w for w in dict.fromkeys(words) if w.casefold() not in known]
    if new:
        config.set("review.dictionary", format_value(current + new))
    return new


def people_to_write_to(store: Store) -> list[dict[str, Any]]:
    """Every stored interview, newest first, with the people met there (id, name, title):
    the choice of whom a pasted note is for, so its review gets their context."""
    from afterword.store import queries

    with store.transaction() as session:
        return [{"id": iv.id, "company": iv.application.company, "role": iv.application.role,
                 "start": iv.starts_at.isoformat(), "timezone": iv.timezone,
                 "people": [{"id": p.id, "name": p.name, "title": p.title, "channel": p.channel}
                            for p in iv.interviewers]}
                for iv in queries.interviews(session)]


def context_for_interviewer(
    store: Store, interview_id: int, interviewer_id: int, *, candidate: str | None,
    now: datetime, kind: str = "thank-you", config: Config | None = None,
    channel: str | None = None,
) -> Context:
    """As `context_from_store`, for the interviewer with this id (not a name, which two
    people may share); raises NotFound when the interview or that person is not stored."""
    from afterword.errors import NotFound
    from afterword.store import queries

    with store.transaction() as session:
        interview = queries.interview(session, interview_id)
        person = next((p for p in interview.interviewers if p.id == interviewer_id), None)
        if person is None:
            raise NotFound(f"interview {interview_id} has no interviewer {interviewer_id}")
        return stored_context(session, interview, person, candidate=candidate, now=now,
                              kind=kind, config=config, channel=channel)
