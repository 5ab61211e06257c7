"""Reading a calendar invitation (.ics) into the facts of an interview: when, where, and who.

Google Calendar, Outlook and Apple Calendar attach the meeting as an iCalendar file. The
start and end come back as aware times; the zone as an IANA name (Outlook's Windows
names, "Eastern Standard Time", are mapped; an unknown zone falls back to `default_zone`
with the times still exact). The organizer and attendees become people; rooms and other
resources, and the candidate's own addresses, are left out. Anything that cannot be read
raises `InvalidInput` before anything is returned, so nothing half-read is ever stored.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from afterword.errors import InvalidInput
from afterword.timezones import zone

_HINT = (
    "Save the invitation again from your calendar (as an .ics file), or add the interview by hand."
)
_ROLES = {
    "REQ-PARTICIPANT": "required",
    "OPT-PARTICIPANT": "optional",
    "CHAIR": "chair",
    "NON-PARTICIPANT": "non-participant",
}
_NOT_PEOPLE = frozenset({"ROOM", "RESOURCE"})
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "phd", "md", "mba", "esq"})
_PROPERTY_NAMES = {"DTSTART": "a start time", "DTEND": "an end time", "DURATION": "a duration"}
# Mozilla and others prefix IANA names: "/mozilla.org/20070129_1/Europe/Berlin".
_IANA_TAIL = re.compile(r"([A-Za-z]+(?:/[A-Za-z0-9_+\-]+)+)$")


@dataclass(frozen=True, slots=True)
class Person:
    """Someone on the invitation. `role`: organizer, required, optional, chair or non-participant."""

    name: str | None  # the display name (CN), None when the invitation gives only an address
    email: str | None
    role: str

    @property
    def display_name(self) -> str:
        return self.name or self.email or "Unknown"


@dataclass(frozen=True, slots=True)
class Invitation:
    """What an invitation says about an interview."""

    start: datetime  # aware, on the clock of `timezone`
    end: datetime
    timezone: str  # IANA name
    summary: str | None
    organizer: Person | None  # None when the candidate organized it
    attendees: tuple[Person, ...]  # without the organizer, rooms, or the candidate
    location: str | None
    description: str | None
    uid: str | None

    @property
    def people(self) -> tuple[Person, ...]:
        """The organizer, then the attendees: the interviewers to be."""
        return ((self.organizer,) if self.organizer else ()) + self.attendees


def read_invitation(
    data: bytes | str,
    *,
    own_emails: Iterable[str] = (),
    default_zone: str = "UTC",
    source: str = "The invitation",
) -> Invitation:
    """The interview an .ics invitation describes.

    `own_emails`: the candidate's addresses, left out of the people (compared without
    regard to case). `default_zone`: the zone for floating times and for zones that
    cannot be named (the user's own, usually). `source` names the file in errors.
    Raises InvalidInput for a file that is not a calendar, is damaged, cancels the
    meeting, holds no single timed event, or has an end that is not after its start.
    """
    from icalendar import Calendar

    raw = data.encode("utf-8") if isinstance(data, str) else data
    raw = raw.removeprefix(b"\xef\xbb\xbf").strip()
    if not raw.upper().startswith(b"BEGIN:VCALENDAR"):
        raise InvalidInput(
            f"{source} is not a calendar file: it should start with BEGIN:VCALENDAR.", hint=_HINT
        )
    try:
        with warnings.catch_warnings():
            # icalendar warns when it strips a vendor prefix from a zone id; the zone is
            # worked out again below, and a warning would only confuse the user.
            warnings.simplefilter("ignore")
            cal = Calendar.from_ical(raw)
            if str(cal.get("METHOD", "")).upper() == "CANCEL":
                raise InvalidInput(f"{source} cancels the meeting rather than inviting you to it.")
            event = _the_event(cal, source)
            _check_errors(event, source)
            zone_name = _zone_name(cal, event, default_zone)
            tz = zone(zone_name)
            start = _moment(event, "DTSTART", tz, source)
            end = _end(event, start, tz, source)
    except (ValueError, KeyError, IndexError, TypeError):
        # The library's message quotes raw bytes; the user needs to know what to do instead.
        raise InvalidInput(
            f"{source} is damaged or incomplete and could not be read.", hint=_HINT
        ) from None
    if end <= start:
        raise InvalidInput(
            f"{source} ends before it starts (start {start:%Y-%m-%d %H:%M}, "
            f"end {end:%Y-%m-%d %H:%M}).",
            hint=_HINT,
        )
    own = {e.strip().casefold() for e in own_emails}
    organizer = _person(event.get("ORGANIZER"), "organizer")
    if organizer is not None and organizer.email and organizer.email.casefold() in own:
        organizer = None
    seen = set(own) | ({organizer.email.casefold()} if organizer and organizer.email else set())
    attendees = []
    for address in _as_list(event.get("ATTENDEE")):
        if str(_param(address, "CUTYPE") or "").upper() in _NOT_PEOPLE:
            continue
        person = _person(
            address, _ROLES.get(str(_param(address, "ROLE") or "").upper(), "required")
        )
        if person is None or (person.email and person.email.casefold() in seen):
            continue
        if person.email:
            seen.add(person.email.casefold())
        attendees.append(person)
    return Invitation(
        start=start,
        end=end,
        timezone=zone_name,
        summary=_text(event.get("SUMMARY")),
        organizer=organizer,
        attendees=tuple(attendees),
        location=_text(event.get("LOCATION")),
        description=_text(event.get("DESCRIPTION")),
        uid=_text(event.get("UID")),
    )


def windows_zone(name: str) -> str | None:
    """The IANA zone for a Windows zone name ("W. Europe Standard Time" -> "Europe/Berlin")."""
    try:
        from tzlocal.windows_tz import win_tz
    except ImportError:  # pragma: no cover - tzlocal is a dependency; be safe if it moves
        win_tz = {}
    found = win_tz.get(name)
    if found is None:
        try:
            from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON
        except ImportError:  # pragma: no cover
            return None
        found = WINDOWS_TO_OLSON.get(name)
    return found


# -- the parts ---------------------------------------------------------------------------------


def _the_event(cal: Any, source: str) -> Any:
    events = list(cal.walk("VEVENT"))
    if not events:
        raise InvalidInput(f"{source} holds no event.", hint=_HINT)
    uids = {str(e.get("UID", "")) for e in events}
    if len(uids) > 1:
        raise InvalidInput(
            f"{source} holds {len(events)} events; save just the interview's invitation.",
            hint=_HINT,
        )
    # Several events with one UID: a repeating meeting and its exceptions; take the main one.
    return next((e for e in events if "RECURRENCE-ID" not in e), events[0])


def _check_errors(event: Any, source: str) -> None:
    """Refuse a property the library could not parse (icalendar 7 keeps them as 'broken')."""
    for name, problem in getattr(event, "errors", ()):
        what = _PROPERTY_NAMES.get(str(name).upper(), f"a {name} field")
        raise InvalidInput(f"{source} has {what} that could not be read ({problem}).", hint=_HINT)


def _zone_name(cal: Any, event: Any, default_zone: str) -> str:
    """The IANA name of the zone the start is given in, else the calendar's, else the default."""
    prop = event.get("DTSTART")
    candidates = []
    if prop is not None:
        tzid = _param(prop, "TZID")
        if tzid:
            candidates += [str(tzid), windows_zone(str(tzid)), _iana_tail(str(tzid))]
            candidates += [
                _text(tz.get("X-LIC-LOCATION"))
                for tz in cal.walk("VTIMEZONE")
                if str(tz.get("TZID", "")) == str(tzid)
            ]
        else:
            moment = getattr(prop, "dt", None)
            if isinstance(moment, datetime) and moment.utcoffset() == timedelta(0):
                candidates.append(_text(cal.get("X-WR-TIMEZONE")))
    candidates.append(_text(cal.get("X-WR-TIMEZONE")))
    for name in candidates:
        if name and _is_zone(name):
            return name
    return default_zone


def _moment(event: Any, name: str, tz: Any, source: str) -> datetime:
    prop = event.get(name)
    if prop is None:
        what = _PROPERTY_NAMES.get(name, name).split(" ", 1)[-1]
        raise InvalidInput(f"{source} has no {what}.", hint=_HINT)
    value = getattr(prop, "dt", None)
    if isinstance(value, datetime):
        if value.tzinfo is None:  # a floating time: on the local clock of the chosen zone
            return value.replace(tzinfo=tz)
        return value.astimezone(tz)
    if isinstance(value, date):
        raise InvalidInput(
            f"{source} is an all-day event with no time of day; an interview needs its start "
            "and end times.",
            hint=_HINT,
        )
    raise InvalidInput(
        f"{source} has {_PROPERTY_NAMES.get(name, name)} that could not be read.", hint=_HINT
    )


def _end(event: Any, start: datetime, tz: Any, source: str) -> datetime:
    if event.get("DTEND") is not None:
        return _moment(event, "DTEND", tz, source)
    duration = getattr(event.get("DURATION"), "dt", None)
    if isinstance(duration, timedelta):
        return (start + duration).astimezone(tz)
    raise InvalidInput(f"{source} has no end time.", hint=_HINT)


def _person(address: Any, role: str) -> Person | None:
    if address is None:
        return None
    value = str(address).strip()
    address_text = (value[7:] if value.lower().startswith("mailto:") else value).strip()
    email = address_text if "@" in address_text and " " not in address_text else None
    name = _text(_param(address, "CN"))
    if name and (name.casefold() == (email or "").casefold() or "@" in name):
        name = None  # some calendars repeat the address as the name
    if name:
        name = _first_last(name)
    if name is None and email is None:
        return None
    return Person(name=name, email=email, role=role)


def _first_last(name: str) -> str:
    """Outlook's directory order, "Petrova, Elena", as it is said: "Elena Petrova"."""
    last, comma, first = name.partition(",")
    if not comma or "," in first or not last.strip() or not first.strip():
        return name
    if first.strip().rstrip(".").casefold() in _SUFFIXES:
        return name  # "Lee, Jr." is a suffix, not a first name
    return f"{first.strip()} {last.strip()}"


def _param(prop: Any, name: str) -> Any:
    params = getattr(prop, "params", None)
    return params.get(name) if params is not None else None


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).replace("\r\n", "\n").strip()
    text = "".join(c for c in text if c in "\n\t" or c.isprintable())
    return text or None


def _is_zone(name: str) -> bool:
    try:
        zone(name)
    except InvalidInput:
        return False
    return True


def _iana_tail(tzid: str) -> str | None:
    match = _IANA_TAIL.search(tzid.strip())
    if not match:
        return None
    parts = match.group(1).split("/")
    # Try "Europe/Berlin" before "America/Argentina/Buenos_Aires"-length tails.
    for size in (2, 3):
        tail = "/".join(parts[-size:])
        if _is_zone(tail):
            return tail
    return None
