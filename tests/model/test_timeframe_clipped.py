"""Weekdays as people clip them in a jotted timeframe."""

from datetime import datetime

import pytest

from afterword.model.timeframe import resolve_timeframe

MONDAY = datetime(2026, 6, 1, 10, 0)


@pytest.mark.parametrize(("said", "day"), [
    ("by thurs", 4), ("by thurs.", 4), ("by thurs hopefully, she'd text either way", 4),
    ("by weds", 3), ("weds", 3), ("by tues", 2), ("by thu", 4), ("by fri", 5),
])
def test_a_clipped_weekday_is_the_next_one(said: str, day: int) -> None:
    found = resolve_timeframe(said, MONDAY)
    assert found is not None and found.by is not None, said
    assert found.by.date() == datetime(2026, 6, day).date()


@pytest.mark.parametrize("said", ["by the 20th (she asked about my notice period)",
                                  "by friday, will call about refs"])
def test_about_that_is_no_hedge_of_the_date_leaves_it_firm(said: str) -> None:
    found = resolve_timeframe(said, MONDAY.date())
    assert found is not None and found.by is not None and found.approximate is None


def test_about_before_a_time_hedges_it() -> None:
    found = resolve_timeframe("around the 20th", MONDAY.date())
    assert found is not None and found.approximate == "around"
