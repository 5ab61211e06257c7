"""Qualification and topic sentences a coach would keep (issue 13, sixth pass).

Each test is a kind of failure the coach's read found, in fragments of our own (no record's
words): a role noun where a field would be, a passive tail glued on with "and", a jotted
"we" that means the old employer, an undersell, the weakest claim chosen over a result, a
topic the notes say to stay out of, a complaint called a plan, a close that asks a trustee
for a reply, and stock filler lines.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from afterword.compose import claims, readers, steer_clear
from afterword.compose import phrasing as ph
from afterword.compose import thanks as th
from afterword.compose.facts import Candidate, Facts, Person
from afterword.compose.fragments import Reading
from afterword.compose.thanks.body import _fresh_first
from afterword.language.phrases import second_person

START = datetime(2026, 3, 5, 14, tzinfo=UTC)
JORDAN = Candidate(name="Jordan Lee", email="jordan.lee@example.com")


def _facts(**changes: object) -> Facts:
    base = dict(company="Harbourline Ferries", role="Terminal Supervisor", start=START, end=START,
                timezone="UTC", candidate=JORDAN,
                people=(Person("Nadia Okoro", email="nadia@harbourline.example",
                               point_of_contact=True, topics=("the winter timetable",)),
                        Person("Colm Reilly", title="Non-executive board member",
                               channel="handwritten", topics=("passenger surveys",))),
                topics=("the new ticket gates",),
                qualifications=("trained 3 deckhands",))
    base.update(changes)
    return Facts(**base)  # type: ignore[arg-type]


def _qualification(text: str, *others: str) -> str | None:
    return Reading(_facts(qualifications=(text, *others))).qualification(text).text


# A role noun after years -------------------------------------------------------------------

@pytest.mark.parametrize(("jotted", "said"), [
    ("4 yrs seasonal tour leader at 3 castles incl 2 ruins + a chapel",
     "have spent four years as a seasonal tour leader at three castles, including two ruins "
     "and a chapel"),
    ("6 yrs night dispatcher at Kestrel Couriers",
     "have spent six years as a night dispatcher at Kestrel Couriers"),
    ("2 yrs relief projectionist", "have spent two years as a relief projectionist"),
])
def test_years_before_a_role_noun_are_years_as_that_role(jotted: str, said: str) -> None:
    assert _qualification(jotted) == said


def test_years_before_a_field_are_still_years_of_it() -> None:
    assert _qualification("8 yrs warehouse at Kestrel Couriers") == \
        "would bring eight years of warehouse experience at Kestrel Couriers"


@pytest.mark.parametrize(("word", "agent"), [
    ("facilitator", True), ("tester", True), ("welder", True), ("controller", True),
    ("order", False), ("museum", False), ("harbour", False)])
def test_an_agent_noun_is_one_made_from_a_verb(word: str, agent: bool) -> None:
    assert claims.agent_noun(word) is agent


# A passive tail, and what figures led to ---------------------------------------------------

def test_a_passive_tail_describes_what_was_made_with_a_comma() -> None:
    said = _qualification("built a shared parts catalogue, used by ~30 fitters")
    assert said == "built a shared parts catalogue, used by about 30 fitters"
    assert " and used by" not in (said or "")


def test_a_result_after_figures_stays_with_them() -> None:
    said = _qualification("wrote the handover template, ~60 fields -> cut handover time "
                          "from 40 to 15 min")
    assert said is not None and said.startswith("wrote the handover template, with about 60 "
                                                "fields, and cut handover time from 40 to 15")


# "we" in a jotting is the old team ------------------------------------------------------------

def test_a_jotted_we_is_said_as_my_team_at_the_employer() -> None:
    said = _qualification("wrote the berthing checklist we still use",
                          "5 yrs ops at Kestrel Couriers")
    assert said == "wrote the berthing checklist my team at Kestrel Couriers still uses"


def test_a_jotted_we_with_no_employer_is_my_team() -> None:
    assert claims.our_team("designed the rota we fix every week", None) == \
        "designed the rota my team fixes every week"


# An undersell never reaches a note ----------------------------------------------------------

@pytest.mark.parametrize("piece", ["some bash for reports", "a bit of welding",
                                   "basic portuguese", "not a stats expert tho",
                                   "excel, nothing fancy"])
def test_an_undersell_is_read_as_one(piece: str) -> None:
    assert claims.undersold(piece)


def test_some_inside_a_claim_is_no_undersell() -> None:
    assert not claims.undersold("ran some of the busiest crossings")


def test_a_qualification_keeps_its_claim_and_drops_the_undersell() -> None:
    reading = Reading(_facts(qualifications=("trained 9 deckhands, some first aid",)))
    phrased = reading.qualification("trained 9 deckhands, some first aid")
    assert phrased.text == "trained nine deckhands"
    assert any("undersell" in why for _, why in phrased.dropped)


def test_a_qualification_that_only_undersells_is_left_out_with_an_ask() -> None:
    phrased = Reading(_facts()).qualification("some python (not an expert)")
    assert not phrased.ok and "undersells" in phrased.reason and phrased.ask


# Choosing the qualification -------------------------------------------------------------------

def test_a_result_in_figures_leads_over_bare_years() -> None:
    facts = _facts(qualifications=("6 yrs ops at Kestrel Couriers",
                                   "cut missed connections from 14% to 5% in a year"),
                   topics=("parking",))
    panel = th.Panel(facts, Reading(facts))
    scored = th.qualification_for(panel, ["parking"], 0)
    assert scored[0][0].startswith("cut missed connections")


# Topics the notes say to stay out of -----------------------------------------------------------

def test_a_topic_the_notes_steer_clear_of_reaches_no_note() -> None:
    facts = _facts(notes="nadia + colm clearly differ on the fare rise, stay out of it\n"
                         "lovely harbour views",
                   people=(Person("Colm Reilly", email="c@harbourline.example",
                                  topics=("why he thinks the fare rise is needed",
                                          "the winter timetable")),))
    assert steer_clear.avoided("why he thinks the fare rise is needed", facts)
    assert not steer_clear.avoided("the winter timetable", facts)
    topics, _ = th.topics_of(th.Panel(facts, Reading(facts)), facts.people[0], 0)
    assert all("fare" not in t for t in topics) and topics


def test_notes_without_a_signal_steer_clear_of_nothing() -> None:
    facts = _facts(notes="we talked about the fare rise for ages")
    assert not steer_clear.avoided("the fare rise", facts)


# A complaint is not a plan ------------------------------------------------------------------

@pytest.mark.parametrize("topic", ["he wants the depot to stop 'losing stuff overnight'",
                                   "she wants drivers to quit idling at the gate"])
def test_a_complaint_is_not_said_back_as_a_plan(topic: str) -> None:
    assert second_person(topic) is None


def test_a_wish_to_do_something_is_still_their_plan() -> None:
    assert second_person("she wants the crew to rotate weekly") == \
        "your plan for the crew to rotate weekly"


# Closings for the reader -------------------------------------------------------------------

def test_an_outside_panel_member_is_not_asked_for_a_reply() -> None:
    facts = _facts()
    nadia, colm = facts.people
    assert readers.writes_back(facts, nadia)
    assert not readers.writes_back(facts, colm)
    assert readers.reader_kind(facts, colm) == readers.OUTSIDE
    bank = readers.closes_for(ph.CLOSING_SHORT, readers.OUTSIDE, ph.CLOSING_PANEL)
    assert bank and all("hear" not in b and "look forward" not in b for b in bank)


def test_another_interviewer_is_not_asked_for_a_reply_but_may_hear_of_next_steps() -> None:
    facts = _facts(people=(*_facts().people, Person("Ines Duarte", title="Deck Manager")))
    assert readers.reader_kind(facts, facts.people[2]) == readers.PANEL
    bank = readers.closes_for(ph.CLOSING, readers.PANEL, ph.CLOSING_PANEL)
    assert bank and all("hearing from you" not in b for b in bank)
    assert any("next steps" in b for b in bank)


def test_with_no_point_of_contact_an_interviewer_writes_back() -> None:
    facts = _facts(people=(Person("Nadia Okoro", title="Operations Manager"),))
    assert readers.writes_back(facts, facts.people[0])


# Filler ----------------------------------------------------------------------------------------

def test_no_stock_filler_line_is_left_in_the_banks() -> None:
    banks = [*ph.INTEREST, *ph.INTEREST_CLOSE, *ph.CLOSING, *ph.CLOSING_SHORT,
             *ph.QUALIFICATION_SHORT]
    for line in banks:
        assert "exactly the kind of work" not in line
        assert "carry over" not in line
        assert "anything else you need" not in line


def test_a_long_phrase_is_never_wedged_before_to_the_team() -> None:
    clause = "would bring three years of night shift experience at two busy ferry terminals"
    for index in range(3):
        assert not th.fit_sentence(clause, index, matched=False).endswith("to the team.")


# Counts jotted verb-last, and slashed pairs ------------------------------------------------

@pytest.mark.parametrize(("piece", "said"), [
    ("~120 crossings skippered", "skippered about 120 crossings"),
    ("14 audits led", "led 14 audits"),
])
def test_a_count_jotted_verb_last_is_what_was_done(piece: str, said: str) -> None:
    assert _qualification(piece) == said


def test_a_count_with_no_verb_is_not_read_as_done() -> None:
    assert claims.count_done("40 berths a night") is None


def test_two_plural_nouns_with_a_slash_are_both() -> None:
    assert claims.slashed_pairs("used by about 30 pilots/planners") == \
        "used by about 30 pilots and planners"
    assert claims.slashed_pairs("ran A/B tests") == "ran A/B tests"


def test_a_result_that_closes_the_claim_takes_no_frame_after_it() -> None:
    clause = "wrote the handover template, with about 60 fields, and cut handover time by half"
    for index in range(3):
        assert th.fit_sentence(clause, index, matched=False) == f"I {clause}."


# Echoes ------------------------------------------------------------------------------------

def test_a_frame_word_of_the_sentence_before_does_not_come_back() -> None:
    from afterword.compose import echoes

    before = ["I would bring six years of scheduling experience to the team."]
    bank = echoes.unechoed(ph.INTEREST, before)
    assert bank and all("team" not in b and "experience" not in b for b in bank)


def test_a_bank_that_echoes_in_every_wording_is_kept_whole() -> None:
    from afterword.compose import echoes

    assert echoes.unechoed(("Join the team.", "Your team."), ["our team"]) == \
        ("Join the team.", "Your team.")


# A result the candidate's work led to -------------------------------------------------------

def test_work_and_what_it_led_to_is_something_done() -> None:
    jotted = "diary study -> redesign of the booking form, 7-day retention 30% -> 41%"
    said = _qualification(jotted)
    assert said == ("my diary study led to the redesign of the booking form, and 7-day "
                    "retention went from 30% to 41%")
    assert th.fit_sentence(said, 0, matched=False).startswith("My diary study led to")
    assert th.also_sentence(said, 0).startswith("My diary study")


def test_two_noun_phrases_without_the_arrow_are_not_read_as_led_to() -> None:
    assert claims.led_to(["diary study", "booking form"], "diary study, booking form") is None


def test_a_note_takes_no_second_line_that_leaves_bare_years_for_the_next() -> None:
    facts = _facts(people=(Person("Nadia Okoro", email="n@harbourline.example"),
                           Person("Ines Duarte", email="i@harbourline.example")))
    scored = [("cut missed connections from 14% to 5%", 2), ("trained nine deckhands", 1),
              ("would bring six years of ops experience", 0)]
    panel = th.Panel(facts, Reading(facts))
    first = _fresh_first(panel, scored, 2, 0)
    assert first == [["cut missed connections from 14% to 5%"]]
    panel.used.extend(first[0])  # as the note that says it does
    # The last note takes what shows something; bare years that do not fit its reader are
    # no second line ("I also have nine years of hospitality experience" to a QA lead).
    assert _fresh_first(panel, scored, 2, 1) == [["trained nine deckhands"]]
    fitting = [(t, 1 if t.startswith("would bring") else s) for t, s in scored]
    assert _fresh_first(panel, fitting, 2, 1) == [["trained nine deckhands",
                                                       "would bring six years of ops experience"]]


def test_an_acronym_names_the_subject_and_a_hyphenated_name_does_not() -> None:
    facts = _facts(notes="anne-marie + colm differ on the ERP rollout date, steer clear of it",
                   people=(Person("Anne-Marie Duval", email="am@harbourline.example"),
                           Person("Colm Reilly", email="c@harbourline.example")))
    assert steer_clear.avoided("going live on the ERP in June", facts) is True
    assert steer_clear.avoided("the winter timetable with Anne-Marie", facts) is False


@pytest.mark.parametrize(("topic", "said"), [
    ("she wants a charge nurse who's on the ward not in the office",
     "finding a charge nurse who is on the ward"),
    ("he wants an editor who's still writing every week", "finding an editor who is still "
                                                           "writing every week"),
])
def test_who_is_wanted_is_said_as_finding_them_without_the_contrast(topic: str, said: str) -> None:
    assert second_person(topic) == said


def test_a_role_noun_after_a_coded_modifier_is_still_the_role() -> None:
    assert claims.years_as_role("6 years freelance FR/EN court interpreter") == \
        "have spent 6 years as a freelance FR/EN court interpreter"


def test_a_row_of_tools_is_what_one_has_worked_with() -> None:
    assert _qualification("SQL (postgres), Tableau, Excel, some Looker") == \
        "have worked with SQL, Tableau and Excel"
    assert claims.tools(["SQL", "Tableau"]) is None  # two are a pair, not a row of tools
    assert claims.tools(["SQL", "built the dashboards", "Excel"]) is None


def test_a_role_jotted_before_its_years_is_the_same_role() -> None:
    assert claims.years_as_role("licensed optician 4 years @ ClearView Eyecare") == \
        "have spent 4 years as a licensed optician at ClearView Eyecare"
    assert claims.years_as_role("Python 3 years") is None


def test_a_regional_lead_elsewhere_is_not_quoted_the_company_slogan() -> None:
    facts = _facts(timezone="Europe/Dublin",
                   people=(Person("Nadia Okoro", title="Head of Routes, APAC",
                                  timezone="Asia/Singapore"),
                           Person("Colm Reilly", title="Head of Routes", timezone="Europe/Dublin"),
                           Person("Ines Duarte", title="Director, EMEA",
                                  timezone="Europe/Dublin")))
    nadia, colm, ines = facts.people
    assert readers.other_market(facts, nadia)
    assert not readers.other_market(facts, colm)
    assert not readers.other_market(facts, ines)  # the region is the one hired for


def test_a_jotted_our_is_the_old_team_s_said_as_the() -> None:
    assert claims.our_team("cut our month-end from 8 days to 5", None) == \
        "cut the month-end from 8 days to 5"


def test_an_outcome_with_its_period_stays_with_the_claim() -> None:
    assert _qualification("led the ferry app relaunch, bookings up 12% in the 3 months after") \
        == "led the ferry app relaunch, with bookings up 12% in the three months after"


def test_an_undersell_word_inside_a_name_is_the_name() -> None:
    assert not claims.undersold("barista at The Rusty Kettle")
    assert claims.undersold("my german is rusty")


def test_a_post_held_for_the_last_years_is_said_with_them() -> None:
    assert _qualification("8 yrs qsr, floor manager at The Salt House last 4") == \
        "was a floor manager at The Salt House for four years"


def test_a_topic_the_notes_steer_clear_of_is_not_asked_about() -> None:
    facts = _facts(notes="they disagree on the fare rise, stay out of it",
                   people=(Person("Colm Reilly", email="c@harbourline.example",
                                  topics=("he thinks the fare rise can wait",
                                          "the winter timetable")),))
    panel = th.Panel.of(facts, {})
    asks = [*panel.todo, *(a for items in panel.note_todo.values() for a in items)]
    assert not any("fare" in a for a in asks)


def test_an_echo_is_avoided_first_and_any_wording_tried_after() -> None:
    from afterword.compose import echoes

    bank = ("Join the team.", "Glad to help.", "Your team rocks.")
    wording = echoes.choose(bank, ["our team"], 4)
    assert wording(4) == "Glad to help."
    assert {wording(k) for k in range(5, 8)} == set(bank)


def test_a_values_sentence_that_opens_on_the_company_opens_on_a_capital() -> None:
    facts = _facts(company="City of Harbourline", values="'people first'")
    panel = th.Panel(facts, Reading(facts))
    for index in range(6):
        said = th.values_sentence(panel, index)
        assert said is not None and said.lstrip("\u201c")[0].isupper(), said
