"""A qualification chosen for the reader it fits, and said with a bridge to their topic.

Fragments of our own across trades (a bakery, a clinic, a bank, a depot): what makes a fit
(content words by lemma, never "within" or "every"), which topic a bridge names, and that
each reader of a panel hears a different qualification, with a bridge that names the topic
it fits rather than a stock tail.
"""

from __future__ import annotations

from datetime import UTC, datetime

from afterword.compose import bridges
from afterword.compose.drafts import compose
from afterword.compose.facts import Candidate, Facts, Person

START = datetime(2026, 5, 12, 14, tzinfo=UTC)


def test_a_fit_is_a_shared_content_word_by_lemma() -> None:
    assert bridges.shared("how she schedules the night shift", "scheduled 40 nurses a week") > 0
    assert bridges.shared("nursing handoffs", "trained 6 new nurses") > 0
    # Function words fit nothing: "within" and "every" are in both, and count for nothing.
    assert bridges.shared("a reply within every 48 hours", "closed loans within every quarter") \
        == 0


def test_the_topic_bridged_to_is_the_one_the_claim_speaks_to() -> None:
    topics = ["the new proofing room", "your plan to cut sourdough waste"]
    assert bridges.topic_for("cut dough waste by 30% with a par sheet", topics) == topics[1]
    assert bridges.topic_for("hold a food handler card", topics) is None
    # A question is not named again as "we talked about your question about ...".
    assert bridges.topic_for("cut wait times by half", ["your question about wait times"]) \
        is None


def test_a_bridge_names_the_topic_or_its_head_when_the_thanks_named_it() -> None:
    said = bridges.bridged("the loan pipeline", "I closed 60 loans last year.", 0)
    assert said is not None and "the loan pipeline" in said and said.endswith(
        "I closed 60 loans last year.")
    back = bridges.bridged("your goal of a same-day reply", "I cut reply times to 4 hours.", 0,
                           named=True)
    assert back is not None and "your goal" in back and "same-day" not in back
    assert bridges.head("your goal of a same-day reply") == "your goal"
    # The wordings vary with the note, and a run-on is not made.
    assert bridges.bridged("the loan pipeline", "I closed 60 loans.", 1) != \
        bridges.bridged("the loan pipeline", "I closed 60 loans.", 0)
    assert bridges.bridged("the depot", "I " + "ran the depot " * 12 + ".", 0) is None
    assert bridges.bridged("the depot", "My team ran the depot.", 0) is None


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


def test_a_gerund_head_is_never_kept_in_mind() -> None:
    said = bridges.bridged("calming anxious patients before surgery", "I ran 300 pre-op calls.",
                           0, named=True)
    assert said is not None and not said.startswith("With calming")
    assert said.startswith("On calming anxious patients")
