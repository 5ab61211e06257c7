"""Typos are corrected only where a slip is much likelier than a word the dictionary lacks."""

from __future__ import annotations

import pytest

from afterword.language.jotted import Reader


@pytest.mark.parametrize(("jotted", "spelt"), [
    ("thier plan for the ward", "their plan for the ward"),  # letters swapped
    ("recieve the stock", "receive the stock"),
    ("the begining of term", "the beginning of term"),  # a letter missing, longer word
    ("managment of the floor", "management of the floor"),
    # A trade's word is not "corrected" into another word.
    ("did 8 dentals a week", "did 8 dentals a week"),  # first letter: no "rentals"
    ("ran the gantry crew", "ran the gantry crew"),
    # A short word missing a letter is as likely a clipping: "artic" is no "arctic".
    ("saw artic students", "saw artic students"),
])
def test_only_likely_slips_are_corrected(jotted: str, spelt: str) -> None:
    assert Reader().spell(jotted) == spelt
