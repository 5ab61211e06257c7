from __future__ import annotations

import pytest

from afterword.review import Context, Message, Recipient, review

RULE = "generic-subject"
BODY = "Dear Ms. Varga,\n\nThank you for meeting with me.\n\nKind regards,\nTheresa Mbatha"
CTX = Context(
    candidate="Theresa Mbatha",
    recipient=Recipient("Ilona Varga"),
    company="Riverbend General Hospital",
    role="Staff Nurse",
)


def fires(subject: str | None, channel: str = "email", known: bool = True) -> bool:
    message = Message(BODY, channel=channel, subject=subject, subject_known=known, context=CTX)
    return RULE in review(message).rules()


@pytest.mark.parametrize(
    "subject",
    [
        "Thank you",
        "Thanks!",
        "Thank you for your time",
        "Follow up",
        "Following up again",
        "Checking in",
        "Re: Interview",
        "Thank you - Theresa Mbatha",
        "Thank you, Ms. Varga",
        "Thank you for Tuesday's interview",
        "Quick note after our conversation today",
        "Following up on my application",
        "Scheduled Email Update",
        "Automated reminder: follow-up",
        "Notification - application status",
    ],
)
def test_generic_subjects(subject: str) -> None:
    assert fires(subject)


@pytest.mark.parametrize(
    "subject",
    [
        "Staff Nurse interview - thank you",
        "Thank you - Riverbend General Hospital",
        "Thank you - staff nurse interview",
        "Thank you for the chat about diary studies",
        "Night staffing on 4 West - thank you",
        "Interview for Staff Nurse (Tuesday)",
        "Rota schedule for 4 West - thank you",
    ],
)
def test_specific_subjects(subject: str) -> None:
    assert not fires(subject)


def test_no_or_unknown_subject_is_another_rule_s_business() -> None:
    assert not fires(None)
    assert not fires("")
    assert not fires(None, known=False)


def test_email_only() -> None:
    assert not fires("Thank you", channel="linkedin-message")


def test_finding_spans_the_subject() -> None:
    message = Message(BODY, subject=" Thank you ", context=CTX)
    [f] = [f for f in review(message).findings if f.rule == RULE]
    assert (f.field, f.start, f.end) == ("subject", 1, 10)


@pytest.mark.parametrize(
    "subject",
    ["It was a pleasure meeting you", "Enjoyed our conversation", "Any news on the position?"],
)
def test_more_generic_phrasings(subject: str) -> None:
    assert fires(subject)


@pytest.mark.parametrize(
    "subject",
    ["Just wanted to follow up", "Still waiting to hear back...", "Did you get my email?",
     "Any news yet?", "Circling back"],
)
def test_subjects_that_only_chase_a_reply_are_generic(subject: str) -> None:
    assert fires(subject)


@pytest.mark.parametrize(
    "subject", ["Waiting to hear about the Data Engineer role", "Did you get my portfolio link?"]
)
def test_a_chasing_subject_that_names_something_is_not(subject: str) -> None:
    assert not fires(subject)
