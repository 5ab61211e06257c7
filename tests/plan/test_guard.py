"""The send guard: follow-ups before the plan allows them, or a third one, are refused with a date."""

from __future__ import annotations

from datetime import timedelta

import pytest

from afterword.model.enums import ApplicationStatus
from afterword.plan.guard import check_send
from afterword.plan.schedule import plan_steps
from afterword.plan.situation import Reply, SentMessage, Situation, current_cycle
from afterword.review import Context, Message, Previous, review
from tests.plan.situations import ANNA, MARCUS, NEW_YORK, PRIYA, at, local, one_round, situation

END = at("2026-03-10 17:30")
THANKS = SentMessage("thank-you", 12, at("2026-03-11 09:00"), to="interviewer:35")


def test_a_follow_up_inside_the_stated_timeframe_is_refused_with_the_date_it_is_fine() -> None:
    verdict = check_send(
        situation(one_round(END, days=14)), "follow-up", "interviewer:35", at("2026-03-19 10:00")
    )
    assert not verdict.allowed
    assert verdict.fine_from is not None
    # Two weeks from Tuesday 10 March: by Tuesday 24 March, so fine from the next day.
    assert local(verdict.fine_from, NEW_YORK) == "Wed 2026-03-25 00:00"
    assert verdict.reason == (
        "They expected to decide by Tuesday 24 March, so a follow-up before Wednesday "
        "25 March (New York time) would come too soon."
    )


def test_a_follow_up_once_the_timeframe_has_passed_is_allowed() -> None:
    verdict = check_send(
        situation(one_round(END, days=14)), "follow-up", "interviewer:35", at("2026-03-25 09:00")
    )
    assert verdict.allowed and verdict.reason is None and verdict.fine_from is None


def test_without_a_timeframe_a_follow_up_waits_a_week_after_the_last_message() -> None:
    sit = situation(one_round(END), sent=(THANKS,))
    verdict = check_send(sit, "follow-up", "interviewer:35", at("2026-03-16 10:00"))
    assert not verdict.allowed
    assert verdict.fine_from == THANKS.at + timedelta(days=7)
    assert "give them a week after your last message" in (verdict.reason or "")
    assert check_send(sit, "follow-up", "interviewer:35", at("2026-03-18 09:00")).allowed


def test_follow_ups_are_a_week_apart_even_after_a_short_timeframe() -> None:
    sent = (THANKS, SentMessage("follow-up", 12, at("2026-03-16 10:00")))
    sit = situation(one_round(END, days=3), sent=sent)
    verdict = check_send(sit, "follow-up", "interviewer:35", at("2026-03-20 10:00"))
    assert not verdict.allowed
    assert local(verdict.fine_from, NEW_YORK) == "Mon 2026-03-23 10:00"  # type: ignore[arg-type]
    assert (verdict.reason or "").startswith("Leave at least a week between follow-ups")


def test_a_third_unanswered_follow_up_is_refused_with_no_date() -> None:
    sent = (
        THANKS,
        SentMessage("follow-up", 12, at("2026-03-25 09:00")),
        SentMessage("follow-up", 12, at("2026-04-01 09:00")),
    )
    verdict = check_send(
        situation(one_round(END, days=14), sent=sent), "follow-up", None, at("2026-05-01 09:00")
    )
    assert not verdict.allowed
    assert verdict.fine_from is None
    assert verdict.reason == (
        "You have already followed up twice since the interview with no answer; a third "
        "follow-up starts to feel like pressure, so let it rest unless they reply."
    )


def test_a_reply_starts_the_count_afresh() -> None:
    sent = (
        SentMessage("follow-up", 12, at("2026-03-25 09:00")),
        SentMessage("follow-up", 12, at("2026-04-01 09:00")),
    )
    replies = (Reply(at("2026-04-02 15:00"), timeframe_days=10),)
    sit = situation(one_round(END, days=14), sent=sent, replies=replies)
    early = check_send(sit, "follow-up", None, at("2026-04-08 09:00"))
    assert not early.allowed
    assert local(early.fine_from, NEW_YORK) == "Mon 2026-04-13 00:00"  # type: ignore[arg-type]
    assert check_send(sit, "follow-up", None, at("2026-04-13 09:00")).allowed


def test_a_reply_without_a_timeframe_asks_for_the_reply_pause_before_a_check_in() -> None:
    sit = situation(one_round(END, days=14), replies=(Reply(at("2026-03-20 11:00")),))
    verdict = check_send(sit, "follow-up", None, at("2026-03-25 09:00"))
    assert not verdict.allowed
    assert verdict.fine_from == at("2026-04-10 11:00")
    assert verdict.reason == (
        "Their last reply gave no new timeframe, so give them three weeks before one gentle "
        "check-in; a follow-up before 11:00 on Friday 10 April (New York time) would come too "
        "soon."
    )


def test_a_new_round_replaces_the_earlier_follow_ups() -> None:
    first = one_round(at("2026-03-02 15:00"), days=7, interview_id=12)
    second = one_round(at("2026-03-20 11:00"), days=5, interview_id=15)
    sent = (
        SentMessage("follow-up", 12, at("2026-03-10 09:00")),
        SentMessage("follow-up", 12, at("2026-03-17 09:00")),
    )
    sit = situation(first, second, sent=sent)
    assert not check_send(sit, "follow-up", None, at("2026-03-24 09:00")).allowed  # 4 days in
    assert check_send(sit, "follow-up", None, at("2026-03-26 09:00")).allowed


