"""Every table on an 80-column terminal (and a 60-column one): nothing wider than the
terminal, no name, id or command cut, no "…", and every time on the user's clock."""

from __future__ import annotations

import re

import pytest

from tests.conftest import EXAMPLES

# The morning after the Acme interview, in New York (the profile's zone).
NOW = "2026-03-03T08:30:00-05:00"
# What a person reads and types back, per command: each must show whole, never broken or cut.
WHOLE = {
    ("list",): ["Acme", "Analytics", "Harbor", "Finch", "Architects", "Coordinator",
                "interviewing"],
    ("messages",): ["Priya", "Tomás", "Ortega", "Margaret", "Ellison", "Olusegun", "Adeyemi",
                    "linkedin-message", "handwritten"],
    ("plan", "1"): ["Priya", "Raman", "Tomás", "Ortega", "thank-you-1", "thank-you-2",
                    "follow-up-1", "follow-up-2", "let-it-rest", "Analytics"],
    ("plan", "2"): ["Margaret", "Ellison", "Olusegun", "Adeyemi", "thank-you-3", "Architects"],
    ("agenda",): ["Margaret", "Ellison", "Olusegun", "Adeyemi", "Architects", "Coordinator"],
    ("rules",): ["concern-not-addressed", "missing-qualification", "wrong-recipient-name"],
    ("profile",): ["jordan.lee@example.com", "America/New_York"],
    ("config", "show"): ["profile.email", "jordan.lee@example.com", "America/New_York"],
}


@pytest.fixture
def two_searches(run_cli):
    """Jordan, in New York, with the Acme interview (New York) and the Harbor panel (London)."""
    run_cli("profile", "set", "name", "Jordan Lee")
    run_cli("profile", "set", "email", "jordan.lee@example.com")
    run_cli("profile", "set", "timezone", "America/New_York")
    for name in ("acme-data-engineer.toml", "harbor-panel.toml"):
        assert run_cli("add", str(EXAMPLES / name)).exit_code == 0
    for interview in ("1", "2"):
        assert run_cli("draft", interview, env={"AFTERWORD_NOW": NOW}).exit_code == 0

    def run(*args: str, columns: int = 80) -> str:
        result = run_cli(*args, env={"AFTERWORD_NOW": NOW, "COLUMNS": str(columns)})
        assert result.exit_code == 0, result.output
        return result.stdout

    return run


def tokens(text: str) -> set[str]:
    """The words of a table's cells, split on spaces and the table's rules."""
    return set(re.split(r"[\s│┃(),;]+", text))


def assert_fits(text: str, columns: int) -> None:
    # A path (`config show` ends with the file's) is the one thing left to the terminal.
    wide = [line for line in text.splitlines()
            if len(line) > columns and not line.startswith("File: ")]
    assert not wide, f"wider than {columns} columns:\n" + "\n".join(wide)
    assert "…" not in text, text


@pytest.mark.parametrize("columns", [80, 60])
def test_every_table_fits_the_terminal_without_cutting_a_word(two_searches, columns) -> None:
    for command, words in WHOLE.items():
        text = two_searches(*command, columns=columns)
        assert_fits(text, columns)
        missing = [word for word in words if word not in tokens(text)]
        assert not missing, (command, missing, text)


def test_list_shows_company_and_role_whole_at_80_columns(two_searches) -> None:
    text = two_searches("list")
    assert_fits(text, 80)
    for word in ("Acme", "Analytics", "Harbor", "Finch", "Architects", "Project",
                 "Coordinator", "interviewing"):
        assert word in tokens(text), text


def test_messages_keeps_words_and_channels_whole_at_80_columns(two_searches) -> None:
    text = two_searches("messages")
    assert_fits(text, 80)
    for word in ("linkedin-message", "handwritten", "Olusegun", "Adeyemi", "Subject"):
        assert word in tokens(text), text
    narrow = two_searches("messages", columns=60)
    assert_fits(narrow, 60)
    assert "linkedin-message" in tokens(narrow) and "Olusegun" in tokens(narrow), narrow


def test_plan_shows_short_step_ids_whole_and_skip_takes_them(two_searches, run_cli) -> None:
    text = two_searches("plan", "1")
    assert_fits(text, 80)
    for step in ("thank-you-1", "thank-you-2", "follow-up-1", "follow-up-2", "let-it-rest"):
        assert step in tokens(text), text
    assert "1:follow-up" not in text and "interviewer:" not in text
    skipped = run_cli("skip", "1", "follow-up-2", env={"AFTERWORD_NOW": NOW})
    assert skipped.exit_code == 0, skipped.output
    after = two_searches("plan", "1", "--format", "json")
    import json

    steps = {s["short_id"]: s for s in json.loads(after)["steps"]}
    assert steps["follow-up-2"]["state"] == "skipped"
    assert steps["follow-up-2"]["id"] == "1:follow-up-2"  # the stored id is unchanged


def test_skip_still_takes_the_long_step_id(two_searches, run_cli) -> None:
    result = run_cli("skip", "1", "1:let-it-rest", env={"AFTERWORD_NOW": NOW})
    assert result.exit_code == 0, result.output
    import json

    steps = json.loads(two_searches("plan", "1", "--format", "json"))["steps"]
    assert [s["state"] for s in steps if s["short_id"] == "let-it-rest"] == ["skipped"]


