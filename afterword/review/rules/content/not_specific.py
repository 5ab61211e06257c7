"""The `not-specific` rule: nothing in the note refers to something from the conversation."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from afterword.language.patterns import lazy_compile
from afterword.language.spans import Span
from afterword.language.structure import fold, wordset
from afterword.language.text import Note
from afterword.language.wordscan import WordScan
from afterword.review.findings import Hit, Severity
from afterword.review.matchers import load_phrases, sibling
from afterword.review.moves import analyse
from afterword.review.registry import Example, rule
from afterword.review.rules.content._keywords import (
    GENERIC,
    NUMBERS,
    STOP,
    TIME_WORDS,
    entity_names,
    entity_words,
    find_phrase,
    name_spans,
    placeholder_labels,
    stem,
)

# The vocabulary of a note that could have been sent after any interview: thanks, the
# role, the company, the team, the culture, the candidate's enthusiasm, the close. A
# reference made only of these words is not specific.
BOILERPLATE = frozenset(
    " ".join(load_phrases(sibling(__file__, "not_specific.generic.txt"))).split()
)
# Clichés whose words say nothing ("hit the ground running" is no reference to the ground).
_CLICHES = lazy_compile(
    r"\b(?:hit\s+the\s+ground\s+running|team\s+player|think\s+outside\s+the\s+box|go-getter"
    r"|results-driven|perfect\s+fit|win-win|at\s+the\s+end\s+of\s+the\s+day|give\s+\d+%"
    r"|wear\s+many\s+hats|where\s+the\s+magic\s+happens|the\s+next\s+level|value\s+add|thank\s+you)\b",
    re.IGNORECASE,
)
_CLICHES_AT_WORDS = WordScan(_CLICHES)  # the same matches, sought only where they can start
_WEEKDAYS_MONTHS = wordset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december jan feb mar apr jun jul aug sep
    sept oct nov dec noon midnight am pm a.m p.m"""
)
# A clause about the candidate's own background, not about the conversation.
_SELF_OPENER = lazy_compile(
    r"^\W*(?:and\s+|but\s+|so\s+|while\s+|since\s+|because\s+)?(?:with|after|over|for|in|as)"
    r"\s+(?:my|a|an|the\s+(?:past|last)|\d+|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|several|many)\b",
    re.IGNORECASE,
)
# "me" as an object ("were new to me", "made me want to join") leaves the clause about what
# the reader showed; "I" and "my" make it the candidate's own.
_FIRST_PERSON = lazy_compile(r"\b(?:I|I'm|I've|I'd|I'll|my|myself|mine)\b", re.IGNORECASE)
# What makes a clause about the conversation or the reader: "you", "we", a meeting noun, ...
_CUE = lazy_compile(
    r"\b(?:you|your|yours|we|our|us|together|tour|visit|demo|demonstration|presentation"
    r"|walk-?through|walked|showed|showing|hearing|seeing|watching|touring|learning\s+about"
    # "I was glad to hear the team is moving its reports into Power BI": what one heard or
    # learned is what the reader said, even in a sentence that starts with "I".
    r"|hear|heard|learn(?:ed|t)?\s+(?:that|how|about)|saw|see\s+how"
    # "I appreciated learning how the crew keeps the line running", "I admire the work your
    # lab is doing on drought-tolerant wheat": the object is the reader's work.
    r"|learning\s+(?:that|how|why|what|where)|finding\s+out|admire|admired|admiring"
    # "I understand the budget cuts have made this year hard", "I hope the spring concert goes
    # well", "I enjoyed discussing the challenges of recruiting volunteers"
    r"|understand|understood|gather|noticed|hope\s+(?:that\s+)?(?:the|your)"
    # "I hadn't known the library runs a repair café": what one did not know is what one heard
    r"|(?:hadn['’]t|had\s+not|didn['’]t|did\s+not|never)\s+(?:known|know|realised|realized)"
    r"|(?:wasn['’]t|was\s+not)\s+aware"
    r"|discussing|discussed|talking\s+(?:about|through)|talked\s+(?:about|through)|exploring"
    # "I enjoyed the talk about the new Lisbon office": what the talk was about is the reader's
    r"|(?:talk|chat|conversation|discussion|exchange)s?\s+(?:about|on|of|around|regarding)"
    # "I loved that every new teacher gets a mentor", "I was impressed that the kitchen composts"
    r"|(?:loved|liked|admired|impressed|struck|surprised|fascinated|intrigued|moved|touched"
    r"|glad|pleased|happy|delighted|excited|interested)\s+(?:that|by|how|to\s+(?:see|hear|learn))"
    # "I appreciated the panel's questions about checkpoint staffing": the reader's questions,
    # points and examples, several of them, are theirs when a possessive says so ("I blanked on
    # the VAT questions" stays the candidate's)
    r"|story|stories|description|explanation|point|advice|question|example"
    r"|(?:your|their|['’]s)\s+(?:[\w-]+\s+)?(?:questions|points|examples|stories|explanations))\b",
    re.IGNORECASE,
)
_DETERMINERS = wordset(
    "the your a an their its this that these those our his her each every both all any some"
)
_PREPOSITIONS = wordset("about of on into around behind regarding toward towards during")
# "to" leads to a detail only after a move or a change ("the move to dbt", "your switch to
# weekly sprints"); elsewhere it is mostly an infinitive ("to drop a note").
_CHANGE = wordset(
    """move moves moving moved switch switching switched shift shifting migration migrations
    migrate migrating conversion converting transition transitioning upgrade upgrading
    expansion expanding rollout return returning answer answers solution solutions approach
    approaches changes change changing path paths route routes pivot pivots shifts switches
    transitions upgrades rollouts"""
)
_TEXT_SPEAK_NEXT = wordset(
    "the your ur u you me all a an my this that meet see hear talk chat work join be get go say"
)
_TEXT_SPEAK = wordset(
    "2day 2nite 2night 2morrow 2moro 2mrw gr8 gr8t l8r l8 b4 4ever w8 m8 str8 h8 2u 4u any1"
    " some1 no1 every1 sum1 ne1 4get 4got 2gether"
)
_COUNT_DETERMINERS = wordset("the your its their these those")
_COUNTS = wordset(
    "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty"
)
_COUNTED_GENERIC = wordset(
    """people colleagues members staff interviewers interviews managers candidates roles
    positions jobs openings teams rounds questions times ways things steps stages parts
    sides options panels panelists folks hours days weeks months years minutes"""
)
_FIELD_VERBS = wordset("doing done work works working research researching investing invested leading")
# "your plan to cut paper invoices by half": after a plan's "to" and its verb comes the detail.
_PLAN = wordset("plan plans planning goal goals aim aims effort efforts push drive decision intention")
_PROGRESSIVE = wordset("is are was were been")
_REPORTED = wordset("hear heard learn learned learnt know knew realise realised realize realized")
# After "how"/"why"/"what" the clause itself is the reference ("how you triage water damage
# claims"), so its first words may be pronouns.
_WH = wordset("how why what where when which whether")
# Words that end a noun phrase ("the role and the team"); adjectives such as "new" do not.
_NP_BREAK = STOP - wordset("new more most much many own same other such few only")
_GROUPS = wordset("team teams department departments group groups staff crew unit units office")
_TITLE_BEFORE_JOB = lazy_compile(
    r"\b(?:[A-Z][\w&'’/-]*\s+){1,5}(?=(?:position|role|job|opening|post|vacancy|internship"
    r"|opportunity)\b)"
)
_POSSESSIVE = lazy_compile(r"['’]s$", re.IGNORECASE)
_ADVERB = lazy_compile(r"^\w{3,}ly$")
_TIME = lazy_compile(
    r"\d{1,2}[:.]\d{2}(?:am|pm)?|\d{1,2}(?:am|pm)|(?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th)"
)
_CLAUSE_BREAK = lazy_compile(r"[,;:()\u2014\u2013]|\s-\s|\band\s+(?=I\b)|\bbut\b|\bwhich\b", re.I)
_WORD = lazy_compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
# A phone number in any of its usual forms: "555-123-4567", a local "555-0192", an area code
# in brackets "(02) 9374 4000", a country code "+44 20 7946 0958".
_PHONE = lazy_compile(
    r"(?:\+\d{1,3}[\s.-]?)?(?:\(?\b\d{2,4}\)?[\s.-]*\d{3,4}[\s.-]\d{4}|\b\d{3}[.-]\d{4})\b"
)
# A story the reader told, with what happened in it: "your story of the family who arrived in
# January", "the example you gave of the customer who came back every week". What happens in a
# story is the conversation's own, however plain its words; "your story" alone, or the
# candidate's own ("my story of how I came to nursing"), is not.
_STORY = lazy_compile(
    r"\b(?<!my\s)(?:story|stories|anecdote|account|tale|example)\s+(?:(?:that\s+)?you\s+"
    r"(?:told|shared|gave|mentioned|described)\s+)?(?:of|about)\s+(?:the|a|an|one|your|that)\s+"
    r"(?:[\w'’-]+\s+){1,3}?(?:who|that|which|whose|when|where)\s+(?!I\b)[\w'’-]+\s+[\w'’-]+",
    re.IGNORECASE,
)
# A new thing of the reader's, however plain its words: "the new mentoring program for
# first-year advisors", "your team's new approaches to patient care", "the planned night-shift
# rota". What the reader is starting is the conversation's own; a new role, team or
# opportunity is the job itself, and the hiring process is any interview's.
_NEW_THING = lazy_compile(
    r"\b(?:the|your|their|its|our|(?:[\w-]+['’]s))\s+(?:new|upcoming|planned|proposed|pilot"
    r"|forthcoming)\s+(?:[\w'’-]+\s+){0,2}?(?:program|programs|programme|programmes|scheme"
    r"|schemes|initiative|initiatives|approach|approaches|pilot|pilots|policy|policies|rota"
    r"|rotas|rollout|system|systems|curriculum|campaign|campaigns|project|projects|service"
    r"|services|clinic|wing|site|branch|line|product|products|platform|tool|tools|model"
    # a new place of the reader's: "the new maternity unit", "the new Lisbon office", "your new
    # depot in Leeds" (the new place is news from the conversation, not the employer itself)
    r"|unit|units|ward|wards|office|offices|library|libraries|centre|center|shop|store|depot"
    r"|warehouse|plant|factory|kitchen|lab|laboratory|studio|hub|school|campus|building"
    r"|facility|restaurant|outlet|route|routes|app|portal|feature|features|dashboard|menu)\b",
    re.IGNORECASE,
)
_QUOTE = lazy_compile(r"[\"“]([^\"“”]{3,120})[\"”]")
_NUMBER = lazy_compile(r"\d")
_ENTITY_SLOT = lazy_compile(
    r"\b(?:name|company|organi[sz]ation|employer|role|position|job|title|date|day|time"
    # the employer by another name: "(insert workplace)", "[hospital]", "[department]"
    r"|workplace|business|firm|facility|hospital|clinic|practice|store|branch|agency"
    r"|institution|location|site|office|department|team|unit|ward"
    r"|interviewer|recipient|manager|city|school|phone|email|address|signature)\b",
    re.IGNORECASE,
)


