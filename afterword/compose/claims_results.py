"""A jotted result in a sentence: a measure that moved ("recall rate 61% -> 78%"), what the
candidate did beside it ("(i built the recall call list)", "after i started ..."), and the
spans and years jotted bare after what was done ("2 seasons", "league 2025").

`claims` says what a qualification's pieces are; this module says how a result and its
figures are worded, so a number is never lost from the deed that made it.
"""

from __future__ import annotations

import re

from afterword.language import phrases as gr

# "team CSAT from 78% to 91%", "door to scan for code strokes from 34 to 19 minutes": a
# measure and how it moved, jotted without the verb (the arrow is read as "from ... to").
_NO_UNIT = r"(?!(?:in|on|at|by|for|over|within|after|before|from|per|and|with|when|while)\b)"
_MOVED = re.compile(rf"(?i)^((?:[\w'&/-]+\s+){{0,6}}?[\w'&/-]+)\s+from\s+(about\s+)?(\d[\d.,]*)"
                    rf"(%|\s*{_NO_UNIT}[a-z]+)?\s+to\s+(about\s+)?(\d[\d.,]*)(%|\s*{_NO_UNIT}[a-z]+)?"
                    r"(?=\s|$)")
# "... in 2 years", "over 18 months": how long the change took, said with it.
_OVER = re.compile(r"(?i)\s+((?:in|over|within)\s+(?:about\s+)?(?:\d+|a|one|two|three|four|five|"
                   r"six|eight|nine|ten|twelve|eighteen)\s+(?:years?|months?|weeks?))\b")


# "recall rate went from ...", "food waste down from ...": the jotted word of change is the
# numbers' to say ("rose", "fell"), never part of the measure's name.
_CHANGE_WORD = re.compile(r"(?i)\s+(?:went|rose|grew|fell|dropped|climbed|increased|decreased|"
                          r"improved|up|down)$")
# "... after I started the 5-minute yard check": what the candidate did that moved it.
_CAUSE = re.compile(r"(?i)\b(?:after|since|once)\s+I\s+([a-z]+)\s+(\S.*?)\s*$")
# A measure named by a count noun takes "the" as a sentence's subject ("the recall rate
# rose"); a mass noun does not ("food waste fell", "pick accuracy rose").
_COUNT_HEADS = frozenset({"rate", "score", "ratio", "count", "number", "share", "index",
                          "level", "average", "percentage", "backlog", "cost", "total", "time",
                          "bill", "spend", "margin", "budget"})


def _moved(piece: str, *, result: bool = True) -> tuple[str, str, str, bool, str, str] | None:
    """A measure that moved: (measure, from, to, rose, over how long, the rest). `result`:
    said as a result of its own ("turnaround for routine bloods fell from 6 hours to 2.5
    hours"), with what it is of and its units spelled; else as jotted, for "helped raise"."""
    text = " ".join(piece.split())
    m = _MOVED.match(text)
    if not m:
        return None
    metric = _CHANGE_WORD.sub("", m.group(1))
    words_ = metric.split()
    if gr.has_clause_verb(words_) or any(gr.is_past(w.lower()) or w.lower() in {
            "i", "we", "he", "she", "they", "it"} for w in words_) or (
            gr.is_base_verb(words_[0].lower()) and not gr.is_verb(words_[-1].lower())
            and words_[0].lower() in {"cut", "raise", "reduce", "increase", "get", "got",
                                      "bring", "take", "grow", "drop", "lift"}):
        return None  # "cut AOG from ..." has its verb: read as done, elsewhere
    try:
        before, after = (float(x.replace(",", "")) for x in (m.group(3), m.group(6)))
    except ValueError:
        return None
    if before == after:
        return None
    unit_a, unit_b = (m.group(4) or "").strip(), (m.group(7) or "").strip()
    if unit_b == "%" and not unit_a:
        unit_a = "%"
    a = (m.group(2) or "").lower() + (f"{m.group(3)}{unit_a}" if unit_a == "%" else
                                      m.group(3) + (f" {unit_a}" if unit_a else ""))
    b = (m.group(5) or "").lower() + (f"{m.group(6)}{unit_b}" if unit_b == "%" else
                                      m.group(6) + (f" {unit_b}" if unit_b else ""))
    rest = text[m.end():]
    if not result:
        over_ = _OVER.match(rest)
        return metric, a, b, after > before, over_.group(1) if over_ else "", rest
    over = _OVER.search(rest)
    # "turnaround 6h -> 2.5h for routine bloods": what the measure is of stays with it.
    of = re.match(r"\s+((?:for|of|on)\s+(?:[\w'-]+\s+){0,3}?[\w'-]*\w)(?=\s*(?:,|$)|\s+(?:in|"
                  r"over|within|after|since|when|once)\b)", rest)
    if of and not re.search(r"\d", of.group(1)):
        metric = f"{metric} {of.group(1)}"
    return metric, _unit(a), _unit(b), after > before, over.group(1) if over else "", rest


