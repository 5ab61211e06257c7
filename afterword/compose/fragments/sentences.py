"""Jotted text written out as the candidate's own sentences."""

from __future__ import annotations

import re

from afterword.compose import answers, posts, replies, stories
from afterword.compose.fragments.clauses import ClauseReading
from afterword.compose.fragments.phrased import Phrased, clean
from afterword.compose.fragments.words import (
    _and_before_last,
    _has_subject,
    _imperative,
    _lemma,
    _lower_ok,
    _object_back,
    _series,
    _small_numbers,
    _someone_elses,
    _third_parties,
    _you_for_them,
)
from afterword.language import phrases as gr
from afterword.language.jotted import Jotting


class SentenceReading(ClauseReading):
    """Jotted text as sentences."""

    def sentences(self, text: str, *, what: str, would: bool = False,
                  trade: bool = False, matter: bool = False) -> Phrased:
        """Jotted pieces as first-person sentences: each piece must read as something done.

        `trade`: an answer to the interviewer's own question, in their trade's terms: an
        acronym in capitals ("CLE" to a public defender, "ATMP" to a VP of Quality) is a term
        the reader uses every day, not the candidate's private shorthand. `matter`: an answer
        to a concern, which may be written out wholly about the matter ("Both serve
        first-time smartphone users ...")."""
        jot = self.read(text)
        if jot.off_limits:
            return Phrased(text, reason=jot.off_limits)
        ask = f"write {what} as one or two full sentences starting with \u201cI\u201d"
        # `would`: advice jotted as an imperative ("lead w/ the ask"), what the candidate
        # would do: told piece by piece, its first clause after "I would".
        written_whole = None if would else self._written_sentences(text, jot, trade=trade,
                                                                   matter=matter)
        if written_whole:
            jotted = not (re.match(r"\s*[A-Z]", text) and text.rstrip().endswith("."))
            return Phrased(text, text=_small_numbers(written_whole) if jotted else written_whole,
                           dropped=tuple(jot.left_out))
        if _bare_list(jot.content):
            # "excel, sql, tableau": names with no verb say nothing about what was done.
            return Phrased(text, reason="it is a list of names, not a sentence", ask=ask,
                           dropped=tuple(jot.left_out))
        clauses: list[str] = []
        unread: list[str] = []  # pieces no sentence can carry: left out if the rest stands
        spared: list[str] = []  # short fragments after the story: details it can spare
        lead: str | None = None
        asides = tuple((p.text, "an example in brackets: the sentences say the answer")
                       for p in jot.pieces if p.is_content and p.parenthetical and p.text
                       and not jot.off_limits and self._i_clause(p.text) is None)
        bracketed = {p for p, _ in asides}
        # "licensed by end of yr hopefully": a hope is no fact a note can state; the piece
        # goes, never the hedge alone.
        hopes = tuple((p.text, "a hope, not a fact: the note says what is done or booked")
                      for p in jot.pieces if p.is_content and p.text and stories.hedged(p.raw))
        hoped = {p for p, _ in hopes}
        content: list[str] = []
        for piece in (stories.without_fillers(c) for c in jot.content
                      if c not in bracketed and c not in hoped):
            # "same workflow + doing the course": a label, then what is under way.
            m = re.match(rf"(.{{1,40}}?)\s+and\s+(?=(?:{_ONGOING_WORDS}|I)\b)(.+)$", piece)
            if m and not gr.has_clause_verb(m.group(1).split()) and \
                    self._i_clause(m.group(1)) is None:
                content += [m.group(1), m.group(2)]
            else:
                content += self._two_things(piece)
        if trade:
            # "power = chance of detecting a real effect": a term of the trade defined with
            # an equals sign is "Power is the chance of ...".
            content = [answers.defined(p) or p for p in content]
        for n, piece in enumerate(content):
            # "+ I'm doing the labs now", "plus I ...": the joining word is the jotting's.
            piece = re.sub(r"(?i)^(?:and|plus|also|then|\+|&)\s*(?=I\b)", "", piece.strip())
            # "on the paid on-call side": the post the record names ("paid on call
            # firefighter 2 yrs"), said as held ("as a paid on-call firefighter").
            piece = posts.side_as_post(piece, self.facts.qualifications)
            # "worked for 4 towns as clients, sat in on their council meetings": "their" may
            # be theirs, named in a piece before; else it is the reader's company.
            told = " ".join(content[:n])
            piece = piece.strip().rstrip(".")
            if not _third_parties(f"{told} {piece}"):
                piece = _you_for_them(piece)
            # "was 'on call' for it": scare quotes are the jotting's, not a quotation.
            piece = re.sub(r"(?<![\w])'([\w -]{2,20})'(?![\w])", r"\1", piece)
            # "not union at Hollis but I read ...": the gap is the concern itself; the answer
            # starts at "I".
            piece = re.sub(r"(?i)^(?:not|no|never|only)\b[^,;]{0,40}?,?\s+but\s+(?=I\b)", "", piece)
            if clauses and replies._WILLING.match(piece) and not would:
                # "keen to do a trial shift": a willingness is its own sentence ("I would
                # be keen to ..."), told piece by piece (`ToldReading.told`), never "I ran
                # the pass ... and keen to do ...".
                unread.append(piece)
                continue
            if re.match(r"(?:[A-Z]|(?:at|in|on|with|for|after|when)\s+\S+\s+I\b)", piece) and \
                    re.search(r"\bI\b", piece) and _sentence_like(piece):
                clauses.append(piece[0].upper() + piece[1:])
                continue
            # "did a float + wound care course starting may": the second thing is to come.
            coming = re.match(r"(.+?)\s+and\s+((?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}"
                              r"(?:course|class|program|programme|training|certification|exam|"
                              r"rotation|residency))\s+(?:starting|in|from)\s+(\S+(?:\s+\d+)?)$",
                              piece)
            if coming and self._i_clause(coming.group(1)) and not re.match(
                    r"(?i)\w+ing\b", coming.group(2)):
                start_with = gr.add_articles(coming.group(2))
                if not re.match(r"(?i)(?:an?|the)\s", start_with):
                    start_with = f"a {start_with}"
                clauses.append(self._i_clause(coming.group(1)) or "")
                clauses.append(f"start {start_with} in {coming.group(3)}")
                continue
            colon = re.match(r"(.+?):\s+(.+)$", piece)
            if colon and stories.own_subject(colon.group(2)) and (
                    would or self._i_clause(colon.group(1)) is not None):
                # "lead with the ask: the pilot kept 312 households housed": what to say, then
                # the story told with its own subject.
                piece = f"{colon.group(1)}: {stories.own_subject(colon.group(2))}"
            if trade and _DEFINITION.match(piece) and not _someone_elses(piece):
                # "Phase Ia is the obvious lab error check": a term of the trade defined,
                # the reader's own subject, said as its own sentence.
                clauses.append(piece)
                continue
            used = re.fullmatch(r"(?i)(?:still\s+|now\s+)?([a-z]+)\s+(?:daily|weekly|monthly|"
                                r"every day|every week|to this day|today|company-wide|widely)",
                                piece)
            if clauses and used and gr.is_past(used.group(1).lower()) and \
                    used.group(1).lower() in gr.PARTICIPLES | {"used", "adopted", "run", "read"}:
                # "built the model for our team, used daily": the thing just named is used,
                # said after a comma, never "I used daily".
                clauses[-1] = f"{clauses[-1]}, {piece}"
                continue
            held = stories.standing(piece)
            if held:
                # "BLS + ACLS current, PALS class on the 14th": the credential's standing.
                clauses.append(f"and {held}" if clauses else held[0].upper() + held[1:])
                continue
            # "should have gone straight to voltage drop": the regret is self-criticism; what
            # the candidate would do is the confident follow-on ("would go straight ...").
            regret = re.match(r"(?i)(?:should|could)(?: have|['\u2019]ve)\s+([a-z]+)\b(.*)$", piece)
            clause = f"would {_lemma(regret.group(1))}{regret.group(2)}" if regret and \
                gr.is_past(regret.group(1).lower()) else self._i_clause(piece)
            if would and clauses:
                piece = re.sub(r"(?i)^(?:and|plus|then|\+|&)\s*", "", piece)  # "+ document it"
            advice = re.match(r"(?:(?:always|first|never)\s+)?([a-z]+)\b", piece) if would else None
            if advice and _imperative(advice.group(1)) and (
                    clause is None or gr.base_form(advice.group(1)) == advice.group(1)):
                # Advice: "would" for the first step, "and ..." for the steps after it.
                clause = f"would {piece}" if not clauses else f"and {piece}"
            ongoing = re.match(rf"(?i)((?:{_ONGOING_WORDS})\b)(.*)$", piece)
            if clause is None and ongoing:
                # "doing the reviewer course": what the candidate is doing now.
                clause = f"am {ongoing.group(1).lower()}{ongoing.group(2)}"
            finish = re.match(r"(?i)(?:done|finished|finish|complete|completed)\s+(by|in|before)\s+"
                              r"(.+)$", piece)
            if clause is None and finish and clauses:
                # "..., done by next week", "finish by end of jan": when the thing under way
                # will be finished ("by the end of January").
                when = re.sub(r"(?i)^end of\b", "the end of", finish.group(2))
                clause = f"and will finish it {finish.group(1).lower()} {when}"
            if clause is not None:
                clauses.append(_object_back(clause, clauses[-1]) if clauses else clause)
            elif not clauses and (shaped := replies.clause(
                    piece, today=self.facts.start.date(), first=True)) is not None and \
                    re.match(r"(?:I|My)\s", shaped) and not re.fullmatch(
                        r"I am (?:now )?\w+(?: \w+)? [\d\s]+", shaped):
                # (never a number read as what is under way: "bldg 4" is no "building 4")
                # "road test booked jan 9", "permit in hand": a thing with its date or its
                # standing opens the answer, never a label before it.
                clauses.append(shaped)
            elif n == 0 and len(piece.split()) <= 10 and not gr.has_clause_verb(piece.split()):
                lead = piece  # "the $4,180 variance in payroll clearing: traced it ..."
            elif clauses and re.match(r"(?i)(?:including|which|where|so that)\s+\S", piece) \
                    and not re.search(r"\b(?:he|she|his|him)\b", piece):
                # "..., incl 2 equipment lines", "..., which takes DSCR from 1.18x to 1.31x":
                # the piece goes on the clause before it, after a comma.
                clauses[-1] = f"{clauses[-1]}, {piece}"
            elif clauses and stories.arranged(piece):
                clauses.append("and " + (stories.arranged(piece) or ""))  # "AUD is booked for May 14"
            elif clauses and (shaped := replies.clause(piece, today=self.facts.start.date(),
                                                        first=False)) is not None and \
                    not shaped.startswith("I would be ") and not re.fullmatch(
                        r"I am (?:now )?\w+(?: \w+)? [\d\s]+", shaped):
                # (what is under way is read above, with its object: "building 4" is none;
                # a willingness is told piece by piece, `ToldReading.told`)
                # "keen to do a trial shift", "permit in hand since oct", "capstone 2 done
                # in nov": a willingness, a thing held or done, said in its own sentence.
                clauses.append(shaped)
            elif clauses and _has_subject(piece):
                clauses.append("and " + piece)  # "walkouts stopped and ticket times went ..."
            elif clauses and len(piece.split()) > 1 and gr.is_verb(piece.split()[0]) and \
                    piece[:1].islower() and piece.split()[1].lower() in gr.DETERMINERS and \
                    not re.search(r"\sI\b", piece) and \
                    not piece.split()[0].endswith(("s", "ing")):
                clauses.append(piece)  # "hit every set date": a verb both base and past
            elif clauses and stories.own_subject(piece):
                # "time to antibiotics went from ~95 to 58 min": an outcome with its subject.
                clauses.append("and " + (stories.own_subject(piece) or ""))
            elif clauses and re.match(r"(?i)(?:plus|and|also)\s+", piece) and _has_subject(
                    re.sub(r"(?i)^(?:plus|and|also)\s+(?:the\s+|my\s+|our\s+)?", "", piece)):
                # "plus the externship had a bunch of motions": a second thing, with its subject.
                clauses.append("and " + re.sub(r"(?i)^(?:plus|and|also)\s+", "", piece))
            elif clauses and (len(piece.split()) <= 3 or len(piece.split()) <= 6 and (
                    not gr.has_clause_verb(piece.split()) or spared) and not gr.is_verb(
                        piece.split()[0].lower())) and not gr.is_past(piece.split()[0]):
                # A list fragment ("86 list", "VIPs", "TCP in August", "8 full mock trials",
                # "daily reports to the producer"): a detail a note can spare, shown as left
                # out.
                spared.append(piece)
            else:
                unread.append(piece)
        if not clauses:
            return Phrased(text, reason="nothing in it reads as a sentence" if not unread else
                           "it is jotted, not written as sentences", ask=ask,
                           dropped=tuple(jot.left_out))
        if len(unread) >= len(clauses) or (unread and content and unread[0] == content[0]
                                          and lead is None):
            # Most of the story cannot be told: what is left would not be the answer.
            return Phrased(text, reason="it is jotted, not written as sentences", ask=ask,
                           dropped=tuple(jot.left_out))
        dropped = tuple(jot.left_out) + asides + hopes + tuple(
            (p, "a fragment that does not read as a sentence: the rest says the answer")
            for p in unread) + tuple((p, "a detail the sentences do not carry") for p in spared)
        if lead and not _PERIOD.match(lead) and lead.split()[0].lower() not in gr.DETERMINERS:
            # "same geoprocessing concepts: took Esri's course": a label with no article
            # cannot be framed for sure; the sentences after it say the answer.
            dropped += ((lead, "a label before the answer: the sentences say it"),)
            if _points_back(_join_clauses(clauses, None)):
                # "we found a cracked coupling, grounded it, replaced it": without the piece
                # that names it, "I grounded it" says nothing true of anything.
                return Phrased(text, reason="its first piece names what the rest is about, "
                               "and cannot go out as it is", ask=ask,
                               dropped=tuple(jot.left_out))
            lead = None
        out = answers.measure_before_noun(_small_numbers(answers.for_duration(
            _ONGOING.sub(r" and I am \1", _join_clauses(clauses, lead)))))
        if would:
            # Steps of advice are a series ("I would stop the line, rope off the area, call
            # the lead, then log it"), never "..., and rope off ..., and call ...".
            while re.search(r", and (?=[^,.]+, (?:and|then)\b)", out):
                out = re.sub(r", and (?=[^,.]+, (?:and|then)\b)", ", ", out, count=1)
        # "what they'd do": a note writes the contraction of a jotting out in full.
        out = re.sub(r"\b(they|we|you|she|he|it)['\u2019]d\b(?=\s+[a-z])", r"\1 would", out)
        # A jotted "id", "im" is read as "I'd", "I'm"; a note says it in full.
        out = re.sub(r"\bI['\u2019](d|m|ve|ll)\b(?=\s+(\w+))", _full_i, out)
        written = bool(re.match(r"\s*[A-Z]", text)) and text.rstrip().endswith(".")
        if not clean(out, self.reader, written=written, own_terms=trade):
            doubtful = [] if self.unsure_words(text) else self._doubtful(out)
            if doubtful:
                # Say which words: "it holds shorthand" alone leaves the user to guess.
                shown = ", ".join(f"\u201c{w}\u201d" for w in doubtful)
                return Phrased(text, reason=f"{shown} may be your own shorthand or a name "
                               "typed in lower case: a note cannot spell it out for sure",
                               ask=f"write {shown} out in words (a name with its capitals); "
                                   f"{ask}", dropped=tuple(jot.left_out))
            return self._left_out(text, reason="it holds shorthand or names that cannot be "
                                  "spelled out for sure", ask=ask, dropped=tuple(jot.left_out))
        return Phrased(text, text=out, dropped=dropped)

    def _two_things(self, piece: str) -> list[str]:
        """A piece whose "and" (a jotted "+") joins two things of different shapes, each
        its own sentence: "ran the pass 3 nights a week + keen to do a trial shift", "road
        test booked jan 9 + permit in hand since oct", "writing the CFE in sept + capstone 2
        done in nov". Joined as one clause they read "I ran the pass ... and keen to do ..."
        ; split, each part is told in its own shape. One piece when no split reads."""
        today = self.facts.start.date()
        for m in re.finditer(r"\s+and\s+", piece):
            left, right = piece[:m.start()].strip(), piece[m.end():].strip()
            if len(left.split()) < 2 or len(right.split()) < 2:
                continue
            shaped = replies.clause(right, today=today, first=False)
            if shaped is None or shaped.startswith("I am ") or re.match(
                    r"(?i)(?:I|My)\s+\S+$", shaped):
                continue  # "and" inside one thing ("cash and stock"): not two
            if self._i_clause(left) is not None or replies.clause(
                    left, today=today, first=True) is not None:
                return [left, right]
        return [piece]

    def _written_sentences(self, text: str, jot: Jotting, *, trade: bool = False,
                           matter: bool = False) -> str | None:
        """A field the candidate wrote as sentences in the first person ("I'd walk them to
        the car, cover the taxi, and ..."; "what I learned: I now set ..."): used as written,
        spelled out, when every word of it can go out. A label before the first "I" ("what
        i learned:") is the candidate's heading, not part of the answer."""
        if jot.off_limits or any(kind != "interjection" for _, kind in (
                (p.raw, p.kind) for p in jot.pieces if not p.is_content)):
            return None
        if re.search(r"(?<![\d%])\s*(?:->|\u2192)\s*(?![~$]?\d)", text):
            return None  # "by borrowing strength -> same trick works": two ideas, no "to"
        if stories.hedged(text):
            return None  # "I'll be licensed by June hopefully": told piece by piece, the hope out
        body = re.sub(r"(?i)^[^:.;]{0,30}:\s*(?=i\b)", "", text.strip())
        # "I'd say: the study was right but ...": what follows the frame is the candidate's
        # own words as they would say them, sentences however they are typed.
        speech = answers.spoken(body)
        if speech is not None:
            body = speech
        # "should've asked first": the regret is self-criticism; what one would do now is the
        # confident follow-on ("I would ask first").
        regret = re.match(r"(?i)(?:should|would|could|might)(?:['\u2019]ve| have)\s", body)
        body = re.sub(r"(?i)^(?:should|would|could|might)(?:['\u2019]ve| have)\s+(\w+)",
                      lambda m: f"I would {_lemma(m.group(1))}", body)
        if regret:
            # "..., then pitched the ...": every step after the first is what I would do too.
            body = re.sub(r"(\b(?:then|and then|and|\+)\s+)([a-z]+)\b",
                          lambda m: m.group(1) + (_lemma(m.group(2)) if gr.is_past(m.group(2))
                                                  and m.group(2) not in gr.PARTICIPLES
                                                  else m.group(2)), body)
        # Written out with capitals and full stops, a sentence may open on a condition or the
        # matter itself ("If the item is not deferrable, the aircraft does not go. I would
        # show the captain ..."): each sentence then needs a verb, and one must be the
        # candidate's.
        # (Words framed as speech may open on a figure: "I should have said: 1-3s is ...".)
        punctuated = bool(re.match(r"[A-Z]", body) or speech is not None and body[:1].isdigit()) \
            and body.rstrip().endswith(".")
        if not re.match(r"(?:I|i)(?:\s|['\u2019](?:d|m|ve|ll)\b)", body) and not (
                punctuated and re.search(r"(?<![.\w])\.?\s*I(?:\s|['\u2019](?:d|m|ve|ll)\b)",
                                         body)) and not (punctuated and body.startswith("My ")) \
                and not (punctuated and matter):
            return None
        # A remark in brackets is an aside; a spaced dash starts a new sentence.
        body = re.sub(r"\s+\([^()]*\)", "", body)
        body = re.sub(r"\s+[-\u2013\u2014]+\s+(?=(?:we|i|our|my)\b)", ". ", body, flags=re.I)
        spelled = self.reader.spell(_INTERJECTIONS_IN(body))
        sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+|;\s+", spelled) if s.strip()]
        sentences = [s[0].upper() + s[1:] for s in sentences]
        # Checked as the candidate punctuated them ("...; the decision stays with ..." is
        # part of the sentence before it).
        whole = [s.strip() for s in re.split(r"(?<=[.!?])\s+", spelled) if s.strip()]
        # An answer to the reader's own question may be written wholly about the matter
        # ("Both serve first-time smartphone users ..."): sentences the candidate wrote out.
        others_ok = punctuated and ((matter and not any(_someone_elses(s) for s in whole)) or any(
            s.startswith("I") or (speech is not None and re.search(r"\bI\b", s))
            for s in whole)) and all(
            ((re.match(r"(?:I|We|Our|My)\b", s) or (speech is not None and re.match(
                r"(?:[A-Z]\w*(?:\s+\w+){0,3},?\s+)I\s", s))) and not _someone_elses(s)) or (
                len(s.split()) >= 4 and (gr.has_clause_verb(s.rstrip(".!?").split()) or (
                    matter and _plain_verb(s))))
            for s in whole)
        mine = [re.match(r"(?:I|We|Our|My)\b", s) is not None and not _someone_elses(s)
                for s in sentences]
        # "My supervised hours are complete and the exam is booked ...": written in the
        # candidate's own voice, every sentence theirs, it needs no "I" to open.
        if not sentences or not (others_ok or (all(mine) and (
                sentences[0].startswith("I") or (punctuated and sentences[0].startswith("My"))))):
            return None  # "I called ..., he wanted to wait": another's part needs a writer
        out = " ".join(_and_before_last(s[0].upper() + s[1:].rstrip(".!?")) + "."
                       for s in sentences)
        out = answers.measure_before_noun(
            re.sub(r"\bI['\u2019](d|m|ve|ll)\b(?=\s+(\w+))", _full_i, out))
        # A concern's answer the candidate wrote out in full sentences keeps its own rare
        # words ("the kirana study"): written, not jotted, they are no typos.
        if not clean(out, self.reader, own_terms=punctuated or trade,
                     written=punctuated and matter and speech is None) or \
                re.search(r"\b(?:he|she|his|him)\b", out):
            return None
        return _you_for_them(out)


