"""The capture use cases: add, list, show, edit, set status, delete. One transaction each."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from afterword.errors import InvalidInput
from afterword.model import capture
from afterword.model.enums import ApplicationStatus, values
from afterword.model.interview_file import Parsed, parse_interview_text
from afterword.model.record import Application, Interview
from afterword.store import queries
from afterword.store.db import Store

if TYPE_CHECKING:
    from afterword.config import Config


@dataclass
class Added:
    """What `add` stored, and what the user should know about how it read the file."""

    interview_id: int
    application_id: int
    company: str
    role: str
    interviewers: int
    new_round: bool
    notices: list[str] = field(default_factory=list)


def add_interview(
    store: Store, text: str, *, source: str, default_zone: str, now: datetime,
    config: Config | None = None,
) -> Added:
    """Validate an interview file and store it; a file for a stored company and role adds a round.

    Raises InvalidInput (naming the key and line) and stores nothing when the file is invalid.
    """
    parsed = parse_interview_text(text, source=source, default_zone=default_zone)
    with store.transaction() as session:
        a = parsed.data.application
        app = queries.open_application(session, a.company, a.role)
        new_round = app is not None
        changes: list[str] = []
        if app is None:
            app = Application(created_at=now)
            session.add(app)
            capture.apply_application(app, parsed, now)
        else:
            _refuse_a_stored_interview(app, parsed)
            status_before = app.status
            changes = capture.merge_application(app, parsed, now)
            if app.status != status_before:  # logged as `afterword status` would, for the plan
                from afterword.plan.service import record_status

                record_status(session, app, app.status, now)
        interview = Interview(created_at=now)
        capture.apply_interview(interview, parsed)
        app.interviews.append(interview)
        session.flush()
        notices = list(parsed.notices) + _timeframe_notice(interview, config)
        if new_round:
            notices.append(
                f"{app.company} ({app.role}) was already stored: added as a new round"
                + ("; this file changed its " + "; ".join(changes) if changes else "")
                + "."
            )
        return Added(
            interview.id, app.id, app.company, app.role, len(interview.interviewers),
            new_round, notices,
        )


def _end_follows_start(interview: Interview, parsed: Parsed) -> None:
    """A start moved and an end left as it was: the interview keeps its length (the edit file
    shows an `end` line the user may never have written), and a notice says so."""
    # Stored moments come back aware (UTC), the file's are aware: == compares the instants.
    if interview.starts_at == parsed.start or interview.ends_at != parsed.end:
        return
    parsed.end = parsed.start + (interview.ends_at - interview.starts_at)
    from afterword.timezones import zone

    parsed.notices.append(
        "The interview's start moved, so its end moved with it, to "
        f"{parsed.end.astimezone(zone(parsed.zone)):%H:%M}: change `end` too if it ran longer.")


def _refuse_a_stored_interview(app: Application, parsed: Parsed) -> None:
    """The same file added twice would store the interview twice (and plan every thank-you
    twice): an interview of the application that starts at the same moment is that one."""
    for stored in app.interviews:
        if stored.starts_at == parsed.start:
            raise InvalidInput(
                f"This interview ({app.company}, {app.role}, starting {parsed.start:%Y-%m-%d %H:%M}) "
                f"is already stored as interview {stored.id}: nothing was added.",
                hint=f"To change it, run `afterword edit {stored.id}`. A later round needs its "
                     "own start time.")


def _timeframe_notice(interview: Interview, config: Config | None) -> list[str]:
    """What Afterword understood of the stated timeframe: the date, or that it could not read one."""
    if not interview.timeframe:
        return []
    said = _deadline(interview, config)
    if said is None:
        return []
    if said["decision_by"]:
        return [f"Decision timeframe \u201c{interview.timeframe}\u201d: Afterword reads it as "
                f"{said['decision_text']}; the follow-up is planned after that."]
    return [said["decision_text"]]


def _deadline(interview: Interview, config: Config | None) -> dict[str, Any] | None:
    from afterword.dates import user_locale
    from afterword.plan.service import deadline_text, interview_deadline

    deadline = interview_deadline(interview, config)
    if deadline is None:
        return None
    return {"decision_by": deadline.by.isoformat() if deadline.by else None,
            "decision_text": deadline_text(deadline, user_locale(config), interview.id)}


def list_interviews(store: Store) -> list[dict[str, Any]]:
    """One row per interview, newest first: id, company, role, start, status, next step."""
    with store.transaction() as session:
        return [
            {
                "id": iv.id,
                "company": iv.application.company,
                "role": iv.application.role,
                "start": iv.starts_at.isoformat(),
                "timezone": iv.timezone,
                "status": iv.application.status,
                "interviewers": [p.name for p in iv.interviewers],
                # The planner (plan issue) fills this in; until then there is no next step.
                "next_step": None,
            }
            for iv in queries.interviews(session)
        ]


def show_interview(store: Store, interview_id: int, config: Config | None = None) -> dict[str, Any]:
    """The whole record of one interview, with its stated timeframe resolved; raises NotFound."""
    with store.transaction() as session:
        interview = queries.interview(session, interview_id)
        data = capture.to_dict(interview)
        data.update(_deadline(interview, config) or {"decision_by": None, "decision_text": None})
        return data


def interview_file_text(store: Store, interview_id: int) -> str:
    """The interview as an interview file, for editing."""
    with store.transaction() as session:
        return capture.to_file_text(queries.interview(session, interview_id))


@dataclass
class Replaced:
    """What saving an edited interview file did: one line per changed field, and notices."""

    changes: list[str]
    notices: list[str] = field(default_factory=list)


def replace_interview(
    store: Store, interview_id: int, text: str, *, source: str, default_zone: str,
    now: datetime, base: str | None = None, config: Config | None = None,
) -> Replaced:
    """Re-validate an edited interview file and store it in place; nothing changes if invalid.

    `base` is the file the edit started from: when the record changed since, only the fields
    the edit changed are applied (`file_diff.merge`), so a later change is never reverted.
    """
    from afterword.model import file_diff

    parsed = parse_interview_text(text, source=source, default_zone=default_zone)
    with store.transaction() as session:
        interview = queries.interview(session, interview_id)
        app = interview.application
        before = capture.to_file_text(interview)
        if base is not None and base != before:
            merged = file_diff.merge(base, text, before)
            parsed = parse_interview_text(
                merged, source=f"{source} (with the changes made since)",
                default_zone=default_zone)
        status_before, updated_before = app.status, app.updated_at
        _end_follows_start(interview, parsed)
        capture.apply_application(app, parsed, now)
        capture.apply_interview(interview, parsed)
        session.flush()
        changes = file_diff.changes(before, capture.to_file_text(interview))
        if not changes:
            app.updated_at = updated_before
            return Replaced([])
        if app.status != status_before:  # logged as `afterword status` would, for the plan
            from afterword.plan.service import record_status

            record_status(session, app, app.status, now)
        return Replaced(changes, list(parsed.notices) + _timeframe_notice(interview, config))


def set_status(store: Store, interview_id: int, status: str, *, now: datetime) -> dict[str, Any]:
    """Set the status of the interview's application; returns the company, role and statuses."""
    import difflib

    typed, status = status, status.strip().lower()  # "Offer" is what people type
    if status not in values(ApplicationStatus):
        close = difflib.get_close_matches(status, values(ApplicationStatus), n=1, cutoff=0.6)
        raise InvalidInput(
            f"{typed!r} is not a status" + (f"; did you mean {close[0]}?" if close else ""),
            hint="Valid statuses: " + ", ".join(values(ApplicationStatus)) + ".",
        )
    from afterword.plan.service import record_status

    with store.transaction() as session:
        app = queries.interview(session, interview_id).application
        before = app.status
        app.status = status
        app.updated_at = now
        cancelled = record_status(session, app, status, now) if status != before else []
        return {"company": app.company, "role": app.role, "before": before, "status": status,
                "cancelled": cancelled}


def delete_interview(store: Store, interview_id: int) -> dict[str, Any]:
    """Delete one interview (and its application when it was the last round)."""
    with store.transaction() as session:
        interview = queries.interview(session, interview_id)
        app = interview.application
        summary = {"id": interview_id, "company": app.company, "role": app.role}
        app.interviews.remove(interview)  # delete-orphan deletes it, its people and notes
        summary["application_deleted"] = not app.interviews
        if not app.interviews:
            session.delete(app)
        return summary


def describe(interview_id: int, store: Store, locale: str | None = None) -> str:
    """"Acme Analytics, Data Engineer, 2 March 2026": for confirmations."""
    from afterword.dates import day_month

    row = show_interview(store, interview_id)
    start = datetime.fromisoformat(row["start"])
    return (f"{row['application']['company']}, {row['application']['role']}, "
            f"{day_month(start, locale)} {start.year}")
