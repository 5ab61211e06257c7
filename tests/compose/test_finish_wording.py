"""The "To finish" lists: people named as their notes greet them, asks that are true."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from afterword.compose.asks import embedded_question
from afterword.compose.drafts import compose
from afterword.compose.facts import Candidate, from_file
from afterword.model.interview_file import parse_interview_text

DATA = Path(__file__).parent / "data" / "kinds"
JORDAN = Candidate(name="Jordan Lee", email="jordan.lee@example.com")


@pytest.mark.parametrize(("jotted", "embedded"), [
    ("how fast can i get PE registered in singapore", "how fast I can get PE registered in singapore"),
    ("can I start before 5 january?", "whether I can start before 5 january"),
    ("when will we hear back", "when we will hear back"),
    ("no CRRT experience", None),
    ("how i'd handle a parent who shouts", None),  # already in statement order
])
def test_a_jotted_question_in_statement_order(jotted: str, embedded: str | None) -> None:
    assert embedded_question(jotted) == embedded


def _lists(record: str, locale: str, rapport: str | None = None) -> list[str]:
    path = DATA / record
    text = path.read_text(encoding="utf-8")
    if rapport:  # a line the note cannot say, so that the list asks for it by name
        text = text.replace('rapport = "he also studied at Stellenbosch"', f'rapport = "{rapport}"')
    facts = from_file(parse_interview_text(text, source=path.name, default_zone="UTC"), JORDAN)
    facts = replace(facts, locale=locale)
    return [line for kind in ("thank-you", "networking") for d in compose(facts, kind=kind)
            for line in (*d.incomplete, *d.record_todo, *d.notes)]


def test_the_lists_name_people_as_a_british_note_greets_them() -> None:
    # The record writes "Dr Hart-Lewis" and "Mr van den Berg"; an en_GB/en_ZA list never
    # adds the American full stop the notes leave out.
    for record, locale in (("uk-physio.toml", "en_GB"), ("za-engineer.toml", "en_ZA")):
        lines = _lists(record, locale, "same varsity lol, different yrs")
        assert record == "uk-physio.toml" or any("Mr van den Berg" in line for line in lines)
        assert not any(t in line for line in lines for t in ("Dr. ", "Mr. ", "Mrs. ", "Ms. "))


def test_a_question_the_reader_asked_is_named_as_one_not_asked_for() -> None:
    lines = _lists("uk-physio.toml", "en_GB")
    assert not any("e.g. \u201chow fast\u201d" in line for line in lines)
    assert not any("cannot tell from the jotting what it is about" in line for line in lines)


def test_a_note_to_hr_is_not_asked_for_a_qualification() -> None:
    path = DATA / "in-accountant.toml"
    facts = from_file(parse_interview_text(path.read_text(encoding="utf-8"), source=path.name,
                                           default_zone="UTC"), JORDAN)
    notes = {d.to_name: d for d in compose(facts)}
    assert not any("what you would bring" in line for line in notes["Pooja Nair"].incomplete)
    # The Finance Controller's note still is.
    assert any("what you would bring" in line for line in notes["Suresh Kumar Iyer"].incomplete)
