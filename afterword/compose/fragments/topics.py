"""A topic shaped into a noun phrase for "our conversation about ..."."""

from __future__ import annotations

import re
from dataclasses import replace

from afterword.compose import vague
from afterword.compose.facts import Person
from afterword.compose.fragments.base import ReadingBase
from afterword.compose.fragments.phrased import _NEGATION, MAX_TOPIC_WORDS, Phrased, clean
from afterword.compose.fragments.words import _lower_ok, _plural_noun, _short, _small_numbers
from afterword.language import determiners, mottos, pointers
from afterword.language import phrases as gr
from afterword.language.jotted import clipped, fold


class TopicReading(ReadingBase):
    """Topics as noun phrases."""

    # Topics ---------------------------------------------------------------------------

    def topic(self, text: str, *, to: Person | None, own: bool) -> Phrased:
        """A topic as a noun phrase for "our conversation about ...", said to `to`, with the
        jotting's placeholders put right ("catch stuff early": "catch problems early") or
        the topic left out and asked about (`compose.vague`)."""
        found = self._topic(text, to=to, own=own)
        doing = vague.team_doing(self.read(text).content[0]) if own and \
            self.read(text).content else None
        if doing and clean(doing, self.reader):
            return Phrased(text, text=doing, dropped=found.dropped)
        if not found.ok or not found.text:
            return found
        sharp, why = vague.sharpened(vague.to_reader(found.text, own=own),
                                     self.read(text).content[1:])
        if sharp is not None:
            return replace(found, text=sharp) if sharp != found.text and \
                clean(sharp, self.reader) else found
        who = f" with {to.first_name}" if to else ""
        return Phrased(text, reason=why, ask=f"write \u201c{_short(text)}\u201d as a short "
                       f"phrase for what you discussed{who}, e.g. \u201c"
                       f"{vague.example(found.text)}\u201d", dropped=found.dropped)

    def _topic(self, text: str, *, to: Person | None, own: bool) -> Phrased:
        """A topic as a noun phrase for "our conversation about ...", said to `to`.

        `own`: the topic is the reader's (from their `topics`), so "her plan" is "your plan"
        and a question they asked is "your question about ...".
        """
        jot = self.read(text)
        if jot.off_limits:
            return Phrased(text, reason=jot.off_limits)
        saying = mottos.motto(self.reader.spell(text), values=self.facts.values or "", own=own)
        if saying and clean(saying, self.reader, written=True):
            # "craft over speed", "boring is a feature": a saying, never "the craft over the speed".
            return Phrased(text, text=saying, dropped=tuple(jot.left_out))
        if not jot.content:
            return Phrased(text, reason="nothing in it a note can use",
                           dropped=tuple(jot.left_out))
        head = jot.content[0]
        label = re.match(r"([^:]{3,40}):\s+\S", head)
        extra: tuple[str, ...] = ()
        if label:
            # "pair coding: a rate limiter": the label names the topic, the rest is a detail.
            head, extra = label.group(1), (head[label.end() - 1:],)
        copula = re.match(r"(?i)^((?:the\s+|their\s+|our\s+)?[\w'-]+(?:\s+[\w'-]+){0,3}?)\s+"
                          r"(?:is|are)\s+(\S.*)$", head)
        subject_head = copula.group(1).split()[-1].lower() if copula else ""
        if copula and not re.search(r"(?i)\b(?:i|he|she|they|it|we|you|this|that|there|what|how"
                                    r"|why|who|which)\b", copula.group(1)) \
                and not gr.has_clause_verb(copula.group(1).split()) \
                and (copula.group(1).split()[-1].isupper() or (
                    "NOUN" in gr._lemmas(subject_head) and "ADJ" not in gr._lemmas(subject_head)
                    and not subject_head.endswith("ing"))):
            # Only a noun is a subject: "boring is a feature" is a motto, not "the boring".
            # "ED caseload is ~20-25 consults a shift": the subject is the topic; what is said
            # of it is a detail.
            head, extra = copula.group(1), (copula.group(2), *extra)
            first_word = head.split()[0].lower()
            # "safety is everyone's job": a mass noun as the subject takes no article.
            mass = len(head.split()) == 1 and determiners.mass(head.lower())
            if (first_word not in gr.DETERMINERS and not _plural_noun(head.split()[-1]) and
                    not head[:1].isupper() or head.split()[0].isupper()) and not mass:
                head = f"the {head}"  # "the kitchen", "the ED caseload": a thing of theirs
        figure = re.match(r"^(\S.*?[a-zA-Z])\s+(?:about|around|roughly|nearly|almost)\s+\d", head)
        if figure and not re.search(r"\d", figure.group(1)) and \
                figure.group(1).split()[-1].lower() not in gr.PREPOSITIONS and \
                not gr.has_clause_verb(figure.group(1).split()):
            # "caseloads about 18 families": the figure is a detail of the topic.
            head, extra = figure.group(1), (head[figure.end(1):].strip(), *extra)
        phrase = self._noun_phrase(head, own=own)
        if label and phrase and re.fullmatch(r"(?i)(?:your|the|their|our|my)\s+[\w-]+", phrase) \
                and not re.search(r"(?i)\b(?:plan|roadmap|goal|vision|proposal|push|strategy|"
                                  r"idea|priorities|pitch)$", phrase):
            # "her rule: never say ...": "your rule" alone names nothing; the rule is the point.
            phrase = _with_rule(phrase, extra[0] if extra else "")
            if phrase and clean(phrase, self.reader, written=True):
                extra = extra[1:]
        abstract = re.fullmatch(r"the ([a-z]+(?:tion|sion|ment|ance|ence|ity|ism|ness|ship|ing))",
                                phrase or "")
        if abstract and not re.match(r"(?i)\s*(?:the|a|an)\s", text):
            # "justification - he wants rads to push back more": a practice named on its own
            # is spoken of bare ("our conversation about justification"); "the justification"
            # points at one the reader never named.
            phrase = abstract.group(1)
        if phrase:
            # "analysts who question the numbers not just run models": "rather than".
            phrase = pointers.contrasted(phrase)
            # "his grandfather started it in 1924": a clause, said as "how ..." in a noun
            # slot; its "it" is the company when the verb founds something.
            phrase = _how(phrase, self.facts.company)
        who = to.given_name if to else "them"
        details = tuple((p, "a detail: a note names one idea per topic")
                        for p in (*extra, *jot.content[1:]))
        # A topic follows "our conversation about": one opening on "about" (a figure's "~")
        # would read "about about 5 new hires".
        if phrase is None or not clean(phrase, self.reader, written=_terms_of_art(phrase)) or \
                len(phrase.split()) > MAX_TOPIC_WORDS or re.match(r"(?i)about\b", phrase):
            return self._left_out(
                text, reason="it reads as a sentence or a note to yourself, not as the "
                       "name of something you discussed",
                ask=f"write \u201c{_short(text)}\u201d as a short phrase for what you "
                    f"discussed with {who}, e.g. \u201c{self._example_topic(text)}\u201d",
                dropped=tuple(jot.left_out),
            )
        rest = [*extra, *jot.content[1:]]
        if rest and re.search(r"(?i)\b(?:plan|roadmap|goal|vision|proposal|push|strategy|RFC|"
                              r"idea|priorities|pitch)$", phrase):
            # "her roadmap - instant payouts in Q1": what the plan is for is the point.
            aim = gr.add_articles(rest[0])
            words = aim.split()
            joined = f"{phrase} for {aim}"
            # Its head noun needs its article or a plural: "the 5-day close", "instant
            # payouts in Q1"; not "second location by fall".
            head_noun = re.split(r"\s+(?:" + "|".join(gr.PREPOSITIONS) + r")\s+", aim)[0].split()
            counted = bool(head_noun) and (head_noun[0].lower() in gr.DETERMINERS or _plural_noun(
                head_noun[-1]) or head_noun[-1][:1].isupper())
            # A figure ("3 wks on each bench") is a detail of the plan, not what it is for.
            figure_first = re.match(r"(?i)(?:~|about\s+)?(?:\d|(?:one|two|three|four|five|six|"
                                    r"seven|eight|nine|ten|twelve)\b)", rest[0].strip())
            if counted and not figure_first and len(words) <= 6 \
                    and not gr.has_clause_verb(words) \
                    and not _NEGATION.match(aim) and "'" not in aim \
                    and not re.search(r"(?i)\b(?:I|he|she|they|we|it|this|that)\b", aim) \
                    and clean(joined, self.reader) and len(joined.split()) <= MAX_TOPIC_WORDS:
                phrase, details = joined, details[1:]
        # "running 8-8 by April": two clock hours joined by a dash read as a score or a
        # code; said as the span they are ("from 8 to 8"). A count's range ("8-12 weeks")
        # has its noun after it and stays, as
        # does a score ("the 2-1 win").
        phrase = re.sub(r"(?<![\w.:/-])((?:1[0-2])|[1-9])-((?:1[0-2])|[1-9])(?![\w.:/%-])"
                        r"(?=\s*$|\s*[,;]|\s+(?:by|in|on|at|until|till|for|every|each|from|"
                        r"and|daily|weekdays)\b)", r"from \1 to \2", phrase)
        return Phrased(text, text=_small_numbers(phrase), dropped=tuple(jot.left_out) + details)

    def _example_topic(self, text: str) -> str:
        """An example from the record itself: one of its topics that reads well."""
        if re.search(r"(?i)\b(?:he|she|his|her)\b", text):
            return "your plan for ..."
        if re.match(r"(?i)\s*(?:how|what|why|when)\b", text):
            return "your question about ..."
        for topic in self.facts.topics:
            if topic != text:
                if mottos.motto(self.reader.spell(topic), values=self.facts.values or "",
                                own=False):
                    continue  # "craft over speed" is a saying: no model of a subject
                head = self.read(topic).content[:1]
                phrase = self._noun_phrase(head[0], own=False) if head else None
                # Never a model with the jotting's "thing" in it.
                phrase = vague.sharpened(phrase, [])[0] if phrase else None
                if phrase and clean(phrase, self.reader):
                    return phrase
        return "the month-end close"

    def _noun_phrase(self, head: str, *, own: bool) -> str | None:
        words = head.split()
        first = words[0].lower()
        if re.search(r"(?i)\b(?:he|she|his|her)\b", head):
            # A remark about the reader is said to them, in their own note only.
            return gr.second_person(head) if own else None
        gerund = gr.as_gerund_clause(head)
        if gerund:
            # The object takes the article, never the gerund: "handling the brunch menu".
            verb, _, rest = gerund.partition(" ")
            gerund = verb + gr.add_articles_after_verb(rest)
            return f"your question about {gerund}" if own else gerund
        event = _event(head) if own else None
        if event:
            # "what i'd do if the dish pit goes down on a sat night": the question is about
            # the event, "the dish pit going down on a Saturday night".
            return f"your question about {event}"
        if re.match(r"(?i)(?:what|why|how|when|whether)\s+I\b", head):
            clause = head.replace("I'd ", "I would ").replace("I'll ", "I will ")
            return f"your question about {clause}" if own else clause
        # "how they backfill": the reader is one of "them" (their team).
        head = re.sub(r"(?i)\b(how|why|what|when|where|whether)\s+they\b", r"\1 you", head)
        head = re.sub(r"(?i)\bthey're\b", "you're", head) if first != "they're" else head
        if first in {"their", "they're", "they"}:
            if first != "their":
                return None
            head = "your team's " + head.split(" ", 1)[1]
        if _NEGATION.match(head) or gr.has_clause_verb(words) or re.search(
                r"(?i)\b(?:came|went|got|was|were|said|told|asked|seemed|felt|thought)\b"
                r"|\b(?:can|could|will|would|should|might|must)\s+(?:be|not|\w+)\b", head):
            return None  # a gap or a clause ("ECO process takes too long"): not a subject
        if first in {"i", "we"}:
            return None
        if len(words) > 1 and gr.is_past(first) and "NOUN" not in gr._lemmas(first) and (
                "ADJ" not in gr._lemmas(first) or words[1].lower() in gr.DETERMINERS
                or words[1].lower() in gr.PREPOSITIONS):
            return None  # "ran the month-end close", "talked about the close": done, not a subject
        nxt = words[1].lower() if len(words) > 1 else ""
        if len(words) > 1 and head[:1].islower() and not clipped(first) and not \
                nxt.endswith("ing") and (gr.is_base_verb(first) or (
                gr.is_verb(first) and gr.base_form(first) == first
                and nxt in gr.DETERMINERS - {"one"})):
            # "grow individual giving", "train the new hires": an aim, as "growing ...".
            return gr.gerund(first) + gr.add_articles_after_verb(" ".join(words[1:]))
        # "Annex 1 CCS", "Level 2 BSL": a capital before a number is a named item's.
        numbered = len(words) > 1 and re.fullmatch(r"\d+[a-z]?|[IVX]+", words[1]) is not None
        # "Opera Cloud reporting": a run of capitalised words is a name's.
        run = len(words) > 1 and words[1][:1].isupper() and words[1][1:].islower()
        if _lower_ok(head) or (self._common_capital(words[0]) and not numbered and not run):
            head = head[0].lower() + head[1:]
        # "nurse on night shift": a singular noun that counts takes its article.
        return determiners.with_articles(gr.add_articles(head))

    def _common_capital(self, word: str) -> bool:
        """ "Rota for 14 staff": an everyday word capitalised only because it came first, not
        a name the record or the lexicons know ("Kettering", "Python")."""
        from afterword.language.jotted import _spelling

        return (word[:1].isupper() and word[1:].islower() and word.isalpha()
                and fold(word) not in self.reader.forms and _spelling().knows(word.lower())
                and _spelling().zipf(word.lower()) >= 300 and word not in self._brands)


