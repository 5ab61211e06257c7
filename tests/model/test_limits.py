"""Field length limits live in the model: an interview file meets the same ones as the web form."""

from __future__ import annotations

import pytest

from afterword.errors import InvalidInput
from afterword.model import limits
from afterword.model.interview_file import parse_interview_text

FILE = """
[application]
company = "{company}"
role = "Analyst"

[interview]
start = 2026-03-02T14:00:00
notes = "{notes}"

[[interviewers]]
name = "Sam Ortiz"
linkedin = "{linkedin}"
"""


def _parse(company: str = "Northwind", notes: str = "Good talk.",
           linkedin: str = "https://www.linkedin.com/in/sam") -> object:
    text = FILE.format(company=company, notes=notes, linkedin=linkedin)
    return parse_interview_text(text, source="round.toml", default_zone="America/New_York")


def test_an_over_long_company_in_a_file_is_refused_naming_the_key() -> None:
    with pytest.raises(InvalidInput) as caught:
        _parse(company="N" * (limits.LINE + 1))
    text = f"{caught.value.message} {caught.value.hint or ''}"
    assert "round.toml" in text and "company" in text and "at most 200 fit here" in text


def test_over_long_free_text_is_refused_and_a_long_but_fitting_one_kept() -> None:
    with pytest.raises(InvalidInput):
        _parse(notes="x" * (limits.TEXT + 1))
    parsed = _parse(notes="x" * limits.TEXT)
    assert len(parsed.data.interview.notes or "") == limits.TEXT  # type: ignore[attr-defined]


def test_a_linkedin_address_without_its_scheme_is_completed() -> None:
    parsed = _parse(linkedin="linkedin.com/in/sam-ortiz")
    assert parsed.data.interviewers[0].linkedin == \
        "https://linkedin.com/in/sam-ortiz"  # type: ignore[attr-defined]
    with pytest.raises(InvalidInput):
        _parse(linkedin="not an address")
