"""Odd jottings in improve entries never break drafting (found by an independent review)."""

from __future__ import annotations

import pytest

from afterword.compose.answers import _from_asker
from afterword.compose.drafts import compose
from afterword.compose.facts import Candidate, from_file
from afterword.model.interview_file import parse_interview_text

RECORD = """
[application]
company = "Harbourline Ferries"
role = "Deck Officer"

[interview]
start = 2026-03-02T10:00:00
end = 2026-03-02T11:00:00
timezone = "Europe/Dublin"

[[interview.improve]]
answer = {answer!r}
addition = "I would check the tide tables first, then brief the crew."
raised_by = "Niamh"

[[interviewers]]
name = "Niamh Byrne"
email = "niamh@harbourline.example"
topics = ["the winter timetable"]
"""


@pytest.mark.parametrize("answer", ["blanked on the ' ' question", "the \u201c \u201d q",
                                    "''", "the '' question went badly"])
def test_quotes_around_nothing_name_no_question_and_break_nothing(answer: str) -> None:
    text = RECORD.format(answer=answer)
    facts = from_file(parse_interview_text(text, source="r.toml", default_zone="UTC"),
                      Candidate(name="Jordan Lee", email="jordan@example.com"))
    [draft] = compose(facts, kind="thank-you")
    assert draft.body.startswith("Dear Niamh,")


def test_a_question_said_back_puts_you_as_me_after_a_verb() -> None:
    assert _from_asker("a time someone doubted you") == "a time someone doubted me"
    assert _from_asker("a time you disagreed with your manager") == \
        "a time I disagreed with my manager"