def _specific_slot(note: Note) -> Span | None:
    """A template slot standing for something specific ("[insert specific project]")."""
    for span, label in placeholder_labels(note):
        if label and not _ENTITY_SLOT.search(label):
            return span
    return None


def topic_reference(note: Note) -> Span | None:
    """Where the note refers to one of the context's topics, or None."""
    for topic in note.context.topics:
        found = find_phrase(note, topic)
        if found is not None:
            return found
    return None


def specific_reference(note: Note) -> Span | None:
    """Without topics: something narrower than the company, the role, the team or the culture.

    In a clause that is not about the candidate's own background: a quotation, a number, a
    proper name, or a noun phrase ("your roadmap for the mobile app", "the on-call
    changes") holding a word that is not boilerplate. The greeting, the sign-off, template
    slots and the context's names are left out.
    """
    body = note.body
    skip: list[tuple[int, int]] = []
    for frame in (note.greeting, note.signoff):
        if frame is not None:
            skip.append((frame.span.start, frame.span.end))
    skip.extend((p.start, p.end) for p in note.placeholders)
    skip.extend(m.span() for m in _CLICHES_AT_WORDS.finditer(body, note.word_starts))
    skip.extend(_entity_ranges(note))
    # "the Registered Nurse position", "the Sales Associate role": a title named before the
    # job is the role in other words, even where the context spells the role differently.
    skip.extend(m.span() for m in _TITLE_BEFORE_JOB.finditer(body))
    # What the candidate would get is no reference to the conversation ("the free gym"),
    # nor is a phone number.
    # A perk word that modifies a noun of the reader's business is part of a detail, not a
    # perk: "the move to monthly commission runs", "the bonus scheme for the pickers".
    perks = [p for p in analyse(note).spans("perk") if not _modifies_a_noun(body, p)]
    for sentence in note.sentences if perks else ():
        if any(sentence.start <= p.start < sentence.end for p in perks):
            skip.append((sentence.start, sentence.end))
    skip.extend(m.span() for m in _PHONE.finditer(body))
    names = entity_words(note)
    for m in _STORY.finditer(body):
        if not _skipped(m.start(), skip):
            return Span(m.group(), m.start(), m.end())
    for m in _QUOTE.finditer(body):
        quoted = [w for w in _WORD.findall(m.group(1)) if not _dull(_bare(w), names)]
        if quoted and not _skipped(m.start(), skip):
            return Span(m.group(), m.start(), m.end())
    others: list[tuple[int, str]] = []  # the clauses about the reader, with no detail found
    for sentence in note.sentences:
        pos = sentence.start
        for piece in _CLAUSE_BREAK.split(sentence.text):
            start = body.find(piece, pos)
            if start < 0 or not piece.strip():
                continue
            pos = start + len(piece)
            if _is_self_clause(piece) or _praises_the_workplace(piece):
                continue
            found = _reference_in(body, start, piece, skip, names, start == sentence.start)
            if found is not None:
                return found
            others.append((start, piece))
    # Last, as most notes hold a detail of another kind: a new thing of the reader's.
    for start, piece in others:
        new_thing = _NEW_THING.search(piece)
        if new_thing is not None and not _skipped(start + new_thing.start(), skip):
            return Span(new_thing.group(), start + new_thing.start(), start + new_thing.end())
    return None


