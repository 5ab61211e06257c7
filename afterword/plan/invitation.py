"""Reading a calendar invitation (.ics) into the facts of an interview: when, where, and who.

Google Calendar, Outlook, Apple Calendar and Zoom attach the meeting as an iCalendar file.
The start and end come back as aware times; the zone as an IANA name (Outlook's Windows
names, "Eastern Standard Time", are mapped; its display names, "(UTC+01:00) Brussels,
Copenhagen, Madrid, Paris", and custom zones are matched by the clock rules the file's
VTIMEZONE gives; a zone matching nothing falls back to `default_zone` with the times still
exact). The organizer and attendees become people; rooms and other resources, and the
candidate's own addresses, are left out. Folded lines are joined before the bytes are
decoded (RFC 5545 3.1), so a fold inside an accented letter does not garble a name; a file
that is not UTF-8 is read as Windows-1252 (Latin-1) when it looks like it, else refused.
A repeating meeting gives the occurrence that began last by `now` (else the next one), and
says so. Anything that cannot be read raises `InvalidInput` before anything is returned, so
nothing half-read is ever stored.
"""

from __future__ import annotations

import re
import unicodedata
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from afterword.errors import InvalidInput
from afterword.plan.invitation_zones import file_zones, windows_zone, zone_of
from afterword.timezones import zone

__all__ = ["Invitation", "Person", "read_invitation", "windows_zone"]

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
# A folded line goes on after a line break and one space or tab (RFC 5545 3.1).
_FOLD = re.compile(rb"\r?\n[ \t]")
# Outlook's display-name zones hold a colon, so a parameter naming one must be quoted; some
# files leave it bare ("DTSTART;TZID=(UTC+01:00) Brussels, ...:2026..."), which splits badly.
_BARE_TZID = re.compile(r';TZID=(\(UTC[+-]\d\d:\d\d\)[^:;"\r\n]*):')
_FREQUENCY = {"SECONDLY": "every second", "MINUTELY": "every minute", "HOURLY": "every hour",
              "DAILY": "every day", "WEEKLY": "every week", "MONTHLY": "every month",
              "YEARLY": "every year"}


@dataclass(frozen=True, slots=True)
class Person:
    """Someone on the invitation. `role`: organizer, required, optional, chair or non-participant."""

    name: str | None  # the display name (CN), None when the invitation gives only an address
    email: str | None
    role: str
    group: bool = False  # CUTYPE=GROUP: a distribution list

    @property
    def display_name(self) -> str:
        return self.name or self.email or "Unknown"

    @property
    def is_mailbox(self) -> bool:
        """A team mailbox ("Northwind Recruiting", careers@...), not a person."""
        from afterword.model.mailbox import is_team_mailbox

        return self.group or is_team_mailbox(self.name, self.email)


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
    listed_you: bool = False  # the candidate's own address was on it (and left out)
    rooms: int = 0  # rooms and other resources left out
    zone_from: str | None = None  # the file's zone name, when matched by its clock rules
    repeats: str | None = None  # "every week, 4 times": a series, of which `start` is one
    encoding: str | None = None  # "Windows-1252" when the file was not UTF-8

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
    now: datetime | None = None,
) -> Invitation:
    """The interview an .ics invitation describes.

    `own_emails`: the candidate's addresses, left out of the people (compared without
    regard to case). `default_zone`: the zone for floating times and for zones that
    cannot be named (the user's own, usually). `source` names the file in errors. `now`:
    for a repeating meeting, the occurrence that began last by then is taken (else the
    next one; without `now`, the first one).
    Raises InvalidInput for a file that is not a calendar, is damaged, cancels the
    meeting, holds no single timed event, or has an end that is not after its start.
    """
    from icalendar import Calendar

    raw = data.encode("utf-8") if isinstance(data, str) else data
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):  # Windows' "Unicode" is UTF-16, with a mark
        try:
            raw = raw.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            raise InvalidInput(f"{source} is damaged or incomplete and could not be read.",
                               hint=_HINT) from None
    raw = raw.removeprefix(b"\xef\xbb\xbf").strip()
    if not raw.upper().startswith(b"BEGIN:VCALENDAR"):
        raise InvalidInput(
            f"{source} is not a calendar file: it should start with BEGIN:VCALENDAR.", hint=_HINT
        )
    text, encoding = _decode(_FOLD.sub(b"", raw), source)
    text = _BARE_TZID.sub(r';TZID="\1":', text)
    try:
        with warnings.catch_warnings():
            # icalendar warns when it strips a vendor prefix from a zone id; the zone is
            # worked out again below, and a warning would only confuse the user.
            warnings.simplefilter("ignore")
            cal = Calendar.from_ical(text)
            cancelled = f"{source} cancels the meeting rather than inviting you to it."
            if str(cal.get("METHOD", "")).upper() == "CANCEL":
                raise InvalidInput(cancelled)
            event = _the_event(cal, source)
            if str(event.get("STATUS", "")).upper() == "CANCELLED":
                raise InvalidInput(cancelled, hint="A cancelled meeting is no interview to "
                                   "record; add the new invitation if it was moved.")
            _check_errors(event, source)
            zone_name, zone_from = zone_of(cal, event, default_zone)
            tz = zone(zone_name)
            repeats = _repeats(event)
            if repeats:
                event = _occurrence(cal, event, now, source)
            rules = file_zones(cal)
            start = _moment(event, "DTSTART", tz, source, rules)
            end = _end(event, start, tz, source, rules)
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
    listed_you = False
    organizer = _person(event.get("ORGANIZER"), "organizer")
    if organizer is not None and organizer.email and organizer.email.casefold() in own:
        organizer, listed_you = None, True
    seen = set(own) | ({organizer.email.casefold()} if organizer and organizer.email else set())
    attendees = []
    rooms = 0
    for address in _as_list(event.get("ATTENDEE")):
        if str(_param(address, "CUTYPE") or "").upper() in _NOT_PEOPLE:
            rooms += 1
            continue
        person = _person(
            address, _ROLES.get(str(_param(address, "ROLE") or "").upper(), "required")
        )
        if person is not None and person.email and person.email.casefold() in own:
            listed_you = True
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
        listed_you=listed_you,
        rooms=rooms,
        zone_from=zone_from,
        repeats=repeats,
        encoding=encoding,
    )


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


