"""The timeframe a reply states is kept to the end of its sentence, so a date after a weekday
is not lost (a pure function; the Dovecot tests show it end to end)."""

from __future__ import annotations

from afterword.inbox.service import whole_timeframe


def test_the_date_after_the_weekday_is_kept() -> None:
    text = "We are meeting the last candidates and will get back to you by Friday 13 March. Best"
    assert whole_timeframe(text, "get back to you by Friday") == \
        "get back to you by Friday 13 March"


def test_a_phrase_that_ends_its_sentence_stays_as_it_is() -> None:
    assert whole_timeframe("You will hear from us next week.\nPriya",
                           "hear from us next week") == "hear from us next week"


def test_a_phrase_not_in_the_text_is_returned_unchanged() -> None:
    assert whole_timeframe("Thanks!", "by Friday") == "by Friday"