_NEXT_WORD = lazy_compile(r"[ \t]+([a-z][a-z-]*)\b")


def _modifies_a_noun(body: str, perk: Span) -> bool:
    """Whether a perk word stands before a noun it modifies ("commission runs", "bonus
    scheme"): the next word is a lower-case word that is no function word."""
    m = _NEXT_WORD.match(body, perk.end)
    return m is not None and m.group(1) not in STOP and not _ADVERB.search(m.group(1))


def _skipped(pos: int, skip: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in skip)


def _entity_ranges(note: Note) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for name in entity_names(note):
        out.extend(name_spans(note, name))
    return out


# "My ICU experience would serve your patients well": a clause that opens on the candidate's
# own background is about them, even when it goes on to name the reader.
_MY_BACKGROUND = lazy_compile(
    r"^\W*(?:and\s+|but\s+|so\s+)?my\s+(?:[\w-]+\s+){0,3}?(?:experience|background|skills?"
    r"|training|expertise|knowledge|years|career|work|time|degree|studies|track\s+record)\b",
    re.IGNORECASE,
)


# "I keep thinking about the forklift safety video", "I'd love to help with the Denver
# launch", "I think the mentoring circles are a great idea": the candidate speaking of a thing
# of the reader's, not of their own background (a clause with "my" stays the candidate's).
_READER_THING = lazy_compile(
    r"\b(?:thinking|thought|mulling|reflecting|reading\s+up|read\s+up|researching|curious"
    # "I'm still smiling about the parrot in the reception area"
    r"|smiling|laughing|chuckling"
    r"|wondering)\s+(?:about|over|on)\b|\bfind(?:ing)?\s+out\b|\bfound\s+(?:out|the)\b"
    r"|\bthink\s+(?:that\s+)?the\b|\bsketching\b|\b(?:help|helping|contribute|contributing"
    r"|support|supporting)\s+(?:with|to|on)\s+the\b|\bhelp\s+(?:roll|build|launch|grow|run"
    r"|expand|finish|clear)\b",
    re.IGNORECASE,
)
_MY = lazy_compile(r"\b(?:my|mine|myself)\b", re.IGNORECASE)
# "Eastgate Community Centre looks like a great place to work": praise of the workplace as a
# whole, whose subject (often the employer's name) is no detail of the conversation.
_WORKPLACE_PRAISE = lazy_compile(
    r"\b(?:looks?|looked|seems?|seemed|sounds?|sounded|feels?|felt|is|was"
    r"|(?:strikes|struck)\s+me\s+as)\s+(?:\w+ly\s+)?(?:like\s+)?(?:such\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:place|company|organi[sz]ation|employer"
    r"|environment|workplace|firm|business)\s+(?:to\s+(?:work|be|grow|learn|build\s+a\s+career)"
    r"|for\s+(?:\w+\s+)?(?:to\s+work|people|staff))\b",
    re.IGNORECASE,
)


