"""Topics as a later note names them: no vague tail, no term's figures."""

from __future__ import annotations

import pytest

from afterword.compose.topic_tails import is_term, plain_topic


@pytest.mark.parametrize(("jotted", "named"), [
    ("scheduling and the 45 versus a 50-minute thing", "scheduling"),
    ("the pantry spreadsheet mess", "the pantry spreadsheet"),
    ("shift handover and the SCADA alarms mess", "shift handover"),
    ("notice period 30 days", "the notice period"),
    ("notice period 60 days, buyout possible", "the notice period"),
    ("the start date", "the start date"),
    ("the 3-month probation thing", "the probation period"),
    ("probation 6 months", "the probation period"),
    ("the 45 versus a 50-minute thing", None),
    ("night shift ratio 1:8 versus 1:6 thing", None),
    # Nothing vague: as it was.
    ("the staff housing on site", "the staff housing on site"),
    ("the business case for a second scanner", "the business case for a second scanner"),
    ("notice periods in general", "notice periods in general"),
])
def test_a_topic_as_a_later_note_names_it(jotted: str, named: str | None) -> None:
    assert plain_topic(jotted) == named


@pytest.mark.parametrize(("topic", "term"), [
    ("the notice period", True), ("the staff housing on site", True),
    ("the work pass application", True), ("the housing market in Leeds", False),
    ("the falls clinic waiting list", False), ("salary benchmarking for nurses", False),
    ("the notice period for nurses", True),
])
def test_terms_of_the_job(topic: str, term: bool) -> None:
    assert is_term(topic) is term
