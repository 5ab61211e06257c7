"""A concern's neutral subject, its answer, and the gap it names."""

from __future__ import annotations

import re
from dataclasses import replace

from afterword.compose import answers, lapses, replies
from afterword.compose.facts import Concern
from afterword.compose.fragments.phrased import _NEGATION, RAW, Phrased, clean
from afterword.compose.fragments.told import ToldReading, partly
from afterword.compose.fragments.words import (
    _known,
    _lemma,
    _plural_noun,
    _rare,
    _small_numbers,
    _you_for_them,
)
from afterword.language import phrases as gr
from afterword.language import wellformed
from afterword.language.jotted import clipped


class ConcernReading(ToldReading):
    """Concerns: subject, answer and gap."""

    # Concerns --------------------------------------------------------------------------

    def concern_subject(self, concern: Concern) -> Phrased:
        """A concern named neutrally: "no CPA yet" -> "the CPA", "never used netsuite" ->
        "NetSuite", "never managed a budget" -> "managing a budget". An amount or a date is
        no name for what was asked ("On under 1-year experience:", "your question about CS2
        attempt in March" read as broken): the answer is then given without naming it."""
        said = self._concern_subject(concern)
        lone = said.text.split() if said.text else []
        if len(lone) == 1 and lone[0].islower() and "NOUN" not in gr._lemmas(lone[0]):
            # "psychosocial - limited hands on": an adjective names nothing ("your question
            # about psychosocial"); the answer, which names the matter, is given alone.
            return Phrased(concern.concern, text="")
        if said.text and _NOT_A_SUBJECT.search(said.text):
            # "under 1-year experience" -> "my experience", "CS2 attempt in March" -> "my
            # CS2 attempt": the candidate's own matter, without the amount or the date.
            bare = _DATED_TAIL.sub("", _AMOUNT_HEAD.sub("", said.text)).strip()
            words = bare.split()
            if words and len(words) <= 4 and not _NOT_A_SUBJECT.search(bare) and \
                    words[0].lower() not in gr.DETERMINERS and not words[0][:1].isdigit():
                return replace(said, text=f"my {bare}")
            return Phrased(concern.concern, text="")
        return said

    def _concern_subject(self, concern: Concern) -> Phrased:
        jot = self.read(concern.concern)
        if jot.off_limits:
            return Phrased(concern.concern, reason=jot.off_limits)
        if logistics(concern.concern):
            return Phrased(concern.concern,
                           reason="logistics stay out of a thank-you note")
        pieces = jot.content
        # "automation - only a bit of python", "blood bank = weakest area": the matter is
        # named first, and what follows says how thin the candidate is on it.
        headed = _HEADED.match(" ".join(concern.concern.split()))
        if headed and not gr.has_clause_verb(headed.group(1).split()):
            pieces = [self.reader.spell(headed.group(1))]
        # "can i handle 110 cases without burning out": whether one can cope, said as what
        # one would do ("handling 110 cases without burning out").
        coping = re.match(r"(?i)^(?:how\s+)?(?:can|could|will|would|do)\s+i\s+(handle|manage|"
                          r"cope with|"
                          r"keep up with|lead|run|deal with)\s+(.+?)\??$", pieces[0] if pieces
                          else "")
        if coping:
            verb = coping.group(1).split()
            pieces = [" ".join([gr.gerund(verb[0].lower()), *verb[1:], coping.group(2)]),
                      *pieces[1:]]
        # "arcgis pro vs qgis": the tool they use against the one the candidate knows; the
        # subject is theirs, the first.
        versus = re.match(r"(?i)(.+?)\s+(?:vs\.?|versus)\s+\S.*$", pieces[0] if pieces else "")
        if versus and not _NEGATION.match(versus.group(1)) and len(versus.group(1).split()) <= 4:
            pieces = [versus.group(1), *pieces[1:]]
        # "only 2nd grade exp" names what the candidate has, not the gap: a gap named
        # elsewhere in the concern is its subject; "only ..." alone is asked about.
        gaps = [p for p in pieces if _NEGATION.match(p)]
        gap = next((p for p in gaps if not re.match(r"(?i)only\b", p)),
                   gaps[0] if gaps else pieces[0] if pieces else "")
        if re.match(r"(?i)only\b", gap):
            gap = ""
        # "LCSW not yet", "CFA not finished": a credential still under way is "the LCSW".
        if gap and not _NEGATION.sub("", gap).strip() and gap in pieces and \
                pieces.index(gap) > 0:
            # "MSME credit appraisal - limited": the gap word alone, its thing before it.
            gap = f"{gap} {pieces[pieces.index(gap) - 1]}"
        pending = re.match(r"(?i)^(.+?)\s+(?:" + _PENDING + r")\b[\s.]*$", gap)
        if pending and len(pending.group(1).split()) <= 5:
            named = pending.group(1)
            # "the LCSW", "the stage 2 FCP", "the CDL endorsement": a credential named by its
            # acronym or its kind takes "the".
            gap = f"the {named}" if re.search(
                r"(?:^|\s)(?:[A-Z]{2,6}|endorsement|certificate|licen[cs]e|portfolio|"
                r"registration|accreditation|qualification|exam|degree|diploma|permit|course|"
                r"programme|program|module|modules|training|apprenticeship)$",
                named) and named.split()[0].lower() not in gr.DETERMINERS else named
        subject = _NEGATION.sub("", gap).strip()
        subject = re.sub(r"(?i)\s+(?:yet|before|so far)$", "", subject)
        # "managing older staff who have been there 15+ years": what is done, without the
        # clause that says which ones.
        relative = re.match(r"(?i)^([a-z]+ing\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:who|which|that)\s",
                            subject)
        if relative and gr.is_verb(gr.base_form(relative.group(1).split()[0].lower())):
            subject = relative.group(1)
        # "an Impella patient on my own": how alone is the concern's, not its subject.
        subject = re.sub(r"(?i)\s+(?:on (?:my|their) own|alone|by myself|solo|independently"
                         r"|unsupervised|as (?:the )?lead|as (?:the )?head)$", "", subject)
        subject = re.sub(r"(?i)^(?:much|many|a lot of|a lot)\s+", "", subject)
        m = re.match(r"(?i)(.+?)\s+(?:is|are)\s+my\s+weak\s+\w+.*$", subject)
        if m:
            subject = m.group(1)
        verb = _NEGATION.match(gap)
        if verb and re.search(r"(?i)(done|did)\s*$", verb.group()) and (
                len(subject.split()) == 1 and re.search(r"(?i)\b(?:done|did)\s+(?:much|a lot of|any)\b",
                                                        gap)
                or 1 < len(subject.split()) <= 3 and subject.islower() and
                not subject.split()[0].endswith("ing") and
                "NOUN" in gr._lemmas(subject.split()[-1]) and
                # ("never did cycle counts": things done, "doing cycle counts", not "work")
                not _plural_noun(subject.split()[-1])):
            # "never done fire alarm": fire alarm work.
            # "haven't done much commercial": commercial work; "much coding": coding.
            subject = subject if subject.endswith("ing") else f"{subject} work"
            verb = None
        if verb and re.search(r"(?i)(managed|run|worked|done|did)\s*$", verb.group()):
            subject = f"{gr.gerund(verb.group().split()[-1])} {subject}"
        elif verb and re.search(r"(?i)\bbeen\s*$", verb.group()) and re.match(
                r"(?i)(?:an?|the)\s", subject):
            # "never been a lead w/ direct reports": being one, never "a lead ... they".
            subject = f"being {subject}"
        elif verb and re.fullmatch(r"(?i)not\s*", verb.group()) and _a_role(subject):
            # "not the decision maker": a standing, "being the decision maker".
            subject = f"being {subject}"
        one = re.match(r"(?i)^(?:exp|experience)\s+(?:with|in|on|of)\s+(?:an?\s+)?([a-z][a-z-]+)$",
                       subject)
        if one and one.group(1).islower() and not _plural_noun(one.group(1)):
            # "no experience with nonprofit": "nonprofit experience", never "a nonprofit".
            subject = f"{one.group(1)} experience"
        subject = re.sub(r"(?i)^(?:exp|experience)\s+(?:with|in|on|of)\s+", "", subject)
        # "not yet RQS registered": the standing, as the noun a sentence can name.
        standing = re.fullmatch(r"((?:[A-Z][\w&-]*\s+){1,2}(?:[a-z]+\s+)?)(registered|licensed|certified|"
                                r"chartered|accredited|qualified)", subject)
        if standing:
            subject = f"{standing.group(1)}{_STANDING_NOUN[standing.group(2)]}"
        if verb and re.search(r"(?i)\bused\s*$", verb.group()) and len(subject.split()) <= 3:
            # "never used mcleod", "PERI skydeck": what one uses and the word list hardly
            # knows is a product, named with a capital.
            subject = " ".join(w.capitalize() if re.fullmatch(r"[a-z]{3,}", w) and _rare(w)
                               and not _known(w) or (re.fullmatch(r"[a-z]{3,}", w) and
                                                     len(subject.split()) == 1 and _rare(w))
                               else w for w in subject.split())
        # "epic is new to me", "budgets are new to me": the subject comes first.
        newness = re.match(r"(?i)^(.+?)\s+(?:is|are|would be|will be|was)\s+(?:all\s+)?new\s+"
                           r"(?:to|for)\s+me\b", gap)
        if newness:
            subject = newness.group(1)
        # "not licensed in CA": the credential, as a noun.
        held = re.match(r"(?i)^(licensed|certified|registered|qualified|accredited|bonded)"
                        r"(?:\s+((?:in|as|for)\s+.+))?$", subject)
        if held:
            # "not licensed in CA", "not yet licensed": the standing, as a noun.
            subject = f"being {held.group(1).lower()}" + (f" {held.group(2)}" if held.group(2)
                                                         else "")
        words = subject.split()
        first = words[0].lower() if words else ""
        if len(words) > 1 and words[0].islower() and gr.is_verb(first) and \
                gr.base_form(first) == first and not gr.is_past(first) and (
                    gr.is_base_verb(first) or words[1].lower() in gr.DETERMINERS):
            # "didn't finish my MBA" -> "finishing my MBA"
            subject = f"{gr.gerund(first)}{subject[len(first):]}"
        elif first and gr.is_past(first) and first not in gr.PARTICIPLES:
            # "never supervised in a union building" -> "supervising in a union building"
            subject = f"{gr.gerund(first)}{subject[len(first):]}"
        if re.match(r"(?i)no\s", gap) and len(subject.split()) == 1 and subject.islower() and \
                subject.isalpha() and \
                not _plural_noun(subject) and not subject.endswith("ing") and \
                "NOUN" in gr._lemmas(subject) and "ADJ" not in gr._lemmas(subject):
            # "no degree": one thing the candidate lacks, "a degree".
            subject = f"{'an' if subject[0] in 'aeiou' else 'a'} {subject}"
        if re.match(r"(?i)used to\b", gap):
            subject = ""  # "used to 45 min appts": a habit, not a subject
        if re.search(r"(?i)\b(?:mostly|less|more|too|not|only|vs|versus)\b", subject):
            # A comparison ("mostly federal court, less LA superior court e-filing"): its
            # subject is the side the candidate has less of; any other, no subject.
            subject = answers.compared(self.reader.spell(", ".join(jot.content))) or ""
        if re.search(r"(?i)\b(?:can|could|will|would|is|are|was|were|has|have|had)\b",
                     subject) or gr.has_clause_verb(subject.split()):
            subject = ""  # a clause, not a subject: "teens can be a tough crowd"
        if answers.present_clause(subject.split()) is not None:
            subject = ""  # a remark about the place: "audits here take forever"
        subject = _you_for_them(subject)  # "their estimating software": the reader's
        if subject and subject.split()[0].lower() in {"cpa", "phd", "mba"}:
            subject = "the " + subject
        elif subject and re.match(r"(?i)no\s", gap) and re.search(
                r"(?i)\b(?:licen[cs]e|certificate|permit|endorsement|diploma|degree)$", subject) \
                and subject.split()[0].lower() not in gr.DETERMINERS:
            # "no flight dispatch licence": one thing the candidate does not hold yet.
            subject = f"{'an' if subject[0].lower() in 'aeiou' else 'a'} {subject}"
        # "no B2 / avionics licence": one licence by two names, "a B2 avionics licence".
        slash = re.search(r"([\w-]+)\s*/\s*([\w-]+)\s+(licen[cs]e|certificate|rating|ticket)\b",
                          concern.concern)
        if subject and slash:
            subject = subject.replace(f"{slash.group(1)} and {slash.group(2)}",
                                      f"{slash.group(1)} {slash.group(2)}")
        if subject and concern.answer:
            # The answer may spell the subject better than the jotted concern did ("arcgis
            # pro" -> "ArcGIS Pro"): the candidate's own casing wins.
            same = re.search(rf"(?i)(?<!\w){re.escape(subject)}(?!\w)", concern.answer)
            if same and same.group() != same.group().lower() and not re.search(
                    r"[A-Z][\w'-]*\s+$", concern.answer[:same.start()]):
                # (not when it is the tail of a longer name: "hospital pharmacy" beside "the
                # Mercy Hospital pharmacy" stays in lower case)
                subject = same.group()
            else:
                subject = _cased_as(subject, concern.answer)
        # An acronym in the concern is the reader's own trade's ("ATMP" to a VP of Quality):
        # the interviewer raised it in those words.
        if not subject or not (clean(subject, self.reader, context=", ".join(jot.content),
                                     own_terms=True) or self._heard(subject)) \
                or len(subject.split()) > 8:
            example = self._example_subject(concern.concern)
            # (as the reader spells the concern, never a name guessed from lower case)
            if any(_NEGATION.match(p) for p in jot.content) and example and "..." not in example \
                    and example in self.reader.spell(concern.concern) \
                    and clean(example, self.reader, own_terms=True) \
                    and len(example.split()) <= 4 and not gr.has_clause_verb(example.split()):
                # The concern's own words name it ("no python exp, only SQL and excel":
                # Python): never an ask whose example is the answer to itself.
                return Phrased(concern.concern, text=re.sub(r"\s+experience$", " experience",
                                                            example))
            from afterword.compose.asks import embedded_question

            asked = embedded_question(self.reader.spell(concern.concern))
            if asked and len(asked.split()) <= 10 and clean(asked, self.reader,
                                                            own_terms=True):
                # "how fast can i get PE registered": a question the reader asked, said as
                # one ("your question about how fast I can get PE registered").
                return Phrased(concern.concern, text=asked)
            reason, ask = _subject_ask(concern.concern, self.reader.spell(concern.concern),
                                       self._example_subject(concern.concern))
            return self._left_out(concern.concern, reason=reason, ask=ask)
        # "guidewire ClaimCenter", "moodys RiskAnalyst": a maker's name typed in lower case
        # just before its product's name (capitals inside it) is part of that name.
        subject = re.sub(r"(?<![\w'])([a-z][a-z']{2,})(?=\s+[A-Z][a-z]+[A-Z]\w*)",
                         lambda m: m.group(1) if m.group(1) in gr.DETERMINERS | gr.PREPOSITIONS
                         else m.group(1).capitalize(), subject)
        lapse = lapses.split(subject)
        if lapse:
            subject = lapse[0]  # "hospital experience since 2019": the matter; the gap says when
        if _NAMED_CREDENTIAL.search(subject) and subject.split()[0].lower() not in _ARTICLES:
            subject = f"the {subject}"  # "no six sigma yellow belt yet": "the ... Yellow Belt"
        return Phrased(concern.concern, text=subject)

    def _heard(self, subject: str) -> bool:
        """Whether the only words of a subject a note cannot be sure of are words the reader's
        side used too ("callouts" beside the topic "storm duty + callouts"): the
        interviewer's own words, not the candidate's typos."""
        doubtful = self._doubtful(subject)
        if not doubtful or RAW.search(subject):
            return False
        said = " ".join([*self.facts.topics, *(t for p in self.facts.people for t in p.topics)])
        words = {w.lower() for w in re.findall(r"[\w'-]+", said)}
        return all(w.lower() in words for w in doubtful)

    def _example_subject(self, concern: str) -> str:
        """An example subject from the concern's own words ("mostly mobile, less desktop
        web" -> "desktop web experience"; "no anaplan exp" -> "Anaplan", a name typed in
        lower case shown with a capital, as its maker may write it), never shorthand."""
        spelled = self.reader.spell(concern)
        # "MSME credit appraisal - limited": the thing, without how much of it.
        spelled = re.sub(r"(?i)\s+[-\u2013]\s+(?:limited|weak|none|little|rusty|basic|only)\s*$",
                         "", spelled.strip())
        # "stage 2 FCP not signed off yet": a credential under way is "the stage 2 FCP".
        pending = re.match(r"(?i)(.+?)\s+(?:not\s+(?:yet\s+)?(?:signed off|done|finished|"
                           r"complete|completed|approved|passed)|pending)(?:\s+yet)?\.?$", spelled)
        if pending and clean(pending.group(1), self.reader) and len(pending.group(1).split()) <= 5:
            named = pending.group(1)
            return named if named.split()[0].lower() in gr.DETERMINERS else f"the {named}"
        m = re.search(r"(?i)\b(?:not|less|no|without|never|vs|versus)\s+((?:[\w-]+\s*){1,3})$",
                      spelled.strip().rstrip("."))
        if m and clean(m.group(1).strip(), self.reader) and not gr.is_past(
                m.group(1).split()[0]) and m.group(1).split()[0].lower() not in gr.PARTICIPLES \
                and not re.search(r"(?i)\byet\b", m.group(1)):
            return f"{m.group(1).strip()} experience"
        # "the clinic runs on paper charts": the noun phrase before the verb is the subject.
        at = answers.present_clause(spelled.split())
        if at is not None:
            head = [w for w in spelled.split()[:at] if w.lower() not in {"here", "there", "now"}]
            head = head[1:] if head and head[0].lower() in gr.DETERMINERS else head
            if head and clean(" ".join(head), self.reader):
                return " ".join(head)
        # "crew turnover is high on that site": a clause's subject is what it is about.
        said = re.match(r"(?i)^(?:the\s+|our\s+|their\s+)?((?:[\w'-]+\s+){0,2}?[\w'-]+)\s+"
                        r"(?:is|are|was|were|can|could|will|would|gets?|seems?)\b", spelled.strip())
        if said and clean(said.group(1), self.reader) and not gr.has_clause_verb(
                said.group(1).split()) and said.group(1).split()[0].lower() not in {
                    "i", "it", "they", "we", "he", "she", "this", "that", "there"}:
            return said.group(1)
        parts = [p.strip() for p in spelled.split(",") if p.strip()] or [""]
        # "only did days, nights rotation": what the candidate has comes first, the gap after.
        own = parts[-1] if re.match(r"(?i)only\b", parts[0]) else parts[0]
        own = _NEGATION.sub("", own).strip()
        # "only ever worked in 1 trust": how often is no part of the subject.
        own = re.sub(r"(?i)^(?:ever|really|actually|officially|formally|properly)\s+", "", own)
        own = _NEGATION.sub("", own).strip()
        own = re.sub(r"(?i)^(?:experience|exp)\s+(?:with|in)\s+|\s+(?:experience|yet|before)$",
                     "", own)
        if not own or len(own.split()) > 5 or "?" in own or gr.has_clause_verb(
                ["x", *own.split()]):
            return "experience with ..."  # a clause or a question is no example of a subject
        words = []
        for word in own.split():
            if clipped(word):
                words.append("\u2026")
            elif word.islower() and word.isalpha() and not _known(word):
                words.append(word.capitalize())
            else:
                words.append(word)
        if words == ["\u2026"]:
            return "experience with ..."
        example = " ".join(words)
        first = words[0].lower()
        if gr.is_past(first) and first not in gr.PARTICIPLES:
            example = gr.gerund(first) + example[len(first):]
        if re.search(r"(?i)\b(?:yet|not|only|limited|ever|never|no|signed off)\b|\s[-\u2013]\s|"
                     r"[-\u2013]$", example) or gr.is_past(example.split()[0].lower()):
            return "experience with ..."  # an example must read well itself, or be generic
        return _small_numbers(example)

    def answer(self, concern: Concern) -> Phrased:
        """The recorded answer as sentences in the first person, or why it cannot be used.
        A "she" or "he" the answer never names ("did the scoring when she was on leave")
        would be read as the note's reader: the clause goes, or the answer is asked for."""
        said = self._answer(concern)
        if not said.ok or not _STRAY_PERSON.search(said.text or ""):
            return said
        text = said.text or ""
        if _person_named_before(text):
            return said
        kept = _STRAY_CLAUSE.sub("", text)
        if not _STRAY_PERSON.search(kept):
            return replace(said, text=kept, dropped=(*said.dropped, (
                text, "a clause about someone the answer does not name")))
        word = _STRAY_PERSON.search(text).group()  # type: ignore[union-attr]
        return Phrased(concern.answer or "", reason=f"\u201c{word}\u201d would be read as your "
                       "interviewer", ask=f"say who \u201c{word}\u201d is in your answer to "
                       f"\u201c{concern.concern}\u201d (e.g. \u201cour QA lead\u201d)")

    def _answer(self, concern: Concern) -> Phrased:
        if not concern.answer:
            return Phrased(concern.concern, reason="no answer recorded",
                           ask=f"add your answer to \u201c{concern.concern}\u201d: what you "
                               "have done or are doing about it, starting with \u201cI\u201d")
        what = f"your answer to \u201c{concern.concern}\u201d"
        answer = replies.second_language(replies.apostrophes(concern.answer))
        generic = self.sentences(answer, what=what, trade=True, matter=True)
        said = self.told(answer, generic, what=what)
        if said.ok:
            return said
        planned = self.planned(answer, what=what)
        if planned is not None:
            return planned
        # "switched from paper to Dentrix in 3 wks ... already watched the eaglesoft hyg
        # videos": the pieces that read well answer the concern; the rest is left out and
        # listed, rather than the whole answer asked for.
        told, unread, read, cut = self._reply(answer)
        if not self.read(answer).off_limits and partly(told, read) and _keeps_matter(
                concern.concern, told or "", unread):
            return Phrased(concern.answer or "", text=told, dropped=tuple(cut) + tuple(
                (u, "a detail the sentences do not carry") for u in unread))
        return said


    def concern_gap(self, concern: Concern, subject: str, answer: str, *,
                    named: bool = True) -> str | None:
        """The gap a concern names, said neutrally (`_concern_gap`), or None when its frame,
        filled, says a word twice ("my experience with experience on CostX")."""
        short = _SHORT_OF.match(self.reader.spell(concern.concern))
        if short and answer and not re.search(r"(?i)\b(?:less than|under|only)\b", answer):
            # "under 1 yr exp": how much the candidate has, said plainly before the answer
            # ("I know I have less than a year of experience"), the reader's own measure.
            count = short.group(1).lower()
            amount = "a" if count in {"1", "one", "a"} else _NUMBER_WORDS.get(count, count)
            unit = short.group(2).lower().rstrip("s")
            plural = "" if amount == "a" else "s"
            return f"I know I have less than {amount} {unit}{plural} of {short.group(3).lower()}"
        gap = self._concern_gap(concern, subject, answer, named=named)
        if gap and wellformed.doubled(gap, f"{concern.concern} {subject}"):
            return None
        return gap

    def _concern_gap(self, concern: Concern, subject: str, answer: str, *,
                     named: bool = True) -> str | None:
        """The gap a concern names, said neutrally before the answer ("I know NetSuite would
        be new to me; ..."; `named` False: after a sentence that names the subject, "I know
        it would be new to me"), or None when the concern names no gap or the answer already
        says it ("I have not ...", "... is new to me", "yet"). Never the gap flipped into a
        claim ("my CPA")."""
        if not subject or not answer:
            return None
        if re.search(r"(?i)\b(?:not|never|no|yet|new to (?:me|us)|first time|limited|only|"
                     r"haven't|hasn't|didn't|don't|without|lack)\b|n't\b", answer):
            return None
        jot = self.read(concern.concern)
        pieces = jot.content
        # "no hospital exp since my residency": a lapse, said once with its time clause.
        since = next((m.group(1) for p in pieces if _NEGATION.match(p)
                      and (m := re.search(r"(?i)\bsince\s+(.+)$", p))), None)
        if since and (lapse := lapses.split(f"{subject} since {since}")) and \
                lapse[0] == subject:
            return lapses.gap(subject, since, named=named)
        gap = next((p for p in pieces if _NEGATION.match(p) and not re.match(r"(?i)only\b", p)),
                   None)
        pending = next((p for p in pieces if re.search(rf"(?i)\b(?:{_PENDING})\s*$", p)), None)
        words = subject.split()
        standing = re.match(r"(?i)not yet\s+((?:[A-Z][\w&-]*\s+){1,2}(?:registered|licensed|"
                            r"certified|chartered|accredited|qualified))$", gap or "")
        if standing:
            return f"I am not yet {standing.group(1)}"  # "not yet RQS registered"
        credential = bool(re.search(r"(?i)\b(?:cert|certs|certification|certificate|licen[cs]e|"
                                    r"licensure|credential|degree|designation|registration|"
                                    r"chartership|accreditation|belt)\b", subject)) or \
            bool(re.fullmatch(r"(?:the\s+)?[A-Z][A-Z0-9&-]{1,7}", subject))
        it = "them" if _plural_noun(words[-1]) and not words[-1].isupper() and \
            not words[0].endswith("ing") else "it"
        they = "they" if it == "them" else "it"
        experience = "experience" in (w.lower() for w in words[1:])
        # "experience on CostX" is "CostX experience": the thing is after the preposition.
        lead_in = re.match(r"(?i)experience\s+(?:on|with|in|of|using)\s+(\S.*)$", subject)
        if lead_in:
            subject = lead_in.group(1)
            words = subject.split()
        if named and words[0].lower() == "doing" and len(words) > 1:
            words, subject = words[1:], " ".join(words[1:])  # "never done P&L": P&L is new
        if named:
            # "court testimony experience" is "court testimony work", a tool's "Dentrix
            # experience" is Dentrix: the thing itself is what would be new.
            bare = " ".join(words[:-1]) if experience and words[-1].lower() == "experience" \
                else subject
            it = they = bare if bare == subject or (bare[:1].isupper() and not bare.isupper()) \
                or bare.split()[-1].lower() == "work" else f"{bare} work"
        if subject.startswith("being licensed") or subject.startswith("being certified"):
            return f"I am not yet {subject.removeprefix('being ')}"
        if pending or (gap and credential and re.match(r"(?i)(?:no|not yet)\b", gap)):
            if named and re.search(r"(?i)\b(?:licen[cs]e|certificate|degree|credential)$", it) \
                    and it.split()[0].lower() not in gr.DETERMINERS:
                it = f"{'an' if it[0].lower() in 'aeiou' else 'a'} {it}"  # "a dispatch licence"
            elif named and (re.fullmatch(r"[A-Z][A-Z0-9&-]{1,7}|[A-Z][a-z]*[A-Z][\w&-]*", it)
                            or _NAMED_CREDENTIAL.search(it)) and \
                    it.split()[0].lower() not in _ARTICLES:
                it = f"the {it}"  # "no CDL yet": "I do not hold the CDL yet"
            if pending and re.search(r"(?i)\b(?:finished|complete|completed|done)\b", pending):
                # "PgCert not finished yet": under way, not missing.
                return f"I have not finished {it} yet"
            return f"I do not hold {it} yet"  # "no CPA yet", "LCSW not yet"
        if gap is None:
            return None
        # The answer tells of doing the very thing ("never taught 7th grade": "I taught 7th
        # grade science in my student teaching year"): no gap to state.
        if words[0].endswith("ing") and len(words) > 1:
            lemma = _lemma(gr.base_form(words[0]))
            rest = " ".join(words[1:])
            did = any(_lemma(w) == lemma for w in re.findall(r"[a-z]+", answer.lower()))
            if did and rest.lower() in answer.lower():
                return None
        thing = " ".join(w for w in words if w.lower() != "experience")
        limited = re.match(r"(?i)(?:limited|little|not much|not (?:a lot|enough)|weak|rusty|"
                           r"not strong)\b", gap)
        named_in_answer = re.search(
            rf"(?i)((?:\S+\s+){{0,3}})\b{re.escape(thing)}\b((?:\s+\S+){{0,3}})",
            answer) if thing else None
        if named_in_answer and not limited and not re.search(
                r"(?i)\b(?:training|course|introduction|intro|modules?|video|class|"
                r"certification|tutorials?|basics|awareness)\b", named_in_answer.group(2)) \
                and not re.search(r"(?i)\b(?:shadowed|shadowing|observed|watched|toured|"
                                  r"visited)\b", named_in_answer.group(1) or ""):
            return None  # "no MTM exp": "did 40 CMRs on outcomes MTM" tells of doing it
        habit = re.match(r"I\s+(\w+)\b", answer.strip())
        if limited and habit and habit.group(1).lower() not in _NOT_HABITS and \
                gr.is_verb(habit.group(1).lower()) and not gr.is_past(habit.group(1).lower()):
            return None  # "limited SQL": "I write queries daily" says otherwise; no gap
        if limited:
            if experience:
                return (f"I know my {subject} is limited so far" if named
                        else "I know it is limited so far")
            return f"I know my experience with {it} is limited so far"
        if experience and not named:
            return "I know I do not have it yet"  # "no ED exp": no experience to be new
        if re.search(r"(?i)\bnew\b", they):
            return f"I know {they} would be unfamiliar to me"  # never "the new app ... new"
        return f"I know {they} would be new to me"


