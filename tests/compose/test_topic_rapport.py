"""Topics and rapport as a coach would send them (issue 13, session 6, second round).

Each test is a kind, in fragments of its own: a jotted topic takes the article or plural its
noun needs (read from the language, not a list); a route jotted with an arrow or a dash is
one topic, never cut at it; teasing is a moment of the interview, never thanked for; the
company's words are "as you put it" only when the part of the record that quotes them gives
them to the reader.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_fragment_reading import _reading  # noqa: E402

from afterword.compose.facts import Person  # noqa: E402
from afterword.language.banter import teasing  # noqa: E402
from afterword.language.determiners import countable, with_articles  # noqa: E402
from afterword.language.routes import join_routes  # noqa: E402

ROSA = Person("Rosa Lindgren", email="rosa@okafor.example")


def _topic(text: str) -> str | None:
    return _reading().topic(text, to=ROSA, own=False).text


def _rapport(text: str) -> tuple[str | None, str | None]:
    phrased = _reading().rapport(Person("Rosa Lindgren", email="rosa@okafor.example",
                                        rapport=text))
    return phrased.text, phrased.ask


# Articles ----------------------------------------------------------------------------------

def test_a_singular_noun_that_counts_takes_its_article() -> None:
    assert _topic("porter at main gate") == "the porter at the main gate"
    assert _topic("rota for weekend") == "the rota for the weekend"
    assert _topic("lift inspection") == "the lift inspection"


def test_a_mass_noun_or_a_plural_reads_well_bare() -> None:
    assert _topic("feedback from tenants") == "feedback from tenants"
    assert _topic("training for new porters") == "training for new porters"
    assert _topic("quarterly fire drills") == "quarterly fire drills"


def test_an_ordinal_makes_one_of_a_kind() -> None:
    assert _topic("first six weeks") == "the first six weeks"


def test_countability_is_read_from_how_often_the_plural_is_used() -> None:
    for noun in ("nurse", "lane", "target", "porter", "ledger"):
        assert countable(noun), noun
    for noun in ("feedback", "training", "software", "pricing", "equipment", "months"):
        assert not countable(noun), noun


def test_a_fixed_phrase_after_a_preposition_keeps_no_article() -> None:
    assert with_articles("porter on call") == "the porter on call"
    assert with_articles("intake by phone") == "the intake by phone"


def test_a_name_keeps_no_article() -> None:
    assert with_articles("Northgate") == "Northgate"
    assert with_articles("Opera Cloud reporting") == "Opera Cloud reporting"


def test_a_count_glued_to_its_unit_measures_the_noun_after_it() -> None:
    topic = _topic("callback within 48h window") or ""
    assert "48-hour window" in topic and "48h" not in topic


# Routes ------------------------------------------------------------------------------------

def test_a_route_jotted_with_an_arrow_is_one_topic() -> None:
    assert _topic("Tilbury -> Felixstowe shuttle") == "the Tilbury to Felixstowe shuttle"


def test_a_route_jotted_with_a_spaced_dash_is_one_topic() -> None:
    assert _topic("Leeds - Harrogate bus contract") == "the Leeds to Harrogate bus contract"


def test_work_and_its_result_are_no_route() -> None:
    everyday = {"cut", "then"}
    assert join_routes("moved to AWS -> Cut costs 30%", lambda w: w.lower() in everyday) == \
        "moved to AWS -> Cut costs 30%"
    assert join_routes("Tilbury -> Felixstowe", lambda w: False) == "Tilbury to Felixstowe"


# Rapport -----------------------------------------------------------------------------------

def test_teasing_is_never_thanked_for() -> None:
    for line in ("he ribbed me about my team all afternoon",
                 "city fan, im united. she took the mickey the whole time",
                 "he gave me a hard time about the accent lol"):
        text, ask = _rapport(line)
        assert text is None, line
        assert ask is None  # nothing to rephrase: the note reads whole without it


def test_what_is_in_common_beside_teasing_still_reads() -> None:
    text, _ = _rapport("both from Tromso, she teased me about the dialect")
    assert text == "It was good to find that we are both from Tromso."


def test_kindness_is_still_thanked_for() -> None:
    text, _ = _rapport("she walked me through the loading bay")
    assert text == "Thank you, too, for walking me through the loading bay."


def test_teasing_is_told_by_a_verb_done_to_someone() -> None:
    assert teasing("we ribbed each other about the derby")
    assert not teasing("the ribs at lunch were great")
    assert not teasing("she mocked up the form in an afternoon")


# Values ------------------------------------------------------------------------------------

ANANYA = Person("Ananya Rao", email="ananya@x.example")
BILL = Person("Bill Ortiz", email="bill@x.example")


def _said_by(values: str) -> str | None:
    reading = _reading(values=values, people=(ANANYA, BILL))
    who = reading.values_said_by
    return who.name if who else None


def test_words_off_a_website_are_not_the_readers() -> None:
    assert _said_by("website: 'Ship it whole.' + bill said they want 'zero paper by 2030'") \
        is None


def test_words_the_record_gives_the_reader_are_theirs() -> None:
    assert _said_by("'Ship it whole' - bill said it like five times") == "Bill Ortiz"
    assert _said_by("ananya kept saying 'ship it whole'; the poster says 'safety first'") == \
        "Ananya Rao"


def test_a_question_topic_keeps_its_nouns_as_written() -> None:
    assert with_articles("what tenants want from first response crews") == \
        "what tenants want from first response crews"
    assert with_articles("feedback from first response crews") == \
        "feedback from first response crews"


def test_an_adjective_before_its_noun_names_a_practice_bare() -> None:
    assert with_articles("holistic defence") == "holistic defence"
    assert with_articles("harbour pilot") == "the harbour pilot"


def test_rapport_never_shares_what_the_line_says_differs() -> None:
    text, _ = _rapport("both play in a five-a-side football team (diff teams)")
    assert text == "It was good to find that we both play in five-a-side football teams."
    text, ask = _rapport("both at the same running club, different clubs now")
    assert text is None and ask
    text, _ = _rapport("both play five-a-side football, diff teams")
    assert text == "It was good to find that we both play five-a-side football."


def test_a_field_of_work_is_named_bare_though_its_plural_is_common() -> None:
    assert with_articles("flood duty") == "flood duty"
    assert with_articles("dive school") == "dive school"
    assert countable("school")  # the noun counts; the list says a topic names it as a field
