"""More seams of a pasted fragment, for `broken-phrase`: each finder reads the note's running
text with a regex tried only where its first word stands (`language/wordscan.py`), and yields
the span to report with the reason.

The categories (spec, "Draft language"): a preposition followed by another preposition ("our
conversation about from 3 to 12 AE build"); a frame of common ground filled with nothing in
common ("It was good to find that we switched for a minute"); "we are both" with a name and no
noun ("we are both NUS business"); ordinary words in title case mid-sentence ("in Pueblo In
College"); an institution whose name needs "the" written without it ("to U.S. District Court
for the District of Vermont").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from afterword.language import seams as pasted
from afterword.language.lexicon import words
from afterword.language.patterns import lazy_compile
from afterword.language.text import Note
from afterword.language.wordscan import WordScan
from afterword.review.rules.draft import _bare_nouns, _clauses, _doubled, _jottings
from afterword.review.rules.draft._running import Running

Seam = tuple[int, int, str]

# "about from", "of with": the second preposition has no noun phrase before it. "of about"
# (approximately) and "about to" (on the point of) are English; "on" is left out ("moved on
# from"), and so is any hyphenated word ("about on-call").
_PREP_PREP = WordScan(
    lazy_compile(
        r"\b(?:about|of|regarding)\s+((?:from|into|with|by|for|under|between|during)(?![\w'’-]))",
        re.IGNORECASE,
    )
)
# A stranded preposition ends a relative clause, and a sentence may go on with its verb or a
# new subject: "the project we talked about is ...", "the plan you told me about I found
# ...". Such a clause has a head word before its subject (not a conjunction, not nothing).
_STRANDED = lazy_compile(
    r"\b([^\W\d_]+)\s+(?:that\s+|which\s+)?(?:we|I|you|they|he|she)(?:['’]\w+)?\s+"
    r"(?:[\w'’]+\s+){0,4}$",
    re.IGNORECASE,
)
_NO_HEAD = frozenset("and but so or nor because when as then since while if yet thank".split())
# The same clause with a noun phrase for its subject: "the dashboard the control room relies
# on was ...", "the model the board agreed on is ...", "the case the panel asked me about is
# ...". Its subject starts with a determiner and ends with a verb (a form in -s or -ed, or a
# few others, or any word after a plural noun), and its head is a noun: not a preposition, not a verb that takes an object
# ("our conversation about was", "I enjoyed the talks on was" stay seams).
_STRANDED_NP = lazy_compile(
    r"\b([^\W\d_]+)\s+(?:that\s+|which\s+)?"
    r"(?:the|our|your|my|their|his|her|its|this|these|those|every|each|a|an)\s+"
    r"(?:(?:[^\W\d_][\w'’-]*\s+){1,3}?"
    r"(?:[^\W\d_]+(?:s|ed)|is|are|was|were|has|have|had|did|told|taught|heard|spoke|thought"
    r"|built|ran|made|took|wrote|swore|fought|sent|set|put|kept|left|brought|read|said)"
    # a plural subject's verb has no -s: "the roster your coordinators depend on"
    r"|(?:[^\W\d_][\w'’-]*\s+){0,2}?[^\W\d_]+s\s+[^\W\d_]+)"
    r"(?:\s+(?:me|us|you|them|him|her|it|so|most|all|[^\W\d_]+ing|proud|aware|fond|afraid"
    r"|sure|worried|excited|keen|capable|careful|unsure|clear))?\s+$",
    re.IGNORECASE,
)
# Heads that cannot be a relative clause's noun: prepositions, and verbs that take an object.
_NO_NP_HEAD = _NO_HEAD | frozenset(
    "about of on regarding for with to in at by from into onto over under after before during"
    " through like love enjoy appreciate value remember see hear meet join attend discuss"
    " welcome miss recall read review thank is are was were be been".split()
)
# "instead of by the month", "out of with": a preposition after these may be a second one.
_PARALLEL = lazy_compile(
    r"\b(?:instead|ahead|because|out|outside|inside|regardless|independently|short|free|rather)"
    r"\s*$",
    re.IGNORECASE,
)

# "It was good to find that we ...": a frame that announces something shared.
_COMMON_FRAME = WordScan(
    lazy_compile(
        r"\b(?:good|nice|great|fun|lovely|a\s+(?:nice|pleasant)\s+surprise)\s+to\s+"
        r"(?:find|learn|discover|hear|realize|realise|see)\s+(?:out\s+)?that\s+we\b([^.!?\n]*)",
        re.IGNORECASE,
    )
)
# The same frame with a word of feeling ("I was glad to discover that we moaned about
# Saturday"): only with "learn" and "discover", and only before a verb that tells of the talk
# itself (moaned, argued, chatted, switched), which no one learns or discovers. "Glad to learn
# that we know Priya", "glad to find that we had time for questions" and "glad to learn that
# we both spoke Yoruba at home" (a habit shared) are English.
_GLAD_FRAME = WordScan(
    lazy_compile(
        r"\b(?:glad|pleased|delighted|happy|surprised|interesting)\s+to\s+"
        r"(?:learn|discover)\s+that\s+we\s+(?:(?:just|briefly)\s+)?"
        r"(?:moaned|argued|complained|grumbled|laughed|joked|chatted|talked|spoke|switched"
        r"|digressed|waited|disagreed|ranted|vented)\b([^.!?\n]*)",
        re.IGNORECASE,
    )
)
_FRAME_VERBS = ("find", "learn", "discover", "hear", "realize", "realise", "see")
# What makes the rest of such a sentence a thing in common.
_SHARED = lazy_compile(
    r"\b(?:both|also|same|too|each|share[sd]?|sharing|common|alike|fellow|either|neither"
    r"|as\s+well|all|mutual)\b",
    re.IGNORECASE,
)

# "we are both NUS business.": "both" with a name and at most one word more, then the end.
_BOTH_NAME = WordScan(
    lazy_compile(
        r"\bwe\s+(?:are|were|'re|’re)\s+both\s+((?:[A-Z][\w&.'’-]*\s+){0,3}[A-Z][\w&.'’-]*"
        r"(?:\s+([a-z]+))?)(?=\s*(?:[.!?;,)]|$))"
    )
)
_PERSON_NOUNS = words("person_nouns")

# A closed-class word in title case between two words in title case, inside a sentence:
# "in Pueblo In College" (after a word in lower case it may start a name: "After Effects"). Only words that seldom sit in a name's title case
# ("Teach For America", "Department of Health And Human Services" keep theirs).
_TITLE_FUNCTION = WordScan(
    lazy_compile(r"\b(In|At|During|While|When|Since|Before|After|Until)\s+([A-Z][a-z]+)\b")
)
_TITLE_WORDS = ("in", "at", "during", "while", "when", "since", "before", "after", "until")
_WORD_BEFORE = lazy_compile(r"([^\W\d_][\w'’-]*)\s+$")
# After these a title may begin ("and After Hours is the podcast", "called In Good Company").
_NAME_MAY_FOLLOW = frozenset(
    """and or but nor the a an to of in at on for with from by about called named titled
    is was are were be read watched see saw""".split()
)

_INSTITUTION_HEADS = ("court", "university", "department", "ministry", "office", "bureau")
# An institution written without "the": "to U.S. District Court for the District of Vermont",
# "at University of Eastmere". The words before its head word are those of a public body,
# so that a proper name ("Boston University", "Harvard University School of ...") is left be.
_INSTITUTION = WordScan(
    lazy_compile(
        r"\b(?:to|at|in|from|with|for|join|joining|joined|of|about|by|before)\s+"
        r"((?:(?:U\.S\.|US|United\s+States|District|Supreme|Superior|Federal|State|County"
        r"|Circuit|Appeals|Appellate|Family|Probate|Bankruptcy|Municipal|Crown|High|National"
        r"|Royal|City|Provincial)\s+){0,3}"
        r"(?:Court|University|Department|Ministry|Office|Bureau)\s+(?:of|for)\s+\S)"
    )
)

# An office named for its holder, written without "the": "at Onondaga County Public Defender's
# Office", "to Marion County Sheriff's Office" ("at Macy's Department Store" is a shop's name).
_HOLDERS_OFFICE = WordScan(
    lazy_compile(
        r"\b(?:to|at|in|from|with|for|join|joining|joined|of|about|by|before)\s+"
        r"((?:[A-Z][\w.&-]*\s+){0,5}[A-Z][\w.&-]*['’]s\s+(?:Office|Department))\b(?!\s+[A-Z])"
    )
)

_NUMBER_WORDS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_NUMBERS = tuple(_NUMBER_WORDS.split("|"))
# "in first 6 month": a span of time counted from an edge needs "the".
_EDGE_NO_THE = WordScan(
    lazy_compile(
        rf"\b(?:in|for|during|within|over|after|of)\s+((?:first|last|next|past)\s+"
        rf"(?:\d+|{_NUMBER_WORDS}|few|couple))\b",
        re.IGNORECASE,
    )
)
# "I accepted onto the IP course": a jotted passive ("accepted onto ...") given an "I" but
# not its "was". Only verbs that take no such preposition in the active ("I admitted to a
# mistake", "I enrolled in a course", "I selected for grit" are good English).
_BARE_PASSIVE = WordScan(
    lazy_compile(
        r"\bI\s+((?:accepted|shortlisted|appointed|promoted|nominated)\s+(?:onto|into|to|for|as)"
        r"|admitted\s+(?:onto|into|as))\b"
    )
)
_PASSIVE_VERBS = (
    "accepted",
    "shortlisted",
    "appointed",
    "promoted",
    "nominated",
    "admitted",
)
# "our conversation about non compete": a prefix written as a word.
_LOOSE_NON = WordScan(lazy_compile(r"\bnon\s+(?!sequitur\b)[a-z]+\b"))


def stranded(body: str, start: int) -> bool:
    """Whether the preposition at `start` ends a relative clause ("the project we talked about")."""
    clause = body[max(0, start - 80) : start]
    clause = re.split(r"[.!?;:,\n]", clause)[-1]
    m = _STRANDED.search(clause)
    if m is not None and m.group(1).lower() not in _NO_HEAD:
        return True
    m = _STRANDED_NP.search(clause)
    if m is None:
        return False
    head = m.group(1).lower()
    return head not in _NO_NP_HEAD and not head.endswith("ed")


def _has_any(note: Note, words: tuple[str, ...]) -> bool:
    """Whether the note holds one of these words (in any case): most notes hold none of a
    finder's rarer words, and looking them up costs less than trying its pattern."""
    at = note.word_starts.at
    return any(w in at for w in words)