# "automation - only a bit of python", "blood bank = weakest area", "SQL: rusty": the
# matter, then how little of it the candidate has.
_HEADED = re.compile(r"(?i)^([^-=:\u2013,]{2,40}?)\s*(?:=|:|\s[-\u2013]|\bis\b|\bare\b)\s*"
                     r"(?:my\s+|the\s+|a\s+)?(?:only|just|limited|weak|weakest|little|not much|"
                     r"rusty|basic|thin|gap|none)\b")
_STANDING_NOUN = {"registered": "registration", "licensed": "licence", "certified":
                  "certification", "chartered": "chartership", "accredited": "accreditation",
                  "qualified": "qualification"}


def logistics(concern: str) -> bool:
    """Whether a concern is about the terms of the job, not the candidate's fitness for it:
    where one lives or is posted, how one gets there, pay, or which hours one is willing to
    work ("nights?? - they asked if id do nights", "posting to abuja site office for 6
    months?"). Hours with experience named ("never done nights") are a concern of fitness."""
    if LOGISTICS.search(concern) or _limit(concern):
        return True
    return bool(_HOURS.search(concern)) and not _EXPERIENCE.search(concern)


# What the candidate cannot or will not take on ("cant do team driving", "won't work
# split shifts"): a limit on the terms of the job, whose reason is often private (a custody
# schedule, care for a parent). It is settled in conversation, never answered in a note.
# Only the terms make it a limit (hours, place, pay, and what the body is asked to do, whose
# reason may be health): "cant do pivot tables" or "cannot work in Python yet" is a skill not
# yet had, a concern of fitness the note answers.
_LIMIT = re.compile(r"(?i)^\s*(?:i\s+)?(?:cant|can't|can\u2019t|cannot|can not|won't|wont|"
                    r"unable to|not able to)\s+(?:(?P<term>travel|relocate|move|start|be away|"
                    r"stay away|drive)|do|work|take on|commit to)\b")
