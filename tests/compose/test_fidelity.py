"""Property: a fragment whose grammar no note can mend is left out and asked for, never pasted.

Records are drawn from fragments of several trades, each pasted with a fault a coach marks
(a bare singular subject with a base verb, a counted object left bare, "she want", a word
of another language, an emoji run-on in rapport). Whatever the mix, no draft holds the
words at fault, and each faulty topic or qualification is named among the asks."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from afterword.compose.drafts import compose
from afterword.compose.facts import Candidate, Concern, Facts, Person

START = datetime(2026, 10, 6, 14, tzinfo=UTC)
# (fragment, the words at fault that must never reach a note).
TOPICS = [
    ("how i calm down guest who complain about the noise", "guest who complain"),
    ("what to do when tenant refuse to let us in", "tenant refuse"),
    ("she want planner who can read drawings", "she want"),
    ("he want technician on call every weekend", "he want"),
    ("the rota na for december", " na "),
]
QUALIFICATIONS = [
    ("trained apprentice on the press brake", "trained apprentice"),
    ("supervised warehouse of 30 pickers", "supervised warehouse"),
    ("saved employer $40k on freight by re-routing", "saved employer"),
]
GOOD_QUALIFICATIONS = ["cut picking errors 30% by relabelling the racks",
                       "8 yrs in residential lettings"]
RAPPORT = [("she worked at the Hilton too 😂 remembered my old manager",
            "too remembered"),
           ("we argued about the derby for a bit", "argued about the derby")]


@st.composite
def records(draw: st.DrawFn) -> Facts:
    topics = draw(st.lists(st.sampled_from(TOPICS), min_size=1, max_size=3, unique=True))
    quals = draw(st.lists(st.sampled_from(QUALIFICATIONS), min_size=1, max_size=2, unique=True))
    rapport = draw(st.sampled_from(RAPPORT))
    people = (
        Person(name="Hannah Osei", position=0, email="h@example.com", point_of_contact=True,
               topics=tuple(t for t, _ in topics[:1]), rapport=rapport[0]),
        Person(name="Ravi Menon", position=1, email="r@example.com",
               topics=tuple(t for t, _ in topics[1:])),
    )
    return Facts(
        company="Northgate Property Services", role="Operations Coordinator", start=START,
        end=START, timezone="UTC", people=people,
        candidate=Candidate(name="Jordan Lee", email="jordan@example.com"),
        topics=("the move to the new booking system",),
        qualifications=(*[q for q, _ in quals], *GOOD_QUALIFICATIONS),
        concerns=(Concern("limited exp on Yardi",
                          "I use Qube every day and I have started the Yardi course and their "
                          "online exams."),),
    )


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records())
def test_faulty_fragments_are_left_out_and_asked_for(facts: Facts) -> None:
    faulty = [f for f in (*TOPICS, *QUALIFICATIONS, *RAPPORT)
              if f[0] in (*facts.qualifications, *(t for p in facts.people for t in p.topics),
                          *(p.rapport for p in facts.people))]
    drafts = [d for kind in ("thank-you", "networking") for d in compose(facts, kind=kind)]
    asks = " ".join(a for d in drafts for a in (*d.incomplete, *d.record_todo))
    for draft in drafts:
        body = f" {draft.body.lower()} "
        for _, words in faulty:
            assert words.lower() not in body, (words, draft.body)
        # A frame filled with its own word: "my experience with experience on Yardi".
        assert not re.search(r"\b(\w{4,}) \w+ \1\b", body), draft.body
        # "their" follows "the Yardi course": Yardi's exams, not the reader's.
        assert "your online exams" not in body, draft.body
    for fragment, _ in faulty:
        if fragment in facts.qualifications or any(fragment in p.topics for p in facts.people):
            assert fragment[:30] in asks or fragment[:30].rstrip() in asks, (fragment, asks)
