"""Between the interview file and the stored record: build rows from a file, and a file from rows."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from afterword.model.interview_file import Parsed
from afterword.model.record import Application, Interview, Interviewer
from afterword.model.timeframe import resolve_timeframe
from afterword.timezones import zone


def apply_application(app: Application, parsed: Parsed, now: datetime) -> None:
    """Copy the file's `[application]` onto `app`."""
    a = parsed.data.application
    app.company = a.company
    app.role = a.role
    app.posting_url = a.posting_url
    app.status = str(a.status)
    app.values = a.values
    app.recruiter_name = a.recruiter.name if a.recruiter else None
    app.recruiter_email = a.recruiter.email if a.recruiter else None
    app.updated_at = now


# The application's fields as `add` names them when a new round changes one.
_APPLICATION_WORDS = {
    "company": "company", "role": "role", "posting_url": "posting URL", "status": "status",
    "values": "values", "recruiter_name": "recruiter's name",
    "recruiter_email": "recruiter's e-mail",
}


def merge_application(app: Application, parsed: Parsed, now: datetime) -> list[str]:
    """Copy onto `app` only what the file's `[application]` states; returns what changed.

    For a new round of a stored application: a file that leaves out the posting URL, values or
    recruiter keeps the stored ones, and a value it gives wins (`edit` can still clear one).
    """
    a = parsed.data.application
    given: dict[str, str | None] = {"company": a.company, "role": a.role}
    if "posting_url" in a.model_fields_set:
        given["posting_url"] = a.posting_url
    if "status" in a.model_fields_set:
        given["status"] = str(a.status)
    if "values" in a.model_fields_set:
        given["values"] = a.values
    if a.recruiter is not None:
        if "name" in a.recruiter.model_fields_set:
            given["recruiter_name"] = a.recruiter.name
        if "email" in a.recruiter.model_fields_set:
            given["recruiter_email"] = a.recruiter.email
    changes = []
    for name, value in given.items():
        before = getattr(app, name)
        if value is None or value == before:
            continue
        setattr(app, name, value)
        changes.append(f"{_APPLICATION_WORDS[name]} {_brief(before)} \u2192 {_brief(value)}")
    if changes:
        app.updated_at = now
    return changes


def _brief(value: str | None) -> str:
    if not value:
        return "(none)"
    line = value.splitlines()[0]
    return f"\u201c{line[:60]}\u2026\u201d" if len(line) > 60 or "\n" in value else f"\u201c{line}\u201d"


def apply_interview(interview: Interview, parsed: Parsed) -> None:
    """Copy the file's `[interview]` and `[[interviewers]]` onto `interview` (replacing its people)."""
    iv = parsed.data.interview
    interview.starts_at = parsed.start
    interview.ends_at = parsed.end
    interview.timezone = parsed.zone
    interview.format = str(iv.format) if iv.format else None
    interview.timeframe = iv.timeframe
    # Days to the deadline, for readers of the record; the plan resolves the words itself,
    # with the point of contact's holidays.
    from afterword.plan.public_holidays import named_days  # holidays named in the words
    from afterword.timezones import country_for_zone

    said = resolve_timeframe(iv.timeframe, parsed.end.astimezone(zone(parsed.zone)).date(),
                             named_day=named_days(country_for_zone(parsed.zone)))
    interview.timeframe_days = said.days if said else None
    interview.topics = list(iv.topics)
    # raised_by is kept only when given, so records stored before it existed read the same.
    interview.concerns = [{"concern": c.concern, "answer": c.answer,
                           **({"raised_by": c.raised_by} if c.raised_by else {})}
                          for c in iv.concerns]
    interview.improvements = [{"answer": i.answer, "addition": i.addition,
                               **({"raised_by": i.raised_by} if i.raised_by else {})}
                              for i in iv.improve]
    interview.qualifications = list(iv.qualifications)
    interview.notes = iv.notes
    # Keep each person's row (and so the notes written to them) across edits: match by
    # name, else (a renamed person) by position; people no longer in the file are removed.
    existing = list(interview.interviewers)
    wanted = {p.name.casefold() for p in parsed.data.interviewers}
    unclaimed = [r for r in existing if r.name.casefold() not in wanted]
    people = []
    for position, p in enumerate(parsed.data.interviewers):
        row = next((r for r in existing if r.name.casefold() == p.name.casefold()), None)
        if row is None and position < len(existing) and existing[position] in unclaimed:
            row = existing[position]
            unclaimed.remove(row)
        row = row or Interviewer()
        row.position = position
        row.name = p.name
        row.title = p.title
        row.email = p.email
        row.linkedin = p.linkedin
        row.channel = str(p.channel)
        row.timezone = p.timezone
        row.country = p.country
        row.point_of_contact = p.point_of_contact
        row.topics = list(p.topics)
        row.rapport = p.rapport
        people.append(row)
    interview.interviewers = people


