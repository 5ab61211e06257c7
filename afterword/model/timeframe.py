"""Reading the decision timeframe an interviewer stated ("by Friday", "~2 wks") as a deadline date.

A small grammar reads what no date library reads (measured in docs/plan.md): spans with
business days, ranges and fuzzy counts ("3-5 business days", "a couple of weeks",
"several weeks"), parts of a week or month ("by the end of next week", "mid-May"), "next
Friday" (read late) and a bare day of the month ("by the 20th"). Calendar dates
("24 April", "April 24th", "Friday", "tomorrow") go to dateparser, which reads them well.
When the text holds several readings ("he said a couple of weeks, she said by the 20th")
the latest wins: following up early is the worse mistake.

Pure: the caller passes the day the timeframe was said (on the interview's clock) and
which days are working days (the recipient's weekends and public holidays).
"""

from __future__ import annotations

import calendar
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

WorkingDay = Callable[[date], bool]
NamedDay = Callable[[str, date], "date | None"]
"""Finds a public holiday by the words that name it, on or after a day (plan.public_holidays)."""


def weekdays_only(day: date) -> bool:
    """Monday to Friday: the working days when the recipient's holidays are not known."""
    return day.weekday() < 5


EARLY_DAY = 10
""""Early next month" is read as by the 10th: the end of the first third, the later reading."""

MID_DAY = 15
""""Mid-May" is read as by the 15th."""

SEVERAL = 3
""""Several weeks" and "a few weeks" are read as three: the later end of what people mean."""

EXAMPLES = (
    "by Friday", "by fri", "next Friday", "within 48 hours", "by the end of the week",
    "by the end of next week", "by end of next wk", "by thurs", "~2 wks", "a couple of weeks",
    "within two weeks", "3-5 business days", "in 10 business days", "by the 20th",
    "after the board meets on the 29th", "by the end of the month", "early next month",
    "mid-May", "several weeks", "he said a couple of weeks, she said by the 20th",
    "by EOW", "the first week of May", "end of Q2", "before Memorial Day", "after Labor Day",
    "maybe before Thanksgiving", "by 6 tonight",
)
"""Phrases understood, as people say them: docs/plan.md shows each resolved for an example."""

_FAR = 366  # days: a calendar date further off than a year is a misreading ("4/30" as 2030)

_LOOKAHEAD = 400  # working days to search at most: a bound keeps a loop over holidays finite

_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30,
    "a couple of": 2, "a couple": 2, "couple of": 2, "couple": 2, "a few": SEVERAL,
    "few": SEVERAL,
    "several": SEVERAL,
}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = tuple(m.lower() for m in calendar.month_name[1:])
_MONTH_ABBR = r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
_MONTH = r"(?:" + "|".join(_MONTHS) + "|" + _MONTH_ABBR + r")\.?"
_DAY_NAME = (r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:s|nesday)?|thu(?:r(?:s(?:day)?)?)?"
             r"|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?")
_WORDS = "|".join(re.escape(k) for k in sorted(_NUMBERS, key=len, reverse=True))
_NUM = r"(?:\d+(?:\.\d+)?|" + _WORDS + r")"
_UNIT = (r"(?P<u>(?:business|working|work)\s+days?|days?|hours?|hrs?|h|weeks?|wks?|wk"
         r"|fortnights?|months?|mos?)")