# Units jotted glued to a number ("6h", "55min"), as a sentence spells them.
_UNITS = {"h": "hours", "hr": "hours", "hrs": "hours", "min": "minutes", "mins": "minutes",
          "d": "days", "wk": "weeks", "wks": "weeks", "mo": "months", "mos": "months"}


def _unit(amount: str) -> str:
    m = re.fullmatch(r"(.*?\d)\s*([a-z]+)", amount)
    return f"{m.group(1)} {_UNITS[m.group(2)]}" if m and m.group(2) in _UNITS else amount


def result_clause(piece: str) -> str | None:
    """ "perio recall rate went from 61% to 78% at my office in 2 years" -> "the perio recall
    rate rose from 61% to 78% in 2 years": a jotted result as a clause with its own subject,
    to follow what the candidate did ("built the recall call list, and ...")."""
    moved = _moved(piece)
    if moved is None:
        return None
    metric, a, b, up, over, _ = moved
    if "-" in metric.split()[0] and metric.split()[0].endswith("to"):
        return None
    head = metric.split()[-1].lower()
    the = "the " if head in _COUNT_HEADS and metric.split()[0].lower() not in gr.DETERMINERS \
        else ""
    tail = f" {over}" if over else ""
    return f"{the}{metric} {'rose' if up else 'fell'} from {a} to {b}{tail}"


def action_and_result(action: str, piece: str) -> str | None:
    """What the candidate did, then the result the jotting gives it: "built the recall call
    list" + "recall rate 61% -> 78% in 2 yrs" -> "built the recall call list, and the recall
    rate rose from 61% to 78% in 2 years". The jotting puts the two side by side; the
    sentence does too, claiming no more than that (never "helped raise", which undersells
    what the candidate says they did)."""
    result = result_clause(piece)
    return f"{action}, and {result}" if result else None


def past_of(verb: str) -> str | None:
    """ "start" -> "started", "built" -> "built": a jotted present said as done; None for an
    irregular verb in its present ("run"), which is not guessed."""
    v = verb.lower()
    if gr.is_past(v):
        return v
    from afterword.language.inflect import past_participle

    return past_participle(v)