def _terms_of_art(phrase: str) -> bool:
    """Whether the only words of a topic phrase no word list knows are terms of a trade
    built the way such terms are ("cannulation", "haematology", "nephrectomy"): long, with
    no near word a typo would be of, and ending as derived terms end. A lower-case name or
    a typo ("calibraiton") is neither; an acronym keeps its doubt (none may be in it)."""
    from afterword.compose.fragments.words import _known
    from afterword.language.jotted import _spelling

    if re.search(r"[A-Z]{2}", phrase):
        return False
    unknown = [w for w in re.findall(r"[a-z][a-z'-]*", phrase) if not _known(w)]
    return bool(unknown) and all(
        len(w) >= 8 and _DERIVED.search(w) and not _spelling().suggest(w).words for w in unknown)


_DERIVED = re.compile(r"(?:ations?|ologys?|ologies|ectomy|otomy|itis|osis|ography|ometry|"
                      r"aemia|emia|plasty|scopy)$")


# "what I'd do if the walk-in fails": the event after "if".
_WHAT_IF = re.compile(r"(?i)what\s+I(?:'d|\u2019d|\s+would)\s+do\s+(?:if|when)\s+"
                      r"((?:the|a|an|our|your|their|my)\s.*)$")


def _event(clause: str) -> str | None:
    """ "what I would do if the walk-in fails overnight" -> "the walk-in failing overnight":
    the subject (an article and up to four words) before its verb in the present ("fails",
    "goes") made "-ing"; None for other shapes."""
    m = _WHAT_IF.match(clause)
    if not m:
        return None
    words = m.group(1).split()
    for n in range(2, min(len(words), 6)):
        verb = words[n].lower()
        if verb.endswith("s") and gr.is_verb(verb) and gr.base_form(verb) != verb:
            return " ".join([*words[:n], gr.gerund(gr.base_form(verb)), *words[n + 1:]])
    return None


