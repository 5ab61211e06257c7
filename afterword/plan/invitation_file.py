"""A calendar invitation as an interview file, with what was understood from it, to show the user.

Pure: the invitation's bytes in, the interview file's text (TOML) out, for
`model.service.add_interview` or the web form; nothing is stored here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from afterword.errors import InvalidInput
from afterword.plan.invitation import Invitation, Person, read_invitation


@dataclass(frozen=True)
class ImportedInvitation:
    """An invitation read into an interview file, with what was understood, to show the user."""

    text: str  # the interview file (TOML), for `add_interview`
    understood: tuple[str, ...]  # "When: ...", "Interviewers: ...", one line each
    notices: tuple[str, ...]  # what the user should check (a series, a guessed zone)


# Zoom's calendar files name the host only in the description.
_ZOOM_HOST = re.compile(r"^(.{1,100}?) is inviting you to a scheduled Zoom meeting", re.MULTILINE)


def import_invitation(data: bytes, *, company: str, role: str, own_emails: list[str],
                      default_zone: str, source: str,
                      now: datetime | None = None) -> ImportedInvitation:
    """An interview file from a calendar invitation, and what was understood from it.

    The people become the interviewers, the organizer the point of contact; a team mailbox
    ("Northwind Recruiting", careers@...) is no person to thank: the first one becomes the
    recruiter. Raises InvalidInput when the invitation names no one to write to.
    """
    import tomlkit

    invite = read_invitation(data, own_emails=tuple(own_emails), default_zone=default_zone,
                             source=source, now=now)
    listed = [p for p in invite.people if p.name or p.email]
    mailboxes = [p for p in listed if p.is_mailbox]
    people = [p for p in listed if not p.is_mailbox]
    if not people:
        raise InvalidInput(_nobody(invite, source, mailboxes),
                           hint="Add the interview with `afterword new`, or write an interview "
                                "file (docs/interview-file.md).")
    tz_name = invite.timezone
    doc = tomlkit.document()
    doc.add(tomlkit.comment(f"Imported from {source}"))
    application: dict[str, Any] = {"company": company, "role": role}
    recruiter = mailboxes[0] if mailboxes else None
    if recruiter is not None:
        application["recruiter"] = {k: v for k, v in (("name", recruiter.name),
                                                      ("email", recruiter.email)) if v}
    doc["application"] = application
    interview: dict[str, Any] = {
        "start": invite.start.replace(tzinfo=None),
        "end": invite.end.replace(tzinfo=None),
        "timezone": tz_name,
    }
    if invite.summary or invite.description:
        interview["notes"] = "\n".join(x for x in (invite.summary, invite.description) if x)
    doc["interview"] = interview
    table = tomlkit.aot()
    organizer = invite.organizer if invite.organizer in people else None
    for person in people:
        # With no display name, the address's local part stands in ("e.petrova").
        name = person.name or (person.email or "").split("@")[0]
        entry: dict[str, Any] = {"name": name}
        if person.email:
            entry["email"] = person.email
        if person is organizer:
            entry["point_of_contact"] = True  # the organizer arranged it
        table.append(tomlkit.item(entry))
    doc["interviewers"] = table
    return ImportedInvitation(tomlkit.dumps(doc), _understood(invite, people, organizer,
                                                               recruiter, mailboxes),
                              _invitation_notices(invite, source, bool(own_emails)))


def _nobody(invite: Invitation, source: str, mailboxes: list[Person]) -> str:
    if mailboxes:
        names = ", ".join(p.display_name for p in mailboxes)
        return (f"{source} names only a team mailbox ({names}), no interviewer to thank")
    if invite.listed_you:
        return f"{source}: the invitation names nobody but you"
    host = _ZOOM_HOST.search(invite.description or "")
    said = f" (its description says {host.group(1).strip()} invited you)" if host else ""
    return (f"{source} lists no organizer or guests{said}, as Zoom's calendar files do, so "
            "there is nobody to thank")


def _understood(invite: Invitation, people: list[Person], organizer: Person | None,
                recruiter: Person | None, mailboxes: list[Person]) -> tuple[str, ...]:
    from afterword.plan.working_time import day_text

    start, end = invite.start, invite.end
    lines = [f"When: {day_text(start, invite.timezone)} {start.year}, {start:%H:%M} to {end:%H:%M} "
             f"({invite.timezone}"
             + (f", from the invitation's \"{invite.zone_from}\"" if invite.zone_from else "")
             + ")"]
    names = [p.display_name for p in people]
    if organizer is not None:
        names[people.index(organizer)] += " (point of contact: the organizer)"
    lines.append("Interviewers: " + ", ".join(names))
    if recruiter is not None:
        who = recruiter.name or recruiter.email
        address = f" <{recruiter.email}>" if recruiter.name and recruiter.email else ""
        lines.append(f"Recruiter: {who}{address}, a team mailbox rather than a person"
                     + (", so follow-ups go there" if organizer is None else ""))
    left = [f"{p.display_name} (another team mailbox)" for p in mailboxes[1:]]
    if invite.listed_you:
        left.append("you")
    if invite.rooms:
        left.append(f"{invite.rooms} room" + ("s" if invite.rooms > 1 else ""))
    if left:
        lines.append("Left out: " + ", ".join(left))
    return tuple(lines)


def _invitation_notices(invite: Invitation, source: str, know_you: bool) -> tuple[str, ...]:
    from afterword.plan.working_time import day_text

    notes = []
    if not know_you:
        notes.append("Your e-mail address is not set, so Afterword could not leave you out of "
                     "the interviewers: set it with `afterword profile set email`, and remove "
                     "yourself with `afterword edit` if you are listed.")
    if invite.repeats:
        notes.append(f"{source} is a repeating meeting ({invite.repeats}); Afterword keeps the "
                     f"one on {day_text(invite.start, invite.timezone)} at "
                     f"{invite.start:%H:%M}. If your interview was "
                     "another one, correct its start and end with `afterword edit`.")
    if invite.zone_from:
        notes.append(f"{source} names its time zone \"{invite.zone_from}\"; its clock matches "
                     f"{invite.timezone}, which decides the interviewers' working hours and "
                     "holidays. Correct it with `afterword edit` if they are elsewhere.")
    if invite.encoding:
        notes.append(f"{source} was not saved as UTF-8; it was read as Western European text "
                     f"({invite.encoding}). Check that the names are spelled right.")
    return tuple(notes)
