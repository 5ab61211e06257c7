"""Names typed in lower case get their capitals; names typed with any capital are kept."""

from __future__ import annotations

import pytest

from afterword.language.person_names import proper_company, proper_name


@pytest.mark.parametrize(("typed", "written"), [
    ("maria delgado", "Maria Delgado"), ("jean-luc o'neill", "Jean-Luc O'Neill"),
    ("pieter van der berg", "Pieter van der Berg"), ("ana de la cruz", "Ana de la Cruz"),
    ("d\u2019souza", "D'Souza"), ("McKenzie Ross", "McKenzie Ross"),
    ("danah boyd-Smith", "danah boyd-Smith"),  # a capital: the writer chose the casing
    ("", ""), (None, None),
])
def test_a_person_s_name_typed_in_lower_case_is_capitalised(typed: str | None,
                                                            written: str | None) -> None:
    assert proper_name(typed) == written


@pytest.mark.parametrize(("typed", "written"), [
    ("brightside dental", "Brightside Dental"), ("house of tides", "House of Tides"),
    ("ebay", "ebay"), ("bol.com", "bol.com"), ("Acme analytics", "Acme analytics"),
])
def test_a_company_of_several_words_typed_in_lower_case_is_capitalised(typed: str,
                                                                       written: str) -> None:
    assert proper_company(typed) == written


def test_a_draft_greets_and_signs_with_capitals(tmp_path) -> None:
    from afterword.compose.drafts import compose
    from afterword.compose.facts import Candidate, from_file
    from afterword.model.interview_file import parse_interview_text

    text = """
[application]
company = "brightside dental"
role = "Office Manager"

[interview]
start = 2026-03-02T10:00:00
end = 2026-03-02T11:00:00
timezone = "America/Chicago"

[[interviewers]]
name = "maria delgado"
email = "maria@brightside.example"
topics = ["the new scheduling system"]
"""
    facts = from_file(parse_interview_text(text, source="r.toml", default_zone="UTC"),
                      Candidate(name="sam rivera", email="sam@example.com"))
    [draft] = compose(facts, kind="thank-you")
    assert draft.body.startswith("Dear Maria,")
    assert draft.body.rstrip().endswith("Sam Rivera\nsam@example.com")
    assert "brightside dental" not in draft.body