def _with_rule(label: str, rule: str) -> str | None:
    """ "your rule" with the rule it names: "never say calm down" -> "your rule never to say
    “calm down”", "always walk the floor first" -> "your rule of always walking the floor
    first"; None when the rule is not said as an instruction."""
    m = re.match(r"(?i)(never|always|don'?t|do not)\s+([a-z]+)\s*(.*)$", rule.strip().rstrip("."))
    words = rule.strip().strip("'\u2018\u2019\"\u201c\u201d").rstrip(".")
    if re.search(r"(?i)\b(?:motto|mantra|slogan|saying|catchphrase)$", label) and \
            0 < len(words.split()) <= 5 and not re.search(r"[\"\u201c\u201d]", words):
        # "her motto: no surprises" -> "your “no surprises” motto".
        det, noun = label.rsplit(" ", 1)
        return f"{det} \u201c{words}\u201d {noun}"
    if not m or not gr.is_verb(m.group(2)) or gr.base_form(m.group(2).lower()) != \
            m.group(2).lower() or len(rule.split()) > 9:
        return None
    verb, rest = m.group(2).lower(), m.group(3).strip()
    if verb == "say" and rest and rest.split()[0].lower() not in {
            "the", "a", "an", "that", "this", "anything", "something", "it"} \
            and len(rest.split()) <= 4:
        rest = f"\u201c{rest}\u201d"  # the words not to say, as words
    if m.group(1).lower() == "always":
        return f"{label} of always {gr.gerund(verb)} {rest}".strip()
    return f"{label} never to {verb} {rest}".strip()


