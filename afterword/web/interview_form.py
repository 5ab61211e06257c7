"""The interview form: the fields of the interview file, to and from its TOML text.

Every field is named by its key in the file ("application.company", "interviewers[2].email"),
so the file's own validation (`parse_interview_text`) checks the form and its errors land
next to the field they name. Nothing here decides what is valid.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from afterword.errors import InvalidInput

SOURCE = "the form"
GROUPS = {  # repeated blocks: their key prefix and their fields
    "interviewers": ("interviewers", ("name", "title", "email", "linkedin", "channel", "timezone",
                                      "country", "point_of_contact", "topics", "rapport")),
    "concerns": ("interview.concerns", ("concern", "answer", "raised_by")),
    "improve": ("interview.improve", ("answer", "addition", "raised_by")),
}
APPLICATION = ("company", "role", "posting_url", "status", "values")
RECRUITER = ("name", "email")
INTERVIEW = ("start", "end", "timezone", "format", "timeframe", "topics", "qualifications",
             "notes")
# Fields typed one item per line that the file holds as lists.
LISTS = {"interview.topics", "interview.qualifications"}
PERSON_LISTS = {"topics"}
_ERROR_LINE = re.compile(r"^.*?, line [^:]*: (?P<key>[\w.\[\]]+) (?P<msg>.*)$")
_UNKNOWN_LINE = re.compile(r"^.*?, line (?P<line>\d+): (?P<key>[\w.\[\]]+) "
                           r"is not a field of the interview file(?P<rest>.*)$")
_INDEXED = re.compile(r"^(?P<prefix>[\w.]+)\[(?P<n>\d+)\]\.(?P<field>\w+)$")


@dataclass
class InterviewForm:
    """The form's values by key, how many of each repeated block, and errors by key."""

    values: dict[str, str] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=lambda: {"interviewers": 1, "concerns": 0,
                                                            "improve": 0})
    errors: dict[str, str] = field(default_factory=dict)
    general: list[str] = field(default_factory=list)  # errors that name no field
    # A file's keys the form has no field for (a typo such as "compnay"): what they held is
    # not in the form, and saying so beats dropping it silently.
    left_out: list[str] = field(default_factory=list)

    def get(self, key: str) -> str:
        return self.values.get(key, "")

    def key(self, group: str, n: int, name: str) -> str:
        return f"{GROUPS[group][0]}[{n}].{name}"

    @property
    def has_errors(self) -> bool:
        return bool(self.errors or self.general)


# Free-text fields and web addresses have their own limits (model/limits.py); every other
# field, and each item of a one-per-line list, is one line.
_TEXT_FIELDS = {"values", "notes", "answer", "addition", "rapport"}
_URL_FIELDS = {"posting_url", "linkedin"}


def flag_over_limits(form: InterviewForm) -> None:
    """Mark stored values longer than today's limits: shown whole, flagged, never cut."""
    from afterword.model import limits

    for key, value in form.values.items():
        name = key.rsplit(".", 1)[-1]
        if name in ("start", "end"):
            continue
        if key in LISTS or name in PERSON_LISTS:  # one item per line, each a line
            lines, limit = value.splitlines(), limits.LINE
        else:
            lines = [value]
            limit = (limits.URL if name in _URL_FIELDS else
                     limits.TEXT if name in _TEXT_FIELDS else limits.LINE)
        for line in lines:
            reason = limits.too_long(line, limit)
            if reason:
                form.errors.setdefault(key, f"This {reason} before you save (it was stored "
                                            "before the limit).")
                break


def from_post(posted: dict[str, str]) -> InterviewForm:
    """The form as posted; blocks are renumbered 1..n in their order."""
    form = InterviewForm(counts={g: 0 for g in GROUPS})
    blocks: dict[str, dict[int, dict[str, str]]] = {g: {} for g in GROUPS}
    prefixes = {prefix: group for group, (prefix, _) in GROUPS.items()}
    for key, value in posted.items():
        match = _INDEXED.match(key)
        if match and match["prefix"] in prefixes:
            group = prefixes[match["prefix"]]
            blocks[group].setdefault(int(match["n"]), {})[match["field"]] = value
        elif key.startswith(("application.", "interview.")):
            form.values[key] = value
    for group, rows in blocks.items():
        for n, row in enumerate((rows[i] for i in sorted(rows)), start=1):
            for name, value in row.items():
                form.values[form.key(group, n, name)] = value
            form.counts[group] = n
    return form