_TERMS = re.compile(r"(?i)\b(?:team driv\w*|(?:split|double|early|late|long|\d+[- ]?(?:hr|hour))"
                    r"[- ]?shifts?|shifts?|nights?|evenings?|overnights?|weekends?|rotations?|"
                    r"swings?|away from home|over[- ]the[- ]road|otr|long[- ]haul|full[- ]time|"
                    r"part[- ]time|hours|\d+\s*(?:hrs?|hours|days)\b|start(?:ing)? dates?|pay|"
                    r"relocation|(?:heavy\s+)?lifting|heights|ladders|confined spaces?|"
                    r"(?:past|after|before|until|beyond)\s+\d{1,2}(?::\d\d)?\s*(?:am|pm)?|"
                    r"\d{1,2}(?::\d\d)?\s*(?:am|pm))\b")


def _limit(concern: str) -> bool:
    match = _LIMIT.match(concern)
    if not match:
        return False
    rest = concern[match.end():]
    return bool(match.group("term") or _TERMS.search(rest) or _HOURS.search(rest)
                or LOGISTICS.search(rest))


# Hours and shifts one may be asked to work, and words that make them experience instead.
_HOURS = re.compile(r"(?i)\b(?:nights?|night shifts?|graveyard|shift pattern|rotating shifts|"
                    r"rota|overtime|on[- ]call|holidays|travel(?:ling|ing)?|fly[- ]in|fifo)\b")
