"""The record's jotted fields as phrases a note can carry, or left out with the reason.

Each field is read once by the language layer (`afterword.language.jotted`), then shaped
for its slot: a topic into a noun phrase ("your plan for a chef's counter in the fall"), a
qualification into a clause after "I", a concern into its neutral subject ("the CPA") and
its answer into sentences, an improve entry into its addition only, rapport into a
sentence to the reader, the values into the company's own quoted words. What cannot be
said in good English is left out, with a reason and, when the user can fix it, an ask.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, cached_property

from afterword.compose import (
    answers,
    claims,
    connections,
    credentials,
    durations,
    lapses,
    outcomes,
    spans,
    stories,
)
from afterword.compose.facts import Concern, Facts, Improvement, Person, jotted_texts
from afterword.language import banter, determiners, mottos
from afterword.language import phrases as gr
from afterword.language.acronyms import unsure
from afterword.language.jotted import Jotting, Reader, clipped, fold
from afterword.language.seams import dangling, seams

# A phrase longer than this reads as a paragraph in a noun slot.
MAX_TOPIC_WORDS = 14
# Shorthand a note must never show (the same families the review's `shorthand` rule names).
RAW = re.compile(
    r"(?<![\w/])(?:w/o?|yrs?|wks?|mos|mgr|dept|exp|ppl|thurs|tmrw|lol|b/c|bc|re:|approx|govt|"
    r"i|im|id|ive|dont|doesnt|didnt|cant|wont|thru|bldg|mtg|asap|abt|btwn|etc)(?![\w/])"
    r"|\s\+\s|->|~|\u2192|\?|!|\betc\b"
)
# Logistics stay out of a thank-you unless the record gives a firm plan.
LOGISTICS = re.compile(r"\b(?:relocat\w*|commute|commuting|parking|pay|salary|visa|move|"
                       r"saturdays?|sundays?|weekends?|pto|vacation|"
                       r"uniform|benefits|start date)\b"
                       # a question of one's own ("can i do saturdays"): asked, not answered;
                       # whether one can cope ("can i handle 110 cases") is a real concern
                       r"|^\s*(?:can|could|do|will|would|should)\s+(?:i|we)\b"
                       r"(?!\s+(?:handle|manage|cope|keep up|lead|run|deal))", re.I)
_NEGATION = re.compile(
    r"^(?:no|zero|never|not yet|not (?:much|enough|a lot of)|not|only|limited|little|lack of|"
    r"weak (?:on|in|with)|rusty (?:on|in|with)|not strong (?:on|in|with)|new to|"
    r"first time (?:using|with|on|doing)|hasn't|haven't|hasnt|havent|"
    r"didn't|didnt|hadn't)\b\s*(?:(?:used|done|worked|had|run|managed|been|did)\b\s*)?",
    re.I,
)


# A credential still under way: "LCSW not yet", "stage 2 FCP not signed off yet".
_PENDING = (r"not(?:\s+yet)?\s+(?:signed off|approved|passed|complete|completed|finished|done)"
            r"(?:\s+yet)?|not yet|not finished|not done|not complete|pending|unfinished|"
            r"(?:still\s+)?in progress")

# "shadowed three shifts and starting the ENPC course": an ongoing action after a past one
# needs its own subject and verb ("and I am starting ...").
_ONGOING_WORDS = ("doing|taking|studying|finishing|completing|reading|working|learning|retaking"
                  "|shadowing")
_ONGOING = re.compile(r"(?<=\w) and (starting|taking|doing|finishing|completing|studying|learning"
                      r"|preparing for|working on|retaking|going through)\b")


# A name's abbreviation keeps its full stop at a clause's end ("at Kirana Ledger Pvt. Ltd."):
# only a sentence's own full stop goes.
_ABBREVIATION_END = re.compile(r"\b(?:Pvt|Pte|Pty|Co|Inc|Ltd|Corp|Bros|Sdn|Bhd|Jr|Sr|St)\.$")


def _unstopped(piece: str) -> str:
    """A piece without the full stop that ends it, unless the stop is an abbreviation's."""
    piece = piece.strip()
    return piece if _ABBREVIATION_END.search(piece) else piece.rstrip(".")


@dataclass(frozen=True)
class Phrased:
    """A field shaped for a note: its text, or why it is left out (and what to do)."""

    source: str
    text: str | None = None
    reason: str | None = None  # why it is left out, when text is None
    ask: str | None = None  # what the user can write to have it in the note
    dropped: tuple[tuple[str, str], ...] = ()  # pieces left out of a used field, and why

    @property
    def ok(self) -> bool:
        return self.text is not None


def clean(phrase: str, reader: Reader, *, written: bool = False, context: str = "",
          own_terms: bool = False) -> bool:
    """Whether a spelled-out phrase may go into a note as it is (`written`: the user wrote
    it as a sentence, so its rare words are theirs, not typos; `context`: the whole field the
    phrase was cut from, whose words may make an acronym sure: "RDH not yet"; `own_terms`:
    written out with capitals and full stops, so its acronyms are the trade's, on purpose)."""
    if RAW.search(phrase) or not phrase.strip():
        return False
    # A clipping ("comp", "perio") cannot be spelled out for sure, even in a sentence.
    # The reader's trade's own clippings ("perio" to a periodontist, "comp sales" to a
    # retailer) are their words, not the candidate's (`trades`).
    if any(clipped(w) and w not in reader.terms
           for w in re.findall(r"(?<![\w'-])[a-z]+(?![\w'-])", phrase)):
        return False
    # Nor an acronym nobody explains ("JTBD", "OJT"), a clipping with no vowel ("br") or a
    # counting sign ("2x faster", "#2"): it may be the candidate's own shorthand.
    doubtful = unsure(phrase, reader)
    if doubtful and context:
        doubtful = [w for w in doubtful if w in unsure(context, reader)]
    if written or own_terms:
        # An acronym in a sentence the candidate wrote out ("I ran the PGD audit") is theirs
        # to use with this reader, as a term of the trade; jotted, it may be their shorthand.
        doubtful = [w for w in doubtful if not re.search(r"[A-Z]{2}", w)]
    if doubtful:
        return False
    # Nor words pasted together that no writer leaves ("two the US investors", "on a our
    # roster"): the same seams the review's `broken-phrase` rule reads.
    # Counts as a note writes them ("2" is "two" before a noun), so "2 the" is seen too.
    if next(seams(_small_numbers(phrase)), None) is not None or dangling(phrase):
        return False
    if written:
        return True
    # An odd number of quotation marks leaves a quotation open; the apostrophes of
    # contractions and possessives ("we're", "should've", "Moody's") are no quotation marks.
    opening = len(re.findall(r"(?:^|(?<=[\s(]))'(?=\w)", phrase))
    closing = len(re.findall(r"(?<=\w)'(?=[\s,.;:!?)]|$)", phrase))
    if opening and closing < opening:
        return False
    for word in re.findall(r"[^\W\d_][\w'-]*", phrase):
        # A word in lower case that no word list knows is a name typed without capitals
        # or a typo nobody can correct: the phrase cannot go out as it is.
        if any(c.isdigit() for c in word):
            continue  # a code or a measure ("p99", "480ms", "k8s" spelled out already)
        if word == word.lower() and fold(word) not in reader.forms and not _known(word) \
                and word not in reader.terms:
            return False
    return True


def _rare(word: str) -> bool:
    """A word too rare to be an everyday word ("galway", "pasco"): likely a name."""
    from afterword.language.jotted import _spelling

    return bool(_spelling().zipf(word) < 400)


def _known(word: str) -> bool:
    from afterword.language.jotted import _spelling

    if _spelling().knows(word):
        return True
    if re.fullmatch(r"(?:\d+-)*(?:year|month|week|day)-olds?", word):
        return True  # "8-12-year-olds": an age, though no word list has "olds"
    parts = [p for p in re.split(r"[-']", word) if p and p not in {"s", "t", "d", "ll", "re"}]
    # A prefix before a hyphen ("pre-submission", "post-launch", "non-urgent") is English
    # though no word list has it alone.
    if "-" in word and parts and parts[0] in _PREFIXES:
        parts = parts[1:]
    if "-" not in word and "'" not in word:
        # "upselling", "rebooking", "overbooking": a particle or prefix written solid before
        # a known word of four letters or more.
        for prefix in _SOLID_PREFIXES:
            rest = word[len(prefix):]
            if word.startswith(prefix) and len(rest) >= 4 and _spelling().knows(rest):
                return True
    return bool(parts) and all(_spelling().knows(p) for p in parts)


_PREFIXES = frozenset("pre post non co anti multi semi sub inter intra mid self cross".split())
_SOLID_PREFIXES = ("up", "down", "out", "over", "under", "re", "pre", "back", "cross", "multi")


