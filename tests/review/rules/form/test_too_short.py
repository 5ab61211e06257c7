from __future__ import annotations

from afterword.review import Message, review

RULE = "too-short"


def fires(body: str, channel: str = "email", kind: str = "thank-you") -> bool:
    return RULE in review(Message(body, channel=channel, kind=kind, subject="x")).rules()


def words(n: int) -> str:
    return " ".join(["word"] * n)


def test_under_50_words_fires_at_49() -> None:
    assert fires(words(49))
    assert not fires(words(50))


def test_email_only() -> None:
    for channel in ("handwritten", "linkedin-message", "linkedin-invite"):
        assert not fires(words(20), channel)


def test_every_kind_of_email() -> None:
    for kind in ("thank-you", "follow-up", "rejection-reply", "networking"):
        assert fires(words(30), kind=kind)


def test_greeting_and_signoff_count() -> None:
    body = "Dear Ms. Okafor,\n\n" + words(44) + "\n\nBest regards,\nLena Fischer"
    assert not fires(body)  # 3 + 44 + 4 = 51
