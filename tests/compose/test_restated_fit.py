"""A panel note whose usable qualifications all went to colleagues' notes still says what
the candidate would bring: the best one for its reader (or the strongest) again, in other
words, never a colleague's sentence word for word."""

from __future__ import annotations

import re

import pytest

from afterword.compose.drafts import compose
from afterword.compose.facts import Candidate, from_file
from afterword.model.interview_file import parse_interview_text

JORDAN = Candidate(name="Jordan Lee", email="jordan.lee@example.com")

BAKERY = """
[application]
company = "Kowhai Bakehouse"
role = "Pastry Chef"
status = "interviewing"

[interview]
start = 2026-11-18T14:00:00
duration_minutes = 60
timezone = "Pacific/Auckland"
format = "onsite"
topics = ["the new laminated range", "early starts"]
qualifications = ["cut croissant waste from 12% to 4% at Crumb & Co", "4 yrs pastry chef"]
notes = "dont mention the knee"

[[interviewers]]
name = "Aroha Ngata"
title = "Head Baker"
email = "aroha@kowhai.example"
topics = ["lamination in summer heat"]

[[interviewers]]
name = "Tom Baxter"
title = "Owner"
email = "tom@kowhai.example"
topics = ["a second shop in Ponsonby"]

[[interviewers]]
name = "Mere Walker"
title = "Front of House Manager"
email = "mere@kowhai.example"
topics = ["the cabinet display"]
"""

DEPOT = """
[application]
company = "Northgate Rail"
role = "Site Electrician"
status = "interviewing"

[interview]
start = 2026-12-01T09:00:00
duration_minutes = 45
timezone = "Europe/London"
format = "onsite"
topics = ["signalling upgrades at the depot"]
qualifications = ["wired ~120 distribution boards, 0 failed inspections"]

[[interviewers]]
name = "Gareth Hughes"
title = "Electrical Supervisor"
email = "gareth@northgate.example"
topics = ["inspection sign-offs"]

[[interviewers]]
name = "Priya Shah"
title = "HR Business Partner"
email = "priya@northgate.example"
topics = ["the apprentice mentoring scheme"]

[[interviewers]]
name = "Dan Cole"
title = "Depot Manager"
email = "dan@northgate.example"
topics = ["the night shift rota"]
"""


# The reader the result answers second: every note carries it, one of them plainly.
_HEAD, *_PEOPLE = DEPOT.split("[[interviewers]]")
OWED = "[[interviewers]]".join([_HEAD, _PEOPLE[1], _PEOPLE[0], *_PEOPLE[2:]])


def _notes(text: str) -> list[tuple[str, str, list[str]]]:
    parsed = parse_interview_text(text, source="own.toml", default_zone="UTC")
    facts = from_file(parsed, JORDAN)
    return [(facts.people[n].name, d.body, [str(i) for i in d.incomplete])
            for n, d in enumerate(compose(facts, kind="thank-you"))]


def _sentences(body: str) -> set[str]:
    return {s.strip() for s in re.split(r"(?<=[.!?])\s+", body) if len(s.split()) > 4}


@pytest.mark.parametrize(("record", "fact"), [(BAKERY, "croissant waste"),
                                              (DEPOT, "distribution boards"),
                                              (OWED, "distribution boards")])
def test_every_panel_note_says_what_the_candidate_would_bring(record: str, fact: str) -> None:
    notes = _notes(record)
    for name, _, incomplete in notes:
        assert not any("says nothing of what you would bring" in i for i in incomplete), name
    assert sum(fact in body for _, body, _ in notes) >= 2
    # Never a colleague's sentence word for word.
    for n, (_, body, _) in enumerate(notes):
        for _, other, _ in notes[n + 1:]:
            shared = {s for s in _sentences(body) & _sentences(other) if fact in s}
            assert not shared, shared


def test_a_line_said_again_is_said_plainly_once() -> None:
    notes = [body for _, body, _ in _notes(OWED)]
    plain = "I wired about 120 distribution boards, with no failed inspections."
    assert sum(plain in body.split("\n") for body in notes) == 1
    assert all("distribution boards" in body for body in notes)
