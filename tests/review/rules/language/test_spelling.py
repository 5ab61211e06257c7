from __future__ import annotations

import pytest

from afterword.review import Context, Message, Recipient, ReviewOptions, review
from afterword.review.findings import Finding

RULE = "spelling"


def hits(
    body: str, subject: str | None = None, select: set[str] | None = None, **ctx: object
) -> list[Finding]:
    message = Message(body, subject=subject, context=Context(**ctx))  # type: ignore[arg-type]
    options = ReviewOptions(select=frozenset(select or {RULE}))
    return [f for f in review(message, options).findings if f.rule == RULE]


def note(middle: str) -> str:
    return (
        f"Dear Ms. Hargreaves,\n\nThank you for the interview this morning. {middle}\n\n"
        "I look forward to hearing from you.\n\nBest regards,\nJamal Pierson"
    )


@pytest.mark.parametrize(
    ("sentence", "word", "fix"),
    [
        ("I recieved a clear picture of your accounts payable process.", "recieved", "received"),
        ("The oppurtunity to help with that change is exciting.", "oppurtunity", "opportunity"),
        ("Your plan to accomodate story time outdoors is lovely.", "accomodate", "accommodate"),
        ("I enjoyed meeting your collegues in the lab.", "collegues", None),
        ("Your approach to project managment is clear.", "managment", "management"),
        ("I definately see how I could help.", "definately", "definitely"),
        ("It was a pleasure to meet the comittee.", "comittee", "committee"),
        ("I am greatful for your time.", "greatful", "grateful"),
        ("We could meet again tommorow if that suits you.", "tommorow", "tomorrow"),
        ("The new enviroment sounds calm and focused.", "enviroment", "environment"),
    ],
)
def test_common_misspellings_are_found_with_a_suggestion(
    sentence: str, word: str, fix: str | None
) -> None:
    found = hits(note(sentence))
    assert [f.message for f in found] == [f"'{word}' looks misspelled"]
    body = note(sentence)
    assert body[found[0].start : found[0].end] == word
    if fix:
        assert found[0].suggestion is not None and fix in found[0].suggestion
        assert found[0].replacement == fix


def test_a_misspelling_in_the_subject_carries_the_subject_field() -> None:
    found = hits(note("Your team is impressive."), subject="Thank you - Estimator interveiw")
    assert len(found) == 1
    assert found[0].field == "subject"
    assert found[0].replacement == "interview"


def test_a_title_case_subject_word_that_swaps_two_letters_is_found() -> None:
    found = hits(note("Your team is impressive."), subject="Thank You - Estimator Interveiw")
    assert [f.replacement for f in found] == ["Interview"]


def test_every_occurrence_is_a_finding_of_its_own() -> None:
    found = hits(note("I recieved the packet, and Priya recieved my portfolio."))
    assert len(found) == 2


def test_a_capitalised_misspelling_that_opens_a_sentence_is_found() -> None:
    found = hits(note("Definately the most thorough interview I have had."))
    assert [f.replacement for f in found] == ["Definitely"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I have organised similar rollouts and analysed their results.",  # UK
        "Our colour-coded schedule kept the centre running through the programme.",
        "The onboarding workflow and the product roadmap were clear to every stakeholder.",
        "I have upskilled teammates in cybersecurity and telehealth tools.",
        "I moved our dashboards to a new dataset and cut analytics costs.",
        "I've seen how the team's backend and frontend work together; it's impressive.",
        "Your employees' feedback and the café's new menu were both great.",
        "I led a cross-functional re-platforming effort and a follow-up check-in.",
        "The stormwater and wastewater teams share one flowsheet.",
        "I precepted six new graduates last year.",
        "My résumé lists my Kubernetes and KPIs work, plus 3D modelling and COVID-19 testing.",
        "You can reach me at jo.park@example.com or see github.com/jopark for code.",
        "I tagged the post #hiring and mentioned @acme on the 1st and 22nd of May.",
        "I use Node.js, e.g. for the U.S. team, and I'm fluent in iOS and macOS work.",
    ],
)
def test_real_words_and_non_words_pass(sentence: str) -> None:
    assert hits(note(sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Please pass my thanks to Marcus and Kwabena for the site walk.",
        "I enjoyed meeting Siobhan, Oluwaseun and the Nakagawa team.",
        "The tour of Whitcombe Hall and the Larkspur building was a highlight.",
    ],
)
def test_capitalised_names_mid_sentence_are_not_checked(sentence: str) -> None:
    assert hits(note(sentence)) == []


def test_a_name_that_opens_a_sentence_is_not_called_a_misspelled_word() -> None:
    # "Pierson" is one letter from "Person", but a dropped letter is no sign of a typo
    assert hits(note("Pierson Hall was the highlight of the tour for me.")) == []


def test_words_from_the_context_and_the_user_dictionary_are_accepted() -> None:
    body = note("Your flowsheetz in meditechx and the zyntrol rollout were fascinating.")
    assert len(hits(body)) == 3
    assert (
        hits(
            body,
            topics=("Zyntrol rollout",),
            dictionary=("Meditechx", "flowsheetz"),
            recipient=Recipient("Siobhán Byrne"),
        )
        == []
    )


def test_the_options_dictionary_is_accepted_too() -> None:
    message = Message(note("The Zyntrol pilot was great, and zyntrol is a fine tool."))
    report = review(message, ReviewOptions(select=frozenset({RULE}), dictionary=("Zyntrol",)))
    assert report.findings == []


def test_text_inside_a_template_slot_is_skipped() -> None:
    assert hits(note("I enjoyed hearing about [specifc projcet] at your firm.")) == []


def test_a_word_that_grammar_reports_is_not_reported_twice() -> None:
    body = note("I learned alot about your warehouse.")
    assert hits(body, select={RULE}) != []
    assert hits(body, select={RULE, "grammar"}) == []


def test_run_together_words_get_the_two_word_fix() -> None:
    found = hits(note("We should support eachother during the busy season."))
    assert [f.replacement for f in found] == ["each other"]
