"""The day an automatic reply says its sender is back."""

from __future__ import annotations

from datetime import date

import pytest

from afterword.inbox.away import returns_on

MONDAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("text", "back"),
    [
        ("I am back on Monday 14 December.", date(2026, 12, 14)),
        ("Returning 4 January.", date(2027, 1, 4)),
        ("I'm out of the office until Thursday.", date(2026, 12, 10)),
        ("I will be back in the office from 29 December.", date(2026, 12, 29)),
        ("I will return on January 11th and reply then.", date(2027, 1, 11)),
        ("I'm on leave from 7 to 11 December.", date(2026, 12, 14)),  # a Friday: back on Monday
        ("I'm away through Wednesday 9 December.", date(2026, 12, 10)),
    ],
)
def test_the_return_day_is_read_relative_to_the_day_it_was_sent(text, back):
    found = returns_on(text, MONDAY)
    assert found is not None
    assert found[0] == back


def test_no_return_day_is_none():
    assert returns_on("I am away with limited access to email.", MONDAY) is None


def test_us_date_order_is_used_when_asked():
    found = returns_on("I'm back on 1/4.", MONDAY, date_order="MDY")
    assert found is not None and found[0] == date(2027, 1, 4)


def test_the_words_shown_end_at_the_date():
    found = returns_on("I am out of the office until Monday 14 December with no access to email.", MONDAY)
    assert found == (date(2026, 12, 14), "until Monday 14 December")


@pytest.mark.parametrize(
    ("text", "back"),
    [
        ("Ich bin bis 4. Januar nicht im Büro.", date(2027, 1, 4)),
        ("Ich bin bis einschließlich 8. Januar nicht im Büro.", date(2027, 1, 11)),  # a Friday
        ("Je suis absente jusqu'au 4 janvier.", date(2027, 1, 4)),
        ("Estoy fuera de la oficina hasta el 7 de enero.", date(2027, 1, 7)),
        ("Ik ben afwezig tot en met 8 januari.", date(2027, 1, 11)),
    ],
)
def test_a_calendar_date_is_read_in_other_languages_of_business_mail(text, back):
    found = returns_on(text, date(2026, 12, 18))
    assert found is not None and found[0] == back


def test_an_other_language_without_a_date_has_no_return_day():
    assert returns_on("Ich bin im Urlaub und lese keine E-Mails.", date(2026, 12, 18)) is None