# "shadowed three shifts and starting the ENPC course": an ongoing action after a past one
# needs its own subject and verb ("and I am starting ...").
_ONGOING_WORDS = ("doing|taking|studying|finishing|completing|reading|working|learning|retaking"
                  "|shadowing")


_ONGOING = re.compile(r"(?<=\w) and (starting|taking|doing|finishing|completing|studying|learning"
                      r"|preparing for|working on|retaking|going through)\b")


# A stretch of one's career that can open "During my ...": "internship at a 4-person firm".
_PERIOD = re.compile(r"(?i)^(?:my\s+|an?\s+)?(?:\w+\s+)?(?:internship|externship|placement|residency|"
                     r"rotation|practicum|apprenticeship|fellowship|clinicals|co-op|stint|"
                     r"last job|previous job|last role|previous role)\b")


def _full_i(match: re.Match[str]) -> str:
    """ "I'd lean" -> "I would lean", "I'd done" -> "I had done", "I'm" -> "I am"."""
    short, after = match[1], match[2].lower()
    if short == "d":
        return "I had" if gr.is_past(after) and not gr.is_base_verb(after) else "I would"
    return "I " + {"m": "am", "ve": "have", "ll": "will"}[short]


def _plain_verb(sentence: str) -> bool:
    """Whether a written sentence has a word after its first that can only be a verb ("the
    island service ran ...", "both routes carry ..."): `has_clause_verb` reads only the
    finite forms a jotting shows."""
    return any("VERB" in gr._lemmas(w) and "NOUN" not in gr._lemmas(w)
               for w in re.findall(r"[a-z]+", sentence.lower())[1:])