# Shorthand people jot down: "~2 wks", "3–5 biz days", "1-2 wk".
_SHORTHAND = [
    (re.compile(r"[~≈]"), " "),
    (re.compile(r"[–—]"), "-"),
    (re.compile(r"\bbiz\b"), "business"),
    (re.compile(r"\bbus\.?\s+days?\b"), "business days"),
    (re.compile(r"\bwks\b"), "weeks"),
    (re.compile(r"\bwk\b"), "week"),
    (re.compile(r"\bhrs?\b"), "hours"),
    (re.compile(r"\b(\d+)\s*-?ish\b"), r"\1"),  # "2ish wks", "10-ish days"
    (re.compile(r"\b(?:a|the|one)\s+fortnight\b"), "two weeks"),
    (re.compile(r"\bx-?mas\b"), "christmas"),
    # Office shorthand for the end of a period: "by EOW", "EOM prob".
    (re.compile(r"\beow\b"), "end of the week"),
    (re.compile(r"\beom\b"), "end of the month"),
    (re.compile(r"\beoy\b"), "end of the year"),
]
_EITHER = re.compile(r"\ba\s+(?P<u>day|week|month)\s+or\s+two\b")
_SPAN = re.compile(
    r"\b(?P<n>" + _NUM + r")(?:\s*(?:-|to|or)\s*(?P<m>" + _NUM + r"))?\s*" + _UNIT + r"\b"
)
_WEEK_PART = re.compile(
    r"\b(?:(?:the\s+)?end\s+of\s+)?(?P<which>this|the|next)\s+week(?:'s\s+end)?\b"
    r"|\b(?:the\s+)?end\s+of\s+(?P<end>the\s+)?week\b"
)
_MONTH_PART = re.compile(
    r"\b(?P<part>early|the\s+beginning\s+of|beginning\s+of|the\s+start\s+of|start\s+of"
    r"|mid|the\s+middle\s+of|middle\s+of|late|the\s+end\s+of|end\s+of)?[\s-]*"
    r"(?P<which>this\s+month|the\s+month|next\s+month|month|" + _MONTH + r")(?!\s*\d)\b"
)
# "early next week": a day within the week, read late (Tuesday, Wednesday, Friday).
_WEEK_SPOT = re.compile(
    r"\b(?P<part>early|the\s+beginning\s+of|beginning\s+of|the\s+start\s+of|start\s+of"
    r"|mid|the\s+middle\s+of|middle\s+of|late)[\s-]*(?P<which>this|next)\s+week\b"
)
_SPOT_DAY = {"early": 1, "beginning of": 1, "start of": 1, "mid": 2, "middle of": 2, "late": 4}
_DAY_NEXT_WEEK = re.compile(r"\b(?P<d>" + _DAY_NAME + r")\s+(?:of\s+)?next\s+week\b")
_NEXT_DAY = re.compile(r"\bnext\s+(?P<d>" + _DAY_NAME + r")(?!\w)")
_ORDINAL = re.compile(r"\bthe\s+(?P<d>\d{1,2})(?:st|nd|rd|th)\b(?!\s+of\s+" + _MONTH + ")")
# The year's end as people name it: "before xmas", "before the holidays", "by year end";
# "after the holidays", "in the new year": the first day the office is back. Never a
# holiday with another name before it ("the summer holidays", "chinese new year").
_YEAR_END = re.compile(
    r"(?<!summer\s)(?<!spring\s)(?<!easter\s)(?<!school\s)(?<!public\s)(?<!bank\s)"
    r"(?<!chinese\s)(?<!lunar\s)(?<!jewish\s)(?<!persian\s)(?<!vietnamese\s)"
    r"\b(?P<after>(?:after|in|not\s+until|until\s+after|early\s+in)\s+)?(?:the\s+)?"
    r"(?P<what>christmas(?:\s+break)?|holidays|holiday\s+break|new\s+year(?:'s)?|year[\s-]end"
    r"|end\s+of\s+(?:the\s+)?year)\b(?!\s+(?:eve|day|holiday|break|party)\b)")
# The day it was said, as a deadline: "by 6 tonight", "by end of day", "EOD", "they'll
# decide today". Never "today" or "tonight" in passing ("they're debriefing today", "the
# panel meets tonight", "at the end of the day it's her call").
_SAME_DAY = (r"(?:today|tonight|this\s+(?:evening|afternoon)|(?:the\s+)?end\s+of\s+(?:the\s+)?day"
             r"|eod|cob|close\s+of\s+business)")
