"""Kinds of jotted fragment a coach's blind read found mishandled (issue 13, fourth pass).

Each test is a category, in sentences of its own (no record's words): a clipped word is
spelled out only when its meaning is sure, else the phrase is left out and asked about; an
acronym the record spells out itself is written in words; a possessive typed without its
apostrophe is restored; a place is not run into the words after it.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from afterword.compose.facts import Candidate, Facts, Person
from afterword.compose.fragments import Reading, clean
from afterword.language.jotted import Reader, clipped

START = datetime(2026, 3, 5, 14, tzinfo=UTC)
JORDAN = Candidate(name="Jordan Lee", email="jordan.lee@example.com")


def _facts(**changes: object) -> Facts:
    base = dict(company="Okafor Dental Group", role="Front Desk Lead", start=START, end=START,
                timezone="UTC", candidate=JORDAN,
                people=(Person("Rosa Lindgren", email="rosa@okafor.example",
                               topics=("the new phone system",)),),
                topics=("insurance verification",),
                qualifications=("trained 3 receptionists",))
    base.update(changes)
    return Facts(**base)  # type: ignore[arg-type]


def _reading(**changes: object) -> Reading:
    return Reading(_facts(**changes))


# Clipped words ----------------------------------------------------------------------------

def test_a_clipping_with_one_meaning_is_spelled_out() -> None:
    reader = Reader([])
    assert reader.spell("taught yr 9 chem and sci") == "taught year 9 chemistry and science"
    assert reader.spell("both state grads") == "both state graduates"
    assert reader.spell("covered a class as a sub") == "covered a class as a substitute"


def test_the_first_part_of_a_hyphenated_word_is_never_spelled_out() -> None:
    reader = Reader([])
    assert reader.spell("co-supervised two master's students") == \
        "co-supervised two master's students"
    assert reader.spell("a co-op with two other co's") != "a company-op with two other co's"
    assert "company-" not in reader.spell("co-led the mgmt-level review")


def test_a_word_cut_short_is_not_corrected_into_another_word() -> None:
    # "ortho" and "perio" are the start of longer words; the typo fixer must not make
    # "perio" "period": the phrase goes out only if the clipping can be spelled out.
    reader = Reader([])
    spelled = reader.spell("perio charting for new pts")
    assert "period" not in spelled
    assert clipped("perio") and not clipped("period")
    assert not clean(spelled, reader)


def test_a_clipping_of_several_meanings_leaves_the_topic_out_with_an_ask() -> None:
    phrased = _reading().topic("the regional comp in march", to=None, own=False)
    assert not phrased.ok
    assert phrased.ask and "regional comp" in phrased.ask


def test_a_topic_holding_a_cut_word_is_asked_about_not_guessed() -> None:
    phrased = _reading().topic("endo referrals from the perio side", to=None, own=False)
    assert not phrased.ok, phrased.text


# Acronyms the record spells out ---------------------------------------------------------

def test_an_acronym_the_record_spells_out_is_written_in_words() -> None:
    reading = _reading(topics=("my paper on adverse possession", "my AP paper"))
    phrased = reading.topic("my AP paper", to=None, own=False)
    assert phrased.text == "my adverse possession paper", phrased.text


def test_an_acronym_from_the_job_title_is_written_in_words() -> None:
    reading = _reading(topics=("cross-training 8 FD staff",))
    phrased = reading.topic("cross-training 8 FD staff", to=None, own=False)
    assert phrased.text and "front desk staff" in phrased.text, phrased.text


def test_an_acronym_is_not_read_from_pronouns_and_verbs() -> None:
    # "she was" has the initials of "SW": only a noun phrase can stand for an acronym.
    reader = Reader([], ["she was new to the PT unit", "SW on the floor"])
    assert "SW" not in reader.acronyms


# Possessives typed without an apostrophe -------------------------------------------------

def test_a_kin_possessive_gets_its_apostrophe() -> None:
    reader = Reader([])
    assert reader.spell("summers at my aunts bakery") == "summers at my aunt's bakery"
    assert reader.spell("ran my dads roofing crew") == "ran my dad's roofing crew"


def test_a_plural_before_its_verb_stays_plural() -> None:
    reader = Reader([])
    assert reader.spell("my cousins run a farm") == "my cousins run a farm"
    assert reader.spell("my brothers and I") == "my brothers and I"


# Places ---------------------------------------------------------------------------------

def test_an_institution_name_stops_at_a_preposition() -> None:
    spelled = Reader([]).spell("both tutored at a library in fresno in high school")
    assert "In High School" not in spelled and "in high school" in spelled, spelled


def test_a_spaced_slash_between_two_things_is_and() -> None:
    assert Reader([]).spell("IABP / ECMO patients") == "IABP and ECMO patients"


def test_people_in_the_record_keep_their_names() -> None:
    reading = _reading(people=(Person("Rosa Lindgren", topics=("rosa's intake form",)),))
    phrased = reading.topic("rosa's intake form", to=None, own=False)
    assert phrased.text and "Rosa's" in phrased.text


# Answers and additions written as sentences ------------------------------------------------

def test_an_answer_written_as_a_first_person_sentence_is_used_whole() -> None:
    phrased = _reading().sentences(
        "I'd call the family back the same day, book a follow-up visit, and send the "
        "estimate in writing", what="your addition")
    assert phrased.text == ("I would call the family back the same day, book a follow-up "
                            "visit, and send the estimate in writing."), phrased.text


def test_a_heading_before_the_first_i_is_dropped() -> None:
    phrased = _reading().sentences("what i changed: I now confirm every booking by text",
                                   what="your addition")
    assert phrased.text == "I now confirm every booking by text.", phrased.text


def test_a_joining_sign_before_i_is_the_jottings_not_the_answers() -> None:
    phrased = _reading().sentences("similar idea, + I'm taking the Dentrix course now",
                                   what="your answer")
    assert phrased.text == "I am taking the Dentrix course now.", phrased.text


def test_a_bare_list_of_names_is_no_answer() -> None:
    for jotted in ("excel, sql, tableau", "Python, dbt, Airflow", "word + excel"):
        phrased = _reading().sentences(jotted, what="your answer")
        assert not phrased.ok, (jotted, phrased.text)
        assert phrased.ask and "starting with" in phrased.ask


def test_a_month_after_a_word_of_time_takes_its_capital() -> None:
    assert Reader([]).spell("course starting may") == "course starting May"
    assert Reader([]).spell("we may hire") == "we may hire"


# Concern subjects and the examples asked with them ------------------------------------------

def test_a_credential_still_under_way_is_named_with_the() -> None:
    from afterword.compose.facts import Concern

    for jotted, subject in (("RDH not yet", "the RDH"), ("PMP pending", "the PMP")):
        assert _reading().concern_subject(Concern(jotted, "I sit it in May.")).text == subject


def test_the_example_for_an_unclear_concern_uses_its_own_words_never_shorthand() -> None:
    from afterword.compose.facts import Concern

    ask = _reading().concern_subject(Concern("never did endo charting")).ask or ""
    assert "endo" not in ask.split("e.g.")[1]
    ask = _reading().concern_subject(Concern("no exp w/ zorblix, we used paper")).ask or ""
    assert "\u201cZorblix\u201d" in ask, ask
    # never an example made of another field's words ("receptionists experience")
    assert "receptionists" not in ask


# Names with their capitals ---------------------------------------------------------------

def test_a_name_of_several_words_is_recased_whole() -> None:
    reader = Reader([], ["I have started the Zorblix Cloud course."])
    assert reader.spell("moving to zorblix cloud") == "moving to Zorblix Cloud"
    assert Reader([]).spell("reviews on booking.com") == "reviews on Booking.com"
    assert Reader([]).spell("tools: salesforce, quickbooks, tableau") == \
        "tools: Salesforce, QuickBooks, Tableau"


# Qualifications jotted as noun phrases, and their figures ---------------------------------

def test_qualifications_jotted_as_noun_phrases_are_framed_after_i() -> None:
    reading = _reading()
    for jotted, clause in (
        ("Treasurer, Riverside Rowing Club", "served as Treasurer of the Riverside Rowing Club"),
        ("PMP since 2019", "have held the PMP since 2019"),
        ("CPR + AED current", "hold current CPR and AED certifications"),
        ("fluent french + arabic", "speak fluent French and Arabic"),
        ("bilingual eng/tagalog", "am bilingual in English and Tagalog"),
        ("top 5% of cohort", "was in the top 5% of my cohort"),
        ("Excel + SQL + Looker daily", "use Excel, SQL and Looker daily"),
        ("error rate under 1% last 3 yrs at Hollis Freight",
         "kept my error rate under 1% over the last three years at Hollis Freight"),
        ("teaching fellow at Brook & Hale + tutored for the bar exam",
         "was a teaching fellow at Brook & Hale and tutored for the bar exam"),
    ):
        assert reading.qualification(jotted).text == clause, jotted


def test_a_later_piece_that_reads_well_leads_and_the_first_is_shown_as_left_out() -> None:
    phrased = _reading().qualification("mostly nights, CDL certified")
    assert phrased.text == "hold the CDL certification"
    assert [p for p, _ in phrased.dropped] == ["mostly nights"]
    # A credential card reads now too: it leads, and the piece after it is shown as left out.
    phrased = _reading().qualification("OSHA 30 card, CDL certified")
    assert phrased.text == "hold an OSHA 30 card"
    assert [p for p, _ in phrased.dropped] == ["CDL certified"]


def test_figures_stay_with_their_claim() -> None:
    reading = _reading()
    assert reading.qualification("coached 5 new hires, 4 still on the team").text == \
        "coached five new hires, with four still on the team"
    assert reading.qualification(
        "rebuilt the intake queue, ~12M txns/day, zero lost orders in 9 mos").text == (
        "rebuilt the intake queue, with about 12 million transactions a day and zero lost "
        "orders in nine months")
    phrased = reading.qualification("started the spanish club, membership went 8 -> 40 in a yr")
    assert phrased.text == ("started the Spanish club, and membership went from 8 to 40 in "
                            "a year"), phrased.text


def test_a_figure_that_cannot_go_out_leaves_the_claim_alone() -> None:
    phrased = _reading().qualification("rebuilt the yard map, 3 zorbs a shift")
    assert phrased.text == "rebuilt the yard map"
    assert [p for p, _ in phrased.dropped] == ["3 zorbs a shift"]


def test_a_small_count_after_a_verb_is_written_out_but_a_range_keeps_its_digits() -> None:
    reading = _reading()
    assert reading.qualification("mentored 3 interns").text == "mentored three interns"
    # A record of nothing gone wrong reads as a note says it: "with no errors".
    assert reading.qualification("closed 40 files, 0 errors").text == \
        "closed 40 files, with no errors"
    assert reading.qualification("cut wait times from 9 to 4 days").text == \
        "cut wait times from 9 to 4 days"


def test_codes_and_measures_with_digits_are_not_typos() -> None:
    assert _reading().qualification("cut p95 latency from 300ms to 90ms").text == \
        "cut p95 latency from 300ms to 90ms"


# Topics ----------------------------------------------------------------------------------

def _topic(text: str, *, own: bool = False) -> str | None:
    return _reading().topic(text, to=Person("Rosa Lindgren"), own=own).text


def test_a_topic_that_opens_on_a_verb_is_an_aim_in_its_ing_form() -> None:
    assert _topic("expand the volunteer program") == "expanding the volunteer program"
    assert _topic("hire the two new cooks") == "hiring the two new cooks"
    # A noun before a noun stays a noun (and, counting, takes its article).
    assert _topic("design review") == "the design review"


def test_an_everyday_word_capitalised_first_is_lowered_and_takes_its_article() -> None:
    assert _topic("Roster for 12 kitchen staff") == "the roster for 12 kitchen staff"
    assert _topic("Python migration") == "the Python migration"


def test_a_labelled_topic_keeps_its_label() -> None:
    phrased = _reading().topic("whiteboard round: a parking lot model", to=None, own=False)
    assert phrased.text == "the whiteboard round", phrased.text
    assert any("parking lot model" in p for p, _ in phrased.dropped)


def test_the_reader_looking_for_someone_is_said_as_finding_them() -> None:
    assert _topic("she wants someone to run the science fair", own=True) == \
        "finding someone to run the science fair"
    assert _topic("he wants a foreman who'll really mentor ppl, not just schedule", own=True) \
        == "finding a foreman who will mentor people"


def test_a_figure_and_its_unit_written_together_are_spelled() -> None:
    assert Reader([]).spell("the 10hr shifts") == "the 10-hour shifts"
    assert Reader([]).spell("memos of 3 pgs max") == "memos of 3 pages at most"


# Rapport ---------------------------------------------------------------------------------

def _rapport(text: str) -> tuple[str | None, str | None]:
    phrased = _reading().rapport(Person("Rosa Lindgren", rapport=text))
    return phrased.text, phrased.ask


def test_we_are_both_needs_a_plural_noun() -> None:
    assert _rapport("we're both trail runners")[0] == \
        "It was good to find that we are both trail runners."
    text, ask = _rapport("both UCLA economics")
    assert text is None and ask and "in common" in ask


def test_something_the_reader_did_that_i_did_too_is_said_as_shared_without_its_time() -> None:
    assert _rapport("she waited tables at the Blue Door in the 90s, same as my first job")[0] \
        == "It was good to find that we both waited tables at the Blue Door."


def test_what_is_not_in_common_is_not_asked_to_be_rephrased() -> None:
    text, ask = _rapport("her dog barked the whole call lol")
    assert text is None
    assert ask and "stays out of the note" in ask and "something else" not in ask


def test_an_example_in_brackets_does_not_stop_the_answer() -> None:
    phrased = _reading().sentences(
        "similar tools (queues, retries, dead letters), + I'm doing the SQS labs now",
        what="your answer")
    assert phrased.text == "I am doing the SQS labs now.", phrased.text
    assert any("dead letters" in p for p, _ in phrased.dropped)


def test_plus_a_second_thing_with_its_own_subject_is_a_clause() -> None:
    phrased = _reading().sentences("took contracts + torts, plus the clinic had a lot of lease "
                                   "disputes", what="your answer")
    assert phrased.text == ("I took contracts and torts, and the clinic had a lot of lease "
                            "disputes."), phrased.text


def test_a_past_verb_after_a_noun_is_its_passive_not_the_candidates_deed() -> None:
    phrased = _reading().qualification("report published 2024, quoted in a state audit")
    assert phrased.text is None or not phrased.text.startswith("quoted"), phrased.text


def test_a_figure_must_open_on_its_number() -> None:
    reading = _reading()
    assert reading.qualification("6 yrs dispatch, last 2 on nights at Hollis").text == \
        "would bring six years of dispatch experience, the last two on nights at Hollis"
    # "I would bring {q} to the team" has no room for a figure after it
    assert reading.qualification("3 yrs ICU step-down at Mercy, 4:1 ratio").text == \
        "would bring three years of ICU step-down experience at Mercy"
    assert reading.qualification("ran 2 shifts at Mercy, 4:1 ratio").text == \
        "ran two shifts at Mercy, with a 4:1 ratio"
    assert reading.qualification("led a crew at Hollis, 18 patient caseload").text == \
        "led a crew at Hollis"  # "with 18 patient caseload" would be broken English


def test_a_gap_is_named_without_how_alone_or_how_much() -> None:
    from afterword.compose.facts import Concern

    reading = _reading()
    assert reading.concern_subject(Concern("never closed a month on my own", "I ...")).text \
        == "closing a month"
    assert reading.concern_subject(Concern("havent done much retail", "I ...")).text == \
        "retail work"


def test_a_title_in_a_persons_name_is_not_a_capital_for_the_word() -> None:
    reader = Reader(["Judge Ada Moss", "Chef Tom Reyes"])
    assert reader.spell("externed for a judge, then a chef") == \
        "externed for a judge, then a chef"
    assert reader.spell("ada said so") == "Ada said so"


# Values ----------------------------------------------------------------------------------

def test_quoted_values_are_the_companys_words_even_in_another_language() -> None:
    assert _reading(values="'Mil gracias, every guest' on the lobby wall").values.text == \
        "Mil gracias, every guest"


def test_an_apostrophe_inside_a_word_does_not_end_the_quotation() -> None:
    assert _reading(values="they said 'we're in it together' a lot ugh").values.text == \
        "we're in it together"


def test_the_person_who_kept_saying_the_words_is_known() -> None:
    people = (Person("Rosa Lindgren", title="Owner"), Person("Ian Cole", title="Hygienist"))
    said = _reading(values="'smile first' on the door, rosa said it like 3 times",
                    people=people).values_said_by
    assert said is not None and said.name == "Rosa Lindgren"
    said = _reading(values="'smile first' - the owner's words", people=people).values_said_by
    assert said is not None and said.name == "Rosa Lindgren"
    assert _reading(values="'smile first' on the door", people=people).values_said_by is None


def test_what_is_under_way_and_when_it_will_be_done_are_sentences() -> None:
    phrased = _reading().sentences(
        "same basics (triage, callbacks) + doing the Dentrix course, done by fri",
        what="your answer")
    assert phrased.text == ("I am doing the Dentrix course, and will finish it by Friday."), \
        phrased.text


def test_a_participle_is_never_a_past_tense_after_i() -> None:
    assert _reading().sentences("done by next week", what="your answer").text is None


def test_a_possessive_brand_keeps_its_capitals() -> None:
    assert Reader([]).spell("the moodys course and moody's ratings") == \
        "the Moody's course and Moody's ratings"


def test_last_n_years_after_a_figure_is_over_the_last() -> None:
    assert Reader([]).spell("0 errors last 2 yrs") == "0 errors over the last 2 years"


# Private matters and clauses in a topic ----------------------------------------------------

def test_private_life_in_a_topic_never_reaches_a_note() -> None:
    for jotted in ("my custody schedule came up", "their parental leave policy",
                   "the comp range for the role", "whether they do visa sponsorship",
                   "my surgery in june"):
        phrased = _reading().topic(jotted, to=None, own=False)
        assert not phrased.ok and phrased.reason and "private" in phrased.reason, jotted


def test_a_topic_with_a_past_verb_is_a_sentence_not_a_subject() -> None:
    for jotted in ("the budget talk went long", "the reorg came up twice"):
        assert _reading().topic(jotted, to=None, own=False).text is None, jotted


def test_what_a_plan_is_for_stays_with_it() -> None:
    assert _topic("her roadmap - same-day refunds in Q3", own=True) == \
        "your roadmap for same-day refunds in Q3"
    assert _topic("his plan - they want to hire 3 more", own=True) == "your plan"


def test_what_a_plan_is_for_needs_its_article_or_a_plural() -> None:
    assert _topic("her plan - 2nd depot by spring", own=True) == "your plan"
    assert _topic("her plan - a float pool", own=True) == "your plan for a float pool"
    assert _topic("the new plan - it's rough", own=True) == "the new plan"


def test_the_example_for_an_unclear_concern_is_never_a_clause_or_a_question() -> None:
    from afterword.compose.facts import Concern

    for jotted in ("only 1st grade exp, 2nd has spelling tests", "evenings only at first?"):
        ask = _reading().concern_subject(Concern(jotted)).ask or ""
        example = ask.split("e.g.")[1]
        assert " has " not in example and "?" not in example, ask


def test_an_acronym_is_spelled_out_only_from_a_field_about_the_same_thing() -> None:
    # "trace a slow request end to end" has the initials of SRE, and says nothing of it.
    reader = Reader([], ["5 yrs ops/SRE", "trace a slow request end to end"])
    assert "SRE" not in reader.acronyms


def test_the_acronym_of_the_whole_job_title_stays() -> None:
    assert Reader([], ["6 yrs ops/SRE"], titles=["Site Reliability Engineer"]).acronyms == {}


def test_a_piece_leaning_on_a_left_out_one_does_not_lead() -> None:
    # "before that" leans on the degree: said with it ("after ..."), never led with.
    read = _reading().qualification("BSN 2021, 3 yrs as a unit clerk before that")
    assert read.text == "earned my BSN in 2021, after three years as a unit clerk"
    assert not read.dropped
    read = _reading().qualification("FAR passed, 3 yrs as a unit clerk before that")
    assert not (read.text or "").startswith("have spent")


def test_more_shapes_of_a_gap_are_named_neutrally() -> None:
    from afterword.compose.facts import Concern

    reading = _reading()
    for jotted, subject in (
        ("zero exp w/ quickbooks", "QuickBooks"),
        ("tableau is new to me", "Tableau"),
        ("first time using salesforce", "Salesforce"),
        ("didnt finish my BA", "finishing my BA"),
        ("not licensed in WA yet", "being licensed in WA"),
        ("rusty on excel macros", "Excel macros"),
        ("no license", "a license"),
        ("new to hospice", "hospice"),
    ):
        assert reading.concern_subject(Concern(jotted, "I ...")).text == subject, jotted


def test_her_words_go_to_the_one_interviewer_the_record_calls_she() -> None:
    people = (Person("Rosa Lindgren", topics=("her plan for a second office",)),
              Person("Ian Cole", topics=("his view on recall cards",)))
    said = _reading(values="'smile first' - her words", people=people).values_said_by
    assert said is not None and said.name == "Rosa Lindgren"
    two = (people[0], Person("Ana Ruiz", topics=("her intake form",)))
    assert _reading(values="'smile first' - her words", people=two).values_said_by is None


def test_a_written_answer_loses_its_brackets_and_its_dashes_become_sentences() -> None:
    phrased = _reading().sentences(
        "I ran the evening shift at a 30-bed unit (the manager was out), trained 4 aides - "
        "we cut falls by half", what="your answer")
    # Jotted (no full stop): a count under ten is written as a word, as a coach writes it.
    assert phrased.text == ("I ran the evening shift at a 30-bed unit and trained four aides. "
                            "We cut falls by half."), phrased.text


def test_how_alone_or_in_what_role_is_not_part_of_the_gap() -> None:
    from afterword.compose.facts import Concern

    assert _reading().concern_subject(Concern("never ran a food drive as the lead", "I ...")
                                      ).text == "running a food drive"


def test_an_ordinal_in_a_name_keeps_its_digits() -> None:
    reader = Reader([])
    assert reader.spell("a brief in the 9th Cir") == "a brief in the 9th Cir"
    assert reader.spell("our 2nd shop") == "our second shop"


def test_a_regret_in_an_addition_is_said_as_what_i_would_do() -> None:
    phrased = _reading().sentences("should've asked about the budget first; I sent a memo after",
                                   what="the addition")
    assert phrased.text == "I would ask about the budget first. I sent a memo after."
    assert "should" not in (phrased.text or "")


def test_contractions_are_not_open_quotation_marks() -> None:
    reader = Reader([])
    assert clean("I would say we're close and they've agreed", reader)
    assert not clean("their motto 'people first", reader)


def test_a_small_count_before_an_acronym_and_its_noun_is_written_out() -> None:
    from afterword.compose.fragments.words import _small_numbers

    assert _small_numbers("the 3 HR partners") == "the three HR partners"
    assert _small_numbers("tier 2 SLA targets") == "tier 2 SLA targets"


def test_more_qualification_shapes_are_framed_after_i() -> None:
    reading = _reading()
    for jotted, clause in (
        ("promoted to dock lead after 6 mos", "was promoted to dock lead after six months"),
        ("MSW from Rutgers, 2020", "earned an MSW from Rutgers in 2020"),
        ("Lean Six Sigma yellow belt", "hold a Lean Six Sigma Yellow Belt"),
        ("4x top seller of the quarter", "was top seller of the quarter four times"),
        ("reach truck certified", "am reach truck certified"),
        ("certified in Cerner PowerChart", "am certified in Cerner PowerChart"),
    ):
        assert reading.qualification(jotted).text == clause, jotted


def test_a_year_alone_is_nothing_to_bring() -> None:
    assert _reading().qualification("capstone on river flooding, 2022").text is None


def test_a_passive_verb_with_an_object_is_something_done() -> None:
    assert _reading().qualification("promoted 3 cashiers to lead").text == \
        "promoted three cashiers to lead"


def test_a_shared_complaint_is_no_rapport_and_is_not_asked_to_be_rephrased() -> None:
    text, ask = _rapport("we both hate the new scheduling app lol")
    assert text is None and ask and "stays out of the note" in ask and "something else" not in ask


def test_kids_at_a_school_are_students_and_elsewhere_children() -> None:
    school = Reader([], titles=["Math Teacher"])
    assert school.spell("getting kids to show their work") == \
        "getting students to show their work"
    clinic = Reader([], setting=["Lakeside Pediatrics"])
    assert clinic.spell("calming a kid before a shot") == "calming a child before a shot"
    assert school.spell("my kids schedule") == "my kids schedule"  # private: left out elsewhere


def test_a_counted_programme_takes_its_article() -> None:
    assert _topic("8 wk orientation + the skills lab") == "the 8-week orientation and the skills lab"


def test_a_quoted_phrase_in_a_topic_is_closed_by_its_mark() -> None:
    assert _topic("her 'first 10 mins' rule", own=True) == "your 'first 10 minutes' rule"
    assert _topic("his 'no surprises' policy", own=True) == "your 'no surprises' policy"
    assert not clean("the 'open door policy", Reader([]))


def test_a_topic_jotted_as_x_is_y_is_about_x() -> None:
    phrased = _reading().topic("ICU census is ~18 beds/night", to=None, own=False)
    assert phrased.text == "the ICU census", phrased.text
    assert any("18" in p for p, _ in phrased.dropped)
    assert _topic("the pantry is tiny") == "the pantry"


def test_a_topic_with_a_modal_verb_is_a_sentence() -> None:
    assert _topic("seniors can be a tough crowd") is None


def test_a_course_to_come_joined_with_plus_is_its_own_sentence() -> None:
    phrased = _reading().sentences("did 6 wk rotation on the stroke unit + NIHSS course "
                                   "starting oct", what="your answer")
    assert phrased.text == ("I did a 6-week rotation on the stroke unit. I start the NIHSS "
                            "course in October."), phrased.text


def test_a_measured_thing_after_a_verb_takes_a_or_an() -> None:
    from afterword.language.phrases import add_articles_after_verb

    assert add_articles_after_verb(" 8-week float in 2024") == " an 8-week float in 2024"
    assert add_articles_after_verb(" 3-day audits") == " 3-day audits"


def test_a_motto_shaped_x_is_y_is_not_about_x() -> None:
    assert _topic("simple is better") is None
    assert _topic("boring is a feature") is None


def test_an_addition_written_out_may_open_on_a_condition_before_the_candidate_s_part() -> None:
    from afterword.compose.facts import Improvement

    reading = _reading()
    written = ("If the caller is not on the schedule, the visit does not go ahead. I would "
               "check the booking first; the decision stays with the front desk.")
    phrased = reading.addition(Improvement("the walk-in question", written))
    assert phrased.text is not None, phrased.reason
    assert phrased.text.startswith("If the caller is not on the schedule")
    assert "I would check the booking first." in phrased.text
    # Jotted, or with no part of the candidate's own, it is still asked for.
    assert reading.addition(Improvement("x", "the caller was right, i folded")).text is None
    assert reading.addition(Improvement("x", "If it is late, the visit stops.")).text is None


def test_a_moment_shared_in_the_interview_is_no_rapport_but_a_shared_fact_is() -> None:
    reading = _reading()
    laughed = reading.rapport(Person("Rosa Lindgren", rapport="her cat walked across the "
                                                              "keyboard, we both laughed"))
    assert laughed.text is None
    ran = reading.rapport(Person("Rosa Lindgren", rapport="we both ran the Boston marathon"))
    assert ran.text == "It was good to find that we both ran the Boston marathon."


def test_what_the_reader_had_is_rapport_only_when_it_is_the_same_as_mine() -> None:
    # What the camera showed or the reader's own life is no line of rapport.
    for seen in ("it was late there, she had tea + a dog in frame lol", "he had a rough week",
                 "she had a baby in the spring", "she had coffee too"):
        assert _rapport(seen)[0] is None, seen
    assert _rapport("she had the same mentor as me at Oberlin")[0] == \
        "It was good to find that we had the same mentor at Oberlin."
    assert _rapport("said she'd been exactly where i am now")[0] == \
        "It meant a lot to hear that you had been exactly where I am now."


@pytest.mark.parametrize(("jotted", "sentence"), [
    ("both play in a rec soccer league lol diff teams",
     "It was good to find that we both play in a rec soccer league."),
    ("we both coached little league (different towns)",
     "It was good to find that we both coached little league."),
    ("both ran the chicago marathon 2019",
     "It was good to find that we both ran the Chicago marathon in 2019."),
    ("both worked at the same hospital, diff units",
     "It was good to find that we both worked at the same hospital."),
])
def test_what_differs_after_a_shared_fact_is_left_out_of_it(jotted: str, sentence: str) -> None:
    assert _rapport(jotted)[0] == sentence


@pytest.mark.parametrize("jotted", [
    "both have twins lol", "same church!", "both vegan haha", "her son goes to my old school",
    "we both had knee surgery last yr",
])
def test_rapport_touching_private_life_stays_out(jotted: str) -> None:
    text, ask = _rapport(jotted)
    assert text is None
    assert ask and "stays out of the note" in ask


@pytest.mark.parametrize("jotted", [
    "we talked about the lakers way too long lol", "we chatted about hiking forever",
    "we laughed about the printer",
])
def test_a_moment_of_the_interview_is_not_something_in_common(jotted: str) -> None:
    assert _rapport(jotted)[0] is None


def test_a_lower_case_word_one_letter_longer_than_a_word_is_not_corrected_to_it() -> None:
    # "lakers" is a name typed in lower case as likely as a typo of "lakes".
    assert "lakes" not in Reader([]).spell("a fan of the lakers")
    assert Reader([]).spell("thier plan") == "their plan"


@pytest.mark.parametrize(("jotted", "sentence"), [
    ("we both have 2 legged dogs!! hers is named lucky too haha",
     "It was good to find that we both have two-legged dogs."),
    ("both play the cello", "It was good to find that we both play the cello."),
    ("she studied at Purdue too, had the same advisor lol",
     "It was good to find that we both studied at Purdue."),
])
def test_what_we_both_have_or_did_is_said_with_its_verb(jotted: str, sentence: str) -> None:
    assert _rapport(jotted)[0] == sentence


def test_the_reader_s_own_degree_beside_mine_is_not_said_as_the_same() -> None:
    # "she did her PhD there, same as my MSc" is not "we both did her PhD".
    text = _rapport("he did his MBA at Wharton, same as my BA")[0]
    assert text is None or "his" not in text


def test_a_former_line_of_work_is_no_former_employer() -> None:
    assert _rapport("both ex-Bank of America")[0] == \
        "It was good to find that we both used to work at Bank of America."
    text = _rapport("both ex-QA micro lol")[0]
    assert text is None or "work at" not in text


@pytest.mark.parametrize(("jotted", "clause"), [
    ("admitted to the bar in Oregon 2023", "was admitted to the bar in Oregon in 2023"),
    ("licensed in Texas since 2018", "have been licensed in Texas since 2018"),
    ("promoted to charge nurse 2021", "was promoted to charge nurse in 2021"),
])
def test_a_credential_held_is_said_in_the_passive_with_its_time(jotted: str, clause: str) -> None:
    assert _reading().qualification(jotted).text == clause


def test_admitted_without_to_is_not_read_as_something_done() -> None:
    # "admitted NY 2024" is never "I admitted NY 2024".
    assert _reading().qualification("admitted WA 2024").text is None


def test_a_country_is_capitalised_after_a_determiner_and_a_name_s_article_is_not() -> None:
    reader = Reader([])
    assert reader.spell("the indonesia launch") == "the Indonesia launch"
    assert reader.spell("our rota") == "our rota"  # an everyday word, no town
    assert reader.spell("he grew up in the bronx") == "he grew up in the Bronx"