def test_a_follow_up_recorded_afterwards_is_judged_as_of_its_own_time() -> None:
    first = one_round(at("2026-03-02 15:00"), days=7, interview_id=12)
    second = one_round(at("2026-03-20 11:00"), days=5, interview_id=15)
    # mark-sent --on 12 March: fine for the first round, though the second has since happened.
    assert check_send(situation(first, second), "follow-up", None, at("2026-03-12 09:00")).allowed


@pytest.mark.parametrize(
    ("status", "words"),
    [
        (ApplicationStatus.REJECTED, "gracious reply to the rejection"),
        (ApplicationStatus.OFFER, "reply to the offer instead"),
        (ApplicationStatus.WITHDRAWN, "You withdrew"),
    ],
)
def test_a_closed_application_takes_no_follow_up(status: ApplicationStatus, words: str) -> None:
    sit = situation(one_round(END, days=3), status=status, status_at=at("2026-03-12 10:00"))
    verdict = check_send(sit, "follow-up", None, at("2026-03-30 09:00"))
    assert not verdict.allowed and verdict.fine_from is None
    assert words in (verdict.reason or "")


def test_a_late_thank_you_is_never_refused() -> None:
    verdict = check_send(
        situation(one_round(END)), "thank-you", "interviewer:35", END + timedelta(days=3)
    )
    assert verdict.allowed
    assert (
        verdict.reason
        == "This note goes out after the 24-hour window, but a late note still beats none."
    )
    on_time = check_send(
        situation(one_round(END)), "thank-you", "interviewer:35", END + timedelta(hours=2)
    )
    assert on_time.allowed and on_time.reason is None


def test_other_kinds_are_always_allowed() -> None:
    sit = situation(one_round(END), status=ApplicationStatus.REJECTED, status_at=END)
    assert check_send(sit, "rejection-reply", None, END + timedelta(hours=1)).allowed
    assert check_send(sit, "networking", None, END + timedelta(hours=1)).allowed


def test_a_follow_up_to_someone_other_than_the_contact_is_allowed_with_a_remark() -> None:
    sit = situation(one_round(END, ANNA, PRIYA, days=3))
    verdict = check_send(sit, "follow-up", "interviewer:34", at("2026-03-20 09:00"))
    assert verdict.allowed
    assert verdict.reason == "Follow-ups usually go to your point of contact, Priya Shah."


# -- the guard, the plan and the review agree ------------------------------------------------

SITUATIONS = {
    "two weeks": situation(one_round(END, ANNA, PRIYA, days=14), sent=(THANKS,)),
    "no timeframe": situation(one_round(END, PRIYA, MARCUS), sent=(THANKS,)),
    "short timeframe": situation(one_round(END, days=2), sent=(THANKS,)),
    "one follow-up sent": situation(
        one_round(END, days=14), sent=(THANKS, SentMessage("follow-up", 12, at("2026-03-26 11:20")))
    ),
}


@pytest.mark.parametrize("name", list(SITUATIONS))
def test_the_next_follow_up_is_allowed_from_its_due_time_and_not_a_minute_before(name: str) -> None:
    sit = SITUATIONS[name]
    step = next(s for s in plan_steps(sit, now=END) if s.kind == "follow-up" and s.done_at is None)
    assert check_send(sit, "follow-up", step.to, step.due_from).allowed
    assert check_send(sit, "follow-up", step.to, step.suggested).allowed
    before = check_send(sit, "follow-up", step.to, step.due_from - timedelta(minutes=1))
    assert not before.allowed and before.fine_from == step.due_from


@pytest.mark.parametrize("name", list(SITUATIONS))
def test_the_review_does_not_flag_a_follow_up_at_the_planned_time(name: str) -> None:
    sit = SITUATIONS[name]
    step = next(s for s in plan_steps(sit, now=END) if s.kind == "follow-up" and s.done_at is None)
    assert not _review_flags(sit, step.suggested)
    assert _review_flags(sit, step.due_from - timedelta(minutes=1))


def test_the_planned_thank_you_is_not_late_for_the_review() -> None:
    sit = situation(one_round(at("2026-03-13 18:00"), ANNA, PRIYA))
    for step in plan_steps(sit, now=END):
        if step.kind == "thank-you":
            assert "sent-late" not in _rules(sit, step.suggested, kind="thank-you")


def _review_flags(sit: Situation, sent_at: object) -> bool:
    return "follow-up-too-soon" in _rules(sit, sent_at, kind="follow-up")


def _rules(sit: Situation, sent_at: object, *, kind: str) -> set[str]:
    rnd = sit.rounds[-1]
    context = Context(
        interview_end=rnd.end,
        sent_at=sent_at,  # type: ignore[arg-type]
        stated_timeframe_days=rnd.timeframe_days,
        decision_by=cycle.decision_by if (cycle := current_cycle(sit)) else None,
        previous=tuple(Previous(m.kind, m.at) for m in sit.sent),
    )
    body = "Dear Ms. Shah,\n\nI wanted to follow up on my interview.\n\nBest,\nSam Ortiz"
    return set(review(Message(body, kind=kind, subject="Following up", context=context)).rules())


def test_after_a_reply_without_a_timeframe_one_check_in_is_the_last_follow_up() -> None:
    replies = (Reply(at("2026-03-20 11:00")),)
    sent = (SentMessage("follow-up", 12, at("2026-04-13 09:00")),)
    sit = situation(one_round(END, days=14), replies=replies, sent=sent)
    verdict = check_send(sit, "follow-up", None, at("2026-04-27 09:00"))
    assert not verdict.allowed and verdict.fine_from is None
    assert "checked in once" in (verdict.reason or "")