_TODAY = re.compile(
    r"(?:\b(?:by|before|until|till)\s+(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|p\.m\.|a\.m\.)?\s+)?"
    + _SAME_DAY +
    # Alone ("EOD", "today hopefully"), not opening a sentence ("today was the last round").
    r"|^\s*(?:eod|cob|today|tonight)(?:\s+(?:prob|probably|hopefully|maybe|i\s+think))?"
    r"\s*[.!]?\s*$"
    r"|\b(?:decid\w*|decision|know|hear|answer|call|ring|phone|email|let\s+\w+\s+know)\b"
    r"[^,.;]{0,30}?\b(?:today|tonight|this\s+evening)\b)"
    r"(?!['\u2019]s\b)")
# "EOD Friday", "by end of day Friday", "COB on Thursday": that weekday, this week (today
# included, where "by Friday" said on a Friday means the next one).
_EOD_DAY = re.compile(
    r"\b(?:(?:the\s+)?end\s+of\s+(?:the\s+)?(?:business\s+)?day|eod|cob|close\s+of\s+business)"
    r"\s+(?:on\s+)?(?:this\s+)?(?P<d>" + _DAY_NAME + r")(?!\w)")
# "the first week of March", "2nd wk of jan", "the last week of the month": by that week's end.
_MONTH_WEEK = re.compile(
    r"\b(?P<n>first|1st|second|2nd|third|3rd|fourth|4th|last)\s+week\s+(?:of|in)\s+"
    r"(?P<which>this\s+month|the\s+month|next\s+month|" + _MONTH + r")(?!\s*\d)")
# A quarter's end: "end of Q1", "by the end of the quarter", "end of next quarter".
_QUARTER = re.compile(
    r"\b(?:the\s+)?end\s+of\s+(?:(?P<q>q[1-4])|(?:the|this|(?P<next>next))\s+quarter)\b")
# A public holiday named after a word of time ("before thanksgiving", "after labour day",
# "ahead of diwali"): which words name a holiday is the holidays library's to say.
_NAMED = re.compile(
    r"\b(?P<rel>(?:not\s+)?(?:until|till)\s+after|not\s+until|before|by|until|till|ahead\s+of"
    r"|after|over|around|post)\s+"
    r"(?P<name>[a-z][a-z'.]*(?:\s+[a-z][a-z'.]*){0,3})")
# Words that make a date the start of the job, not the decision: "by the 1st, next class
# starts jan 12" is decided by the 1st.
_STARTS = re.compile(r"\b(?:start(?:s|ing)?|begin(?:s|ning)?|class|cohort|onboard(?:ing|ed)?"
                     r"|on\s+board|orientation|training|first\s+day|join(?:s|ing)?"
                     # "someone in that chair by mid-jan", "seated by", "filled by": the
                     # day the post is filled, not the day they decide.
                     r"|in\s+(?:the|that|this)\s+(?:chair|seat|role|post|position)|in\s+place"
                     r"|seated|filled|fill\s+(?:it|the\s+(?:role|post|position|seat|chair)))\b")
_CHOOSES = re.compile(r"\b(?:decid\w*|decision\w*|choos\w*|chose|pick\w*|select\w*"
                      r"|know|hear\s+back|let\s+(?:me|us|you)\s+know)\b")
_CLAUSE_END = re.compile(r"[,;.!?()]|\s-\s|\band\b|\bbut\b")
_CALENDAR = re.compile(
    r"\b(?:\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+\d{4})?"
    r"|" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+\d{4})?"
    r"|\d{1,2}/\d{1,2}(?:/\d{2,4})?"
    r"|(?:the\s+day\s+after\s+)?tomorrow"
    r"|(?:this\s+)?" + _DAY_NAME + r")(?!\w)"
)


# How a reading is approximate, for wording it without pretending to a date (None: firm,
# "by Friday", "by the 18th", "within 10 working days"):
#   "days", "weeks", "months": a fuzzy or ranged count ("a few weeks", "2-3 wks", "~2 wks");
#   "week": some day of a week ("next week", "early next week");
#   "early-month", "mid-month", "late-month", "month": a part of a month, or the month;
#   "end-month", "end-year": by the end of a month or of the year (a day within it is not said);
#   "year-end": Christmas or "the holidays"; "new-year": after them;
#   "around": a firm date said with a hedge ("by thurs hopefully").
APPROXIMATE = ("days", "weeks", "months", "week", "early-month", "mid-month", "late-month",
               "month", "end-month", "end-year", "year-end", "new-year", "around")


