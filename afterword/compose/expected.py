"""When the decision was expected, in words a note can say: a follow-up's "I understand a
decision was expected ...", and the close of the point of contact's thank-you ("I look
forward to hearing from you early in the new year"), so that close is this record's own."""

from __future__ import annotations

import re

from afterword.compose.facts import Facts, Person


def expected_when(facts: Facts) -> str | None:
    """When the decision was expected, as a follow-up says it: a date only for a firm
    timeframe ("by 18 December" from "by the 18th"); for an approximate one, words that do
    not pretend to a date ("in the weeks after my interview" from "a few weeks", "around the
    end of the year" from "before the holidays"). Never the jotted words (the event behind a
    date may be confidential) and never "you said" (someone else may have given it)."""
    from datetime import timedelta

    from babel.dates import format_date

    from afterword.dates import DEFAULT_LOCALE, day_month
    from afterword.timezones import zone

    by = facts.decision_by
    if by is None:
        return None
    locale = facts.locale or DEFAULT_LOCALE
    month = format_date(by, "MMMM", locale=locale)
    approx = facts.decision_approx
    if by <= facts.end.astimezone(zone(facts.timezone)).date():
        return "on the day of my interview"  # "by 6 tonight": not a date to repeat back
    if approx is None:
        return f"by {day_month(by, locale)}"
    return {
        "around": f"around {day_month(by, locale)}",
        "days": "in the days after my interview",
        "weeks": "in the weeks after my interview",
        "months": "in the months after my interview",
        "week": f"in the week of {day_month(by - timedelta(days=by.weekday()), locale)}",
        "early-month": f"early in {month}",
        "mid-month": f"around the middle of {month}",
        "late-month": f"towards the end of {month}",
        "month": f"some time in {month}",
        "end-month": f"by the end of {month}",
        "end-year": "by the end of the year",
        "year-end": "around the end of the year",
        "new-year": "early in the new year",
    }.get(approx, "in the weeks after my interview")


# Only a time a close can look forward to: not "in the weeks after my interview" (said of
# the past) nor "on the day of my interview".
_CLOSE_WHEN = ("early in ", "around the middle of ", "towards the end of ", "some time in ",
               "by the end of ", "around the end of the year", "early in the new year",
               "in the week of ", "around ")


# Who the timeframe says will reply, when it is not the interviewer: "HR will revert within a
# fortnight", "the recruiter will call", "HR need Dr Lim to approve first then will send".
_REPLY_BY_OTHERS = re.compile(r"(?i)\b(?:hr|human\s+resources|recruit\w*|talent\s+team|people\s+team"
                              r"|the\s+agency|head\s*office)\b")
_HIRING_TITLE = re.compile(r"(?i)\b(?:hr|human\s+resources|recruit\w*|talent|people)\b")


def close_when(facts: Facts, reader: Person | None = None) -> str | None:
    """The time a thank-you's close may look forward to hearing ("around 27 November":
    a firm date is said as "around", since the reader did not promise it), else None;
    None too when the timeframe says someone else will reply ("HR will revert within a
    fortnight") and the reader is not in HR: "hearing from you" would be untrue."""
    when = expected_when(facts)
    if when is None or facts.decision_by is None:
        return None
    if reader is not None and _REPLY_BY_OTHERS.search(facts.timeframe or "") and \
            not _HIRING_TITLE.search(reader.title or ""):
        return None
    from afterword.timezones import zone

    held = facts.end.astimezone(zone(facts.timezone)).date()
    written = facts.drafted_on or held
    # Written on time, any later day will do ("by Friday" from Wednesday); written late, the
    # time must still be days away, or it reads as past or pressing.
    if (facts.decision_by - written).days < (3 if (written - held).days > 1 else 1):
        # Looking forward to a reply "around 27 November" in a note written on 7 December
        # (a late thank-you), or to one due tomorrow: a date the reader reads as past or
        # pressing. The close then looks forward without a time.
        return None
    if when.startswith("by ") and not when.startswith("by the end of"):
        when = "around " + when[3:]
    return when if when.startswith(_CLOSE_WHEN) else None


_LOOK_FORWARD = ("I look forward to hearing about the next steps.",
                 "I look forward to hearing from you.",
                 "I look forward to the next steps.",
                 "I look forward to hearing about next steps.",
                 "I look forward to hearing from you about the next steps in the process.")


def with_when(close: str, when: str) -> str:
    """The close looking forward to the reply at that time, when it ends on a plain "I look
    forward to ..." (in one sentence or after ", and"); else as it was."""
    for end in _LOOK_FORWARD:
        if close.endswith(end):
            return close[:-len(end)] + f"I look forward to hearing from you {when}."
        inner = end[0].lower() + end[1:]
        if close.endswith(inner):
            return close[:-len(inner)] + f"I look forward to hearing from you {when}."
    return close
