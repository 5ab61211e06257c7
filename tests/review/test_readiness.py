"""The score and readiness judge the text; timing findings are advice about when to send."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

from afterword.review import Context, Message, Recipient, review
from afterword.review.findings import Finding, Severity, ready, score

END = datetime(2026, 3, 2, 15, 0, tzinfo=timezone(timedelta(hours=-5)))
GOOD = (
    "Dear Priya,\n\nThank you for your time yesterday and for walking me through how Acme "
    "Analytics is moving its first batch workloads onto Kubernetes. Hearing how the team plans "
    "to shift the nightly jobs made the project feel concrete.\n\nAfter five years of "
    "production Python and Scala, I cut our nightly batch window from six hours to ninety "
    "minutes at my last company.\n\nI am excited about the Data Engineer role. I look forward "
    "to hearing about the next steps.\n\nBest regards,\nJordan Lee"
)
SUBJECT = "Thank you - Data Engineer interview"


def reviewed(body: str, **context: object) -> tuple[int, bool, list[str]]:
    ctx = Context(candidate="Jordan Lee", recipient=Recipient("Priya Raman"),
                  company="Acme Analytics", role="Data Engineer", **context)  # type: ignore[arg-type]
    report = review(Message(body, subject=SUBJECT, context=ctx))
    return report.score, report.ready, sorted(f.rule for f in report.findings)


def test_timing_findings_are_reported_but_cost_nothing() -> None:
    on_time = reviewed(GOOD)
    # Sent 55 hours late, at 22:00 for the reader: an error and a tip about when, none about
    # the text.
    late = reviewed(GOOD, interview_end=END, sent_at=END + timedelta(hours=55),
                    recipient_timezone="America/New_York")
    assert on_time == (100, True, [])
    assert late[2] == ["off-hours", "sent-late"]
    assert late[:2] == (100, True)


def test_the_json_report_scores_the_text_only() -> None:
    ctx = Context(recipient=Recipient("Priya Raman"), interview_end=END,
                  sent_at=END + timedelta(hours=60))
    out = review(Message(GOOD, subject=SUBJECT, context=ctx)).to_dict()
    assert [f["rule"] for f in out["findings"]] == ["sent-late"]
    assert out["findings"][0]["severity"] == "error"
    assert out["score"] == 100
    assert "family" not in json.dumps(out)  # the contract's shape is unchanged


def test_a_warning_about_the_text_makes_it_not_ready() -> None:
    score_, is_ready, rules = reviewed(GOOD.replace("five years", "5 yrs"))
    assert rules == ["shorthand"]
    assert (score_, is_ready) == (92, False)


def test_tips_about_the_text_count_in_the_score_but_leave_it_ready() -> None:
    score_, is_ready, rules = reviewed(GOOD.replace("next steps.", "next steps!!"))
    assert rules == ["exclamation"]
    assert (score_, is_ready) == (98, True)


def test_ready_and_score_read_the_family_the_engine_sets() -> None:
    late = Finding("sent-late", Severity.ERROR, "late", family="timing")
    slip = Finding("grammar", Severity.WARNING, "slip", family="language")
    assert late.advice and not slip.advice
    assert (score([late]), ready([late])) == (100, True)
    assert (score([late, slip]), ready([late, slip])) == (92, False)
