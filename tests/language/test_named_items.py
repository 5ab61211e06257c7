"""Counts joined to the noun they describe, and names known by their shape (issue 13).
Every example is invented."""

from __future__ import annotations

import pytest

from afterword.language.compounds import hyphenate_counts
from afterword.language.jotted import Reader
from afterword.language.named_items import case_named_items


@pytest.mark.parametrize(("jotted", "written"), [
    ("worked at a 14 dentist practice", "worked at a 14-dentist practice"),
    ("ran our 60 seat dining room", "ran our 60-seat dining room"),
    ("wrote an 8 module course", "wrote an 8-module course"),
    ("coached the 9 player squad", "coached the 9-player squad"),
])
def test_a_count_describing_a_noun_is_joined_to_it(jotted: str, written: str) -> None:
    assert hyphenate_counts(jotted) == written
    assert Reader([]).spell(jotted) == written


@pytest.mark.parametrize("jotted", [
    "trained the 3 shop supervisors",  # three supervisors: what is counted
    "signed off the 2025 budget plan",  # a year
    "asked for a 15 percent raise",  # style books leave "percent" open
    "led 4 design reviews",  # no determiner: the count is of the reviews
    "hired 1 nurse manager",
])
def test_a_count_of_the_noun_itself_stays_apart(jotted: str) -> None:
    assert hyphenate_counts(jotted) == jotted


@pytest.mark.parametrize(("jotted", "written"), [
    ("wrote the annex 3 risk assessment", "wrote the Annex 3 risk assessment"),
    ("see appendix iv", "see Appendix IV"),
    ("ran the title ix training", "ran the Title IX training"),
    ("we both went to Marlow law", "we both went to Marlow Law"),
    ("both Dunmore law grads", "both Dunmore Law grads"),
    ("she remembered ms. lindqvist too", "she remembered Ms. Lindqvist too"),
])
def test_a_name_known_by_its_shape_takes_its_capitals(jotted: str, written: str) -> None:
    assert case_named_items(jotted) == written


@pytest.mark.parametrize("jotted", [
    "keeping up with changes to Ohio law",
    "schedule 3 interviews a week",
    "the title of the talk",
    "went to Marlow law firms",
    "ms excel and word",
])
def test_the_same_words_that_are_no_name_keep_their_case(jotted: str) -> None:
    assert case_named_items(jotted) == jotted


def test_a_courtesy_title_in_lower_case_does_not_end_a_piece() -> None:
    jot = Reader([]).read("same program as me, she remembered ms. lindqvist")
    assert "she remembered Ms. Lindqvist" in jot.content


@pytest.mark.parametrize(("jotted", "content"), [
    ("gecertificeerd tolk (certified interpreter), since 2021",
     ["certified interpreter", "since 2021"]),
    ("ran a fika (coffee break) club", ["ran a coffee break club"]),
])
def test_a_foreign_term_glossed_in_english_reads_as_the_gloss(jotted: str,
                                                             content: list[str]) -> None:
    assert Reader([]).read(jotted).content == content


@pytest.mark.parametrize("jotted", ["met with Lindqvist (my old teacher)",
                                    "fixed the bug (ugh) fast"])
def test_a_name_or_an_english_word_before_brackets_is_no_foreign_term(jotted: str) -> None:
    jot = Reader([]).read(jotted)
    assert all("teacher" not in c and "ugh" not in c for c in jot.content)


@pytest.mark.parametrize(("jotted", "written"), [
    ("she grew up in The Bronx", "she grew up in the Bronx"),
    ("we both moved to The Netherlands", "we both moved to the Netherlands"),
    ("a posting in The Hague", "a posting in The Hague"),  # its "The" is official
    ("The Bronx office", "The Bronx office"),  # opening the sentence
])
def test_a_place_s_article_is_lower_case_mid_sentence(jotted: str, written: str) -> None:
    from afterword.language.jotted import place_case

    assert place_case(jotted) == written