def metric_moved(piece: str) -> str | None:
    """ "team CSAT from 78% to 91% when I was SME" -> "helped raise team CSAT from 78% to
    91%": a measure that moved, jotted without a verb, said as what the candidate helped do
    ("helped": the jotting does not say who did it alone), the way its numbers went ("cut"
    when they fell). What follows the change ("when I was SME") is left out; what the
    candidate did that moved it ("after I started the yard check") is said as theirs:
    "started the yard check, and on-time departures rose from 82% to 95%"."""
    text = " ".join(piece.split())
    moved = _moved(text)
    if moved is not None:
        cause = _CAUSE.search(moved[5])
        did = past_of(cause.group(1)) if cause else None
        if cause and did:
            what = re.sub(r"(?i)\s+(?:in|over|within)\s+\S+\s+(?:years?|months?|weeks?)$", "",
                          cause.group(2))
            return action_and_result(f"{did} {what}", text[:text.find(cause.group(0))])
    plain = _moved(text, result=False)
    if plain is None:
        return None
    metric, a, b, up, over, _ = plain
    unit_b = b.split()[-1] if " " in b else ("%" if b.endswith("%") else "")
    unit_a = a.split()[-1] if " " in a else ("%" if a.endswith("%") else "")
    pair = re.match(r"(?i)([a-z]+) to ([a-z]+)\b(.*)$", metric)
    if pair:
        # "door to scan for code strokes": a span named by its two ends is one word
        # ("door-to-scan"), and a span in minutes is a time.
        timed = re.match(r"(?i)(?:sec|min|hour|hr|day|week|month)", unit_b or unit_a) and \
            not re.search(r"(?i)\b(?:time|wait|delay|duration)\b", metric)
        metric = f"{pair.group(1)}-to-{pair.group(2)}{' time' if timed else ''}{pair.group(3)}"
    verb = "raise" if up else "cut"
    if metric.split()[-1].lower() in _COUNT_HEADS and metric.split()[0].lower() not in \
            gr.DETERMINERS:
        metric = f"the {metric}"  # "helped raise the guest satisfaction score", never "raise score"
    return f"helped {verb} {metric} from {a} to {b}{' ' + over if over else ''}"


# "coached U9 netball 2 seasons in my practicum": a span jotted bare after what was done;
# a sentence says how long with "for". Not after a word that already says it ("spent 3
# years", "in 18 months", "the last 2 years", "about six months"), nor before a word that
# makes it something else ("2 weeks early", "3 years running", "2 years of").
_BARE_SPAN = re.compile(r"(?<=[a-z0-9] )((?:\d+|two|three|four|five|six|seven|eight|nine|ten)"
                        r"\s+(?:seasons?|years?|months?|weeks?|terms?|summers?|semesters?|"
                        r"quarters?))\b")
_SPAN_BEFORE = frozenset("for in over of the last first past within spent by after every each "
                         "next to and or from have has about around nearly almost over under "
                         "than some a few my his her their our its".split())
_SPAN_AFTER = frozenset("of as ago old later before after running early late ahead behind "
                        "earlier sooner long straight running".split())
# "we won the district league 2025": a year jotted bare after what it dates.
_BARE_YEAR = re.compile(r"(?<=[a-z] )((?:19|20)\d\d)(?=\s*(?:,|$))")
_YEAR_BEFORE = frozenset("in of since from to until till through by class before after during "
                         "january february march april may june july august september october "
                         "november december jan feb mar apr jun jul aug sep sept oct nov dec "
                         "spring summer autumn fall winter".split())


def spans_said(clause: str) -> str:
    """ "coached netball 2 seasons ..., and we won the league 2025" -> "coached netball for
    2 seasons ..., and we won the league in 2025": how long and when, with the words a
    sentence says them with."""
    def word_before(m: re.Match[str]) -> str:
        found = re.findall(r"[A-Za-z]+", clause[:m.start()])
        return found[-1].lower() if found else ""

    def span(m: re.Match[str]) -> str:
        after = re.match(r"\s*([A-Za-z]+)", clause[m.end():])
        if word_before(m) in _SPAN_BEFORE or after and after.group(1).lower() in _SPAN_AFTER \
                or clause[m.end():].lstrip().startswith("in a row"):
            return m.group()
        return f"for {m.group(1)}"

    def year(m: re.Match[str]) -> str:
        return m.group() if word_before(m) in _YEAR_BEFORE else f"in {m.group(1)}"

    clause = _BARE_SPAN.sub(span, clause)
    # "the 5-minutes yard check" (from "5-min"): a span before its noun is singular.
    clause = re.sub(r"\b(\d+(?:\.\d+)?)-(minute|hour|day|week|month|year|second)s\b(?=\s+[a-z])",
                    r"\1-\2", clause)
    return _BARE_YEAR.sub(year, clause)
