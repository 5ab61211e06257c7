"""Jotted fragments a career coach found pasted into sentence frames (issue 13, third pass).

Each case is a kind of fragment, written here in words of its own: a bare field after "N
years", a clause counted as a thing to bring, a label before an answer, a topic missing its
article, the company's words quoted to every panellist, "their" meaning third parties, an
addition sent to someone who did not ask, a "X vs Y" concern, a scheduling question.
"""

from __future__ import annotations

from datetime import UTC, datetime

from afterword.compose.drafts import compose
from afterword.compose.facts import Candidate, Concern, Facts, Improvement, Person
from afterword.compose.fragments import Reading
from afterword.compose.thanks import fit_sentence
from afterword.language.jotted import Reader

START = datetime(2026, 3, 5, 14, tzinfo=UTC)
JORDAN = Candidate(name="Jordan Lee", email="jordan.lee@example.com")


def _facts(**changes: object) -> Facts:
    base = dict(company="Harlow Freight", role="Dock Supervisor", start=START, end=START,
                timezone="UTC", candidate=JORDAN,
                people=(Person("Ada Brennan", email="ada@harlow.example",
                               topics=("cycle counts",)),),
                topics=("yard layout",),
                qualifications=("trained 6 forklift drivers",))
    base.update(changes)
    return Facts(**base)  # type: ignore[arg-type]


def _reading(**changes: object) -> Reading:
    return Reading(_facts(**changes))


# (a) qualification frames -------------------------------------------------------------

def test_years_of_a_bare_field_become_years_of_experience() -> None:
    reading = _reading()
    for jotted, field in (("9 yrs retail, 2 as keyholder", "retail"), ("4 yrs LPN", "LPN")):
        clause = reading.qualification(jotted).text or ""
        assert clause.endswith(f"years of {field} experience"), clause
        for n in range(3):
            sentence = fit_sentence(clause, n, matched=False)
            assert sentence.rstrip(".").endswith("experience") or "experience to the team" \
                in sentence, sentence


def test_a_counted_clause_with_its_own_verb_is_asked_about_not_brought() -> None:
    phrased = _reading().qualification("18 of 20 apprentices passed last yr")
    assert not phrased.ok
    assert phrased.ask and "18 of 20 apprentices" in phrased.ask


def test_a_period_of_ones_career_leads_the_answer_with_during() -> None:
    phrased = _reading().sentences("apprenticeship at a small garage, did ~200 brake jobs",
                                   what="your answer")
    assert phrased.text and phrased.text.startswith("During my apprenticeship at a small garage,"
                                                    " I did about 200 brake jobs"), phrased.text
    assert "One example is" not in phrased.text


def test_a_label_without_an_article_before_an_answer_is_left_out() -> None:
    phrased = _reading().sentences("similar torque specs, I took the Snap-on course in May",
                                   what="your answer")
    assert phrased.text == "I took the Snap-on course in May.", phrased.text
    assert any("similar torque specs" in piece for piece, _ in phrased.dropped)


# (b) articles and shorthand in topics ---------------------------------------------------

def test_a_bare_count_noun_topic_takes_its_article_and_ordinals_are_words() -> None:
    reading = _reading()
    assert reading.topic("ERP migration timeline", to=None, own=False).text == \
        "the ERP migration timeline"
    assert reading.topic("Kronos switch in march", to=None, own=False).text == \
        "the Kronos switch in March"
    assert "third" in (reading.topic("adding a 3rd dock door", to=None, own=False).text or "")
    assert reading.topic("moving to 1 shared calendar", to=None, own=False).text == \
        "moving to one shared calendar"


def test_shorthand_incl_is_spelled_out_in_a_qualification() -> None:
    assert _reading().qualification("ran a crew of 14 incl drivers").text == \
        "ran a crew of 14 including drivers"


# (c) the same sentence across a panel ---------------------------------------------------

def test_the_company_words_and_the_stock_interest_line_are_not_in_every_note() -> None:
    people = tuple(Person(n, email=f"{n.split()[0].lower()}@harlow.example", topics=(t,))
                   for n, t in (("Ada Brennan", "cycle counts"), ("Raj Patel", "dock scheduling"),
                                ("Lena Ortiz", "the safety committee")))
    facts = _facts(people=people, values="'load it like your mother is watching' on the wall")
    drafts = compose(facts, kind="thank-you")
    quoted = [d for d in drafts if "like your mother is watching" in d.body.lower()]
    assert len(quoted) == 1, [d.body for d in drafts]
    assert not any("chance to contribute" in d.body for d in drafts)


# (d) "their" and the addition's reader ---------------------------------------------------

def test_their_after_people_named_in_the_answer_stays_theirs() -> None:
    reading = _reading()
    kept = reading.sentences("I walk new drivers through their own first load.", what="x")
    assert "their own first load" in (kept.text or "")
    turned = reading.sentences("I read their safety manual before the interview.", what="x")
    assert "your safety manual" in (turned.text or "")


def test_the_addition_goes_to_whoever_asked_named_without_title() -> None:
    people = (Person("Dr. Ada Brennan", email="ada@harlow.example", point_of_contact=True,
                     topics=("cycle counts",)),
              Person("Raj Patel", email="raj@harlow.example", topics=("dock scheduling",)))
    facts = _facts(people=people, improvements=(Improvement(
        answer="the pallet q, blanked",
        addition="I would check the load plan first, then restack from the bottom.",
        raised_by="Ada Brennan"),))
    drafts = {d.to_name: d for d in compose(facts, kind="thank-you")}
    assert "restack from the bottom" in drafts["Dr. Ada Brennan"].body
    assert "restack from the bottom" not in drafts["Raj Patel"].body


