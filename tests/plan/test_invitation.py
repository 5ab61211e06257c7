"""Invitations as Google Calendar, Outlook/Exchange and Zoom write them: the cases that used to
go wrong (cancelled events, folds inside a letter, Latin-1, Outlook's zone names, Zoom files,
repeating meetings, team mailboxes)."""

from __future__ import annotations

import tomllib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from afterword.errors import InvalidInput
from afterword.model.mailbox import is_team_mailbox
from afterword.plan.invitation import read_invitation
from afterword.plan.invitation_file import import_invitation
from afterword.plan.schedule import StepKind, plan_steps
from afterword.plan.situation import Recipient, Round
from afterword.timezones import zone
from tests.plan.situations import local, situation

FIXTURES = Path(__file__).parent / "fixtures"
SAM = ("sam.ortiz@example.com",)
NEW_YORK, MADRID = "America/New_York", "Europe/Madrid"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def imported(name: str, *, now: datetime | None = None, default_zone: str = NEW_YORK):
    return import_invitation(fixture(name), company="Northwind", role="Data Analyst",
                             own_emails=list(SAM), default_zone=default_zone, source=name,
                             now=now)


# -- cancelled --------------------------------------------------------------------------------


def test_an_event_marked_cancelled_is_refused_even_when_published() -> None:
    data = fixture("google_cancelled.ics")
    assert b"METHOD:PUBLISH" in data and b"STATUS:CANCELLED" in data
    with pytest.raises(InvalidInput) as caught:
        read_invitation(data, own_emails=SAM, source="google_cancelled.ics")
    assert caught.value.message == (
        "google_cancelled.ics cancels the meeting rather than inviting you to it.")


# -- text: folds and encodings ----------------------------------------------------------------


def test_a_fold_inside_an_accented_letter_keeps_the_name_whole() -> None:
    data = fixture("outlook_folded_utf8.ics")
    assert b"\xc3\r\n \x85" in data  # Exchange folded inside the two bytes of "Å"
    invite = read_invitation(data, own_emails=SAM)
    assert [p.name for p in invite.people] == ["Björn Lindqvist", "Zoë Ångström"]
    assert invite.description is not None and "Zoë och jag" in invite.description
    assert invite.encoding is None


def test_a_latin_1_file_is_read_as_western_european_text_and_says_so() -> None:
    invite = read_invitation(fixture("outlook_latin1.ics"), own_emails=SAM)
    assert [p.name for p in invite.people] == ["Jürgen Müller", "Renée Weiß"]
    assert invite.location == "Brückner & Söhne, Königstraße 12, Stuttgart"
    assert invite.encoding == "Windows-1252"
    [notice] = imported("outlook_latin1.ics").notices
    assert "not saved as UTF-8" in notice and "Check that the names" in notice


def test_a_file_saved_as_utf_16_is_read_like_any_other() -> None:
    text = fixture("outlook_folded_utf8.ics").replace(b"\r\n ", b"").decode("utf-8")
    for encoding in ("utf-16", "utf-16-be"):
        data = text.encode(encoding)
        if encoding == "utf-16-be":
            data = b"\xfe\xff" + data
        invite = read_invitation(data, own_emails=SAM)
        assert [p.name for p in invite.people] == ["Björn Lindqvist", "Zoë Ångström"]


def test_a_file_in_another_8_bit_encoding_is_refused_in_plain_words() -> None:
    cyrillic = fixture("outlook_latin1.ics").replace(
        "Müller, Jürgen".encode("cp1252"), "Мюллер, Юрген".encode("cp1251"))
    with pytest.raises(InvalidInput) as caught:
        read_invitation(cyrillic, source="invite.ics")
    assert caught.value.message == ("invite.ics is not saved as UTF-8 text, and its accented "
                                    "letters could not be read safely.")
    assert "\ufffd" not in caught.value.message + (caught.value.hint or "")


# -- Outlook's zones --------------------------------------------------------------------------


def test_an_outlook_display_name_zone_is_read_from_its_rules_and_the_city_named() -> None:
    invite = read_invitation(fixture("outlook_display_zone.ics"), own_emails=SAM,
                             default_zone=NEW_YORK)
    assert invite.timezone == MADRID  # one of the four cities, the one the location names
    assert invite.zone_from == "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris"
    assert invite.start == datetime(2026, 4, 15, 8, tzinfo=UTC)  # 10:00 CEST
    assert local(invite.start, MADRID) == "Wed 2026-04-15 10:00"


