"""The line of interest tied to something the record holds: a plan or goal the reader
described, or a piece of work the interview was about ("the chance to help with the new
triage process is exactly what I am looking for"), instead of a stock "I remain very
interested in the role".

Only topics already read into phrases (`Reading.topic`) are used, never jotted words; a
topic the note already named is referred back to ("the plan you described"), not said
twice. Where nothing fits, the caller keeps its plain line.
"""

from __future__ import annotations

import re
from functools import lru_cache

from afterword.compose import phrasing as ph

# A plan or goal the reader described: "your plan to open a second site", "your goal of a
# 5-day close", "the team's push for self-scheduling". The head word is what the line
# refers back to ("that goal").
_PLAN = re.compile(r"(?i)^(?:your|the team's|your team's)\s+(?:[\w-]+\s+){0,2}?"
                   r"(plan|plans|goal|goals|aim|target|vision|idea|ambition)"
                   r"\b\s+(?:to|of|for)\s+\S")

# Work one can help with: a topic whose head noun names a piece of work under way or to
# come ("the ADU ordinance update", "the eviction diversion pilot", "the new espresso
# training program"), not a subject of talk ("labor costs", "GIS").
_WORK_HEADS = (
    "project", "projects", "pilot", "program", "programme", "rollout", "roll-out", "launch",
    "migration", "update", "upgrade", "expansion", "redesign", "rebuild", "overhaul",
    "renovation", "remodel", "initiative", "campaign", "transition", "conversion",
    "implementation", "opening", "build-out", "buildout", "integration", "move", "relaunch",
    "refresh", "merger", "restructure", "reorganisation", "reorganization", "turnaround",
    "protocol", "residency",
    "visit", "audit", "inspection", "review", "scorecard",
)
# Time after the work ("the accreditation visit next fall"): still the work.
_LATER = r"(?:\s+(?:next|this|in|by|before)\s+(?:the\s+)?[\w-]+)?"
_WORK = re.compile(r"(?i)^(?:the|your|our)\s+(?:[\w'&/-]+\s+){0,4}?(" + "|".join(
    re.escape(h) for h in _WORK_HEADS) + r")(?:\s+(?:for|of|at|in|on|across)\s+[\w' &/-]+)?"
    + _LATER + "$")
# What the candidate would be given rather than help with: "preceptorship for CT", "the
# training plan - 3 wks on each bench". Its line is the start it gives ("exactly the start
# I would want"), never "help with your preceptorship".
_RECEIVED_HEADS = ("preceptorship", "training", "onboarding", "induction", "mentoring",
                   "mentorship", "orientation", "shadowing", "training plan", "rotation",
                   "supervision", "buddy scheme")
_RECEIVED = re.compile(r"(?i)^(?:(?:the|your|our)\s+)?(?:[\w'&/-]+\s+){0,3}?(" + "|".join(
    re.escape(h) for h in _RECEIVED_HEADS) + r")(?:\s+(?:for|of|on|in)\s+[\w' &/-]+)?$")

_GOALS = {"goal", "aim", "target", "ambition"}


# Words a "not" follows in a sentence ("is not", "would not"); after a noun or a verb in
# -ing it is a jotted contrast ("docents co-leading tours not competing"), not English.
_BEFORE_NOT = frozenset("do does did is are was were will would can could should may might "
                        "must has have had be been being and or but if whether".split())


def _jotted_not(topic: str) -> bool:
    words = topic.lower().split()
    return any(w == "not" and k > 0 and words[k - 1] not in _BEFORE_NOT
               and not words[k - 1].endswith(",")
               and not (k + 1 < len(words) and words[k + 1] in ("only", "just"))
               for k, w in enumerate(words))


