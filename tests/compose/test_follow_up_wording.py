"""Follow-up drafts: the decision date said neutrally, in the user's convention; a second one new."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from afterword.compose.drafts import compose
from afterword.compose.facts import Candidate, Facts, from_file
from afterword.model.interview_file import parse_interview_text
from tests.conftest import EXAMPLES

JORDAN = Candidate(name="Jordan Lee", email="jordan@example.com")


def _facts(**changes: object) -> Facts:
    path = EXAMPLES / "acme-data-engineer.toml"
    parsed = parse_interview_text(path.read_text(), source=str(path), default_zone="UTC")
    return replace(from_file(parsed, JORDAN), **changes)  # type: ignore[arg-type]


def _sentences(text: str) -> set[str]:
    return {s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", text) if len(s.split()) > 3}


def test_the_follow_up_states_the_date_neutrally_never_the_jotted_words() -> None:
    facts = _facts(timeframe="after the board meets on the 29th", decision_by=date(2026, 3, 29))
    [draft] = compose(facts, kind="follow-up")
    assert "I understand a decision was expected by 29 March" in draft.body
    assert "board" not in draft.body and "29th" not in draft.body
    # Never crediting the reader with a date someone else may have given.
    assert not re.search(r"\byou (said|mentioned|told)\b", draft.body)


def test_the_date_is_written_in_the_user_s_convention() -> None:
    [us] = compose(_facts(decision_by=date(2026, 4, 30), locale="en_US"), kind="follow-up")
    [uk] = compose(_facts(decision_by=date(2026, 4, 30), locale="en_GB"), kind="follow-up")
    assert "expected by April 30" in us.body and "Monday, March 2" in us.body
    assert "expected by 30 April" in uk.body and "Monday 2 March" in uk.body


def test_without_a_readable_date_the_follow_up_asks_for_the_timeline_only() -> None:
    [draft] = compose(_facts(timeframe="soonish", decision_by=None), kind="follow-up")
    assert "soonish" not in draft.body and "expected by" not in draft.body
    assert "any update on the timeline" in draft.body


def test_the_second_follow_up_repeats_nothing_of_the_first() -> None:
    facts = _facts(decision_by=date(2026, 3, 16))
    [first] = compose(facts, kind="follow-up")
    [second] = compose(replace(facts, follow_ups_sent=1), kind="follow-up")
    greeting = first.body.splitlines()[0]
    shared = (_sentences(first.body) & _sentences(second.body)) - {greeting}
    signature = set(first.body.split("\n\n")[-1].splitlines())
    assert not shared - signature, shared
    assert first.subject != second.subject


def test_the_follow_up_dates_the_interview_and_names_the_role_once() -> None:
    [draft] = compose(_facts(decision_by=date(2026, 3, 16)), kind="follow-up")
    assert "my interview on Monday 2 March for the Data Engineer role" in draft.body
    assert draft.body.count("Data Engineer") == 1, draft.body


def test_a_file_s_decision_date_counts_the_point_of_contact_s_holidays() -> None:
    # `afterword draft FILE` reads the timeframe as the plan does once the file is stored:
    # ten working days from Friday 29 January 2027 in New Zealand skip Waitangi Day
    # (observed on Monday 8 February), and a holiday named in the words is theirs.
    text = """
[application]
company = "Harbour City Council"
role = "Planner"

[interview]
start = 2027-01-29T14:00:00
end = 2027-01-29T15:00:00
timezone = "Pacific/Auckland"
timeframe = "within 10 working days"

[[interviewers]]
name = "Aroha Tane"
email = "aroha@harbour.example"
point_of_contact = true
"""
    facts = from_file(parse_interview_text(text, source="nz.toml", default_zone="UTC"), JORDAN)
    assert facts.decision_by == date(2027, 2, 15)  # weekdays only would say 12 February
    us = text.replace("Pacific/Auckland", "America/Chicago").replace(
        "within 10 working days", "before Memorial Day")
    facts = from_file(parse_interview_text(us, source="us.toml", default_zone="UTC"), JORDAN)
    assert facts.decision_by == date(2027, 5, 28)  # Monday 31 May: the Friday before
    # A point of contact in Auckland with no address, a recruiter, an interview on Los
    # Angeles time: the recruiter is the contact, so the interview's country counts, as in
    # the plan (no Waitangi Day: 12 February).
    relay = text.replace('email = "aroha@harbour.example"\n',
                         'timezone = "Pacific/Auckland"\n').replace(
        'timezone = "Pacific/Auckland"\ntimeframe', 'timezone = "America/Los_Angeles"\ntimeframe'
    ).replace('role = "Planner"', 'role = "Planner"\n\n[application.recruiter]\n'
              'name = "Sam Roe"\nemail = "sam@agency.example"')
    assert relay.count("Pacific/Auckland") == 1 and "America/Los_Angeles" in relay
    facts = from_file(parse_interview_text(relay, source="la.toml", default_zone="UTC"), JORDAN)
    assert facts.decision_by == date(2027, 2, 12)


def test_a_decision_expected_the_same_day_is_said_so_not_as_a_date() -> None:
    facts = _facts(timeframe="head rings everyone by 6 tonight")
    same_day = facts.end.date()
    [draft] = compose(replace(facts, decision_by=same_day), kind="follow-up")
    assert "I understand a decision was expected on the day of my interview" in draft.body


def test_a_timeframe_that_promised_a_call_is_not_called_a_decision() -> None:
    facts = _facts(timeframe="recruiter will call by the 29th to set up the 2nd round",
                   decision_by=date(2026, 3, 29))
    [draft] = compose(facts, kind="follow-up")
    assert "I understand you hoped to be in touch about next steps by 29 March" in draft.body
    assert "decision" not in draft.body and "2nd" not in draft.body


def test_a_start_date_alone_gives_the_follow_up_no_date_to_repeat() -> None:
    path = EXAMPLES / "acme-data-engineer.toml"
    text = re.sub(r'(?m)^timeframe = .*$', 'timeframe = "they want someone to start mid-april"',
                  path.read_text())
    parsed = parse_interview_text(text, source=str(path), default_zone="UTC")
    facts = from_file(parsed, JORDAN)
    assert facts.decision_by is None
    [draft] = compose(facts, kind="follow-up")
    assert "April" not in draft.body and "decision" not in draft.body
    assert "I would be grateful for any update on the timeline." in draft.body
