"""The plan: fixed clocks, time zones, daylight-saving changes, holidays, replies and rounds."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from afterword.model.enums import ApplicationStatus, StepState
from afterword.plan.schedule import StepKind, plan_steps
from afterword.plan.situation import QueuedMessage, Recipient, Reply, SentMessage, contact
from tests.plan.situations import (
    ANNA,
    BERLIN,
    MARCUS,
    NEW_YORK,
    PRIYA,
    RECRUITER,
    at,
    by_id,
    local,
    one_round,
    situation,
    states,
)

# Tuesday 10 March 2026, 17:30 in New York: the US clocks changed on 8 March, Europe's
# change on 29 March, so Berlin is 5 hours ahead instead of 6.
END = at("2026-03-10 17:30")


# -- thank-you notes --------------------------------------------------------------------------


def test_a_new_york_interview_ending_1730_gets_a_berlin_note_at_0800_berlin_time() -> None:
    steps = by_id(plan_steps(situation(one_round(END, ANNA, PRIYA)), now=END))
    anna = steps["12:thank-you:interviewer:34"]
    assert local(anna.suggested, BERLIN) == "Wed 2026-03-11 08:00"
    assert local(anna.suggested, NEW_YORK) == "Wed 2026-03-11 03:00"
    assert anna.timezone == BERLIN
    assert anna.why == (
        "Thank-you notes are best sent within 24 hours of the interview; 08:00 on Wednesday "
        "11 March is the first working hour in Berlin after it."
    )
    assert local(anna.due_by, NEW_YORK) == "Wed 2026-03-11 17:30"  # type: ignore[arg-type]
    assert anna.state is StepState.DUE


def test_an_interviewer_without_a_zone_is_planned_in_the_interviews_zone() -> None:
    priya = by_id(plan_steps(situation(one_round(END, ANNA, PRIYA)), now=END))[
        "12:thank-you:interviewer:35"
    ]
    assert priya.timezone == NEW_YORK
    assert local(priya.suggested, NEW_YORK) == "Wed 2026-03-11 08:00"


def test_an_interview_ending_at_lunchtime_gets_a_note_the_same_afternoon() -> None:
    steps = plan_steps(situation(one_round(at("2026-03-10 11:40"))), now=END)
    assert local(steps[0].suggested, NEW_YORK) == "Tue 2026-03-10 12:45"  # an hour on, rounded up
    assert steps[0].why == (
        "Thank-you notes are best sent within 24 hours of the interview; 12:45 on Tuesday "
        "10 March, about an hour after it, leaves you time to write it with care while it is fresh."
    )


def test_a_friday_evening_interview_keeps_the_note_within_24_hours_on_saturday() -> None:
    end = at("2026-03-13 18:00")
    steps = by_id(plan_steps(situation(one_round(end, ANNA, PRIYA)), now=end))
    priya, anna = steps["12:thank-you:interviewer:35"], steps["12:thank-you:interviewer:34"]
    assert local(priya.suggested, NEW_YORK) == "Sat 2026-03-14 08:00"
    assert local(anna.suggested, BERLIN) == "Sat 2026-03-14 08:00"
    assert "within 24 hours" in priya.why
    assert "even though it is a Saturday there" in priya.why
    assert priya.suggested <= priya.due_by  # type: ignore[operator]


def test_a_friday_afternoon_interview_avoids_the_weekend_when_the_window_allows() -> None:
    steps = plan_steps(situation(one_round(at("2026-03-13 14:00"))), now=END)
    assert local(steps[0].suggested, NEW_YORK) == "Fri 2026-03-13 15:00"


def test_a_thursday_evening_interview_waits_for_friday_morning() -> None:
    steps = plan_steps(situation(one_round(at("2026-03-12 19:00"))), now=END)
    assert local(steps[0].suggested, NEW_YORK) == "Fri 2026-03-13 08:00"


def test_the_day_before_good_friday_the_note_goes_before_the_holiday_when_it_can() -> None:
    end = at("2026-04-02 16:00", BERLIN)  # Thursday; Good Friday is a holiday in Germany
    steps = plan_steps(
        situation(one_round(end, Recipient("interviewer:1", "Jonas"), zone=BERLIN)), now=end
    )
    assert local(steps[0].suggested, BERLIN) == "Thu 2026-04-02 17:00"


def test_the_day_before_good_friday_a_late_interview_gets_its_note_on_the_holiday() -> None:
    end = at("2026-04-02 18:30", BERLIN)
    steps = plan_steps(
        situation(one_round(end, Recipient("interviewer:1", "Jonas"), zone=BERLIN)), now=end
    )
    assert local(steps[0].suggested, BERLIN) == "Fri 2026-04-03 08:00"
    assert "even though it is Good Friday there" in steps[0].why


def test_good_friday_is_a_working_day_for_an_interviewer_in_the_united_states() -> None:
    end = at("2026-04-02 18:30")
    steps = plan_steps(situation(one_round(end)), now=end)
    assert local(steps[0].suggested, NEW_YORK) == "Fri 2026-04-03 08:00"
    assert "first working hour in New York" in steps[0].why


def test_the_interviewers_country_overrides_the_one_their_zone_suggests() -> None:
    american_in_berlin = Recipient("interviewer:1", "Jonas", timezone=BERLIN, country="US")
    end = at("2026-04-02 18:30", BERLIN)
    steps = plan_steps(situation(one_round(end, american_in_berlin, zone=BERLIN)), now=end)
    assert "first working hour in Berlin" in steps[0].why


def test_the_default_country_applies_when_the_zone_names_none() -> None:
    end = at("2026-04-02 18:30", "UTC")
    person = Recipient("interviewer:1", "Jonas", timezone="UTC")
    with_default = plan_steps(
        situation(one_round(end, person, zone="UTC"), default_country="DE"), now=end
    )
    without = plan_steps(situation(one_round(end, person, zone="UTC")), now=end)
    assert "Good Friday" in with_default[0].why
    assert "Good Friday" not in without[0].why


def test_a_decision_the_same_day_brings_the_note_forward_to_that_afternoon() -> None:
    # An interview ending at 10:40 whose panel decides "by 6 tonight": the note goes out
    # within the afternoon (not within 24 hours), and the why says so.
    morning = at("2026-03-10 10:40")
    step = plan_steps(situation(one_round(morning, said="head rings everyone by 6 tonight")),
                      now=morning)[0]
    assert local(step.suggested, NEW_YORK) == "Tue 2026-03-10 11:45"
    assert local(step.due_by, NEW_YORK) == "Tue 2026-03-10 18:00"  # type: ignore[arg-type]
    assert step.why.startswith("They expect to decide today")


def test_a_same_day_decision_after_working_hours_asks_for_the_note_as_soon_as_possible() -> None:
    # Ending at 17:30, the afternoon is over: the note cannot beat "by EOD" within working
    # hours, so the why does not promise the afternoon.
    step = plan_steps(situation(one_round(END, said="by EOD")), now=END)[0]
    assert "before the end of the afternoon" not in step.why
    assert step.why.startswith("They expect to decide today: send this note as soon as you can")


def test_a_same_day_decision_missed_says_so_without_the_24_hours() -> None:
    morning = at("2026-03-10 10:40")
    step = plan_steps(situation(one_round(morning, said="by 6 tonight")),
                      now=at("2026-03-10 19:00"))[0]
    assert step.state is StepState.OVERDUE
    assert step.why.startswith("They expected to decide by the end of the day")
    assert "24-hour" not in step.why


def test_a_card_to_someone_deciding_within_days_is_sent_by_e_mail_too() -> None:
    card = replace(PRIYA, channel="handwritten")
    soon = plan_steps(situation(one_round(END, card, said="by Thursday")), now=END)[0]
    assert "A card posted now would reach them after they decide (by Thursday 12 March)" in soon.why
    assert "send this thank-you by e-mail; a card can follow." in soon.why
    no_mail = replace(card, reachable=False)
    step = plan_steps(situation(one_round(END, no_mail, said="by Thursday")), now=END)[0]
    assert "hand it in, or add their e-mail address" in step.why
    later_on = plan_steps(situation(one_round(END, card, said="within two weeks")), now=END)[0]
    assert "card" not in later_on.why  # time for the post
    e_mail = plan_steps(situation(one_round(END, PRIYA, said="by Thursday")), now=END)[0]
    assert "card" not in e_mail.why


def test_a_missed_window_says_so_and_recommends_sending_now() -> None:
    now = END + timedelta(hours=24 + 3)  # 20:30 in New York: their working day is over
    step = plan_steps(situation(one_round(END)), now=now)[0]
    assert step.state is StepState.OVERDUE
    # As soon as it can land well: their next working morning, not at night on their clock.
    assert step.suggested.isoformat() == "2026-03-12T08:00:00-04:00"
    assert step.why == (
        "The 24-hour window for this note closed at 17:30 on Wednesday 11 March (New York time); "
        "a late note still beats none, so send it as soon as you can, ideally 08:00 on "
        "Thursday 12 March (New York time)."
    )
    during = plan_steps(situation(one_round(END)), now=END + timedelta(hours=24 + 17))[0]
    assert during.suggested - (END + timedelta(hours=24 + 17)) < timedelta(minutes=30)
    assert during.why.endswith("send it as soon as you can.")  # within their day: now


def test_a_thank_you_is_upcoming_before_the_interview_ends_and_due_after() -> None:
    sit = situation(one_round(END))
    assert plan_steps(sit, now=END - timedelta(hours=2))[0].state is StepState.UPCOMING
    assert plan_steps(sit, now=END)[0].state is StepState.DUE


def test_a_sent_thank_you_is_done_and_a_panel_note_covers_everyone() -> None:
    one = SentMessage("thank-you", 12, at("2026-03-11 09:10"), to="interviewer:35")
    steps = states(plan_steps(situation(one_round(END, ANNA, PRIYA), sent=(one,)), now=END))
    assert steps["12:thank-you:interviewer:35"] is StepState.DONE
    assert steps["12:thank-you:interviewer:34"] is StepState.DUE
    panel = SentMessage("thank-you", 12, at("2026-03-11 09:10"), to=None)
    steps = states(plan_steps(situation(one_round(END, ANNA, PRIYA), sent=(panel,)), now=END))
    assert steps["12:thank-you:interviewer:34"] is StepState.DONE


def test_a_note_for_another_interview_does_not_count() -> None:
    other = SentMessage("thank-you", 99, at("2026-03-11 09:10"), to="interviewer:35")
    assert plan_steps(situation(one_round(END), sent=(other,)), now=END)[0].state is StepState.DUE


def test_a_queued_note_makes_its_step_scheduled() -> None:
    queued = QueuedMessage("thank-you", 12, at("2026-03-11 10:00"), to="interviewer:35")
    step = by_id(plan_steps(situation(one_round(END), queued=(queued,)), now=END))[
        "12:thank-you:interviewer:35"
    ]
    assert step.state is StepState.SCHEDULED
    assert step.scheduled_at == at("2026-03-11 10:00")


def test_a_skipped_step_rests() -> None:
    sit = situation(one_round(END), skipped=frozenset({"12:thank-you:interviewer:35"}))
    assert states(plan_steps(sit, now=END))["12:thank-you:interviewer:35"] is StepState.SKIPPED


# -- daylight-saving changes ------------------------------------------------------------------


def test_the_24_hours_are_real_hours_across_the_us_clock_change() -> None:
    end = at("2026-03-07 17:30")  # Saturday, EST; the clocks go forward at 02:00 on Sunday
    step = plan_steps(situation(one_round(end)), now=end)[0]
    assert local(step.due_by, NEW_YORK) == "Sun 2026-03-08 18:30"  # type: ignore[arg-type]
    assert local(step.suggested, NEW_YORK) == "Sun 2026-03-08 08:00"
    assert step.suggested.astimezone(UTC).hour == 12  # 08:00 EDT, not 08:00 EST


def test_a_follow_up_across_europes_clock_change_is_at_nine_local_time() -> None:
    end = at("2026-03-26 16:00", BERLIN)  # Thursday, CET; clocks go forward on Sunday 29 March
    contact_in_berlin = Recipient("interviewer:1", "Jonas", point_of_contact=True)
    steps = by_id(
        plan_steps(situation(one_round(end, contact_in_berlin, days=3, zone=BERLIN)), now=end)
    )
    first = steps["12:follow-up-1"]
    # Three days from Thursday 26 March: by Sunday 29 March, so fine from the next day.
    assert local(first.due_from, BERLIN) == "Mon 2026-03-30 00:00"
    assert local(first.suggested, BERLIN) == "Mon 2026-03-30 09:00"
    assert first.suggested.astimezone(UTC).hour == 7  # CEST


# -- follow-ups -------------------------------------------------------------------------------


def test_a_timeframe_of_two_weeks_puts_the_first_follow_up_on_the_next_working_morning() -> None:
    said = "We'll get back to you within two weeks."
    steps = by_id(plan_steps(situation(one_round(END, ANNA, PRIYA, said=said)), now=END))
    first = steps["12:follow-up-1"]
    assert first.kind is StepKind.FOLLOW_UP
    assert first.to == "interviewer:35" and first.to_name == "Priya Shah"
    assert local(first.due_from, NEW_YORK) == "Wed 2026-03-25 00:00"
    assert local(first.suggested, NEW_YORK) == "Wed 2026-03-25 09:00"
    assert first.due_by is None
    assert first.why == (
        "They said \u201cWe'll get back to you within two weeks.\u201d, which Afterword reads as "
        "by Tuesday 24 March; 09:00 on Wednesday 25 March is the next working morning after "
        "that, a good moment to ask politely how things stand."
    )
    assert local(steps["12:follow-up-2"].suggested, NEW_YORK) == "Wed 2026-04-01 09:00"
    rest = steps["12:let-it-rest"]
    assert rest.kind is StepKind.LET_IT_REST and rest.message_kind is None
    assert local(rest.suggested, NEW_YORK) == "Wed 2026-04-08 09:00"
    assert "let it rest" in rest.why and "close the loop" in rest.why


def test_a_timeframe_ending_on_a_friday_brings_the_follow_up_on_monday() -> None:
    steps = by_id(plan_steps(situation(one_round(at("2026-03-13 10:00"), days=14)), now=END))
    assert local(steps["12:follow-up-1"].suggested, NEW_YORK) == "Mon 2026-03-30 09:00"


def test_a_follow_up_skips_the_easter_holidays_of_the_contacts_country() -> None:
    end = at("2026-03-26 16:00", BERLIN)
    jonas = Recipient("interviewer:1", "Jonas", point_of_contact=True)
    steps = by_id(plan_steps(situation(one_round(end, jonas, days=7, zone=BERLIN)), now=end))
    # The timeframe ends on Thursday 2 April; Good Friday and Easter Monday are holidays.
    assert local(steps["12:follow-up-1"].suggested, BERLIN) == "Tue 2026-04-07 09:00"


def test_without_a_timeframe_the_first_follow_up_waits_a_week_after_the_thank_yous() -> None:
    planned = by_id(plan_steps(situation(one_round(END, ANNA, PRIYA)), now=END))
    # The later planned note is Priya's, 08:00 Wednesday in New York.
    assert local(planned["12:follow-up-1"].due_from, NEW_YORK) == "Wed 2026-03-18 08:00"
    assert local(planned["12:follow-up-1"].suggested, NEW_YORK) == "Wed 2026-03-18 09:00"
    assert "No timeframe was given" in planned["12:follow-up-1"].why
    sent = (
        SentMessage("thank-you", 12, at("2026-03-11 10:05"), to="interviewer:35"),
        SentMessage("thank-you", 12, at("2026-03-11 04:00"), to="interviewer:34"),
    )
    actual = by_id(plan_steps(situation(one_round(END, ANNA, PRIYA), sent=sent), now=END))
    assert local(actual["12:follow-up-1"].due_from, NEW_YORK) == "Wed 2026-03-18 10:05"
    assert local(actual["12:follow-up-1"].suggested, NEW_YORK) == "Thu 2026-03-19 09:00"


def test_a_sent_follow_up_moves_the_second_one_a_week_after_it() -> None:
    sent = (SentMessage("follow-up", 12, at("2026-03-26 14:20"), to="interviewer:35"),)
    steps = by_id(
        plan_steps(situation(one_round(END, days=14), sent=sent), now=at("2026-03-27 09:00"))
    )
    assert steps["12:follow-up-1"].state is StepState.DONE
    assert steps["12:follow-up-1"].done_at == at("2026-03-26 14:20")
    second = steps["12:follow-up-2"]
    assert local(second.due_from, NEW_YORK) == "Thu 2026-04-02 14:20"
    assert local(second.suggested, NEW_YORK) == "Fri 2026-04-03 09:00"
    assert second.state is StepState.UPCOMING


def test_after_two_unanswered_follow_ups_the_plan_says_to_let_it_rest() -> None:
    sent = (
        SentMessage("follow-up", 12, at("2026-03-25 09:00")),
        SentMessage("follow-up", 12, at("2026-04-01 09:00")),
    )
    steps = by_id(
        plan_steps(situation(one_round(END, days=14), sent=sent), now=at("2026-04-09 12:00"))
    )
    assert steps["12:follow-up-2"].state is StepState.DONE
    assert steps["12:let-it-rest"].state is StepState.DUE
    assert not any(s.id.endswith("follow-up-3") for s in steps.values())


def test_a_queued_follow_up_schedules_the_next_follow_up_step() -> None:
    queued = (QueuedMessage("follow-up", 12, at("2026-03-25 10:00"), to="interviewer:35"),)
    steps = states(plan_steps(situation(one_round(END, days=14), queued=queued), now=END))
    assert steps["12:follow-up-1"] is StepState.SCHEDULED
    assert steps["12:follow-up-2"] is StepState.UPCOMING


def test_follow_ups_go_to_the_contact_else_the_recruiter_else_the_first_interviewer() -> None:
    assert contact(situation(one_round(END, ANNA, PRIYA), recruiter=RECRUITER)) == PRIYA
    assert contact(situation(one_round(END, ANNA, MARCUS), recruiter=RECRUITER)) == RECRUITER
    assert contact(situation(one_round(END, ANNA, MARCUS))) == ANNA


# -- replies and rounds -----------------------------------------------------------------------


def test_a_reply_without_a_timeframe_pauses_then_plans_one_gentle_check_in() -> None:
    replies = (Reply(at("2026-03-20 11:00")),)
    steps = plan_steps(
        situation(one_round(END, days=14), replies=replies), now=at("2026-03-21 09:00")
    )
    ids = states(steps)
    assert ids["12:reply-2026-03-20:follow-up-1"] is StepState.PAUSED
    assert "12:reply-2026-03-20:follow-up-2" not in ids
    assert ids["12:reply-2026-03-20:let-it-rest"] is StepState.PAUSED
    assert "12:follow-up-1" not in ids
    first = by_id(steps)["12:reply-2026-03-20:follow-up-1"]
    # 21 days (the default `plan.reply_pause_days`) after Friday 20 March: Friday 10 April.
    assert local(first.suggested, NEW_YORK) == "Mon 2026-04-13 09:00"
    assert first.why == (
        "They replied on Friday 20 March without a timeframe, so follow-ups pause for three "
        "weeks; then one gentle check-in, 09:00 on Monday 13 April, is fine."
    )


def test_the_reply_pause_is_the_setting_s_number_of_days() -> None:
    replies = (Reply(at("2026-03-20 11:00")),)
    steps = by_id(plan_steps(
        situation(one_round(END, days=14), replies=replies, reply_pause=timedelta(days=10)),
        now=at("2026-03-21 09:00"),
    ))
    # Ten days after 11:00 on Friday 20 March: the first working morning from then.
    assert local(steps["12:reply-2026-03-20:follow-up-1"].suggested, NEW_YORK) == (
        "Tue 2026-03-31 09:00"
    )


def test_a_reply_then_a_new_timeframe_resumes_the_follow_ups_from_it() -> None:
    replies = (
        Reply(at("2026-03-20 11:00")),
        Reply(at("2026-03-23 10:00"), timeframe="next week"),
    )
    steps = by_id(
        plan_steps(situation(one_round(END, days=14), replies=replies), now=at("2026-03-24 09:00"))
    )
    first = steps["12:reply-2026-03-23:follow-up-1"]
    assert first.state is StepState.UPCOMING
    # "next week", said on Monday 23 March: by its end, Friday 3 April (Good Friday is no US holiday).
    assert local(first.due_from, NEW_YORK) == "Sat 2026-04-04 00:00"
    assert local(first.suggested, NEW_YORK) == "Mon 2026-04-06 09:00"
    assert first.why.startswith("When they replied, they said \u201cnext week\u201d")
    assert not any("2026-03-20" in step_id for step_id in steps)


def test_a_reply_starts_the_follow_up_count_afresh() -> None:
    sent = (
        SentMessage("follow-up", 12, at("2026-03-25 09:00")),
        SentMessage("follow-up", 12, at("2026-04-01 09:00")),
    )
    replies = (Reply(at("2026-04-02 15:00"), timeframe_days=10),)
    steps = states(
        plan_steps(
            situation(one_round(END, days=14), sent=sent, replies=replies),
            now=at("2026-04-03 09:00"),
        )
    )
    assert steps["12:reply-2026-04-02:follow-up-1"] is StepState.UPCOMING


def test_a_check_in_sent_during_the_pause_is_the_one_check_in() -> None:
    replies = (Reply(at("2026-03-20 11:00")),)
    sent = (SentMessage("follow-up", 12, at("2026-03-30 09:00")),)
    steps = states(
        plan_steps(
            situation(one_round(END), replies=replies, sent=sent), now=at("2026-03-31 09:00")
        )
    )
    assert steps["12:reply-2026-03-20:follow-up-1"] is StepState.DONE
    assert "12:reply-2026-03-20:follow-up-2" not in steps
    assert steps["12:reply-2026-03-20:let-it-rest"] is StepState.UPCOMING


def test_a_second_round_replaces_the_first_rounds_follow_ups() -> None:
    first = one_round(at("2026-03-02 15:00"), PRIYA, days=7, interview_id=12)
    second = one_round(at("2026-03-16 11:00"), PRIYA, MARCUS, days=5, interview_id=15)
    sent = (
        SentMessage("thank-you", 12, at("2026-03-02 17:00"), to="interviewer:35"),
        SentMessage("follow-up", 12, at("2026-03-10 09:00"), to="interviewer:35"),
    )
    steps = by_id(plan_steps(situation(first, second, sent=sent), now=at("2026-03-16 12:00")))
    assert steps["12:thank-you:interviewer:35"].state is StepState.DONE
    assert steps["15:thank-you:interviewer:36"].state is StepState.DUE
    assert not [s for s in steps if s.startswith("12:follow-up")]
    again = steps["15:follow-up-1"]
    assert again.state is StepState.UPCOMING and again.done_at is None
    assert local(again.suggested, NEW_YORK) == "Mon 2026-03-23 09:00"  # 5 days from Monday 16


def test_an_earlier_rounds_unsent_note_stays_in_the_plan_until_sent_or_skipped() -> None:
    first = one_round(at("2026-03-02 15:00"), interview_id=12)
    second = one_round(at("2026-03-16 11:00"), interview_id=15)
    steps = states(plan_steps(situation(first, second), now=at("2026-03-16 12:00")))
    assert steps["12:thank-you:interviewer:35"] is StepState.OVERDUE


# -- the application's outcome ----------------------------------------------------------------


def test_a_rejection_ends_the_follow_ups_and_suggests_a_gracious_reply() -> None:
    news = at("2026-03-17 15:00")
    sit = situation(
        one_round(END, ANNA, PRIYA, days=14), status=ApplicationStatus.REJECTED, status_at=news
    )
    steps = by_id(plan_steps(sit, now=news))
    assert list(steps) == ["12:rejection-reply"]  # unsent thank-yous and follow-ups are gone
    reply = steps["12:rejection-reply"]
    assert reply.kind is StepKind.REJECTION_REPLY and reply.to == "interviewer:35"
    assert local(reply.suggested, NEW_YORK) == "Wed 2026-03-18 09:00"
    assert local(reply.due_by, NEW_YORK) == "Thu 2026-03-19 18:00"  # type: ignore[arg-type]
    assert "gracious" in reply.why
    assert reply.state is StepState.DUE


def test_a_rejection_on_friday_is_answered_on_monday() -> None:
    news = at("2026-03-20 16:00")
    sit = situation(one_round(END), status=ApplicationStatus.REJECTED, status_at=news)
    reply = plan_steps(sit, now=news)[0]
    assert local(reply.suggested, NEW_YORK) == "Mon 2026-03-23 09:00"
    assert local(reply.due_by, NEW_YORK) == "Tue 2026-03-24 18:00"  # type: ignore[arg-type]


def test_a_sent_rejection_reply_is_done_and_a_late_one_is_overdue() -> None:
    news = at("2026-03-17 15:00")
    done = situation(
        one_round(END),
        status=ApplicationStatus.REJECTED,
        status_at=news,
        sent=(SentMessage("rejection-reply", 12, at("2026-03-18 10:00")),),
    )
    assert plan_steps(done, now=news)[0].state is StepState.DONE
    late = situation(one_round(END), status=ApplicationStatus.REJECTED, status_at=news)
    step = plan_steps(late, now=at("2026-03-25 10:00"))[0]
    assert step.state is StepState.OVERDUE
    assert step.suggested == at("2026-03-25 10:00")


def test_an_offer_ends_the_follow_ups_but_keeps_the_thank_yous() -> None:
    sit = situation(one_round(END, days=14), status=ApplicationStatus.OFFER, status_at=END)
    assert list(states(plan_steps(sit, now=END))) == ["12:thank-you:interviewer:35"]


def test_a_withdrawal_keeps_only_what_was_already_sent() -> None:
    sent = (SentMessage("thank-you", 12, at("2026-03-11 09:00"), to="interviewer:35"),)
    sit = situation(
        one_round(END, ANNA, PRIYA, days=14), status=ApplicationStatus.WITHDRAWN, sent=sent
    )
    assert states(plan_steps(sit, now=END)) == {"12:thank-you:interviewer:35": StepState.DONE}


def test_months_late_the_steps_after_one_not_taken_never_fall_due_together() -> None:
    # Nothing sent, no timeframe, and the user opens the plan months later: one step at a
    # time is due; each later one waits its week after the one before is taken.
    now = at("2026-07-01 09:00")
    steps = by_id(plan_steps(situation(one_round(END, ANNA, PRIYA)), now=now))
    due = [i for i, s in steps.items() if s.state in (StepState.DUE, StepState.OVERDUE)
           and s.kind is not StepKind.THANK_YOU]
    assert due == [], due  # the thank-yous come first: their last nudge, then "missed"
    assert steps["12:follow-up-1"].due_from >= now + timedelta(days=7)
    assert steps["12:follow-up-2"].due_from >= steps["12:follow-up-1"].due_from + timedelta(days=7)
    assert steps["12:let-it-rest"].due_from >= steps["12:follow-up-2"].due_from + timedelta(days=7)


def test_months_late_with_a_timeframe_only_the_first_follow_up_is_due() -> None:
    now = at("2026-07-01 09:00")
    sent = (SentMessage("thank-you", 12, at("2026-03-11 10:05")),)
    steps = by_id(plan_steps(situation(one_round(END, days=14), sent=sent), now=now))
    assert steps["12:follow-up-1"].state is StepState.DUE
    assert steps["12:follow-up-2"].state is StepState.UPCOMING
    assert steps["12:follow-up-2"].due_from == now + timedelta(days=7)
    assert steps["12:let-it-rest"].state is StepState.UPCOMING


# -- the steps themselves ---------------------------------------------------------------------


def test_step_ids_and_suggestions_do_not_depend_on_the_clock() -> None:
    sit = situation(one_round(END, ANNA, PRIYA, days=14))
    early = plan_steps(sit, now=END)
    later = plan_steps(sit, now=END + timedelta(hours=12))
    assert [(s.id, s.suggested) for s in early] == [(s.id, s.suggested) for s in later]


def test_steps_come_in_time_order_and_carry_the_application() -> None:
    steps = plan_steps(situation(one_round(END, ANNA, PRIYA, days=14)), now=END)
    assert [s.when for s in steps] == sorted(s.when for s in steps)
    assert {s.application_id for s in steps} == {7}
    assert {s.label for s in steps} == {"Northwind, Data Analyst"}


def test_an_application_without_interviews_has_no_plan() -> None:
    assert plan_steps(situation(), now=datetime(2026, 3, 1, tzinfo=UTC)) == []


def test_as_of_moves_a_due_step_s_passed_suggestion_to_the_next_good_moment() -> None:
    from afterword.plan.schedule import as_of

    steps = by_id(plan_steps(situation(one_round(END, ANNA, PRIYA)), now=END))
    anna = steps["12:thank-you:interviewer:34"]  # 08:00 Wednesday in Berlin
    now = at("2026-03-11 05:10")  # 10:10 in Berlin: 08:00 has passed
    shown = as_of(replace(anna, state=StepState.DUE), now)
    assert local(shown.suggested, BERLIN) == "Wed 2026-03-11 10:15"
    assert as_of(anna, END) is anna  # upcoming: unchanged
    evening = at("2026-03-11 14:00")  # 19:00 in Berlin: after hours, so the next morning
    assert local(as_of(replace(anna, state=StepState.DUE), evening).suggested, BERLIN) == (
        "Thu 2026-03-12 08:00"
    )
