"""Clauses a jotting leaves without their grammar, for `broken-phrase`: "I NY 2024", "I admitted
NY 2024", "I set up a repo in Dovetail and used by 40 PMs".

Three seams, read from words and a small list of verbs (`jotted_verbs.tsv` beside this file):

- "I" followed by what cannot follow a subject: an acronym or a number ("I NY 2024", "I 5
  years in QA"). "I 100% agree" and a numeral ("Phase I", "World War I") are English.
- a verb that takes no object followed by a name ("I interned Google"), or a verb followed
  by a name and a bare year ("I joined Acme 2019", "I admitted NY 2024"): the jotting dropped
  its prepositions.
- a passive participle glued with "and" onto an active clause ("I set up a repo in Dovetail
  and used by 40 PMs"): no subject, no "was". A reduced relative ("a tool built in Go and used
  by 40 teams") or a passive clause ("it was tested and used by") holds another participle or
  a form of "be" before the "and", and is left alone.
- a span of time "of" a word for a person ("10 years of freelance legal translator", "three
  years of museum facilitator at four venues"): the work is "as a translator".
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


def _verbs() -> dict[str, frozenset[str]]:
    kinds: dict[str, set[str]] = {}
    path = Path(__file__).with_name("jotted_verbs.tsv")
    for line in path.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            verb, kind = line.split("\t")[:2]
            kinds.setdefault(kind.strip(), set()).add(verb.strip())
    return {kind: frozenset(verbs) for kind, verbs in kinds.items()}


_VERBS = _verbs()
_INTRANSITIVE = _VERBS["intransitive"]
_YEAR_VERBS = _VERBS["year"]
_PASSIVE = _VERBS["passive"]


def _alternation(words: frozenset[str]) -> str:
    # Longest first; words of one length in a fixed order, so that the source is the same
    # in every process (a set's order changes with the hash seed), as the word scanner's
    # answers kept between runs are looked up by it.
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))


# "I" as a subject (not "Phase I", "World War I": a word in title case before it makes it a
# numeral), then an acronym or a number that is not a share ("I 100% agree").
_I_THEN_NOUN = WordScan(
    lazy_compile(r"\bI[ \t]+((?:[A-Z]{2,}|\d+)(?![\w%’'.,]*%)(?![\w-]))")
)
_NUMERAL_BEFORE = lazy_compile(r"(?:[A-Z][\w.-]*|[IVX]+)[ \t]+$")
# A name: one to three words in title case or capitals.
_NAME = r"(?:[A-Z][\w.&'’-]*)(?:[ \t]+[A-Z][\w.&'’-]*){0,2}"
_NO_OBJECT = WordScan(
    lazy_compile(
        rf"\bI[ \t]+(?:also[ \t]+)?((?:{_alternation(_INTRANSITIVE)})[ \t]+{_NAME})(?![\w'’-])"
    )
)
# What a name after an intransitive verb may be and still be English: an honour, a day.
_NOT_A_PLACE = lazy_compile(
    r"(?:Summa|Magna|Cum|Top|First|With|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday|Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays|Early|Last)\b"
)
_BARE_YEAR = WordScan(
    lazy_compile(
        rf"\bI[ \t]+(?:also[ \t]+)?((?:{_alternation(_YEAR_VERBS)})[ \t]+{_NAME}[ \t]+"
        r"(?:19|20)\d\d)(?=[ \t]*(?:[.,;:!?)]|\b(?:and|as)\b|$))"
    )
)
_GLUED = WordScan(lazy_compile(rf"\band[ \t]+((?:{_alternation(_PASSIVE)})[ \t]+by)\b"))
# In the clause before "and": a form of "be" or "get", a relative word, or a participle
# (a word in -ed or -en past the first verb) makes the glued participle English.
_BE = lazy_compile(
    r"\b(?:is|are|was|were|be|been|being|get|gets|got|gotten|that|which|who|whose|where)\b"
    r"|['’](?:s|re)\b",
    re.IGNORECASE,
)
_SUBJECT_VERB = lazy_compile(r"\b(?:I|we|We)[ \t]+(?:also[ \t]+|then[ \t]+)?([a-z]+)\b")
_PARTICIPLE = lazy_compile(
    r"\b(?:[a-z]+ed|[a-z]+en|built|made|run|led|held|kept|taught|bought|brought|set|put|sold"
    r"|told|found|paid|won|shown|grown|drawn|known|seen|done|gone|spent|sent|meant|read)\b"
)


def _clause_before(body: str, start: int) -> str:
    return re.split(r"[.!?;:\n]", body[max(0, start - 200) : start])[-1]


def i_then_noun(note: Note, text: Running) -> Iterator[Seam]:
    body = note.body
    for m in _I_THEN_NOUN.finditer(body, note.word_starts, text.end):
        if _NUMERAL_BEFORE.search(body, max(0, m.start() - 20), m.start()):
            continue  # "Phase I 2024", "World War I 100 years on"
        if text.allows(*m.span()):
            yield m.start(), m.end(), "'I' needs a verb after it"


def verb_without_preposition(note: Note, text: Running) -> Iterator[Seam]:
    body = note.body
    at = note.word_starts.at
    if any(verb in at for verb in _INTRANSITIVE):
        for m in _NO_OBJECT.finditer(body, note.word_starts, text.end):
            name = m.group(1).split(None, 1)[1]
            if _NOT_A_PLACE.match(name) or not text.allows(m.start(), m.start(1) + len(m.group(1))):
                continue
            verb = m.group(1).split()[0]
            yield m.start(), m.end(), f"'{verb}' needs a preposition before a name"
    if any(verb in at for verb in _YEAR_VERBS):
        for m in _BARE_YEAR.finditer(body, note.word_starts, text.end):
            if text.allows(m.start(), m.start(1) + len(m.group(1).split()[0])):
                yield m.start(), m.end(), (
                    "a year needs 'in' before it: the jotting dropped its small words"
                )


def glued_participle(note: Note, text: Running) -> Iterator[Seam]:
    body = note.body
    if "by" not in note.word_starts.at or not any(v in note.word_starts.at for v in _PASSIVE):
        return
    for m in _GLUED.finditer(body, note.word_starts, text.end):
        clause = _clause_before(body, m.start())
        subject = _SUBJECT_VERB.search(clause)
        if subject is None or _BE.search(clause):
            continue  # no active clause before it, or a passive one: "it was tested and used by"
        if _PARTICIPLE.search(clause, subject.end()):
            continue  # a reduced relative: "a tool built in Go and used by 40 teams"
        if text.allows(*m.span()):
            yield m.start(), m.end(), "a passive verb glued onto an active clause: it needs its own subject"


# "10 years of freelance legal translator.": a span of time "of" a word for a person, where
# the work belongs ("years as a freelance legal translator", "years of translation"). The
# person's word ends the phrase: "years of nurse training" and "years of customer service"
# go on with the noun they qualify.
_YEARS_OF_PERSON = WordScan(
    lazy_compile(
        r"\b(?:years?|months?|decades?)[ \t]+of[ \t]+((?:[\w<>/&+-]+[ \t]+){0,4}?([a-z]+))"
        r"(?=[ \t]*[.,;:!?)]|[ \t]+(?:at|in|for|with|and|across|on|to|from|where)\b)"
    )
)
_PERSON_NOUNS = words("person_nouns")
# Words for people the list may not hold, by their ending: translator, technician, hygienist.
_AGENT = lazy_compile(r"[a-z]{3,}(?:ator|ician|ologist|ist)$")
_NOT_AGENT = frozenset("list twist assist exist insist persist resist consist".split())
_NOT_BARE = lazy_compile(
    r"\b(?:a|an|the|my|our|his|her|their|your|this|that|being|as|[a-z]+ing|[\w-]+['’]s)\b"
)


def years_of_a_person(note: Note, text: Running) -> Iterator[Seam]:
    body = note.body
    at = note.word_starts.at
    if not any(w in at for w in ("year", "years", "month", "months", "decade", "decades")):
        return
    for m in _YEARS_OF_PERSON.finditer(body, note.word_starts, text.end):
        noun = m.group(2)
        if _NOT_BARE.search(m.group(1)):
            continue  # "years of being a translator", "years of a nurse's work"
        person = noun in _PERSON_NOUNS or (_AGENT.match(noun) and noun not in _NOT_AGENT)
        if person and text.allows(*m.span()):
            yield m.start(), m.end(), (
                f"'{noun}' is a person, not the work: 'as a {noun}', or the work's own name"
            )


FINDERS = (i_then_noun, verb_without_preposition, glued_participle, years_of_a_person)