_EXPERIENCE = re.compile(r"(?i)\b(?:exp|experience|never|done|worked|limited|new to|led|manage|"
                         r"handle|cope|keep up|burn(?:ing)? out|"
                         r"managed|run|ran|haven't|hasn't|havent|hasnt)\b")


# Logistics stay out of a thank-you unless the record gives a firm plan.
LOGISTICS = re.compile(r"\b(?:relocat\w*|commute|commuting|parking|pay|salary|visa|move|"
                       r"moving\s+(?:from|to|down|up|over|house|cities|country)|"
                       r"notice period|joining date|start(?:ing)? date|"
                       r"(?:posting|posted|transfer|transferred|deployment|deployed|"
                       r"secondment|seconded)\s+(?:to|at|in)\b|"
                       r"(?:no|without a|own|don't have a|dont have a|a)\s+car\b|"
                       r"(?:can't|cant|don't|dont)\s+drive\b|own transport|"
                       r"saturdays?|sundays?|weekends?|pto|vacation|"
                       r"uniform|benefits|start date)\b"
                       # a question of one's own ("can i do saturdays"): asked, not answered;
                       # whether one can cope ("can i handle 110 cases") is a real concern
                       r"|^\s*(?:can|could|do|will|would|should)\s+(?:i|we)\b"
                       r"(?!\s+(?:handle|manage|cope|keep up|lead|run|deal))", re.I)