def _praises_the_workplace(clause: str) -> bool:
    """A clause praising the workplace as a whole, its subject only a name or the team
    ("Eastgate Community Centre looks like a great place to work"); a subject with a detail
    ("the step-down unit you are opening in March") keeps the clause."""
    m = _WORKPLACE_PRAISE.search(clause)
    if m is None:
        return False
    subject = _WORD.findall(clause[: m.start()])
    return len(subject) <= 6 and all(
        w[:1].isupper() or _bare(w) in _DETERMINERS or _bare(w) in BOILERPLATE
        or _ADVERB.search(w) for w in subject
    )


def _is_self_clause(clause: str) -> bool:
    if _MY_BACKGROUND.match(clause):
        return True
    if _CUE.search(clause):
        return False
    if _READER_THING.search(clause) and not _MY.search(clause):
        return False
    return bool(_SELF_OPENER.match(clause) or _FIRST_PERSON.search(clause))


@lru_cache(maxsize=8192)  # asked several times for each word of a note without topics
def _bare(word: str) -> str:
    return fold(_POSSESSIVE.sub("", word)).replace(" ", "")


def _reference_in(
    body: str,
    start: int,
    clause: str,
    skip: list[tuple[int, int]],
    names: frozenset[str],
    opens_sentence: bool,
) -> Span | None:
    tokens = [(start + m.start(), m.group()) for m in _WORD.finditer(clause)]
    tokens = [(s, w) for s, w in tokens if not _skipped(s, skip)]
    for i, (s, word) in enumerate(tokens):
        low = _bare(word)
        prev = _bare(tokens[i - 1][1]) if i else ""
        # A number that is no date or time: "18 months", "two urgent care sites" is words.
        if _NUMBER.search(word):
            after = _bare(tokens[i + 1][1]) if i + 1 < len(tokens) else ""
            # Text-speak "4 the interview", "2 u", "gr8", "2day": a digit standing for a sound.
            if word in ("2", "4") and after in _TEXT_SPEAK_NEXT or low in _TEXT_SPEAK:
                continue
            if prev in _WEEKDAYS_MONTHS or after in ("am", "pm", "a.m", "p.m") or _TIME.fullmatch(
                low
            ):
                continue
            return Span(word, s, s + len(word))
        # A count of the reader's things: "across the three wards", "your two clinics" (not
        # "the two of us", "all three interviewers", "the two roles").
        if low in _COUNTS and prev in _COUNT_DETERMINERS and i + 1 < len(tokens):
            after = _bare(tokens[i + 1][1])
            if after not in STOP and after not in _COUNTED_GENERIC and after not in TIME_WORDS:
                return Span(word, s, s + len(word))
        # A proper name inside the sentence: "Kafka", "the Lowell project", "Node.js".
        first_word = (i == 0 and opens_sentence) or _after_symbol(body, s)
        if (
            word[:1].isupper()
            and (not first_word or _rare(low))
            and not _dull(low, names)
            and low != "i"
        ):
            return Span(word, s, s + len(word))
        # A noun phrase after a determiner or a preposition, or a "how ..." clause.
        # "reassuring to hear that apprentices get a day a week at college": what one heard
        # is read as a whole clause, as after "how".
        wh = prev in _WH or (prev == "that" and i > 1 and _bare(tokens[i - 2][1]) in _REPORTED)
        to_change = prev == "to" and i > 1 and (
            _bare(tokens[i - 2][1]) in _CHANGE
            # a change told by its two ends: "the move from quarterly to monthly bonus runs",
            # "going from paper to electronic timesheets"
            or any(_bare(w) == "from" for _, w in tokens[max(0, i - 5) : i - 1])
        )
        # "the work your lab is doing in drought-tolerant wheat": the field of the reader's work.
        in_field = prev == "in" and i > 1 and _bare(tokens[i - 2][1]) in _FIELD_VERBS
        after_plan = (
            i > 2 and _bare(tokens[i - 2][1]) == "to" and _bare(tokens[i - 3][1]) in _PLAN
        )
        # "the ward is piloting self-rostering", "the school is introducing forest school
        # sessions": what the reader's place is doing now, its object the detail.
        doing = (
            i > 1 and prev.endswith("ing") and len(prev) > 5
            and _bare(tokens[i - 2][1]) in _PROGRESSIVE
        )
        if (
            prev in _DETERMINERS
            or prev in _PREPOSITIONS
            or prev in NUMBERS
            or wh
            or to_change
            or in_field
            or after_plan
            or doing
        ):
            # A "how ..." clause names its subject and verb before its object ("how your
            # office is moving patient check-in over to tablets"), so it is read further.
            for s2, w2 in tokens[i : i + (10 if wh else 5)]:
                low2 = _bare(w2)
                if low2 in _NP_BREAK and not (wh and low2 in STOP) or _after_symbol(body, s2):
                    break
                parts = [_bare(p) for p in re.split(r"[-.]", w2) if p]  # "decision-making"
                if (
                    parts
                    and not all(_dull(p, names) for p in parts)
                    and not _ADVERB.search(low2)
                    and not _misspelt_dull(w2, names)
                ):
                    if _followed_by_group(tokens, s2):
                        continue
                    return Span(w2, s2, s2 + len(w2))
    return None