def _capitalised(note: Note, words: tuple[str, ...]) -> bool:
    """Whether one of these words is written with a capital somewhere past the first letter
    of the body."""
    at, body = note.word_starts.at, note.body
    return any(p > 0 and body[p].isupper() for w in words for p in at.get(w, ()))


def prep_before_prep(note: Note, text: Running) -> Iterator[Seam]:
    body = note.body
    for m in _PREP_PREP.finditer(body, note.word_starts, text.end):
        start, end = m.start(), m.end()
        if not text.allows(start, end):
            continue
        if stranded(body, start):
            continue  # "the project we talked about in March"
        clause = re.split(r"[.!?;:,\n]", body[max(0, start - 60) : start])[-1]
        if _PARALLEL.search(clause):
            continue  # "by the week instead of by the month"
        yield start, end, "a preposition needs a noun phrase, not another preposition"


def nothing_in_common(note: Note, text: Running) -> Iterator[Seam]:
    if not _has_any(note, _FRAME_VERBS) or "that" not in note.word_starts.at:
        return
    body = note.body
    for m in chain(
        _COMMON_FRAME.finditer(body, note.word_starts, text.end),
        _GLAD_FRAME.finditer(body, note.word_starts, text.end),
    ):
        if not text.allows(m.start(), m.end()) or _SHARED.search(m.group(1)):
            continue
        yield (
            m.start(),
            m.end(),
            "the frame promises something you share, and the rest names nothing shared",
        )


