"""Which qualification each reader of a panel hears, and how it is tied to them (issue 13,
item 4): the one that fits THIS reader's topic, linked in a sentence that names it, and a
note never left with none when one fits (records of our own, in trades of their own).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from afterword.compose.drafts import compose
from afterword.compose.facts import Candidate, Facts, Person

START = datetime(2026, 6, 9, 14, tzinfo=UTC)


def _sentences(body: str) -> list[str]:
    inner = body.split("\n\n", 1)[1].rsplit("\n\n", 1)[0]
    return [s for s in re.split(r"(?<=[.!?])\s+", inner.replace("\n", " ")) if s]


def _facts(people: tuple[Person, ...], qualifications: tuple[str, ...]) -> Facts:
    return Facts(company="Harbor Dental Group", role="Practice Coordinator", start=START,
                 end=START, timezone="UTC",
                 candidate=Candidate(name="Robin Vale", email="robin@example.com"),
                 people=people, topics=("the new phone system",),
                 qualifications=qualifications)


def test_a_result_is_kept_for_the_later_reader_whose_topic_it_speaks_to() -> None:
    people = (Person("Ana Ruiz", email="ana@harbor.example",
                     topics=("the spring hygiene recall",)),
              Person("Ben Okafor", email="ben@harbor.example",
                     topics=("missed calls on Monday mornings",)))
    quals = ("missed call rate 14% -> 6% (2025)", "ran the front desk for 3 dentists, 5 yrs")
    notes = {d.to_name: d.body for d in compose(_facts(people, quals), kind="thank-you")}
    assert "from 14% to 6%" in notes["Ben Okafor"], notes["Ben Okafor"]
    assert "from 14% to 6%" not in notes["Ana Ruiz"]


def test_a_reader_left_with_none_hears_the_one_that_fits_them_tied_to_their_topic() -> None:
    # One qualification fits all three readers; the later ones would otherwise have none.
    people = tuple(Person(name, email=f"{name.split()[0].lower()}@harbor.example",
                          topics=(topic,))
                   for name, topic in (("Ana Ruiz", "the insurance billing backlog"),
                                       ("Ben Okafor", "billing errors on claims"),
                                       ("Cy Lund", "how long billing takes each month")))
    quals = ("cut billing errors by 40% with a pre-submission checklist",)
    drafts = compose(_facts(people, quals), kind="thank-you")
    said = [s for d in drafts for s in _sentences(d.body)]
    # Never word for word in two notes.
    assert len(said) == len(set(said))
    with_fit = [d for d in drafts if "40%" in d.body]
    assert len(with_fit) >= 2, [d.body for d in drafts]
    for draft in with_fit[1:]:
        line = next(s for s in _sentences(draft.body) if "40%" in s)
        person = next(p for p in people if p.name == draft.to_name)
        topic_words = set(re.findall(r"[a-z]{5,}", person.topics[0])) - {"billing"}
        # Said again tied to this reader's own topic, in their words, or (when it cannot be
        # tied) as what the candidate would bring, rather than leave the note without one.
        assert topic_words & set(re.findall(r"[a-z]{5,}", line.lower())) or \
            person.topics[0].split()[0] in line.lower() or \
            line.startswith(("As for what I would bring, ", "For my part, ")), line


def test_a_fitting_qualification_is_linked_without_a_stock_frame() -> None:
    people = (Person("Ana Ruiz", email="ana@harbor.example",
                     topics=("late starts in the morning clinic",)),
              Person("Ben Okafor", email="ben@harbor.example",
                     topics=("the move to a new booking system",)))
    quals = ("got on-time starts from 71% to 93% in 2025",
             "moved 2 practices onto Dentally with no lost bookings")
    notes = {d.to_name: d.body for d in compose(_facts(people, quals), kind="thank-you")}
    assert "raised on-time starts from 71% to 93%" in notes["Ana Ruiz"]
    assert "Dentally" in notes["Ben Okafor"]
    for body in notes.values():
        assert "it may help to know" not in body
        assert "I would bring that experience" not in body


def test_a_likeness_of_kind_does_not_take_a_line_a_later_reader_shares_a_word_with() -> None:
    # "accuracy" and "audit" are alike in kind (compliance) only; "dispensing" is the later
    # reader's own word: the result goes to them (records9: pick accuracy went to the food
    # safety audit, not to the manager of the pick rate).
    people = (Person("Ana Ruiz", email="ana@harbor.example", topics=("the hygiene audit in May",)),
              Person("Ben Okafor", email="ben@harbor.example",
                     topics=("dispensing errors on the night shift",)))
    quals = ("dispensing accuracy 98% -> 99.7% after i started the double-check rule",
             "6 yrs pharmacy technician at Wellmart")
    notes = {d.to_name: d.body for d in compose(_facts(people, quals), kind="thank-you")}
    assert "99.7%" in notes["Ben Okafor"], notes["Ben Okafor"]
    assert "99.7%" not in notes["Ana Ruiz"], notes["Ana Ruiz"]
