"""A qualification's numbers reach the note: results jotted with an arrow and no verb, and the
figure jotted after a claim (issue 13, item 4: "quantified where the record has numbers").

The fragments are our own, across trades. What is asserted is what a coach checks: the
numbers of the jotting are in the sentence, the way they moved is said right (up is
"raise", down is "cut"), and no arrow or shorthand is left.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from afterword.compose import claims, claims_results
from afterword.compose.facts import Candidate, Facts, Person
from afterword.compose.fragments import Reading

START = datetime(2026, 3, 10, 15, tzinfo=UTC)


def _read(text: str):  # type: ignore[no-untyped-def]
    facts = Facts(company="Brightwater Clinic", role="Practice Supervisor", start=START,
                  end=START, timezone="UTC", candidate=Candidate(name="Robin Vale"),
                  people=(Person("Ines Marlow", topics=("the front desk",)),),
                  topics=("the new rota",), qualifications=(text,))
    return Reading(facts).qualification(text)


@pytest.mark.parametrize(("jotted", "numbers", "verb"), [
    ("team first call resolution 62% -> 70% (2025)", ("62%", "70%"), "raise"),
    ("our no-show rate 18 -> 9%", ("18%", "9%"), "cut"),
    ("average wait 40 -> 25 min (our audit, 2025)", ("40", "25 minutes"), "cut"),
    ("repeat visits 120 -> 180 a month", ("120", "180"), "raise"),
    # A span named by its two ends is one word, and in minutes it is a time.
    ("door to needle for stroke calls 62 -> 41 min", ("door-to-needle time", "62",
                                                      "41 minutes"), "cut"),
])
def test_a_result_jotted_with_an_arrow_is_said_with_its_numbers(
        jotted: str, numbers: tuple[str, ...], verb: str) -> None:
    read = _read(jotted)
    assert read.ok, read.reason
    text = read.text or ""
    assert all(n in text for n in numbers), text
    assert f"helped {verb} " in text
    assert "->" not in text and "when i" not in text.lower()


@given(st.integers(1, 400), st.integers(1, 400),
       st.sampled_from(["team CSAT", "the rework rate", "door to needle time for stroke calls",
                        "weekly returns"]),
       st.sampled_from(["", "%"]))
def test_the_way_a_measure_moved_decides_its_verb(before: int, after: int, metric: str,
                                                   unit: str) -> None:
    said = claims_results.metric_moved(f"{metric} from {before}{unit} to {after}{unit}")
    if before == after:
        assert said is None
        return
    assert said is not None
    assert said.startswith("helped raise " if after > before else "helped cut ")
    assert f"from {before}{unit} to {after}{unit}" in said


@pytest.mark.parametrize("piece", ["cut waste from 30% to 12%", "we moved from 3 to 5 sites",
                                   "from 3 to 5"])
def test_a_jotting_with_its_own_verb_is_not_read_as_a_bare_measure(piece: str) -> None:
    assert claims_results.metric_moved(piece) is None


@pytest.mark.parametrize(("jotted", "kept"), [
    ("found 31 defects in the release candidate, 5 critical", ["31", "five of them critical"]),
    ("ran wound clinics, about 12 a week", ["about 12 a week"]),
    ("saved the client $40k on the retaining wall (abt 6% of the package)",
     ["$40k", "about 6% of the package"]),
    ("did fit-outs for 4 shops, biggest a $900k flagship", ["four shops",
                                                             "the biggest being a $900k"]),
    ("wrote 45 help articles, password resets dropped by a third", ["45", "by a third"]),
])
def test_the_figure_after_a_claim_stays_with_it(jotted: str, kept: list[str]) -> None:
    read = _read(jotted)
    assert read.ok, read.reason
    text = read.text or ""
    for k in kept:
        assert k in text.replace("4 of them", "four of them").replace("5 of them",
                                                                      "five of them"), text


@pytest.mark.parametrize(("jotted", "verb"), [
    ("got on-time starts from 71% to 93%", "raised"),
    ("got the backlog from 300 to 40", "cut"),
])
def test_got_a_measure_moving_is_said_by_the_way_it_moved(jotted: str, verb: str) -> None:
    said = claims.did_as_done(jotted)
    assert said.startswith(verb + " ") and re.search(r"from \d+%? to \d+", said)


def test_years_after_a_claim_say_how_long() -> None:
    read = _read("planned rotas for 60 staff at Ashby Care, 3 yrs")
    assert read.ok and (read.text or "").endswith("for three years"), read.text
