"""The `third-person-reader` rule: the note speaks of its own reader as "he" or "she"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from afterword.language.lexicon import words
from afterword.language.mentions import find_name
from afterword.language.patterns import lazy_compile
from afterword.language.spans import Span
from afterword.language.structure import HONORIFICS, fold, wordset
from afterword.language.text import Note
from afterword.review.findings import Hit, Severity
from afterword.review.registry import Example, rule
from afterword.review.rules.draft._running import Running, running

_PRONOUN = lazy_compile(r"(?<![\w'’/(-])(he|she|him|her|his)(?![\w/)-])", re.IGNORECASE)
_PRONOUNS = ("he", "she", "him", "her", "his")  # what `_PRONOUN` matches, as whole words
# "he or she", "his or her", "him/her", "(s)he": anyone, not the reader.
_EITHER = lazy_compile(
    r"\b(?:he|she|his|her|him|hers)\s*(?:or|/)\s*(?:he|she|his|her|him|hers)\b", re.IGNORECASE
)
_QUOTED = lazy_compile(r"“[^”]*”|\"[^\"\n]*\"|(?<!\w)‘[^’]*’(?!\w)")
_TOKEN = lazy_compile(r"[^\W_][\w'’.-]*")
_PERSON_NOUNS = words("person_nouns")
_PERSON_LOWER = frozenset(w for w in _PERSON_NOUNS if w.islower())
_PERSON_CAPS = frozenset(w for w in _PERSON_NOUNS if w.isupper())
# Words that open a sentence without naming anyone ("Thank you", "Our talk", "Hearing about").
_OPENERS = wordset(
    """a an the and or but so yet for nor if as at by in on of to up with from into about after
    before during since until while when where why how what which who whom whose that this these
    those there here it its i i'm i've i'd i'll my me we our us you your yours they their them
    thank thanks please again also especially finally first second third lastly meanwhile
    moreover additionally furthermore however still once today yesterday tomorrow last next
    it's that's there's what's let let's one both each every all many most some any no not
    hello hi dear sincerely best regards kind warm warmly respectfully looking great good
    learning hearing meeting speaking talking seeing discussing working getting having being
    i’m i’ve i’d i’ll it’s that’s there’s what’s let’s"""
)
_CALENDAR = wordset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december"""
)


@rule(
    "third-person-reader",
    severity=Severity.WARNING,
    needs=["recipient"],
    fires=[
        Example(
            "Dear Marisol,\n\nThank you for meeting with me on Wednesday. I also enjoyed "
            "hearing about her plan for a float pool in the ED.\n\nBest regards,\nAna Ruiz",
            context={"recipient": {"name": "Marisol Vega"}},
            note="The note is to Marisol, and no one else is named: 'her plan' is hers, and "
            "reads as if the note were about her.",
        ),
        Example(
            "Dear Judge Whitfield-Amos,\n\nThank you for meeting with me on Friday. I would "
            "be glad to serve as term law clerk to Judge Whitfield-Amos.\n\nRespectfully,\n"
            "Jordan Ellery",
            context={"recipient": {"name": "Eleanor Whitfield-Amos"}},
            note="The reader's own name after 'to', in her own card.",
        ),
        Example(
            "Dear Sherri,\n\nThank you for letting me know about your decision. Although I "
            "am disappointed, I enjoyed meeting Dr. Castillo-Boyd and Sherri.\n\nBest "
            "regards,\nJordan Lee",
            context={"recipient": {"name": "Sherri Lundgren"}},
            note="The reader named beside a colleague, as if the note were to someone else.",
        ),
    ],
    passes=[
        Example(
            "Dear Marisol,\n\nThank you for meeting with me on Wednesday. I enjoyed hearing "
            "about your plan for a float pool, and Keisha's account of how she runs LCSW "
            "supervision.\n\nBest regards,\nAna Ruiz",
            context={"recipient": {"name": "Marisol Vega"}},
            note="'she' follows Keisha, another person named in the same sentence.",
        ),
        Example(
            "Dear Marisol,\n\nThank you for meeting with me. My last manager trusted me with "
            "the weekend discharges. She often said they were the hardest shift to plan.\n\n"
            "Best regards,\nAna Ruiz",
            context={"recipient": {"name": "Marisol Vega"}},
            note="The sentence before introduces another person, the manager.",
        ),
    ],
)
def third_person_reader(note: Note) -> Iterator[Hit]:
    """Flag "he", "she", "him", "her" or "his" that can only mean the note's own reader.

    ## What it flags
    A he, she, him, her or his in a sentence where neither that sentence nor the one
    before names or introduces another person: in a note to Marisol, "I enjoyed hearing
    about her plan for a float pool". Notes written about an interviewer ("her plan",
    "he wants") turn into this when they are pasted into a note to that person. Also the
    reader's own name after a preposition, past the greeting ("the Term Law Clerk to Judge
    Whitfield-Amos role" in a card to the judge), after a verb of meeting or beside another
    name ("I enjoyed meeting Dr. Castillo-Boyd and Sherri" in a note to Sherri), or in the
    possessive ("I enjoyed Marisol's plan" in a note to Marisol), unless it is part of the
    company's name.

    ## Why it matters
    The reader is "you" in their own note. Spoken of as "she", they feel talked about
    rather than written to, and the note reads as assembled from notes, not written.

    ## Known limits
    Only the sentence with the pronoun (up to the pronoun) and the one before are read,
    and a run of sentences that go on about the same other person. Any name, any
    capitalised word that could be one, or a word for a person ("my manager", "a
    patient") there keeps the rule silent, as do "he or she" and quotations. The rule
    cannot tell a pronoun for someone introduced further back from one for the reader:
    it reports it, and you are the judge.
    """
    text = running(note)
    yield from _named_in_third_person(note, text)
    # Most notes hold none of the five pronouns as a word: nothing to read then.
    if not any(word in note.word_starts.at for word in _PRONOUNS):
        return
    body = note.body
    sentences = note.sentences
    quoted = [m.span() for m in _QUOTED.finditer(body)]
    either = [m.span() for m in _EITHER.finditer(body)]
    mine = _own_words(note)
    recipient = note.context.recipient.name if note.context.recipient else ""
    about_other = False  # the sentence before spoke of someone else as he or she
    for i, sentence in enumerate(sentences):
        if sentence.start >= text.end:
            break
        found = [
            m
            for m in _PRONOUN.finditer(body, sentence.start, sentence.end)
            if text.allows(*m.span())
            and not _inside(m.span(), quoted)
            and not _inside(m.span(), either)
        ]
        carried, about_other = about_other, False
        if not found:
            continue
        # In its own sentence only what comes before the pronoun can be what it stands for
        # ("she wants someone to own the drawing standard" is still about the reader). A
        # pronoun that goes on about someone met a sentence earlier ("Jamie showed me the
        # archive. She ... Her ...") is about them too.
        lead = _masked(body, Span("", sentence.start, found[0].start()), text)
        if (
            carried
            or (i > 0 and _introduces_someone(_masked(body, sentences[i - 1], text), mine))
            or _introduces_someone(lead, mine)
        ):
            about_other = True
            continue
        for match in found:
            word = match.group()
            better = "your" if word.lower() in ("his", "her") else "you"
            yield Hit(
                match.span(),
                f"'{word}' seems to mean {recipient}, who reads this note: write to them "
                f"as 'you' ('{better}')",
                suggestion=f"Address the reader directly: '{better}'.",
            )


