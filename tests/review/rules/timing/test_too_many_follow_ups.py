from __future__ import annotations

from datetime import datetime

from afterword.review import Context, Message, Previous, review
from afterword.review.findings import Finding

RULE = "too-many-follow-ups"
BODY = "Dear Ms. Lee,\n\nI wanted to check in once more.\n\nBest,\nSam Ortiz"


def prev(kind: str, sent: str, replied: bool = False) -> Previous:
    return Previous(kind, datetime.fromisoformat(sent), replied)


def hits(
    previous: list[Previous],
    sent: str | None = "2026-04-20T10:00:00-04:00",
    kind: str = "follow-up",
) -> list[Finding]:
    ctx = Context(sent_at=datetime.fromisoformat(sent) if sent else None, previous=tuple(previous))
    return [
        f
        for f in review(Message(BODY, kind=kind, subject="x", context=ctx)).findings
        if f.rule == RULE
    ]


THANKS = prev("thank-you", "2026-03-03T16:00:00-05:00")
F1 = prev("follow-up", "2026-03-13T10:00:00-04:00")
F2 = prev("follow-up", "2026-03-27T10:00:00-04:00")
F3 = prev("follow-up", "2026-04-08T10:00:00-04:00")


def test_third_unanswered_follow_up() -> None:
    [f] = hits([THANKS, F1, F2])
    assert "third" in f.message


def test_fourth() -> None:
    [f] = hits([THANKS, F1, F2, F3])
    assert "fourth" in f.message


def test_second_is_fine() -> None:
    assert not hits([THANKS, F1])


def test_a_thank_you_is_not_a_follow_up() -> None:
    assert not hits([THANKS, prev("thank-you", "2026-03-04T10:00:00-05:00"), F1])


def test_a_reply_starts_the_count_afresh() -> None:
    answered = prev("follow-up", "2026-03-13T10:00:00-04:00", replied=True)
    assert not hits([THANKS, answered, F2])
    assert hits([THANKS, answered, F2, F3])


def test_every_one_answered() -> None:
    answered = [prev(p.kind, p.sent_at.isoformat(), True) for p in (THANKS, F1, F2)]
    assert not hits(answered)


def test_follow_ups_only() -> None:
    assert not hits([THANKS, F1, F2], kind="thank-you")


def test_works_without_send_time() -> None:
    assert hits([THANKS, F1, F2], sent=None)


def test_messages_after_this_one_do_not_count() -> None:
    assert not hits([THANKS, F1, F2], sent="2026-03-20T10:00:00-04:00")