@dataclass(frozen=True, slots=True)
class Reading:
    """One date read in the text: the words it came from, the date they mean, and how
    approximate that date is (`approx`, one of APPROXIMATE; None: a firm date)."""

    words: str
    by: date
    approx: str | None = None


@dataclass(frozen=True, slots=True)
class Deadline:
    """A stated timeframe resolved: `by` is the day the decision is expected, None when unread."""

    said: str
    said_on: date
    by: date | None
    readings: tuple[Reading, ...] = ()
    # When the words give only the day the job (or its training) starts: not a decision
    # date, so `by` is None and the plan follows up as if no date were given.
    starts: date | None = None

    @property
    def days(self) -> int | None:
        """Calendar days from the day it was said to the deadline."""
        return (self.by - self.said_on).days if self.by else None

    @property
    def approximate(self) -> str | None:
        """How approximate the deadline is (one of APPROXIMATE), None when it is firm: the
        plan counts from `by` either way, but a note names a date only when it is firm."""
        if self.by is None:
            return None
        winner = next((r for r in self.readings if r.by == self.by), None)
        if winner is None:
            return None
        if _HEDGE.search(self.said.casefold()):
            # "end of month prob": towards its end, not by it.
            return {None: "around", "end-month": "late-month",
                    "end-year": "year-end"}.get(winner.approx, winner.approx)
        return winner.approx


def resolve_timeframe(
    text: str | None,
    said_on: date,
    *,
    working_day: WorkingDay = weekdays_only,
    date_order: str = "DMY",
    named_day: NamedDay | None = None,
) -> Deadline | None:
    """The deadline `text` states, said on `said_on`; None when there is no text.

    `working_day` says which days count as business days (weekends and the recipient's
    public holidays are not); `date_order` ("DMY" or "MDY") reads "4/5". The returned
    Deadline's `by` is None when no reading was found. `named_day` finds a public holiday
    by name ("thanksgiving") on or after a day, in the country whose holidays count.
    """
    if not text or not text.strip():
        return None
    normal = " ".join(text.casefold().split())
    for pattern, replacement in _SHORTHAND:
        normal = pattern.sub(replacement, normal)
    rest = normal
    readings: list[Reading] = []
    hedged = _HEDGED_COUNT.search(text.casefold()) is not None
    readers: list[tuple[re.Pattern[str], Callable[[re.Match[str]], date | None],
                        Callable[[re.Match[str]], str | None]]] = [
        (_EITHER, lambda m: _add_units(said_on, 2, m.group("u"), working_day),
         lambda m: _unit_word(m.group("u"))),
        (_SPAN, lambda m: _span(m, said_on, working_day), lambda m: _span_approx(m, hedged)),
        (_DAY_NEXT_WEEK, lambda m: _in_next_week(said_on, _weekday(m.group("d"))), _firm),
        (_WEEK_SPOT, lambda m: _week_spot(said_on, m), lambda m: "week"),
        (_MONTH_WEEK, lambda m: _month_week(said_on, m), lambda m: "week"),
        (_QUARTER, lambda m: _quarter_end(said_on, m), lambda m: "end-month"),
        (_NEXT_DAY, lambda m: _next_weekday(said_on, _weekday(m.group("d"))) + timedelta(7),
         _firm),
        (_WEEK_PART, lambda m: _week_end(said_on, m),
         lambda m: None if "end" in m.group() else "week"),
        (_MONTH_PART, lambda m: _month_part(said_on, m), _month_approx),
        (_YEAR_END, lambda m: _year_end(said_on, m), _year_approx),
        (_ORDINAL, lambda m: _day_of_month(said_on, int(m.group("d"))), _firm),
        (_EOD_DAY, lambda m: _this_weekday(said_on, _weekday(m.group("d"))), _firm),
    ]
    if named_day is not None:
        # Before the weekdays: "before good friday" is the holiday, not Friday.
        readers.append((_NAMED, lambda m: _named(m, said_on, named_day, working_day),
                        lambda m: None if _rel(m) in _BEFORE else "around"))
    readers += [
        (_CALENDAR, lambda m: _calendar_date(m.group(), said_on, date_order), _firm),
        (_TODAY, lambda m: said_on, _firm),
    ]
    starts: set[int] = set()
    for pattern, read, approx in readers:
        for match in pattern.finditer(rest):
            if not match.group().strip():
                continue
            found = read(match)
            if found is not None and found >= said_on:
                if _starts_the_job(normal, match.start()):
                    starts.add(len(readings))
                readings.append(Reading(normal[match.start():match.end()].strip(), found,
                                        approx(match)))
                # Blank the words out so a later reader does not read them again.
                rest = rest[:match.start()] + " " * (match.end() - match.start()) + rest[match.end():]
    # A start date is not the decision ("by the 1st, class starts jan 12" is by the 1st).
    # Alone ("they want someone to start mid-jan"), it says the decision comes before it,
    # not when: a follow-up after the start date would be too late, and one that says "a
    # decision was expected by mid-January" would be untrue.
    deciding = [r for n, r in enumerate(readings) if n not in starts]
    if readings and not deciding:
        return Deadline(text.strip(), said_on, None, tuple(readings),
                        starts=max(r.by for r in readings))
    by = max((r.by for r in deciding), default=None)
    return Deadline(text.strip(), said_on, by, tuple(readings))


