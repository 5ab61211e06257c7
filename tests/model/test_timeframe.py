"""Stated timeframes resolved to deadlines: the issue's table, held-aside variants, working days."""

from __future__ import annotations

from datetime import date

import pytest

from afterword.model.timeframe import EXAMPLES, resolve_timeframe
from afterword.plan.public_holidays import is_working_day, named_day, named_days

TUESDAY = date(2026, 4, 14)  # the issue's interview: Tuesday 14 April 2026

# Every row of the issue's table, for an interview on Tuesday 14 April 2026.
TABLE = [
    ("by Friday", "2026-04-17"),
    ("by fri", "2026-04-17"),
    ("next Friday", "2026-04-24"),  # the later reading: following up early is the worse mistake
    ("within 48 hours", "2026-04-16"),
    ("by the end of the week", "2026-04-17"),
    ("by the end of next week", "2026-04-24"),
    ("by end of next wk", "2026-04-24"),
    ("by thurs", "2026-04-16"),  # a weekday as jotted, which dateparser does not read
    ("~2 wks", "2026-04-28"),
    ("a couple of weeks", "2026-04-28"),
    ("within two weeks", "2026-04-28"),
    ("3-5 business days", "2026-04-21"),  # the later end, in working days
    ("in 10 business days", "2026-04-28"),
    ("by the 20th", "2026-04-20"),
    ("after the board meets on the 29th", "2026-04-29"),
    ("by the end of the month", "2026-04-30"),  # the last calendar day
    ("early next month", "2026-05-10"),
    ("mid-May", "2026-05-15"),
    ("several weeks", "2026-05-05"),  # three weeks
    ("he said a couple of weeks, she said by the 20th", "2026-04-28"),  # two that disagree: the later
]

# Written before the resolver and kept aside from it, to measure the libraries too (docs/plan.md).
VARIANTS = [
    ("by Fri.", "2026-04-17"), ("end of next week", "2026-04-24"),
    ("within a fortnight", "2026-04-28"), ("in 2 weeks", "2026-04-28"),
    ("within 5 working days", "2026-04-21"), ("by Monday", "2026-04-20"),
    ("by the end of April", "2026-04-30"), ("in three days", "2026-04-17"),
    ("within 72 hrs", "2026-04-17"), ("by 24 April", "2026-04-24"),
    ("by April 24th", "2026-04-24"), ("tomorrow", "2026-04-15"),
    ("a week or two", "2026-04-28"), ("2-3 weeks", "2026-05-05"),
    ("within a month", "2026-05-14"), ("end of May", "2026-05-31"),
    ("mid next month", "2026-05-15"), ("by Wednesday next week", "2026-04-22"),
    ("by the 5th", "2026-05-05"), ("Thursday", "2026-04-16"),
    ("3–5 biz days", "2026-04-21"), ("We'll get back to you within two weeks.", "2026-04-28"),
]


# Jotted by candidates in a coach's blind read (December 2026), read wrong or not at all before.
JOTTED = [
    ("early next wk", "2026-04-21"),  # the Tuesday: "early" read late
    ("mid next week", "2026-04-22"), ("late next week", "2026-04-24"),
    ("end of month prob", "2026-04-30"), ("by end of month", "2026-04-30"),
    ("couple weeks", "2026-04-28"), ("in a couple wks", "2026-04-28"),
    ("2ish wks", "2026-04-28"), ("10-ish days", "2026-04-24"),
    ("decision 'within the fortnight', then HR + visa paperwork", "2026-04-28"),
    ("in a fortnight", "2026-04-28"),
    ("before xmas hopefully", "2026-12-24"),
    ("by year end", "2026-12-31"),
    # A start date beside the decision is not the decision.
    ("tomasz said they'd know by the 1st, next new hire class starts may 12", "2026-05-01"),
    ("by the 20th and onboarding begins june 1", "2026-04-20"),
]


@pytest.mark.parametrize(("said", "deadline"), JOTTED)
def test_phrases_jotted_in_shorthand_resolve(said: str, deadline: str) -> None:
    found = resolve_timeframe(said, TUESDAY)
    assert found is not None and str(found.by) == deadline, found


@pytest.mark.parametrize(("said", "deadline"), TABLE)
def test_every_phrase_of_the_issue_s_table_resolves_to_its_deadline(said: str, deadline: str) -> None:
    found = resolve_timeframe(said, TUESDAY)
    assert found is not None and str(found.by) == deadline, found


