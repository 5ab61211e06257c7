"""Reading the decision timeframe an interviewer stated ("within two weeks") as a number of days."""

from __future__ import annotations

import math
import re

_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30,
    "a couple of": 2, "a couple": 2, "couple of": 2, "a few": 3, "few": 3, "several": 3,
}
_UNIT_DAYS = {"day": 1.0, "business day": 7 / 5, "working day": 7 / 5, "week": 7.0, "month": 30.0}
_NUM = r"(?P<n>\d+(?:\.\d+)?|" + "|".join(
    re.escape(k) for k in sorted(_NUMBERS, key=len, reverse=True)
) + r")"
_RANGE = r"(?:\s*(?:-|–|to|or)\s*(?P<m>\d+|" + "|".join(
    re.escape(k) for k in sorted(_NUMBERS, key=len, reverse=True)
) + r"))?"
_UNIT = r"\s*(?P<u>business days?|working days?|days?|weeks?|months?)"
_PATTERN = re.compile(_NUM + _RANGE + _UNIT, re.IGNORECASE)
_SPECIAL = {
    re.compile(r"\b(?:end of (?:the |this )?week)\b", re.I): 7,
    re.compile(r"\bnext week\b", re.I): 7,
    re.compile(r"\b(?:end of (?:the |this )?month)\b", re.I): 30,
    re.compile(r"\bnext month\b", re.I): 30,
    re.compile(r"\b(?:fortnight)\b", re.I): 14,
    re.compile(r"\btomorrow\b", re.I): 1,
}
# "a week or two" must not read as "a week": the longer end wins, as for ranges.
_EITHER = re.compile(r"\ba (day|week|month) or two\b", re.I)


def parse_timeframe_days(text: str | None) -> int | None:
    """Days until the stated decision, or None when the text says no number we can read.

    "within two weeks" -> 14, "5 business days" -> 7, "2-3 weeks" -> 21 (the longer
    end: a follow-up that comes too early does more harm than one a day late).
    """
    if not text:
        return None
    either = _EITHER.search(text)
    if either:
        return math.ceil(2 * _UNIT_DAYS[either.group(1).lower()])
    match = _PATTERN.search(text)
    if match:
        first = _number(match.group("n"))
        last = _number(match.group("m")) if match.group("m") else first
        unit = match.group("u").lower().rstrip("s")
        return math.ceil(max(first, last) * _UNIT_DAYS[unit])
    for pattern, days in _SPECIAL.items():
        if pattern.search(text):
            return days
    return None


def _number(word: str) -> float:
    word = word.lower()
    return float(word) if word[0].isdigit() else float(_NUMBERS[word])