# What the date is for, when it is not the decision: "the recruiter will call by fri to set
# up a 2nd round" is when they expect to be in touch, and a follow-up says so.
_DECIDES = re.compile(r"\b(?:decid\w*|decision\w*|offers?|choose|chosen|pick|hire|hiring"
                      r"|selected|select|make\s+(?:a|the|their)\s+(?:call|choice)|know)\b")
_CONTACT = re.compile(r"\b(?:call\w*|e-?mail\w*|hear\w*|get\s+back|be\s+in\s+touch"
                      r"|reach\s+out|next\s+(?:step|round|stage)s?"
                      r"|(?:2nd|second|final|third|3rd)\s+(?:round|interview|stage)"
                      r"|schedul\w*|set\s+up|update|feedback)\b")


def is_about_contact(text: str | None) -> bool:
    """Whether a stated timeframe says when they will be in touch (a call, the next round)
    rather than when they will decide."""
    said = (text or "").casefold()
    return bool(_CONTACT.search(said)) and not _DECIDES.search(said)


# Words that make any date approximate ("by thurs hopefully", "end of month prob").
_HEDGE = re.compile(r"\b(?:prob|probably|hopefully|maybe|perhaps|possibly"
                    r"|approx|approximately|ish|tentatively|or so|give or take|likely|guess)\b"
                    # "about", "around" hedge a time ("around the 20th", "about 2 weeks"),
                    # not "she asked about my notice period".
                    r"|\b(?:roughly|around|about)\s+(?:the\s+)?(?:\d|end|mid|middle|start"
                    r"|beginning|early|late|next|this|a\s+(?:week|month|fortnight|couple|few)"
                    r"|two|three|four|five|six|(?:mon|tue|wed|thu|fri|jan|feb|mar|apr|may|jun"
                    r"|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
                    r"|[~\u2248]|\d-?ish\b")
# A count said as about that much: "~2 wks", "2ish weeks", "about ten days".
_HEDGED_COUNT = re.compile(r"[~\u2248]\s*\d|\d\s*-?ish\b|\b(?:about|around|roughly|approx"
                           r"|approximately|or so)\b")
_FUZZY = frozenset({"a few", "few", "several", "a couple of", "a couple", "couple of", "couple"})


def _firm(match: re.Match[str]) -> str | None:
    return None


def _unit_word(unit: str) -> str:
    """ "wks", "business days", "fortnight" -> "weeks", "days", "weeks"."""
    unit = " ".join(unit.split())
    if unit.startswith(("w", "f")):
        return "weeks"
    if unit.startswith("m"):
        return "months"
    return "days"