def _INTERJECTIONS_IN(text: str) -> str:  # noqa: N802 (mirrors the reader's own)
    from afterword.language.jotted import _INTERJECTIONS

    return re.sub(r"\s+", " ", _INTERJECTIONS().sub(" ", text)).strip()


def _bare_list(pieces: list[str]) -> bool:
    """Whether jotted pieces are a list of names or nouns with no verb: "excel, sql, tableau",
    "Python, dbt, Airflow"."""
    if len(pieces) < 2 and not (pieces and re.search(r",", pieces[0])):
        return False
    items = [i for p in pieces for i in re.split(r",\s*|\s+and\s+", p) if i.strip()]
    return len(items) >= 2 and all(
        len(i.split()) <= 2 and not any(gr.is_past(w) for w in i.split())
        and not re.search(r"\bI\b", i) for i in items)


def _sentence_like(text: str) -> bool:
    return not re.search(r"(?i)\b(?:i|im|dont)\b(?<!I)", text)


# A term defined: a capitalised name, "is" or "are", and a noun phrase with its article
# ("Phase Ib is the full lab investigation ...").
_DEFINITION = re.compile(r"[A-Z][\w-]*(?:\s+[\w-]+){0,3}\s+(?:is|are)\s+(?:the|a|an)\s+\S+"
                         r"(?:\s+\S+){1,}")