# A preposition, then perhaps a title, just before a word of the reader's own name: "the Term
# Law Clerk to Judge Whitfield-Amos role" in a card to the judge.
_TITLES = r"(?:Judge|Justice|Dr|Dra|Prof|Professor|Mr|Ms|Mrs|Mx|Chef|Captain|Capt|Rev)\.?\s+"
# So does a verb of meeting, or "and" after another name: "I enjoyed meeting Dr. Castillo-Boyd
# and Sherri" in a note to Sherri.
_NAMED_AFTER = lazy_compile(rf"\b(?:to|for|with|from|by|about|under|at|of|meeting|met|meet"
                            rf"|[A-Z][\w'’.-]+\s+and)\s+(?:{_TITLES})?$")
_TITLED = lazy_compile(rf"\b{_TITLES}$")
# A name that is also a common word or a date ("May", "Will", "Hill") counts only after a
# title: "in May" is a month.
_COMMON_WORD_ZIPF = 440  # "grace" 451, "bright" 455, "may" 618; "chen" 409, "stein" 386
_NAME_TOKEN = lazy_compile(r"[^\W\d_][\w'’-]*")


def _named_in_third_person(note: Note, text: Running) -> Iterator[Hit]:
    """The reader's own name after a preposition in running text (not the greeting)."""
    recipient = note.context.recipient
    if recipient is None:
        return
    body = note.body
    first_break = body.find("\n")
    if first_break < 0:
        return
    found = []
    for token in _name_tokens(recipient.name):
        at = body.find(token, first_break, text.end)
        while at >= 0:
            end = at + len(token)
            whole = (at == 0 or not body[at - 1].isalnum()) and (
                end == len(body) or not (body[end].isalnum() or body[end] == "-")
            )
            if (
                whole
                and (
                    _NAMED_AFTER.search(body, max(0, at - 30), at)
                    or _possessive(body, at, end, recipient.name)
                )
                and (not _ordinary(token) or _TITLED.search(body, max(0, at - 12), at))
            ):
                found.append((at, end))
            at = body.find(token, end, text.end)
    if not found:
        return
    greeting = note.greeting
    begin = greeting.span.end if greeting is not None else 0
    c = note.context
    companies = [n for n in (c.company, *c.other_companies) if n]
    inside = [span for n in companies for span in find_name(body, n)]
    for start, end in sorted(found):
        if start < begin or any(s <= start and end <= e for s, e in inside):
            continue  # the greeting; "Halvorsen Heating & Air" is the company's name
        yield Hit(
            (start, end),
            f"'{body[start:end]}' names {recipient.name}, who reads this note, in the third "
            "person: write to them as 'you'",
            suggestion="Address the reader directly, or leave their name out of the sentence.",
        )