class Reading:
    """One record's jotted fields, read with its names and shaped for each slot."""

    def __init__(self, facts: Facts) -> None:
        self.facts = facts
        texts = jotted_texts(facts)
        names = [p.name for p in facts.people] + ([facts.recruiter_name]
                                                   if facts.recruiter_name else [])
        self.reader = Reader(names, texts, titles=(facts.role,), setting=(facts.company,),
                             heard=[t for p in facts.people for t in (*p.topics, p.title or "")],
                             trade=[*facts.topics, facts.values or ""])
        self._read: dict[str, Jotting] = {}
        self._brands = _brands(texts)
        self._texts = texts

    def read(self, text: str | None) -> Jotting:
        """A field read once per record: every note of a panel asks for the same topics."""
        key = text or ""
        if key not in self._read:
            self._read[key] = self.reader.read(text)
        return self._read[key]

    def unsure_words(self, text: str | None) -> list[str]:
        """The words of a field, spelled out, that a note cannot be sure of: an acronym
        nobody explains, a clipping, a counting sign ("JTBD", "cos", "2x faster")."""
        jot = self.read(text)
        found: list[str] = []
        for piece in jot.content:
            found += unsure(piece, self.reader)
            found += [w for w in re.findall(r"(?<![\w'-])[a-z]+(?![\w'-])", piece)
                      if clipped(w) and w not in self.reader.terms]
        return list(dict.fromkeys(found))

    def _doubtful(self, phrase: str) -> list[str]:
        """The words of a spelled-out phrase that keep it out of a note: shorthand left in
        it ("msg/s") or a lower-case word no word list knows (a name typed in lower case)."""
        found = [m.group().strip() for m in RAW.finditer(phrase) if m.group().strip() not in
                 {"+", "?", "!", "->", "~", "\u2192"}]
        for word in re.findall(r"[^\W\d_][\w'/-]*", phrase):
            bare = word.rstrip("'")
            if bare == bare.lower() and fold(bare) not in self.reader.forms and \
                    not _known(bare) and bare not in self.reader.terms:
                found.append(bare)
        return list(dict.fromkeys(found))

    def _left_out(self, text: str, reason: str, ask: str,
                  dropped: tuple[tuple[str, str], ...] = ()) -> Phrased:
        """A field left out: when it holds words a note cannot be sure of, the reason and
        the ask name them ("write out “JTBD”"), since rephrasing alone would not do."""
        words = self.unsure_words(text)
        if words:
            shown = ", ".join(f"\u201c{w}\u201d" for w in words)
            reason = f"{shown} may be your own shorthand, which a note cannot spell out for sure"
            ask = f"spell out {shown} (or use the term your interviewer's trade uses), and {ask}"
        return Phrased(text, reason=reason, ask=ask, dropped=dropped)

    # Topics ---------------------------------------------------------------------------

    def topic(self, text: str, *, to: Person | None, own: bool) -> Phrased:
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
        who = to.given_name if to else "them"
        details = tuple((p, "a detail: a note names one idea per topic")
                        for p in (*extra, *jot.content[1:]))
        # A topic follows "our conversation about": one opening on "about" (a figure's "~")
        # would read "about about 5 new hires".
        if phrase is None or not clean(phrase, self.reader) or \
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
            if counted and len(words) <= 6 and not gr.has_clause_verb(words) \
                    and not _NEGATION.match(aim) and "'" not in aim \
                    and not re.search(r"(?i)\b(?:I|he|she|they|we|it|this|that)\b", aim) \
                    and clean(joined, self.reader) and len(joined.split()) <= MAX_TOPIC_WORDS:
                phrase, details = joined, details[1:]
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

    # Qualifications -------------------------------------------------------------------

    def qualification(self, text: str) -> Phrased:
        """A qualification as a clause after "I" ("cut the close from 9 days to 6 ..."); its
        figures stay with it ("trained 4 apprentices, 3 still in the trade" -> "trained four
        apprentices, with three still in the trade")."""
        jot = self.read(text)
        if jot.off_limits or not jot.content:
            return Phrased(text, reason=jot.off_limits or "nothing in it a note can use")
        # "CCRN by june hopefully": a hope is no qualification; the piece is left out.
        hoped = {p.text for p in jot.pieces if p.is_content and p.text and stories.hedged(p.raw)}
        # "some python", "not a quant expert": an undersell never reaches a note.
        undersold = {p.text for p in jot.pieces if p.is_content and p.text and
                     claims.undersold(p.raw)}
        pieces = [claims.spelled_measures(part) for piece in jot.content
                  if piece not in hoped | undersold for part in _one_level_first(piece)]
        if not pieces and undersold:
            return Phrased(text, reason="it undersells you (\u201csome\u201d, \u201cnot an "
                           "expert\u201d): a note says what you have done with it",
                           ask=f"write \u201c{_short(text)}\u201d as something you did with "
                           "it, e.g. \u201cwrote the scripts that ...\u201d")
        if not pieces:
            return Phrased(text, reason="a hope, not a fact: the note says what is done or held",
                           ask=f"write \u201c{_short(text)}\u201d once it is done or booked")
        # A title and where it was held ("Articles Editor, Mill River Review") is one idea.
        clause = _held_title(", ".join(pieces)) or _degree(", ".join(pieces)) or \
            _licence_record(", ".join(pieces))
        start, used = 0, len(pieces) if clause else 0
        held = _credential_years(pieces)
        if clause is None and held:
            clause, used = held  # "CVT, 6 yrs": a credential held for some years
        earned = (credentials.earned(pieces, now=self.facts.start.year) or
                  credentials.held_since(pieces)) if clause is None else None
        if clause is None and not earned and pieces:
            title = credentials.dated_title(pieces[0], now=self.facts.start.year)
            earned = (title, 1) if title else None  # "CNA 2019": earned that year
        if earned:
            clause, used = earned  # "MSc Geography, Leeds 2020": earned there, then
        held_bare = credentials.bare(pieces) if clause is None else None
        if held_bare and clean(held_bare[0], self.reader):
            clause, used = held_bare  # "Class B CDL", "RN, BLS/ACLS": a credential held
        languages = _one_level_first(", ".join(pieces))
        listed = claims.tools(pieces) if clause is None else None
        if clause is None and len(pieces) == 1 and not _spoken(pieces[0]):
            # "Stata, R and ArcGIS": named tools in one piece (names only: "patience,
            # empathy and grit" are no tools).
            named = re.split(r",\s*|\s+and\s+", pieces[0])
            if all(w[:1].isupper() for n in named for w in n.split()):
                listed = claims.tools(named)
        if listed and clean(listed, self.reader):
            clause, used = listed, len(pieces)  # "SQL, python, Tableau": tools worked with
        led = claims.led_to(pieces, text) if clause is None else None
        if led:
            clause, used = led  # "field study -> redesign of the form": what it led to
        if clause is None and len(pieces) > 1 and _spoken(languages[0]):
            # "fluent marathi, hindi, english + some kannada": one level for a list.
            clause, pieces, used = _spoken(languages[0]), languages, 1
        if clause is None:
            # The first piece that reads as something done or had leads; a piece before it
            # that does not ("EPA 608 universal, NATE certified") is shown as left out.
            for start, piece in enumerate(pieces[:3]):
                if start and (len(piece.split()) < 2 or re.fullmatch(r"[\d\s,.$%-]+", piece)):
                    continue  # "MBA from Ross, 2019": a year alone is nothing to bring
                # A past verb after a noun that did not read ("note published, cited in a
                # brief") is that noun's passive, not something the candidate did.
                done = self._i_clause(piece) if start == 0 or piece.startswith("I ") else None
                if done is None and start == 0:
                    done = claims.count_done(piece)  # "~340 cases closed": "closed about 340 cases"
                if start and re.search(r"(?i)\b(?:before|after|since) that\b|\bthen\b", piece):
                    continue  # "4 yrs as an assistant before that": it leans on what is left out
                clause = done or self._framed(piece) or credentials.held(piece)  # ", OSHA 30"
                recent = claims.last_years(piece) if clause is None else None
                if recent:
                    # "bar manager at The Anchor last 3": a post held for those years.
                    post = self._framed(recent[0])
                    if post and post.startswith("was "):
                        clause = f"{post} for {recent[1]} years"
                if clause is not None and start + 1 < min(len(pieces), 3) and \
                        not clean(clause, self.reader):
                    # "6 yrs hospo, bar manager at ...": a piece that cannot go out as it
                    # is gives way to the next that can; it is shown as left out.
                    clause = None
                    continue
                if clause is not None:
                    used = start + 1
                    break
        if clause is not None and used < len(pieces):
            # "12 yrs finish carpentry, 4 as lead", "BSW 2023, 2 yrs at an agency": a piece
            # that leans on the claim before it is said with it, never cut.
            joined = spans.part_of_years(clause, pieces[used]) or spans.after_earned(
                clause, self._framed(re.sub(r"(?i)\s+(?:before that|before then|prior|"
                                            r"beforehand)$", "", pieces[used])), pieces[used]) \
                or spans.and_held(clause, self._framed(pieces[used]) or
                                  credentials.held(pieces[used]))
            if joined and clean(joined, self.reader):
                clause, used = joined, used + 1
        # "I would bring {q} to the team" has no room for a second clause or a figure.
        if clause is not None and used < len(pieces) and not clause.startswith(
                ("would bring", "earned my", "speak ", "am a", "my ")):
            more = self._i_clause(pieces[used])
            figures = []
            for piece in pieces[used:used + 2]:
                if not _figure(piece):
                    break
                figures.append(piece)
            longer = None
            tail = claims.passive_tail(pieces[used])
            reached = outcomes.share(pieces[used])
            moved = _measure_moved(pieces[used])
            if moved and len(f"{clause} {moved}".split()) <= 30:
                # "redesigned the claim flow, completion from 48% to 71% in 4 months": the
                # measure it moved is the point of the claim, never cut from it.
                longer, taken = f"{clause}{'' if moved.startswith('from ') else ','} {moved}", 1
            elif reached and len(f"{clause} {reached}".split()) <= 28:
                # "ran the recall list, 280 overdue pts -> 96 scheduled": how many it reached.
                longer, taken = f"{clause}, and {reached}", 1
            elif tail and len(f"{clause} {tail}".split()) <= 26:
                # "set up a parts catalogue, used by about 40 fitters": what was made, described.
                longer, taken = f"{clause}, {tail}", 1
            elif more and gr.is_past(more.split()[0]) and len(f"{clause} {more}".split()) <= 24:
                # "redesigned a cast bracket, saved $11.40 per unit": the result goes with it.
                longer, taken = f"{clause} and {more}", 1
            elif _has_subject(pieces[used]) and len(f"{clause} {pieces[used]}".split()) <= 26:
                # "ran the elective, enrolment went from 14 to 31": the outcome, as a clause.
                longer, taken = f"{clause}, and {pieces[used]}", 1
            elif figures and len(f"{clause} {' '.join(figures)}".split()) <= 28:
                # "led the rewrite, ~40M txns/day, zero breaks in 14 mos": figures say how
                # much, so they stay with the claim.
                # "5:1 ratio" counts one thing: "a 5:1 ratio".
                figures = [f"a {f}" if re.match(r"\d+:\d+\s+[a-z]+$", f) else f for f in figures]
                longer, taken = f"{clause}, with {' and '.join(figures)}", len(figures)
            if longer and clean(longer, self.reader):
                clause, used = longer, used + taken
                result = self._i_clause(pieces[used]) if used < len(pieces) else None
                if taken and figures and result and gr.is_past(result.split()[0]) and \
                        len(f"{clause} {result}".split()) <= 32 and \
                        clean(f"{clause}, and {result}", self.reader):
                    # "wrote the checklist, ~420 items -> cut prep from 3 wks to 9 days":
                    # the result the figures led to goes with them.
                    clause, used = f"{clause}, and {result}", used + 1
        if clause is not None and re.search(r"->|\u2192", text) and not re.search(
                r"\bfrom\b", clause) and re.search(
                r"\bto (?:about |a |an )?(?:\d|one|two|three|four|five|six|seven|eight|nine)\b",
                clause):
            # "took a 6 day cycle -> 5 day", "a class -> 1:1 follow ups down": an arrow read
            # as "to" without its "from" says something else than the jotting.
            clause = None
        # What the sentence does not carry is shown, so a preview never hides it.
        details = tuple((p, "a detail the sentence does not carry: write it into the "
                            "qualification if it matters")
                        for n, p in enumerate(pieces) if n < start or n >= used)
        if clause is None or not clean(clause, self.reader):
            return self._left_out(text, reason="it does not read as something you did or have",
                                  ask=f"write \u201c{_short(text)}\u201d as a sentence starting with "
                               "\u201cI\u201d, e.g. \u201cI have three years of ...\u201d or \u201cI cut ... "
                               "by ...\u201d",
                           dropped=tuple(jot.left_out))
        hopes = tuple((p, "a hope, not a fact: the note says what is done or held")
                      for p in sorted(hoped)) + tuple(
            (p, "an undersell: a note says what you did with it") for p in sorted(undersold))
        # "the checklist we still use": "we" is the old team, never the reader's company.
        clause = claims.did_as_done(claims.slashed_pairs(
            claims.our_team(clause, claims.employer(self.facts.qualifications))))
        return Phrased(text, text=_small_numbers(clause),
                       dropped=tuple(jot.left_out) + details + hopes)

    def _framed(self, head: str) -> str | None:
        """A qualification jotted as a noun phrase, framed after "I": years, a title, a
        credential, languages, tools used daily, a standing, a rate kept."""
        m = re.match(r"(?i)(\d+(?:\.\d+)?)[ -]+years?\s+(?:of\s+)?(.+)$", head)
        spent = re.match(r"(?i)(\d+(?:\.\d+)?)[ -]+years?\s+((?:at|in|as|with)\s.+)$", head)
        certified = re.match(r"(?i)(.+?)\s+(certified|licensed|qualified|registered)\b(.*)$",
                             head)
        role = re.match(rf"(?i)(\d+(?:\.\d+)?)[ -]+years?\s+(?:as\s+(?:an?\s+)?)?((?:\S+\s+){{0,3}}"
                        rf"(?:{gr.ROLES}))\b(.*)$", head)
        acronyms = r"[A-Z][A-Z0-9&-]{1,7}(?:(?:,\s*|\s+and\s+)[A-Z][A-Z0-9&-]{1,7})*"
        since = re.match(rf"({acronyms})\s+since\s+((?:19|20)\d\d)$", head)
        current = re.match(rf"({acronyms})\s+(?:current|active|valid|up to date)$", head)
        fluent = re.match(r"(?i)(fluent|conversational|native|bilingual)\s+(?:in\s+)?"
                          r"((?:[A-Z][a-z]+)(?:(?:,\s*|\s+and\s+|/)[A-Z][a-z]+)*)$", head)
        daily = re.match(r"((?:[A-Z][\w.#+-]*)(?:(?:,\s*|\s+and\s+)[A-Z][\w.#+-]*)+)\s+"
                         r"(daily|every day|weekly)$", head)
        standing = re.match(r"(?i)top\s+(\d+%|\w+)\s+(?:of\s+)?(?:my\s+|the\s+)?"
                            r"(class|cohort|year|program|programme|graduating class)$", head)
        rate = re.match(r"(?i)([a-z-]+(?:\s+[a-z-]+)?\s+rate)\s+((?:under|below|above|over|of)\s+"
                        r"(?:about\s+)?[\d.]+%)\s*(?:(?:for\s+|over\s+|in\s+)?(?:the\s+)?"
                        r"last\s+(\S+\s+(?:years?|months?)))?(\s+(?:at|in)\s+[A-Z].*)?$", head)
        post = re.match(rf"(?i)((?:\S+\s+){{0,2}}(?:{gr.ROLES}|associate|fellow|volunteer|tutor))"
                        r"\s+(at|for|with)\s+((?:[A-Z][\w&'.-]*|&|and|of|the)(?:\s+(?:[A-Z][\w&'.-]*"
                        r"|&|of|the))*(?:\s+and\s+[a-z].*)?)$", head)
        if durations.bare(head):
            return None  # "six weeks" alone says nothing a note can use
        two = spans.years_in_two_roles(head) or spans.years_in_two_fields(head)
        if two:
            return two  # "3 yrs shift lead + 1 yr asst mgr at ...": each post its years
        spoken = _spoken(head)
        if spoken:
            return spoken
        weeks = durations.spent(head)
        if weeks:
            return weeks  # "6 wks agency ICU cover": time spent on it
        earned = _degree_year(head)
        if earned:
            return earned
        if role:
            article = spans.article(role.group(2))
            return f"have spent {role.group(1)} years as {article} {role.group(2)}{role.group(3)}"
        as_role = claims.years_as_role(head)
        if as_role:
            return as_role  # "3 yrs freelance tour guide at ...": a role, not a field
        if spent:
            return f"have spent {spent.group(1)} years {spent.group(2)}"
        if since:
            # "PMP since 2021": a credential held since then.
            return f"have held the {_series(_LIST.split(since.group(1)))} since {since.group(2)}"
        if current:
            names = _LIST.split(current.group(1))
            noun = "certifications" if len(names) > 1 else "certification"
            return f"hold current {_series(names)} {noun}"
        if _degree(head):
            return _degree(head)
        trained = re.fullmatch(r"([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3})\s+trained", head)
        if trained and not gr.has_clause_verb(trained.group(1).split()) and \
                trained.group(1).split()[0] not in gr.DETERMINERS:
            # "injection therapy trained": a field of two words or more; "forklift trained"
            # is said as jotted.
            field_words = trained.group(1).split()
            return f"am trained in {trained.group(1)}" if len(field_words) > 1 else \
                f"am {trained.group(1)} trained"
        held_in = re.match(r"(?i)(certified|licensed|trained|registered)\s+(in|as|on)\s+(\S.*)$",
                           head)
        if held_in:
            # "licensed in ohio since 2019": held since then, "have been"; else "am".
            verb = "have been" if re.search(r"(?i)\bsince\b", held_in.group(3)) else "am"
            return (f"{verb} {held_in.group(1).lower()} {held_in.group(2).lower()} "
                    f"{held_in.group(3)}")
        belt = re.match(r"(?i)((?:lean\s+)?six sigma)\s+(green|black|yellow)\s+belt$", head)
        if belt:
            return f"hold a Six Sigma {belt.group(2).capitalize()} Belt" if "lean" not in \
                belt.group(1).lower() else f"hold a Lean Six Sigma {belt.group(2).capitalize()} Belt"
        times = re.match(r"(\d+)x\s+(.+)$", head)
        if times and int(times.group(1)) > 1 and not re.search(r"\d", times.group(2)):
            # "3x employee of the month": a standing earned more than once.
            count = _SMALL.get(times.group(1), times.group(1))
            return f"was {times.group(2)} {count} times"
        if certified and certified.group(3) == "" and certified.group(1).islower() and \
                len(certified.group(1).split()) <= 2:
            return f"am {certified.group(1)} {certified.group(2)}"  # "forklift certified"
        if certified and certified.group(1)[:1].isupper() and (
                not certified.group(3).strip() or re.match(
                    r"\s*(?:in|as|for|through|since|by|until)\b", certified.group(3))):
            # "CKA certified" is held: "I hold the CKA certification" says what it is.
            return (f"hold the {certified.group(1)} certification{certified.group(3)}"
                    if certified.group(2).lower() == "certified" else
                    f"am {certified.group(1)} {certified.group(2)}{certified.group(3)}")
        if fluent:
            languages = re.split(r",\s*|\s+and\s+|/", fluent.group(2))
            if all(self.reader.forms.get(fold(w)) == w for w in languages):
                return f"am {fluent.group(1).lower()} in {_series(languages)}"
        if daily:
            return f"use {_series(_LIST.split(daily.group(1)))} {daily.group(2)}"
        if standing:
            return f"was in the top {standing.group(1)} of my {standing.group(2).lower()}"
        if rate:
            period = f" over the last {rate.group(3)}" if rate.group(3) else ""
            return f"kept my {rate.group(1).lower()} {rate.group(2)}{period}{rate.group(4) or ''}"
        if post:
            article = "an" if post.group(1)[0].lower() in "aeiou" else "a"
            return f"was {article} {post.group(1)} {post.group(2).lower()} {post.group(3)}"
        if m:
            field = m.group(2)
            # "5 yrs visual at Lark Home": the field is what comes before where.
            where = re.search(r"\s+(?:at|in|with|for)\s+\S.*$", field)
            bare, place = (field[:where.start()], where.group()) if where else (field, "")
            if len(bare.split()) <= 2 and not _SKILL_WORDS.search(bare):
                # "8 yrs warehouse", "6 yrs RDH": a bare field is no thing one has years
                # of; "years of warehouse experience" is.
                field = f"{bare} experience{place}"
            return f"would bring {m.group(1)} years of {gr.add_articles(field)}"
        if len(head.split()) <= 8 and _bringable(head):
            head = re.sub(r"^(.+?):\s+(.+)$", r"\1 (\2)", head)
            return f"would bring {head[0].lower() + head[1:] if _lower_ok(head) else head}"
        return None

    def _i_clause(self, piece: str) -> str | None:
        """A piece as what follows "I": "passed FAR and REG", "I learned ..." -> "learned ..."."""
        piece = _unstopped(piece)
        if piece.startswith("I "):
            return piece[2:]
        words = piece.split()
        first = words[0] if words else ""
        if first.lower() in gr.PARTICIPLES:
            return None  # "licensed by end of year" is not something done
        if re.match(r"(?i)(?:turned out|ended up being|seemed|looked like|sounded like|"
                    r"happened)\b", piece):
            return None  # "turned out to be a mislabeled breaker": its subject is "it"
        if first[:1].isupper() and len(words) > 1 and words[1][:1].isupper():
            return None  # "Advanced Excel": a name, not a verb
        if len(first) > 1 and first.isupper():
            return None  # "RECOVER certified": an acronym, never the verb "recover"
        if len(words) <= 5 and words[-1].lower() in {"trained", "certified", "licensed"}:
            return None  # "wound care trained": a field one is trained in, not "wound" done
        if first[:1].isupper() and self.reader.forms.get(fold(first)) == first:
            return None  # "Excel and SQL daily": a product's name, not the verb "excel"
        if first.lower() in gr.PASSIVES and (len(words) == 1 or words[1].lower() in {
                "to", "as", "for", "by", "in", "into", "after", "at", "onto", "twice"}):
            # "promoted to shift lead" is passive; "promoted 4 leads" is something done.
            said = re.sub(r"(?<=[a-z]) ((?:19|20)\d\d)$", r" in \1", piece)  # "... bar 2024"
            return f"was {said[0].lower()}{said[1:]}"  # "shortlisted for ..." -> "was ..."
        if first.lower() in {"admitted", "sworn"}:
            return None  # "admitted NY 2024": to the bar, said for sure only with "to"
        if first.lower() == "been" and len(words) > 1:
            return f"have {piece[0].lower()}{piece[1:]}"  # "been doing the course" -> "have been ..."
        if re.search(r"(?<=\s)I\b", piece) and "ADJ" in gr._lemmas(first.lower()):
            return None  # "last one like that I found ...": a phrase before its own subject
        if gr.is_past(first) or gr.is_base_verb(first):
            rest = piece[len(first):]
            return first.lower() + gr.add_articles_after_verb(rest)
        return None

    # Concerns --------------------------------------------------------------------------

    def concern_subject(self, concern: Concern) -> Phrased:
        """A concern named neutrally: "no CPA yet" -> "the CPA", "never used netsuite" ->
        "NetSuite", "never managed a budget" -> "managing a budget"."""
        jot = self.read(concern.concern)
        if jot.off_limits:
            return Phrased(concern.concern, reason=jot.off_limits)
        if LOGISTICS.search(concern.concern):
            return Phrased(concern.concern,
                           reason="logistics stay out of a thank-you note")
        pieces = jot.content
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
                r"registration|accreditation|qualification|exam|degree|diploma|permit)$",
                named) and named.split()[0].lower() not in gr.DETERMINERS else named
        subject = _NEGATION.sub("", gap).strip()
        subject = re.sub(r"(?i)\s+(?:yet|before|so far)$", "", subject)
        # "an Impella patient on my own": how alone is the concern's, not its subject.
        subject = re.sub(r"(?i)\s+(?:on (?:my|their) own|alone|by myself|solo|independently"
                         r"|unsupervised|as (?:the )?lead|as (?:the )?head)$", "", subject)
        subject = re.sub(r"(?i)^(?:much|many|a lot of|a lot)\s+", "", subject)
        m = re.match(r"(?i)(.+?)\s+(?:is|are)\s+my\s+weak\s+\w+.*$", subject)
        if m:
            subject = m.group(1)
        verb = _NEGATION.match(gap)
        if verb and re.search(r"(?i)(done|did)\s*$", verb.group()) and len(subject.split()) == 1 \
                and re.search(r"(?i)\b(?:done|did)\s+(?:much|a lot of|any)\b", gap):
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
        subject = re.sub(r"(?i)^(?:exp|experience)\s+(?:with|in)\s+", "", subject)
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
        if not subject or not clean(subject, self.reader, context=", ".join(jot.content),
                                    own_terms=True) \
                or len(subject.split()) > 8:
            return self._left_out(concern.concern, reason="the note cannot tell from the "
                                  "jotting what it is about", ask=f"say in a few words what \u201c{concern.concern}\u201d is about, "
                               f"e.g. \u201c{self._example_subject(concern.concern)}\u201d")
        # "guidewire ClaimCenter", "moodys RiskAnalyst": a maker's name typed in lower case
        # just before its product's name (capitals inside it) is part of that name.
        subject = re.sub(r"(?<![\w'])([a-z][a-z']{2,})(?=\s+[A-Z][a-z]+[A-Z]\w*)",
                         lambda m: m.group(1) if m.group(1) in gr.DETERMINERS | gr.PREPOSITIONS
                         else m.group(1).capitalize(), subject)
        lapse = lapses.split(subject)
        if lapse:
            subject = lapse[0]  # "hospital experience since 2019": the matter; the gap says when
        return Phrased(concern.concern, text=subject)

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
        """The recorded answer as sentences in the first person, or why it cannot be used."""
        if not concern.answer:
            return Phrased(concern.concern, reason="no answer recorded",
                           ask=f"add your answer to \u201c{concern.concern}\u201d: what you "
                               "have done or are doing about it, starting with \u201cI\u201d")
        return self.sentences(concern.answer, what=f"your answer to \u201c{concern.concern}\u201d",
                              trade=True, matter=True)

    def concern_gap(self, concern: Concern, subject: str, answer: str, *,
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
        credential = bool(re.search(r"(?i)\b(?:cert|certs|certification|certificate|licen[cs]e|"
                                    r"licensure|credential|degree|designation)\b", subject)) or \
            bool(re.fullmatch(r"(?:the\s+)?[A-Z][A-Z0-9&-]{1,7}", subject))
        it = "them" if _plural_noun(words[-1]) and not words[-1].isupper() and \
            not words[0].endswith("ing") else "it"
        they = "they" if it == "them" else "it"
        experience = "experience" in (w.lower() for w in words[1:])
        if named and words[0].lower() == "doing" and len(words) > 1:
            words, subject = words[1:], " ".join(words[1:])  # "never done P&L": P&L is new
        if named:
            # "court testimony experience" is "court testimony work", a tool's "Dentrix
            # experience" is Dentrix: the thing itself is what would be new.
            bare = " ".join(words[:-1]) if experience and words[-1].lower() == "experience" \
                else subject
            it = they = bare if bare == subject or (bare[:1].isupper() and not bare.isupper()) \
                else f"{bare} work"
        if subject.startswith("being licensed") or subject.startswith("being certified"):
            return f"I am not yet {subject.removeprefix('being ')}"
        if pending or (gap and credential and re.match(r"(?i)(?:no|not yet)\b", gap)):
            if named and re.search(r"(?i)\b(?:licen[cs]e|certificate|degree|credential)$", it) \
                    and it.split()[0].lower() not in gr.DETERMINERS:
                it = f"{'an' if it[0].lower() in 'aeiou' else 'a'} {it}"  # "a dispatch licence"
            elif named and re.fullmatch(r"[A-Z][A-Z0-9&-]{1,7}", it):
                it = f"the {it}"  # "no CDL yet": "I do not hold the CDL yet"
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
                content.append(piece)
        if trade:
            # "power = chance of detecting a real effect": a term of the trade defined with
            # an equals sign is "Power is the chance of ...".
            content = [answers.defined(p) or p for p in content]
        for n, piece in enumerate(content):
            # "+ I'm doing the labs now", "plus I ...": the joining word is the jotting's.
            piece = re.sub(r"(?i)^(?:and|plus|also|then|\+|&)\s*(?=I\b)", "", piece.strip())
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
            finish = re.match(r"(?i)(?:done|finished|complete|completed)\s+(by|in|before)\s+(.+)$",
                              piece)
            if clause is None and finish and clauses:
                # "..., done by next week": when the thing under way will be finished.
                clause = f"and will finish it {finish.group(1).lower()} {finish.group(2)}"
            if clause is not None:
                clauses.append(clause)
            elif n == 0 and len(piece.split()) <= 10 and not gr.has_clause_verb(piece.split()):
                lead = piece  # "the $4,180 variance in payroll clearing: traced it ..."
            elif clauses and re.match(r"(?i)(?:including|which|where|so that)\s+\S", piece) \
                    and not re.search(r"\b(?:he|she|his|him)\b", piece):
                # "..., incl 2 equipment lines", "..., which takes DSCR from 1.18x to 1.31x":
                # the piece goes on the clause before it, after a comma.
                clauses[-1] = f"{clauses[-1]}, {piece}"
            elif clauses and stories.arranged(piece):
                clauses.append("and " + (stories.arranged(piece) or ""))  # "AUD is booked for May 14"
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
            lead = None
        out = answers.measure_before_noun(_small_numbers(answers.for_duration(
            _ONGOING.sub(r" and I am \1", _join_clauses(clauses, lead)))))
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
        punctuated = bool(re.match(r"[A-Z]", body)) and body.rstrip().endswith(".")
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

    # Improve entries ---------------------------------------------------------------------

    def addition(self, improvement: Improvement) -> Phrased:
        """Only the addition, as sentences; the self-criticism in `answer` never goes out."""
        if not improvement.addition:
            return Phrased(improvement.answer, reason="no addition recorded",
                           ask="add what you would say now to the answer you want to "
                               f"improve (\u201c{_short(improvement.answer)}\u201d)")
        addition = improvement.addition.strip()
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
        return self.sentences(addition, what=f"\u201c{_short(improvement.addition)}\u201d", would=would, trade=True)

    def improve_subject(self, improvement: Improvement) -> str | None:
        """What the improved answer was about, when the jotting names it cleanly ("the OOS
        question", "the ethics hypothetical"; `answers.question_named`)."""
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
            return None
        bare = named.replace("\u201c", "").replace("\u201d", "")
        if not clean(bare, self.reader) or self._clipped_here(bare):
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

    # Rapport ----------------------------------------------------------------------------

    def rapport(self, person: Person) -> Phrased:
        """The rapport as a sentence to the reader, or left out (mishaps, private life)."""
        text = person.rapport or ""
        # "... (janet!!) small world": the exclamation is no part of what is in common.
        jot = self.read(re.sub(r"(?i)[\s,;:.!-]*\bsmall world\b[\s!.]*$", "", text) or text)
        ask = (f"write what you found in common with {person.first_name} as a sentence to "
               f"{_them(person)}, e.g. \u201cIt was good to find we both ...\u201d")
        # What is private, or not something in common ("his daughter came in to say
        # goodnight", "he's a dentist"), is not to be rephrased: it stays out, and the ask is
        # for something else in common, if the candidate wants a line of rapport.
        other = (f"\u201c{_short(text)}\u201d stays out of the note; for a friendly line, add "
                 f"something else you have in common with {person.first_name}")
        if jot.off_limits:
            return Phrased(text, reason=jot.off_limits, ask=other)
        if _private_life().search(text):
            # "both have twins", "same church": private life, however warmly it came up.
            return Phrased(text, reason="it touches on private life", ask=other,
                           dropped=tuple(jot.left_out))
        if connections.judges_someone(text):
            return Phrased(text, reason="it passes on an opinion of someone", ask=other,
                           dropped=tuple(jot.left_out))
        if re.search(r"(?i)\b(?:hate|hates|can'?t stand|sick of|fed up|annoy\w*|complain\w*)\b",
                     text):
            # "we both hate charting in X": a shared complaint is no line for a thank-you.
            return Phrased(text, reason="a shared complaint, not a line for a thank-you",
                           ask=other, dropped=tuple(jot.left_out))
        # "he slagged me the whole tour": banter is a moment of the interview, never a
        # kindness to thank for; what else the line holds may still be in common.
        teased = [piece for piece in jot.content if banter.teasing(piece)]
        for piece in jot.content:
            if piece in teased:
                continue
            # "knew my grandpas shop in ames": a connection, not a shared fact.
            said = connections.spoken(piece) or \
                self._rapport_sentence(connections.unled(piece)) or connections.link(piece)
            # "both play in a beer league team (diff teams)": each in one of them, so "in
            # beer league teams"; "the same team" is what the line says we do not share.
            sentence = _each_of_what_differs(said, text) if said else None
            if said and sentence is None:
                return self._left_out(text, reason="it reads as the one thing the record says "
                                      "differs", ask=ask, dropped=tuple(jot.left_out))
            if sentence and clean(sentence, self.reader):
                return Phrased(text, text=sentence, dropped=tuple(jot.left_out))
        sentence = _same_as_mine([p for p in jot.content if p not in teased])
        if sentence and clean(sentence, self.reader):
            return Phrased(text, text=sentence, dropped=tuple(jot.left_out))
        if teased:
            # Nothing to rephrase and nothing missing: the note reads whole without it, so
            # nothing is asked (the preview still shows it left out, and why).
            return Phrased(text, reason="teasing is a moment of the interview, not something "
                           "in common or a kindness to thank for", dropped=tuple(jot.left_out))
        if not re.search(r"(?i)\b(?:both|same|also|too|we|us|our|in common|as well|either)\b",
                         text):
            return Phrased(text, reason="it is not something you have in common", ask=other,
                           dropped=tuple(jot.left_out))
        return self._left_out(text, reason="it is not a shared fact that reads well as a "
                              "sentence", ask=ask, dropped=tuple(jot.left_out))

    def _rapport_sentence(self, piece: str) -> str | None:
        piece = _unstopped(piece)
        # "both play in a rec league, diff teams": what differs is no part of what we share.
        tail = _CONTRAST_TAIL.search(piece)
        if tail and not re.search(r"(?i)\b(?:in|on|at|for|with|from)\s*$", piece[:tail.start()]):
            piece = piece[:tail.start()].strip()  # "... in different years" reads well: kept
        piece = re.sub(r"(?<=[a-z]) ((?:19|20)\d\d)$", r" in \1", piece)  # "the marathon 2019"
        if _MOMENT.match(piece):
            return None  # "we talked about the deer way too long": the interview, not in common
        piece = re.sub(r"(?i)^(?:and|but|plus)\s+", "", piece)  # "... and we both did X"
        piece = re.sub(r"(?i)^we(?:'re|\s+are)\s+both\s+", "both ", piece)  # "we are both X"
        # "also from swansea originally": what the reader is too, said as ours.
        m = re.match(r"(?i)^(?:(?:he|she)(?:'s|\u2019s|\s+is)\s+)?(?:also|too)\s+from\s+"
                     r"([A-Z].*)$", piece)
        if m:
            return f"It was good to find that we are both from {_drop_tail(m.group(1))}."
        # "she's a marathoner too": one of a kind we both are.
        m = re.match(r"(?i)^(?:he|she)(?:'s|\u2019s|\s+is)\s+(?:also\s+)?an?\s+([a-z-]+(?:\s+[a-z-]+)?)"
                     r"\s+(?:too|as well)$", piece)
        if m:
            *lead, last = m.group(1).split()
            many = _IRREGULAR_PLURALS.get(last.lower()) or determiners.plurals(last)[0]
            if _people(many):
                return f"It was good to find that we are both {' '.join([*lead, many])}."
        if re.search(r"(?i)\b(?:same as me|my age|years? old|born in)\b", piece):
            return None  # a shared start date or age touches on age
        m = re.match(r"(?i)(?:we\s+)?both\s+(.+)$", piece) or re.match(r"(?i)(.+?),?\s+both$", piece)
        if m:
            rest = m.group(1).strip()
            words = rest.split()
            # "both work nights", "both coach soccer": a verb in its base form (not also an
            # adjective: "cross country") before what is done, unless what follows names
            # people ("both nurse managers": we are both managers).
            does = len(words) > 1 and gr.base_form(words[0].lower()) == words[0].lower() \
                and "VERB" in gr._lemmas(words[0].lower()) \
                and ("ADJ" not in gr._lemmas(words[0].lower()) or _plural_noun(words[-1])) \
                and not _people(words[-1])
            verb_first = gr.is_past(words[0]) or gr.is_base_verb(words[0]) or \
                words[0].lower() in _HAVE_VERBS or does
            if words[0].lower() in _HAVE_VERBS and len(words) > 1:
                # "both have 3 legged cats", "both play guitar": what we both have or do.
                return f"It was good to find that we both {_hyphen_figure(rest)}."
            if len(words) <= 3 and _plural_noun(words[-1]) and not verb_first \
                    and words[1:2] != ["the"]:
                return f"It was good to find that we are both {rest}."  # "marathon runners"
            if len(words) == 1 and gr.is_past(words[0]):
                return None  # "we both laughed": a moment of the interview, not in common
            if gr.is_past(words[0]) or gr.is_base_verb(words[0]) or _verb_with_object(words) \
                    or does:
                return f"It was good to find that we both {_drop_tail(rest)}."
            if words[0].lower() in {"from", "in", "at"}:
                # "both from galway": a place typed in lower case is still a name.
                place = " ".join(w.capitalize() if w.islower() and _rare(w) else w
                                 for w in words[1:])
                return f"It was good to find that we are both {words[0].lower()} {place}."
            if words[0].lower() == "former":
                rest = " ".join(words[1:])
                branch = _MILITARY.get(rest.lower())
                if branch:
                    # "both ex-army": veterans of it, a branch named with capitals.
                    return f"It was good to find that we both served in the {branch}."
                if rest[:1].isupper() and len(words) <= 5 and all(
                        w[:1].isupper() or w in {"&", "of"} for w in words[1:]):
                    # "both ex-Rackspace": a former employer, named with capitals; "ex-QC
                    # micro" is a line of work, not a place one worked at.
                    return f"It was good to find that we both used to work at {rest}."
                return f"It was good to find that we both have {rest} in our backgrounds."
            if _plural_noun(words[-1]) and len(words) <= 4:
                return f"It was good to find that we are both {rest}."
            if len(words) == 1 and words[0][:1].isupper():
                return f"It was good to discover our {words[0]} connection."
            return None
        # "she trained at UMN too": something the reader did that I did as well ("did Shannon"
        # says neither what was done nor where: asked about).
        m = re.match(r"(?i)(?:he|she)\s+(\S+)\s+(.+?),?\s+(?:too|as well)$", piece)
        if m and gr.is_past(m.group(1)) and m.group(1).lower() not in {"was", "had"} \
                and not (m.group(1).lower() == "did" and m.group(2)[:1].isupper()) \
                and not re.search(r"(?i)\b(?:her|his|him|me|my)\b|\d", m.group(2)):
            return (f"It was good to find that we both {m.group(1).lower()} "
                    f"{connections.plural_role(_drop_tail(m.group(2)))}.")
        # "she's also from bozeman": a place in common, said as ours.
        m = re.match(r"(?i)(?:he|she)(?:'s|\u2019s|\s+is)\s+also\s+(from|in)\s+(.+)$", piece)
        if m and m.group(2)[:1].isupper():
            return f"It was good to find that we are both {m.group(1).lower()} {_drop_tail(m.group(2))}."
        m = re.match(r"(?i)(?:about\s+)?(\d+|a few)[ -](minutes|hours)\s+(on|about)\s+(.+)$", piece)
        if m and re.search(r"\bwe\b", m.group(4)):
            return f"I enjoyed our {m.group(1)} {m.group(2)} {m.group(3)} {m.group(4)}."
        m = re.match(r"(?i)we\s+(\S+)\s+(.+)$", piece)
        if m and m.group(1).lower() not in {"are", "am", "is"} and (
                gr.is_past(m.group(1)) or m.group(1).startswith("were")):
            return f"It was good to find that we {m.group(1)} {_drop_tail(m.group(2))}."
        m = re.match(r"(?i)you\s+(\S+)\s+(.+)$", piece)
        if m and (gr.is_past(m.group(1)) or gr.is_verb(m.group(1))):
            return f"I also appreciated that you {m.group(1)} {m.group(2)}."
        m = re.match(r"(?i)(?:he|she)\s+(\S+)\s+me\s+(.+)$", piece)
        if m and gr.is_past(m.group(1)) and m.group(1).lower() not in connections.NOT_THANKED:
            # "she reminded me of my old boss" is an opinion, no kindness to thank for.
            return f"Thank you, too, for {gr.gerund(m.group(1))} me {m.group(2)}."
        # "she had the same mentor as me": in common, said as ours. Any other "she had ..."
        # ("tea + a cat in frame", "a rough week") is what the camera showed or her own life.
        m = re.match(r"(?i)(?:he|she)\s+had\s+the\s+same\s+(.+?)\s+as\s+(?:me|mine|i did)\b(.*)$",
                     piece)
        if m:
            return f"It was good to find that we had the same {_drop_tail(m.group(1) + m.group(2))}."
        second = gr.third_to_second(piece) or ""
        words = second.split()
        if words[:2] == ["you", "had"] and len(words) > 2 and (words[2] == "been" or gr.is_past(words[2])):
            # "said he'd been exactly where i am": what they told of their own path.
            return f"It meant a lot to hear that {second}."
        return None

    # Values -----------------------------------------------------------------------------

    @cached_property
    def values(self) -> Phrased:
        """The company's own words from `values`: a quoted phrase, without its source."""
        text = self.facts.values or ""
        if not text:
            return Phrased(text, reason="no values recorded")
        # An apostrophe inside a word ("we're a family") does not close the quotation.
        for m in re.finditer(r"(?:^|[\s(])['\u2018\"\u201c]((?:[^'\u2019\"\u201d]|(?<=\w)['\u2019]"
                             r"(?=\w)){3,80})['\u2019\"\u201d](?=[\s,.;:)-]|$)", text):
            quoted = _names_cased(self.reader.spell(m.group(1)).rstrip("."),
                                  [self.facts.company, *(p.name for p in self.facts.people)])
            # The company's words are theirs as quoted ("Céad míle fáilte"): no word list
            # need know them, but shorthand and clippings still keep them out.
            if clean(quoted, self.reader, written=True) and len(quoted.split()) <= 12:
                return Phrased(text, text=quoted)
        return Phrased(text, reason="no words of the company's own are quoted",
                       ask="put the company's own words in quotation marks, e.g. "
                           "\u201cEngineered for the long run\u201d")


    @cached_property
    def values_said_by(self) -> Person | None:
        """The interviewer the record says kept saying the quoted words ("bill said it like
        4 times", "'...' - her words" beside "judge" for the one judge on the panel): a note
        to that person may give the words back as theirs ("as you put it"). None when the
        record does not say, or names more than one."""
        # Only the part of the field that holds the quoted words says whose they are:
        # "careers pg: 'Every load ...' + ananya said they're '...'" gives the first words
        # to the careers page, not to Ananya.
        text = _quote_part(self.facts.values or "", self.values.text or "", self.reader)
        if not self.values.ok or not re.search(
                r"(?i)\b(?:said|says|saying|words|kept|repeated|quoted|mentioned)\b", text):
            return None
        said = [p for p in self.facts.people if re.search(
            rf"(?i)(?<!\w){re.escape(fold(p.given_name))}(?!\w)", fold(text))]
        if not said:
            # "her words" beside a title only one interviewer holds ("judge", "principal").
            said = [p for p in self.facts.people if any(
                re.search(rf"(?i)\b{re.escape(w)}(?:['\u2019]?s)?\b", text) for w in _title_words(p))]
        pronoun = re.search(r"(?i)\b(her|his)\s+(?:own\s+)?words\b", text)
        if not said and pronoun:
            # "her words" alone: the one interviewer the record calls "she" in their own topics
            # or rapport ("her research on ...").
            forms = r"she|her|hers" if pronoun.group(1).lower() == "her" else r"he|him|his"
            said = [p for p in self.facts.people if re.search(
                rf"(?i)\b(?:{forms})\b", " ".join([*p.topics, p.rapport or ""]))]
        return said[0] if len(said) == 1 else None


# The parts of a `values` field: "X + Y", "X; Y", "X. Y" each say where their words came from.
_VALUES_PARTS = re.compile(r"\s+\+\s+|;\s+|(?<=[\w'\u2019\"\u201d.])\.\s+(?=\S)")
_QUOTED = re.compile(r"(?:^|[\s(])['\u2018\"\u201c]((?:[^'\u2019\"\u201d]|(?<=\w)['\u2019]"
                     r"(?=\w)){3,80})['\u2019\"\u201d](?=[\s,.;:)-]|$)")


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


def _names_cased(text: str, names: list[str]) -> str:
    """`text` with each word of a name the record spells with a capital written so ("lakemont
    2045" beside the City of Lakemont is "Lakemont 2045")."""
    cased = {fold(w).lower(): w for name in names for w in re.findall(r"[\w'-]+", name or "")
             if w[:1].isupper() and not _spelling_knows(w.lower())}
    return re.sub(r"[\w'-]+", lambda m: cased.get(fold(m.group()).lower(), m.group()), text)


def _spelling_knows(word: str) -> bool:
    from afterword.language.jotted import _spelling

    return bool(_spelling().knows(word))


def _quote_part(text: str, quoted: str, reader: Reader) -> str:
    """The part of `text` that holds the words `quoted` (the whole text if none does)."""
    for part in _VALUES_PARTS.split(text):
        if any(reader.spell(m.group(1)).rstrip(".") == quoted for m in _QUOTED.finditer(part)):
            return part
    return text


def _title_words(person: Person) -> list[str]:
    """The words of a person's title that name them alone ("judge", "principal", "owner")."""
    words = re.findall(r"[A-Za-z]+", f"{person.title or ''} {person.name.split()[0]}")
    return [w.lower() for w in words if w.lower() in {
        "judge", "principal", "owner", "chef", "director", "ceo", "cfo", "founder", "president",
        "dean", "superintendent", "partner", "chair"}]


@dataclass
class Preview:
    """What one free-text field becomes in the notes, and what is left out and why."""

    name: str  # the field: "topics", "Gail Sorensen: rapport"
    source: str
    becomes: str | None
    left_out: list[tuple[str, str]] = field(default_factory=list)
    ask: str | None = None


def preview(facts: Facts) -> list[Preview]:
    """For each free-text field of the record: the phrase it becomes, and what is left out."""
    reading = Reading(facts)
    out: list[Preview] = []

    def add(name: str, phrased: Phrased, frame: str = "{}") -> None:
        left = list(phrased.dropped)
        if not phrased.ok and phrased.reason:
            left.append((phrased.source.strip(), phrased.reason))
        out.append(Preview(name, phrased.source, frame.format(phrased.text) if phrased.ok
                           else None, left, phrased.ask))

    if facts.values:
        add("values", reading.values, "\u201c{}\u201d")
    def about(phrased: Phrased) -> str:
        # "your question about ..." is the object itself, never "our conversation about" it.
        return "{}" if (phrased.text or "").startswith("your question") else \
            "our conversation about {}"

    for topic in facts.topics:
        phrased = reading.topic(topic, to=None, own=False)
        add("topics", phrased, about(phrased))
    for q in facts.qualifications:
        phrased = reading.qualification(q)
        add("qualifications", phrased,
            "I {}." if claims.said_after_i(phrased.text or "") else "{}.")
    for c in facts.concerns:
        subject = reading.concern_subject(c)
        answer = reading.answer(c)
        if subject.ok and answer.ok:
            gap = reading.concern_gap(c, subject.text or "", answer.text or "")
            said = f"{gap}; {answer.text}" if gap and (answer.text or "").startswith("I ") \
                else f"{gap}. {answer.text}" if gap else f"On {subject.text}: {answer.text}"
            out.append(Preview("concerns", c.concern, said, list(answer.dropped)))
        else:
            bad = subject if not subject.ok else answer
            add("concerns", Phrased(c.concern, reason=bad.reason, ask=bad.ask,
                                    dropped=bad.dropped))
    for imp in facts.improvements:
        add("improve", reading.addition(imp))
        out[-1].left_out.insert(0, (imp.answer, "what you said in the interview stays private;"
                                                " only the addition is used"))
    for p in facts.people:
        for topic in p.topics:
            phrased = reading.topic(topic, to=p, own=True)
            add(f"{p.name}: topics", phrased, about(phrased))
        if p.rapport:
            add(f"{p.name}: rapport", reading.rapport(p))
    return out


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


def _short(text: str, limit: int = 50) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def _them(person: Person) -> str:
    return person.first_name


def _brands(texts: list[str]) -> frozenset[str]:
    """Everyday words the record writes only with a capital, opening two fields or more and
    never in lower case ("Google reviews - 4.3", "Google reviews target 4.6"): a brand's
    name, not a capital that came first by chance ("Rota for 14 staff", once)."""
    opening: dict[str, int] = {}
    lower: set[str] = set()
    for text in texts:
        words = re.findall(r"[A-Za-z][\w'-]*", text or "")
        if words and words[0][:1].isupper() and words[0][1:].islower():
            opening[words[0]] = opening.get(words[0], 0) + 1
        lower |= {w for w in words if w.islower()}
    return frozenset(w for w, n in opening.items() if n >= 2 and w.lower() not in lower)


def _lower_ok(text: str) -> bool:
    """Whether the first letter may be lowered (not a name or an acronym)."""
    first = text.split()[0] if text.split() else ""
    return first[:1].isupper() and first[1:] == first[1:].lower() and first.lower() in {
        "the", "a", "an", "their", "our", "my", "his", "her", "staff", "holiday", "weekend",
        "working", "moving", "month-end", "advanced", "worked", "three", "two", "four", "five",
    }


_SMALL = dict(zip("0123456789", "zero one two three four five six seven eight nine".split(),
                  strict=True))


def _small_numbers(phrase: str) -> str:
    """A count under ten in a topic is written out ("all 4 buildings" -> "all four
    buildings", "1 source of truth" -> "one source of truth"); figures with units stay."""
    # "from 11 to 4": the two ends of a change are written alike, in digits; a count
    # elsewhere in the sentence is still a word ("... for six weeks").
    changes = [c.span() for c in re.finditer(
        r"\bfrom\s+(?:about\s+)?\$?\d[\d.,]*\S*(?:\s+\S+){0,3}?\s+to\s+(?:about\s+)?\$?\d[\d.,]*",
        phrase)]

    def spelled(m: re.Match[str]) -> str:
        if any(start <= m.start() < end for start, end in changes):
            return m.group(1)
        # After a noun the number is a label, not a count: "tier 1", "phase 2", "grade 3";
        # after a verb it counts: "trained 4 apprentices".
        before = re.findall(r"[A-Za-z]+", phrase[:m.start()])
        nxt = next((w for w in phrase[m.end():].split() if not w.isupper()), "").lower()
        if nxt in gr.PREPOSITIONS or nxt in {"and", "or", "percent", "points", "am", "pm"}:
            return m.group(1)
        if before and before[-1].casefold() not in _COUNT_LEADS | _COUNT_VERBS and not (
                gr.is_past(before[-1]) and not before[-1][:1].isupper()):
            return m.group(1)
        return _SMALL[m.group(1)]

    # "the 3 BU models": an acronym between the count and its noun counts too.
    return re.sub(r"(?<![\w$.,:/-])([0-9])(?=\s+(?:[A-Z]{2,5}\s+)?[a-z][a-z-]*\b)", spelled,
                  phrase)


# Words after which a number counts things ("all 4 buildings", "into 1 source of truth").
_COUNT_LEADS = frozenset(
    "all the my your our their his her its these those about around over under nearly "
    "almost only just to into of for with in on at across by from and or than another "
    "first last every each some after before within during past next including".split())


# Verbs in the present after which a number counts ("I would bring 9 years", "I have 3").
_COUNT_VERBS = frozenset("bring have has had spent hold manage lead run train supervise".split())


def _you_for_them(text: str) -> str:
    """In a note to the company, "their menu" is "your menu"; but after people named in the
    text ("show students their own drawings", "walk them through their chart") "their" is
    theirs."""
    if _third_parties(text):
        return text
    return re.sub(r"\btheir\b", "your", text)


def _someone_elses(sentence: str) -> bool:
    """ "My manager was furious": a sentence about another person, though it opens on "my"."""
    from afterword.language.lexicon import words

    m = re.match(r"(?:My|Our)\s+(?:\w+\s+)?(\w+)", sentence)
    if not m:
        return False
    nouns = {w.lower() for w in words("person_nouns")}
    said = [w.lower() for w in sentence.split()[1:3]]
    return any(w in nouns or w.removesuffix("s") in nouns for w in said)


def _third_parties(text: str) -> bool:
    """Whether "their" may refer to people the text names: "them", "they", or a person noun
    ("student", "patients", "the client") before it."""
    from afterword.language.lexicon import words

    nouns = {w.lower() for w in words("person_nouns")}
    cut = text.lower().split("their")[0]
    for word in re.findall(r"[a-z]+", cut):
        if word in {"them", "they", "someone", "somebody", "everyone", "each"}:
            return True
        if word in nouns or word.removesuffix("s") in nouns or word.removesuffix("es") in nouns:
            return True
    return False


def _bringable(head: str) -> bool:
    """Whether "I would bring ..." can take this phrase: a number of things ("three
    first-author papers"), or a skill ("advanced Excel"); not a title ("PhD computational
    neuroscience") or a job ("DS intern at ...")."""
    words = head.split()
    if re.search(r"(?i)\b(?:intern|internship|manager|engineer|analyst|at)\b", head):
        return False
    number = words[0].lower() in gr.DETERMINERS - {"the", "a", "an", "my", "our", "your",
                                                   "their", "his", "her", "its", "no"}
    skill = re.search(r"(?i)\b(?:experience|expertise|skills?|knowledge|fluency|Excel|SQL)\b",
                      head.split("(")[0])
    counted = re.match(r"[1-9][\d,]*$", words[0]) is not None
    # "11 of 14 AP kids passed last year": a clause with its own verb is no thing to bring.
    past = any(gr.is_past(w.strip(",.;:").lower()) for w in words[1:])
    return bool(number or counted or skill) and not past and not gr.has_clause_verb(words)


# Words that make "N years of ..." something one has ("years of Python experience").
_SKILL_WORDS = re.compile(r"(?i)\b(?:experience|expertise|skills?|knowledge|fluency|practice|"
                          r"training|work|service|teaching|nursing|management|engineering|"
                          r"development|design|accounting|planning|sales|support)\b")


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


_MILITARY = {"army": "Army", "navy": "Navy", "air force": "Air Force", "marines": "Marines",
             "marine corps": "Marine Corps", "coast guard": "Coast Guard",
             "national guard": "National Guard", "military": "military"}


def _plain_verb(sentence: str) -> bool:
    """Whether a written sentence has a word after its first that can only be a verb ("the
    island service ran ...", "both routes carry ..."): `has_clause_verb` reads only the
    finite forms a jotting shows."""
    return any("VERB" in gr._lemmas(w) and "NOUN" not in gr._lemmas(w)
               for w in re.findall(r"[a-z]+", sentence.lower())[1:])


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


_MOVED = re.compile(r"(?i)((?:[a-z][\w'/-]*\s+){0,3}[a-z][\w'/-]*)\s+(?:(?:went|rose|fell|dropped)\s+)?"
                    r"from\s+((?:(?:about|under|over|nearly|almost|less than|more than)\s+|~)?"
                    r"\$?\d[\d.,]*\s*(?:%|percent|[a-z]+)?)\s+to\s+"
                    r"((?:(?:about|under|over|nearly|almost|less than|more than)\s+|~)?"
                    r"\$?\d[\d.,]*\s*(?:%|percent|[a-z]+)?)"
                    r"((?:\s+(?:in|within|over|across)\s+(?:the\s+)?[\w\s-]{1,30})?)$")


def _measure_moved(piece: str) -> str | None:
    """ "completion from 48% to 71% in 4 months" -> "taking completion from 48% to 71% in 4
    months": a measure and its change, said as what the claim before it did. None unless the
    piece opens on a noun (not "I", a verb or a preposition)."""
    piece = " ".join(piece.split())
    if re.fullmatch(r"(?i)from\s+\$?\d\S*(?:\s+[a-z]+)?\s+to\s+\$?\d\S*(?:\s+[a-z]+)?", piece):
        return piece  # "cut the close, from 9 days to 6": the change of what the verb named
    m = _MOVED.fullmatch(piece)
    if not m:
        return None
    words = m.group(1).split()
    first = words[0].lower()
    if first in gr.PREPOSITIONS or first in {"i", "we", "it", "they", "and", "then", "so"} or \
            (len(words) == 1 and gr.is_verb(first)) or gr.is_past(words[-1]):
        return None
    what = " ".join(words)
    return f"taking {what} from {m.group(2)} to {m.group(3)}{m.group(4)}"


def _has_subject(piece: str) -> bool:
    """ "walkouts stopped ...": a lower-case noun, then a past verb (not "AUD booked")."""
    words = piece.split()
    return (len(words) >= 2 and words[0].islower() and not gr.is_verb(words[0])
            and gr.is_past(words[1]))


def _INTERJECTIONS_IN(text: str) -> str:  # noqa: N802 (mirrors the reader's own)
    from afterword.language.jotted import _INTERJECTIONS

    return re.sub(r"\s+", " ", _INTERJECTIONS().sub(" ", text)).strip()


_LIST = re.compile(r",\s*|\s+and\s+")
_DEGREES = ("MBA|BA|BS|BSc|MA|MS|MSc|PhD|JD|MD|BSN|MSN|MPH|MPP|MPA|MLIS|MSW|MEd|BEd|DipEd|MEng"
            "|BEng|MFA|BFA|LLM|DNP|PharmD")
# Titles one holds in a review, a club, a society: "Articles Editor, Mill River Review".
_TITLE = re.compile(r"(?:[A-Z][a-z]+\s+)?(?:Editor|Editor-in-Chief|President|Vice President|"
                    r"Treasurer|Secretary|Captain|Chair|Co-Chair|Founder|Co-Founder|Director|"
                    r"Coordinator|Lead|Officer)")
_BODY = re.compile(r"(?:[A-Z][\w&'.-]*\s+){0,4}(?:Review|Journal|Club|Society|Association|"
                   r"Council|Team|Board|Committee|Union|Chapter|League)")


@cache
def _degree_names() -> str:
    """The degrees of `lexicons/degrees.tsv` as one alternation, longest first."""
    from afterword.language.lexicon import words

    return "|".join(re.escape(d) for d in sorted(words("degrees"), key=len, reverse=True))


def _degree_year(text: str) -> str | None:
    """ "BSW 2023", "MPP '21", "MBA, class of 2019" -> "earned my BSW in 2023"; a degree
    the lexicon does not list, or a year that is not one, is no certain reading."""
    m = re.fullmatch(rf"({_degree_names()}),?\s+(?:in\s+|class of\s+)?(?:'|\u2019)?"
                     r"((?:19|20)\d\d|\d\d)", text.strip())
    if not m:
        return None
    year = m.group(2) if len(m.group(2)) == 4 else f"20{m.group(2)}"
    return f"earned my {m.group(1)} in {year}"


# How well a language is spoken, as a jotting says it, and as a sentence says it.
_FLUENCY = {"fluent": "speak fluent {}", "conversational": "speak conversational {}",
            "native": "am a native {} speaker", "bilingual": "am bilingual in English and {}",
            "basic": "speak basic {}", "intermediate": "speak intermediate {}"}


@cache
def _languages() -> tuple[str, dict[str, str]]:
    """The languages of `lexicons/languages.tsv`: one alternation, and each by lower case."""
    from afterword.language.lexicon import words

    known = {w.lower(): w for w in words("languages")}
    alternation = "|".join(re.escape(w) for w in sorted(known, key=len, reverse=True))
    return f"(?:{alternation})", known


def _spoken(text: str) -> str | None:
    """ "spanish conversational", "fluent in french" -> "speak conversational Spanish",
    "speak fluent French": languages and a level the jotting names ("decent spanish"
    says no level for sure); "french + english" -> "speak French and English"; "fully
    bilingual spanish/english" -> "am fully bilingual in Spanish and English"."""
    _LANGUAGE_NAMES, known = _languages()  # noqa: N806 (a pattern, as in the reader)
    joined = r"(?:\s*(?:,|/|\+)\s*|\s+and\s+)"
    listed = re.fullmatch(rf"(?i)(?:((?:fully\s+|completely\s+)?bilingual)\s+(?:in\s+)?)?"
                          rf"({_LANGUAGE_NAMES}(?:{joined}{_LANGUAGE_NAMES})+)", text.strip())
    if listed:
        found = [known.get(w.lower(), w) for w in re.split(joined, listed.group(2))]
        if listed.group(1) and len(found) == 2:
            return f"am {listed.group(1).lower()} in {_series(found)}"
        if not listed.group(1):
            return f"speak {_series(found)}"
    levels = "|".join(_FLUENCY)
    names = rf"{_LANGUAGE_NAMES}(?:(?:,\s*|\s+and\s+){_LANGUAGE_NAMES})*"
    m = re.fullmatch(rf"(?i)(?:({levels})\s+(?:in\s+)?({names})|({_LANGUAGE_NAMES})"
                     rf"\s+\(?({levels})\)?)", text.strip())
    if not m:
        return None
    level = (m.group(1) or m.group(4)).lower()
    found = re.split(r",\s*|\s+and\s+", m.group(2) or m.group(3))
    found = [known.get(w.lower(), w) for w in found]
    if level == "bilingual" and (len(found) > 1 or found == ["English"]):
        return None
    if level == "native" and len(found) > 1:
        return None  # one native language, said as such
    return _FLUENCY[level].format(_series(found))


def _one_level_first(piece: str) -> list[str]:
    """ "fluent french and decent spanish" -> ["fluent french", "decent spanish"]: the
    languages with a level one can state, apart from the rest (shown as left out)."""
    _LANGUAGE_NAMES = _languages()[0]  # noqa: N806

    m = re.match(rf"(?i)(.+?)\s+and\s+((?:some|decent|basic|a little|rusty|ok|okay|passable|"
                 rf"good|school)\s+{_LANGUAGE_NAMES}.*)$", piece)
    return [m.group(1), m.group(2)] if m and _spoken(m.group(1)) else [piece]


def _licence_record(text: str) -> str | None:
    """ "CDL-A, clean record" -> "hold a CDL-A with a clean driving record": a driving
    licence and its record."""
    m = re.fullmatch(r"(?i)(?:an?\s+)?((?:class [abc] )?CDL(?:[- ]?[ABC])?(?: licen[cs]e)?|"
                     r"(?:full |clean )?driv(?:ing|er's|ers) licen[cs]e)(?:,|\s+with|\s+and)?"
                     r"\s+(?:a\s+)?clean\s+(?:driving\s+)?record", text.strip())
    if not m:
        return None
    licence = re.sub(r"(?i)\bcdl\b", "CDL", m.group(1))
    licence = re.sub(r"(?i)^class ([abc])", lambda c: f"Class {c.group(1).upper()}", licence)
    return f"hold a {licence} with a clean driving record"


def _credential_years(pieces: list[str]) -> tuple[str, int] | None:
    """ "CVT, 6 yrs", "RDH 5 yrs": an acronym that names a trade's credential, then the
    years held -> "am a CVT with six years of experience" (and how many pieces it used)."""
    joined = ", ".join(pieces[:2])
    m = re.match(r"([A-Z][A-Z0-9]{1,5}),?\s+(\d{1,2})\s+years?(?=,|$)", joined)
    if not m:
        return None
    used = 2 if "," in joined[:m.end()] else 1
    article = "an" if m.group(1)[0] in "AEFHILMNORSX" else "a"
    return f"am {article} {m.group(1)} with {m.group(2)} years of experience", used


def _held_title(text: str) -> str | None:
    """ "Articles Editor, Mill River Review" -> "served as Articles Editor of the Mill River
    Review"."""
    m = re.fullmatch(rf"({_TITLE.pattern}),?\s+(?:of\s+|at\s+)?(?:the\s+)?({_BODY.pattern})", text)
    return f"served as {m.group(1)} of the {m.group(2)}" if m else None


def _degree(text: str) -> str | None:
    """ "MBA from Ross, 2019" -> "earned an MBA from Ross in 2019"."""
    m = re.match(rf"(?:an?\s+|my\s+)?({_DEGREES})\s+(?:from|at)\s+([A-Z][\w&'. -]*?)"
                 r"(?:,?\s+(?:in\s+)?((?:19|20)\d\d))?$", text)
    if not m:
        return None
    year = f" in {m.group(3)}" if m.group(3) else ""
    article = "an" if m.group(1)[0] in "AEFHILMNORSX" else "a"
    return f"earned {article} {m.group(1)} from {m.group(2)}{year}"


def _figure(piece: str) -> bool:
    """Whether a piece is a figure that belongs with its claim: a short noun phrase opening
    on its number ("about 40M transactions a day", "zero breaks in 14 months", "3 still in
    the trade"), no clause of its own; not "last 4 on payments" nor "3 of them HSC"."""
    words = piece.split()
    m = re.match(r"(?i)(?:about |over |under |nearly |more than |up to )?(?:\$?\d[\d.,:]*%?"
                 r"(?: million| thousand| billion)?|zero)\s+(\S+)", piece)
    if re.match(r"(?i)[a-z-]+(?:\s+[a-z-]+)?\s+(?:up|down)\s+(?:about\s+)?\$?\d[\d.,]*%?"
                r"(?:\s+(?:in|over|within|after)\s+(?:the\s+)?[\w\s-]{1,40})?$", piece):
        return True  # "returns down 20%", "footfall up 18% in the 6 months after": an outcome
    if not m or not 0 < len(words) <= 8 or m.group(1).lower() in gr.PREPOSITIONS | {"of"} \
            or re.search(r"\bI\b", piece) or gr.has_clause_verb(words):
        return False
    if re.match(r"\d+:\d+\s", piece) or m.group(1).lower() in {"still", "percent"} or \
            m.group(1).startswith("%"):
        return True
    # The noun the number counts must be plural: "18 patient caseload" is no figure a
    # sentence can take after "with" ("zero reconciliation breaks in 14 months" is).
    chunk = re.split(r"\s+(?:" + "|".join(gr.PREPOSITIONS) + r"|last|a|an|per)\s+",
                     piece[m.start(1):])[0].split()
    return bool(chunk) and _plural_noun(chunk[-1])


def _imperative(word: str) -> bool:
    """A verb in its base form that opens advice ("lead", "call", "give"), not a past
    ("led"), a noun alone ("pilot") nor a form with an ending ("calls", "calling")."""
    lemmas = gr._lemmas(word)
    return bool(lemmas.get("VERB")) and lemmas["VERB"][0] == word and not gr.is_past(word) \
        and not word.endswith(("ing", "ed")) and word not in gr.DETERMINERS | gr.PREPOSITIONS


def _lemma(verb: str) -> str:
    """ "selected" -> "select", "ran" -> "run"."""
    return (gr._lemmas(verb.lower()).get("VERB") or (verb.lower(),))[0]


def _and_before_last(sentence: str) -> str:
    """ "I ran the campaign, closed 11 gifts" -> "I ran the campaign and closed 11 gifts": a
    series of things done takes "and" before its last."""
    parts = sentence.split(", ")
    if len(parts) < 2 or not re.match(r"I\s+\w+", parts[0]):
        return sentence
    rest = parts[1:]
    if any(p.split()[0].lower() in {"and", "but", "so", "then", "which", "who"} for p in rest
           if p.split()) or not all(p.split() and gr.is_past(p.split()[0]) for p in rest):
        return sentence
    if len(parts) == 2:
        return f"{parts[0]} and {parts[1]}"
    return ", ".join(parts[:-1]) + ", and " + parts[-1]


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


def _verb_with_object(words: list[str]) -> bool:
    """ "love the pottery place", "ride bikes to work": a verb in its base form before its
    object (a determiner, a preposition or a plural), not a noun ("dog people")."""
    if len(words) < 2 or "VERB" not in gr._lemmas(words[0].lower()):
        return False
    if gr.base_form(words[0].lower()) != words[0].lower():
        return False
    nxt = words[1].lower()
    return nxt in gr.DETERMINERS or nxt in gr.PREPOSITIONS or (nxt.endswith("s") and len(nxt) > 3)


def _plural_noun(word: str) -> bool:
    """ "graduates", "runners": a plural noun; not "business", "class", "physics"."""
    w = word.lower()
    if w in {"people", "staff", "children", "men", "women", "kids", "folks"}:
        return True
    if not w.endswith("s") or w.endswith(("ss", "ics", "us")):
        return False
    lemmas = gr._lemmas(w)
    nouns = lemmas.get("NOUN") or ()
    if not lemmas:
        return _known(w[:-1])  # "payouts": a word the tables lack, plural of a known one
    return bool(nouns) and nouns[0] != w


# Verbs of having and liking: "both have ...", "both love ..." is what we share, not what we are.
_HAVE_VERBS = frozenset("have own keep love like play speak collect".split())
_IRREGULAR_PLURALS = {"person": "people", "man": "men", "woman": "women", "child": "children"}
_AGENT = re.compile(r"(?:er|or|ist|ian|ant|ent|ee|eer)s$")


def _people(word: str) -> bool:
    """A plural that names people: a person noun of the lexicon ("nurses") or an agent
    noun's ending ("managers", "runners", "pharmacists")."""
    from afterword.language.lexicon import words

    w = word.lower()
    return bool(_AGENT.search(w)) or w in {"people", "folks", "men", "women", "kids"} or \
        w.rstrip("s") in words("person_nouns") or \
        w[:-2] in words("person_nouns")


def _hyphen_figure(rest: str) -> str:
    """ "have 3 legged cats" -> "have three-legged cats"."""
    return re.sub(r"\b([2-9]) (\w+ed)\b", lambda m: f"{_SMALL[m.group(1)]}-{m.group(2)}", rest)


# Verbs after "I" that say a plan or a state, not something done as a habit.
_NOT_HABITS = frozenset("am have will would plan hope want need know think feel can could "
                        "should may might intend expect aim".split())


# A difference added after what is shared: "diff teams", "different years", "not together".
_DIFFERS = re.compile(r"(?i)\b(?:diff|different|separate|other|rival)\s+([a-z]+?)(?:e?s)?\b")


def _each_of_what_differs(sentence: str, text: str) -> str | None:
    """A rapport sentence said of each of what its line says differs: "we both play in a
    hockey team" from "... (diff teams)" is "we both play in hockey teams"; None when it says
    we share that very thing ("the same team")."""
    frame, _, said = sentence.partition("that ")
    for noun in _DIFFERS.findall(text):
        if re.search(rf"(?i)\b(?:the\s+)?same\s+(?:[\w-]+\s+){{0,4}}{re.escape(noun)}\b", said):
            return None
        one = re.compile(rf"(?i)\b(?:a|an|one)\s+((?:[\w-]+\s+){{0,4}}){re.escape(noun)}\b(?!s)")
        if one.search(said):
            plural = next((p for p in determiners.plurals(noun.lower())
                           if noun.lower() in (gr._lemmas(p).get("NOUN") or ())), noun + "s")
            said = one.sub(rf"\g<1>{plural}", said)
    return f"{frame}that {said}" if _ else sentence


_CONTRAST_TAIL = re.compile(
    r"(?i)[\s,;(-]*\b(?:diff|different|separate|other)\s+(?:teams?|years?|yrs|times?|cities|"
    r"towns?|stores?|schools?|projects?|campuses|cohorts?|classes|offices?|sites?|units?|"
    r"floors?|shifts?|countries|companies|eras?|decades?|groups?|leagues?)\)?\s*$"
    r"|[\s,;(-]*\bnot (?:together|at the same time)\)?\s*$")
# A moment of the interview itself, not something in common.
_MOMENT = re.compile(r"(?i)^(?:we|i|she|he)\s+(?:talked|chatted|spoke|discussed|laughed|joked|spent|went off|"
                     r"bonded|nerded out|geeked out|got sidetracked|digressed)\b")


@cache
def _private_life() -> re.Pattern[str]:
    from afterword.language.lexicon import rows

    forms = [re.escape(c[0].rstrip("*")) + (r"\w*" if c[0].endswith("*") else "")
             for c in rows("private_life")]
    return re.compile(r"(?i)(?<![\w-])(?:" + "|".join(forms) + r")(?![\w-])")


def _same_as_mine(pieces: list[str]) -> str | None:
    """ "she worked at the Harbor Inn in the 2000s, same as my first job": something the
    reader did that the candidate did too, said as shared ("we both worked at the Harbor
    Inn"); the time is left out (it says nothing in common and may touch on age)."""
    for n, piece in enumerate(pieces[1:], start=1):
        if not re.match(r"(?i)same (?:as|for) (?:me|mine|my\b)", piece.strip()):
            continue
        # The reader may be left out of the jotting ("started as a cashier, same as me").
        m = re.match(r"(?i)(?:(?:he|she)\s+)?(\S+)\s+(.+)$", pieces[n - 1].strip())
        if not m or not gr.is_past(m.group(1)) or m.group(1).lower() in {"was", "had"}:
            return None
        rest = re.sub(r"\s+(?:in|during|back in|around)\s+(?:the\s+)?(?:(?:19|20)\d0s|'?\d0s|"
                      r"(?:19|20)\d\d)\b", "", m.group(2))
        if re.search(r"\d", rest) or re.search(r"(?i)\b(?:her|his)\b", rest):
            return None  # "she did her PhD there, same as my MSc": not the same thing
        rest = connections.plural_role(rest)  # "as cashiers": one cashier each
        return f"It was good to find that we both {m.group(1).lower()} {rest.rstrip('.!')}."
    return None


def _drop_tail(rest: str) -> str:
    """ "came up under Chef Marlow at Tallow, different years" -> without the aside tail."""
    # "... and she's a marathoner too": a second fact about the reader, in the third
    # person, is no part of what we share.
    return re.split(r",\s+|\s+(?:and|but|&|\+)\s+(?=(?:he|she|his|her|they|their)\b)",
                    rest, flags=re.IGNORECASE)[0]


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


def _series(items: list[str]) -> str:
    items = [i.removeprefix("and ") for i in items]
    if len(items) == 1:
        return items[0]
    joint = ", and " if " and " in items[-1] else " and "
    return ", ".join(items[:-1]) + joint + items[-1]