def to_file_text(interview: Interview) -> str:
    """The interview as an interview file (TOML), as a user would write it: for `edit`."""
    import tomlkit

    from afterword.timezones import zone

    app = interview.application
    tz = zone(interview.timezone)
    doc = tomlkit.document()
    doc.add(tomlkit.comment(f"Interview {interview.id}: edit and save; docs/interview-file.md."))
    a = tomlkit.table()
    a["company"] = app.company
    a["role"] = app.role
    _put(a, "posting_url", app.posting_url)
    a["status"] = app.status
    _put(a, "values", app.values, multiline=True)
    if app.recruiter_name or app.recruiter_email:
        r = tomlkit.table()
        _put(r, "name", app.recruiter_name)
        _put(r, "email", app.recruiter_email)
        a["recruiter"] = r
    doc["application"] = a
    i = tomlkit.table()
    i["start"] = interview.starts_at.astimezone(tz).replace(tzinfo=None)
    i["end"] = interview.ends_at.astimezone(tz).replace(tzinfo=None)
    i["timezone"] = interview.timezone
    _put(i, "format", interview.format)
    _put(i, "timeframe", interview.timeframe)
    if interview.topics:
        i["topics"] = list(interview.topics)
    if interview.qualifications:
        i["qualifications"] = list(interview.qualifications)
    _put(i, "notes", interview.notes, multiline=True)
    if interview.concerns:
        concerns = tomlkit.aot()
        for c in interview.concerns:
            t = tomlkit.table()
            t["concern"] = c["concern"]
            _put(t, "answer", c.get("answer"))
            _put(t, "raised_by", c.get("raised_by"))
            concerns.append(t)
        i["concerns"] = concerns
    if interview.improvements:
        improve = tomlkit.aot()
        for imp in interview.improvements:
            t = tomlkit.table()
            t["answer"] = imp["answer"]
            _put(t, "addition", imp.get("addition"))
            _put(t, "raised_by", imp.get("raised_by"))
            improve.append(t)
        i["improve"] = improve
    doc["interview"] = i
    people = tomlkit.aot()
    for p in interview.interviewers:
        t = tomlkit.table()
        t["name"] = p.name
        _put(t, "title", p.title)
        _put(t, "email", p.email)
        _put(t, "linkedin", p.linkedin)
        t["channel"] = p.channel
        _put(t, "timezone", p.timezone)
        _put(t, "country", p.country)
        if p.point_of_contact:
            t["point_of_contact"] = True
        if p.topics:
            t["topics"] = list(p.topics)
        _put(t, "rapport", p.rapport, multiline=True)
        people.append(t)
    doc["interviewers"] = people
    return tomlkit.dumps(doc)


def _put(table: Any, key: str, value: str | None, *, multiline: bool = False) -> None:
    import tomlkit

    if value is None or value == "":
        return
    if multiline and "\n" in value:
        table[key] = tomlkit.string(value, multiline=True)
    else:
        table[key] = value


def to_dict(interview: Interview) -> dict[str, Any]:
    """The interview as plain JSON-ready data (for `show --format json` and the web app)."""
    app = interview.application
    return {
        "id": interview.id,
        "application": {
            "id": app.id,
            "company": app.company,
            "role": app.role,
            "posting_url": app.posting_url,
            "status": app.status,
            "values": app.values,
            "recruiter": (
                {"name": app.recruiter_name, "email": app.recruiter_email}
                if app.recruiter_name or app.recruiter_email
                else None
            ),
        },
        "start": interview.starts_at.isoformat(),
        "end": interview.ends_at.isoformat(),
        "timezone": interview.timezone,
        "format": interview.format,
        "timeframe": interview.timeframe,
        "timeframe_days": interview.timeframe_days,
        "topics": list(interview.topics),
        "concerns": list(interview.concerns),
        "improve": list(interview.improvements),
        "qualifications": list(interview.qualifications),
        "notes": interview.notes,
        "interviewers": [
            {
                "id": p.id,
                "name": p.name,
                "title": p.title,
                "email": p.email,
                "linkedin": p.linkedin,
                "channel": p.channel,
                "timezone": p.timezone,
                "country": p.country,
                "point_of_contact": p.point_of_contact,
                "topics": list(p.topics),
                "rapport": p.rapport,
            }
            for p in interview.interviewers
        ],
    }
