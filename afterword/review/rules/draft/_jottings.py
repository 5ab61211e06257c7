"""Jottings pasted with their shorthand grammar, for `broken-phrase`: "every week not just in
office", "your target na 90%", "passed October 2026", "you used to drink in my bar years ago
recognised me".

- a contrast jotted without its comma: a noun, then "not just" or "not only" and what it is
  set against, with no "but" to follow ("every week not just in office"; "the whole team,
  not just the leads", "not just to cut costs but to raise quality" and "it meant a lot to me
  not just as an engineer" are English).
- "na", a linking word of Tagalog, between two words of an English sentence ("your target na
  90% QA score"): a jotting in Taglish, pasted.
- a verb in the past straight before a month and a year ("passed October 2026", "graduated May
  2024"): the jotting dropped its "in". Dates as labels ("dated May 2024") are left alone.
- a clause that runs into a second verb with no subject and no "and": a pronoun's clause, a
  time ("years ago", "last year") and then a verb in the past with its object ("that you
  used to drink in my bar years ago recognised me"). A clause that is the subject of the
  sentence ("the audit I ran a year ago saved the firm £40k", "the tools that I built last
  year saved us hours") opens with its noun, not a pronoun, and is left alone.
- a web page's heading quoted as the company's motto ("“About us” is something I would be
  proud to live up to"), and steps of a story jotted as a list of sentences "I <verb> it."
  ("I grounded it. I replaced it."), unless the sentence before names what "it" is ("You
  asked about the old checkout page. I rewrote it. I tested it.").
- "already" after a past verb and a span of time ("I shadowed our QA analyst for two months
  already"): a span that runs up to now takes "I have shadowed".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from afterword.language.patterns import lazy_compile
from afterword.language.text import Note
from afterword.language.wordscan import WordScan
from afterword.review.rules.draft._running import Running

Seam = tuple[int, int, str]

_CONTRAST = WordScan(
    lazy_compile(
        r"\b([a-z]+)[ \t]+(not[ \t]+(?:just|only)[ \t]+(?:(?:in|at|on|for|by|with|from|during)"
        r"[ \t]+)?[a-z]+)",
    )
)
# Before "not just": a verb or a small word makes it the verb's negation or a fixed phrase
# ("is not just", "did not only", "and not just").
_NOT_A_NOUN = frozenset(
    """is are was were be been am do does did can could will would shall should may might must
    have has had to and or but if that which who it this so why want wants wanted need needs
    needed matter matters mattered means meant helps helped help
    me us him her them you""".split()
)
_BUT = lazy_compile(r"\bbut\b|\bit\s+(?:is|was)\b", re.IGNORECASE)

_NA = WordScan(lazy_compile(r"\b(na)[ \t]+(?=[\d₱$]|[a-z]+\b)"))
_WORD_BEFORE = lazy_compile(r"(?<![\w'’])[a-z]+[ \t]+$")
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_SET = frozenset(_MONTHS.lower().split("|"))
_MONTH_YEAR = lazy_compile(rf"(?:{_MONTHS})[ \t]+(?:19|20)\d\d\b")
_VERB_BEFORE = lazy_compile(r"(?<![\w'’-])([a-z]+ed|began|won|left|sat|took|got)[ \t]+$")
_TIMES = frozenset(("ago", "yesterday", "last"))
_LABELS = frozenset("dated updated revised published issued posted released closed".split())
_RAN_ON = WordScan(
    lazy_compile(
        r"\b(?:ago|yesterday|last[ \t]+(?:year|week|month|spring|summer|autumn|fall|winter|time))"
        r"[ \t]+([a-z]+ed|knew|saw|told|gave|took|made)[ \t]+"
        r"(?:me|us|him|her|them|it|my|our|the|a|your)\b"
    )
)
_PRONOUN_CLAUSE = lazy_compile(r"^[ \t]*(?:that[ \t]+)?(?:you|he|she|they|we|I)[ \t]+[a-z]+\b")
# A noun with its determiner just before "that": the pronoun's clause is a relative one, and
# the sentence's verb follows it ("the tools that I built last year saved us hours").
_RELATIVE_HEAD = lazy_compile(
    r"\b(?:the|a|an|my|our|your|their|his|her|its|this|these|those|every|each|some|any)"
    r"(?:[ \t]+(?!(?:to|that|is|was|are|were)\b)[\w'’-]+){1,3}[ \t]+that[ \t]*$",
    re.IGNORECASE,
)


def jotted_contrast(note: Note, text: Running) -> Iterator[Seam]:
    body = note.body
    at = note.word_starts.at
    if "not" not in at or ("just" not in at and "only" not in at):
        return
    for m in _CONTRAST.finditer(body, note.word_starts, text.end):
        if m.group(1) in _NOT_A_NOUN or m.group(1).endswith("ly"):
            continue
        rest = re.split(r"[.!?;\n]", body[m.end() : m.end() + 120])[0]
        if _BUT.search(rest) or not text.allows(*m.span()):
            continue
        yield m.start(2), m.end(), "a contrast from a notebook: it needs a comma and its article"


def pasted_jottings(note: Note, text: Running) -> Iterator[Seam]:
    body = note.body
    at = note.word_starts.at
    if "na" in at:
        for m in _NA.finditer(body, note.word_starts, text.end):
            if _WORD_BEFORE.search(body, max(0, m.start() - 30), m.start()) and text.allows(
                *m.span(1)
            ):
                yield m.start(1), m.end(1), "'na' is not English: the jotting's own language"
    for month in _MONTH_SET.intersection(at):
        for pos in at[month]:
            date = _MONTH_YEAR.match(body, pos, text.end)
            verb = date and _VERB_BEFORE.search(body, max(0, pos - 30), pos)
            if not date or not verb or verb.group(1) in _LABELS:
                continue
            if text.allows(verb.start(), date.end()):
                yield verb.start(), date.end(), f"'{date.group()}' needs 'in' before it"
    if _TIMES.isdisjoint(at):
        return
    for m in _RAN_ON.finditer(body, note.word_starts, text.end):
        clause = re.split(r"[.!?;:,\n]", body[max(0, m.start() - 160) : m.start()])[-1]
        after_that = re.split(r"\bthat\b", clause)[-1] if "that" in clause else clause
        if not _PRONOUN_CLAUSE.match(after_that) or not text.allows(*m.span()):
            continue
        head = clause[: len(clause) - len(after_that)]
        if head and _RELATIVE_HEAD.search(head):
            continue  # "the audit that I ran a year ago saved the firm money"
        yield (
            m.start(1),
            m.end(),
            (f"'{m.group(1)}' starts a second clause with no subject: the sentence runs on"),
        )


# A web page's heading quoted as if it were the company's motto ("“About us” is something I
# would be proud to live up to"): the jotting named the page, not what it says. Only as the
# subject of a frame of aspiration ("is something", "is a standard"): "“Our values” are printed
# on every badge" speaks of the page.
_HEADING = lazy_compile(
    r"[“\"‘'](about\s+us|contact\s+us|careers|home|our\s+story|who\s+we\s+are|our\s+team"
    r"|meet\s+the\s+team|join\s+us|news|our\s+values|our\s+mission|our\s+vision)[”\"’']"
    r"[ \t]+(?:is|was)[ \t]+(?:something|a|an|the|what|exactly|one)\b",
    re.IGNORECASE,
)
_HEADING_WORDS = frozenset(
    ("us", "careers", "home", "story", "team", "news", "values", "mission", "vision")
)
# Two sentences in a row that are only "I <verb> it." ("I grounded it. I replaced it."): steps
# of a story jotted as a list, with "it" standing for what the jotting named elsewhere. Words
# of liking are left alone ("I saw it. I loved it."), and so are steps after a sentence whose
# last clause names a thing ("You asked about the old checkout page. I rewrote it.").
_STUBS = WordScan(
    lazy_compile(r"\bI[ \t]+([a-z]+)[ \t]+(?:it|them)\.[ \t]+I[ \t]+([a-z]+)[ \t]+(?:it|them)\b")
)
_LIKING = frozenset(
    """love loved like liked enjoy enjoyed appreciate appreciated want wanted need needed mean
    meant see saw get got did do doubt miss missed hate hated""".split()
)
_SENTENCE_START = lazy_compile(r"(?:^|[.!?:][ \t]+|\n)[ \t]*$")
# A noun phrase that opens or closes the last clause of the sentence before: "it" has
# something to name ("You asked about the old checkout page. I rewrote it. I tested it.",
# "Our old rota was a mess. I rebuilt it.", "We had a backlog of invoices. I sorted them.").
# A thing further off ("Thank you for the interview on Monday.") is not what a jotting's "it"
# stands for.
_DETERMINER = r"(?:the|a|an|my|our|your|this|that|these|those|their|his|her|its)"
_ANTECEDENT = lazy_compile(
    rf"^[ \t]*{_DETERMINER}[ \t]+[\w'’-]+"
    rf"|\b{_DETERMINER}(?:[ \t]+(?!(?:on|in|at|of|for|with|from|about|to|by|during|after"
    r"|before|and|or)\b)[\w'’-]+){1,3}(?:[ \t]+of(?:[ \t]+[\w'’-]+){1,3})?[ \t]*$",
    re.IGNORECASE,
)


def _named_before(body: str, start: int) -> bool:
    """Whether the last clause of the sentence before `start` has a noun phrase "it" can name."""
    sentences = [s for s in re.split(r"[.!?\n]", body[max(0, start - 200) : start]) if s.strip()]
    return bool(sentences) and bool(_ANTECEDENT.search(re.split(r"[,;:]", sentences[-1])[-1]))


# "I shadowed our QA analyst for two months already": a span that runs up to now takes "have"
# ("I have shadowed ..."); a past verb straight after "I" with "already" after the span is a
# jotting's or a second language's tense. "I had worked ... already" and "I have worked ...
# already" are English.
_ALREADY = WordScan(
    lazy_compile(
        r"\bI[ \t]+(?:also[ \t]+)?(?:[a-z]+ed|did|ran|led|spent|taught|made|took|kept)\b"
        r"[^.!?;:\n]{0,60}?\b(for[ \t]+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a"
        r"|several|many)[ \t]+(?:days?|weeks?|months?|years?)[ \t]+already)\b"
    )
)


def pasted_pieces(note: Note, text: Running) -> Iterator[Seam]:
    body = note.body
    at = note.word_starts.at
    if not _HEADING_WORDS.isdisjoint(at) and any(q in body for q in "“\"‘'"):
        for m in _HEADING.finditer(body, 0, text.end):
            if text.allows(*m.span()):
                yield (
                    m.start(),
                    m.end(1) + 1,
                    (f"'{m.group(1)}' is the name of a web page, not something the company says"),
                )
    if "already" in at:
        for m in _ALREADY.finditer(body, note.word_starts, text.end):
            if text.allows(*m.span()):
                yield (
                    m.start(1),
                    m.end(1),
                    (
                        "a span up to now takes 'I have ...': 'already' with a past verb is a jotting's tense"
                    ),
                )
    if "it." not in body and "them." not in body:
        return  # every run of stubs ends its first sentence on "it." or "them."
    for m in _STUBS.finditer(body, note.word_starts, text.end):
        if m.group(1) in _LIKING or m.group(2) in _LIKING:
            continue
        if _named_before(body, m.start()):
            continue  # "it" names the noun of the sentence before
        if _SENTENCE_START.search(body, max(0, m.start() - 3), m.start()) and text.allows(
            *m.span()
        ):
            yield (
                m.start(),
                m.end(),
                (
                    "steps from a notebook, one sentence each: 'it' names nothing the reader has seen"
                ),
            )


FINDERS = (jotted_contrast, pasted_jottings, pasted_pieces)