def kind(topic: str) -> tuple[str, str] | None:
    """("plan" | "goal" | "work", head word) for a topic a line of interest can be tied to,
    else None (also for one still holding a jotted contrast: the thanks may name it, a
    second sentence built on it would repeat the fault)."""
    if _jotted_not(topic):
        return None
    plan = _PLAN.match(topic)
    if plan:
        head = plan.group(1).lower().rstrip("s") if plan.group(1).lower() != "plans" else "plan"
        return ("goal" if head in _GOALS else "plan"), head
    work = _WORK.match(topic)
    if work and not re.search(r"(?i)\b(?:question|conversation|discussion)\b", topic):
        return "work", work.group(1).lower()
    received = _RECEIVED.match(topic)
    if received:
        return "received", received.group(1).lower()
    return None


# What a plan does ("your plan to get a second scanner running 8-8 by April": "get a
# second scanner running 8-8 by April") and what a goal reaches ("your goal of a 5-day close
# by Q3": "a 5-day close by Q3", only when it is a noun phrase: "of having QAs who ..." is not).
_ACTION = re.compile(r"(?i)^(?:your|the team's|your team's)\s+(?:[\w-]+\s+){0,2}?plans?\s+to\s+"
                     r"([a-z][\w-]*\s.+)$")
_OBJECT = re.compile(r"(?i)^(?:your|the team's|your team's)\s+(?:[\w-]+\s+){0,2}?(?:goal|aim|"
                     r"target|ambition)s?\s+(?:of|for)\s+((?:a|an|the|\d|under|over|zero|"
                     r"below|above)\b.+)$")
# When the line comes back to it: without its time ("by April"), "a" made "the".
_WHEN = re.compile(r"(?i)\s+(?:by|before|within|in|from|for)\s+(?:the\s+)?(?:end\s+of\s+)?"
                   r"(?:\w+\s+)?(?:Q[1-4]|\d{4}|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|"
                   r"jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|spring|summer|autumn|fall|"
                   r"winter|year|month|quarter|next\s+\w+)\b.*$")


_PLAN_FOR = re.compile(r"(?i)^(?:your|the team's|your team's)\s+(?:[\w-]+\s+){0,2}?plans?\s+for\s+"
                       r"(?:(?:a|an|the|your)\s+)?(.+)$")


def action(topic: str, *, said: bool = False) -> str | None:
    """What the reader's plan does, as a verb phrase the line of interest helps with; when
    the note named the plan already (`said`), shorter: its time left out and "a" made
    "the" ("get the second scanner running 8-8")."""
    m = _ACTION.match(topic)
    if not m or _jotted_not(topic) or len(m.group(1).split()) > 12:
        return None
    done = m.group(1)
    if _ENDS.match(done):
        # "help stop doing the annual report in Excel": what ends is no work to help with.
        return None
    if said:
        done = _back(_WHEN.sub("", done))
    return done


_ENDS = re.compile(r"(?i)(?:stop|quit|end|avoid|cease)\b")
_STOPS = frozenset("to by for in on at from with into onto across so and or".split())


def _back(done: str) -> str:
    """The plan's thing referred back to by its head ("add an overnight maintenance shift"
    -> "add that shift"), so the note does not say it twice."""
    words = done.split()
    if len(words) < 3 or words[1].lower() not in {"a", "an", "the"}:
        return done
    k = 2
    while k < len(words) and words[k].lower() not in _STOPS and not words[k].endswith("ing") \
            and not re.search(r"\d", words[k]):
        k += 1
    thing, rest = words[2:k], words[k:]
    if len(thing) < 2 and not (thing and rest and rest[0].lower() in {"at", "in", "on"}):
        return done  # "move the team to CostX": nothing long to refer back to
    if len(thing) < 2:
        rest = []  # "open a cross-dock at Carlisle": "open that cross-dock"
    return " ".join([words[0], "that", thing[-1], *rest])


def goal_object(topic: str, *, said: bool = False) -> str | None:
    """What the reader's goal reaches, as a noun phrase ("a 5-day close by Q3")."""
    m = _OBJECT.match(topic)
    if not m or _jotted_not(topic) or len(m.group(1).split()) > 10:
        return None
    reached = m.group(1)
    if said:
        reached = _WHEN.sub("", reached)
    return reached


