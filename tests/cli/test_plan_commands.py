"""The plan through the CLI, on the real store: plan, agenda, reply, status, mark-sent, skip,
calendar, and interviews from calendar invitations."""

from __future__ import annotations

import json
from pathlib import Path

import icalendar
import pytest

from tests.conftest import EXAMPLES

ACME = EXAMPLES / "acme-data-engineer.toml"
FIXTURES = Path(__file__).resolve().parents[1] / "plan" / "fixtures"
MORNING_AFTER = {"AFTERWORD_NOW": "2026-03-03T08:30:00-05:00"}


@pytest.fixture
def acme(run_cli):
    run_cli("profile", "set", "name", "Sam Ortiz")
    run_cli("profile", "set", "email", "sam.ortiz@example.com")
    run_cli("profile", "set", "timezone", "America/New_York")
    assert run_cli("add", str(ACME)).exit_code == 0
    return run_cli


def _plan(run, env=MORNING_AFTER) -> list[dict]:
    result = run("plan", "1", "--format", "json", env=env)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["steps"]


def test_the_plan_has_thank_yous_then_two_follow_ups_then_rest(acme) -> None:
    steps = _plan(acme)
    assert [s["kind"] for s in steps] == ["thank-you", "thank-you", "follow-up", "follow-up",
                                          "let-it-rest"]
    priya, tomas = steps[0], steps[1]
    assert priya["state"] == "due" and tomas["state"] == "due"
    # The first working hour in Madrid (08:00) has gone by at 08:30 in New York (14:30 in
    # Madrid): the plan shows the next good moment, now, and says why.
    assert tomas["when"].startswith("2026-03-03T14:30:00+01:00"), tomas
    assert "That moment has passed" in tomas["why"]
    [early] = [s for s in _plan(acme, {"AFTERWORD_NOW": "2026-03-03T01:00:00-05:00"})
               if s["to"] == "Tomás Ortega" and s["kind"] == "thank-you"]
    assert early["when"].startswith("2026-03-03T08:00:00+01:00"), early  # before it: kept
    assert steps[2]["to"] == "Priya Raman"  # the point of contact
    assert steps[2]["when"].startswith("2026-03-17T09:00")  # a working day after two weeks
    text = acme("plan", "1", env={**MORNING_AFTER, "COLUMNS": "200"}).stdout
    assert "Thank-you note" in text and "afterword draft 1" in text


def test_agenda_shows_what_is_due_with_the_command_to_run(acme) -> None:
    acme("draft", "1", env=MORNING_AFTER)
    agenda = json.loads(acme("agenda", "--format", "json", env=MORNING_AFTER).stdout)
    assert [s["to"] for s in agenda["today"]] == ["Priya Raman", "Tomás Ortega"]
    assert all(s["command"].startswith("afterword export ") for s in agenda["today"])
    late = json.loads(acme("agenda", "--format", "json",
                           env={"AFTERWORD_NOW": "2026-03-04T09:00:00-05:00"}).stdout)
    assert [s["kind"] for s in late["overdue"]] == ["thank-you", "thank-you"]


def test_mark_sent_moves_the_plan_on_and_warns_on_an_early_follow_up(acme) -> None:
    drafts = json.loads(acme("draft", "1", "--format", "json", env=MORNING_AFTER).stdout)
    for d in drafts:
        assert acme("mark-sent", str(d["id"]), env=MORNING_AFTER).exit_code == 0
    steps = _plan(acme)
    assert [s["state"] for s in steps[:2]] == ["done", "done"]
    [follow_up] = json.loads(acme("draft", "1", "--kind", "follow-up", "--format", "json",
                                  env=MORNING_AFTER).stdout)
    early = acme("mark-sent", str(follow_up["id"]), env=MORNING_AFTER)
    assert early.exit_code == 0
    assert "The plan advised against this" in early.stderr and "2026" in early.stderr
    again = acme("mark-sent", str(follow_up["id"]), env=MORNING_AFTER)
    assert again.exit_code == 2 and "already marked as sent" in again.stderr