@pytest.mark.parametrize(("said", "deadline"), VARIANTS)
def test_variants_written_aside_resolve_too(said: str, deadline: str) -> None:
    found = resolve_timeframe(said, TUESDAY)
    assert found is not None and str(found.by) == deadline, found


# Read since: office shorthand, weeks of a month, quarters, named public holidays (US here).
LATER = [
    ("by EOW", "2026-04-17"),
    ("the first week of May", "2026-05-08"),
    ("end of Q2", "2026-06-30"),
    ("before Memorial Day", "2026-05-22"),  # Monday 25 May: the last working day before
    ("after Labor Day", "2026-09-08"),  # Monday 7 September: the first working day after
    ("maybe before Thanksgiving", "2026-11-25"),
    ("by 6 tonight", "2026-04-14"),  # the day it was said
]


def test_the_documented_examples_are_the_table_s_phrases() -> None:
    assert [said for said, _ in TABLE + LATER] == list(EXAMPLES)


@pytest.mark.parametrize(("said", "deadline"), LATER)
def test_later_phrases_resolve_with_the_country_s_holidays(said: str, deadline: str) -> None:
    found = resolve_timeframe(said, TUESDAY, working_day=lambda d: is_working_day(d, "US"),
                              named_day=named_days("US"))
    assert found is not None and str(found.by) == deadline, found


@pytest.mark.parametrize(("said", "country", "on", "deadline", "approx"), [
    ("before thanksgiving", "US", "2026-11-03", "2026-11-25", None),
    ("prob after thanksgiving", "CA-ON", "2026-09-20", "2026-10-13", "around"),  # a region's
    ("by the august bank holiday", "IE", "2026-06-01", "2026-07-31", None),
    ("over diwali probably", "IN", "2026-10-01", "2026-11-08", "around"),
    ("after easter", "US", "2027-03-01", "2027-03-29", "around"),  # no US holiday, still Easter
    ("ahead of anzac day", "AU", "2027-04-01", "2027-04-23", None),
    ("by the 2nd wk of jan", "GB", "2026-12-10", "2027-01-15", "week"),  # 1 Jan is a Friday
    ("last week of the month", "GB", "2026-11-03", "2026-11-30", "week"),  # Monday the 30th
    ("last week of the month", "US", "2026-04-27", "2026-04-30", "week"),  # said in that week
    ("last week of january", "US", "2026-11-03", "2027-01-29", "week"),  # ends on a Sunday
    ("until after thanksgiving", "US", "2026-11-03", "2026-11-27", "around"),
    ("not until after memorial day", "US", "2026-04-14", "2026-05-26", "around"),
    ("after thanksgiving", "US", "2026-11-27", "2026-11-27", "around"),  # said the day after
    ("before thanksgiving", "US", "2026-11-25", "2026-11-25", None),  # said the day before
    ("before good friday", "GB", "2026-03-02", "2026-04-02", None),  # not Friday the 6th
    ("after easter", "GR", "2026-03-20", "2026-04-14", "around"),  # Orthodox: 12 April
    ("before juneteenth", "US", "2026-04-14", "2026-06-18", None),
    ("EOD Friday", "US", "2026-04-17", "2026-04-17", None),  # said on that Friday
    ("they'll decide today and call me", "US", "2026-04-14", "2026-04-14", None),
    ("EOM prob", "GB", "2026-11-03", "2026-11-30", "late-month"),
    ("by the end of the quarter", "GB", "2026-11-03", "2026-12-31", "end-month"),
    ("end of next quarter", "GB", "2026-11-03", "2027-03-31", "end-month"),
    ("head rings everyone by 6 tonight", "GB", "2026-11-03", "2026-11-03", None),
    ("EOD", "US", "2026-11-03", "2026-11-03", None),
    ("today hopefully", "US", "2026-11-03", "2026-11-03", "around"),
    ("by close of business today", "US", "2026-11-03", "2026-11-03", None),
    ("end of day friday", "US", "2026-11-03", "2026-11-06", None),  # the later reading
])
def test_named_holidays_weeks_and_quarters(said: str, country: str, on: str, deadline: str,
                                           approx: str | None) -> None:
    found = resolve_timeframe(said, date.fromisoformat(on),
                              working_day=lambda d: is_working_day(d, country),
                              named_day=named_days(country))
    assert found is not None and str(found.by) == deadline, found
    assert found.approximate == approx, found


