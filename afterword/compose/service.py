"""The compose use cases: draft an interview's notes (stored or previewed), list and edit messages."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from afterword.compose.drafts import ANGLES, CHANNELS, KINDS, Draft, answered_concerns, compose
from afterword.compose.facts import Candidate, Facts, from_file, from_interview
from afterword.errors import InvalidInput, Refused

if TYPE_CHECKING:
    from afterword.config import Config
    from afterword.review.findings import Report
    from afterword.store.db import Store

# Rules that judge when a note goes out, not what it says: a draft has no send time yet.
TIMING_FAMILY = "timing"


@dataclass
class Composed:
    """A draft with its review, ready to show or store."""

    draft: Draft
    report: Report
    id: int | None = None
    state: str = "draft"
    incomplete: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # worth knowing, not missing

    def to_dict(self) -> dict[str, Any]:
        d = self.draft
        return {
            "id": self.id,
            "to": d.to_name,
            "to_email": d.to_email,
            "channel": d.channel,
            "kind": d.kind,
            "angle": d.angle,
            "subject": d.subject,
            "body": d.body,
            "score": self.report.score,
            "findings": [f.to_dict() for f in self.report.findings],
            # What this note waits for (the record's items that would go into it, the
            # review's warnings): "ready" only when there is none.
            "incomplete": self.incomplete,
            "ready": not self.incomplete,
            "notes": self.notes,
            # What the record could say that would go into no single note (first draft only):
            # no note's readiness waits for it.
            "record_to_finish": list(d.record_todo),
        }


def candidate_from(config: Config) -> Candidate:
    return Candidate(
        name=config.get("profile.name") or None,
        email=config.get("profile.email") or None,
        phone=config.get("profile.phone") or None,
        linkedin=config.get("profile.linkedin") or None,
        signature=config.get("profile.signature") or None,
    )


def _check(kind: str, channel: str | None, angle: str | None) -> None:
    for value, allowed, name in ((kind, KINDS, "--kind"), (channel, CHANNELS, "--channel"),
                                 (angle, ANGLES, "--angle")):
        if value is not None and value not in allowed:
            raise InvalidInput(f"{name} {value!r} is not valid",
                               hint="Use one of: " + ", ".join(allowed) + ".")


def record_words(facts: Facts) -> tuple[str, ...]:
    """The record's own free text: its words are the user's, so spelling and shouting accept
    them ("PALS", "intubations", a hospital's name in an answer)."""
    texts = [facts.values or "", *facts.qualifications,
             *(c.answer or "" for c in facts.concerns),
             *(f"{i.answer} {i.addition or ''}" for i in facts.improvements),
             *(p.rapport or "" for p in facts.people)]
    return tuple(dict.fromkeys(w for t in texts for w in t.split()))


def review_drafts(facts: Facts, drafts: list[Draft], config: Config) -> list[Composed]:
    """Review every draft with its full context (siblings included); mark what is missing."""
    from afterword.review import review
    from afterword.review.message import Context, Message, Recipient
    from afterword.review.registry import get_rule
    from afterword.review.service import options_from_config

    options = options_from_config(config)
    out = []
    for n, draft in enumerate(drafts):
        person = draft.person
        siblings = tuple(d.body for m, d in enumerate(drafts) if m != n and d.kind == draft.kind)
        topics = [*(person.topics if person else ()), *facts.topics]
        context = Context(
            candidate=facts.candidate.name,
            recipient=Recipient(draft.to_name, person.title if person else None),
            company=facts.company,
            role=facts.role,
            topics=tuple(dict.fromkeys(topics)),
            concerns=answered_concerns(facts, draft),
            interview_end=facts.end,
            recipient_timezone=(person.timezone if person else None) or facts.timezone,
            stated_timeframe_days=facts.timeframe_days,
            decision_by=facts.decision_by,
            other_companies=facts.other_companies,
            other_roles=facts.other_roles,
            siblings=siblings,
            dictionary=record_words(facts),
            locale=facts.locale,
        )
        message = Message(body=draft.body, kind=draft.kind, channel=draft.channel,
                          subject=draft.subject, subject_known=True, context=context)
        report = review(message, options)
        incomplete = list(draft.incomplete)
        kept = _without_jotted(message, report.findings)
        if kept is not None:
            # A sentence the review reads as jotted never goes out under the user's name: it
            # leaves the note and "To finish" asks for it in plain words (issue 13).
            draft.body, asks = kept
            incomplete.extend(a for a in asks if a not in incomplete)
            message = message._replace(body=draft.body)
            report = review(message, options)
        for finding in report.findings:
            if finding.severity == "info" or get_rule(finding.rule).family == TIMING_FAMILY:
                continue
            if finding.rule == "missing-qualification" and any(
                    "qualification" in item for item in draft.incomplete):
                continue  # the note already says what would give it one, in the record's terms
            # The rule's id stays after the words: the web app's "ignore this finding" and
            # its send gate find the finding by it, and `docs/rules/ID.md` explains it.
            reason = f"{finding.message} ({finding.rule})"
            if reason not in incomplete:
                incomplete.append(reason)
        out.append(Composed(draft, report, incomplete=incomplete, notes=list(draft.notes)))
    return out


def draft_interview(
    store: Store, config: Config, interview_id: int, *, kind: str = "thank-you",
    channel: str | None = None, angle: str | None = None, variant: int = 0, group: bool = False,
    now: datetime,
) -> list[Composed]:
    """Compose, review and store an interview's drafts of `kind`.

    Replaces the interview's unsent drafts of the same kind; never touches a message that is
    scheduled, sent or on its way.
    """
    from afterword.model.record import Message
    from afterword.store import queries

    _check(kind, channel, angle)
    with store.transaction() as session:
        interview = queries.interview(session, interview_id)
        facts = replace(_stored_facts(session, interview, config, plan=kind == "follow-up"),
                        drafted_on=now.date())
        drafts = compose(facts, kind=kind, channel=channel, angle=angle, variant=variant,
                         group=group)
        drafts, thanked = _not_thanked_yet(drafts, interview, kind, config)
        if not drafts and thanked:
            raise Refused("every interviewer already has your thank-you: " + "; ".join(thanked),
                          hint=f"Nothing new was drafted. A follow-up comes later: "
                               f"afterword draft {interview_id} --kind follow-up.")
        composed = review_drafts(facts, drafts, config)
        kept, replaced = [], []
        for old in list(interview.messages):
            if old.state == "draft" and old.kind == kind:
                # A draft the user edited is theirs: never replaced silently.
                if old.edited:
                    kept.append(old.id)
                    continue
                replaced.append(old.id)
                interview.messages.remove(old)
        notes = [f"no new thank-you for {said}" for said in thanked]
        if replaced:
            # Their numbers are gone: say so, or "afterword send 1" fails with no reason.
            many = len(replaced) > 1
            notes.append(f"these replace your earlier unedited draft{'s' if many else ''} "
                         + ", ".join(map(str, replaced)))
        if kept:
            many = len(kept) > 1
            notes.append(f"kept your edited draft{'s' if many else ''} "
                         + ", ".join(map(str, kept))
                         + f"; send {'them' if many else 'it'}, or delete "
                         + ("each with afterword delete-message ID" if many
                            else f"it with afterword delete-message {kept[0]}"))
        if kind == "follow-up":
            notes.extend(_follow_up_timing(interview, config, now))
        notes.extend(_not_held_yet(interview, kind, config, now))
        notes.extend(_late_thanks(interview, kind, now))
        closed = _news_already_had(interview, kind)
        for item in composed:
            if closed:
                # A follow-up asks for news; with an offer or an answer in hand it would
                # ask for what the candidate has: not ready, whatever its text scores.
                item.incomplete.append(closed)
            d = item.draft
            row = Message(
                kind=d.kind, channel=d.channel, angle=d.angle, variant=d.variant,
                interviewer_id=d.person.id if d.person else None,
                to_name=d.to_name, to_email=d.to_email, cc_email=d.cc_email,
                subject=d.subject, body=d.body, state="draft", incomplete=item.incomplete,
                created_at=now, updated_at=now,
            )
            interview.messages.append(row)
            session.flush()
            item.id = row.id
            item.notes = [*item.notes, *notes]
        return composed


def _not_thanked_yet(drafts: list[Draft], interview: Any, kind: str,
                     config: Config) -> tuple[list[Draft], list[str]]:
    """Leave out a thank-you to someone who already has one (sent, queued or on its way):
    a second thank-you is the duplicate the send guard refuses, so it is not drafted either.
    Returns the drafts kept and, for each person left out, which message they have."""
    if kind != "thank-you":
        return drafts, []
    gone = {m.interviewer_id: m for m in interview.messages
            if m.kind == "thank-you" and m.state in ("sent", "queued", "sending", "unknown")}
    if not gone:
        return drafts, []
    # Only now: the sending side's modules cost a drafting run that has nothing sent.
    from afterword.dates import user_locale, zoned_moment
    from afterword.deliver.gates import home_zone
    from afterword.timezones import zone

    kept, said = [], []
    for d in drafts:
        earlier = gone.get(d.person.id) if d.person is not None else None
        if earlier is None:
            kept.append(d)
            continue
        moment = earlier.sent_at or earlier.scheduled_at
        when = (" on " + zoned_moment(moment.astimezone(zone(home_zone(config))),
                                      user_locale(config)) if moment else "")
        verb = "went out" if earlier.state == "sent" else f"is {earlier.state}"
        said.append(f"{d.to_name} (message {earlier.id} {verb}{when})")
    return kept, said


def _not_held_yet(interview: Any, kind: str, config: Config, now: datetime) -> list[str]:
    """Drafting before the interview is fine (people prepare), but the notes thank the
    reader for a meeting that has not happened: say so, so they are read again after it."""
    if kind not in ("thank-you", "follow-up") or interview.ends_at <= now:
        return []
    from afterword.dates import user_locale, zoned_moment
    from afterword.timezones import zone

    start = zoned_moment(interview.starts_at.astimezone(zone(interview.timezone)),
                         user_locale(config))
    return [f"the interview ({start}) has not happened yet: the notes speak of it as over; "
            "read them again after it, and add what you discussed"]


# A thank-you after this many days is late enough to say so (the craft: within 24 hours).
LATE_THANKS_DAYS = 3


def _late_thanks(interview: Any, kind: str, now: datetime) -> list[str]:
    """A thank-you drafted days after the interview: said, as advice beside the draft (the
    review's `sent-late` judges the send time, which a draft does not have yet)."""
    if kind != "thank-you" or interview.ends_at > now:
        return []
    days = (now - interview.ends_at).days
    if days < LATE_THANKS_DAYS:
        return []
    return [f"the interview was {days} days ago: a thank-you is best sent within 24 hours; "
            "this late, a short note that still thanks them is fine, or a follow-up if you "
            "already thanked them another way"]


def _news_already_had(interview: Any, kind: str) -> str | None:
    """Why a follow-up does not fit an application that has its answer (an offer, a
    rejection, withdrawn), or None."""
    status = interview.application.status
    if kind != "follow-up" or status not in ("offer", "rejected", "withdrawn"):
        return None
    said = {"offer": "you have an offer", "rejected": "they have given their answer",
            "withdrawn": "you withdrew"}[status]
    return (f"the application's status is {status}: {said}, so a follow-up asking for news "
            "does not fit; reply to their message instead (afterword draft ID --kind "
            "rejection-reply after a rejection), or set the status back if it changed")


def _follow_up_timing(interview: Any, config: Config, now: datetime) -> list[str]:
    """When the plan would let this follow-up go, if not yet (drafting early is fine)."""
    from afterword.plan.guard import check_send
    from afterword.plan.service import situation

    verdict = check_send(situation(interview.application, config), "follow-up", None, now,
                         interview_id=interview.id)
    if verdict.allowed:
        return []
    from afterword.dates import user_locale, zoned_moment
    from afterword.deliver.gates import home_zone
    from afterword.plan.service import planned_time
    from afterword.timezones import zone

    # The plan's own time (a working morning), so the draft and `afterword plan` agree.
    planned = planned_time(interview.application, "follow-up", "recruiter", now, config)
    when = (f" The plan has it for "
            f"{zoned_moment(planned.astimezone(zone(home_zone(config))), user_locale(config))}."
            if planned > now else "")
    return [f"not yet: {verdict.reason}{when}"]


def _stored_facts(session: Any, interview: Any, config: Config, *, plan: bool = True) -> Facts:
    """A stored interview's facts, with the other applications (for wrong-company/-role);
    `plan`: with what the plan knows (the decision date, follow-ups sent), which only a
    follow-up uses: drafting thank-you notes need not load the plan."""
    from sqlalchemy import select

    from afterword.model.record import Application

    others = session.execute(
        select(Application.company, Application.role)
        .where(Application.id != interview.application_id)
    ).all()
    facts = from_interview(interview, candidate_from(config),
                           others=[(c, r) for c, r in others])
    if not plan:
        from dataclasses import replace

        from afterword.dates import user_locale

        return replace(facts, locale=user_locale(config, facts.timezone))
    return _with_plan(facts, interview.application, config)


def _with_plan(facts: Facts, app: Any, config: Config) -> Facts:
    """The facts a follow-up takes from the plan: the decision date as the plan reads it (a
    reply's new timeframe included), the user's date convention, follow-ups already sent."""
    from dataclasses import replace

    from afterword.dates import user_locale
    from afterword.plan.service import situation
    from afterword.plan.situation import current_cycle

    cycle = current_cycle(situation(app, config))
    # How approximate the date is: a follow-up names a date only for a firm one.
    deadline = cycle.deadline if cycle is not None else None
    facts = replace(facts, decision_approx=deadline.approximate if deadline else None)
    if cycle is None:
        return replace(facts, locale=user_locale(config, facts.timezone))
    return replace(facts, decision_by=cycle.decision_by,
                   locale=user_locale(config, facts.timezone),
                   follow_ups_sent=len(cycle.follow_ups))


def preview_file(
    config: Config, text: str, *, source: str, default_zone: str, kind: str = "thank-you",
    channel: str | None = None, angle: str | None = None, variant: int = 0, group: bool = False,
) -> list[Composed]:
    """Compose and review the drafts of an interview file without storing anything."""
    from afterword.model.interview_file import parse_interview_text

    _check(kind, channel, angle)
    parsed = parse_interview_text(text, source=source, default_zone=default_zone)
    from dataclasses import replace

    from afterword.dates import user_locale

    facts = from_file(parsed, candidate_from(config))
    facts = replace(facts, locale=user_locale(config, facts.timezone))
    return review_drafts(facts, compose(facts, kind=kind, channel=channel, angle=angle,
                                        variant=variant, group=group), config)


def list_messages(store: Store, interview_id: int | None = None) -> list[dict[str, Any]]:
    """Stored messages (all, or one interview's), oldest first."""
    from sqlalchemy import select

    from afterword.model.record import Message
    from afterword.store import queries

    with store.transaction() as session:
        query = select(Message).order_by(Message.id)
        if interview_id is not None:
            queries.interview(session, interview_id)  # NotFound for an unknown id
            query = query.where(Message.interview_id == interview_id)
        return [message_dict(m) for m in session.scalars(query)]


def message_dict(m: Any) -> dict[str, Any]:
    return {
        "id": m.id,
        "interview": m.interview_id,
        "to": m.to_name,
        "to_email": m.to_email,
        "channel": m.channel,
        "kind": m.kind,
        "angle": m.angle,
        "subject": m.subject,
        "body": m.body,
        "state": m.state,
        "incomplete": list(m.incomplete),
        "scheduled_at": m.scheduled_at.isoformat() if m.scheduled_at else None,
        "sent_at": m.sent_at.isoformat() if m.sent_at else None,
        "cc_email": m.cc_email,
        "message_id": m.message_id,
        "attempts": m.attempts or 0,
        "last_reply": m.last_reply,
        "edited": bool(m.edited),
    }


def get_message(store: Store, message_id: int) -> dict[str, Any]:
    """One stored message; raises NotFound."""
    from afterword.errors import NotFound
    from afterword.model.record import Message

    with store.transaction() as session:
        message = session.get(Message, message_id)
        if message is None:
            raise NotFound(f"there is no message {message_id}",
                           hint="`afterword messages` lists them.")
        return message_dict(message)


def save_message_text(
    store: Store, config: Config, message_id: int, text: str, *, now: datetime
) -> dict[str, Any]:
    """Store an edited message (a "Subject:" first line for e-mail) and review it again."""
    from afterword.errors import NotFound
    from afterword.model.checks import control_reason
    from afterword.model.record import Message

    with store.transaction() as session:
        message = session.get(Message, message_id)
        if message is None:
            raise NotFound(f"there is no message {message_id}")
        subject = message.subject
        body = text.strip("\n")
        if message.channel == "email" and body.lower().startswith("subject:"):
            first, _, rest = body.partition("\n")
            subject = first.split(":", 1)[1].strip() or None
            body = rest.strip("\n")
        reason = control_reason(subject) if subject else None
        if reason:
            raise InvalidInput(f"the subject: {reason}", hint="Nothing was saved; edit the "
                               "subject line again.")
        if not body.strip():
            raise InvalidInput("the message is empty: nothing was saved")
        from afterword.model import limits

        for name, value, limit in (("subject", subject or "", limits.SUBJECT),
                                   ("note", body, limits.BODY)):
            too_long = limits.too_long(value, limit)
            if too_long:  # refused whole: nothing is cut, and the stored text stays as it was
                raise InvalidInput(f"the {name} {too_long}: nothing was saved")
        interview = message.interview
        facts = _stored_facts(session, interview, config)
        draft = Draft(kind=message.kind, channel=message.channel, to_name=message.to_name,
                      body=body, subject=subject, to_email=message.to_email)
        person = next((p for p in facts.people if p.id == message.interviewer_id), None)
        draft.person = person
        siblings = [Draft(kind=m.kind, channel=m.channel, to_name=m.to_name, body=m.body)
                    for m in interview.messages if m.id != message.id and m.kind == message.kind]
        composed = review_drafts(facts, [draft, *siblings], config)[0]
        if (subject, body) != (message.subject, message.body):
            message.edited = True
        message.subject = subject
        message.body = body
        message.incomplete = composed.incomplete
        message.updated_at = now
        result = composed.to_dict()
        result["id"] = message.id
        return result


def record_reading(store: Store, config: Config, interview_id: int) -> dict[str, Any]:
    """How the notes will read the stored record: for each free-text field, the phrase it
    becomes, what is left out and why, and what to rephrase (for `add`, `edit`, `show`)."""
    from afterword.store import queries

    with store.transaction() as session:
        interview = queries.interview(session, interview_id)
        facts = _stored_facts(session, interview, config)
    return reading_of(facts)


def reading_of(facts: Facts) -> dict[str, Any]:
    """`record_reading` for facts already built (a file previewed by the web form)."""
    from afterword.compose.fragments import preview
    from afterword.compose.thanks import Panel

    fields = [
        {"field": p.name, "source": p.source, "becomes": p.becomes,
         "left_out": [{"text": t, "why": w} for t, w in p.left_out], "ask": p.ask}
        for p in preview(facts)
    ]
    channels = {n: p.channel for n, p in enumerate(facts.people)}
    to_finish = Panel.of(facts, channels).asks()
    # Which thank-you waits for what: each note's items as `afterword draft` lists them
    # under it, and what no note waits for.
    notes: list[dict[str, Any]] = []
    record: list[str] = []
    if facts.people:
        drafts = compose(facts)
        record = list(drafts[0].record_todo)
        notes = [{"to": d.to_name, "channel": d.channel, "ready": not d.incomplete,
                  "to_finish": list(d.incomplete)} for d in drafts]
    return {"fields": fields, "to_finish": to_finish, "notes": notes,
            "record_to_finish": record}


def concerns_for_note(session: Any, interview: Any, person_id: int | None, kind: str,
                      channel: str | None, config: Config) -> tuple[str, ...] | None:
    """The concerns a stored note to this interviewer should answer, as `afterword draft`
    places them (None: not a note to one interviewer, every concern counts)."""
    from afterword.compose.drafts import placed_concerns

    if person_id is None or kind != "thank-you":
        return None  # a follow-up or a reply answers every concern: no placing to do
    # The plan's dates do not place concerns: not loaded (this runs at every send).
    facts = _stored_facts(session, interview, config, plan=False)
    person = next((p for p in facts.people if p.id == person_id), None)
    if person is None:
        return None
    return placed_concerns(facts, person, kind, channel or person.channel)


# The review's draft-language rules: what they find in a composed note was pasted or
# half-phrased from the record.
_JOTTED_RULES = frozenset({"broken-phrase", "shorthand", "third-person-reader"})


def _without_jotted(message: Any, findings: Any) -> tuple[str, list[str]] | None:
    """The note without the sentences the draft-language rules find jotted, and an ask for
    each; None when there are none. The greeting, the first sentence of thanks and the
    closing paragraph stay (a note without them is no note): their findings remain for the
    user to fix."""
    from afterword.language.text import Note

    spots = [(f.start, f.end) for f in findings
             if f.rule in _JOTTED_RULES and f.field == "body" and f.start is not None]
    if not spots:
        return None
    note = Note(message)
    paragraphs = note.paragraphs
    if len(paragraphs) < 4:
        return None  # greeting, one body paragraph, sign-off: nothing can be spared
    # The paragraphs whose sentences may go: after the greeting and before the closing one
    # and the sign-off.
    middle = paragraphs[1:-2]
    first = note.sentences[1] if len(note.sentences) > 1 else None
    cut = []
    for sentence in note.sentences:
        if first is not None and sentence.start == first.start:
            continue  # the thanks
        if not any(p.start <= sentence.start and sentence.end <= p.end for p in middle):
            continue
        if any(sentence.start <= start < sentence.end for start, _ in spots):
            cut.append(sentence)
    if not cut:
        return None
    body = message.body
    asks = []
    for sentence in reversed(cut):
        text = " ".join(sentence.text.split())
        asks.append(f"Rewrite in plain words, or leave out: \u201c{text}\u201d "
                    "(it reads as jotted, so it was taken out of the note)")
        end = sentence.end
        while end < len(body) and body[end] in " \t":
            end += 1  # the space before the next sentence goes with it
        body = body[:sentence.start] + body[end:]
    body = re.sub(r"\n{3,}", "\n\n", re.sub(r"[ \t]+\n", "\n", body))
    return body, list(reversed(asks))