def _span_approx(match: re.Match[str], hedged: bool) -> str | None:
    """A range ("2-3 wks"), a fuzzy count ("a few weeks") or a hedged one ("~2 wks") is
    approximate; "within two weeks" and "10 working days" are firm."""
    count = " ".join(match.group("n").split())
    if match.group("m") or count in _FUZZY or hedged:
        unit = _unit_word(match.group("u"))
        # "a month or so" is some weeks, not "months".
        return "weeks" if unit == "months" and not match.group("m") and \
            count not in _FUZZY and _number(count) <= 1 else unit
    return None


def _month_approx(match: re.Match[str]) -> str | None:
    """ "early next month", "mid-May", "late June", "next month", "by the end of the month":
    a part of a month, never a day of it."""
    part = " ".join((match.group("part") or "").split()).removeprefix("the ")
    if part in ("early", "beginning of", "start of"):
        return "early-month"
    if part in ("mid", "middle of"):
        return "mid-month"
    if part == "late":
        return "late-month"
    return "end-month" if part else "month"


def _year_approx(match: re.Match[str]) -> str | None:
    """Christmas and "the holidays" are around the year's end; "after the holidays" and "in
    the new year" early in the next; "by the end of the year" by its end."""
    what = match.group("what")
    if (match.group("after") or "").strip() and not ((match.group("after") or "").strip() == "in"
                                                     and "end" in what):
        return "new-year"
    return "year-end" if ("christmas" in what or "holiday" in what) else "end-year"


def _starts_the_job(normal: str, at: int) -> bool:
    """Whether the words before position `at`, in the same clause, say the date is when the
    job (or its training) starts."""
    before = normal[:at]
    ends = [m.end() for m in _CLAUSE_END.finditer(before)]
    clause = before[ends[-1] if ends else 0:]
    # "they'll decide who joins the team by friday": the date is the decision's.
    return _STARTS.search(clause) is not None and _CHOOSES.search(clause) is None


# -- the readers -------------------------------------------------------------------------------


def _number(word: str) -> float:
    word = " ".join(word.split())
    return float(word) if word[0].isdigit() else float(_NUMBERS[word])


def _span(match: re.Match[str], said_on: date, working_day: WorkingDay) -> date | None:
    first = _number(match.group("n"))
    last = _number(match.group("m")) if match.group("m") else first
    return _add_units(said_on, max(first, last), match.group("u"), working_day)


def _add_units(said_on: date, count: float, unit: str, working_day: WorkingDay) -> date | None:
    unit = " ".join(unit.split())
    if unit.split()[0] in ("business", "working", "work"):
        return _add_working_days(said_on, math.ceil(count), working_day)
    if unit.startswith("h"):
        return said_on + timedelta(days=math.ceil(count / 24))
    if unit.startswith("d"):
        return said_on + timedelta(days=math.ceil(count))
    if unit.startswith("f"):
        return said_on + timedelta(days=math.ceil(14 * count))
    if unit.startswith("w"):
        return said_on + timedelta(days=math.ceil(7 * count))
    if unit.startswith("m"):
        return _add_months(said_on, math.ceil(count))
    return None


def _add_working_days(day: date, count: int, working_day: WorkingDay) -> date:
    for _ in range(_LOOKAHEAD):
        if count <= 0:
            break
        day += timedelta(days=1)
        if working_day(day):
            count -= 1
    return day


def _add_months(day: date, months: int) -> date:
    year, month = divmod(day.month - 1 + months, 12)
    year += day.year
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _weekday(word: str) -> int:
    word = word.rstrip(".")
    return next(i for i, name in enumerate(_WEEKDAYS) if name.startswith(word[:3]))


def _next_weekday(said_on: date, weekday: int) -> date:
    """The first `weekday` after `said_on` ("by Friday" said on a Friday means next week's)."""
    return said_on + timedelta(days=(weekday - said_on.weekday() - 1) % 7 + 1)


