"""A jotted answer told whole: the generic reading, or piece by piece (`compose.replies`),
and when part of it cannot be said, an ask that names that part."""

from __future__ import annotations

import re
from dataclasses import replace

from afterword.compose import answers, plans, replies, stories
from afterword.compose.fragments.phrased import Phrased, clean
from afterword.compose.fragments.sentences import SentenceReading
from afterword.compose.fragments.words import _small_numbers, _third_parties, _you_for_them
from afterword.language import phrases as gr


class ToldReading(SentenceReading):
    """Answers and additions told whole, or the part to rewrite named."""

    def told(self, text: str, generic: Phrased, *, what: str) -> Phrased:
        """The best telling of `text`: `generic` (from `sentences`) when it keeps every piece,
        else the pieces told one by one when each reads, else `generic`, or an ask naming
        only the pieces that do not read (`what`: how the ask names the field)."""
        jot = self.read(text)
        content = set(jot.content)
        if generic.ok and not any(p in content for p, _ in generic.dropped):
            # Told whole: nothing of the answer is lost; short sentences that each open on
            # "I" are joined ("I did the intro. I wrote six tests." reads as a list), and a
            # present before "since" takes the perfect ("I am learning DAX since October").
            return replace(generic, text=replies.since_tense(replies.rejoined(generic.text or "")))
        told, unread, read, cut = self._reply(text)
        spared = {p for p, why in generic.dropped if why.startswith("a detail")}
        if told and all(u in spared or len(u.split()) <= 3 and not gr.has_clause_verb(u.split())
                        or read >= 2 and not re.search(r"\bI\b|\d|\b[A-Z]", u) and not any(
                            gr.is_past(w) or gr.is_finite(w) for w in u.lower().split())
                        and not gr.is_verb(u.split()[0].lower())
                        for u in unread):
            # Every piece told, but for a detail the sentences can spare ("on my GitHub"),
            # or a label with no verb beside two sentences that say the answer.
            # Every piece told, but for a detail the sentences can spare ("on my GitHub").
            return Phrased(text, text=replies.since_tense(told),
                           dropped=tuple(jot.left_out) + tuple(cut) + tuple(
                (u, "a detail the sentences do not carry") for u in unread))
        if generic.ok:
            return replace(generic, text=replies.since_tense(generic.text or ""))
        if not told or not generic.ask or jot.off_limits:
            return generic
        if len(unread) >= read:
            return generic  # most of it unread: the whole is asked for
        doubtful = [w for p in unread for w in self._doubtful(self.reader.spell(p))]
        if doubtful:
            shown = ", ".join(f"\u201c{w}\u201d" for w in dict.fromkeys(doubtful))
            return Phrased(text, reason=f"{shown} may be your own shorthand or a name typed in "
                           "lower case: a note cannot spell it out for sure",
                           ask=f"write {shown} out in words (a name with its capitals); the "
                               f"rest of {what} reads well already", dropped=tuple(jot.left_out))
        # Part of the answer reads well and part does not: say which part to write, so the
        # user rewrites a few words, not the whole answer.
        shown = " and ".join(f"\u201c{_clip(p)}\u201d" for p in unread)
        return Phrased(text, reason=f"{shown} is jotted, not written as a sentence",
                       ask=f"write {shown} as a sentence starting with \u201cI\u201d or "
                           f"\u201cMy\u201d; the rest of {what} reads well already",
                       dropped=tuple(jot.left_out))

    def planned(self, text: str, *, what: str) -> Phrased | None:
        """A jotting that holds a plan of steps (`compose.plans`), said by its first usable
        steps and one result, the rest listed as left out; None when it holds no plan or no
        step of it can go out as it is."""
        jot = self.read(text)
        if jot.off_limits or stories.hedged(text):
            return None
        plan = plans.read_plan(replies.apostrophes(text))
        if plan is None:
            return self._done_with_details(text)

        def usable(step: str) -> str | None:
            # "perio chart + intraoral pics": the jotting's plus between two things is "and".
            spelled = self.reader.spell(re.sub(r"\s\+\s", " and ", step))
            if re.search(r"(?i)\b(?:why|what|where|how)\s+(?:is|are|was|were)\s+(?:[a-z]+ing|"
                         r"[a-z]+ed|missing|wrong|late)\b", spelled):
                return None  # "see why is missing": a subject left out, which no note mends
            if (bare := re.search(r"(?i)\bthe\s+([a-z]+)\s+(?:goes|is|are|gets|was)\b", spelled)) \
                    and "NOUN" not in gr._lemmas(bare.group(1).lower()):
                return None  # "so the missing goes down": an adjective as a noun
            if re.search(r"(?i)\b(?:stuff|things?|whatever|etc)\b", spelled):
                return None  # "count the high value stuff": a placeholder, not what is counted
            if _unanchored(spelled):
                return None  # "remake it straight away": "it" names nothing the note says
            # "the bereavement call they mentioned": the practice, said to one of its partners.
            if len(self.facts.people) == 1:
                # (only with one interviewer: on a panel "they" may be a colleague)
                spelled = re.sub(r"(?i)\b(?:that\s+)?they\s+(mentioned|described|talked about)\b",
                                 r"you \1", spelled)
            spelled = answers.measure_before_noun(_small_numbers(spelled))
            # "for 4-6 weeks": a range of a measure is read "4 to 6 weeks".
            spelled = re.sub(r"\b(\d{1,2})-(\d{1,2}) (days|weeks|months|years|hours)\b",
                             r"\1 to \2 \3", spelled)
            if re.search(r"(?i)\b(?:he|she|him|her|his)\b", spelled):
                return None  # someone the note never names
            return spelled if clean(spelled, self.reader, own_terms=True) else None

        told = plans.as_sentences(plan, usable)
        if told is None:
            return None
        sentence, left = told
        if not clean(sentence, self.reader, own_terms=True):
            return None
        return Phrased(text, text=sentence, dropped=tuple(
            (piece, "a detail the sentences do not carry") for piece in left))

    def _done_with_details(self, text: str) -> Phrased | None:
        """What the candidate did, jotted as a heading before its details (`plans.
        done_with_details`), and its outcome: said when each sentence reads."""
        done = plans.done_with_details(replies.apostrophes(text))
        if done is None:
            return None
        sentence, outcome, left = done
        said = " ".join(s for s in (sentence, outcome) if s)
        said = answers.measure_before_noun(_small_numbers(self.reader.spell(said)))
        if not clean(said, self.reader, own_terms=True):
            return None
        return Phrased(text, text=said, dropped=tuple(
            (piece, "a detail the sentences do not carry") for piece in left))

    def _reply(self, answer: str) -> tuple[str | None, list[str], int,
                                           list[tuple[str, str]]]:
        """A jotted answer told piece by piece (`replies.clause`, else a piece that reads as
        something done, after "I", else one with its own subject), and the pieces none
        reads, and how many it reads. None when the whole, put together, cannot go out as
        it is."""
        jot = self.read(answer)
        if jot.off_limits or stories.hedged(answer):
            return None, [], 0, []
        today = self.facts.start.date()
        sentences: list[str] = []
        unread: list[str] = []
        cut: list[tuple[str, str]] = []
        for piece in jot.pieces:
            if not piece.is_content or not piece.text or piece.parenthetical:
                continue  # asides and examples in brackets: the sentences say the answer
            raw = piece.raw.strip() if piece.raw else piece.text
            # "what i did: weekly report ...": the candidate's heading, not the answer.
            text = re.sub(r"(?i)^what I (?:did|do|would do|'d do)\s*:\s*", "",
                          stories.without_fillers(piece.text))
            # "+ i wrote it up": the joining sign is the jotting's; "i" is "I".
            text = re.sub(r"^(?:\+|&|and|plus)\s+", "", text)
            text = re.sub(r"^i(?=\s|['\u2019])", "I", text)
            # "enrolled na in the free online one": a particle of the writer's other language
            # ("na", "lang", "po"), in lower case between English words, is no word of the
            # sentence ("NA", "PO" in capitals are the trade's).
            text = re.sub(r"(?<=[a-z]) (?:na|lang|po|naman|talaga|lah) (?=[a-z])", " ", text)
            # "ran 3 weekend 'mini checks'": scare quotes are the jotting's.
            text = re.sub(r"(?<![\w])'([\w -]{2,20})'(?![\w])", r"\1", text)
            whole = text
            # "ran the pass ... + keen to do a trial shift": two things of two shapes, each
            # its own sentence (`_two_things`).
            # "did 2 weeks large animal ... + I've done the lab side": two clauses, each with
            # its subject, told (or left out) one by one.
            halves = re.split(r"\s+(?:and|\+)\s+(?=I(?:\s|['\u2019]))", whole)
            for part in [p for half in halves for p in self._two_things(half)]:
                text = part
                # "I should have said: 1-3s is a rejection rule, ...": the words, not the frame.
                speech = answers.spoken(text)
                told = speech.rstrip(".") if speech else replies.clause(text, today=today,
                                                                         first=not sentences)
                if told is None and (lead := _PLACE_LEAD.match(text)) and \
                        gr.is_past(lead.group(2).lower()):
                    # "at the hotel I sold to event planners": where, then the candidate's clause.
                    told = f"{lead.group(1)[0].upper()}{lead.group(1)[1:]}, I {text[lead.end(1):].split(None, 1)[1]}"
                if told is None:
                    if re.match(r"I\s", text):
                        told = text
                    elif re.match(r"I['\u2019](?:ve|m)\s", text):
                        # "I've done the lab side": spelled out, as a note says it.
                        told = re.sub(r"^I['\u2019]ve", "I have", re.sub(r"^I['\u2019]m", "I am", text))
                    elif (clause := self._i_clause(text)) is not None and not re.match(
                            r"(?i)(?:was|am|have)\b", clause):
                        told = f"I {clause}"
                    elif (adverb := re.match(r"(?i)(already|also|just|recently|even)\s+(?=\w)", text)) \
                            and (clause := self._i_clause(text[adverb.end():])) is not None and \
                            gr.is_past(clause.split()[0]):
                        # "already wrote one script": "I already wrote one script".
                        told = f"I {adverb.group(1).lower()} {clause}"
                    elif re.match(r"we\s+(\w+)\b", text) and gr.is_past(text.split()[1]):
                        told = f"We{text[2:]}"  # "we found a cracked coupling": the team's part
                    elif sentences and (own := stories.own_subject(text)):
                        # "final account closed in 9 weeks": an outcome with its own subject.
                        told = own[0].upper() + own[1:]
                if told is None:
                    unread.append(raw if part == whole else part)
                    continue
                place = re.search(r"\s+(?:at|in|from)\s+([a-z]+'s)(?![\w'])", told)
                if place and "NOUN" not in gr._lemmas(
                        (told[place.end():].split() or [""])[0].strip(",.;")):
                    # "shadowed 2 lists at jimmy's": a place by its nickname in lower case, which
                    # no note can name; the sentence stands without it (listed as left out).
                    cut.append((place.group(1), "a place's nickname: write its full name, with "
                                "its capitals, to have it said"))
                    told = told[:place.start()] + told[place.end():]
                told = told if _third_parties(told) else _you_for_them(told)
                if not clean(answers.measure_before_noun(_small_numbers(told)), self.reader,
                             own_terms=True) or _BARE_MEASURE.search(told):
                    unread.append(raw if part == whole else part)  # "on dentals": a word no note can be sure of
                    continue
                sentences.append(told)
        if not sentences:
            return None, unread, 0, cut
        out = answers.measure_before_noun(_small_numbers(answers.for_duration(
            replies.since_tense(replies.joined(sentences)))))
        # "a rotation in PharmD internship": one's own stage of training takes "my" ("on
        # placement" is idiom and stays).
        out = re.sub(r"\b(in|during) ((?:[A-Z][\w-]*\s+)?(?:internship|residency|apprenticeship|"
                     r"practicum|traineeship|training year)\b)", r"\1 my \2", out)
        # "I've done the lab side": a note spells the candidate's "I" out in full.
        out = re.sub(r"\bI['\u2019]ve\b", "I have", re.sub(r"\bI['\u2019]m\b", "I am", out))
        # "... the IDSA course. I am finishing in January.": when it ends is the course's,
        # said with it, not a sentence of its own.
        out = re.sub(r"\.\s+I am ([a-z]+ing (?:in|by|on|before|at the end of) [\w ]{2,20})\.$",
                     r", \1.", out)
        if not clean(out, self.reader, own_terms=True):
            return None, [], 0, []
        return out, unread, len(sentences), cut


