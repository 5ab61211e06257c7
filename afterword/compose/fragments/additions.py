"""An improve entry reduced to its addition only."""

from __future__ import annotations

import re
from dataclasses import replace

from afterword.compose import answers, replies
from afterword.compose.facts import Improvement
from afterword.compose.fragments.phrased import Phrased, clean
from afterword.compose.fragments.told import ToldReading, partly
from afterword.compose.fragments.words import _imperative, _short
from afterword.language import phrases as gr
from afterword.language.explained import punctuated


class AdditionReading(ToldReading):
    """Improve entries as additions."""

    # Improve entries ---------------------------------------------------------------------

    def addition(self, improvement: Improvement) -> Phrased:
        """Only the addition, as sentences; the self-criticism in `answer` never goes out."""
        if not improvement.addition:
            return Phrased(improvement.answer, reason="no addition recorded",
                           ask="add what you would say now to the answer you want to "
                               f"improve (\u201c{_short(improvement.answer)}\u201d)")
        addition = _META.sub("", improvement.addition.strip()) or improvement.addition.strip()
        # "what i should have said: stop the line, rope off the area, ...": advice after the
        # frame is what the candidate would do (read below as advice), never "Stop the line.
        # I rope off ..."; words of another shape after it stay framed speech.
        framed = _SHOULD_HAVE_SAID.match(addition)
        if framed and _imperative(addition[framed.end():].split()[0].lower()
                                  if addition[framed.end():].split() else ""):
            addition = addition[framed.end():]
        what = f"\u201c{_short(improvement.addition)}\u201d"
        # (Only a run typed as a jotting: one the candidate wrote out, with its capital and
        # full stop, is read as written, where a part of their own is required.)
        written = addition[:1].isupper() and addition.rstrip().endswith(".")
        explained = None if written else punctuated(addition)
        if explained:
            # The correct explanation, typed as one run ("select rates apply ... so mortality
            # is lower, after the select period we use ..."): the candidate's words, as
            # sentences about the matter, the line a corrected candidate most needs to send.
            said = self.sentences(explained, what=what, trade=True, matter=True)
            if said.ok:
                return replace(said, source=improvement.addition)
            # Each sentence was read as a statement (`explained.opens_on_statement`); what
            # is left to check is that every word may go out, as the candidate's own terms.
            spelled = self.reader.spell(explained)
            if clean(spelled, self.reader, written=True, own_terms=True):
                return Phrased(improvement.addition, text=spelled)
        first = addition.split()[0] if addition.split() else ""
        second = addition.split()[1].lower() if len(addition.split()) > 1 else ""
        if first[:1].isupper() and first != "I" and addition.endswith(".") and \
                gr.is_verb(first.lower()) and gr.base_form(first.lower()) == first.lower() and \
                not gr.is_past(first.lower()) and first.lower() not in gr.DETERMINERS and \
                (second in gr.DETERMINERS or second in {"them", "it", "him", "her", "each"}):
            # "Separate them first, hear each side ...": advice written as an imperative is
            # what the candidate would do.
            addition = f"I would {first.lower()}{addition[len(first):]}"
        # "Pay for the first night ... Then look at why we overbooked.": advice written out,
        # sentence by sentence, is what the candidate would do.
        addition = answers.as_would(addition, _imperative) or addition
        advice = re.match(r"(?:(always|first|never)\s+)?([a-z]+)\s+(\S+)", addition)
        # "lead w/ the ask + the number", "always give the CES card": advice jotted as an
        # imperative is what the candidate would do, said as such.
        would = bool(advice and _imperative(advice.group(2)) and (
            advice.group(3).lower() in gr.DETERMINERS | {"w/", "with", "them", "it", "each",
                                                         "both", "up", "back", "to"}))
        addition = replies.apostrophes(addition)
        generic = self.sentences(addition, what=what, would=would, trade=True)
        # Advice ("lead w/ the ask") is told by `sentences` alone: a piece by piece telling
        # would say it as done.
        said = generic if would else self.told(addition, generic, what=what)
        if not said.ok:
            # "what I do: book a double slot, room away from reception, ...": a plan of
            # steps, said by its opening steps rather than asked for whole.
            said = self.planned(improvement.addition, what=what) or said
        if not said.ok and not self.read(improvement.addition).off_limits:
            # "what i did: weekly cost report to the PM from month 3, flagged the overrun
            # early (12%), ...": the pieces that read, when they still speak to the question
            # the entry names and bring no one the note does not name.
            told, unread, read, cut = self._reply(addition)
            if partly(told, read) and read >= 2 and not re.search(
                    r"(?i)\b(?:he|she|him|her|his)\b", told or "") and \
                    answers._matter_words(improvement.answer) & answers._matter_words(told or ""):
                said = Phrased(improvement.addition, text=told, dropped=tuple(cut) + tuple(
                    (u, "a detail the sentences do not carry") for u in unread))
        if said.text and _it_unanchored(said.text):
            # "grounded it, replaced it": the note names nothing "it" could be (the story
            # it belongs to is in the self-criticism, which never goes out).
            first = re.split(r"(?<=[.!?])\s+", said.text)[0]
            example = re.sub(r"\bit\b", "the ...", first, count=1)
            return Phrased(improvement.addition, reason="it says \u201cit\u201d without "
                           "saying what it is", ask=f"say what \u201cit\u201d is in {what}, "
                           f"e.g. \u201c{example}\u201d")
        # Known by the entry as written: the note finds whose question it answers by it.
        return replace(said, source=improvement.addition)

    def improve_subject(self, improvement: Improvement) -> str | None:
        """What the improved answer was about, when the jotting names it cleanly ("the OOS
        question", "the ethics hypothetical"; `answers.question_named`)."""
        # "the pts / euthanasia consult q": a shorthand beside the full word for the same
        # thing is the jotter's gloss; the full word names the question ("pts" is
        # "patients" to one trade and "put to sleep" to another).
        answer = re.sub(r"(?<![\w'-])([a-z]{2,4})\s*/\s*([a-z]{5,})(?![\w'-])",
                        lambda m: m.group(2) if self.reader.spell(m.group(1)) != m.group(1)
                        else m.group(), improvement.answer)
        improvement = replace(improvement, answer=answer)
        jot = self.read(improvement.answer)
        # The self-criticism is left out of the pieces ("blanked on the budget q"), yet it
        # may be the only place the question is named: only the name is taken from it.
        named = answers.question_named(jot.content)
        if named is None:
            from afterword.language.jotted import _spelling

            spelled = re.split(r"\s+[-\u2013]\s+|[;.,]\s+",
                               self.reader.spell(improvement.answer))
            named = answers.question_named(spelled)
            # Read from what the reader left out, a short word is trusted only when it is an
            # everyday one: "the budget question", never "the rec question" (a clipping).
            if named is not None and any(len(w) < 5 and _spelling().zipf(w) < 480 for w in re.findall(
                    r"(?<![\w'-])[a-z]+(?![\w'-])", named) if w not in {"the", "question"}):
                named = None
        if named is None:
            named = _mixed_up(self.reader.spell(improvement.answer))
        if named is None:
            named = _topic_first(self.reader.spell(improvement.answer))
        if named is None:
            return None
        bare = named.replace("\u201c", "").replace("\u201d", "")
        # Its quotation marks stay for the reading: "the “time you stopped work” question"
        # is no verb and its object ("stopped work question").
        if not clean(bare, self.reader) and not clean(named, self.reader) or \
                self._clipped_here(bare):
            return None
        return named

    def _clipped_here(self, phrase: str) -> bool:
        """Whether a short word of the phrase is the start of a longer word the record uses
        elsewhere, not as an inflection ("rec" beside "reconcile"): a clipping, though the
        word list knows it as a word of its own."""
        words = set(re.findall(r"[a-z]{5,}", " ".join(self._texts).lower()))
        from afterword.language.jotted import _spelling

        for short in re.findall(r"(?<![\w'-])[a-z]{3,5}(?![\w'-])", phrase):
            if _spelling().zipf(short) >= 480:
                continue  # an everyday word ("how", "data") is no clipping
            for word in words:
                if word.startswith(short) and word != short and word[len(short):] not in {
                        "s", "es", "ed", "ing", "er", "ers", "ly", "al", "d"}:
                    return True
        return False


