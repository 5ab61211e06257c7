"""Working hours on the recipient's clock: weekends, holidays, windows with no good time."""

from __future__ import annotations

from datetime import date, timedelta

from afterword.plan.public_holidays import holiday_name, is_working_day, weekend
from afterword.plan.working_time import (
    Fit,
    place,
    round_up,
    span_text,
    suggest_time,
    working_morning_after,
    working_morning_from,
)
from tests.plan.situations import BERLIN, NEW_YORK, at, local


def test_the_first_business_hour_on_a_working_day_wins() -> None:
    found = suggest_time(at("2026-03-10 19:00"), at("2026-03-11 19:00"), NEW_YORK, "US")
    assert found.fit is Fit.WORKING
    assert local(found.at, NEW_YORK) == "Wed 2026-03-11 08:00"


def test_a_weekend_morning_is_used_when_the_window_closes_before_monday() -> None:
    found = suggest_time(at("2026-03-13 19:00"), at("2026-03-14 18:00"), NEW_YORK, "US")
    assert found.fit is Fit.DAYTIME
    assert local(found.at, NEW_YORK) == "Sat 2026-03-14 08:00"


def test_a_window_without_business_hours_gives_its_earliest_moment() -> None:
    found = suggest_time(at("2026-03-10 21:07"), at("2026-03-10 23:00"), NEW_YORK, "US")
    assert found.fit is Fit.ANY
    assert local(found.at, NEW_YORK) == "Tue 2026-03-10 21:15"


def test_a_closed_window_is_missed_and_the_answer_is_now() -> None:
    now = at("2026-03-12 10:00")
    found = suggest_time(now, at("2026-03-11 17:30"), NEW_YORK, "US")
    assert found.fit is Fit.MISSED
    assert found.at == now


def test_business_hours_end_at_six() -> None:
    found = suggest_time(at("2026-03-10 17:50"), at("2026-03-11 17:50"), NEW_YORK, "US")
    assert local(found.at, NEW_YORK) == "Wed 2026-03-11 08:00"  # 18:00 is already closed


def test_sunday_is_a_working_day_where_the_weekend_is_friday_and_saturday() -> None:
    assert weekend("IL") == frozenset({4, 5})
    assert is_working_day(date(2026, 3, 15), "IL")  # a Sunday
    assert not is_working_day(date(2026, 3, 15), "US")


def test_an_unknown_country_has_no_holidays_rather_than_an_error() -> None:
    assert holiday_name(date(2026, 1, 1), "XX") is None
    assert holiday_name(date(2026, 1, 1), None) is None
    assert holiday_name(date(2026, 1, 1), "us") == "New Year's Day"
    assert holiday_name(date(2026, 1, 6), "DE-BY") == "Epiphany"  # Bavaria, not Germany
    assert holiday_name(date(2026, 1, 6), "DE") is None


def test_working_mornings_skip_weekends_and_holidays() -> None:
    assert (
        local(working_morning_after(date(2026, 4, 2), BERLIN, "DE"), BERLIN)
        == "Tue 2026-04-07 09:00"
    )
    assert (
        local(working_morning_from(at("2026-03-18 08:59"), NEW_YORK, "US"), NEW_YORK)
        == "Wed 2026-03-18 09:00"
    )
    assert (
        local(working_morning_from(at("2026-03-18 09:01"), NEW_YORK, "US"), NEW_YORK)
        == "Thu 2026-03-19 09:00"
    )


def test_round_up_keeps_quarter_hours_and_rounds_the_rest() -> None:
    assert round_up(at("2026-03-10 10:15")) == at("2026-03-10 10:15")
    assert round_up(at("2026-03-10 10:15") + timedelta(seconds=1)) == at("2026-03-10 10:30")
    assert round_up(at("2026-03-10 10:07", "Asia/Kathmandu")) == at(
        "2026-03-10 10:15", "Asia/Kathmandu"
    )


def test_places_and_spans_read_as_words() -> None:
    assert place("America/New_York") == "New York"
    assert place("America/Argentina/Buenos_Aires") == "Buenos Aires"
    assert place("UTC") == "UTC"
    assert [span_text(d) for d in (1, 3, 7, 14, 21, 30)] == [
        "a day",
        "3 days",
        "a week",
        "two weeks",
        "three weeks",
        "30 days",
    ]