def _repeats(event: Any) -> str | None:
    """How a repeating meeting repeats, in words ("every week, 4 times"); None for one meeting."""
    rule = event.get("RRULE")
    if rule is None:
        return "on several dates" if event.get("RDATE") is not None else None
    rules = rule[0] if isinstance(rule, list) else rule
    freq = str((rules.get("FREQ") or [""])[0]).upper()
    interval = int((rules.get("INTERVAL") or [1])[0])
    words = _FREQUENCY.get(freq, "repeatedly")
    if interval > 1 and freq in _FREQUENCY:
        words = f"every {interval} {_FREQUENCY[freq].split()[-1]}s"
    if rules.get("COUNT"):
        words += f", {int(rules['COUNT'][0])} times"
    elif rules.get("UNTIL"):
        until = rules["UNTIL"][0]
        words += f", until {until.day} {until:%B %Y}"
    return words


def _occurrence(cal: Any, event: Any, now: datetime | None, source: str) -> Any:
    """The occurrence of a repeating meeting that began last by `now`, else the next one."""
    import recurring_ical_events

    query = recurring_ical_events.of(cal)
    if now is not None:
        began = query.between(now - timedelta(days=400), now)
        if began:
            return max(began, key=lambda e: _utc(e["DTSTART"].dt))
        for upcoming in query.after(now):
            return upcoming
    for first in query.all():
        return first
    raise InvalidInput(f"{source} repeats, but none of its meetings could be found.", hint=_HINT)


def _utc(moment: Any) -> datetime:
    if isinstance(moment, datetime):
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return datetime.combine(moment, datetime.min.time(), tzinfo=UTC)


def _decode(raw: bytes, source: str) -> tuple[str, str | None]:
    """The file's text: UTF-8, else Windows-1252 (Latin-1) when the letters read like it."""
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    text = raw.decode("cp1252", errors="replace")
    # In another 8-bit encoding (Cyrillic, Greek) a word reads as a run of accented Latin
    # letters ("Ìþëëåð"); in Western European text accents are few in each word.
    odd = "\ufffd" in text or any(
        sum(not c.isascii() for c in word) * 2 > len(word)
        for word in re.findall(r"[^\W\d_]{4,}", text)
    ) or any(unicodedata.category(c)[0] not in "LPZSN" for c in text if not c.isascii())
    if odd:
        raise InvalidInput(
            f"{source} is not saved as UTF-8 text, and its accented letters could not be "
            "read safely.",
            hint="Save the invitation again from your calendar (calendars save .ics files as "
            "UTF-8), or add the interview by hand.",
        )
    return text, "Windows-1252"


def _moment(
    event: Any, name: str, tz: Any, source: str, rules: dict[str, Any] | None = None
) -> datetime:
    prop = event.get(name)
    if prop is None:
        what = _PROPERTY_NAMES.get(name, name).split(" ", 1)[-1]
        raise InvalidInput(f"{source} has no {what}.", hint=_HINT)
    value = getattr(prop, "dt", None)
    if isinstance(value, datetime):
        tzid = str(_param(prop, "TZID") or "")
        if rules and tzid in rules:  # the wall-clock time as written, on the file's own clock
            return value.replace(tzinfo=rules[tzid]).astimezone(tz)
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


def _end(
    event: Any, start: datetime, tz: Any, source: str, rules: dict[str, Any]
) -> datetime:
    if event.get("DTEND") is not None:
        return _moment(event, "DTEND", tz, source, rules)
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
    group = str(_param(address, "CUTYPE") or "").upper() == "GROUP"
    return Person(name=name, email=email, role=role, group=group)


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
