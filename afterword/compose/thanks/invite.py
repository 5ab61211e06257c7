"""The short LinkedIn invitation."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from afterword.compose import asks as finish
from afterword.compose import phrasing as ph
from afterword.compose import replies
from afterword.compose.facts import Person
from afterword.compose.thanks.parts import INVITE_CHARS
from afterword.compose.thanks.topics import about, role_name, topics_of
from afterword.compose.thanks.wording import _cap

if TYPE_CHECKING:
    from afterword.compose.thanks.panel import Panel


def invite(panel: Panel, person: Person | None, index: int, bank: tuple[str, ...],
           incomplete: list[str], *, warm: bool = True) -> str:
    """A LinkedIn invitation within 200 characters: thanks and one specific line, with the
    rapport where it fits (`warm`: a thank-you; a later networking invitation has none)."""
    facts = panel.facts
    topics, asks = topics_of(panel, person, index)
    incomplete.extend(asks)
    hi = f"Hi {person.greeting_name(facts.locale)}, " if person else ""
    slots = {"hi": hi, "sign": facts.candidate.first_name or "", "role": role_name(facts.role),
             "company": ph.in_sentence(facts.company)}
    rapport = panel.reading.rapport(person) if warm and person and person.rapport else None
    shared = rapport.text if rapport and rapport.ok and rapport.text else None
    if rapport and not shared and rapport.ask:
        incomplete.append(finish.item("rapport", rapport.ask, rapport.reason))
    candidates: list[tuple[str, bool, str]] = []  # (text, with the rapport, its wording)
    told = availability(person) if warm and person else None
    if told:
        # The one fact this reader needed ("notice period - i can join immediately"): said
        # back, with the role, in place of "our exchange about the notice period".
        for k in range(len(ph.INVITE_TOLD)):
            frame = ph.pick(ph.INVITE_TOLD, index + k)
            candidates.append((frame.format(told=told, **slots), False, frame))
    for shift in range(len(bank)):
        frame = ph.pick(bank, index + shift)
        for topic in [*topics[:1], *sorted(topics[1:], key=len)]:
            text = frame.format(about=about(topic, index, after_for=True), **slots)
            if shared:
                candidates.append((_with_rapport(text, shared, slots["sign"]), True, frame))
            candidates.append((text, False, frame))
    candidates += [(ph.pick(ph.INVITE_PLAIN, index + k).format(**slots), False,
                    ph.pick(ph.INVITE_PLAIN, index + k)) for k in range(len(ph.INVITE_PLAIN))]
    fitting = [(_cap(" ".join(text.split())), warmed, frame)
               for text, warmed, frame in candidates]
    fitting = [c for c in fitting if len(c[0]) <= INVITE_CHARS]
    # One no other note of the panel says word for word, where there is one; then one in a
    # wording no other invitation of the panel took (two invitations on one frame read as
    # a template).
    # Among those, one with the rapport, then one with a topic, then one that names the
    # role (the reader meets many candidates).
    for text, warmed, frame in sorted(fitting, key=lambda c: (c[0] in panel.said,
                                                               c[2] in panel.frames,
                                                               bool(shared) and not c[1],
                                                               c[2] in ph.INVITE_PLAIN,
                                                               "{role}" not in c[2])):
        panel.said.add(text)
        panel.frames.add(frame)
        if shared and not warmed:
            incomplete.append(finish.item(
                "rapport", f"the invitation has no room for what you have in common with "
                f"{person.given_name if person else 'them'}: say it in a message once "
                "they accept"))
        return text
    incomplete.append("the invitation is over 200 characters: shorten your name or the role")
    return _cap(candidates[-1][0])[:INVITE_CHARS]


def _with_rapport(text: str, rapport: str, sign: str) -> str:
    """The invitation with the rapport sentence in place of its closing line."""
    head = re.split(r"(?<=\.)\s+(?=I would|I would like|May we|I hope)", text)[0]
    return f"{head} {rapport} {sign}".strip()


# A candidate's own word on when they can start, jotted in a topic ("notice period - i can
# join immediately", "start date - i can start on jan 5"): availability, never private.
_AVAILABLE = re.compile(
    r"(?i)(?:^|[-:;,(]\s*)i\s+(?:can|could|am able to|will be able to)\s+"
    r"(join|start|resume|begin|report)\b([^.;()]*)")
_MONTHS = {m[:3]: m for m in replies.MONTHS}
_SPELLED = {"1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six",
            "7": "seven", "8": "eight", "9": "nine"}


def availability(person: Person) -> str | None:
    """"I can join immediately" from a topic where the candidate jotted when they can start;
    None when none is jotted or its words are more than a plain time ("in 2 weeks", "on jan
    5", "immediately", "in january")."""
    for topic in person.topics:
        m = _AVAILABLE.search(topic)
        if not m:
            continue
        tail = m.group(2).strip().lower()
        tail = re.sub(r"\bwks?\b", "weeks", tail)
        tail = re.sub(r"\b(\d)\s+(weeks|months|days)\b", lambda n: f"{_SPELLED[n.group(1)]} {n.group(2)}", tail)
        tail = re.sub(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b",
                      lambda n: _MONTHS[n.group(1)[:3]].capitalize(), tail)
        plain = (r"(?:immediately|right away|straight away|(?:in|within) (?:a|one|two|three|four|six) (?:weeks?|months?|days?)|(?:on|from|in) [A-Z][a-z]+(?: \d{1,2})?|(?:on|from) \d{1,2} [A-Z][a-z]+)")
        if re.fullmatch(plain, tail):
            return f"As mentioned, I can {m.group(1).lower()} {tail}."
    return None