# (e) a concern naming their tool against the candidate's --------------------------------

def test_a_versus_concern_names_their_tool_as_the_answer_spells_it() -> None:
    reading = _reading()
    concern = Concern("sap ewm vs oracle wms",
                      answer="I finished the SAP EWM basics course last month")
    assert reading.concern_subject(concern).text == "SAP EWM"


# (f) "To finish" asks -------------------------------------------------------------------

def test_a_scheduling_question_stays_out_without_an_ask() -> None:
    phrased = _reading().concern_subject(Concern("can i do sundays 2x/month"))
    assert not phrased.ok and phrased.ask is None


def test_a_comparison_names_the_side_the_candidate_has_less_of() -> None:
    phrased = _reading().concern_subject(Concern("mostly inbound, less outbound freight"))
    assert phrased.text == "outbound freight"


def test_an_unclear_concern_is_asked_with_an_example_in_its_own_words() -> None:
    phrased = _reading().concern_subject(Concern("crew turnover is high on that site"))
    assert phrased.ask and "e.g. \u201ccrew turnover\u201d" in phrased.ask, phrased.ask


# (e) recorded answers that were refused ------------------------------------------------

def test_an_acronym_in_capitals_is_never_read_as_shorthand() -> None:
    reader = Reader(["Ada Brennan"], [])
    assert reader.read("id call HR + the PT lead").content == ["I'd call HR and the PT lead"]


def test_an_answer_after_a_conceded_gap_is_kept_and_contractions_written_out() -> None:
    phrased = _reading().sentences("not hazmat certified but i read the DOT guide + "
                                   "id pair with a certified lead", what="your answer")
    assert phrased.text == "I read the DOT guide and I would pair with a certified lead.", \
        phrased.text


def test_a_gap_named_by_a_past_verb_is_its_gerund() -> None:
    subject = _reading().concern_subject(Concern("never supervised on a night shift",
                                                 answer="I led nights for a month"))
    assert subject.text == "supervising on a night shift"


def test_an_imperative_addition_is_what_the_candidate_would_do() -> None:
    phrased = _reading().addition(Improvement(
        answer="the spill q", addition="Stop the line first, then call the lead and log it."))
    assert phrased.text == "I would stop the line first, then call the lead and log it."


# (f) asks that quote the entry and name the note -----------------------------------------

def test_asks_quote_the_entry_and_name_whose_note_they_are_for() -> None:
    facts = _facts(concerns=(Concern("no forklift cert", answer="cert class in may, bldg 4",
                                     raised_by="Ada Brennan"),),
                   improvements=(Improvement(answer="the q", addition="pallets, stacking, tags"),))
    todo = " ".join(i for d in compose(facts, kind="thank-you")
                    for i in (*d.record_todo, *d.incomplete))
    assert "for Ada's note" in todo
    assert "\u201cpallets, stacking, tags\u201d" in todo


def test_an_addition_nobody_claimed_goes_in_a_note_rather_than_nowhere() -> None:
    people = (Person("Ada Brennan", email="ada@harlow.example", point_of_contact=True,
                     topics=("cycle counts",)),
              Person("Raj Patel", email="raj@harlow.example", topics=("dock scheduling",)))
    facts = _facts(people=people,
                   concerns=(Concern("never used Kronos", answer="I finished the Kronos course",
                                     raised_by="Raj Patel"),),
                   improvements=(Improvement(answer="the ramp q",
                                             addition="I would chock the wheels first."),))
    assert any("chock the wheels" in d.body for d in compose(facts, kind="thank-you"))


# (g) the preview `add` and `show` print ----------------------------------------------------

def test_the_preview_shows_no_pasted_fragment_and_flags_what_it_drops() -> None:
    from afterword.compose.fragments import preview

    facts = _facts(qualifications=("9 yrs retail, 2 as keyholder",
                                   "18 of 20 apprentices passed last yr",
                                   "redesigned store checkout flow -> returns down 20%"))
    rows = [p for p in preview(facts) if p.name == "qualifications"]
    assert [p.becomes for p in rows] == ["I would bring nine years of retail experience.", None,
                                         # the figure stays with its claim (fourth pass)
                                         "I redesigned the store checkout flow, with returns "
                                         "down 20%."]
    assert rows[1].ask and "18 of 20 apprentices" in rows[1].ask
    assert [t for t, _ in rows[0].left_out] == ["2 as keyholder"]
    assert rows[2].left_out == []


def test_former_service_or_employer_in_common_reads_as_what_it_was() -> None:
    reading = _reading()
    navy = Person("Ada Brennan", email="ada@harlow.example", rapport="both ex-navy, she was a corpsman")
    assert reading.rapport(navy).text == "It was good to find that we both served in the Navy."
    firm = Person("Ada Brennan", email="ada@harlow.example", rapport="both ex-Maersk lol")
    assert reading.rapport(firm).text == "It was good to find that we both used to work at Maersk."


def test_a_number_after_a_noun_is_a_label_and_stays_a_figure() -> None:
    from afterword.compose.fragments.words import _small_numbers

    assert _small_numbers("your plan to split tier 1 and tier 2") == (
        "your plan to split tier 1 and tier 2")
    assert _small_numbers("the phase 2 rollout") == "the phase 2 rollout"
    assert _small_numbers("all 4 buildings") == "all four buildings"
