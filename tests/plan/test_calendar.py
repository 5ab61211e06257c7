"""Calendar files: the plan exported with reminders and stable UIDs; invitations read into interviews."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from afterword.errors import InvalidInput
from afterword.model.enums import ApplicationStatus, StepState
from afterword.plan.calendar import CalendarExport, Exported, export_plan, plan_to_ics, step_uid
from afterword.plan.invitation import read_invitation, windows_zone
from afterword.plan.schedule import plan_steps
from afterword.plan.situation import Recipient, Reply, Round, SentMessage, Situation
from tests.plan.situations import ANNA, BERLIN, NEW_YORK, PRIYA, at, local, one_round, situation

FIXTURES = Path(__file__).parent / "fixtures"
SAM = ("sam.ortiz@example.com",)
END = at("2026-03-10 17:30")
SIT = situation(one_round(END, ANNA, PRIYA, days=14))


def events(ics: bytes) -> list:
    return list(Calendar.from_ical(ics).walk("VEVENT"))


# -- export -----------------------------------------------------------------------------------


def test_the_plan_exports_as_a_calendar_that_parses_back() -> None:
    steps = plan_steps(SIT, now=END)
    ics = plan_to_ics(steps, now=END)
    assert ics.startswith(b"BEGIN:VCALENDAR\r\n") and b"\r\nEND:VCALENDAR" in ics
    cal = Calendar.from_ical(ics)
    assert str(cal["VERSION"]) == "2.0" and str(cal["METHOD"]) == "PUBLISH"
    found = {str(e["UID"]): e for e in events(ics)}
    assert len(found) == len(steps)
    for step in steps:
        event = found[step_uid(step.id)]
        assert event["DTSTART"].dt == step.when.astimezone(UTC)
        assert event["DTEND"].dt - event["DTSTART"].dt == timedelta(minutes=15)
        assert step.why in str(event["DESCRIPTION"])


def test_each_step_to_act_on_has_a_reminder_half_an_hour_before() -> None:
    ics = plan_to_ics(plan_steps(SIT, now=END), now=END)
    for event in events(ics):
        alarms = list(event.walk("VALARM"))
        assert len(alarms) == 1
        assert str(alarms[0]["ACTION"]) == "DISPLAY"
        assert alarms[0]["TRIGGER"].dt == timedelta(minutes=-30)


def test_the_titles_say_what_to_do_and_for_which_application() -> None:
    titles = {
        str(e["UID"]): str(e["SUMMARY"])
        for e in events(plan_to_ics(plan_steps(SIT, now=END), now=END))
    }
    assert (
        titles[step_uid("12:thank-you:interviewer:34")]
        == "Thank-you note to Anna Weber (Northwind, Data Analyst)"
    )
    assert (
        titles[step_uid("12:follow-up-1")] == "Follow up with Priya Shah (Northwind, Data Analyst)"
    )
    assert titles[step_uid("12:follow-up-2")].startswith("Second follow-up with Priya Shah")
    assert titles[step_uid("12:let-it-rest")].startswith("Let it rest, or close the loop")


def test_importing_a_newer_export_updates_the_same_events_instead_of_duplicating() -> None:
    first = plan_to_ics(plan_steps(SIT, now=END), now=END)
    sent = (SentMessage("thank-you", 12, at("2026-03-11 08:05"), to="interviewer:35"),)
    later = at("2026-03-11 09:00")
    second = plan_to_ics(
        plan_steps(situation(one_round(END, ANNA, PRIYA, days=14), sent=sent), now=later), now=later
    )
    calendar: dict[str, object] = {}  # what a calendar app keeps: one event per UID
    for ics in (first, second, second):
        for event in events(ics):
            calendar[str(event["UID"])] = event
    assert len(calendar) == len(events(first)) == len(events(second))
    assert sorted(str(e["UID"]) for e in events(first)) == sorted(
        str(e["UID"]) for e in events(second)
    )
    updated = calendar[step_uid("12:thank-you:interviewer:35")]
    assert str(updated["SUMMARY"]).startswith("Sent: Thank-you note to Priya Shah")  # type: ignore[index]
    assert not list(updated.walk("VALARM"))  # type: ignore[attr-defined]
    sequences = [int(events(ics)[0]["SEQUENCE"]) for ics in (first, second)]
    assert sequences[1] > sequences[0]


def test_uids_are_stable_and_plain() -> None:
    assert (
        step_uid("12:thank-you:interviewer:34") == "afterword-12-thank-you-interviewer-34@afterword"
    )
    assert step_uid("12:reply-2026-03-20:follow-up-1", "example.org").endswith("@example.org")


def test_skipped_and_paused_steps_stay_in_the_calendar_without_reminders() -> None:
    sit = situation(one_round(END, days=14), skipped=frozenset({"12:thank-you:interviewer:35"}))
    steps = plan_steps(sit, now=END)
    assert any(s.state is StepState.SKIPPED for s in steps)
    found = {str(e["UID"]): e for e in events(plan_to_ics(steps, now=END))}
    skipped = found[step_uid("12:thank-you:interviewer:35")]
    assert str(skipped["STATUS"]) == "CANCELLED"
    assert str(skipped["SUMMARY"]).startswith("Let rest: ")
    assert not list(skipped.walk("VALARM"))


def test_a_thank_you_let_go_as_missed_says_so_in_the_calendar() -> None:
    step_id = "12:thank-you:interviewer:35"
    sit = situation(one_round(END, days=14), skipped=frozenset({step_id}),
                    missed=frozenset({step_id}))
    found = {str(e["UID"]): e for e in events(plan_to_ics(plan_steps(sit, now=END), now=END))}
    missed = found[step_uid(step_id)]
    assert str(missed["SUMMARY"]).startswith("Missed: Thank-you note to Priya Shah")
    assert str(missed["STATUS"]) == "CANCELLED" and not list(missed.walk("VALARM"))


def test_an_empty_plan_is_still_a_valid_calendar() -> None:
    assert events(plan_to_ics([], now=END)) == []


# -- the same events for a step's whole life --------------------------------------------------


def export(sit: Situation, now: datetime, before: CalendarExport | None = None) -> CalendarExport:
    return export_plan(plan_steps(sit, now), before.events if before else (), now=now)


def by_uid(result: CalendarExport) -> dict[str, object]:
    return {str(e["UID"]): e for e in events(result.ics)}


def ledger(result: CalendarExport) -> dict[str, Exported]:
    return {e.step_id: e for e in result.events}


def test_a_plan_exported_again_unchanged_keeps_every_sequence() -> None:
    first = export(SIT, END)
    again = export(SIT, at("2026-03-10 18:00"), first)
    assert {u: int(e["SEQUENCE"]) for u, e in by_uid(first).items()} == {  # type: ignore[index]
        u: int(e["SEQUENCE"]) for u, e in by_uid(again).items()  # type: ignore[index]
    }
    assert again.cancelled == 0


def test_a_reply_keeps_the_follow_ups_uids_and_raises_their_sequence() -> None:
    first = export(SIT, END)
    old = ledger(first)["12:follow-up-1"]
    replied = at("2026-03-16 10:00")
    second = export(situation(one_round(END, ANNA, PRIYA, days=14),
                              replies=(Reply(replied, timeframe_days=7),)), replied, first)
    assert set(by_uid(second)) == set(by_uid(first))  # nothing added, nothing lost
    moved = ledger(second)["12:reply-2026-03-16:follow-up-1"]
    assert moved.uid == old.uid == step_uid("12:follow-up-1")
    event = by_uid(second)[old.uid]
    assert int(event["SEQUENCE"]) == old.sequence + 1  # type: ignore[index]
    assert str(event["STATUS"]) == "CONFIRMED"  # type: ignore[index]
    assert event["DTSTART"].dt != by_uid(first)[old.uid]["DTSTART"].dt  # type: ignore[index]
    assert second.cancelled == 0


def test_a_withdrawn_applications_steps_are_cancelled_with_a_higher_sequence() -> None:
    first = export(SIT, END)
    later = at("2026-03-10 19:00")
    withdrawn = situation(one_round(END, ANNA, PRIYA, days=14),
                          status=ApplicationStatus.WITHDRAWN, status_at=later)
    assert plan_steps(withdrawn, later) == []  # the plan itself forgets them
    second = export(withdrawn, later, first)
    assert second.cancelled == len(events(first.ics)) == 5
    before = by_uid(first)
    for uid, event in by_uid(second).items():
        assert str(event["STATUS"]) == "CANCELLED"  # type: ignore[index]
        assert int(event["SEQUENCE"]) == int(before[uid]["SEQUENCE"]) + 1  # type: ignore[index]
        assert str(event["SUMMARY"]).startswith("No longer needed: ")  # type: ignore[index]
        assert not list(event.walk("VALARM"))  # type: ignore[attr-defined]
        assert event["DTSTART"].dt == before[uid]["DTSTART"].dt  # type: ignore[index]
    third = export(withdrawn, at("2026-03-12 09:00"), second)
    assert third.cancelled == 0  # still in the file, still cancelled, not cancelled again
    assert {u: int(e["SEQUENCE"]) for u, e in by_uid(third).items()} == {  # type: ignore[index]
        u: int(e["SEQUENCE"]) for u, e in by_uid(second).items()  # type: ignore[index]
    }


def test_a_skipped_step_keeps_its_uid_and_is_cancelled_with_a_higher_sequence() -> None:
    first = export(SIT, END)
    second = export(situation(one_round(END, ANNA, PRIYA, days=14),
                              skipped=frozenset({"12:follow-up-2"})), END, first)
    uid = step_uid("12:follow-up-2")
    event = by_uid(second)[uid]
    assert str(event["STATUS"]) == "CANCELLED"  # type: ignore[index]
    assert int(event["SEQUENCE"]) == int(by_uid(first)[uid]["SEQUENCE"]) + 1  # type: ignore[index]


def test_a_sent_note_updates_its_event_and_leaves_the_others_alone() -> None:
    first = export(SIT, END)
    sent = (SentMessage("thank-you", 12, at("2026-03-10 19:00"), to="interviewer:35"),)
    second = export(situation(one_round(END, ANNA, PRIYA, days=14), sent=sent), END, first)
    before, after = by_uid(first), by_uid(second)
    priya, anna = step_uid("12:thank-you:interviewer:35"), step_uid("12:thank-you:interviewer:34")
    assert str(after[priya]["SUMMARY"]).startswith("Sent: ")  # type: ignore[index]
    assert str(after[priya]["STATUS"]) == "CONFIRMED"  # type: ignore[index]
    assert int(after[priya]["SEQUENCE"]) == int(before[priya]["SEQUENCE"]) + 1  # type: ignore[index]
    assert after[anna]["SEQUENCE"] == before[anna]["SEQUENCE"]  # type: ignore[index]
    assert after[anna]["LAST-MODIFIED"].dt == before[anna]["LAST-MODIFIED"].dt  # type: ignore[index]


def test_a_sent_follow_up_stays_on_record_when_a_reply_starts_new_follow_ups() -> None:
    sent = (SentMessage("follow-up", 12, at("2026-03-25 09:00")),)
    now = at("2026-03-26 09:00")
    first = export(situation(one_round(END, ANNA, PRIYA, days=14), sent=sent), now)
    replied = at("2026-03-27 10:00")
    second = export(situation(one_round(END, ANNA, PRIYA, days=14), sent=sent,
                              replies=(Reply(replied, timeframe_days=14),)), replied, first)
    record = by_uid(second)[step_uid("12:follow-up-1")]
    assert str(record["SUMMARY"]).startswith("Sent: Follow up with Priya Shah")  # type: ignore[index]
    assert record["SEQUENCE"] == by_uid(first)[step_uid("12:follow-up-1")]["SEQUENCE"]  # type: ignore[index]
    steps = ledger(second)
    assert steps["12:reply-2026-03-27:follow-up-1"].uid == step_uid("12:reply-2026-03-27:follow-up-1")
    assert steps["12:reply-2026-03-27:follow-up-2"].uid == step_uid("12:follow-up-2")
    assert second.cancelled == 0


def test_a_later_round_carries_the_follow_ups_on() -> None:
    first = export(SIT, END)
    second_end = at("2026-03-20 11:00")
    two_rounds = situation(one_round(END, ANNA, PRIYA, days=14),
                           one_round(second_end, PRIYA, interview_id=13))
    second = export(two_rounds, second_end, first)
    assert ledger(second)["13:follow-up-1"].uid == step_uid("12:follow-up-1")
    assert ledger(second)["13:let-it-rest"].uid == step_uid("12:let-it-rest")
    assert step_uid("13:thank-you:interviewer:35") in by_uid(second)  # a new note, a new event


# -- invitations ------------------------------------------------------------------------------


def test_an_outlook_invitation_becomes_an_interview_without_the_candidate() -> None:
    invite = read_invitation((FIXTURES / "outlook_invite.ics").read_bytes(), own_emails=SAM)
    assert invite.timezone == NEW_YORK  # from Outlook's "Eastern Standard Time"
    assert local(invite.start, NEW_YORK) == "Tue 2026-03-10 16:00"
    assert local(invite.end, NEW_YORK) == "Tue 2026-03-10 17:30"
    assert invite.start.utcoffset() == timedelta(hours=-4)  # US clocks changed on 8 March
    assert invite.summary == "Interview: Data Analyst (Northwind)"
    assert invite.location == "Microsoft Teams Meeting"
    assert invite.description is not None and invite.description.startswith("Hi Sam,\n\nThank you")
    assert invite.organizer is not None
    assert (invite.organizer.name, invite.organizer.email, invite.organizer.role) == (
        "Priya Shah",
        "priya.shah@northwind.example",
        "organizer",
    )
    assert [(p.name, p.email, p.role) for p in invite.attendees] == [
        ("Marcus Lee", "marcus.lee@northwind.example", "required"),
        ("Elena Petrova", "elena.petrova@northwind.example", "optional"),  # "Petrova, Elena"
    ]
    assert [p.name for p in invite.people] == ["Priya Shah", "Marcus Lee", "Elena Petrova"]


def test_a_google_invitation_leaves_out_rooms_and_the_organizer_listed_twice() -> None:
    invite = read_invitation((FIXTURES / "google_invite.ics").read_bytes(), own_emails=SAM)
    assert invite.timezone == BERLIN
    assert local(invite.start, BERLIN) == "Thu 2026-04-02 16:30"
    assert local(invite.end, BERLIN) == "Thu 2026-04-02 18:15"
    assert invite.organizer is not None and invite.organizer.name == "Jonas Becker"
    assert [(p.name, p.email, p.role) for p in invite.attendees] == [
        ("Mia Hartmann", "mia.hartmann@kestrel.example", "required"),
        (None, "talent@kestrel.example", "optional"),
    ]
    assert invite.attendees[1].display_name == "talent@kestrel.example"
    assert invite.location == "Kestrel GmbH, Spreeufer 5, 10178 Berlin"


def test_the_candidates_own_address_is_left_out_whatever_its_case() -> None:
    invite = read_invitation(
        (FIXTURES / "outlook_invite.ics").read_bytes(), own_emails=["SAM.ORTIZ@example.com "]
    )
    assert "sam.ortiz@example.com" not in {(p.email or "").casefold() for p in invite.people}
    everyone = read_invitation((FIXTURES / "outlook_invite.ics").read_bytes())
    assert "Sam Ortiz" in {p.name for p in everyone.people}


def test_an_invitation_the_candidate_organized_has_no_organizer() -> None:
    invite = read_invitation(
        (FIXTURES / "outlook_invite.ics").read_bytes(), own_emails=["priya.shah@northwind.example"]
    )
    assert invite.organizer is None


def test_an_imported_invitation_plans_like_any_interview() -> None:
    invite = read_invitation((FIXTURES / "google_invite.ics").read_bytes(), own_emails=SAM)
    people = tuple(
        Recipient(f"interviewer:{n}", p.display_name) for n, p in enumerate(invite.people, start=1)
    )
    steps = plan_steps(situation(Round(40, invite.end, invite.timezone, people)), now=invite.end)
    # 18:15 on the Thursday before Good Friday: the note goes on the holiday morning.
    assert local(steps[0].suggested, BERLIN) == "Fri 2026-04-03 08:00"


def test_a_malformed_invitation_is_refused_with_a_clear_error() -> None:
    with pytest.raises(InvalidInput) as caught:
        read_invitation(
            (FIXTURES / "malformed_invite.ics").read_bytes(), source="malformed_invite.ics"
        )
    assert (
        caught.value.message
        == "malformed_invite.ics is damaged or incomplete and could not be read."
    )
    assert caught.value.hint and "Save the invitation again" in caught.value.hint


def _ics(event_lines: str, head: str = "") -> str:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"
        + head
        + "BEGIN:VEVENT\r\nUID:1@test\r\n"
        + event_lines.replace("\n", "\r\n")
        + "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


TIMES = "DTSTART:20260310T160000Z\nDTEND:20260310T170000Z\n"


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "is not a calendar file"),
        (b"Subject: Interview\r\n\r\nSee you Tuesday!", "is not a calendar file"),
        ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", "holds no event"),
        (_ics("SUMMARY:Interview\n"), "has no start time"),
        (_ics("DTSTART:20260310T160000Z\n"), "has no end time"),
        (
            _ics("DTSTART:2026-03-10 16:00\nDTEND:20260310T170000Z\n"),
            "has a start time that could not be read",
        ),
        (_ics("DTSTART;VALUE=DATE:20260310\nDTEND;VALUE=DATE:20260311\n"), "all-day event"),
        (_ics("DTSTART:20260310T160000Z\nDTEND:20260310T150000Z\n"), "ends before it starts"),
        (_ics(TIMES, head="METHOD:CANCEL\r\n"), "cancels the meeting"),
        (_ics(TIMES) + _ics(TIMES).replace("UID:1@test", "UID:2@test"), "damaged"),
        (_ics(TIMES + "END:VEVENT\nBEGIN:VEVENT\nUID:2@test\n" + TIMES), "holds 2 events"),
    ],
)
def test_broken_invitations_are_refused_before_anything_is_returned(
    data: bytes | str, words: str
) -> None:
    with pytest.raises(InvalidInput) as caught:
        read_invitation(data, source="invite.ics")
    assert caught.value.message.startswith("invite.ics ")
    assert words in caught.value.message


@pytest.mark.parametrize(
    ("tzid", "zone"),
    [
        ("W. Europe Standard Time", "Europe/Berlin"),
        ("Pacific Standard Time", "America/Los_Angeles"),
        ("/mozilla.org/20070129_1/Europe/Berlin", "Europe/Berlin"),
        ("Asia/Kolkata", "Asia/Kolkata"),
    ],
)
def test_zone_names_from_any_calendar_become_iana_names(tzid: str, zone: str) -> None:
    invite = read_invitation(_ics(f"DTSTART;TZID={tzid}:20260310T160000\nDURATION:PT45M\n"))
    assert invite.timezone == zone
    assert local(invite.start, zone) == "Tue 2026-03-10 16:00"
    assert invite.end - invite.start == timedelta(minutes=45)


def test_utc_times_take_the_calendars_zone_and_floating_times_the_default() -> None:
    utc = read_invitation(_ics(TIMES, head="X-WR-TIMEZONE:Europe/London\r\n"))
    assert utc.timezone == "Europe/London" and utc.start == datetime(2026, 3, 10, 16, tzinfo=UTC)
    floating = read_invitation(
        _ics("DTSTART:20260310T160000\nDTEND:20260310T170000\n"), default_zone="America/Chicago"
    )
    assert floating.timezone == "America/Chicago"
    assert local(floating.start, "America/Chicago") == "Tue 2026-03-10 16:00"


def test_a_custom_zone_is_named_by_its_clock_rules_keeping_the_exact_times() -> None:
    custom = (
        "BEGIN:VTIMEZONE\r\nTZID:Customized Time Zone\r\nBEGIN:STANDARD\r\nDTSTART:16010101T000000\r\n"
        "TZOFFSETFROM:+0530\r\nTZOFFSETTO:+0530\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
    )
    invite = read_invitation(
        _ics(
            "DTSTART;TZID=Customized Time Zone:20260310T160000\nDTEND;TZID=Customized Time Zone:20260310T170000\n",
            head=custom,
        ),
        default_zone=BERLIN,
    )
    assert invite.timezone == "Asia/Kolkata"  # India's Windows zone, not the user's Berlin
    assert invite.zone_from == "Customized Time Zone"
    assert invite.start == datetime(2026, 3, 10, 10, 30, tzinfo=UTC)  # 16:00 at +05:30


def test_a_zone_whose_rules_match_no_real_zone_falls_back_to_the_default() -> None:
    odd = (
        "BEGIN:VTIMEZONE\r\nTZID:Customized Time Zone\r\nBEGIN:STANDARD\r\nDTSTART:16010101T000000\r\n"
        "TZOFFSETFROM:+0517\r\nTZOFFSETTO:+0517\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
    )
    invite = read_invitation(
        _ics("DTSTART;TZID=Customized Time Zone:20260310T160000\nDURATION:PT1H\n", head=odd),
        default_zone=BERLIN,
    )
    assert invite.timezone == BERLIN
    assert invite.start == datetime(2026, 3, 10, 10, 43, tzinfo=UTC)


def test_windows_zone_names_map_to_iana_names() -> None:
    assert windows_zone("Eastern Standard Time") == "America/New_York"
    assert windows_zone("Not A Zone") is None
