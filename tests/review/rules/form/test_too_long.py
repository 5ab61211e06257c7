from __future__ import annotations

from afterword.review import Message, review

RULE = "too-long"


def fires(body: str, channel: str = "email") -> bool:
    return RULE in review(Message(body, channel=channel, subject="x")).rules()


def words(n: int) -> str:
    return " ".join(["word"] * n)


def test_email_limit_is_250_words() -> None:
    assert not fires(words(250))
    assert fires(words(251))


def test_handwritten_limit_is_120_words() -> None:
    assert not fires(words(120), "handwritten")
    assert fires(words(121), "handwritten")


def test_linkedin_message_limit_is_150_words() -> None:
    assert not fires(words(150), "linkedin-message")
    assert fires(words(151), "linkedin-message")


def test_invitation_limit_is_300_characters() -> None:
    assert not fires("a" * 300, "linkedin-invite")
    assert fires("a" * 301, "linkedin-invite")
    # A Windows line end is one character, and surrounding white space is not counted.
    assert not fires("\r\n" + "a" * 149 + "\r\n" + "a" * 149 + "\n\n", "linkedin-invite")


def test_punctuation_only_tokens_are_not_words() -> None:
    assert not fires(words(250) + " - -- & *", "email")


def test_hyphenated_words_count_once() -> None:
    assert not fires(" ".join(["on-call"] * 250))


def test_message_says_how_long() -> None:
    [f] = [f for f in review(Message(words(300), subject="x")).findings if f.rule == RULE]
    assert "300 words" in f.message and f.start is None