def _in_next_week(said_on: date, weekday: int) -> date:
    monday = said_on - timedelta(days=said_on.weekday()) + timedelta(days=7)
    return monday + timedelta(days=weekday)


def _week_end(said_on: date, match: re.Match[str]) -> date | None:
    """Friday of this week, or of next week ("next week" alone means by its end)."""
    which = match.group("which")
    friday = said_on - timedelta(days=said_on.weekday()) + timedelta(days=4)
    if which == "next":
        return friday + timedelta(days=7)
    if which == "the" and "end" not in match.group():
        return None  # "the week" alone says nothing
    return friday if friday >= said_on else friday + timedelta(days=7)


def _week_spot(said_on: date, match: re.Match[str]) -> date | None:
    """"early next week" by its Tuesday, "mid" by Wednesday, "late" by Friday."""
    part = " ".join(match.group("part").split()).removeprefix("the ")
    monday = said_on - timedelta(days=said_on.weekday())
    if match.group("which") == "next":
        monday += timedelta(days=7)
    day = monday + timedelta(days=_SPOT_DAY[part])
    return day if day >= said_on else None


def _month_part(said_on: date, match: re.Match[str]) -> date | None:
    which = " ".join(match.group("which").split()).rstrip(".")
    part = " ".join((match.group("part") or "").split()).removeprefix("the ")
    if which in ("this month", "the month", "month"):
        year, month = said_on.year, said_on.month
        if which != "this month" and not part:
            return None  # "the month" or "month" alone says nothing
    elif which == "next month":
        nxt = _add_months(said_on.replace(day=1), 1)
        year, month = nxt.year, nxt.month
    else:
        if not part:
            return None  # a month name alone ("May") may be the verb: "we may decide"
        month = next(i for i, name in enumerate(_MONTHS, 1) if name.startswith(which[:3]))
        year = said_on.year + (1 if month < said_on.month else 0)
    last = calendar.monthrange(year, month)[1]
    if part in ("early", "beginning of", "start of"):
        day = EARLY_DAY
    elif part in ("mid", "middle of"):
        day = MID_DAY
    else:  # late, end of, or "next month" alone: by its last day
        day = last
    return date(year, month, day)


def _year_end(said_on: date, match: re.Match[str]) -> date | None:
    """Christmas and "the holidays": by 24 December; the new year or the year's end: by 31
    December; "after" either: 2 January. The next such day after `said_on`."""
    what = match.group("what")
    after = (match.group("after") or "").split()
    if "holiday" in what and said_on.month not in (11, 12) and not after:
        return None  # "before the holidays" in April: which holidays is not said
    if after and not (after == ["in"] and "end" in what):  # "in the year end" is by it
        if "holiday" in what and said_on.month not in (11, 12):
            return None
        month, day = 1, 2
    elif "christmas" in what or "holiday" in what:
        month, day = 12, 24
    else:
        month, day = 12, 31
    found = date(said_on.year, month, day)
    if found < said_on:
        found = found.replace(year=said_on.year + 1)
    return found


def _month_week(said_on: date, match: re.Match[str]) -> date | None:
    """The Friday ending the named week of a month ("the 2nd week of jan"), after `said_on`."""
    which = match.group("which")
    if "month" in which:
        first = _add_months(said_on.replace(day=1), 1 if which.startswith("next") else 0)
    else:
        number = _month_number(which)
        first = date(said_on.year, number, 1)
        if _add_months(first, 1) <= said_on:
            first = first.replace(year=said_on.year + 1)
    if match.group("n") == "last":
        # The month's last working week ends on its last weekday (Thursday the 30th), or on
        # its last Friday when the month ends on a weekend.
        end = _add_months(first, 1) - timedelta(days=1)
        friday = end if end.weekday() < 5 else end - timedelta(days=end.weekday() - 4)
    else:
        nth = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}.get(
            match.group("n"), 4)
        # Week one ends on the month's first Friday, unless the month opens on a Thursday
        # or Friday: one or two days are not the week people mean.
        friday = first + timedelta(days=(4 - first.weekday()) % 7)
        if friday.day < 3:
            friday += timedelta(days=7)
        friday += timedelta(days=7 * (nth - 1))
    return friday if friday >= said_on else None