_CLAUSE = re.compile(r"^((?:your|his|her|their|our|the)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+)\s+([a-z]+)"
                     r"((?:\s+(?:it|them|the|a|an|his|her|their|our|your|in|on|at|from|with|up|"
                     r"over|back)\b.*)?)$")
_FOUNDED = frozenset({"start", "found", "open", "establish", "build", "launch", "create", "set"})


def _how(phrase: str, company: str) -> str | None:
    """ "your grandfather started it in 1924" -> "how your grandfather started Voss & Sons
    in 1924": a clause jotted as a topic, said as "how ...", which a noun slot can take
    ("hearing how ..."); None when its "it" points at something the record does not name."""
    m = _CLAUSE.match(phrase)
    if not m or not gr.is_past(m.group(2)) or any(
            w.lower() in gr.PREPOSITIONS or w.lower() in gr.DETERMINERS
            for w in m.group(1).split()[1:]):
        return phrase
    rest = m.group(3)
    from afterword.language.inflections import lemmas

    # "the spring floor set", "the cost overrun in March": a noun that looks like a past
    # verb ends the phrase, or meets only a preposition; a clause's verb takes an object.
    if not rest or "NOUN" in lemmas(m.group(2)) and not re.match(
            r"\s+(?:it|them|the|a|an|his|her|their|our|your)\b", rest):
        return phrase
    if re.search(r"\bit\b", rest):
        if not set(lemmas(m.group(2)).get("VERB", ())) & _FOUNDED or not company:
            return None
        rest = re.sub(r"\bit\b", company, rest, count=1)
    return f"how {m.group(1)} {m.group(2)}{rest}"