def _join_clauses(clauses: list[str], lead: str | None) -> str:
    """Clauses after "I" joined into one or two sentences."""
    def with_i(clause: str) -> str:
        if clause.startswith("and "):
            return clause
        return clause if re.match(r"[A-Z]", clause) and (
            re.search(r"\bI\b", clause) or _DEFINITION.match(clause)
            or clause.startswith("My ")) else f"I {clause}"

    if lead and _PERIOD.match(lead):
        # "internship at a 4-person firm: did ~60 returns": a time in one's career frames it.
        body = _series(clauses)
        period = re.sub(r"(?i)^(?:my|an?)\s+", "", lead)
        return f"During my {period[0].lower() + period[1:]}, I {body}."
    if lead:
        body = _series([c if c.startswith("and ") else c for c in clauses])
        lead_text = lead[0].upper() + lead[1:] if lead[:1].islower() else lead
        return f"One example is {lead_text[0].lower() + lead_text[1:] if _lower_ok(lead_text) else lead_text}: I {body}."
    sentences: list[str] = []
    for clause in clauses:
        if clause.startswith("and ") and sentences:
            sentences[-1] = sentences[-1].rstrip(".") + ", " + clause + "."
        else:
            text = with_i(clause)
            sentences.append(text[0].upper() + text[1:].rstrip(".") + ".")
    return " ".join(sentences)


def _points_back(sentences: str) -> bool:
    """Whether the first sentence refers back with "it", "them" or "this" before it names
    any thing itself ("I grounded it."): its antecedent was in a piece left out."""
    first = re.split(r"(?<=[.;])\s+", sentences.strip(), maxsplit=1)[0]
    m = re.search(r"\b(?:it|them|this|that one)\b", first)
    if not m:
        return False
    before = first[:m.start()].split()
    return not any(w.lower() not in {"i", "we"} and (
        w[:1].isupper() or "NOUN" in gr._lemmas(w.lower().strip(",.")) and
        "VERB" not in gr._lemmas(w.lower().strip(",."))) for w in before)
