"""Singular count nouns left bare, for `broken-phrase`: "when client refuse to pay", "having
quantity surveyor on site", "I saved client ₦38m", "many customer in a day", "for position".

A jotting drops its articles ("client refused to pay", "QS on site weekly"); a composer that
pastes it, or a writer whose first language has no articles, leaves a singular noun for a
person bare where English needs "a", "the" or a plural. Read from words and two lists (the
words for people of `person_nouns.tsv`, and `count_nouns.tsv` beside this file), five seams:

- a subordinator (when, if, because, where, ...) then a bare noun for a person then a verb in
  its plain form: "when client refuse to pay". The subject and its verb agree in neither
  number nor article. "When clients refuse" and "when a client refuses" are English; so are
  the collective nouns ("when staff need", "when the team need"), which are not in the list.
- a preposition or a verb that takes a person (with, for, from, saved, helped, having, ...)
  then a bare noun for a person, up to two words of description before it, and after it the
  end of the phrase: punctuation, a preposition, "who", a number. "A nurse per patient",
  "from client to client", "nurse to patient", "as charge nurse", "promoted to team lead",
  "helped that patient get home" and a noun that describes another ("client onboarding", "patient safety") are English;
  so is a word for a person that is an adjective too, after a linking verb ("to stay patient
  with every caller", "advice about staying patient").
- a number or a word for many (many, several, these, two, ...) then a singular noun for a
  person, ending its phrase: "many customer in a day".
- a count noun of the job search (role, position, deadline, opportunity) bare after a
  preposition, and "great job", "great talk" after a verb: "the discussion about role",
  "before deadline", "giving me opportunity", "doing great job".
- the acronym of a public body that English writes with "the", bare after a preposition at the
  end of its phrase: "we both used to work at RAAF", "six years in NHS" ("at NHS Digital" and
  "in EU law" are English).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from afterword.language.inflect import spelled_third_person
from afterword.language.lexicon import words
from afterword.language.patterns import lazy_compile
from afterword.language.roles import ROLE_BEFORE
from afterword.language.text import Note
from afterword.review.rules.draft._running import Running

Seam = tuple[int, int, str]


def _count_nouns() -> dict[str, set[str]]:
    kinds: dict[str, set[str]] = {"person": set(), "thing": set(), "not": set()}
    for line in Path(__file__).with_name("count_nouns.tsv").read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            noun, kind = line.split("\t")[:2]
            kinds[kind.strip()].add(noun.strip())
    return kinds


_KINDS = _count_nouns()
_PEOPLE = frozenset(
    w for w in words("person_nouns") | _KINDS["person"] if w.islower() and w not in _KINDS["not"]
)
_THINGS = frozenset(_KINDS["thing"])

# Words that are not a description before a noun: determiners, pronouns, prepositions,
# conjunctions, forms of "be" and "have", and the like.
_FUNCTION = frozenset(
    """a an the my our your their his her its this that these those every each any some no
    which whose what whatever one two three four five six seven eight nine ten another such
    all both either neither many much more most few several own other same per
    i you he she we they it me us him them who whom
    and or but nor so yet if when while because as than
    to of in on at by for with from about into onto over under after before during through
    without between among across against toward towards via like regarding
    is are was were be been being am has have had do does did can could will would shall
    should may might must not never also just only very really too quite even still
    there here then now how why where""".split()
)
# What may end a bare noun's phrase.
_END = lazy_compile(
    r"[ \t]*(?:[.,;:!?)]|$|[₦$€£¥₹\d]"
    r"|(?:in|on|at|about|with|for|from|during|before|after|to|by|under|over|through|every"
    r"|each|who|that|when|whose|per)(?![\w'’-]))"
)
_WORD = lazy_compile(r"[ \t]+([A-Za-z][a-z'’-]*)")

# The subordinators of the first seam, and the plain verbs after a subject.
_SUBORDINATORS = frozenset("when whenever if unless until because where once that while".split())
_PLAIN_VERBS = frozenset(
    """refuse want ask complain say shout miss forget come arrive deliver reject cancel raise
    expect decide disagree escalate fail know like think try get make have do don't go push
    stop start wait send give take see feel prefer struggle argue insist challenge speak
    use buy agree quit resign leave tell bring show find keep lose pay need call report order
    return change visit phone email request question dispute delay walk talk worry demand
    review sign book contact""".split()
)
# Verbs whose object takes a plain verb after it ("helped that patient get home", "let that
# client decide"): a "that" after them is a determiner, not a conjunction.
_CAUSING = frozenset(
    """help helps helped helping let lets letting make makes made making watch watched see saw
    seen hear heard have has had get got""".split()
)
# Plain verbs that are nouns as well ("user need", "customer demand fell"): only read as verbs
# before an object or "to".
_ALSO_NOUNS = frozenset(
    """pay need call report order return change visit phone email request question dispute
    delay walk talk worry demand review sign book contact""".split()
)
_OBJECT = lazy_compile(
    r"[ \t]+(?:to|me|us|them|him|her|it|the|a|an|more|their|his|our|your|my|back|up|out)\b"
)
# The second seam's words before the noun: prepositions, and verbs whose object is a person.
_TAKES_A_PERSON = frozenset(
    """with for to from about without toward towards having saved helped told asked trained
    supported called met hired assisted contacted advised mentored coached guided informed
    reassured thanked visited taught helping supporting training""".split()
)
# A linking verb before the noun makes it an adjective ("stay patient with every caller",
# "advice about staying patient", "remain patient"): some words for people are adjectives too.
_LINKING = frozenset(
    """stay stays stayed staying remain remains remained remaining be is are was were been being
    keep keeps kept keeping become becomes became becoming seem seems seemed seeming""".split()
)
_MANY = frozenset(
    "many several various these those two three four five six seven eight nine ten".split()
)
# The words before a noun, back to the start of its phrase.
_PHRASE_BREAK = lazy_compile(r"[.,;:!?()\n\"“”]")
_TOKEN = lazy_compile(r"\S+")
# The fourth seam, tried at each of its nouns (or praise words): the word before, the noun,
# and what may follow the noun at the end of its phrase.
_THING_WORDS = (
    "role position deadline opportunity vacancy company organisation organization proposal"
).split()
_PRAISE = ("great", "good", "nice", "wonderful", "excellent", "lovely", "fantastic")
_THING_SET = frozenset(_THING_WORDS)
_PRAISE_SET = frozenset(_PRAISE)
_PHRASE_END = r"(?=[ \t]*(?:[.,;:!?)]|$|(?:to|in|at|with|for|on|and|of)\b))"
_THING = lazy_compile(rf"[a-z]+{_PHRASE_END}")
_PREPOSITION_BEFORE = lazy_compile(
    r"(?<![\w'’-])(?:about|for|before|after|during|at|with|from|regarding|into)[ \t]+$",
    re.IGNORECASE,
)
_GIVEN_BEFORE = lazy_compile(
    r"(?<![\w'’-])(?:give|gives|gave|given|giving|offer|offers|offered|offering)[ \t]+"
    r"(?:me|us)[ \t]+$",
    re.IGNORECASE,
)
_PRAISED = lazy_compile(
    r"[a-z]+[ \t]+(?:job|talk|conversation|time|day|chance|opportunity|meeting|team|question"
    rf"|idea){_PHRASE_END}"
)
_HAD_BEFORE = lazy_compile(
    r"(?<![\w'’-])(?:is|was|it['’]s|had|have|having|has|do|does|doing|did|done)[ \t]+$",
    re.IGNORECASE,
)


# Acronyms of public bodies that English writes with "the" ("in the NHS", "at the FDA"), bare
# after a preposition at the end of their phrase ("we both used to work at RAAF"). Before a
# noun or a name they describe it ("in EU law", "at NHS Digital") and are left alone.
_THE_ACRONYMS = frozenset(
    "NHS RAF RAAF RAN RNZAF USAF UN EU FBI CIA BBC IRS FDA CDC IMF WTO ADF IDF MOD VA ATO EPA".split()
)
_THE_ACRONYMS_LOWER = frozenset(a.lower() for a in _THE_ACRONYMS)
_ACRONYM_BEFORE = lazy_compile(
    r"(?<![\w'’-])(?:at|in|with|for|from|to|into|join|joined|joining|left|leaving)[ \t]+$",
    re.IGNORECASE,
)


def acronym_without_the(note: Note, text: Running) -> Iterator[Seam]:
    body = note.body
    at = note.word_starts.at
    for low in _THE_ACRONYMS_LOWER.intersection(at):
        acronym = low.upper()
        for pos in at[low]:
            end = pos + len(acronym)
            if body[pos:end] != acronym or end > text.end or not _END.match(body, end, text.end):
                continue
            if body[end : end + 1] in ("'", "’", "-"):
                continue  # "the NHS's", "FDA-approved"
            if _ACRONYM_BEFORE.search(body, max(0, pos - 12), pos) and text.allows(pos, end):
                yield pos, end, f"'{acronym}' needs 'the' before it"


def _plural(noun: str) -> str:
    """The noun's plural, for a message: "clients", "nurses", "secretaries"."""
    if noun.endswith(("man", "woman")):
        return noun[:-3] + "men"
    if noun == "child":
        return "children"
    if noun.endswith(("s", "sh", "ch", "x")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def _description(words: list[str]) -> bool:
    """Whether these words may stand between a determiner's place and a noun ("quantity",
    "site", "new"): lower case, and no word of the closed classes."""
    return all(w.islower() and w not in _FUNCTION for w in words)


def people_without_article(note: Note, text: Running) -> Iterator[Seam]:
    """The first three seams, read from each word for a person in the note."""
    body = note.body
    at = note.word_starts.at
    for noun in _PEOPLE.intersection(at):
        for pos in at[noun]:
            end = pos + len(noun)
            if end > text.end or not body[pos].islower() or not body[pos - 1 : pos].isspace():
                continue  # "Client", "reverse-engineer", "jotted/support-engineer.toml"
            if body[end : end + 1] in (".", "-", "/") and body[end + 1 : end + 2].isalnum():
                continue
            phrase = _PHRASE_BREAK.split(body[max(0, pos - 80) : pos])[-1]
            opens = pos - len(phrase)
            words = [(opens + m.start(), m.group()) for m in _TOKEN.finditer(phrase)]
            if not words:
                continue
            seam = _seam(body, words, pos, end, noun, text.end)
            if seam is not None and text.allows(seam[0], seam[1]):
                yield seam


def _seam(
    body: str, words: list[tuple[int, str]], pos: int, end: int, noun: str, limit: int
) -> Seam | None:
    """The seam the noun at `pos` makes with the words of its phrase before it (each with
    where it starts), or None."""
    before = [w for _, w in words]
    verb = _WORD.match(body, end, limit)
    if verb is not None and verb.group(1) in _PLAIN_VERBS:
        v = verb.group(1)
        for k in (1, 2):
            if len(before) >= k and before[-k].lower() in _SUBORDINATORS:
                if (
                    before[-k].lower() == "that"
                    and len(before) > k
                    and (before[-k - 1].lower() in _CAUSING)
                ):
                    break  # "I helped that patient get home": "that" is a determiner
                if _description(before[len(before) - k + 1 :]) and (
                    v not in _ALSO_NOUNS or _OBJECT.match(body, verb.end())
                ):
                    return (
                        pos,
                        verb.end(),
                        (
                            f"'{noun} {v}' needs 'a {noun} {spelled_third_person(v)}' or '{_plural(noun)} {v}': "
                            "a singular noun needs an article, and its verb agrees"
                        ),
                    )
                break
    if not _END.match(body, end, limit):
        return None
    if before[-1].lower() in _MANY or before[-1].isdigit():
        return pos, end, f"'{noun}' needs its plural after '{before[-1]}'"
    for k in (1, 2, 3):
        if len(before) < k or not _description(before[len(before) - k + 1 :]):
            return None
        word = before[-k].lower()
        if word in _LINKING:
            return None  # "to stay patient with", "about staying patient"
        if word not in _TAKES_A_PERSON:
            continue
        if word in ("to", "by") and len(before) > k and before[-k - 1].lower() in _PEOPLE:
            return None  # "nurse to patient", "client by client"
        trigger = words[-k][0]
        if ROLE_BEFORE.search(body, max(0, trigger - 40), trigger):
            return None  # "promoted to charge nurse", "went from cashier to store manager"
        after = body[end : end + 30].split()
        if word == "from" and after[:1] == ["to"]:
            return None  # "from nurse to manager"
        other = after[1].strip(".,") if len(after) > 1 else ""
        if after[:1] in (["to"], ["by"], ["per"]) and (other == noun or other in _PEOPLE):
            return None  # "client to client", "nurse to patient ratio"
        return pos, end, f"'{noun}' needs 'a', 'the' or a plural here: a jotting dropped it"
    return None


def thing_without_article(note: Note, text: Running) -> Iterator[Seam]:
    body = note.body
    at = note.word_starts.at
    for noun in _THING_SET.intersection(at):
        for pos in at[noun]:
            m = _THING.match(body, pos)
            if m is None or m.end() > text.end:
                continue  # "Role", "role-play", "position papers"
            before = max(0, pos - 20)
            bare = _PREPOSITION_BEFORE.search(body, before, pos) or (
                noun == "opportunity" and _GIVEN_BEFORE.search(body, before, pos)
            )
            if bare and text.allows(pos, m.end()):
                yield pos, m.end(), f"'{noun}' needs 'the' or 'a' before it"
    if "chance" in at:
        for pos in at["chance"]:
            given = body[pos] == "c" and _GIVEN_BEFORE.search(body, max(0, pos - 20), pos)
            if given and text.allows(pos, pos + 6):
                yield pos, pos + 6, "'chance' needs 'the' or 'a' before it"
    for word in _PRAISE_SET.intersection(at):
        for pos in at[word]:
            m = _PRAISED.match(body, pos)
            if (
                m is None
                or m.end() > text.end
                or not _HAD_BEFORE.search(body, max(0, pos - 12), pos)
            ):
                continue
            if text.allows(pos, m.end()):
                yield pos, m.end(), f"'{m.group()}' needs 'a' or 'the' before it"


FINDERS = (people_without_article, thing_without_article, acronym_without_the)