# A measure of time straight before a bare noun ("did 2 weeks large animal in my training"):
# the jotting leaves out what was done for that long, which no note can guess.
_BARE_MEASURE = re.compile(
    r"(?i)\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten) (?:days|weeks|months|years) "
    r"(?!(?:of|in|at|on|for|with|as|and|or|to|from|ago|later|before|after|since|straight|"
    r"running|now|each|a|an|the|per|every|so|but|then|while|when|than|into|under|over|"
    r"without|until|by|last|this|that|which|I|we)\b)[a-z]+\b(?<!ing)")
# A place before the candidate's own clause ("at the hotel I sold ..."). Only "at": "in the
# bank I did" is a calque a note would say with "at", which it cannot be sure of.
_PLACE_LEAD = re.compile(r"(?i)^((?:at)\s+(?:the|my|our)\s+(?:[\w'-]+\s+){0,2}?"
                         r"[\w'-]+)\s+I\s+([a-z]+)\b")


def partly(told: str | None, read: int) -> bool:
    """Whether the pieces of an answer that read well can go out without the rest: at least
    one told sentence of seven words or more that leans on nothing unsaid ("I give them the
    VIP arrivals" after a piece left out names no "them")."""
    if not told or read < 1 or len(told.split()) < 7:
        return False
    return not re.search(r"(?i)^(?:\S+\s+){0,4}?(?:them|it|they|these|those)\b", told) and \
        not re.search(r"[.!?]\s+(?:\S+\s+){0,3}?(?:them|it|they)\b", told)


def _unanchored(step: str) -> bool:
    """Whether "it" or "them" in a step comes before any noun it could stand for ("note it
    in the log", where the jotting's "it" is the drink of a story the note never tells)."""
    words = re.findall(r"[A-Za-z][\w'-]*", step)
    for k, word in enumerate(words):
        if word.lower() in {"it", "them"}:
            return not any(k2 and "NOUN" in gr._lemmas(w.lower()) and w.lower() not in
                           gr.DETERMINERS for k2, w in enumerate(words[:k]))
    return False


def _clip(text: str) -> str:
    from afterword.compose.asks import clip

    return clip(text, 40)