def _possessive(body: str, at: int, end: int, name: str) -> bool:
    """Whether the reader's name at `at`..`end` is in the possessive ("Marisol's plan"), and
    is theirs: the word before it is not another name's ("Anna Vega's team" is someone
    else's, in a note to Jon Vega), unless it is the reader's own or a title."""
    mark = _POSSESSIVE.match(body, end)
    if mark is None or (mark.group() in ("'", "’") and body[end - 1 : end] != "s"):
        return False  # "Marisol'" closes a quotation; "James'" is possessive
    before = _WORD_BEFORE.search(body, max(0, at - 30), at)
    if before is None or not before.group(1)[:1].isupper():
        return True
    word = before.group(1)
    return word in name.split() or bool(_TITLED.search(body, max(0, at - 12), at))


_POSSESSIVE = lazy_compile(r"['’]s?(?!\w)")
_WORD_BEFORE = lazy_compile(r"([^\W\d_][\w.'’-]*)[ \t]+$")


@lru_cache(maxsize=256)
def _name_tokens(name: str) -> tuple[str, ...]:
    """The words of a name worth looking for: capitalised, three letters or more, no title."""
    return tuple(
        t
        for t in _NAME_TOKEN.findall(name)
        if len(t) > 2 and t[:1].isupper() and fold(t).strip() not in HONORIFICS
    )


def _ordinary(token: str) -> bool:
    """Whether a word of a name is also a common word or a date ("May", "Bright")."""
    from afterword.language.spelling import lexicon  # only when a name follows a preposition

    low = token.lower()
    return low in _CALENDAR or lexicon().zipf(low) >= _COMMON_WORD_ZIPF


def _masked(body: str, sentence: Span, text: Running) -> Span:
    """The sentence with the context's names blanked out: the role "Social Worker" or the
    company "Hope Partners" introduces no one."""
    chars = list(body[sentence.start : sentence.end])
    for s, e in text.skip:
        for k in range(max(s, sentence.start), min(e, sentence.end)):
            chars[k - sentence.start] = " "
    return Span("".join(chars), sentence.start, sentence.end)


def _is_person_noun(token: str) -> bool:
    """A word for a person ("manager", "colleagues", "CEO"), singular or plural."""
    if token in _PERSON_CAPS or token.removesuffix("s") in _PERSON_CAPS:
        return True
    low = token.lower()
    return (
        low in _PERSON_LOWER
        or low.removesuffix("s") in _PERSON_LOWER
        or low.removesuffix("es") in _PERSON_LOWER
        or low.endswith("ies")
        and low[:-3] + "y" in _PERSON_LOWER
        or low.endswith("men")
        and low[:-3] + "man" in _PERSON_LOWER
        or low in ("children", "people", "folks", "kids", "staff", "team")
    )


def _is_acronym(token: str) -> bool:
    """ "ED", "SNF", "SMs": capitals that name a thing (titles such as CEO are person nouns)."""
    core = token.removesuffix("s")
    return len(core) > 1 and core.isupper()


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in spans)


def _own_words(note: Note) -> frozenset[str]:
    """Folded words of the reader's and the writer's names, the company and the role: a
    capitalised word among these introduces no one else."""
    c = note.context
    parts = [c.candidate, c.company, c.role, c.recipient.name if c.recipient else None]
    if c.recipient is not None:
        parts.append(c.recipient.title)
    out: set[str] = set()
    for part in parts:
        if part:
            out.update(re.findall(r"[^\W_]+", fold(part)))
    return frozenset(out)


def _introduces_someone(sentence: Span, mine: frozenset[str]) -> bool:
    """Whether the sentence names a person other than the reader, or a word for one."""
    tokens = _TOKEN.findall(sentence.text)
    for k, raw in enumerate(tokens):
        token = re.sub(r"['’]s$", "", raw).rstrip(".")
        low = token.lower()
        if token[:1].isupper() and fold(token) in mine:
            continue  # the reader, the writer, the company or the role ("Social Worker")
        if _is_person_noun(token):
            return True
        if not token[:1].isupper() or _is_acronym(token):
            continue  # lower case, or an acronym that is no title (ED, SNF, SMs)
        if low in _CALENDAR or token == "I" or low.startswith(("i'", "i’")):
            continue
        if (
            fold(token).strip() in HONORIFICS
            and k + 1 < len(tokens)
            and fold(tokens[k + 1]) in mine
        ):
            continue  # "Dr." before the reader's name
        if k == 0 and (low in _OPENERS or low.endswith(("ing", "ly"))):
            continue  # an ordinary word that starts the sentence
        return True  # a capitalised word that may be a name: someone else may be meant
    return False
