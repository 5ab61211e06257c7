"""Topics a coach found broken as noun phrases (issue 13, compose-topics pass).

Each test is a kind, in fragments invented for it (other trades than the corpus): a motto
or a stated belief jotted as a topic ("people over process", "patients first", "slow is
smooth"), a name that holds its own article, a drift or a loss named bare after a product,
a gradable adjective that makes one thing, a field one is "new to", a figure jotted after
the topic, a label that names nothing without its detail, what the reader does said as the
thing they do it to, and a plan's name quoted in lower case in the values.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_fragment_reading import _reading  # noqa: E402

from afterword.compose.facts import Person  # noqa: E402
from afterword.compose.fragments.words import _known  # noqa: E402
from afterword.language.determiners import gradable, with_articles  # noqa: E402
from afterword.language.mottos import belief, in_values, motto  # noqa: E402
from afterword.language.phrases import second_person  # noqa: E402

ROSA = Person("Rosa Lindgren", email="rosa@okafor.example")


def _topic(text: str, *, own: bool = False, **changes: object) -> str | None:
    return _reading(**changes).topic(text, to=ROSA, own=own).text


# Mottos and beliefs ------------------------------------------------------------------------

def test_a_contrast_of_two_bare_nouns_is_an_emphasis_not_two_things() -> None:
    assert _topic("people over process") == "the emphasis on people over process"
    assert _topic("substance over style", own=True) == "your emphasis on substance over style"
    for text in ("people over process", "substance over style"):
        assert "the process" not in (_topic(text) or "") and "the style" not in (_topic(text) or "")


def test_a_slogan_keeps_its_own_words_in_quotation_marks() -> None:
    assert _topic("patients first") == "the \u201cpatients first\u201d approach"
    assert _topic("'guests, not customers'", own=True) == \
        "your \u201cguests, not customers\u201d approach"


def test_a_belief_the_record_quotes_is_the_idea_it_states() -> None:
    assert _topic("'slow is smooth'") == "the idea that slow is smooth"
    # The company's values hold the words: the jotted topic is their saying.
    assert _topic("every call gets a callback",
                  values="they say 'every call gets a callback' a lot") == \
        "the idea that every call gets a callback"


def test_a_clause_nobody_quotes_is_not_taken_for_a_belief() -> None:
    # A complaint jotted as a clause is no saying of theirs: it stays out as before.
    assert motto("intake process takes too long") is None
    assert _topic("intake process takes too long") is None


def test_a_plain_noun_phrase_among_the_values_reads_as_itself() -> None:
    assert motto("community lending", values="'community lending, not quick loans'") is None
    assert _topic("community lending", values="'community lending, not quick loans'") == \
        "community lending"


def test_the_values_hold_the_words_only_as_a_run() -> None:
    assert in_values("quality before speed", "we put quality before speed, always")
    assert not in_values("quality speed", "we put quality before speed, always")
    assert not in_values("quality", "quality matters")  # one word says nothing


# Articles --------------------------------------------------------------------------------

def test_a_name_that_holds_its_own_article_takes_no_other() -> None:
    assert with_articles("the Los Pinos account") == "Los Pinos account"
    assert with_articles("the lobby at Le Meridien") == "the lobby at Le Meridien"


def test_a_drift_or_a_loss_after_a_product_is_named_bare() -> None:
    assert _topic("ansible drift") == "Ansible drift"
    assert _topic("scope creep on the Halvard job") == "scope creep on the Halvard job"
    # A thing that counts still takes its article after a name.
    assert _topic("kubernetes upgrade") == "the Kubernetes upgrade"


def test_a_gradable_adjective_describes_one_thing() -> None:
    assert gradable("new") and gradable("big")
    assert not gradable("holistic") and not gradable("preventive")
    assert _topic("new loading dock opening in june") == "the new loading dock opening in June"
    assert _topic("preventive care") == "preventive care"


def test_a_field_one_is_new_to_takes_no_article() -> None:
    assert with_articles("mentoring for hires new to retail") == \
        "mentoring for hires new to retail"
    assert "new to the" not in with_articles("buddy shifts for porters new to security")


# Shapes of a topic ------------------------------------------------------------------------

def test_a_figure_after_the_topic_is_a_detail() -> None:
    reading = _reading()
    phrased = reading.topic("call volume ~120 a day", to=ROSA, own=False)
    assert phrased.text == "the call volume"
    assert any("120" in piece for piece, _ in phrased.dropped)


def test_a_label_that_names_nothing_is_said_with_what_it_names() -> None:
    assert _topic("his rule: never leave a cart in the aisle", own=True) == \
        "your rule never to leave a cart in the aisle"
    assert _topic("her rule: always greet the driver first", own=True) == \
        "your rule of always greeting the driver first"
    assert _topic("her rule: never say no problem", own=True) == \
        "your rule never to say \u201cno problem\u201d"
    assert _topic("his motto: no loose ends", own=True) == "your \u201cno loose ends\u201d motto"


def test_a_label_whose_detail_is_no_instruction_is_left_out() -> None:
    phrased = _reading().topic("her rule: drivers sign in by six", to=ROSA, own=True)
    assert phrased.text is None and phrased.ask


def test_what_the_reader_does_is_the_thing_they_do_it_to() -> None:
    assert second_person("she runs the volunteer rota on weekends") == \
        "the volunteer rota you run on weekends"
    assert second_person("he leads a lunch-and-learn for new drivers") == \
        "the lunch-and-learn you lead for new drivers"
    # Wanting and liking are no thing done: other readings, or none.
    assert second_person("she likes the old scheduler") is None


# Values --------------------------------------------------------------------------------

def test_a_plan_quoted_in_lower_case_takes_the_capitals_the_record_gives_its_name() -> None:
    reading = _reading(company="Town of Brackwater",
                       values="the town plan 'brackwater 2040' - read it twice")
    assert reading.values.text == "Brackwater 2040"


def test_a_prefix_written_solid_before_a_known_word_is_english() -> None:
    assert _known("upselling") and _known("rebooking") and _known("overbooking")
    assert _topic("upselling at check in") == "upselling at check-in"
    assert not _known("upzorbling")


# Rapport -----------------------------------------------------------------------------------

def _rapport(text: str) -> str | None:
    return _reading().rapport(Person("Rosa Lindgren", email="rosa@okafor.example",
                                     rapport=text)).text


def test_what_we_both_do_is_said_with_its_verb() -> None:
    assert _rapport("both coach soccer") == "It was good to find that we both coach soccer."
    assert _rapport("both work nights") == "It was good to find that we both work nights."
    assert _rapport("both brew beer, he does sours") == \
        "It was good to find that we both brew beer."
    # A plural that names people: what we both are.
    assert _rapport("both nurse managers") == \
        "It was good to find that we are both nurse managers."
    # A title before a name stays a title.
    assert _rapport("both played for coach okonjo") == \
        "It was good to find that we both played for Coach Okonjo."


def test_what_the_reader_is_too_is_said_as_ours() -> None:
    assert _rapport("he's a beekeeper too") == "It was good to find that we are both beekeepers."
    assert _rapport("she's a night person too") == \
        "It was good to find that we are both night people."
    assert _rapport("also from dundee originally! he got there first lol") == \
        "It was good to find that we are both from Dundee originally."


def test_two_bare_nouns_joined_by_to_are_one_idea() -> None:
    assert _topic("farm to table") == "the \u201cfarm to table\u201d approach"
    # Capitalised names are a route, read as before.
    assert _topic("Tilbury -> Felixstowe shuttle") == "the Tilbury to Felixstowe shuttle"


def test_a_mass_noun_said_of_takes_no_article() -> None:
    assert _topic("hygiene is everyone's job") == "hygiene"
    assert _topic("kitchen is tiny") == "the kitchen"


def test_a_what_would_you_do_question_is_about_the_event() -> None:
    assert _topic("what i'd do if the forklift breaks down mid shift", own=True) == \
        "your question about the forklift breaking down mid shift"
    assert _topic("what i would do if a guest complains", own=True) == \
        "your question about a guest complaining"
    # Without a present-tense verb after its subject, the question keeps its own words.
    assert _topic("what i'd do if the kids were loud", own=True) == \
        "your question about what I would do if the children were loud"


def test_what_the_reader_would_do_is_said_to_them() -> None:
    assert second_person("what she'd change about the rota") == \
        "what you would change about the rota"


def test_a_saying_that_is_a_sentence_is_told_from_one_that_is_a_phrase() -> None:
    # A sentence is no thing a company has: the values line does not say "Acme's “...”".
    assert belief("slow is smooth") and belief("every guest gets a welcome")
    assert not belief("quality and care") and not belief("how we onboard drivers")


def test_a_saying_is_never_the_model_subject_in_an_ask() -> None:
    from datetime import UTC, datetime

    from afterword.compose.facts import Candidate, Facts
    from afterword.compose.fragments import Reading

    start = datetime(2026, 4, 14, 15, tzinfo=UTC)
    facts = Facts(company="Halvorsen Build", role="Lead Carpenter", start=start, end=start,
                  timezone="UTC", candidate=Candidate(name="Robin Vale"),
                  people=(Person("Erik Lund", topics=("stairs",)),),
                  topics=("craft over speed", "the punch list process"))
    example = Reading(facts)._example_topic("idk the thing w/ the subs??")
    assert "craft" not in example and "speed" not in example
