"""A qualification chosen for the reader it fits, and said with a bridge to their topic.

Fragments of our own across trades (a bakery, a clinic, a bank, a depot): what makes a fit
(content words by lemma, never "within" or "every"), which topic a bridge names, and that
each reader of a panel hears a different qualification, with a bridge that names the topic
it fits rather than a stock tail.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from afterword.compose import bridges
from afterword.compose.drafts import compose
from afterword.compose.facts import Candidate, Facts, Person

START = datetime(2026, 5, 12, 14, tzinfo=UTC)


def test_a_fit_is_a_shared_content_word_by_lemma() -> None:
    assert bridges.shared("how she schedules the night shift", "scheduled 40 nurses a week") > 0
    assert bridges.shared("nursing handoffs", "trained 6 new nurses") > 0
    # A short verb counts by its lemma: "leads" and "led".
    assert bridges.shared("he wants leads who speak up", "led a crew of 6") > 0
    # Function words fit nothing: "within" and "every" are in both, and count for nothing.
    assert bridges.shared("a reply within every 48 hours", "closed loans within every quarter") \
        == 0


@pytest.mark.parametrize(("topic", "claim"), [
    # The same matter in other words (`kin.tsv`), in trades of our own.
    ("the phase 2 budget", "saved the client $38k on the groundworks"),
    ("late deliveries on the north route", "got on-time delivery from 88% to 96%"),
    ("the council audit in May", "hold a food hygiene certificate"),
    ("teaching the new hires", "coached 12 apprentices through their first year"),
    ("the switch to a new booking system", "migrated 3 branches onto Cliniko"),
    ("mistakes on last month's invoices", "cut billing errors by half"),
])
def test_a_fit_is_also_the_same_kind_of_work_in_other_words(topic: str, claim: str) -> None:
    assert bridges.shared(topic, claim) > 0


@pytest.mark.parametrize(("topic", "claim"), [
    # A light verb in both says nothing of the matter (a coach read "What you said about
    # finding someone is close to my own experience: I found 23 bugs").
    ("finding someone who can take over the releases", "found 23 bugs on the capstone app"),
    ("getting the new lab up and running", "got my forklift ticket in 2024"),
    ("what they need from a lead", "needed only two weeks to learn PlanSwift"),
])
def test_a_light_verb_in_both_makes_no_fit(topic: str, claim: str) -> None:
    assert bridges.shared(topic, claim) == 0


def test_the_role_and_company_words_make_no_fit() -> None:
    common = bridges.roots("Payroll Specialist Harrowgate Foods")
    assert bridges.shared("weekly payroll runs", "ran payroll for 900 staff", common) == 0


def test_the_topic_bridged_to_is_the_one_the_claim_speaks_to() -> None:
    topics = ["the new proofing room", "your plan to cut sourdough waste"]
    assert bridges.topic_for("cut dough waste by 30% with a par sheet", topics) == topics[1]
    assert bridges.topic_for("hold a food handler card", topics) is None
    # A question is not named again as "we talked about your question about ...".
    assert bridges.topic_for("cut wait times by half", ["your question about wait times"]) \
        is None


def test_a_bridge_needs_the_claim_to_speak_to_what_the_topic_is_about() -> None:
    # "fatigue on night shifts" is about fatigue: leading a night crew shares the night
    # shift, not the matter, and a bridge between them would not follow.
    assert bridges.topic_for("led the night shift crew of 6", ["fatigue on 12-hour night "
                                                                "shifts"]) is None
    assert bridges.core("fatigue on 12-hour night shifts") == "fatigue"
    assert bridges.topic_for("cut overtime on night shifts by 20%",
                             ["overtime on night shifts"]) == "overtime on night shifts"


_CLAIMS = ("I closed 60 loans last year.", "I cut reply times to 4 hours.",
           "I hold a Class B CDL.")


@pytest.mark.parametrize("topic", ["the loan pipeline", "your goal of a same-day reply",
                                   "late deliveries on the north route",
                                   "your plan to move the branch to a new CRM by June",
                                   "the depot inspection next month"])
@pytest.mark.parametrize("named", [False, True])
def test_a_bridge_names_the_readers_matter_without_a_stock_frame(topic: str, named: bool) -> None:
    said = [bridges.bridged(topic, claim, k, named=named) for claim in _CLAIMS for k in range(4)]
    for claim, text in zip([c for c in _CLAIMS for _ in range(4)], said, strict=True):
        assert text is not None and text.endswith(claim), text
        assert "it may help to know" not in text
        # A plan or goal is named by what it is about, never by its head alone.
        assert not re.search(r"\b(?:your|the) (?:plan|goal)\b(?! to)", text), text
        content = {w for w in re.findall(r"[a-z]{4,}", topic.lower())} - {"your", "plan", "goal"}
        assert content & set(re.findall(r"[a-z]{4,}", text.lower())), text
    # The wordings vary with the note.
    assert len(set(said)) > len(_CLAIMS)


def test_a_bridge_is_not_made_that_would_run_on_or_has_no_i() -> None:
    assert bridges.bridged("the depot", "I " + "ran the depot " * 12 + ".", 0) is None
    assert bridges.bridged("the depot", "My team ran the depot.", 0) is None
    # "your plan for nurses to run ...": no thing to name, so no bridge.
    assert bridges.bridged("your plan for nurses to run more clinics", "I ran 15 clinics.", 0) \
        is None


def _panel() -> Facts:
    return Facts(
        company="Northgate Depot", role="Shift Supervisor", start=START, end=START,
        timezone="UTC", candidate=Candidate(name="Sam Rivera", email="sam@example.com"),
        people=(Person("Marta Quinn", email="marta@northgate.example",
                       topics=("forklift incidents on nights",)),
                Person("Owen Pryce", email="owen@northgate.example",
                       topics=("the cycle count backlog",))),
        topics=("the new racking",),
        qualifications=("cut cycle count errors from 3% to 0.5%", "forklift + reach truck certified",
                        "6 yrs warehousing, last 2 as lead"))


def test_each_reader_hears_the_qualification_that_fits_their_topic() -> None:
    notes = {d.to_name: d.body for d in compose(_panel(), kind="thank-you")}
    assert "forklift and reach truck certifications" in notes["Marta Quinn"]
    assert "cycle count errors" in notes["Owen Pryce"]
    assert "forklift and reach truck" not in notes["Owen Pryce"]
    assert "cycle count errors" not in notes["Marta Quinn"]
    for body in notes.values():
        assert "I would bring that experience" not in body  # no stock tail after the claim


def test_a_gerund_topic_is_never_said_with_is() -> None:
    for k in range(4):
        said = bridges.bridged("calming anxious patients before surgery",
                               "I ran 300 pre-op calls.", k, named=True)
        assert said is not None and not said.startswith(("With calming", "Calming"))


def test_a_requirement_with_a_deadline_is_no_matter_to_bridge_to() -> None:
    assert bridges.bridged("Class A CDL within six months of hire", "I hold a Class B CDL.",
                           0) is None


def test_a_bridge_needs_the_claims_own_clause_to_speak_to_the_topic() -> None:
    # The tail shares safety with "toolbox talks"; the claim is about a schedule.
    assert bridges.topic_for("brought a school job in three weeks early, and no lost time "
                             "incidents", ["toolbox talks"]) is None
    assert bridges.topic_for("ran weekly toolbox talks for 40 electricians, and no lost time "
                             "incidents", ["toolbox talks"]) == "toolbox talks"


def test_a_bridge_never_says_the_claims_verb_twice_nor_links_by_whose_it_is() -> None:
    for k in range(4):
        said = bridges.bridged("handling returns at the front desk", "I handled 80 returns a day.",
                               k)
        assert said is not None and not said.startswith("On handling"), said
    # "firm" says whose, not what: no fit between a firm's history and years at a firm.
    assert bridges.shared("the firm's history", "spent four years at a 12-attorney firm") == 0


@pytest.mark.parametrize(("topics", "claim"), [
    # Alike in kind only (`kin.tsv`): the claim may be chosen, but no bridge calls it work
    # on the reader's topic.
    (["the monthly cost reporting format"], "saved the client £12k on re-measurement of the "
                                            "drainage works"),
    (["the accreditation visit next spring"], "hold a forklift certification"),
    (["interim payment applications"], "handled final accounts for five schools"),
])
def test_a_kind_alone_makes_no_bridge(topics: list[str], claim: str) -> None:
    assert bridges.shared(topics[0], claim) > 0
    assert bridges.topic_for(claim, topics) is None