def test_a_reply_pauses_follow_ups_and_a_new_timeframe_restarts_them(acme) -> None:
    env = {"AFTERWORD_NOW": "2026-03-10T10:00:00-04:00"}
    assert acme("reply", "1", env=env).exit_code == 0
    paused = [s for s in _plan(acme, env) if s["kind"] == "follow-up"]
    assert paused and all(s["state"] == "paused" for s in paused)
    result = acme("reply", "1", "--timeframe", "within a week", env=env)
    assert result.exit_code == 0 and "expected by Tuesday 17 March" in result.stdout
    resumed = [s for s in _plan(acme, env) if s["kind"] == "follow-up"]
    assert resumed[0]["state"] == "upcoming" and resumed[0]["when"] > "2026-03-17"
    bad = acme("reply", "1", "--timeframe", "soonish", env=env)
    assert bad.exit_code == 2 and "cannot read a date in the timeframe 'soonish'" in bad.stderr


def test_a_rejection_ends_follow_ups_and_suggests_a_gracious_reply(acme) -> None:
    assert acme("status", "1", "rejected", env=MORNING_AFTER).exit_code == 0
    steps = _plan(acme)
    assert "follow-up" not in {s["kind"] for s in steps}
    assert "rejection-reply" in {s["kind"] for s in steps}
    reply = next(s for s in steps if s["kind"] == "rejection-reply")
    assert reply["command"] == "afterword draft 1 --kind rejection-reply"


def test_skip_lets_a_step_rest_and_refuses_unknown_steps(acme) -> None:
    result = acme("skip", "1", "1:follow-up-2", env=MORNING_AFTER)
    assert result.exit_code == 0, result.output
    step = next(s for s in _plan(acme) if s["id"] == "1:follow-up-2")
    assert step["state"] == "skipped"
    bad = acme("skip", "1", "1:follow-up-9", env=MORNING_AFTER)
    assert bad.exit_code == 2 and "follow-up-1" in bad.stderr  # the short ids to type


def test_calendar_exports_stable_events(acme, tmp_path: Path) -> None:
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    assert acme("calendar", "--out", str(first), env=MORNING_AFTER).exit_code == 0
    assert acme("calendar", "--out", str(second),
                env={"AFTERWORD_NOW": "2026-03-03T10:00:00-05:00"}).exit_code == 0
    uids = []
    for path in (first, second):
        cal = icalendar.Calendar.from_ical(path.read_bytes())
        uids.append(sorted(str(e["UID"]) for e in cal.walk("VEVENT")))
    assert uids[0] == uids[1] and len(uids[0]) == 5
    acme("status", "1", "withdrawn", env=MORNING_AFTER)
    third = acme("calendar", "--out", str(first), env=MORNING_AFTER)
    assert "Wrote 5 events (5 newly cancelled: no longer in your plan)" in third.stdout
    cal = icalendar.Calendar.from_ical(first.read_bytes())
    assert {str(e["STATUS"]) for e in cal.walk("VEVENT")} == {"CANCELLED"}


def test_add_an_interview_from_an_outlook_invitation(acme) -> None:
    invite = FIXTURES / "outlook_invite.ics"
    missing = acme("add", str(invite))
    assert missing.exit_code == 2 and "--company" in missing.stderr
    result = acme("add", str(invite), "--company", "Northwind", "--role", "Data Analyst")
    assert result.exit_code == 0, result.output
    data = json.loads(acme("show", "2", "--format", "json").stdout)
    assert data["timezone"] == "America/New_York"
    assert data["start"] == "2026-03-10T20:00:00+00:00"  # 16:00 EDT (DST began on 8 March)
    names = [p["name"] for p in data["interviewers"]]
    assert names == ["Priya Shah", "Marcus Lee", "Elena Petrova"]  # not the candidate
    assert data["interviewers"][0]["point_of_contact"] is True


