"""What a person's reply says: a plain reply, a rejection, a next round or an offer.

Rule-based and precision first: a kind other than `reply` needs a cue from its lexicon
(cues/rejection.txt, offer.txt, scheduling.txt), and a rejection outranks an offer, which
outranks scheduling: "we will not be extending an offer" is a rejection, and "let's set up
a call to go through the offer" an offer. Mistakes cost differently: a reply read as a
rejection would propose closing a live application, so the rejection cues say the decision
outright and never hint at it.
"""

from __future__ import annotations

import re
from functools import cache

from afterword.inbox.cues import lexicon
from afterword.inbox.verdicts import KINDS, Classification, Cue, Kind

_RANK: tuple[Kind, ...] = ("rejection", "offer", "scheduling")

# A reply to our own note repeats our subject ("Re: Thank you for today"): only a subject the
# sender wrote is read.
_REPLY_PREFIX = re.compile(r"^\s*(?:re|aw|sv|vs|antw|réf|rif|r|fw|fwd|wg|tr)\s*:", re.IGNORECASE)

_SUBJECT_CUES: dict[Kind, re.Pattern[str]] = {
    "offer": re.compile(r"\b(?:offer of employment|job offer|your offer|offer letter|employment offer)\b", re.I),
    "scheduling": re.compile(
        r"\b(?:interview (?:invitation|invite|request|confirmation)|invitation to (?:an? )?interview"
        r"|next (?:round|steps?|stage)|(?:second|final|2nd|onsite|technical) (?:round|interview)"
        r"|scheduling|let's find a time)\b",
        re.I,
    ),
}

# When they will answer: the time words resolve_timeframe (afterword/model/timeframe.py) reads.
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_NUMBER = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|a few|few|several)"
_WHEN = re.compile(  # every space is \s+ (below): a hard wrap may fall between the words
    (r"\b(?:(?:by|before|on|until|after)\s+(?:the\s+)?(?:end\s+of\s+)?(?:this|next|the)?\s*(?:week|month|" + _DAY + r")"
    r"|(?:early|mid|late|end of|the end of)\s*(?:-\s*)?(?:next|this)?\s*(?:week|month|" + _MONTH + r")"
    r"|(?:next|this)\s+(?:week|month|" + _DAY + r")"
    r"|(?:in|by|before|after|until|early|mid|late)\s+" + _MONTH + r"\b"
    r"|(?:within|in|over)\s+(?:the\s+)?(?:next\s+)?" + _NUMBER + r"(?:\s*-\s*\d+)?\s+(?:business\s+|working\s+)?(?:days?|weeks?|hours?)"
    r"|(?:within|in)\s+(?:a|the next)\s+(?:week|fortnight|month|day or two|couple of days)"
    r"|by\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"\b|" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?\b"
    r"|" + _DAY + r"|tomorrow)\b").replace(" ", r"\s+"),
    re.IGNORECASE,
)
_AFTER = re.compile(r"(?:,?\s+(?:the\s+)?)")
# A sentence: up to a full stop or a blank line (a line break alone is often a hard wrap).
_SENTENCE = re.compile(r"(?:[^.!?\n]|\n(?!\s*\n))+(?:[.!?]+|$)")


@cache
def _compiled(name: str) -> tuple[re.Pattern[str], ...]:
    # A space in an entry matches any run of white space, line breaks included, so the cues'
    # offsets point into the text as written. An entry may start inside a word at an
    # apostrophe ("'d like" in "we'd like").
    return tuple(
        re.compile(r"(?:(?<!\w)|(?=['’]))(?:" + p.replace(" ", r"\s+") + r")(?!\w)", re.IGNORECASE)
        for p in lexicon(name)
    )


def _find(name: str, kind: str, text: str) -> list[Cue]:
    """The cues of one lexicon in `text`; of overlapping ones only the first and longest."""
    found: list[Cue] = []
    for pattern in _compiled(name):
        for match in pattern.finditer(text):
            found.append(Cue(kind, " ".join(match.group().split()), match.start(), match.end()))
    found.sort(key=lambda c: (c.start, -c.end))
    kept: list[Cue] = []
    for cue in found:
        if not kept or cue.start >= kept[-1].end:
            kept.append(cue)
    return kept


def classify(text: str, subject: str = "", *, invitation: bool = False) -> Classification:
    """The kind of a reply from its new text and subject (see reading.classify)."""
    found: dict[str, list[Cue]] = {}
    for name in _RANK:
        found[name] = _find(name, name, text)
    if subject and not _REPLY_PREFIX.match(subject):
        for name, pattern in _SUBJECT_CUES.items():
            match = pattern.search(subject)
            if match:
                found[name].append(Cue(name, f"subject: {match.group()}", 0, 0))
    hedges = _find("hedge", "hedge", text)
    if invitation:
        found["scheduling"].append(Cue("invitation", "a calendar invitation", 0, 0))
    kind: Kind = next((k for k in _RANK if found[k]), "reply")
    cues = sorted((c for k in _RANK for c in found[k]), key=lambda c: c.start) + hedges
    frame = timeframe(text)
    if frame:
        cues.append(frame)
    assert kind in KINDS
    return Classification(kind, tuple(cues), frame.words if frame else None)


def timeframe(text: str) -> Cue | None:
    """The first sentence part that promises an answer and says when ("we'll decide by Friday")."""
    for sentence in _SENTENCE.finditer(text):
        words = sentence.group()
        for pattern in _compiled("promises"):
            for promise in pattern.finditer(words):
                # The time words after the promise say when ("we'll decide by Friday"); before
                # it they may be about something else ("one more interview on Thursday").
                when = _WHEN.search(words, promise.end()) or _WHEN.search(words[: promise.start()])
                if when is None:
                    continue
                start, end = min(promise.start(), when.start()), max(promise.end(), _run_on(words, when))
                return Cue("timeframe", " ".join(words[start:end].split()), sentence.start() + start, sentence.start() + end)
    return None


def _run_on(words: str, when: re.Match[str]) -> int:
    """Where the time words end, with the ones right after ("by Friday" + " 13 March")."""
    end = when.end()
    while (more := _AFTER.match(words, end)) and (again := _WHEN.match(words, more.end())):
        end = again.end()
    return end


def is_auto_reply_subject(subject: str) -> bool:
    """True for "Out of Office: ...", "Automatic reply: ...", "Abwesenheitsnotiz" and kin."""
    bare = _REPLY_PREFIX.sub("", subject.strip()).strip()
    return any(p.search(bare) for p in _subjects())


@cache
def _subjects() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in lexicon("auto_reply_subjects"))
