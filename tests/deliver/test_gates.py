"""What stops a message before it leaves: the review gate (at `send` and again at dispatch),
the plan's guard on follow-ups, and a line break smuggled into a header."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from tests.deliver.conftest import HARBOR, outbox, sql

WRONG_COMPANY_BODY = (
    "Dear Priya,\n\nThank you for speaking with me about the Data Engineer role and the "
    "migration to Kubernetes. I am excited about the chance to join Harbor & Finch "
    "Architects and contribute to the team.\n\nI cut the nightly batch window from six "
    "hours to ninety minutes, and I bring five years of production Python and Scala.\n\n"
    "I look forward to hearing about the next steps.\n\nBest regards,\nJordan Lée"
)


@pytest.fixture
def two_companies(acme: Any) -> Any:
    """Acme drafted, and a second application (Harbor & Finch) stored beside it."""
    assert acme("add", str(HARBOR)).exit_code == 0
    return acme


def _set_body(message_id: int, body: str) -> None:
    sql("UPDATE messages SET body = :b WHERE id = :id", {"b": body, "id": message_id})


def test_send_refuses_a_note_naming_another_company_and_shows_why(two_companies, smtp) -> None:
    _set_body(1, WRONG_COMPANY_BODY)
    result = two_companies("send", "1", "--now")
    assert result.exit_code == 2
    assert "wrong-company" in result.stderr and "Harbor & Finch" in result.stderr
    assert "--override-review" in result.output
    assert smtp.accepted == [] and smtp.mailbox.data_commands == 0
    assert sql("SELECT state FROM messages WHERE id = 1") == [("draft",)]


def test_override_review_sends_it_and_is_recorded(two_companies, smtp) -> None:
    _set_body(1, WRONG_COMPANY_BODY)
    result = two_companies("send", "1", "--now", "--override-review")
    assert result.exit_code == 0, result.output
    [got] = smtp.accepted
    assert "Harbor & Finch" in got.message.get_body(("plain",)).get_content()
    row = outbox(two_companies)[1]
    assert row["state"] == "sent" and row["override_review"] is True
    assert row["override_plan"] is False
    assert outbox(two_companies).get(2) is None  # untouched draft


def test_the_dispatcher_holds_a_note_edited_badly_after_it_was_queued(two_companies, smtp,
                                                                     monkeypatch) -> None:
    queued = two_companies("send", "1", "--at", "2026-03-03T11:00")
    assert queued.exit_code == 0, queued.output
    _set_body(1, WRONG_COMPANY_BODY)
    monkeypatch.setenv("AFTERWORD_NOW", "2026-03-03T11:00:00-05:00")
    result = two_companies("dispatch")
    assert result.exit_code == 1
    assert "1 held (1 to" in result.output
    row = outbox(two_companies)[1]
    assert row["state"] == "held"
    assert "wrong-company" in row["last_reply"]
    assert smtp.accepted == [] and smtp.mailbox.data_commands == 0
    # Held is not lost: fixed, it can be queued again.
    sql("UPDATE messages SET body = :b WHERE id = 1",
        {"b": WRONG_COMPANY_BODY.replace("Harbor & Finch Architects", "Acme Analytics")})
    again = two_companies("send", "1", "--now")
    assert again.exit_code == 0, again.output
    assert len(smtp.accepted) == 1


def test_a_late_thank_you_is_never_blocked(acme, smtp, monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("AFTERWORD_NOW", "2026-03-06T10:00:00-05:00")  # 3 days on
    # The premise: at this time the review rates the note late at error level...
    note = tmp_path / "note.txt"
    note.write_text(sql("SELECT body FROM messages WHERE id = 1")[0][0], encoding="utf-8")
    review = acme("review", str(note), "--interview", "1", "--to", "Priya Raman",
                  "--format", "json")
    findings = json.loads(review.stdout)["findings"]
    assert {"rule": "sent-late", "severity": "error"} in [
        {"rule": f["rule"], "severity": f["severity"]} for f in findings]
    # ...but a late thank-you beats none: it goes, with no override.
    result = acme("send", "1", "--now")
    assert result.exit_code == 0, result.output
    [got] = smtp.accepted
    row = outbox(acme)[1]
    assert got.message_id == row["message_id"]
    assert row["state"] == "sent" and not row["override_review"] and not row["override_plan"]


def _follow_up(run_cli: Any) -> int:
    drafted = json.loads(run_cli("draft", "1", "--kind", "follow-up", "--format", "json").stdout)
    [draft] = drafted
    return int(draft["id"])


def test_a_follow_up_before_the_timeframe_is_refused_with_the_date_it_is_fine(acme,
                                                                            smtp) -> None:
    follow_up = _follow_up(acme)
    result = acme("send", str(follow_up), "--now")
    assert result.exit_code == 2
    assert "the plan advises against this" in result.output
    # "within two weeks" of Monday 2 March: a decision by Monday 16 March, in their zone.
    said = " ".join(result.output.split())
    assert "They expected to decide by Monday 16 March" in said
    assert "before Tuesday 17 March (New York time)" in said
    assert "It would be fine from Tue, 17 Mar 2026, 00:00 EDT." in said
    assert "--override-plan" in result.output
    assert smtp.mailbox.data_commands == 0
    assert sql("SELECT state FROM messages WHERE id = :id", {"id": follow_up}) == [("draft",)]


def test_override_plan_sends_the_early_follow_up_and_is_recorded(acme, smtp) -> None:
    follow_up = _follow_up(acme)
    result = acme("send", str(follow_up), "--now", "--override-plan")
    assert result.exit_code == 0, result.output
    assert len(smtp.accepted) == 1
    row = outbox(acme)[follow_up]
    assert row["state"] == "sent" and row["override_plan"] is True


@pytest.mark.parametrize(("column", "value", "reason"), [
    ("to_name", "Priya Raman\r\nBcc: everyone@rival.example", "the recipient's name"),
    ("subject", "Thank you\nBcc: everyone@rival.example", "the subject"),
])
def test_a_line_break_in_a_stored_header_fails_the_message_and_nothing_goes_out(
        acme, smtp, column: str, value: str, reason: str) -> None:
    sql(f"UPDATE messages SET {column} = :v WHERE id = 1", {"v": value})
    result = acme("send", "1", "--now", "--override-review")
    assert result.exit_code == 1
    assert "1 failed" in result.output
    row = outbox(acme)[1]
    assert row["state"] == "failed"
    assert row["last_reply"].startswith(f"{reason} contains a line break")
    assert smtp.mailbox.data_commands == 0 and smtp.accepted == []
    assert smtp.mailbox.logins == []  # refused before connecting at all


def test_a_line_break_in_your_own_name_is_refused_before_anything_goes_out(acme,
                                                                         smtp) -> None:
    config = Path(os.environ["AFTERWORD_CONFIG"])
    config.write_text(config.read_text(encoding="utf-8").replace(
        'name = "Jordan Lée"', 'name = "Jordan\\r\\nBcc: x@rival.example"'), encoding="utf-8")
    result = acme("send", "1", "--now", "--override-review")
    assert result.exit_code == 2
    assert "profile.name: control characters" in result.output
    assert smtp.mailbox.logins == [] and smtp.accepted == []