def test_skip_names_the_short_ids_when_the_step_is_unknown(two_searches, run_cli) -> None:
    result = run_cli("skip", "1", "follow-up-9", env={"AFTERWORD_NOW": NOW})
    assert result.exit_code != 0
    assert "thank-you-1, thank-you-2, follow-up-1, follow-up-2, let-it-rest" in " ".join(
        result.stderr.split())


def test_the_panel_s_thank_yous_are_numbered_in_the_order_recorded(two_searches) -> None:
    import json

    steps = json.loads(two_searches("plan", "2", "--format", "json"))["steps"]
    names = {s["short_id"]: s["to"] for s in steps if s["kind"] == "thank-you"}
    assert names == {"thank-you-1": "Margaret Ellison", "thank-you-2": "Olusegun Adeyemi",
                     "thank-you-3": "Chloé Martin"}


def test_agenda_keeps_each_command_on_one_line_at_80_columns(two_searches) -> None:
    text = two_searches("agenda")
    assert_fits(text, 80)
    for command in ("afterword export 1 --as eml", "afterword export 3 --as card",
                    "afterword export 5 --as txt"):
        assert command in text, text


def test_outbox_fits_and_shows_times_in_the_user_s_zone(two_searches, run_cli) -> None:
    sent = run_cli("mark-sent", "1", "--on", "2026-03-03T08:15", env={"AFTERWORD_NOW": NOW})
    assert sent.exit_code == 0, sent.output
    text = two_searches("outbox")
    assert_fits(text, 80)
    assert "Tue, 3 Mar 2026" in text and "08:15 EST" in text, text
    assert "UTC" not in text and "13:15" not in text


# -- times on the user's clock -----------------------------------------------------------------


def test_messages_shows_the_time_in_the_user_s_zone_not_utc(two_searches, run_cli) -> None:
    sent = run_cli("mark-sent", "2", "--on", "2026-03-03T07:45", env={"AFTERWORD_NOW": NOW})
    assert sent.exit_code == 0, sent.output
    text = two_searches("messages")
    assert "07:45 EST" in text, text
    assert "UTC" not in text and "12:45" not in text


def test_list_shows_a_london_interview_on_the_user_s_new_york_clock(two_searches) -> None:
    text = two_searches("list")
    # The Harbor panel was 10:00 in London: 05:00 in New York. Its next step likewise.
    assert "05:00 EST" in text and "GMT" not in text, text
    assert "07:30 on" in " ".join(text.split()), text


def test_show_gives_the_user_s_time_and_the_interview_s_own(two_searches) -> None:
    text = two_searches("show", "2")
    assert "When: Thu, 5 Mar 2026, 05:00 – 06:30 EST" in text, text
    assert "Their time: Thu, 5 Mar 2026, 10:00 – 11:30 GMT" in text, text


def test_show_gives_one_time_when_the_interview_is_in_the_user_s_zone(two_searches) -> None:
    text = two_searches("show", "1")
    assert "When: Mon, 2 Mar 2026, 14:00 – 15:00 EST" in text, text
    assert "Their time" not in text


def test_plan_and_agenda_lead_with_the_user_s_time(two_searches) -> None:
    text = two_searches("plan", "1")
    # Tomás is in Madrid: the 08:00 suggested there (02:00 in New York) has passed at 08:30
    # in New York, so the plan shows now, on both clocks, and says why.
    assert "08:30 EST" in text and "theirs: 14:30 CET" in text, text
    assert "That moment has" in text, text  # wrapped in its cell
    agenda = two_searches("agenda")
    assert "07:30 EST" in agenda and "theirs: 12:30 GMT" in agenda, agenda


def test_a_very_narrow_terminal_shows_each_message_as_a_block(two_searches) -> None:
    text = two_searches("messages", columns=40)
    assert_fits(text, 40)
    assert {"Margaret", "Ellison", "linkedin-message", "handwritten"} <= tokens(text), text


def test_a_us_profile_reads_dates_and_times_its_own_way(two_searches, run_cli) -> None:
    """`profile.locale` = en_US: month before day and a 12-hour clock, in every table."""
    assert run_cli("config", "set", "profile.locale", "en_US").exit_code == 0
    shown = two_searches("show", "1")
    assert "When: Mon, Mar 2, 2026, 2:00 PM – 3:00 PM EST" in shown, shown
    listed = two_searches("list")
    assert "Mon, Mar 2, 2026" in listed and "2:00 PM EST" in listed, listed
    assert_fits(listed, 80)
    planned = two_searches("plan", "1")
    assert "8:30 AM EST" in planned and "theirs: 2:30 PM CET" in planned, planned
    assert_fits(planned, 80)
    agenda = two_searches("agenda")
    assert "7:30 AM EST" in agenda and "theirs: 12:30 PM GMT" in agenda, agenda
    assert_fits(agenda, 80)


def test_a_british_profile_writes_the_day_before_the_month(two_searches, run_cli) -> None:
    assert run_cli("config", "set", "profile.locale", "en_GB").exit_code == 0
    shown = two_searches("show", "1")
    assert "When: Mon, 2 Mar 2026, 14:00 – 15:00 EST" in shown, shown
