"""Concerns and additions the notes used to leave out though the record had a usable answer:
a comparison with no subject named, a concern jotted as a clause, an answer with "incl ..."
or a ratio, an addition for the only interviewer, an addition no note had room for. The
fragments are invented here (a ferry operator, a pharmacy, a bank, an electrician), not
taken from the corpus records."""

from __future__ import annotations

from datetime import UTC, datetime

from afterword.compose import answers
from afterword.compose.drafts import compose
from afterword.compose.facts import Candidate, Concern, Facts, Improvement, Person
from afterword.compose.fragments import Reading
from afterword.language.jotted import Reader

START = datetime(2026, 9, 8, 14, 0, tzinfo=UTC)  # a Tuesday


def _facts(*people: Person, concerns: tuple[Concern, ...] = (),
           improvements: tuple[Improvement, ...] = ()) -> Facts:
    return Facts(company="Harbourside Pharmacy", role="Staff Pharmacist", start=START, end=START,
                 timezone="UTC", candidate=Candidate(name="Jordan Lee", email="j@l.example"),
                 people=people, qualifications=("ran 1,200 flu shots a season",),
                 concerns=concerns, improvements=improvements)


def _person(name: str, n: int, channel: str = "email", poc: bool = False) -> Person:
    return Person(name, position=n, email=f"{name.split()[0].lower()}@harbour.example",
                  channel=channel, point_of_contact=poc, topics=("the new vaccine clinic",))


def _drafts(facts: Facts) -> dict[str, str]:
    return {d.to_name: d.body for d in compose(facts, kind="thank-you")}


def _todo(facts: Facts) -> list[str]:
    return [i for d in compose(facts, kind="thank-you") for i in (*d.incomplete, *d.record_todo)]


# A comparison names the side the candidate has less of -----------------------------------

def test_a_comparison_s_thinner_side_is_its_subject() -> None:
    assert answers.compared("mostly residential wiring, less commercial") == "commercial wiring"
    assert answers.compared("mostly retail banking not business") == "business banking"
    assert answers.compared("mostly day shifts, not nights") == "nights"
    assert answers.compared("more inbound than outbound freight") == "outbound freight"
    assert answers.compared("mostly pandas on a laptop") is None  # no other side


def test_a_comparison_is_answered_under_its_thinner_side() -> None:
    facts = _facts(_person("Olu Adeyemi", 0, poc=True), concerns=(
        Concern("mostly retail counter, less hospital pharmacy",
                "I covered the Mercy Hospital pharmacy for six weekends last spring."),))
    body = _drafts(facts)["Olu Adeyemi"]
    assert "hospital pharmacy" in body and "six weekends" in body, body
    assert "mostly" not in body and "less" not in body


# A concern whose subject cannot be named, answered by an answer that names its matter ---------

def test_an_answer_naming_its_matter_is_given_without_a_subject() -> None:
    facts = _facts(_person("Olu Adeyemi", 0, poc=True), _person("Mei Tan", 1), concerns=(
        Concern("patients here can be hard to reach by phone",
                "I ran a callback list that reached nine in ten patients within two days."),))
    notes = _drafts(facts)
    assert "callback list that reached nine in ten patients" in notes["Olu Adeyemi"]
    assert "callback" not in notes["Mei Tan"]
    assert not any("patients here can be hard" in a for a in _todo(facts))


def test_an_answer_that_leans_on_the_concern_is_still_asked_for() -> None:
    # "it" refers to the concern: alone, the reader would not know what was handled.
    facts = _facts(_person("Olu Adeyemi", 0, poc=True), concerns=(
        Concern("the store gets very loud at rush hour", "I have handled it for years."),))
    assert "handled it" not in _drafts(facts)["Olu Adeyemi"]
    asks = _todo(facts)
    assert any("the store gets very loud" in a and "\u201cstore\u201d" in a for a in asks), asks


def test_an_unnamed_concern_to_whoever_asked_is_followed_up_without_you_asked() -> None:
    facts = _facts(_person("Olu Adeyemi", 0, poc=True), _person("Mei Tan", 1), concerns=(
        Concern("compounding is a big part of the job here",
                "I compounded pediatric suspensions every week at my last pharmacy.",
                "Mei Tan"),))
    body = _drafts(facts)["Mei Tan"]
    assert "To follow up on your question: I compounded" in body or \
        "One more thought on your question: I compounded" in body, body
    assert "You asked" not in body


