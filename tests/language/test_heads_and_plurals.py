"""Two noun-phrase faults the compose helpers' reports found in notes: a countable noun the
word lists count only by its classical plural ("our conversation about allergen matrix"),
and a word the gazetteer also holds as a town capitalised as the head of a compound ("the
night shift Rota"). Fragments are our own, across trades."""

from __future__ import annotations

import pytest

from afterword.language.determiners import with_articles
from afterword.language.jotted import place_case


@pytest.mark.parametrize("phrase", ["allergen matrix", "risk matrix for the depot",
                                    "new skills matrix", "stores crisis"])
def test_a_noun_with_a_classical_plural_takes_its_article(phrase: str) -> None:
    assert with_articles(phrase).startswith("the "), with_articles(phrase)


@pytest.mark.parametrize("phrase", ["data", "staffing", "patient safety"])
def test_mass_nouns_stay_bare(phrase: str) -> None:
    assert with_articles(phrase) == phrase


@pytest.mark.parametrize("phrase", ["the dental suite rota", "night shift rota, fatigue",
                                    "weekend cover rota and leave", "the new rota"])
def test_a_known_word_heading_a_compound_keeps_its_case(phrase: str) -> None:
    assert place_case(phrase) == phrase


@pytest.mark.parametrize(("phrase", "town"), [("physio job leeds", "Leeds"),
                                              ("both grew up in hull", "Hull"),
                                              ("a flat in bath", "Bath")])
def test_towns_after_a_place_noun_or_preposition_are_still_names(phrase: str, town: str) -> None:
    assert town in place_case(phrase)