def block_of(key: str) -> str | None:
    """The repeated group a key belongs to ("interviewers[2].name" -> "interviewers")."""
    match = _INDEXED.match(key)
    prefixes = {prefix: group for group, (prefix, _) in GROUPS.items()}
    return prefixes.get(match["prefix"]) if match else None


def block_typed(form: InterviewForm, group: str, n: int) -> bool:
    """Whether block `n` of `group` has something typed in it (a channel alone is the
    form's default, not something typed)."""
    return any(form.get(form.key(group, n, name)).strip()
               for name in GROUPS[group][1] if name != "channel")


def typed_blocks(form: InterviewForm, group: str) -> bool:
    """Whether any block of `group` has something typed in it."""
    return any(block_typed(form, group, n) for n in range(1, form.counts[group] + 1))


def add_block(form: InterviewForm, group: str) -> None:
    form.counts[group] += 1
    if group == "interviewers":
        form.values[form.key(group, form.counts[group], "channel")] = "email"


def remove_block(form: InterviewForm, group: str, n: int) -> None:
    """Drop block `n` of `group`, moving the later ones up."""
    prefix, names = GROUPS[group]
    count = form.counts[group]
    if not 1 <= n <= count:
        return
    for i in range(n, count):
        for name in names:
            form.values[form.key(group, i, name)] = form.values.get(form.key(group, i + 1, name),
                                                                    "")
    for name in names:
        form.values.pop(form.key(group, count, name), None)
    form.counts[group] = count - 1


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def to_file_text(form: InterviewForm) -> str:
    """The interview file (TOML) the form describes; empty fields are left out."""
    import tomlkit

    def put(table: dict[str, Any], name: str, key: str, *, as_list: bool = False) -> None:
        value = form.get(key)
        if as_list:
            if _lines(value):
                table[name] = _lines(value)
        elif value.strip():
            table[name] = value

    application: dict[str, Any] = {}
    for name in APPLICATION:
        put(application, name, f"application.{name}")
    recruiter: dict[str, Any] = {}
    for name in RECRUITER:
        put(recruiter, name, f"application.recruiter.{name}")
    if recruiter:
        application["recruiter"] = recruiter
    interview: dict[str, Any] = {}
    for name in INTERVIEW:
        put(interview, name, f"interview.{name}", as_list=f"interview.{name}" in LISTS)
    for group in ("concerns", "improve"):
        rows = _rows(form, group)
        if rows:
            interview[group] = rows
    doc: dict[str, Any] = {"application": application, "interview": interview,
                           "interviewers": _rows(form, "interviewers")}
    return tomlkit.dumps(doc)


def _rows(form: InterviewForm, group: str) -> list[dict[str, Any]]:
    _, names = GROUPS[group]
    rows = []
    for n in range(1, form.counts[group] + 1):
        row: dict[str, Any] = {}
        for name in names:
            value = form.get(form.key(group, n, name))
            if name == "point_of_contact":
                if value:
                    row[name] = True
            elif name in PERSON_LISTS and group == "interviewers":
                if _lines(value):
                    row[name] = _lines(value)
            elif value.strip():
                row[name] = value
        # A block left wholly empty (an interviewer added, then not filled) is dropped;
        # a channel alone is the form's default, not something typed.
        if {k for k in row if k != "channel"}:
            rows.append(row)
    return rows


def attach_errors(form: InterviewForm, exc: InvalidInput) -> None:
    """Put each line of a validation error next to the field its key names."""
    for line in exc.message.splitlines():
        match = _ERROR_LINE.match(line)
        if match is None:
            form.general.append(line)
            continue
        key, message = match["key"], _plain(match["key"], match["msg"])
        if (key in form.values or key == "interviewers" or _INDEXED.match(key)
                or key.startswith(("application.", "interview."))):
            form.errors.setdefault(key, message)
        else:
            form.general.append(f"{key}: {message}")