def _it_unanchored(text: str) -> bool:
    """Whether the first "it" of `text` comes before any noun it could stand for: "I
    grounded it and replaced it." names nothing; "We found a cracked coupling ... I
    grounded it" does. "It was ..." opening a sentence (the weather, the day) is left be."""
    words = re.findall(r"[A-Za-z][\w'-]*", text)
    for k, word in enumerate(words):
        if word == "it" and k:
            return not any(w not in {"I", "We", "we"} and not gr.is_past(w.lower()) and
                           "NOUN" in gr._lemmas(w.lower()) for w in words[:k])
        if word == "It":
            return False
    return False


# The candidate's frame around what they would say now ("wish i'd said", "what i meant is",
# "what i should have said:"): the regret stays out; the words after it are the addition.
# ("I should have said: ..." is framed speech, read by `answers.spoken`.)
_META = re.compile(r"(?i)^\s*(?:i\s+)?(?:wish\s+i(?:'d|\u2019d| had)?\s+said|"
                   r"what\s+i\s+(?:meant|wanted to say)(?:\s+(?:is|was))?)\s*[:,-]?\s*"
                   r"(?:that\s+)?(?=\S)")


def _topic_first(answer: str) -> str | None:
    """The question named by the topic an entry opens on, before a dash ("rate limiter - I
    only did single machine token bucket" -> "the rate limiter question"): a short run of
    nouns, with no verb and no one in it."""
    m = re.match(r"\s*([a-z][\w-]*(?:\s+[\w-]+){0,2})\s+[-\u2013]\s+\S", answer)
    if not m:
        return None
    words = m.group(1).split()
    if any(w.lower() in gr.DETERMINERS or w.lower() in gr.PREPOSITIONS or
           w.lower() in {"i", "me", "my", "he", "she", "they", "we", "you"} or
           gr.is_past(w.lower()) or (gr._lemmas(w.lower()) and "NOUN" not in gr._lemmas(w.lower())
                                     and not w.lower().endswith("ing"))
           for w in words) or \
            gr.has_clause_verb(words):
        return None
    return f"the {m.group(1)} question"


def _mixed_up(answer: str) -> str | None:
    """What two things a candidate confused, when the entry says so ("mixed up step potential
    and touch potential, dana corrected me" -> "step potential and touch potential"): the
    point the addition sets right, named for "Thank you for setting me straight on ..."."""
    m = re.search(r"(?i)\b(?:mixed up|confused|muddled(?: up)?|swapped)\s+((?:the\s+)?[\w-]+"
                  r"(?:\s+[\w-]+){0,2})\s+(?:and|with|vs\.?|versus)\s+((?:the\s+)?[\w-]+"
                  r"(?:\s+[\w-]+){0,2}?)(?=\s*(?:[,;.(]|\s-\s|$))", answer)
    if not m or re.search(r"(?i)\b(?:he|she|him|her|i|me|my)\b", m.group(0)):
        return None
    return f"{m.group(1)} and {m.group(2)}"
_SHOULD_HAVE_SAID = re.compile(r"(?i)^\s*(?:what\s+)?i\s+should(?:'ve|\u2019ve| have)\s+said"
                               r"\s*(?:was|is)?\s*[:,-]\s*")
