from __future__ import annotations

from datetime import datetime

import pytest

from afterword.review import Context, Message, review

RULE = "off-hours"
BODY = "Dear Ms. Lee,\n\nThank you for the interview.\n\nBest,\nSam Ortiz"


def fires(sent: str, zone: str | None = "America/New_York", channel: str = "email") -> bool:
    ctx = Context(sent_at=datetime.fromisoformat(sent), recipient_timezone=zone)
    return RULE in review(Message(BODY, channel=channel, subject="x", context=ctx)).rules()


@pytest.mark.parametrize(
    ("sent", "expected"),
    [
        ("2026-03-11T06:59:00-04:00", True),  # Wednesday before 07:00
        ("2026-03-11T07:00:00-04:00", False),
        ("2026-03-11T19:59:00-04:00", False),
        ("2026-03-11T20:00:00-04:00", True),  # from 20:00 on
        ("2026-03-11T23:40:00-04:00", True),
        ("2026-03-14T10:00:00-04:00", True),  # Saturday
        ("2026-03-15T14:00:00-04:00", True),  # Sunday
        ("2026-03-16T09:00:00-04:00", False),  # Monday
    ],
)
def test_working_day_boundaries(sent: str, expected: bool) -> None:
    assert fires(sent) is expected


def test_recipient_zone_not_sender_offset() -> None:
    # 09:00 in London is 02:00 in Los Angeles.
    assert fires("2026-03-17T09:00:00+00:00", "America/Los_Angeles")
    # 23:00 in Tokyo is 14:00 in London.
    assert not fires("2026-03-10T23:00:00+09:00", "Europe/London")


def test_daylight_saving_change() -> None:
    # New York moved to -04:00 on 8 March 2026: 06:30 at -05:00 is 07:30 there.
    assert not fires("2026-03-10T06:30:00-05:00")
    # Before the change, 06:30 at -05:00 is 06:30 in New York.
    assert fires("2026-03-04T06:30:00-05:00")


def test_weekend_in_the_recipient_zone_only() -> None:
    # Friday 19:00 at -08:00 is already Saturday noon in Tokyo.
    assert fires("2026-03-13T19:00:00-08:00", "Asia/Tokyo")
    # Saturday 01:00 in Tokyo is still Friday noon in New York.
    assert not fires("2026-03-14T01:00:00+09:00", "America/New_York")


def test_needs_the_zone() -> None:
    assert not fires("2026-03-11T23:40:00-04:00", None)


def test_message_names_the_local_time() -> None:
    ctx = Context(
        sent_at=datetime.fromisoformat("2026-03-17T09:00:00+00:00"),
        recipient_timezone="America/Los_Angeles",
    )
    [f] = [f for f in review(Message(BODY, subject="x", context=ctx)).findings if f.rule == RULE]
    assert "02:00" in f.message
