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


def _by(sent: str, decision_by: str, zone: str | None = "America/New_York",
        days: int | None = None) -> bool:
    from datetime import date

    ctx = Context(interview_end=t("2026-04-14T11:00:00-04:00"), sent_at=t(sent),
                  recipient_timezone=zone, stated_timeframe_days=days,
                  decision_by=date.fromisoformat(decision_by),
                  previous=(prev("thank-you", "2026-04-14T16:00:00-04:00"),))
    return RULE in review(Message(BODY, kind="follow-up", subject="x", context=ctx)).rules()


def test_decision_by_fires_on_or_before_the_day_on_the_recipient_s_clock() -> None:
    assert _by("2026-04-30T17:00:00-04:00", "2026-04-30")
    assert not _by("2026-05-01T09:00:00-04:00", "2026-04-30")
    # 23:30 in New York on the 30th is already 1 May in UTC: the recipient's day counts.
    assert _by("2026-05-01T03:30:00+00:00", "2026-04-30")


def test_decision_by_wins_over_the_days() -> None:
    # 30 days would reach 14 May; the resolved date (30 April) is what the plan uses.
    assert not _by("2026-05-04T09:00:00-04:00", "2026-04-30", days=30)


def test_the_contract_reads_decision_by_and_refuses_a_bad_one() -> None:
    import pytest

    from afterword.review.contract import ContractError, parse_context

    assert str(parse_context({"decision_by": "2026-04-30"}).decision_by) == "2026-04-30"
    with pytest.raises(ContractError, match="decision_by"):
        parse_context({"decision_by": "30 April"})


def test_the_finding_writes_dates_in_the_context_s_locale() -> None:
    from datetime import date

    def said(locale: str | None) -> str:
        ctx = Context(interview_end=t(END), sent_at=t("2026-03-11T10:00:00-04:00"),
                      decision_by=date(2026, 3, 16), previous=(THANKS,), locale=locale)
        report = review(Message(BODY, kind="follow-up", subject="x", context=ctx))
        [finding] = [f for f in report.findings if f.rule == RULE]
        return f"{finding.message} {finding.suggestion}"

    assert "decide by Monday, March 16" in said("en_US")
    assert "Wait until Tuesday, March 17" in said("en_US")
    assert "decide by Monday 16 March" in said("en_GB")
    assert "decide by Monday 16 March" in said(None)  # the default, as before


def test_an_unknown_locale_in_the_json_context_is_refused() -> None:
    import pytest

    from afterword.review.contract import ContractError, parse_context

    assert parse_context({"locale": "en-us"}).locale == "en_US"
    with pytest.raises(ContractError, match="not a locale"):
        parse_context({"locale": "klingon"})