# A credential still under way: "LCSW not yet", "stage 2 FCP not signed off yet".
_PENDING = (r"not(?:\s+yet)?\s+(?:signed off|approved|passed|complete|completed|finished|done)"
            r"(?:\s+yet)?|not yet|not finished|not done|not complete|pending|unfinished|"
            r"(?:still\s+)?in progress")


def _keeps_matter(concern: str, told: str, unread: list[str]) -> bool:
    """Whether the pieces told of an answer still speak to its concern: when they name none
    of its matter and a piece left out does ("no dental exp": "my exam is on 14 January"
    told, "did 20 dentals w/ dr p" not), the part that answers is missing."""
    matter = answers._matter_words(concern)
    said = len(matter & answers._matter_words(told))
    # A piece left out that names more of the concern than what is told is the heart of the
    # answer ("SS EN is the Eurocode ... MS EN" beside "I downloaded the BCA guidebook").
    if any(len(matter & answers._matter_words(u)) > said for u in unread):
        return False
    return bool(said) or not any(matter & answers._matter_words(u) for u in unread)


def _cased_as(subject: str, answer: str) -> str:
    """A subject's lower-case words as the answer capitalises them ("LA superior court
    e-filing" beside "I e-filed in LA Superior Court" -> "LA Superior Court e-filing"): the
    candidate's own casing of a name wins. Only a run of two capitalised words or more (a
    name: "Superior Court"), or one word no word list knows ("kafka" beside "Kafka"); a
    common word that opens a name ("hospital" beside "Mercy Hospital") keeps its case."""
    words = subject.split()
    runs = [m.group().split() for m in re.finditer(
        r"(?<![.!?]\s)(?<!^)(?:[A-Z][\w'-]*\s+)+[A-Z][\w'-]*", answer.strip())]
    for run in runs:
        folded = [w.casefold() for w in run]
        for size in range(len(run), 1, -1):
            for at in range(len(words) - size + 1):
                if [w.casefold() for w in words[at:at + size]] == folded[:size]:
                    words[at:at + size] = run[:size]
    names = {m.group().casefold(): m.group() for m in re.finditer(
        r"(?<![\w'])[A-Z][a-z][\w'-]*", answer)}
    return " ".join(names.get(w, w) if w.islower() and not _known(w) else w for w in words)


