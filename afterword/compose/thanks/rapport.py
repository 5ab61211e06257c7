"""Rapport framed as a sentence to the reader."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from afterword.compose import phrasing as ph
from afterword.compose import rapport_kinds
from afterword.compose.facts import Person

if TYPE_CHECKING:
    from afterword.compose.thanks.panel import Panel


_GOOD_TO_FIND = re.compile(r"^It was good to find that (we .+)\.$")


# Each sentence shape the reading gives a rapport, with the bank of frames for its move.
_RAPPORT_SHAPES = (
    (_GOOD_TO_FIND, ph.RAPPORT_FOUND),
    (re.compile(r"^It was good to discover our (.+) connection\.$"), ph.RAPPORT_CONNECTION),
    (re.compile(r"^I also appreciated that you (.+)\.$"), ph.RAPPORT_YOU),
    (re.compile(r"^Thank you, too, for (.+)\.$"), ph.RAPPORT_THANKS),
    (re.compile(r"^It meant a lot to hear that (.+)\.$"), ph.RAPPORT_HEARD),
    *((re.compile("^" + re.escape(frame).replace(re.escape("{clause}"), "(.+)") + "$"), bank)
      for bank in (ph.RAPPORT_LINK, ph.RAPPORT_COMPARE, ph.RAPPORT_SPOKE) for frame in bank),
)


def _rapport_clause(sentence: str) -> str:
    """The record's part of a rapport sentence ("we both ran the Leeds half marathon")."""
    for pattern, _ in _RAPPORT_SHAPES:
        m = pattern.match(sentence)
        if m:
            return m.group(1)
    return ""


def _rapport_frame(sentence: str, index: int) -> str:
    """The rapport sentence in one of several frames, so two notes of a panel do not share
    "It was good to find that we both ..." (nor any other one frame)."""
    for pattern, bank in _RAPPORT_SHAPES:
        m = pattern.match(sentence)
        if m:
            # A connection's frame was chosen by its clause: the panel rotates from there.
            start = next((n for n, f in enumerate(bank) if f.format(clause=m.group(1)) ==
                          sentence), 0)
            return ph.pick(bank, start + index).format(clause=m.group(1))
    for bank in rapport_kinds.BANKS:
        for n, frame in enumerate(bank):
            m = _frame_pattern(frame).match(sentence)
            if m:
                return bank[(n + index) % len(bank)].format(**m.groupdict())
    return sentence


@cache
def _frame_pattern(frame: str) -> re.Pattern[str]:
    """A frame with named slots ("a fellow {team} fan about {what}") as a pattern."""
    parts = re.split(r"\{(\w+)\}", frame)
    return re.compile("^" + "".join(re.escape(p) if n % 2 == 0 else f"(?P<{p}>.*?)"
                                    for n, p in enumerate(parts)) + "$")


rapport_frame = _rapport_frame


def _own(panel: Panel, person: Person) -> set[str]:
    reading = panel.reading
    return {p.text or "" for p in (reading.topic(t, to=person, own=True) for t in person.topics)
            if p.ok}
