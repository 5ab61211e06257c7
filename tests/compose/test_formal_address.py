"""A reader the candidate writes of formally ("mr tan", "sandeep sir") is greeted formally."""

from __future__ import annotations

import pytest

from afterword.compose.address import written_formally
from afterword.compose.facts import Candidate, from_file
from afterword.model.interview_file import parse_interview_text

RECORD = """
[application]
company = "Meridian Logistics"
role = "Shift Supervisor"

[interview]
start = 2026-11-30T10:00:00
timezone = "Asia/Singapore"
notes = "{notes}"

[[interviewers]]
name = "Tan Boon Keng"
email = "boonkeng.tan@meridian.example"
topics = ["the night shift rota"]

[[interviewers]]
name = "Priya Natarajan"
email = "priya.n@meridian.example"
topics = ["{topic}"]
"""


def _greetings(notes: str, topic: str = "the new scanners") -> list[str]:
    text = RECORD.format(notes=notes, topic=topic)
    facts = from_file(parse_interview_text(text, source="m.toml", default_zone="UTC"),
                      Candidate(name="Jordan Lee"))
    return [p.greeting_name("en_SG") for p in facts.people]


@pytest.mark.parametrize(("said", "names", "family", "title"), [
    ("mr tan asked about my forklift licence", ["Tan", "Boon", "Keng"], "Tan", "Mr"),
    ("Ms. Joshi was very kind", ["Anjali", "Joshi"], "Joshi", "Ms"),
    ("sandeep sir wants weekly reports", ["Sandeep", "Deshpande"], "Deshpande", "Mr"),
    ("anjali ma'am explained the site", ["Anjali", "Joshi"], "Joshi", "Ms"),
    ("mr w said he'd call", ["Harold", "Whitfield"], "Whitfield", "Mr"),
    # No courtesy title in the jottings, or another person's: nothing to go on.
    ("tan was friendly", ["Tan", "Boon", "Keng"], "Tan", None),
    ("mr lim runs the depot", ["Tan", "Boon", "Keng"], "Tan", None),
    ("mr tang said hi", ["Tan", "Boon", "Keng"], "Tan", None),
    # The jottings disagree: not guessed.
    ("mr joshi and ms joshi", ["Anjali", "Joshi"], "Joshi", None),
])
def test_the_jottings_say_whether_a_reader_is_addressed_formally(
        said: str, names: list[str], family: str, title: str | None) -> None:
    assert written_formally(names, family, said) == title


def test_a_reader_jotted_formally_is_greeted_by_title_and_family_name() -> None:
    assert _greetings("mr tan said they decide next wk") == ["Mr Tan", "Priya"]
    assert _greetings("", topic="priya ma'am's plan for the new scanners") == [
        "Boon Keng", "Ms Natarajan"]
    assert _greetings("") == ["Boon Keng", "Priya"]