def both_and_a_name(note: Note, text: Running) -> Iterator[Seam]:
    if "both" not in note.word_starts.at:
        return
    body = note.body
    for m in _BOTH_NAME.finditer(body, note.word_starts, text.end):
        tail = m.group(2)
        phrase = m.group(1)
        if tail is None:
            # Only a name: "we are both Texans" is good English; an acronym alone is not.
            last = phrase.split()[-1]
            if not (len(last) > 1 and last.isupper()):
                continue
        elif (
            (tail.endswith("s") and not tail.endswith("ss"))
            or tail in _PERSON_NOUNS
            or tail in ("alumni", "people")
        ):
            continue  # "we are both NUS alumni", "both Red Sox fans"
        yield (
            m.start(),
            m.start(1) + len(phrase.rstrip(".")),
            "'both' needs a noun for what you both are (\"both NUS graduates\")",
        )


def title_case_inside(note: Note, text: Running) -> Iterator[Seam]:
    if not _capitalised(note, _TITLE_WORDS):
        return
    body = note.body
    for m in _TITLE_FUNCTION.finditer(body, note.word_starts, text.end):
        start, end = m.start(), m.end()
        before = _WORD_BEFORE.search(body, max(0, start - 30), start)
        if before is None or before.group(1).lower() in _NAME_MAY_FOLLOW:
            continue  # the start of a sentence or a quotation, or a name may start here
        if not before.group(1)[:1].isupper():
            continue  # "some After Effects", "using In Design": a name starting with it
        if not text.allows(start, end):
            continue
        yield start, end, f"'{m.group(1)}' is an ordinary word: write it in lower case mid-sentence"


