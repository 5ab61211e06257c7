"""The day an automatic reply says its sender is back ("back on Monday 14 December").

The date words are read by afterword.model.timeframe (dateparser under it), relative to the
day the automatic reply was sent; this module finds which words to read. In German, French,
Spanish and Dutch a calendar date after "bis", "jusqu'au", "hasta el", "tot" and kin is read
too (by dateparser in that language); weekday names and other phrasings only in English.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from afterword.model.timeframe import resolve_timeframe

_DATE_WORDS = r"(?P<when>[^.;!?\n()]{3,60})"
# The day they are back: "back on", "returning", "in the office from", "until" (the day the
# absence ends, read as the day they are back: the follow-up waits at least that long).
_BACK = re.compile(
    r"\b(?:(?:will be |I'll be |I am |I'm )?back(?: in the office| at work| at my desk| in office)?"
    r"|return(?:ing)?(?: to (?:the )?(?:office|work))?|(?:I'll|I will) return"
    r"|(?:in|into) the office|available|reachable|respond(?:ing)? to (?:e-?mails?|messages)"
    r"|until|till|til)\s+(?:again\s+)?(?:on|from|by|as of|starting|after)?\s*" + _DATE_WORDS,
    re.IGNORECASE,
)
# An absence with an end day: "from 7 to 11 December", "between 7 and 11 December", "7-11
# December", "through Friday": they are back the next working day after it.
_THROUGH = re.compile(
    r"\b(?:through|thru|to|and|until and including|-|–)\s+(?:and including\s+)?" + _DATE_WORDS,
    re.IGNORECASE,
)
_ABSENT = re.compile(
    r"\b(?:out of (?:the )?office|away|on (?:annual |parental |sick )?(?:leave|vacation|holiday)"
    r"|off|travell?ing|not in the office|out)\b",
    re.IGNORECASE,
)


# Other languages: (language, words before the date, whether the date is the last day away).
_DAY_MONTH = r"(?P<when>\d{1,2}\.?(?:er)?\s+(?:de\s+)?[^\W\d_]{3,}\.?(?:\s+\d{4})?|\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?)"
_FOREIGN = [
    (language, re.compile(r"(?<!\w)(?:" + words + r")\s+(?:(?:dem|den|le|el|lundi|mardi|mercredi|jeudi"
                          r"|vendredi|montag|dienstag|mittwoch|donnerstag|freitag|lunes|martes|miércoles"
                          r"|jueves|viernes|maandag|dinsdag|woensdag|donderdag|vrijdag),?\s+)*" + _DAY_MONTH,
                          re.IGNORECASE), through)
    for language, words, through in (
        ("de", r"bis einschlie(?:ß|ss)lich|bis zum|bis", False),
        ("de", r"zurück am|wieder am|wieder ab|ab", False),
        ("fr", r"jusqu['’]au|jusqu['’]à|de retour le|à partir du|dès le|retour le", False),
        ("es", r"hasta el|de vuelta el|a partir del|regreso el", False),
        ("nl", r"tot en met", True),
        ("nl", r"tot|vanaf|terug op", False),
    )
]
_FAR = 366  # days: a return date further off is a misreading


def returns_on(text: str, said_on: date, *, date_order: str = "DMY") -> tuple[date, str] | None:
    """The day the sender is back and the words saying so, or None when the text does not say."""
    flat = " ".join(text.split())
    english = _english(flat, said_on, date_order)
    return english if english is not None else _foreign(flat, said_on, date_order)


def _english(flat: str, said_on: date, date_order: str) -> tuple[date, str] | None:
    for match in _BACK.finditer(flat):
        found = _read(match.group("when"), said_on, date_order)
        if found is not None:
            return found[0], _said(match, found[1])
    if _ABSENT.search(flat):
        for match in _THROUGH.finditer(flat):
            found = _read(match.group("when"), said_on, date_order)
            if found is not None:
                return _next_weekday(found[0] + timedelta(days=1)), _said(match, found[1])
    return None


def _foreign(flat: str, said_on: date, date_order: str) -> tuple[date, str] | None:
    import dateparser  # type: ignore[import-untyped,unused-ignore]  # large; only for such mail

    for language, pattern, through in _FOREIGN:
        for match in pattern.finditer(flat):
            found = dateparser.parse(
                match.group("when").replace("er ", " "), languages=[language],
                settings={"RELATIVE_BASE": datetime.combine(said_on, time(12)),
                          "PREFER_DATES_FROM": "future", "DATE_ORDER": date_order,
                          "RETURN_AS_TIMEZONE_AWARE": False})
            if found is None or not said_on <= found.date() <= said_on + timedelta(days=_FAR):
                continue
            day = found.date()
            if through or "einschlie" in match.group().casefold():
                day = _next_weekday(day + timedelta(days=1))
            return day, match.group().strip().rstrip(".")
    return None


def _read(words: str, said_on: date, date_order: str) -> tuple[date, int] | None:
    """The day `words` name and where in them the date words end."""
    deadline = resolve_timeframe(words, said_on, date_order=date_order)
    if deadline is None or deadline.by is None or deadline.by < said_on:
        return None
    folded = " ".join(words.casefold().split())
    ends = [folded.find(r.words) + len(r.words) for r in deadline.readings if r.words in folded]
    return deadline.by, max(ends, default=len(words))


def _said(match: re.Match[str], date_end: int) -> str:
    """The words that say it, up to the date: "until Monday 14 December", not what follows."""
    start = match.start("when") - match.start()
    return match.group()[: start + date_end].strip()


def _next_weekday(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day
