"""The JSON contract: input objects to `Message`, clear errors naming the field at fault."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from afterword.review import Report
from afterword.review.contract import (
    ContractError,
    error_to_json,
    line_id,
    message_from_example,
    parse_line,
    parse_message,
    report_to_json,
)
from afterword.review.findings import Finding, Severity
from afterword.review.registry import Example

FULL = {
    "id": "n1",
    "kind": "thank-you",
    "channel": "email",
    "subject": "Thank you - Data Engineer interview",
    "body": "Dear Priya, ...",
    "context": {
        "candidate": "Jordan Lee",
        "recipient": {"name": "Priya Raman", "title": "Engineering Manager"},
        "company": "Acme Analytics",
        "role": "Data Engineer",
        "topics": ["migration to Kubernetes", "on-call rotation"],
        "concerns": ["limited Go experience"],
        "interview_end": "2026-03-02T15:00:00-05:00",
        "sent_at": "2026-03-03T09:30:00-05:00",
        "recipient_timezone": "America/New_York",
        "stated_timeframe_days": 14,
        "previous": [
            {"kind": "thank-you", "sent_at": "2026-03-02T18:00:00-05:00", "replied": False}
        ],
        "other_companies": ["Globex", "Initech"],
        "other_roles": ["Site Reliability Engineer"],
        "siblings": ["body of the other note"],
        "dictionary": ["Kubernetes", "Priya"],
        "favourite_colour": "blue",
    },
    "expect": ["ignored"],
}


def test_the_spec_example_parses() -> None:
    m = parse_message(FULL)
    assert (m.id, m.kind, m.channel, m.subject, m.subject_known) == (
        "n1",
        "thank-you",
        "email",
        "Thank you - Data Engineer interview",
        True,
    )
    c = m.context
    assert c.recipient is not None and c.recipient.name == "Priya Raman"
    assert c.topics == ("migration to Kubernetes", "on-call rotation")
    assert c.interview_end is not None and c.interview_end.utcoffset() == timedelta(hours=-5)
    assert c.previous is not None and c.previous[0].kind == "thank-you"
    assert c.previous[0].replied is False
    assert c.stated_timeframe_days == 14
    assert c.other_companies == ("Globex", "Initech")


@pytest.mark.parametrize("subject", [None, "", "   "])
def test_an_email_without_a_subject_has_none(subject: str | None) -> None:
    obj = {"body": "Hi", "channel": "email"}
    if subject is not None:
        obj["subject"] = subject
    m = parse_message(obj)
    assert m.subject is None and m.subject_known


def test_only_email_has_a_subject() -> None:
    m = parse_message({"body": "Hi", "channel": "handwritten", "subject": "Thanks"})
    assert m.subject is None


def test_defaults_and_an_absent_context() -> None:
    m = parse_message({"body": "Hello"})
    assert (m.kind, m.channel, m.id) == ("thank-you", "email", None)
    assert not m.context.has("company")
    assert m.context.previous is None


def test_an_empty_previous_list_is_known_to_be_empty() -> None:
    m = parse_message({"body": "x", "context": {"previous": []}})
    assert m.context.previous == ()


def test_utc_z_suffix_is_accepted() -> None:
    m = parse_message({"body": "x", "context": {"sent_at": "2026-03-03T14:30:00Z"}})
    assert m.context.sent_at is not None and m.context.sent_at.utcoffset() == timedelta(0)


def ctx(**fields: object) -> dict[str, object]:
    return {"body": "x", "context": fields}


@pytest.mark.parametrize(
    ("obj", "field"),
    [
        ([], "message"),
        ({}, "body"),
        ({"body": 3}, "body"),
        ({"body": "x", "kind": "thanks"}, "kind"),
        ({"body": "x", "channel": "fax"}, "channel"),
        ({"body": "x", "subject": 5}, "subject"),
        ({"body": "x", "context": "none"}, "context"),
        (ctx(sent_at="2026-03-03T09:30:00"), "context.sent_at"),
        (ctx(interview_end="yesterday"), "context.interview_end"),
        (ctx(recipient_timezone="Mars/Olympus"), "context.recipient_timezone"),
        (ctx(stated_timeframe_days="two weeks"), "context.stated_timeframe_days"),
        (ctx(stated_timeframe_days=-1), "context.stated_timeframe_days"),
        (ctx(topics=[1]), "context.topics[0]"),
        (ctx(recipient={"title": "CTO"}), "context.recipient.name"),
        (ctx(previous=[{"kind": "thank-you"}]), "context.previous[0].sent_at"),
        (
            ctx(previous=[{"kind": "memo", "sent_at": "2026-03-03T09:30:00Z"}]),
            "context.previous[0].kind",
        ),
        (
            ctx(
                previous=[{"kind": "follow-up", "sent_at": "2026-03-03T09:30:00Z", "replied": "no"}]
            ),
            "context.previous[0].replied",
        ),
    ],
)
def test_errors_name_the_field(obj: object, field: str) -> None:
    with pytest.raises(ContractError) as info:
        parse_message(obj)
    assert info.value.field == field
    assert str(info.value).startswith(f"{field}: ")


def test_the_offset_error_reads_plainly() -> None:
    with pytest.raises(ContractError, match="context.sent_at: not an ISO 8601 time with an offset"):
        parse_message({"body": "x", "context": {"sent_at": "2026-03-03 09:30"}})


def test_lenient_shapes() -> None:
    m = parse_message(
        {"body": "x", "context": {"recipient": "Priya Raman", "topics": "Kubernetes"}}
    )
    assert m.context.recipient is not None and m.context.recipient.name == "Priya Raman"
    assert m.context.topics == ("Kubernetes",)


def test_lines_and_ids() -> None:
    assert parse_line(json.dumps({"id": "a", "body": "x"})).id == "a"
    with pytest.raises(ContractError, match="^line: not valid JSON"):
        parse_line("{oops")
    assert line_id('{"id": "z", "body": 1}') == "z"
    assert line_id("{oops") is None
    assert json.loads(error_to_json("z", ContractError("body", "expected a string"))) == {
        "id": "z",
        "error": "body: expected a string",
    }


def test_report_to_json() -> None:
    report = Report(
        "n1", [Finding("spelling", Severity.WARNING, "'recieved' looks misspelled", 3, 11)]
    )
    out = json.loads(report_to_json(report))
    assert out["id"] == "n1" and out["findings"][0]["start"] == 3


def test_examples_with_no_subject_have_an_unknown_one() -> None:
    assert not message_from_example(Example("Hi")).subject_known
    empty = message_from_example(Example("Hi", subject=""))
    assert empty.subject_known and empty.subject is None
