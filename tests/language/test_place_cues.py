"""Lower-case names that the words around them make certain (`place_cues`), and the
everyday words those frames must leave alone. Every example is invented."""

from __future__ import annotations

import pytest

from afterword.language.jotted import Reader, place_case


@pytest.mark.parametrize(("jotted", "written"), [
    # a known place after "in" closing a named place, a place noun or "grew up"
    ("did rotations at Fairmont Medical in derby", "did rotations at Fairmont Medical in Derby"),
    ("rented a flat in norwich, two yrs", "rented a flat in Norwich, two yrs"),
    ("we both grew up in mobile", "we both grew up in Mobile"),
    ("ran a 40 cover bistro in reading", "ran a 40 cover bistro in Reading"),
    # a place's or a name's school, street, hospital
    ("did a year at Norwich arts", "did a year at Norwich Arts"),
    ("studied at bristol polytechnic", "studied at Bristol Polytechnic"),
    ("our office on harbor road", "our office on Harbor Road"),
    ("the café on elm street and the bakery", "the café on Elm Street and the bakery"),
    # a street no word list knows, after a place noun and "on"
    ("we both like the deli on wexley", "we both like the deli on Wexley"),
])
def test_a_frame_makes_a_lower_case_name_certain(jotted: str, written: str) -> None:
    assert place_case(jotted) == written


@pytest.mark.parametrize("text", [
    "good at martial arts",              # "at" after an adjective: a skill, no school
    "a degree in fine arts",
    "a home in need of repair",          # "need" is no place
    "worked in mobile for six years",    # a trade: no place noun before "in"
    "the Norwich arts scene",            # "arts" does not close the name
    "the shop on sunday",
    "a bakery on the corner",
    "placements at two clinics in turn",
    "the pharmacy on call",              # "call" is an everyday word
])
def test_a_frame_never_capitalises_an_everyday_word(text: str) -> None:
    assert place_case(text) == text


def test_a_name_the_record_writes_capitalised_mid_sentence_is_capitalised_everywhere() -> None:
    reader = Reader(record_text=["I cook at Harvest Table on weekends.",
                                 "I was promoted to Shift Supervisor in 2022."])
    assert reader.read("we both help out at harvest table").content == [
        "we both help out at Harvest Table"]
    # a job title the record capitalises stays a common noun elsewhere
    assert reader.read("a shift supervisor role").content == ["a shift supervisor role"]


def test_a_run_opening_a_sentence_teaches_nothing() -> None:
    reader = Reader(record_text=["Junior staff need coaching."])
    assert reader.read("mentored junior staff").content == ["mentored junior staff"]


def test_the_short_form_of_an_institution_named_in_full_takes_its_capital() -> None:
    reader = Reader(record_text=["3 yrs on nights at harmony general, then days"])
    assert reader.read("covered two shifts at harmony last week").content == [
        "covered two shifts at Harmony last week"]
    # only right after "at": the same word with an article is a word
    assert reader.read("worked at the harmony of the team").content == [
        "worked at the harmony of the team"]
    # and without the full name in the record, an everyday word stays one
    assert Reader().read("covered two shifts at harmony last week").content == [
        "covered two shifts at harmony last week"]


@pytest.mark.parametrize(("jotted", "written"), [
    ("grew up in queensland", "grew up in Queensland"),
    ("moved from alberta in 2019", "moved from Alberta in 2019"),
    ("we're both from kerala", "we're both from Kerala"),
    ("two yrs in new south wales", "two yrs in New South Wales"),
])
def test_a_state_or_province_takes_its_capitals(jotted: str, written: str) -> None:
    # from the `holidays` package's subdivisions: the town list holds none of these
    assert place_case(jotted) == written


@pytest.mark.parametrize("text", ["on the west coast", "in the capital territory",
                                  "a move out western"])
def test_a_region_named_by_everyday_words_keeps_its_case(text: str) -> None:
    assert place_case(text) == text