@pytest.mark.parametrize(("said", "country"), [
    ("after good feedback from the team", "GB"),  # "good" alone is not Good Friday
    ("before the day is out", "US"), ("after the long weekend", "AU"),
    ("after the interview", "US"), ("after the board", "US"),
    ("before thanksgiving", None),  # no country: no holiday to name
    ("thanksgiving", "CA"),  # regional in Canada: "CA-ON" names it
    ("after may", "GB"), ("by may", "GB"),  # a month, not May Day
    ("after labor negotiations", "US"),  # "labor" alone is not Labor Day
    ("they're debriefing today", "US"), ("the panel meets tonight", "US"),
    ("at the end of the day, it's the hiring manager's call", "US"),
    ("tonight the panel meets, no timeline given", "US"),
    ("today was the last interview", "US"),
])
def test_words_that_name_no_holiday_are_not_read_as_one(said: str, country: str | None) -> None:
    found = resolve_timeframe(said, date(2026, 11, 3), named_day=named_days(country))
    assert found is not None and found.by is None, found


@pytest.mark.parametrize("said", ["after easter", "before end of Q1"])
def test_a_day_just_past_is_no_reading_a_year_on(said: str) -> None:
    # Said on 14 April 2026, after Easter (5 April) and after the first quarter's end.
    found = resolve_timeframe(said, TUESDAY, named_day=named_days("US"))
    assert found is not None and found.by is None, found


def test_a_holiday_just_past_is_not_next_year_s() -> None:
    # "before thanksgiving" said on 7 December 2026 (Thanksgiving was 26 November): next
    # year's is no deadline anyone meant.
    found = resolve_timeframe("before thanksgiving", date(2026, 12, 7),
                              named_day=named_days("US"))
    assert found is not None and found.by is None, found


def test_a_holiday_is_found_by_the_words_that_set_it_apart() -> None:
    on = date(2027, 3, 1)
    assert named_day("independence day", on, "US") == date(2027, 7, 4)  # not Juneteenth's
    assert named_day("labour day", on, "CA") == date(2027, 9, 6)  # British spelling
    assert named_day("St Patrick's Day", on, "IE") == date(2027, 3, 17)
    assert named_day("good", on, "GB") is None
    assert named_day("day", on, "US") is None


@pytest.mark.parametrize("said", ["soonish", "we'll be in touch", "we may decide", "the week",
                                  "month"])
def test_an_unreadable_timeframe_has_no_deadline_but_keeps_the_words(said: str) -> None:
    found = resolve_timeframe(said, TUESDAY)
    assert found is not None and found.by is None and found.said == said


def test_no_timeframe_is_no_deadline() -> None:
    assert resolve_timeframe(None, TUESDAY) is None
    assert resolve_timeframe("  ", TUESDAY) is None


def test_business_days_skip_the_recipient_s_public_holidays() -> None:
    # Said on Thursday 2 April 2026: Good Friday and Easter Monday are holidays in Germany.
    thursday = date(2026, 4, 2)
    german = resolve_timeframe("3 business days", thursday,
                               working_day=lambda d: is_working_day(d, "DE"))
    american = resolve_timeframe("3 business days", thursday,
                                 working_day=lambda d: is_working_day(d, "US"))
    assert german is not None and german.by == date(2026, 4, 9)
    assert american is not None and american.by == date(2026, 4, 7)


def test_by_a_weekday_said_on_that_weekday_means_the_next_one() -> None:
    found = resolve_timeframe("by Tuesday", TUESDAY)
    assert found is not None and found.by == date(2026, 4, 21)


def test_numeric_dates_follow_the_user_s_date_order() -> None:
    us = resolve_timeframe("by 4/30", TUESDAY, date_order="MDY")
    uk = resolve_timeframe("by 30/4", TUESDAY, date_order="DMY")
    assert us is not None and us.by == date(2026, 4, 30)
    assert uk is not None and uk.by == date(2026, 4, 30)


def test_a_date_over_a_year_away_is_not_a_reading() -> None:
    found = resolve_timeframe("by 4/30", TUESDAY, date_order="DMY")  # 4 March 2030? no
    assert found is not None and found.by is None


def test_days_count_from_the_day_it_was_said() -> None:
    found = resolve_timeframe("by the end of the month", TUESDAY)
    assert found is not None and found.days == 16


