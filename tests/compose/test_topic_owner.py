"""An interview-wide topic that belongs to one interviewer is not thanked for in another's note."""

from __future__ import annotations

from afterword.compose.drafts import compose
from afterword.compose.facts import Candidate, from_file
from afterword.model.interview_file import parse_interview_text

RECORD = """
[application]
company = "Harbour County Court"
role = "Courtroom Clerk"

[interview]
start = 2026-11-30T10:00:00
timezone = "America/Chicago"
topics = ["{shared}"]
qualifications = ["5 yrs as a legal secretary at a family law firm"]

[[interviewers]]
name = "Dana Kowalczyk"
email = "dana@harbour.example"

[[interviewers]]
name = "Pablo Irigoyen"
email = "pablo@harbour.example"
topics = ["the jury assembly room"]
"""


def _bodies(shared: str) -> dict[str, str]:
    text = RECORD.format(shared=shared)
    facts = from_file(parse_interview_text(text, source="c.toml", default_zone="UTC"),
                      Candidate(name="Jordan Lee"))
    return {d.to_name: d.body for d in compose(facts, kind="thank-you")}


def test_a_topic_naming_another_interviewer_is_not_given_to_this_one() -> None:
    bodies = _bodies("pablo's plan for the new e-filing system")
    assert "e-filing" not in bodies["Dana Kowalczyk"]


def test_a_topic_naming_no_one_is_still_the_interview_s() -> None:
    bodies = _bodies("the new e-filing system")
    assert "e-filing" in bodies["Dana Kowalczyk"]


def test_a_name_in_a_detail_leaves_the_topic_the_interview_s() -> None:
    bodies = _bodies("e-filing backlog - pablo wants it gone by march")
    assert "e-filing" in bodies["Dana Kowalczyk"]
