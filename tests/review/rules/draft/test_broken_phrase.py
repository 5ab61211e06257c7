from __future__ import annotations

import pytest

from afterword.review import Message, ReviewOptions, review
from afterword.review.findings import Finding
from tests.review.rules.draft.spans import the_one

RULE = "broken-phrase"


def hits(body: str) -> list[Finding]:
    return review(Message(body), ReviewOptions(select=frozenset({RULE}))).findings


def note(middle: str) -> str:
    return f"Dear Linda,\n\nThank you for the interview. {middle}\n\nBest regards,\nOmar"


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("You raised a fair question about I have not used Tableau.", "about I"),
        ("Our talk about he wants recs in BlackLine was a highlight.", "about he"),
        ("I enjoyed hearing about she wants SMs on the floor.", "about she"),
        ("Thank you for our discussion of design a payouts service.", "of design a"),
        ("You asked about hasn't used Windchill.", "about hasn't"),
        ("You asked about no CPA yet.", "about no CPA yet"),
        ("I have thought more about no HV exp since Friday.", "about no HV exp"),
        ("You raised a fair question about never managed a budget on my own.", "about never managed"),
        ("You asked about LCSW not yet.", "about LCSW not yet"),
        ("I know my no experience with NetSuite is a gap.", "my no"),
        ("Regarding I'd handle the audit, I have a plan.", "Regarding I'd"),
    ],
)
def test_flags_a_frame_broken_by_a_fragment(sentence: str, flagged: str) -> None:
    body = note(sentence)
    the_one(hits(body), body, flagged)


@pytest.mark.parametrize(
    "sentence",
    [
        "You raised a fair question about my experience with Tableau.",
        "The dashboards project we talked about is exactly the work I hope to do.",
        "What I was most curious about was the on-call rotation.",
        "Something I'm excited about is the migration.",
        "The plan you told me about I found convincing.",
        "Early on I learned to ask for help.",
        "From then on we met every week.",
        "I worry about not knowing the tool, so I started the course.",
        "I spoke about not only the budget but the staffing.",
        "It is a matter of no small importance to me.",
        "The cost of design was a theme of our talk.",
        "I enjoyed our talk about planning the spring menu.",
        "My not-for-profit work taught me patience.",
        "The No. 1 priority is safety, and my no. 2 is training.",
        "It was a test of will and of can-do spirit.",
        "I am never-ending in my curiosity about how things work.",
        "We talked about the results not yet published, and I look forward to them.",
    ],
)
def test_quiet_on_good_english(sentence: str) -> None:
    assert hits(note(sentence)) == []


# A relative clause whose subject is a noun phrase ends on its preposition as one whose subject
# is a pronoun does ("the project we talked about is ..."); sentences of our own.
@pytest.mark.parametrize(
    "sentence",
    [
        "The dashboard the night shift relies on was impressive.",
        "The funding model the board agreed on is refreshingly simple.",
        "The case the partners argued about was a landmark ruling.",
        "The archive the students worked on has four thousand letters.",
        "The mural project the whole school is proud of was a joy to see.",
        "The question the panel asked me about is one I have thought through since.",
        "The roster your coordinators depend on is a clever piece of work.",
    ],
)
def test_a_relative_clause_with_a_noun_phrase_subject_may_end_on_its_preposition(
    sentence: str,
) -> None:
    assert hits(note(sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("Thank you for our discussions of was the best part.", "of was"),
        ("I enjoyed the sessions on was very useful.", "on was"),
        ("I appreciate the updates about is the role still open.", "about is"),
    ],
)
def test_a_verb_or_a_preposition_is_no_head_of_such_a_clause(sentence: str, flagged: str) -> None:
    body = note(sentence)
    the_one(hits(body), body, flagged)