def test_a_malformed_invitation_is_refused_and_nothing_stored(acme) -> None:
    before = acme("list", "--format", "json").stdout
    result = acme("add", str(FIXTURES / "malformed_invite.ics"), "--company", "X", "--role", "Y")
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert acme("list", "--format", "json").stdout == before


def test_list_shows_the_next_step(acme) -> None:
    rows = json.loads(acme("list", "--format", "json", env=MORNING_AFTER).stdout)
    assert rows[0]["next_step"].startswith("thank-you (due)")


def test_add_from_an_invitation_says_what_it_understood(acme) -> None:
    invite = FIXTURES / "outlook_team_organizer.ics"
    result = acme("add", str(invite), "--company", "Northwind", "--role", "Data Analyst",
                  env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "When: Tuesday 17 March 2026, 13:00 to 14:00 (America/New_York)" in result.stdout
    assert "Interviewers: Priya Shah, Marcus Lee" in result.stdout
    assert ("Recruiter: Northwind Recruiting <recruiting@northwind.example>, a team mailbox "
            "rather than a person, so follow-ups go there") in result.stdout
    env = {"AFTERWORD_NOW": "2026-03-18T09:00:00-04:00"}
    steps = json.loads(acme("plan", "2", "--format", "json", env=env).stdout)["steps"]
    assert {s["to"] for s in steps if s["kind"] == "follow-up"} == {"Northwind Recruiting"}
    [follow_up] = json.loads(acme("draft", "2", "--kind", "follow-up", "--format", "json",
                                  env=env).stdout)
    assert follow_up["to_email"] == "recruiting@northwind.example"
    assert "Dear Northwind Recruiting team," in follow_up["body"]


def test_add_from_a_repeating_invitation_names_the_meeting_it_kept(acme) -> None:
    result = acme("add", str(FIXTURES / "google_recurring.ics"), "--company", "Northwind",
                  "--role", "Data Analyst",
                  env={"AFTERWORD_NOW": "2026-03-17T16:00:00-04:00", "COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "is a repeating meeting (every day, 3 times)" in result.stderr
    assert "Tuesday 17 March at 14:00" in result.stderr
    data = json.loads(acme("show", "2", "--format", "json").stdout)
    assert data["start"] == "2026-03-17T18:00:00+00:00"


def test_add_refuses_a_zoom_file_for_naming_nobody(acme) -> None:
    before = acme("list", "--format", "json").stdout
    result = acme("add", str(FIXTURES / "zoom_meeting.ics"), "--company", "Northwind",
                  "--role", "Data Analyst", env={"COLUMNS": "200"})
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "lists no organizer or guests" in result.stderr
    assert acme("list", "--format", "json").stdout == before


def test_the_plan_says_the_date_the_timeframe_is_read_as_in_the_user_s_convention(acme) -> None:
    gb = " ".join(acme("plan", "1", env=MORNING_AFTER).stdout.split())
    assert "They said “within two weeks”: a decision is expected by Monday 16 March." in gb
    assert acme("config", "set", "profile.locale", "en_US").exit_code == 0
    us = " ".join(acme("plan", "1", env=MORNING_AFTER).stdout.split())
    assert "a decision is expected by Monday, March 16." in us
    follow_up = next(s for s in _plan(acme) if s["kind"] == "follow-up")
    assert "9:00 AM on Tuesday, March 17" in follow_up["why"]  # on the recipient's clock


def test_a_thank_you_let_go_after_its_last_nudge_shows_as_skipped_missed(acme) -> None:
    late = {"AFTERWORD_NOW": "2026-03-12T09:00:00-04:00", "COLUMNS": "200"}  # one line a row
    nudge = acme("agenda", env=late)
    assert nudge.exit_code == 0 and "last reminder" in " ".join(nudge.stdout.split())
    # "After today the plan lets it go": the same day, the plan still shows the reminder,
    # and the agenda shows it again.
    same_day = [s for s in _plan(acme, env=late) if s["kind"] == "thank-you"]
    assert same_day and all(s["state"] == "overdue" for s in same_day), same_day
    assert "last reminder" in " ".join(acme("agenda", env=late).stdout.split())
    tomorrow = {"AFTERWORD_NOW": "2026-03-13T09:00:00-04:00", "COLUMNS": "200"}
    steps = _plan(acme, env=tomorrow)
    thanks = [s for s in steps if s["kind"] == "thank-you"]
    assert thanks and all(s["state"] == "skipped" and s["skip_reason"] == "missed"
                          for s in thanks)
    assert "(missed)" in acme("plan", "1", env=tomorrow).stdout
    assert "Thank-you note" not in acme("agenda", env=tomorrow).stdout


def _send_follow_up(run, on: str) -> None:
    env = {"AFTERWORD_NOW": f"{on}T10:00:00-04:00"}
    drafted = json.loads(run("draft", "1", "--kind", "follow-up", "--format", "json",
                             env=env).stdout)
    done = run("mark-sent", str(drafted[0]["id"]), "--on", f"{on}T09:00", env=env)
    assert done.exit_code == 0, done.output


def test_the_agenda_words_letting_it_rest_as_no_more_follow_ups(acme) -> None:
    # Two follow-ups sent (Tue 17 and Tue 24 March) and no answer: a week after the second,
    # the plan says to let it rest.
    _send_follow_up(acme, "2026-03-17")
    _send_follow_up(acme, "2026-03-24")
    env = {"AFTERWORD_NOW": "2026-03-31T10:00:00-04:00", "COLUMNS": "200"}
    agenda = json.loads(acme("agenda", "--format", "json", env=env).stdout)
    assert "let-it-rest" in {s["kind"] for s in agenda["today"]}
    text = acme("agenda", env=env).stdout
    assert "Let it rest: no more follow-ups to Priya Raman" in text
    assert "Let it rest to" not in text


def test_list_gives_the_next_step_the_time_the_agenda_gives_it(acme) -> None:
    # The morning after: Priya's thank-you was best at 16:00 the day before; that time has
    # gone, so `list` says when to send it now, as `agenda` does, not a time in the past.
    rows = json.loads(acme("list", "--format", "json", env=MORNING_AFTER).stdout)
    agenda = json.loads(acme("agenda", "--format", "json", env=MORNING_AFTER).stdout)
    assert agenda["today"][0]["to"] == "Priya Raman"
    assert "Monday 2 March" not in rows[0]["next_step"]
    assert "Tuesday 3 March" in rows[0]["next_step"]


def test_the_agenda_exports_an_e_mail_with_no_address_as_text(run_cli, tmp_path: Path) -> None:
    # Tomás has no e-mail address: an .eml export would be refused, so the agenda says txt.
    record = tmp_path / "no-address.toml"
    record.write_text(ACME.read_text(encoding="utf-8").replace(
        'email = "tomas.ortega@acme-analytics.example"\n', ""), encoding="utf-8")
    run_cli("profile", "set", "name", "Sam Ortiz")
    run_cli("profile", "set", "email", "sam.ortiz@example.com")
    assert run_cli("add", str(record)).exit_code == 0
    run_cli("draft", "1", env=MORNING_AFTER)
    agenda = json.loads(run_cli("agenda", "--format", "json", env=MORNING_AFTER).stdout)
    commands = {s["to"]: s["command"] for s in agenda["today"]}
    assert commands["Tomás Ortega"].endswith("--as txt"), commands
    assert commands["Priya Raman"].endswith("--as eml"), commands
    command = commands["Tomás Ortega"].split()[1:]
    assert run_cli(*command).exit_code == 0
