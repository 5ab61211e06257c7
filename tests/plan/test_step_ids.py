"""Short step ids: what a person types into `afterword skip`, unique within one plan."""

from __future__ import annotations

from afterword.model.enums import ApplicationStatus
from afterword.plan.schedule import plan_steps
from afterword.plan.step_ids import short_ids
from tests.plan.situations import ANNA, MARCUS, PRIYA, at, one_round, situation


def test_thank_yous_are_numbered_by_round_then_by_interviewer_and_follow_ups_keep_theirs() -> None:
    first = one_round(at("2026-03-02 15:00"), ANNA, PRIYA, days=7, interview_id=12)
    second = one_round(at("2026-03-16 11:00"), MARCUS, PRIYA, days=5, interview_id=15)
    steps = plan_steps(situation(first, second), now=at("2026-03-16 12:00"))
    short = short_ids(steps)
    assert {short[s.id]: s.id for s in steps} == {
        "thank-you-1": "12:thank-you:interviewer:34",  # Anna, round one
        "thank-you-2": "12:thank-you:interviewer:35",  # Priya, round one
        "thank-you-3": "15:thank-you:interviewer:35",  # Priya, round two (id 35 before 36)
        "thank-you-4": "15:thank-you:interviewer:36",  # Marcus, round two
        "follow-up-1": "15:follow-up-1",
        "follow-up-2": "15:follow-up-2",
        "let-it-rest": "15:let-it-rest",
    }


def test_a_rejection_reply_is_just_reply() -> None:
    news = at("2026-03-17 15:00")
    sit = situation(one_round(at("2026-03-10 17:30"), ANNA, PRIYA, days=14),
                    status=ApplicationStatus.REJECTED, status_at=news)
    assert list(short_ids(plan_steps(sit, now=news)).values()) == ["reply"]
