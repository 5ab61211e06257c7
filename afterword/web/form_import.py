"""The interview form filled from a chosen file: a calendar invitation (.ics) or an interview file.

Choosing a file and pressing Save is one path with reading it first (issue 15): the file's
values fill the form, what the person already typed fills what the file leaves empty (an
invitation never says the company or the role), and nothing is stored until the form is
saved. Nothing here stores anything.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from afterword.config import Config
from afterword.errors import InvalidInput
from afterword.web import interview_form as forms

# An invitation or interview file is a few kilobytes; refuse anything far larger.
MAX_IMPORT = 1024 * 1024
FILE_KEY = "file"  # the file field's name: its errors are shown beside it


@dataclass
class Upload:
    name: str
    data: bytes


@dataclass
class Imported:
    """The form as the file fills it, and what was understood from the file."""

    form: forms.InterviewForm
    name: str
    notes: list[str] = field(default_factory=list)  # warnings and what was understood
    notices: list[str] = field(default_factory=list)  # the warnings alone, kept after saving


def read_into(typed: forms.InterviewForm, upload: Upload, *, config: Config, zone: str,
              now: datetime) -> Imported:
    """The typed form filled from the file, its problems marked on the fields.

    Raises AfterwordError (InvalidInput) when the file cannot be read at all: too large,
    not text, not an invitation or an interview file.
    """
    from afterword.plan.invitation_file import import_invitation

    name, data = upload.name, upload.data
    if len(data) > MAX_IMPORT:
        raise InvalidInput(f"{name} is larger than a calendar invitation or an interview "
                           "file can be")
    company = typed.get("application.company").strip()
    role = typed.get("application.role").strip()
    notes: list[str] = []
    notices: list[str] = []
    invitation = name.lower().endswith(".ics") or data.lstrip().startswith(b"BEGIN:VCALENDAR")
    if invitation:
        own = [e for e in [config.get("profile.email")] if e]
        invite = import_invitation(data, company=company, role=role, own_emails=own,
                                   default_zone=zone, source=name, now=now)
        text, notes = invite.text, [*invite.notices, *invite.understood]
        notices = list(invite.notices)
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise InvalidInput(f"{name} is not a text file",
                               hint="Choose an .ics invitation or a .toml interview file.") \
                from None
    from_file = forms.from_file_text(text, default_zone=zone)
    form = merge(from_file, typed)
    forms.validate(form, zone)
    form.general.extend(f"{name}, {what}" for what in from_file.left_out)
    if invitation:
        for key, what in (("application.company", "the company"),
                          ("application.role", "the role")):
            if not form.get(key).strip():
                form.errors[key] = f"An invitation does not say {what}: type it here."
    return Imported(form, name, notes, notices)


def merge(from_file: forms.InterviewForm, typed: forms.InterviewForm) -> forms.InterviewForm:
    """The file's values, with what was typed where the file says nothing: a field the file
    leaves empty, a group (concerns, interviewers...) it has none of. Nothing typed is lost
    unless the file says otherwise."""
    merged = forms.InterviewForm(values=dict(from_file.values), counts=dict(from_file.counts))
    for key, value in typed.values.items():
        if forms.block_of(key) is None and value.strip() and not merged.get(key).strip():
            merged.values[key] = value
    for group in forms.GROUPS:
        if merged.counts[group] == 0 and forms.typed_blocks(typed, group):
            for n in range(1, typed.counts[group] + 1):
                for name in forms.GROUPS[group][1]:
                    key = typed.key(group, n, name)
                    merged.values[key] = typed.get(key)
            merged.counts[group] = typed.counts[group]
    return merged
