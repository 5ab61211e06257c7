from __future__ import annotations

from datetime import datetime

from afterword.review import Context, Message, Previous, review

RULE = "follow-up-too-soon"
BODY = "Dear Ms. Lee,\n\nI wanted to follow up on my interview.\n\nBest,\nSam Ortiz"
END = "2026-03-02T10:00:00-05:00"


def t(text: str) -> datetime:
    return datetime.fromisoformat(text)


def prev(kind: str, sent: str, replied: bool = False) -> Previous:
    return Previous(kind, t(sent), replied)


def fires(
    sent: str,
    previous: list[Previous] | None = None,
    days: int | None = None,
    end: str | None = END,
    kind: str = "follow-up",
) -> bool:
    ctx = Context(
        interview_end=t(end) if end else None,
        sent_at=t(sent),
        stated_timeframe_days=days,
        previous=tuple(previous) if previous is not None else None,
    )
    return RULE in review(Message(BODY, kind=kind, subject="x", context=ctx)).rules()


THANKS = prev("thank-you", "2026-03-02T16:00:00-05:00")


def test_no_timeframe_seven_days_after_the_last_message() -> None:
    assert fires("2026-03-06T10:00:00-05:00", [THANKS])
    assert fires("2026-03-09T15:59:00-04:00", [THANKS])  # 6 days 23 h 59 m (DST in between)
    assert not fires("2026-03-09T17:00:00-04:00", [THANKS])


def test_stated_timeframe_counts_from_the_interview() -> None:
    assert fires("2026-03-11T10:00:00-04:00", [THANKS], days=14)  # day 9 of 14
    assert not fires("2026-03-17T10:00:00-04:00", [THANKS], days=14)


def test_a_passed_short_timeframe_replaces_the_seven_days() -> None:
    assert not fires("2026-03-06T10:00:00-05:00", [THANKS], days=3)


def test_seven_days_after_a_previous_follow_up_in_any_case() -> None:
    earlier = [THANKS, prev("follow-up", "2026-03-16T10:00:00-04:00")]
    assert fires("2026-03-20T10:00:00-04:00", earlier, days=10)
    assert not fires("2026-03-24T10:00:00-04:00", earlier, days=10)


def test_a_reply_starts_the_count_afresh() -> None:
    replied = [THANKS, prev("follow-up", "2026-03-16T10:00:00-04:00", replied=True)]
    assert not fires("2026-03-18T10:00:00-04:00", replied)


def test_timeframe_without_interview_end_counts_from_the_first_message() -> None:
    assert fires("2026-03-05T10:00:00-05:00", [THANKS], days=10, end=None)


def test_silent_without_history_or_timeframe() -> None:
    assert not fires("2026-03-03T10:00:00-05:00", None)
    assert not fires("2026-03-03T10:00:00-05:00", [])


def test_follow_ups_only() -> None:
    assert not fires("2026-03-04T10:00:00-05:00", [THANKS], kind="thank-you")


def test_messages_after_this_one_are_ignored() -> None:
    later = [THANKS, prev("follow-up", "2026-03-30T10:00:00-04:00")]
    assert not fires("2026-03-16T10:00:00-04:00", later)