def _left_out(exc: InvalidInput) -> list[str]:
    """One sentence per unknown key in a file's validation error, with its line."""
    out = []
    for line in exc.message.splitlines():
        match = _UNKNOWN_LINE.match(line)
        if match is not None:
            name = match["key"].rsplit(".", 1)[-1]
            guess = match["rest"].removeprefix("; ").strip()  # "did you mean company?"
            out.append(f"line {match['line']}: \u201c{name}\u201d is not a field of the interview "
                       f"file{f' ({guess})' if guess else ''}, so what it holds was left out: "
                       "type it in the form below.")
    return out


def validate(form: InterviewForm, zone: str) -> None:
    """Mark the form's problems on its fields, as saving would (nothing is stored)."""
    from afterword.model.interview_file import parse_interview_text

    form.errors.clear()
    form.general.clear()
    try:
        parse_interview_text(to_file_text(form), source=SOURCE, default_zone=zone)
    except InvalidInput as exc:
        attach_errors(form, exc)


def refuse_unreadable(form: InterviewForm, posted: dict[str, str], zone: str) -> bool:
    """With a field the browser could not read: every problem marked, True (store nothing)."""
    probe = InterviewForm()
    if not mark_unreadable(probe, posted):
        return False
    validate(form, zone)
    form.errors.update(probe.errors)  # "incomplete", not the "Required" an empty field gets
    return True


# What the form calls each field, for the list of problems at the top of the page.
LABELS = {
    "company": "Company", "role": "Role", "posting_url": "Job posting", "status": "Status",
    "values": "The company's values", "start": "Started", "end": "Ended",
    "timezone": "Time zone", "format": "Format", "timeframe": "When they would decide",
    "topics": "Topics", "qualifications": "Your qualifications", "notes": "Notes",
    "concern": "Their concern", "answer": "Answer", "addition": "What you wish you had said",
    "raised_by": "Who asked",
    "name": "Name", "title": "Job title", "email": "E-mail", "linkedin": "LinkedIn profile",
    "channel": "How to thank them", "country": "Country", "rapport": "Something you shared",
    "interviewers": "Who you met",
}
_BLOCK_WORDS = {"interviewers": "Interviewer", "interview.concerns": "Concern",
                "interview.improve": "Answer to improve"}


def label(key: str) -> str:
    """"interviewers[2].email" -> "Interviewer 2: E-mail"; "application.recruiter.email" ->
    "Recruiter: E-mail"."""
    match = _INDEXED.match(key)
    if match:
        return (f"{_BLOCK_WORDS.get(match['prefix'], match['prefix'])} {match['n']}: "
                f"{LABELS.get(match['field'], match['field'])}")
    last = key.rsplit(".", 1)[-1]
    prefix = "Recruiter: " if ".recruiter." in key else ""
    return prefix + LABELS.get(last, key)


# A date field the browser could not read arrives empty; app.js names it in "unreadable".
UNREADABLE_DATE = ("This date or time is incomplete or does not exist (such as 30 February): "
                   "check the day, month, year, hours and minutes, or pick it from the calendar.")


def mark_unreadable(form: InterviewForm, posted: dict[str, str]) -> bool:
    """Mark the fields the browser could not read (posted as "unreadable"); True if any."""
    keys = [k for k in posted.get("unreadable", "").split(",")
            if k.startswith(("application.", "interview.", "interviewers["))]
    for key in keys:
        form.errors[key] = UNREADABLE_DATE
    return bool(keys)


def _plain(key: str, message: str) -> str:
    if message == "is required but missing":
        return "Required: please fill it in."
    if key in ("interview.start", "interview.end") and message.endswith(
            "is not a date and time"):
        return (f"{message[:1].upper() + message[1:]}: write it as 2026-03-02 14:00, or pick "
                "it from the calendar.")
    if key == "interviewers" and message.startswith("needs at least one person"):
        return "Add at least one interviewer, with a name."
    return message[:1].upper() + message[1:]