def _a_role(phrase: str) -> bool:
    """ "the decision maker", "a team lead": a person's standing, by its last noun."""
    from afterword.language.lexicon import words

    m = re.fullmatch(r"(?i)(?:an?|the)\s+(?:[\w-]+\s+){0,2}([\w-]+)", phrase.strip())
    if not m:
        return False
    last = m.group(1).lower()
    nouns = {w.lower() for w in words("person_nouns")}
    return last in nouns or last.rstrip("s") in nouns or bool(
        re.search(r"(?:maker|owner|lead|manager|holder|head)$", last))


# Another person in a sentence of the candidate's, and the clause such a person is in.
_STRAY_PERSON = re.compile(r"\b(?:she|he|her|him|his|hers)\b", re.I)
_STRAY_CLAUSE = re.compile(r"(?i),?\s+(?:when|while|after|before|because|since|as|until)\s+"
                           r"(?:she|he)\b[^.;]*(?=[.;])")


def _person_named_before(text: str) -> bool:
    """Whether a person noun or a capitalised name comes before the first "she"/"he"
    ("my manager ... she", "Dana ... she"): then the pronoun has its own antecedent."""
    from afterword.language.lexicon import words

    cut = text[:_STRAY_PERSON.search(text).start()]  # type: ignore[union-attr]
    nouns = {w.lower() for w in words("person_nouns")}
    return any(w.lower() in nouns or w.lower().rstrip("s") in nouns
               for w in re.findall(r"[A-Za-z]+", cut)) or bool(
        re.search(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]{2,}\b", cut.strip()))


_ARTICLES = frozenset("the a an my your our their this that".split())
# A credential by its own name, in capitals: "the Six Sigma Yellow Belt", "the Gas Safe
# Certificate".
_NAMED_CREDENTIAL = re.compile(r"(?:^|\s)(?:[A-Z][\w-]*\s+)+(?:Belt|Certificate|Certification|"
                               r"Licence|License|Diploma|Award|Registration|Card|Ticket)$")


# Verbs after "I" that say a plan or a state, not something done as a habit.
_NOT_HABITS = frozenset("am have will would plan hope want need know think feel can could "
                        "should may might intend expect aim".split())


# A subject that opens on an amount ("under 1 yr", "only 4 papers", "less than 2 years") or
# carries a date ("attempt in March", "due in February") names no matter a note can say.
# Only an amount opens it ("only Python" names Python; "just-in-time" is a subject), and only
# a date follows "due" ("the due diligence process" names a matter).
_MONTH_NAMES = "|".join(replies.MONTHS)
_DUE = (r"\bdue\s+(?:in|on|by|next|this|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|"
        r"dec)[a-z]*\b)")
_NOT_A_SUBJECT = re.compile(
    r"(?i)^(?:under|over|less than|more than|fewer than|only|just|at least|at most|about)\s+"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|couple|\d)\b"
    rf"|\b(?:in|on|by|from|until|since)\s+(?:{_MONTH_NAMES}|\d{{4}})\b|{_DUE}")
