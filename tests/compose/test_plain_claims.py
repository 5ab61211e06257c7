"""What the candidate brings, said as a coach would (issue 13, session 6, second round).

Fragments of our own: a claim said plainly with no stock tail after it ("..., and I would
bring that experience to your team").
"""

from __future__ import annotations

import pytest

from afterword.compose import plainly
from afterword.compose.thanks import fit_sentence

_STOCK = ("that experience", "to your team", "to work for")


@pytest.mark.parametrize("clause", [
    "ran 12 toolbox talks on the Quayside site",
    "cut scrap on line 4 from 9% to 3% in a year",
    "set up the weekend rota for 30 porters",
    "have spent six years as a site surveyor",
])
def test_a_claim_that_reads_as_one_is_said_with_no_stock_tail(clause: str) -> None:
    for index in range(4):
        for short in (False, True):
            said = fit_sentence(clause, index, matched=False, short=short)
            assert said == f"I {clause}.", said
            assert not any(s in said for s in _STOCK)


def test_a_claim_that_needs_its_frame_to_read_keeps_it() -> None:
    # "looked at" is a reaction, not something done, to the review: said alone the note
    # would not say what the candidate brings, so the frame that says it stays.
    assert plainly.plain("looked at the harbour charts") is None
    assert plainly.plain("ran 12 toolbox talks") == "I ran 12 toolbox talks."


def test_a_claim_close_to_the_readers_topic_keeps_its_link() -> None:
    said = fit_sentence("ran 12 toolbox talks", 0, matched=True)
    assert said.endswith("I ran 12 toolbox talks.") and said != "I ran 12 toolbox talks."


# A degree or a dated credential jotted as a noun phrase -----------------------------------

def _qualification(text: str) -> str | None:
    from afterword.compose.fragments import Reading
    from tests.compose.test_claims import _facts

    return Reading(_facts(qualifications=(text,))).qualification(text).text


@pytest.mark.parametrize(("jotted", "said"), [
    ("MSc Hydrology, Leeds 2020", "earned an MSc in Hydrology at Leeds in 2020"),
    ("BEng (Harlow College 2018)", "earned a BEng from Harlow College in 2018"),
    ("retail mgmt degree, Harlow College 2018",
     "earned a degree in retail management from Harlow College in 2018"),
    ("PhD marine ecology, Bangor University, defended 2022",
     "earned a PhD in marine ecology from Bangor University in 2022"),
    ("PhD marine ecology, Bangor University, defended feb 2025",
     "earned a PhD in marine ecology from Bangor University in February 2025"),
    ("Ohio food safety certificate 2023", "earned my Ohio food safety certificate in 2023"),
    ("MSc (Leeds 2020), did my thesis on tidal flooding",
     "earned an MSc at Leeds in 2020 and did my thesis on tidal flooding"),
])
def test_a_degree_with_its_school_and_year_is_written_out_not_asked_about(
        jotted: str, said: str) -> None:
    assert _qualification(jotted) == said


@pytest.mark.parametrize("jotted", [
    "MSc Hydrology - 2 modules left",   # not earned yet
    "MBA candidate, Harlow College 2027",
    "MSc Hydrology, Python",            # what follows says neither where nor when
    "MSc Hydrology, Leeds 2031",        # a year after the interview's (2026)
])
def test_a_degree_not_held_for_sure_is_never_said_as_earned(jotted: str) -> None:
    said = _qualification(jotted)
    assert said is None or "earned" not in said


# A concern about something not done lately ------------------------------------------------

@pytest.mark.parametrize(("concern", "subject", "gap"), [
    ("no theatre experience since my foundation year", "theatre experience",
     "which I have not had since my foundation year"),
    ("haven't done stocktakes since 2019", "doing stocktakes", "which I have not done since 2019"),
    ("no CAD since uni", "CAD work", "which I have not done since uni"),
])
def test_a_lapse_is_its_matter_with_the_gap_said_once(concern: str, subject: str,
                                                       gap: str) -> None:
    from afterword.compose.drafts import compose
    from afterword.compose.facts import Concern
    from tests.compose.test_claims import _facts

    facts = _facts(concerns=(Concern(concern=concern, raised_by="Nadia",
                                     answer="I covered the night shift for six weeks in 2024."),))
    body = compose(facts, kind="thank-you")[0].body
    # To the reader who asked: their question named by its matter, then the answer, the
    # lapse never restated ("which I have not had since ..." read as a confession).
    assert f"{subject}" in body and gap not in body, body
    assert "I covered the night shift for six weeks in 2024." in body
    assert "since" not in body  # the time clause neither in the subject nor after it


# Weeks or months spent on something --------------------------------------------------------

@pytest.mark.parametrize(("jotted", "said"), [
    ("8 wks relief cover on the stroke unit", "have spent eight weeks on relief cover on the stroke unit"),
    ("5 months as acting buyer", "have spent five months as acting buyer"),
    ("3 months running the Saturday market stall", "have spent three months running the Saturday "
     "market stall"),
])
def test_weeks_or_months_before_what_filled_them_are_time_spent(jotted: str, said: str) -> None:
    assert _qualification(jotted) == said
    assert fit_sentence(said, 0, matched=False) == f"I {said}."


def test_a_duration_alone_is_never_a_record_that_includes_it() -> None:
    assert _qualification("eight weeks") is None


# A standing or a credential held since a year ---------------------------------------------

@pytest.mark.parametrize(("jotted", "said"), [
    ("chartered since 2019", "have been chartered since 2019"),
    ("Gas Safe registered since 2016", "have been Gas Safe registered since 2016"),
    ("forklift licence since 2018", "have held my forklift licence since 2018"),
])
def test_a_standing_held_since_a_year_is_held_not_done_once(jotted: str, said: str) -> None:
    assert _qualification(jotted) == said
    # A standing is no "experience" to bring: said plainly.
    assert fit_sentence(said, 0, matched=False) == f"I {said}."


# How many of a list the work reached -------------------------------------------------------

def test_an_arrow_after_the_work_is_how_many_it_reached() -> None:
    assert _qualification("phoned the lapsed members list, 140 lapsed members -> 52 renewed "
                          "in 3 mo") == ("phoned the lapsed members list, and 52 of 140 lapsed "
                                         "members were renewed in three months")


def test_an_arrow_that_is_no_share_of_a_list_is_not_read_as_one() -> None:
    from afterword.compose import outcomes

    assert outcomes.share("40 members to 52 renewed") is None  # more than the whole
    assert outcomes.share("40 members to 12 members") is None  # no participle: a change


def test_a_role_after_as_takes_its_article() -> None:
    assert fit_sentence("would bring 4 audits as lead assessor", 0, matched=False) == \
        "My record includes 4 audits as a lead assessor."
    assert plainly.as_a("2 seasons as the captain") == "2 seasons as the captain"
    assert plainly.as_a("3 seasons as volunteers") == "3 seasons as volunteers"
