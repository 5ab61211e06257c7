from __future__ import annotations

import pytest

from afterword.review import Context, Message, Recipient, review
from afterword.review.findings import Finding, Severity

RULE = "wrong-recipient-name"
REST = "Thank you for meeting with me on Wednesday.\n\nBest regards,\nKofi Boateng"


def hits(body: str, recipient: str | None, channel: str = "email") -> list[Finding]:
    ctx = Context(recipient=Recipient(recipient) if recipient else None, candidate="Kofi Boateng")
    return [f for f in review(Message(body, channel=channel, context=ctx)).findings if f.rule == RULE]


@pytest.mark.parametrize(
    ("first", "recipient"),
    [
        ("Dear Sara,", "Sara Holmberg"),
        ("Dear Ms. Holmberg,", "Sara Holmberg"),
        ("Dear Sara Holmberg,", "Sara Holmberg"),
        ("Hi Tom,", "Thomas Whitaker"),
        ("Hi Alex,", "Alexandra Kim"),
        ("Dear Mr. O’Brien,", "Liam O'Brien"),
        ("Dear Ms. OBrien,", "Siobhán O'Brien"),
        ("Hello Siobhan,", "Siobhán O'Brien"),
        ("Dear Dr. Nguyen-Tran:", "Linh Nguyen-Tran"),
        ("Dear Dr. Nguyen Tran,", "Linh Nguyen-Tran"),
        ("Dear Hiring Committee,", "Grace Oduya"),
        # A rank of several words, and an engineer's title, before the family name.
        ("Dear Deputy Chief Okafor,", "Lorraine Okafor"),
        ("Dear Battalion Chief Ruiz,", "Ana Ruiz"),
        ("Dear Ir. Muthu,", "Ir. Muthu Krishnan a/l Raman"),
        ("Hi team,", "Grace Oduya"),
        ("Hi Priya and Tom,", "Tom Becker"),
        ("Dear Chef Delgado,", "Rosa Delgado"),
        ("dear sara,", "Sara Holmberg"),
        ("Dear [Interviewer Name],", "Sara Holmberg"),
        ("Dear Dr. de la Cruz,", "María de la Cruz"),
    ],
)
def test_right_names_pass(first: str, recipient: str) -> None:
    assert not hits(f"{first}\n\n{REST}", recipient)


@pytest.mark.parametrize(
    ("first", "recipient", "wrong", "right"),
    [
        ("Dear Sarah,", "Sara Holmberg", "Sarah", "Sara"),
        ("Dear Katherine,", "Catherine Ashby", "Katherine", "Catherine"),
        ("Dear Mr. Morison,", "Jake Morrison", "Morison", "Morrison"),
        ("Dear Ms. Robinson,", "Alicia Robertson", "Robinson", "Robertson"),
        ("Dear Ann,", "Anne Keller", "Ann", "Anne"),
        ("Hi Jon,", "Joan Abernathy", "Jon", "Joan"),
    ],
)
def test_misspelled_names(first: str, recipient: str, wrong: str, right: str) -> None:
    body = f"{first}\n\n{REST}"
    [f] = hits(body, recipient)
    assert f.severity is Severity.ERROR
    assert f.start is not None and body[f.start : f.end] == wrong
    assert f.replacement == right and f.suggestion == right
    assert "spells" in f.message


def test_another_person_named() -> None:
    body = f"Dear Marcus,\n\n{REST}"
    [f] = hits(body, "Elena Petrova")
    assert "Marcus" in f.message and "Elena Petrova" in f.message
    assert f.replacement == "Elena"


def test_another_person_with_a_title_gets_the_surname() -> None:
    body = f"Dear Ms. Castillo,\n\n{REST}"
    [f] = hits(body, "Renata Ortiz")
    assert f.replacement == "Ortiz"


def test_bare_name_greeting_of_someone_else() -> None:
    assert hits(f"Jessica,\n\n{REST}", "Mirela Dragan")


def test_needs_the_recipient() -> None:
    assert not hits(f"Dear Sarah,\n\n{REST}", None)


def test_invitations_that_greet_are_checked() -> None:
    body = "Hi Chloe, thank you for your panel on claims fraud models."
    assert not hits(body, "Chloé Martin", channel="linkedin-invite")
    assert hits("Hi Claire, thank you for your panel.", "Chloé Martin", channel="linkedin-invite")


def test_other_names_in_the_body_are_not_the_greeting() -> None:
    body = "Hello Graham,\n\nPlease pass my thanks to Marcus for the site walk.\n\nBest,\nKofi Boateng"
    assert not hits(body, "Graham Pollard")


def test_misspelled_name_is_not_also_a_spelling_finding() -> None:
    body = f"Dear Sarah,\n\n{REST}"
    rules = [
        f.rule
        for f in review(Message(body, context=Context(recipient=Recipient("Sara Holmberg")))).findings
        if f.start is not None and f.start < 10
    ]
    assert rules == [RULE]


def test_a_recipient_known_by_one_name_cannot_be_contradicted_by_another() -> None:
    assert not hits(f"Dear Ms. Raman,\n\n{REST}", "Priya")
    assert hits(f"Dear Pria,\n\n{REST}", "Priya")


@pytest.mark.parametrize("first", ["Dear Colleague,", "Dear Friend,", "Dear Sir,", "Dear Recruiter,"])
def test_generic_addressees_name_no_one(first: str) -> None:
    assert not hits(f"{first}\n\n{REST}", "Sara Holmberg")
