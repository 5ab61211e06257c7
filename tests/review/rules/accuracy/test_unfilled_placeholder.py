from __future__ import annotations

from afterword.review import Context, Message, Recipient, review
from afterword.review.findings import Finding, Severity

RULE = "unfilled-placeholder"


def hits(body: str, subject: str | None = None, **ctx: object) -> list[Finding]:
    message = Message(
        body, subject=subject or "Thank you - Analyst interview", context=Context(**ctx)
    )  # type: ignore[arg-type]
    return [f for f in review(message).findings if f.rule == RULE]


NOTE = (
    "Dear Ms. Patel,\n\nThank you for meeting with me this morning about the Operations "
    "Analyst role. I enjoyed hearing how your team rebuilt the weekly capacity report.\n\n"
    "{middle}\n\nI look forward to hearing about next steps.\n\nBest regards,\n{sign}"
)


def note(
    middle: str = "I have built similar reports for four years.", sign: str = "Jordan Lee"
) -> str:
    return NOTE.format(middle=middle, sign=sign)


def test_bracketed_company_slot_is_an_error_with_the_company_as_replacement() -> None:
    body = note("I would be thrilled to join [Company Name] and help your planners.")
    [f] = hits(body, company="Northwind Freight")
    assert f.severity is Severity.ERROR
    assert body[f.start : f.end] == "[Company Name]"
    assert f.replacement == "Northwind Freight"


def test_signature_slot_takes_the_candidate_name() -> None:
    body = note(sign="[Your Name]")
    [f] = hits(body, candidate="Jordan Lee")
    assert f.replacement == "Jordan Lee"


def test_interviewer_slot_takes_the_recipient_name() -> None:
    body = note("Please pass my thanks to (interviewer's name) as well.")
    [f] = hits(body, recipient=Recipient("Anita Patel"))
    assert f.replacement == "Anita Patel"


def test_ambiguous_slot_gets_no_replacement() -> None:
    body = note("Please also thank {name} for the tour of the warehouse.")
    [f] = hits(body, candidate="Jordan Lee", company="Northwind Freight")
    assert f.replacement is None and f.suggestion


def test_each_slot_is_one_finding() -> None:
    body = note("Since ____ I have cut report time by XX% at Company Name.")
    assert [body[f.start : f.end] for f in hits(body)] == ["____", "XX", "Company Name"]


def test_a_slot_in_the_subject_is_reported_on_the_subject() -> None:
    [f] = hits(note(), subject="Thank you - [Job Title] interview")
    assert f.field == "subject" and (f.start, f.end) == (12, 23)


def test_tk_as_a_newsroom_mark_fires() -> None:
    assert hits(note("I have edited copy for TK years on the metro desk."))


def test_context_name_using_the_token_is_not_a_slot() -> None:
    body = note("I spent three years as a buyer at TK Maxx.")
    assert not hits(body, other_companies=("TK Maxx",))


def test_ordinary_text_stays_silent() -> None:
    body = note(
        "A former colleague passed along your name, and our company name changed last year "
        "after the merger. I attached my portfolio (PDF, 3 MB) and my site is at "
        "<https://jordanlee.example.com>."
    )
    assert not hits(body, recipient=Recipient("Anita Tkachenko"))