def _after_symbol(body: str, at: int) -> bool:
    """ "Thanks for the chat today 😊 Super excited": a capital after an emoji or an ellipsis
    starts a new sentence the splitter did not see, so it is no proper name."""
    k = at - 1
    while k >= 0 and body[k].isspace():  # no slice: this runs for every word
        k -= 1
    return k >= 0 and (body[k] == "…" or unicodedata.category(body[k]) in ("So", "Sk"))


def _rare(word: str) -> bool:
    """ "Kanban boards were new to me": a sentence's first word that is no everyday word
    (Zipf under 2.8) is most likely a name or a term of the trade, not just a capital."""
    from afterword.language.spelling import lexicon

    words = lexicon()
    return words.usable and len(word) > 3 and words.zipf(word) < 280


def _misspelt_dull(word: str, names: frozenset[str]) -> bool:
    """ "the interveiw": a lower-case word no dictionary knows whose likely correction is a
    word any note could use is that word misspelt, not a detail of the conversation."""
    if not word.islower() or len(word) < 5:
        return False
    from afterword.language.spelling import lexicon

    words = lexicon()
    if not words.usable or words.knows(word):
        return False
    # Text-speak cuts a word short or spells its end by sound ("intervu"): an unknown word
    # that opens as a word any note could use is that word.
    if len(word) >= 6 and word[:6].lower() in _dull_openings():
        return True
    found = words.suggest(word)
    return found.confident and found.best is not None and _dull(found.best, names)


