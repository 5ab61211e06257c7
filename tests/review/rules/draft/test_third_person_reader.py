from __future__ import annotations

import pytest

from afterword.review import Context, Message, Recipient, ReviewOptions, review
from afterword.review.findings import Finding

RULE = "third-person-reader"
READER = Recipient("Marisol Vega", "Director of Care Management")


def hits(body: str, **context: object) -> list[Finding]:
    ctx = Context(recipient=READER, **context)  # type: ignore[arg-type]
    return review(Message(body, context=ctx), ReviewOptions(select=frozenset({RULE}))).findings


def note(middle: str) -> str:
    return f"Dear Marisol,\n\nThank you for meeting with me on Wednesday. {middle}\n\nBest regards,\nAna Ruiz"


@pytest.mark.parametrize(
    ("sentence", "pronouns"),
    [
        ("I enjoyed hearing about her plan for a float pool.", ["her"]),
        ("Our talk about he wants SW at the 7:30 huddle was a highlight.", ["he"]),
        ("She wants someone to own the drawing standard, and I would.", ["She"]),
        ("I liked hearing how she runs LCSW supervision and his view of it.", ["she", "his"]),
        ("Our conversation about her goal of a 5 day close stayed with me.", ["her"]),
    ],
)
def test_flags_the_reader_in_the_third_person(sentence: str, pronouns: list[str]) -> None:
    body = note(sentence)
    found = hits(body, role="Medical Social Worker", company="Riverbend Memorial Hospital")
    assert [
        body[f.start : f.end] for f in found if f.start is not None and f.end is not None
    ] == pronouns
    assert "Marisol Vega" in found[0].message


def test_the_role_and_the_company_introduce_no_one() -> None:
    body = note(
        "I am excited about the Medical Social Worker, Emergency Department role and about "
        "her plan to add a weekend social worker."
    )
    assert hits(body, role="Medical Social Worker, Emergency Department")


@pytest.mark.parametrize(
    "middle",
    [
        # Another person named or introduced in the same sentence, before the pronoun.
        "Please pass my thanks to Keisha; she made the tour a pleasure.",
        "It was good to meet Tom and to hear about his work on the huddle.",
        "Dr. Okafor walked me through his research.",
        "Your colleague passed along the agenda, and I am glad she did.",
        # ... or in the sentence before.
        "I also met your CEO. Her vision for the new wing is inspiring.",
        "My last manager trusted me with weekend discharges. She often said they were the hardest shift.",
        "A former colleague passed along your name. I am very glad she did.",
        # A run of sentences about the same other person.
        "Jamie showed me the archive. She knows every box. Her care for it was moving.",
        # Anyone, and quotations.
        "A patient should know his or her options.",
        'As your badge says, "she who plans, cares" is a motto I live by.',
        # No third person at all.
        "I enjoyed hearing about your plan for a float pool.",
    ],
)
def test_quiet_when_someone_else_is_meant(middle: str) -> None:
    assert hits(note(middle)) == []


def test_needs_a_recipient() -> None:
    body = note("I enjoyed hearing about her plan for a float pool.")
    report = review(Message(body), ReviewOptions(select=frozenset({RULE})))
    assert report.findings == []


def test_the_signature_is_not_read() -> None:
    body = note("I enjoyed your plan.") + "\nHe/Him | Social Worker"
    assert hits(body, candidate="Ana Ruiz") == []


def test_the_reader_s_own_name_after_a_preposition_is_the_third_person() -> None:
    body = (
        "Dear Judge Whitfield-Amos,\n\nThank you for meeting with me. I would be glad to serve "
        "as the term law clerk to Judge Whitfield-Amos.\n\nRespectfully,\nJordan Ellery"
    )
    context = Context(recipient=Recipient("Eleanor Whitfield-Amos"))
    found = review(Message(body, context=context), ReviewOptions(select=frozenset({RULE}))).findings
    assert [body[f.start : f.end] for f in found if f.start is not None] == ["Whitfield-Amos"]


def test_the_reader_s_name_in_the_company_s_name_is_not_the_reader() -> None:
    body = (
        "Dear Bill,\n\nThank you for meeting with me. I would be glad to bring my experience "
        "to Halvorsen Heating & Air.\n\nBest regards,\nJordan Ellery"
    )
    context = Context(recipient=Recipient("Bill Halvorsen"), company="Halvorsen Heating & Air")
    assert (
        review(Message(body, context=context), ReviewOptions(select=frozenset({RULE}))).findings
        == []
    )


def test_a_name_that_is_also_a_month_counts_only_after_a_title() -> None:
    context = Context(recipient=Recipient("May Chen"))
    quiet = "Dear May,\n\nThank you for meeting with me. I can start in May.\n\nBest regards,\nJo"
    loud = "Dear May,\n\nThank you for meeting with me. I would be glad to work with Dr. Chen.\n\nBest regards,\nJo"
    options = ReviewOptions(select=frozenset({RULE}))
    assert review(Message(quiet, context=context), options).findings == []
    found = review(Message(loud, context=context), options).findings
    assert [loud[f.start : f.end] for f in found if f.start is not None] == ["Chen"]


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("I enjoyed hearing about Marisol's plan for a float pool.", "Marisol"),
        ("Ms. Vega's account of the discharge huddle stayed with me.", "Vega"),
    ],
)
def test_the_reader_s_own_name_in_the_possessive(sentence: str, flagged: str) -> None:
    body = note(sentence)
    found = hits(body)
    assert [body[f.start : f.end] for f in found if f.start is not None] == [flagged]


@pytest.mark.parametrize(
    "sentence",
    [
        "I enjoyed hearing about Anna Vega's clinic in Tucson.",  # another Vega
        "Your plan, Marisol, for a float pool was clear.",
        "I quoted 'Marisol' from the float pool poster.",
    ],
)
def test_another_person_s_name_or_a_direct_address_is_not_the_third_person(
        sentence: str) -> None:
    assert hits(note(sentence)) == []


def test_the_company_named_for_the_reader_is_not_the_reader() -> None:
    body = note("Vega's Home Care trained me in discharge planning.")
    assert hits(body, company="Vega's Home Care") == []


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        # A reply to a rejection that names the whole panel, its reader among them.
        ("I enjoyed meeting Dr. Okafor and Marisol, especially the tour.", "Marisol"),
        ("I enjoyed meeting Marisol on Wednesday.", "Marisol"),
        ("It was good to speak with Tom and Ms. Vega.", "Vega"),
    ],
)
def test_the_reader_met_or_named_beside_a_colleague(sentence: str, flagged: str) -> None:
    body = note(sentence)
    assert [body[f.start : f.end] for f in hits(body) if f.start is not None] == [flagged]


@pytest.mark.parametrize(
    "sentence",
    [
        "I enjoyed meeting you and Dr. Okafor.",
        "Thank you, Marisol, and please pass my thanks to Tom.",
        "I hope to see Tom and the team again.",
    ],
)
def test_the_reader_addressed_or_another_met_is_not_the_third_person(sentence: str) -> None:
    assert hits(note(sentence)) == []