def test_stands_alone_needs_a_shared_word_and_no_leaning_pronoun() -> None:
    assert answers.stands_alone("teens can be a tough crowd",
                                "I volunteered at a teen center for two years.")
    assert not answers.stands_alone("teens can be a tough crowd",
                                    "I have volunteered at a youth club for two years.")
    assert not answers.stands_alone("night audits take long", "I closed them on time.")


# Answers jotted with "incl", a ratio, a count with "+" ------------------------------------

def test_an_including_piece_stays_on_the_clause_before_it() -> None:
    reading = Reading(_facts(_person("Olu Adeyemi", 0)))
    said = reading.sentences("trained 12 new drivers, incl 4 on the hazmat route",
                             what="your answer").text
    assert said and said.startswith("I trained 12 new drivers, including ") and \
        said.endswith(" on the hazmat route."), said


def test_a_ratio_after_a_preposition_is_the_trade_s_notation() -> None:
    reading = Reading(_facts(_person("Olu Adeyemi", 0)))
    said = reading.sentences("brought leverage down from 4.2x to 3.1x in a year",
                             what="your answer", trade=True).text
    assert said and "from 4.2x to 3.1x" in said, said
    assert not reading.sentences("made the close 2x faster", what="your answer").ok


def test_a_count_with_a_plus_before_an_adjective_counts_the_noun_after() -> None:
    reader = Reader(["Olu Adeyemi"], [])
    assert "more than 40 large group tours" in reader.spell("ran 40+ large group tours")


# Additions: the only interviewer's, and those no note could carry ------------------------

def test_the_only_interviewer_gets_the_addition_beside_their_concern() -> None:
    facts = _facts(_person("Olu Adeyemi", 0, poc=True), concerns=(
        Concern("no immunization certificate yet",
                "I am booked on the APhA immunization course on October 3."),),
        improvements=(Improvement("the drug interaction question - i hesitated",
                                  "I would check the interaction in Lexicomp first and call "
                                  "the prescriber before filling."),))
    body = _drafts(facts)["Olu Adeyemi"]
    assert "call the prescriber before filling" in body, body
    assert "your drug interaction question" in body, body


def test_an_addition_no_note_carries_is_listed_with_the_reason() -> None:
    # The only e-mail note answers a concern; the other is a card: the addition, asked by
    # nobody named, goes in no note, and the record says so with what would place it.
    facts = _facts(_person("Olu Adeyemi", 0, poc=True), _person("Mei Tan", 1, "handwritten"),
                   concerns=(Concern("no immunization certificate yet",
                                     "I am booked on the APhA immunization course on "
                                     "October 3."),),
                   improvements=(Improvement("the drug interaction question - i hesitated",
                                             "I would check the interaction in Lexicomp first "
                                             "and call the prescriber before filling."),))
    notes = _drafts(facts)
    if not any("call the prescriber" in b for b in notes.values()):
        asks = _todo(facts)
        assert any("the addition to \u201cthe drug interaction question" in a
                   and "raised_by" in a for a in asks), asks


def test_a_term_defined_with_an_equals_sign_reads_as_a_sentence() -> None:
    assert answers.defined("recall = share of true cases the model finds") == \
        "Recall is the share of true cases the model finds"
    assert answers.defined("cost = $4 a unit") is None  # a figure, not a definition
    assert answers.defined("the shop is busy") is None  # a remark, not a term defined
    reading = Reading(_facts(_person("Olu Adeyemi", 0)))
    said = reading.sentences("MME = morphine milligram equivalent, kept new scripts under 90",
                             what="the addition", trade=True).text or ""
    assert said.startswith("MME is the morphine milligram equivalent"), said


# The question an addition is for, and a regret said as what one would do -------------------

def test_a_walk_through_question_is_named_by_what_is_walked_through() -> None:
    assert answers.question_named(["the 'walk me through a roof claim you reopened' question"]) \
        == "the question about a roof claim I reopened"
    assert answers.question_named(["mo's 'walk us through a shift handover' question"]) == \
        "the question about a shift handover"
    assert answers.question_named(["no show scenario"]) == "the no-show scenario"
    assert answers.question_named(["didn't ask any question"]) is None


def test_a_question_in_shorthand_is_asked_for_with_its_word_not_as_unnamed() -> None:
    # "recon" clips "reconciliation", which the record spells out elsewhere.
    facts = _facts(_person("Olu Adeyemi", 0, poc=True),
                   concerns=(Concern("no controlled drug reconciliation exp"),),
                   improvements=(Improvement("the 'walk me thru a recon you couldnt close' q",
                                             "I would check the wholesaler invoices first."),))
    asks = _todo(facts)
    assert any("\u201crecon\u201d" in a and "does not say which question" not in a
               for a in asks), asks