_AMOUNT_HEAD = re.compile(r"(?i)^(?:under|over|less than|more than|fewer than|only|just|at least|"
                          r"at most|about)\s+(?:(?:a|an|one|two|three|\d+)[\w-]*\s+)?"
                          r"(?:(?:years?|yrs?|months?)\s+)?(?:of\s+)?")
_DATED_TAIL = re.compile(rf"(?i)\s+(?:due\s+)?(?:in|on|by|from|until|since)\s+(?:{_MONTH_NAMES}|"
                         rf"\d{{4}})\b.*$|\s+{_DUE}.*$")
# "under 1 year experience", "less than 2 years of hospital experience": how much is lacking.
_SHORT_OF = re.compile(r"(?i)^\s*(?:under|less than)\s+(\d+|one|two|three|a)[\s-]*(years?|months?)"
                       r"\s+(?:of\s+)?((?:[a-z]+\s+){0,2}experience)\b")
_NUMBER_WORDS = {"2": "two", "3": "three", "4": "four", "5": "five", "6": "six"}


def _subject_ask(concern: str, spelled: str, example: str) -> tuple[str, str]:
    """The ask for a concern whose subject the note cannot name, with a true reason and an
    example that reads as one: a jotted question is shown in statement order ("how fast I
    can get PE registered in Singapore"), never cut to its first words ("how fast"); a
    clear but long jotting is said to be long, not unclear."""
    from afterword.compose.asks import embedded_question

    asked = embedded_question(spelled)
    if asked is not None:
        return ("a question jotted as you asked it does not fit after \u201cyour question "
                "about\u201d",
                f"write what \u201c{concern}\u201d asked as a few words that can follow "
                f"\u201cyour question about\u201d, e.g. \u201c{asked}\u201d")
    ask = f"say in a few words what \u201c{concern}\u201d is about, e.g. \u201c{example}\u201d"
    if len(concern.split()) > 8:
        return "it is too long to name in one phrase", ask
    return "the note cannot tell from the jotting what it is about", ask