def _month_number(word: str) -> int:
    word = word.rstrip(".")
    return next(n for n, name in enumerate(_MONTHS, 1) if name.startswith(word[:3]))


def _quarter_end(said_on: date, match: re.Match[str]) -> date | None:
    """The last day of a calendar quarter: "Q2" (the next one that is not over), "the
    quarter" (this one), "next quarter"."""
    if match.group("q"):
        month = 3 * int(match.group("q")[1])
        found = date(said_on.year, month, calendar.monthrange(said_on.year, month)[1])
        if found < said_on:
            # "Q1" said in December is next year's; said in April, a quarter just over is no
            # deadline to plan from.
            found = date(said_on.year + 1, month, found.day)
            return found if (found - said_on).days <= 200 else None
        return found
    month = 3 * ((said_on.month - 1) // 3 + 1) + (3 if match.group("next") else 0)
    year = said_on.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    return date(year, month, calendar.monthrange(year, month)[1])


_BEFORE = frozenset({"before", "by", "until", "till", "ahead of"})
_RECENT = timedelta(days=14)
"""A holiday this recent still counts for "after" ("after Thanksgiving" said the Monday after
it), where the next one is a year off: a date already past is then no reading at all."""


def _rel(match: re.Match[str]) -> str:
    """The relation word, "after" for "until after" and "not until"."""
    rel = " ".join(match.group("rel").split())
    return "after" if "after" in rel or rel.startswith("not") else rel


def _named(match: re.Match[str], said_on: date, named_day: NamedDay,
           working_day: WorkingDay) -> date | None:
    """A named public holiday: "before"/"by" it is the last working day before it; "after"
    (and "until after", "not until") the first working day after; "over"/"around" the day
    itself. The longest run of the words that names a holiday wins ("after labour day
    weekend" is Labour Day)."""
    rel = _rel(match)
    since = said_on - _RECENT if rel in ("after", "post", "over", "around") else said_on
    words = match.group("name").split()
    for size in range(len(words), 0, -1):
        day = named_day(" ".join(words[:size]), since)
        if day is not None:
            break
    else:
        return None
    if rel in _BEFORE:
        before = day - timedelta(days=1)
        for _ in range(_LOOKAHEAD):
            if working_day(before) or before <= said_on:
                break
            before -= timedelta(days=1)
        return before if before >= said_on else None
    found = _add_working_days(day, 1, working_day) if rel in ("after", "post") else day
    return found if found >= said_on else None


def _this_weekday(said_on: date, weekday: int) -> date:
    """`weekday` this week, today included (the next one once it has passed)."""
    return said_on + timedelta(days=(weekday - said_on.weekday()) % 7)


def _day_of_month(said_on: date, day: int) -> date | None:
    """The next `day` of a month after `said_on` ("by the 20th")."""
    month_start = said_on.replace(day=1)
    for months in range(3):
        first = _add_months(month_start, months)
        if day <= calendar.monthrange(first.year, first.month)[1]:
            candidate = first.replace(day=day)
            if candidate > said_on:
                return candidate
    return None


def _calendar_date(words: str, said_on: date, date_order: str) -> date | None:
    """A calendar date or weekday, read by dateparser, always after `said_on`."""
    words = re.sub(r"^this\s+", "", words.strip())
    if re.fullmatch(_DAY_NAME, words):
        # A weekday however it is clipped ("thurs", "weds"): dateparser knows only some.
        return _next_weekday(said_on, _weekday(words))
    import dateparser  # type: ignore[import-untyped]  # large: only when a date is named

    found = dateparser.parse(
        words,
        languages=["en"],
        settings={
            "RELATIVE_BASE": datetime.combine(said_on, time(12)),
            "PREFER_DATES_FROM": "future",
            "DATE_ORDER": date_order,
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )
    if found is None:
        return None
    day = found.date()
    return day if said_on < day <= said_on + timedelta(days=_FAR) else None