def test_a_display_name_zone_left_unquoted_is_read_all_the_same() -> None:
    bare = fixture("outlook_display_zone.ics").replace(b'TZID="', b"TZID=").replace(
        b'Paris":', b"Paris:")
    assert b"DTSTART;TZID=(UTC+01:00)" in bare
    invite = read_invitation(bare, own_emails=SAM, default_zone=NEW_YORK)
    assert (invite.timezone, invite.start) == (MADRID, datetime(2026, 4, 15, 8, tzinfo=UTC))


def test_a_customized_time_zone_is_matched_by_its_rules_not_the_users_zone() -> None:
    invite = read_invitation(fixture("outlook_custom_zone.ics"), own_emails=SAM,
                             default_zone=NEW_YORK)
    assert invite.timezone != NEW_YORK and invite.zone_from == "Customized Time Zone"
    tz = zone(invite.timezone)
    assert datetime(2026, 1, 15, tzinfo=tz).utcoffset() == timedelta(hours=1)
    assert datetime(2026, 7, 15, tzinfo=tz).utcoffset() == timedelta(hours=2)
    assert invite.start == datetime(2026, 4, 15, 8, tzinfo=UTC)
    at_home = read_invitation(fixture("outlook_custom_zone.ics"), default_zone=MADRID)
    assert at_home.timezone == MADRID  # the user's own zone wins when its clock matches


def test_a_madrid_interviewers_note_is_planned_in_madrid_working_hours() -> None:
    invite = read_invitation(fixture("outlook_custom_zone.ics"), own_emails=SAM,
                             default_zone=NEW_YORK)
    people = tuple(Recipient(f"interviewer:{n}", p.display_name)
                   for n, p in enumerate(invite.people, start=1))
    steps = plan_steps(situation(Round(40, invite.end, invite.timezone, people)), now=invite.end)
    thanks = [s for s in steps if s.kind is StepKind.THANK_YOU]
    assert thanks and all(8 <= s.suggested.astimezone(zone(MADRID)).hour < 18 for s in thanks)


def test_two_files_with_the_same_custom_zone_name_each_keep_their_own_clock() -> None:
    europe = read_invitation(fixture("outlook_custom_zone.ics"), default_zone=NEW_YORK)
    india = fixture("outlook_custom_zone.ics").replace(b"+0100", b"+0530").replace(
        b"+0200", b"+0530")
    asia = read_invitation(india, default_zone=NEW_YORK)
    assert europe.start == datetime(2026, 4, 15, 8, tzinfo=UTC)
    assert asia.start == datetime(2026, 4, 15, 4, 30, tzinfo=UTC)
    assert asia.timezone == "Asia/Kolkata"


# -- who is on it -----------------------------------------------------------------------------


def test_a_zoom_file_naming_nobody_is_refused_for_that_reason() -> None:
    invite = read_invitation(fixture("zoom_meeting.ics"), own_emails=SAM)
    assert invite.people == () and not invite.listed_you
    assert invite.timezone == "America/Los_Angeles"
    with pytest.raises(InvalidInput) as caught:
        imported("zoom_meeting.ics")
    message = caught.value.message
    assert message.startswith("zoom_meeting.ics lists no organizer or guests")
    assert "Priya Shah invited you" in message and "but you" not in message
    assert caught.value.hint and "afterword new" in caught.value.hint


def test_an_invitation_naming_only_the_candidate_says_so() -> None:
    only_you = fixture("google_invite.ics").replace(b"kestrel.example", b"example.com")
    with pytest.raises(InvalidInput) as caught:
        import_invitation(only_you, company="K", role="R", default_zone=NEW_YORK, source="i.ics",
                          own_emails=["jonas.becker@example.com", "mia.hartmann@example.com",
                                      "sam.ortiz@example.com", "talent@example.com"])
    assert caught.value.message == "i.ics: the invitation names nobody but you"


def test_without_the_users_address_the_import_says_they_may_be_listed() -> None:
    result = import_invitation(fixture("outlook_invite.ics"), company="Northwind", role="Analyst",
                               own_emails=[], default_zone=NEW_YORK, source="invite.ics")
    assert "Sam Ortiz" in result.understood[1]
    [notice] = result.notices
    assert notice.startswith("Your e-mail address is not set")
    assert not imported("outlook_invite.ics").notices


