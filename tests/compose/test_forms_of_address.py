"""Forms of address a reader expects: a physician is Dr., a councillor Councillor."""

from __future__ import annotations

import pytest

from afterword.compose.facts import Person
from afterword.model.interview_file import who_is


@pytest.mark.parametrize(("name", "title", "uk", "us"), [
    ("Ioana Constantinescu", "Attending Physician, Internal Medicine", "Dr Constantinescu",
     "Dr. Constantinescu"),
    ("Maya Ross", "Consultant Psychiatrist", "Dr Ross", "Dr. Ross"),
    ("Maya Ross", "Physician Assistant", "Maya", "Maya"),  # not a doctor
    ("Maya Ross", "Nurse Practitioner", "Maya", "Maya"),
    ("Maya Ross", "Consultant Surgeon", "Maya", "Maya"),  # Mr or Ms in Britain: not guessed
    # Other professions whose title ends in a doctor's word: no "Dr." the record never gave.
    ("Maya Ross", "Speech-Language Pathologist", "Maya", "Maya"),
    ("Maya Ross", "Lead Speech Pathologist", "Maya", "Maya"),
    ("Maya Ross", "Dental Hygienist to the Dentist", "Maya", "Maya"),
    ("Maya Ross", "Veterinary Technician", "Maya", "Maya"),
    ("Maya Ross", "Forensic Pathologist", "Dr Ross", "Dr. Ross"),
    ("Maya Ross", "Associate Dentist", "Dr Ross", "Dr. Ross"),
    ("Bashir Mahmood", "Councillor, Chair of Governors", "Councillor Mahmood",
     "Councillor Mahmood"),
    ("Cllr Bashir Mahmood", "Chair of Governors", "Councillor Mahmood", "Councillor Mahmood"),
    # Titles of Nigerian and Philippine professional usage, written in the name.
    ("Engr. Chukwuemeka Obi", "Principal Quantity Surveyor", "Engr. Obi", "Engr. Obi"),
    ("Atty. Ramon Cruz", "Legal Counsel", "Atty. Cruz", "Atty. Cruz"),
    # "Ma." is short for María, never a greeting ("Dear Ma.," went out before).
    ("Ma. Leonora Santos", "QA Team Lead", "Leonora", "Leonora"),
    ("Ma. Cristina", "QA Team Lead", "Cristina", "Cristina"),  # no family name written
    ("Dr. Ma. Leonora Santos", "Medical Director", "Dr Santos", "Dr. Santos"),
    ("Jack Ma", "Operations Manager", "Jack", "Jack"),
])
def test_a_reader_is_greeted_by_the_form_of_address_of_their_office(
        name: str, title: str, uk: str, us: str) -> None:
    person = Person(name=name, title=title)
    assert person.greeting_name("en_GB") == uk
    assert person.greeting_name("en_US") == us


def test_a_councillor_is_found_by_their_title_as_raised_by() -> None:
    panel = ["Cllr Bashir Mahmood", "Sian Pritchard"]
    assert who_is("Cllr Mahmood", panel) == ["Cllr Bashir Mahmood"]
    assert who_is("councillor", panel) == ["Cllr Bashir Mahmood"]