@lru_cache(maxsize=1)
def _dull_openings() -> frozenset[str]:
    """The first six letters of every word of at least seven that any note could use."""
    return frozenset(w[:6] for w in (*BOILERPLATE, *GENERIC) if len(w) >= 7 and w.isalpha())


def _name_stem(word: str, names: frozenset[str]) -> bool:
    """ "engineering" for a Firmware Engineer: the role's words in another form."""
    return len(word) > 4 and bool(names) and stem(word) in _stems(names)


@lru_cache(maxsize=1024)
def _stems(names: frozenset[str]) -> frozenset[str]:
    return frozenset(stem(n) for n in names if len(n) > 4)


def _followed_by_group(tokens: list[tuple[int, str]], at: int) -> bool:
    """ "your marketing team": a department's name is the team, not a detail."""
    for k, (s, _) in enumerate(tokens):
        if s == at and k + 1 < len(tokens):
            return _bare(tokens[k + 1][1]) in _GROUPS
    return False


def _dull(word: str, names: frozenset[str]) -> bool:
    if word.endswith("s") and len(word) > 4 and (_dull_one(word[:-1], names) or (
        word.endswith("es") and _dull_one(word[:-2], names)
    )):
        return True
    return _dull_one(word, names)


def _dull_one(word: str, names: frozenset[str]) -> bool:
    return (
        len(word) < 3
        or word in STOP
        or word in BOILERPLATE
        or word in GENERIC
        or word in NUMBERS
        or word in TIME_WORDS
        or word in _WEEKDAYS_MONTHS
        or word in _TEXT_SPEAK
        or word in names
        or _name_stem(word, names)  # last: the dearest test
    )