def test_a_team_mailbox_organizer_becomes_the_recruiter_not_the_point_of_contact() -> None:
    result = imported("outlook_team_organizer.ics")
    data = tomllib.loads(result.text)
    assert data["application"]["recruiter"] == {"name": "Northwind Recruiting",
                                                "email": "recruiting@northwind.example"}
    assert [p["name"] for p in data["interviewers"]] == ["Priya Shah", "Marcus Lee"]
    assert not any(p.get("point_of_contact") for p in data["interviewers"])
    assert result.understood == (
        "When: Tuesday 17 March 2026, 13:00 to 14:00 (America/New_York)",
        "Interviewers: Priya Shah, Marcus Lee",
        "Recruiter: Northwind Recruiting <recruiting@northwind.example>, a team mailbox "
        "rather than a person, so follow-ups go there",
        "Left out: you, 1 room",
    )


def test_a_person_organizer_stays_the_point_of_contact_beside_a_talent_mailbox() -> None:
    result = imported("google_invite.ics")
    data = tomllib.loads(result.text)
    assert [(p["name"], p.get("point_of_contact", False)) for p in data["interviewers"]] == [
        ("Jonas Becker", True), ("Mia Hartmann", False)]
    assert data["application"]["recruiter"] == {"email": "talent@kestrel.example"}


def test_a_distribution_list_is_no_interviewer() -> None:
    data = fixture("google_invite.ics").replace(
        b"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Mia Ha\r\n rtmann;"
        b"X-NUM-GUESTS=0:mailto:mia.hartmann@kestrel.example",
        b"ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Product Analytics\r\n"
        b" ;X-NUM-GUESTS=0:mailto:product-analytics@kestrel.example")
    invite = read_invitation(data, own_emails=SAM)
    assert [(p.display_name, p.is_mailbox) for p in invite.attendees] == [
        ("Product Analytics", True), ("talent@kestrel.example", True)]


@pytest.mark.parametrize(("name", "email", "team"), [
    ("Northwind Recruiting", None, True),
    ("Talent Acquisition Team", None, True),
    (None, "careers@northwind.example", True),
    (None, "no-reply@zoom.us", True),
    ("Priya Shah", "priya.shah@northwind.example", False),
    ("Dana Cole (Talent)", None, False),  # a person, with her team in brackets
    ("Steve Jobs", None, False),  # a surname that is also a team word in addresses
    (None, "ta.minh@northwind.example", False),
    (None, "e.petrova@northwind.example", False),
])
def test_team_mailboxes_are_told_from_people(name: str | None, email: str | None,
                                             team: bool) -> None:
    assert is_team_mailbox(name, email) is team


# -- repeating meetings -----------------------------------------------------------------------


@pytest.mark.parametrize(("now", "day"), [
    (None, "Mon 2026-03-16 14:00"),  # no clock: the first
    (datetime(2026, 3, 10, tzinfo=UTC), "Mon 2026-03-16 14:00"),  # before the series: the next
    (datetime(2026, 3, 17, 20, tzinfo=UTC), "Tue 2026-03-17 14:00"),  # the one just had
    (datetime(2026, 4, 1, tzinfo=UTC), "Wed 2026-03-18 14:00"),  # after the series: the last
])
def test_a_repeating_meeting_takes_the_occurrence_that_began_last(now: datetime | None,
                                                                  day: str) -> None:
    invite = read_invitation(fixture("google_recurring.ics"), own_emails=SAM, now=now)
    assert invite.repeats == "every day, 3 times"
    assert local(invite.start, NEW_YORK) == day
    assert invite.end - invite.start == timedelta(hours=1)


def test_a_repeating_meeting_is_not_stored_without_a_word() -> None:
    result = imported("google_recurring.ics", now=datetime(2026, 3, 17, 20, tzinfo=UTC))
    [notice] = result.notices
    assert notice.startswith("google_recurring.ics is a repeating meeting (every day, 3 times); "
                             "Afterword keeps the one on Tuesday 17 March at 14:00.")
    assert tomllib.loads(result.text)["interview"]["start"] == datetime(2026, 3, 17, 14, 0)


@pytest.mark.parametrize(("rule", "words"), [
    (b"RRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=20260505T035959Z", "every 2 weeks, until 5 May 2026"),
    (b"RRULE:FREQ=WEEKLY;BYDAY=MO,WE", "every week"),
    (b"RDATE;TZID=America/New_York:20260320T140000", "on several dates"),
])
def test_how_a_meeting_repeats_is_said_in_words(rule: bytes, words: str) -> None:
    data = fixture("google_recurring.ics").replace(b"RRULE:FREQ=DAILY;COUNT=3", rule)
    assert read_invitation(data, own_emails=SAM).repeats == words