def institution_without_the(note: Note, text: Running) -> Iterator[Seam]:
    if not _capitalised(note, _INSTITUTION_HEADS):
        return
    body = note.body
    for m in _INSTITUTION.finditer(body, note.word_starts, text.end):
        start = m.start()
        # Only the word before the name must be running text: the name itself may be the
        # company's, which the other checks leave alone.
        if not text.allows(start, m.start(1)):
            continue
        name_end = m.end(1) - 1
        while body[name_end - 1].isspace():
            name_end -= 1
        yield start, name_end, f"'{m.group(1)[:-1].strip()}' needs 'the' before it"
    if not _capitalised(note, ("office", "department")):
        return
    for m in _HOLDERS_OFFICE.finditer(body, note.word_starts, text.end):
        if text.allows(m.start(), m.start(1)):
            yield m.start(), m.end(), f"'{m.group(1)}' needs 'the' before it"


def missing_words(note: Note, text: Running) -> Iterator[Seam]:
    body = note.body
    at = note.word_starts.at
    if _has_any(note, ("first", "last", "next", "past")):
        for m in _EDGE_NO_THE.finditer(body, note.word_starts, text.end):
            if text.allows(*m.span()):
                yield m.start(), m.end(), f"'{m.group(1).split()[0]}' needs 'the' before it here"
    if _has_any(note, _PASSIVE_VERBS):
        for m in _BARE_PASSIVE.finditer(body, note.word_starts, text.end):
            if text.allows(*m.span()):
                yield m.start(), m.end(), f"'{m.group(1).split()[0]}' here needs 'was' before it"
    if "non" in at:
        for m in _LOOSE_NON.finditer(body, note.word_starts, text.end):
            if text.allows(*m.span()):
                yield m.start(), m.end(), "'non' is a prefix: join it to its word with a hyphen"


# The seams of words pasted together that compose refuses too (`language/seams.py`): a number
# before a determiner ("two the US investors"), a small word twice ("the the"), two
# determiners in a row ("the my team", "a an"), a frame with an empty slot ("our conversation
# about."), a small word in title case after one in lower case.
# A word written twice ("the the") is the `repeated-word` rule's: it is left to that rule.
_PASTED = tuple(
    (WordScan(pattern), pattern, why)
    for pattern, why in pasted.PATTERNS
    if pattern is not pasted.DOUBLED
)


def pasted_words(note: Note, text: Running) -> Iterator[Seam]:
    body = note.body
    for scan, pattern, why in _PASTED:
        for m in scan.finditer(body, note.word_starts, text.end):
            if pasted.twice(m):
                continue
            if text.allows(*m.span()) and not pasted.allowed(pattern, body, m):
                yield m.start(), m.end(), pasted.reason(pattern, why, m)


FINDERS = (
    missing_words,
    pasted_words,
    prep_before_prep,
    nothing_in_common,
    both_and_a_name,
    title_case_inside,
    institution_without_the,
    *_clauses.FINDERS,
    _doubled.doubled_phrase,
    *_bare_nouns.FINDERS,
    *_jottings.FINDERS,
)