@rule(
    "not-specific",
    severity=Severity.WARNING,
    kinds=("thank-you", "networking"),
    invite=True,
    fires=[
        Example(
            "Dear Ms. Ng,\n\nThank you for taking the time to speak with me today. I enjoyed our "
            "conversation and learning more about the position and your team.\n\nI look forward "
            "to hearing from you.\n\nBest regards,\nHugo",
            context={"topics": ["month-end close checklist", "fixed asset subledger"]},
            note="Neither topic of the interview is mentioned.",
        ),
        Example(
            "Dear Kevin,\n\nThank you for taking the time to interview me today. I enjoyed our "
            "conversation and learning more about the role and the company.\n\nBest,\nBrianna",
            note="No topics are known, and nothing narrower than the role and the company appears.",
        ),
    ],
    passes=[
        Example(
            "Hi Priya,\n\nI appreciated the candid look at how you are moving your pipelines "
            "onto Kubernetes.\n\nBest regards,\nMateo",
            context={"topics": ["migration to Kubernetes"]},
            note="A paraphrase that keeps the topic's key word counts.",
        ),
        Example(
            "Hi Vikram,\n\nThanks for the interview today. Your story about rebuilding the "
            "loading dock schedule after the flood stayed with me.\n\nRegards,\nConnor",
            channel="linkedin-message",
        ),
    ],
)
def not_specific(note: Note) -> Iterator[Hit]:
    """Flag a note that refers to nothing specific from the conversation.

    ## What it flags
    With the interview's topics known, a note that mentions none of them: a topic counts
    when one of its key words appears, in any form ("migrating to Kubernetes" for
    "migration to Kubernetes"). Generic words such as "experience", "team" or "process" do
    not count. Without topics, a note that mentions nothing narrower than the role, the
    company, the team or the culture.

    ## Why it matters
    A specific detail proves you listened and makes the note yours; a generic note could
    have been sent after any interview, and reads that way.

    ## Known limits
    A topic referred to only by a synonym ("containers" for "Kubernetes") is not recognised.
    Without topics the check is lenient: any concrete word outside your own background
    counts as specific.
    """
    if _specific_slot(note) is not None:
        return
    topics = note.context.topics
    if topics:
        if topic_reference(note) is not None:
            return
        listed = "; ".join(topics)
        yield Hit(
            None,
            f"The note mentions none of the topics from the interview ({listed})",
            suggestion=f"Add a sentence about {topics[0]}.",
        )
        return
    if analyse(note).has("reference") or specific_reference(note) is not None:
        return
    yield Hit(
        None,
        "The note refers to nothing specific from the conversation",
        suggestion="Mention one thing you discussed, such as a project, a plan or a question.",
    )
