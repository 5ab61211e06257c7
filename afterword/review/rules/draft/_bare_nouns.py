"""Singular count nouns left bare, for `broken-phrase`: "when client refuse to pay", "having
quantity surveyor on site", "I saved client ₦38m", "many customer in a day", "for position".

A jotting drops its articles ("client refused to pay", "QS on site weekly"); a composer that
pastes it, or a writer whose first language has no articles, leaves a singular noun for a
person bare where English needs "a", "the" or a plural. Read from words and two lists (the
words for people of `person_nouns.tsv`, and `count_nouns.tsv` beside this file), four seams:

- a subordinator (when, if, because, where, ...) then a bare noun for a person then a verb in
  its plain form: "when client refuse to pay". The subject and its verb agree in neither
  number nor article. "When clients refuse" and "when a client refuses" are English; so are
  the collective nouns ("when staff need", "when the team need"), which are not in the list.
- a preposition or a verb that takes a person (with, for, from, saved, helped, having, ...)
  then a bare noun for a person, up to two words of description before it, and after it the
  end of the phrase: punctuation, a preposition, "who", a number. "A nurse per patient",
  "from client to client", "as charge nurse", "promoted to team lead" and a noun that
  describes another ("client onboarding", "patient safety") are English.
- a number or a word for many (many, several, these, two, ...) then a singular noun for a
  person, ending its phrase: "many customer in a day".
- a count noun of the job search (role, position, deadline, opportunity) bare after a
  preposition, and "great job", "great talk" after a verb: "the discussion about role",
  "before deadline", "giving me opportunity", "doing great job".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from afterword.language.lexicon import words
from afterword.language.patterns import lazy_compile
from afterword.language.text import Note
from afterword.language.wordscan import WordScan
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
_SUBORDINATE = WordScan(
    lazy_compile(
        r"\b(?:when|whenever|if|unless|until|because|where|once|that|while)(?=[ \t]+[a-z])",
        re.IGNORECASE,
    )
)
_PLAIN_VERBS = frozenset(
    """refuse want ask complain say shout miss forget come arrive deliver reject cancel raise
    expect decide disagree escalate fail know like think try get make have do don't go push
    stop start wait send give take see feel prefer struggle argue insist challenge speak
    use buy agree quit resign leave tell bring show find keep lose pay need call report order
    return change visit phone email request question dispute delay walk talk worry demand
    review sign book contact""".split()
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
_TAKES_A_PERSON = WordScan(
    lazy_compile(
        r"\b(?:with|for|to|from|about|without|towards?|having|saved|helped|told|asked|trained"
        r"|supported|called|met|hired|assisted|contacted|advised|mentored|coached|guided"
        r"|informed|reassured|thanked|visited|taught|helping|supporting|training)"
        r"(?=[ \t]+[a-z])",
        re.IGNORECASE,
    )
)
# "promoted to team lead", "promoted four assistants to store manager", "went from nurse to
# manager": a role, not a person.
_ROLE_BEFORE = lazy_compile(
    r"\b(?:(?:as|promoted|appointed|elected|named|moved|rose|progressed|stepped|step|up"
    r"|became|become|becoming|made)(?:[ \t]+[\w'’-]+){0,4}|from(?:[ \t]+[\w-]+){1,3})[ \t]*$",
    re.IGNORECASE,
)
_MANY = WordScan(
    lazy_compile(
        r"\b(?:many|several|various|these|those|two|three|four|five|six|seven|eight|nine|ten"
        r"|dozens[ \t]+of|hundreds[ \t]+of|\d+)(?=[ \t]+[a-z])",
        re.IGNORECASE,
    )
)
_THING_AFTER = WordScan(
    lazy_compile(
        r"\b(?:about|for|before|after|during|at|with|from|regarding|into)[ \t]+"
        r"(role|position|deadline|opportunity|vacancy|company|organi[sz]ation|proposal)"
        r"(?=[ \t]*(?:[.,;:!?)]|$|(?:to|in|at|with|for|on|and)\b))",
        re.IGNORECASE,
    )
)
_GIVEN_CHANCE = WordScan(
    lazy_compile(
        r"\b(?:give|gives|gave|given|giving|offer|offers|offered|offering)[ \t]+(?:me|us)[ \t]+"
        r"(opportunity|chance)\b",
        re.IGNORECASE,
    )
)
_GREAT_JOB = WordScan(
    lazy_compile(
        r"\b(?:is|was|it['’]s|had|have|having|has|do|does|doing|did|done)[ \t]+"
        r"((?:great|good|nice|wonderful|excellent|lovely|fantastic)[ \t]+"
        r"(?:job|talk|conversation|time|day|chance|opportunity|meeting|team|question|idea))"
        r"(?=[ \t]*(?:[.,;:!?)]|$|(?:on|with|in|at|to|and|of|for)\b))",
        re.IGNORECASE,
    )
)


def _bare_noun_after(body: str, pos: int, limit: int) -> tuple[int, int, str] | None:
    """The bare noun for a person that opens at `pos` (up to two words of description
    before it) and ends its phrase: (its start, its end, the noun), or None."""
    for _ in range(3):
        m = _WORD.match(body, pos, limit)
        if m is None:
            return None
        word = m.group(1)
        low = word.lower()
        if word != low or low in _FUNCTION:
            return None
        if low in _PEOPLE and _END.match(body, m.end(), limit):
            return m.start(1), m.end(1), low
        pos = m.end()
    return None


def subject_without_article(note: Note, text: Running) -> Iterator[Seam]:
    body = note.body
    for m in _SUBORDINATE.finditer(body, note.word_starts, text.end):
        pos = m.end()
        for _ in range(2):
            w = _WORD.match(body, pos, text.end)
            if w is None or w.group(1) != w.group(1).lower() or w.group(1) in _FUNCTION:
                break
            noun = w.group(1)
            verb = _WORD.match(body, w.end(), text.end)
            if noun in _PEOPLE and verb is not None:
                v = verb.group(1)
                if v in _PLAIN_VERBS and (
                    v not in _ALSO_NOUNS or _OBJECT.match(body, verb.end())
                ):
                    if text.allows(w.start(1), verb.end()):
                        yield w.start(1), verb.end(), (
                            f"'{noun} {v}' needs 'a {noun} {v}s' or '{noun}s {v}': "
                            "a singular noun needs an article, and its verb agrees"
                        )
                    break
            pos = w.end()


def person_without_article(note: Note, text: Running) -> Iterator[Seam]:
    body = note.body
    for m in _TAKES_A_PERSON.finditer(body, note.word_starts, text.end):
        found = _bare_noun_after(body, m.end(), text.end)
        if found is None:
            continue
        start, end, noun = found
        if _ROLE_BEFORE.search(body, max(0, m.start() - 40), m.start()):
            continue  # "promoted to charge nurse", "went from cashier to store manager"
        after = body[end : end + 30].split()
        if m.group().lower() == "from" and after[:1] == ["to"]:
            continue  # "from nurse to manager"
        if len(after) > 1 and after[0] in ("to", "by", "per") and after[1].strip(".,") == noun:
            continue  # "client to client", "patient by patient"
        if len(after) > 1 and after[0] in ("to", "per") and after[1].strip(".,") in _PEOPLE:
            continue  # "nurse to patient ratio"
        if text.allows(m.start(), end):
            yield start, end, f"'{noun}' needs 'a', 'the' or a plural here: a jotting dropped it"


def many_of_one(note: Note, text: Running) -> Iterator[Seam]:
    body = note.body
    for m in _MANY.finditer(body, note.word_starts, text.end):
        w = _WORD.match(body, m.end(), text.end)
        if w is None or w.group(1) not in _PEOPLE or not _END.match(body, w.end(), text.end):
            continue
        if text.allows(m.start(), w.end()):
            yield m.start(), w.end(), f"'{w.group(1)}' needs its plural after '{m.group()}'"


def thing_without_article(note: Note, text: Running) -> Iterator[Seam]:
    body = note.body
    for m in _THING_AFTER.finditer(body, note.word_starts, text.end):
        if text.allows(*m.span()):
            yield m.start(), m.end(), f"'{m.group(1)}' needs 'the' or 'a' before it"
    for scan in (_GIVEN_CHANCE, _GREAT_JOB):
        for m in scan.finditer(body, note.word_starts, text.end):
            if text.allows(*m.span()):
                yield m.start(), m.end(), f"'{m.group(1)}' needs 'a' or 'the' before it"


FINDERS = (subject_without_article, person_without_article, many_of_one, thing_without_article)