def test_should_of_is_should_have_and_a_regret_becomes_what_i_would_do() -> None:
    reading = Reading(_facts(_person("Olu Adeyemi", 0)))
    said = reading.sentences("should of checked the torque spec first + logged it",
                             what="the addition", trade=True).text
    assert said and said.startswith("I would check the torque spec first"), said
    assert "should" not in said


def test_a_maker_typed_in_lower_case_before_its_product_takes_a_capital() -> None:
    reading = Reading(_facts(_person("Olu Adeyemi", 0)))
    subject = reading.concern_subject(Concern("never used pioneer RxConnect")).text
    assert subject == "Pioneer RxConnect", subject


def test_an_answer_left_out_for_shorthand_names_the_words() -> None:
    reading = Reading(_facts(_person("Olu Adeyemi", 0)))
    read = reading.answer(Concern("no sterile compounding exp",
                                  "i ran the hood at 40 bags an hour w/ zero flombix errors"))
    assert not read.ok and "\u201cflombix\u201d" in (read.ask or "") and \
        "\u201cflombix\u201d" in (read.reason or ""), read
    read = reading.answer(Concern("no pediatric exp", "i coached 9-11 yr olds for 3 seasons"))
    assert read.text and "9-11-year-olds" in read.text, read


def test_a_bare_duration_after_what_was_done_takes_for() -> None:
    assert answers.for_duration("I drove the night route 4 years.") == \
        "I drove the night route for 4 years."
    assert answers.for_duration("I led it in my first 2 years.") == "I led it in my first 2 years."
    assert answers.for_duration("I moved here 3 years ago.") == "I moved here 3 years ago."
    reading = Reading(_facts(_person("Olu Adeyemi", 0)))
    said = reading.sentences("ran the hospice van 2 yrs", what="your answer").text
    assert said == "I ran the hospice van for two years.", said


def test_a_participle_after_a_thing_made_stays_with_it() -> None:
    reading = Reading(_facts(_person("Olu Adeyemi", 0)))
    said = reading.sentences("built the refill tracker for our techs, used daily",
                             what="your answer").text or ""
    assert "I used daily" not in said and said.endswith("for our techs, used daily."), said


def test_an_exam_named_by_its_acronym_is_booked_with_its_article() -> None:
    reading = Reading(_facts(_person("Olu Adeyemi", 0)))
    said = reading.sentences("passed the BPS part 1, BCGP exam scheduled june 9",
                             what="your answer", trade=True).text or ""
    assert "the BCGP exam is scheduled for June 9" in said, said


def test_a_remark_about_the_place_is_no_subject() -> None:
    for remark in ("the depot runs on paper logs", "night calls here spike in winter",
                   "new drivers quit fast"):
        assert answers.present_clause(remark.split()) is not None, remark
    for thing in ("patient transfers experience", "sepsis bundles", "court testimony work",
                  "managing a budget"):
        assert answers.present_clause(thing.split()) is None, thing
    facts = _facts(_person("Olu Adeyemi", 0, poc=True), concerns=(
        Concern("the depot runs on paper logs",
                "I moved our paper logs to a shared tablet form in 2024."),))
    body = _drafts(facts)["Olu Adeyemi"]
    assert "On the depot runs" not in body and "runs on paper logs:" not in body
    assert "I moved our paper logs to a shared tablet form in 2024." in body, body


def test_a_credential_s_standing_and_its_next_session_are_sentences() -> None:
    reading = Reading(_facts(_person("Olu Adeyemi", 0)))
    said = reading.sentences("TWIC + HAZMAT current, STCW course on the 3rd",
                             what="your answer", trade=True).text
    assert said == "My TWIC and HAZMAT are current, and my STCW course is on the third.", said
    assert reading.sentences("handled 30 calls a day, ACLS renewed",
                             what="your answer").text == \
        "I handled 30 calls a day, and my ACLS is renewed."


def test_an_improve_entry_without_an_addition_is_named_in_its_ask() -> None:
    reading = Reading(_facts(_person("Olu Adeyemi", 0)))
    read = reading.addition(Improvement("the recall question - went blank"))
    assert read.text is None and "\u201cthe recall question - went blank\u201d" in (read.ask or "")