def test_the_timeframe_table_in_docs_plan_md_is_up_to_date() -> None:
    from afterword.docgen import DOCS, plan_page

    text = (DOCS / "plan.md").read_text(encoding="utf-8")
    assert plan_page(text) == text, "run `make docs` (python -m afterword.docgen)"
    assert "| by the end of the month | by Thursday 30 April |" in text


@pytest.mark.parametrize(("said", "on", "deadline"), [
    ("before the holidays", "2026-11-20", "2026-12-24"),
    ("after the holidays", "2026-12-01", "2027-01-02"),
    ("we will get back to you in the new year", "2026-12-10", "2027-01-02"),
    ("not until the new year", "2026-11-30", "2027-01-02"),
    ("before christmas", "2026-12-24", "2026-12-24"),  # said on the day: that day
    ("by new year", "2026-10-05", "2026-12-31"),
])
def test_the_year_s_end_as_people_name_it(said: str, on: str, deadline: str) -> None:
    found = resolve_timeframe(said, date.fromisoformat(on))
    assert found is not None and str(found.by) == deadline, found


@pytest.mark.parametrize(("said", "on"), [
    ("after the summer holidays", "2026-06-10"), ("after the public holidays", "2026-04-01"),
    ("after chinese new year", "2027-01-10"), ("before the holidays", "2026-04-14"),
    ("after the school holidays", "2026-07-01"), ("after lunar new year", "2027-01-05"),
])
def test_a_holiday_with_another_name_is_not_the_year_s_end(said: str, on: str) -> None:
    found = resolve_timeframe(said, date.fromisoformat(on))
    assert found is not None and found.by is None, found


@pytest.mark.parametrize(("said", "firm"), [
    ("by the 18th", True), ("by Friday", True), ("within two weeks", True),
    ("10 working days, then medical checks", True), ("by the end of the month", False),
    ("before the holidays", False), ("a few weeks", False), ("early next month", False),
    ("2-3 wks", False), ("~2 wks", False), ("mid-January", False), ("next week", False),
    ("end of month prob", False), ("after the holidays", False), ("a month or so", False),
])
def test_the_timeframe_reading_says_whether_its_date_is_firm(said: str, firm: bool) -> None:
    deadline = resolve_timeframe(said, date(2026, 12, 2))
    assert deadline is not None and deadline.by is not None
    assert (deadline.approximate is None) is firm, deadline


@pytest.mark.parametrize("said", [
    "training starts may 12", "they want someone to start mid-may",
    "new hire orientation begins june 1", "first day would be the 18th",
    "want someone in that chair by mid-may", "role to be filled by the 18th",
    "they need the new clerk seated by may 20", "hoping to have the hire on board by june 1",
])
def test_a_start_date_alone_is_no_decision_date_but_is_kept(said: str) -> None:
    found = resolve_timeframe(said, TUESDAY)
    assert found is not None and found.by is None, found
    assert found.starts is not None and found.starts > TUESDAY, found


@pytest.mark.parametrize(("said", "contact"), [
    ("recruiter will call by fri to set up a 2nd round", True),
    ("should hear back next wk", True),
    ("next steps in a week or two", True),
    ("they'll email to schedule the panel by thurs", True),
    ("decision by fri, they'll call either way", False),
    ("offers go out end of month", False),
    ("couple wks", False),
    ("they'd know by the 20th", False),
    ("by april 2nd", False), ("by the 2nd", False),
    ("2nd round would be the week after", True),
])
def test_a_timeframe_says_whether_it_is_about_being_in_touch_or_deciding(
        said: str, contact: bool) -> None:
    from afterword.model.timeframe import is_about_contact

    assert is_about_contact(said) is contact


def test_the_user_is_told_a_start_date_is_not_read_as_the_decision() -> None:
    from afterword.plan.service import deadline_text

    said = deadline_text(resolve_timeframe("they want someone to start may 12", TUESDAY),
                         "en_US", 7)
    assert said is not None
    assert "gives the day the job starts (Tuesday, May 12), not when they decide" in said
    assert "a week after your thank-you notes" in said and "afterword edit 7" in said


@pytest.mark.parametrize(("said", "deadline"), [
    ("they'll decide who joins the team by may 1", "2026-05-01"),
    ("will let me know by the 24th if i'm joining the cohort", "2026-04-24"),
])
def test_a_decision_about_who_joins_is_still_a_decision(said: str, deadline: str) -> None:
    found = resolve_timeframe(said, TUESDAY)
    assert found is not None and str(found.by) == deadline and found.starts is None, found
