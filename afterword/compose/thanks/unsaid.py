"""What a panel has not yet said: wordings not repeated, additions left unsaid."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from afterword.compose import answers
from afterword.compose import asks as finish
from afterword.compose.facts import Improvement
from afterword.compose.fragments import Phrased, Reading
from afterword.compose.thanks.parts import Parts
from afterword.compose.thanks.wording import _clip, _openings, _person_index, _sentences

if TYPE_CHECKING:
    from afterword.compose.thanks.panel import Panel


def _named(reading: Reading, improvement: Improvement) -> Phrased:
    """An improve entry's addition, usable only when the note can say which question it adds
    to: "Looking back on one of my answers, ..." leaves the reader guessing."""
    read = reading.addition(improvement)
    if not read.ok or reading.improve_subject(improvement) is not None:
        return read
    # The entry may name its question in words a note cannot be sure of ("the 'walk me
    # thru a rec you couldnt tie out' q"): then that is the reason, with the words to fix.
    jotted = answers.question_named(re.split(r"\s+[-\u2013]\s+|[;.,]\s+",
                                             reading.reader.spell(improvement.answer)))
    if jotted is not None:
        doubtful = [w for w in re.findall(r"[\w'-]+", jotted)
                    if reading._clipped_here(w) or w in reading.unsure_words(jotted)
                    or re.fullmatch(r"(?i)(?:could|did|would|does|do|is|was|ca)nt", w)]
        shown = ", ".join(f"\u201c{w}\u201d" for w in dict.fromkeys(doubtful))
        return Phrased(read.source,
                       reason=f"the question it adds to, \u201c{jotted}\u201d, holds "
                              f"{shown or 'words'} a note cannot spell out for sure",
                       ask=f"write the question in the improve entry \u201c"
                           f"{_clip(improvement.answer)}\u201d in full words"
                           + (f" ({shown} spelled out)" if shown else "")
                           + ", so the note can say which answer the addition is for")
    return Phrased(read.source, reason="the entry does not say which question it adds to",
                   ask=f"name the question at the start of \u201c{_clip(improvement.answer)}"
                       "\u201d, e.g. \u201cthe ... question: ...\u201d, so the note can say which "
                       "answer you are adding to")


def unsaid_additions(panel: Panel, bodies: list[str], channels: dict[int, str]) -> list[str]:
    """The record's lines for additions that read well yet went into no note (every note
    with room took another angle, or its asker's note is a card): said, with the reason
    and what would place it, never dropped silently."""
    people = panel.facts.people
    out = []
    for imp in panel.facts.improvements:
        read = _named(panel.reading, imp)
        if not read.ok or not read.text or any(read.text in body for body in bodies):
            continue
        label = f"your addition to “{_clip(imp.answer)}”"
        asker = _person_index(people, imp.raised_by)
        if asker is not None and channels.get(asker, "email") != "email":
            kind = {"handwritten": "a card", "linkedin-invite": "a LinkedIn invitation",
                    "linkedin-message": "a LinkedIn message"}.get(channels[asker], "short")
            out.append(finish.item("addition", f"{label} is in no note: "
                                   f"{people[asker].given_name}'s note is {kind}, which has no "
                                   f"room for it; tell {people[asker].given_name} in a short "
                                   "e-mail or your next conversation"))
        elif asker is not None:
            out.append(finish.item("addition", f"{label} is in no note: "
                                   f"{people[asker].given_name}'s note had no room for it beside "
                                   "the rest; shorten it to one or two sentences"))
        else:
            out.append(finish.item("addition", f"{label} is in no note: each note with room "
                                   "for it says something else; say who asked that question "
                                   "(\u201cwho asked\u201d beside it), so their note carries it"))
    return out


def _unsaid(panel: Panel, wording: Callable[[int], str], index: int, q: str = "") -> str:
    """The wording for this note (`wording(index)`), or the next one none of whose sentences
    an earlier note of the panel said: a sentence word for word in two notes ("Thank you
    for meeting with me on Tuesday.") reads as a template. What a note says is noted when
    it is laid out (`_noted`), so a wording considered and not used blocks nothing."""
    for strict in (True, False):
        for k in range(index, index + 6):
            text = wording(k)
            # With `q` (a qualification), its frame too: "...; that experience is directly
            # relevant here" once per panel, whatever it follows.
            frame = text.replace(q, "{q}") if q else ""
            if not _sentences(text) & panel.said and not (strict and (
                    frame in panel.frames or _openings(text, q) & panel.openings)):
                if frame:
                    panel.frames.add(frame)
                return text
    return wording(index)


unsaid = _unsaid  # for the drafts of other kinds that share a panel (networking)


def _noted(panel: Panel, parts: Parts) -> Parts:
    """The note's sentences noted as said, for the panel's later notes to avoid."""
    for paragraph in parts.paragraphs:
        for sentence in paragraph:
            for text in (sentence.text, sentence.alone or "", sentence.short or ""):
                if text:
                    panel.said |= _sentences(text)
                    panel.openings |= _openings(text)
    return parts
