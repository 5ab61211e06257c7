"""Place and institution names typed in lower case take their capitals; everyday words do not."""

from __future__ import annotations

import pytest

from afterword.language.jotted import Reader, place_case


@pytest.mark.parametrize(("jotted", "written"), [
    ("both grew up in scranton", "both grew up in Scranton"),
    ("went to UC santa cruz", "went to UC Santa Cruz"),
    ("she's also from bozeman", "she's also from Bozeman"),
    ("moved here from long beach", "moved here from Long Beach"),
    ("shadowed shifts at mercy general last month", "shadowed shifts at Mercy General last month"),
    ("2 years at fairview credit union", "2 years at Fairview Credit Union"),
    ("taught 2nd grade at pinecrest", "taught 2nd grade at Pinecrest"),
    ("a third tech at the mesa store", "a third tech at the Mesa store"),
])
def test_a_lower_case_place_takes_its_capitals(jotted: str, written: str) -> None:
    assert place_case(jotted) == written


@pytest.mark.parametrize("text", [
    "a strong interest in reading",      # Reading is a town; "reading" is a word first
    "a mesa and a canyon",               # "mesa" is a word too: a place only as a site's name
    "the hotel in bath salts",           # "bath" does not close the phrase (see place_cues)
    "cut review time in half",
    "at the library",
    "in triage at my store",
    "played rugby in college",           # Rugby is a town too
    "a mocha and a latte",
    "worked as a para for 2 years",
])
def test_an_everyday_word_that_is_also_a_place_keeps_its_case(text: str) -> None:
    assert place_case(text) == text


def test_days_typed_in_the_plural_take_capitals() -> None:
    assert Reader([], []).spell("simulation lab on fridays") == "simulation lab on Fridays"