def _local(value: Any, zone_name: str | None) -> str:
    """A time as the datetime-local field shows it ("2026-03-02T14:00"), in `zone_name`."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(value, datetime):
        if value.tzinfo is not None and zone_name:
            from afterword.timezones import zone

            value = value.astimezone(zone(zone_name))
        return value.strftime("%Y-%m-%dT%H:%M")
    if isinstance(value, date):
        return value.strftime("%Y-%m-%dT09:00")
    return ""


def from_data(data: dict[str, Any], *, zone_name: str | None = None) -> InterviewForm:
    """The form filled from interview-file-shaped data (a file, or a stored record)."""
    form = InterviewForm(counts={g: 0 for g in GROUPS})
    app = data.get("application") or {}
    interview = data.get("interview") or {}
    zone_name = zone_name or interview.get("timezone")
    for name in APPLICATION:
        form.values[f"application.{name}"] = _text(app.get(name))
    recruiter = app.get("recruiter") or {}
    for name in RECRUITER:
        form.values[f"application.recruiter.{name}"] = _text(recruiter.get(name))
    for name in INTERVIEW:
        value = interview.get(name)
        if name in ("start", "end"):
            form.values[f"interview.{name}"] = _local(value, zone_name) if value else ""
        else:
            form.values[f"interview.{name}"] = _text(value)
    if zone_name:
        form.values["interview.timezone"] = zone_name
    for group, key in (("concerns", "concerns"), ("improve", "improve")):
        for row in interview.get(key) or []:
            if isinstance(row, str):
                row = {"concern": row}
            add_block(form, group)
            for name in GROUPS[group][1]:
                form.values[form.key(group, form.counts[group], name)] = _text(row.get(name))
    for person in data.get("interviewers") or []:
        add_block(form, "interviewers")
        n = form.counts["interviewers"]
        for name in GROUPS["interviewers"][1]:
            value = person.get(name)
            if name == "point_of_contact":
                form.values[form.key("interviewers", n, name)] = "on" if value else ""
            elif name == "channel":
                form.values[form.key("interviewers", n, name)] = _text(value) or "email"
            else:
                form.values[form.key("interviewers", n, name)] = _text(value)
    return form


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "\n".join(str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def from_record(record: dict[str, Any]) -> InterviewForm:
    """The form filled from a stored interview (`show_interview`)."""
    interview = {k: record.get(k) for k in INTERVIEW}
    interview["concerns"] = record.get("concerns")
    interview["improve"] = record.get("improve")
    return from_data({"application": record["application"], "interview": interview,
                      "interviewers": record.get("interviewers")},
                     zone_name=record.get("timezone"))


def from_file_text(text: str, *, default_zone: str) -> InterviewForm:
    """The form filled from an interview file; its validation errors are shown on the fields.

    Raises InvalidInput when the text is not TOML at all (nothing to fill the form with).
    """
    import tomllib

    from afterword.model.interview_file import parse_interview_text, plain_toml_error

    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        said, hint = plain_toml_error(str(exc), text)
        raise InvalidInput(f"this file is not an interview file: {said}",
                           hint=hint or "Check it, or fill in the form instead.") from None
    try:
        parsed = parse_interview_text(text, source=SOURCE, default_zone=default_zone)
    except InvalidInput as exc:
        form = from_data(raw if isinstance(raw, dict) else {})
        attach_errors(form, exc)
        form.left_out = _left_out(exc)
        return form
    data = parsed.data.model_dump(mode="python")
    data["interview"]["start"] = parsed.start
    data["interview"]["end"] = parsed.end
    data["interview"]["timezone"] = parsed.zone
    for person in data["interviewers"]:
        person["channel"] = str(person.get("channel") or "email")
    data["application"]["status"] = str(data["application"].get("status") or "")
    if data["interview"].get("format"):
        data["interview"]["format"] = str(data["interview"]["format"])
    return from_data(data, zone_name=parsed.zone)
