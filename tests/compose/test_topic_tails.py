"""Topics as a later note names them: no vague tail, no term's figures."""

from __future__ import annotations

import pytest

from afterword.compose.topic_tails import is_term, plain_topic, term_of_the_job


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
    # Pay and visas are no term a note thanks for: other filters keep them out of notes.
    ("salary", False), ("the visa", False), ("medical insurance", False),
    ("the notice period for nurses", True),
])
def test_terms_of_the_job(topic: str, term: bool) -> None:
    assert is_term(topic) is term


@pytest.mark.parametrize(("topic", "whose"), [
    ("notice period 30 days", "own"), ("the start date", "own"), ("the 3-month probation", "own"),
    ("the staff housing on site", "theirs"), ("the work pass application", "theirs"),
    ("the dock appointment system", None),
])
def test_whose_term_it_is(topic: str, whose: str | None) -> None:
    assert term_of_the_job(topic) == whose
