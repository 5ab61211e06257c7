from __future__ import annotations

from datetime import UTC, datetime

from afterword.review import Context, Message, Recipient, review
from afterword.review.findings import Finding
from afterword.review.message import Previous

RULE = "duplicate-note"

MIDDLE = (
    "Thank you for leading my panel interview this morning for the Compliance Analyst role. "
    "I appreciated hearing how your team is working through the alert backlog and preparing "
    "for the new transaction monitoring vendor.\n\nI have cleared alert queues at two banks "
    "over four years and wrote the procedures our analysts use for escalations. I am very "
    "excited about joining Harwick Bank.\n\nI look forward to hearing about next steps."
    "\n\nKind regards,\nRosalind Achebe"
)


def hits(body: str, *siblings: str, recipient: str | None = None) -> list[Finding]:
    ctx = Context(siblings=siblings, recipient=Recipient(recipient) if recipient else None)
    return [f for f in review(Message(body, subject="x", context=ctx)).findings if f.rule == RULE]


def test_same_note_with_another_greeting() -> None:
    [f] = hits("Dear Leon,\n\n" + MIDDLE, "Dear Nadine,\n\n" + MIDDLE)
    assert "Nadine" in f.message and f.start is None


def test_names_inside_the_body_are_set_aside() -> None:
    a = "Hi Leon,\n\n" + MIDDLE.replace("Thank you for", "Thank you, Leon, for")
    b = "Hi Nadine,\n\n" + MIDDLE.replace("Thank you for", "Thank you, Nadine, for")
    assert hits(a, b, recipient="Leon Hartmann")


def test_one_changed_sentence_is_still_a_duplicate() -> None:
    other = "Dear Nadine,\n\n" + MIDDLE.replace(
        "I look forward to hearing about next steps.", "I would be glad to hear from you soon."
    )
    assert hits("Dear Leon,\n\n" + MIDDLE, other)


def test_notes_sharing_one_sentence_are_not_duplicates() -> None:
    other = (
        "Dear Nadine,\n\nThank you for the tour of the operations floor and for explaining "
        "how the quality assurance reviews work. Your idea of pairing new analysts with a "
        "mentor for their first month is a thoughtful one.\n\nI have cleared alert queues at "
        "two banks over four years and wrote the procedures our analysts use for escalations."
        "\n\nI hope we speak again soon.\n\nBest,\nRosalind Achebe"
    )
    assert not hits("Dear Leon,\n\n" + MIDDLE, other)


def test_any_of_several_siblings() -> None:
    distinct = "Dear Mr. Osei,\n\nThank you for explaining the new memory care wing.\n\nBest,\nR"
    assert hits("Dear Leon,\n\n" + MIDDLE, distinct, "Dear Ms. Ortiz,\n\n" + MIDDLE)


def test_no_greeting_at_all() -> None:
    assert hits(MIDDLE, MIDDLE)


def test_empty_sibling() -> None:
    assert not hits("Dear Leon,\n\n" + MIDDLE, "   ")


def test_silent_without_siblings() -> None:
    assert not hits("Dear Leon,\n\n" + MIDDLE)


def _previous_hits(body: str, *previous: Previous, kind: str = "thank-you",
                   recipient: str = "Leon Hartmann") -> list[Finding]:
    ctx = Context(previous=previous, recipient=Recipient(recipient))
    message = Message(body, kind=kind, subject="x", context=ctx)
    return [f for f in review(message).findings if f.rule == RULE]


SENT = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)


def test_a_note_already_sent_to_the_same_person() -> None:
    [f] = _previous_hits("Dear Leon,\n\n" + MIDDLE,
                         Previous("thank-you", SENT, to="leon  hartmann", body="Hi Leon,\n\n" + MIDDLE))
    assert "already sent Leon Hartmann on 2 March 2026" in f.message


def test_a_previous_note_to_someone_else_or_of_another_kind_or_without_text_is_fine() -> None:
    assert not _previous_hits("Dear Leon,\n\n" + MIDDLE,
                              Previous("thank-you", SENT, to="Nadine Weber", body=MIDDLE),
                              Previous("follow-up", SENT, to="Leon Hartmann", body=MIDDLE),
                              Previous("thank-you", SENT, to="Leon Hartmann"),
                              Previous("thank-you", SENT))


def test_previous_to_and_body_come_through_the_json_contract() -> None:
    from afterword.review.contract import parse_context

    ctx = parse_context({"previous": [{"kind": "thank-you", "sent_at": "2026-03-02T18:00:00Z",
                                       "to": "Leon Hartmann", "body": MIDDLE}]})
    assert ctx.previous == (Previous("thank-you", SENT, to="Leon Hartmann", body=MIDDLE),)


def test_previous_to_that_is_not_text_is_named() -> None:
    import pytest

    from afterword.review.contract import ContractError, parse_context

    with pytest.raises(ContractError, match=r"context.previous\[0\].to"):
        parse_context({"previous": [{"kind": "thank-you", "sent_at": "2026-03-02T18:00:00Z",
                                     "to": 7}]})