def bank(topic: str, *, said: bool) -> tuple[str, ...]:
    """The frames for `topic` (`said`: the note already named it), empty when none fits."""
    found = kind(topic)
    if found is None:
        return ()
    what = found[0]
    # A plan or goal said by what it does: no "the plan you described" that any note
    # could hold.
    if what == "plan" and action(topic, said=said):
        return ph.INTEREST_PLAN_ACTION
    ending = _ACTION.match(topic)
    if what == "plan" and ending and _ENDS.match(ending.group(1)):
        # A plan to stop something, said back as "the plan you described", is stock: the
        # plain line instead.
        return ()
    planned = _PLAN_FOR.match(topic)
    if what == "plan" and planned and re.search(r"(?i)\s+to\s+[a-z]", planned.group(1)):
        # "your plan for your engineers to go on site every week": people and what they
        # are to do, no work to name ("help with the engineers to go"): the plain line.
        return ()
    if what == "plan" and planned:
        # "your plan for a nurse-driven sedation protocol": the work it plans, by name.
        return ph.INTEREST_WORK_SAID if said else ph.INTEREST_WORK_NEW
    if what == "goal":
        # "your aim of having QAs who can do data": no noun phrase to reach, and the
        # topic said again would paste the jotting twice; the plain line does instead.
        return ph.INTEREST_GOAL_OBJECT if goal_object(topic, said=said) else ()
    if what == "received":
        return ph.INTEREST_RECEIVED_SAID if said else ph.INTEREST_RECEIVED_NEW
    if what == "work":
        return ph.INTEREST_WORK_SAID if said else ph.INTEREST_WORK_NEW
    if what == "goal":
        return ph.INTEREST_GOAL_SAID if said else ph.INTEREST_GOAL_NEW
    return ph.INTEREST_PLAN_SAID if said else ph.INTEREST_PLAN_NEW


def anchor(topics: list[str], said_text: str, taken: set[str]) -> tuple[str, bool] | None:
    """The topic to tie the interest to, and whether the note named it already: first one
    the note has not named (said in full), else one it has (referred back to). A topic an
    earlier note of the panel tied its interest to is left to that note (`taken`)."""
    fits = [t for t in topics if t not in taken and kind(t)]
    fresh = [t for t in fits if t not in said_text]
    if fresh:
        return fresh[0], False
    return (fits[0], True) if fits else None


def sentence(frame: str, topic: str, company: str, *, said: bool = False) -> str:
    """A frame filled in; the topic lower-cased at its start only when it opens on a
    determiner ("The chance to help with the ..." keeps a name's capitals)."""
    found = kind(topic)
    head = found[1] if found else ""
    # The work said again by its name, without its time or its place ("the accreditation
    # visit", not "the visit we discussed", which any note could hold).
    planned = _PLAN_FOR.match(topic)
    work = f"the {_WHEN.sub('', planned.group(1))}" if planned else \
        re.sub(r"(?i)^(?:your|our)\s+", "the ", _WHEN.sub("", topic))
    work = re.sub(r"(?i)\s+(?:next|this)\s+[\w-]+$", "", work)
    work = re.split(r"(?i)\s+(?:for|of|at|in|on|across)\s+", work)[0] \
        if len(work.split()) > 5 else work
    text = frame.format(topic=topic, head=head, work=work, company=company,
                        action=action(topic, said=said) or "",
                        object=goal_object(topic, said=said) or "")
    return text[0].upper() + text[1:]


@lru_cache(maxsize=256)
def reads(sentence: str) -> bool:
    """Whether the review reads the sentence as the candidate's interest: a tied line that a
    long topic hides ("Hearing about ... not competing made me keen") is not used, since a
    note without a line the review knows for interest would draw `missing-interest`."""
    # Imported here: the review is heavier than the composer and only this check needs it.
    from afterword.language.message import Message
    from afterword.language.text import Note
    from afterword.review.moves import analyse

    note = Note(Message(body=f"Dear Alex,\n\n{sentence}\n\nBest,\nSam", kind="thank-you"))
    return analyse(note).has("interest")
