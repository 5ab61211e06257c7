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
