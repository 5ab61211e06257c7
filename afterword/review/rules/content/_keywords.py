"""Key words of a topic or a concern, and finding them in a note (shared by the content rules).

A topic or concern is referred to when the note uses one of its key words: a content word
that is neither a stop word nor a generic one ("experience", "team", "process"), in any
inflection ("migrating" for "migration"). Short capitalised words ("Go", "Epic") must keep
their capital, so that "go" the verb does not count for the Go language. Mentions of the
company, the role and the people in the context are masked first: "Fathom Maps" is the
company, not a reference to a topic about maps.
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_left
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

from afterword.language.patterns import lazy_compile
from afterword.language.spans import Span
from afterword.language.structure import fold, placeholder_spans, wordset
from afterword.language.text import Note

STOP = wordset(
    """a an the and or but if of to in on at by for with from as into onto about over under
    after before between through during without within across around up down out off than
    then so too very just also more most much many some any all each every other such own same
    few both either neither nor not no only i me my mine we us our ours you your yours he him his
    she her hers it its they them their theirs this that these those who whom whose which what
    when where why how is are was were be been being am do does did doing have has had having
    will would can could should may might must shall s t re ve ll d m per via vs etc new
    one's well still even ever again there here"""
)
NUMBERS = wordset(
    """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty
    ninety hundred thousand million billion first second third fourth fifth half single double
    dozen once twice"""
)
TIME_WORDS = wordset(
    """year years month months week weeks day days hour hours minute minutes time times today
    yesterday tomorrow morning afternoon evening night quarter quarters season seasons"""
)
# Words too general to make a reference to a topic or a concern.
GENERIC = wordset(
    """experience experienced team teams process processes program programs programme project
    projects plan plans planning role roles position positions job jobs work works working
    company companies organization organisation business approach way ways system systems
    thing things part parts level levels side area areas group groups people person idea ideas
    question questions discussion conversation interview opportunity call calls meeting
    meetings talk chat help support use using used management skills skill knowledge background
    exposure familiarity goal goals issue issues challenge challenges topic topics detail
    details example examples option options area related based move moving need needs
    strategy effort efforts initiative initiatives lot kind type sort look hiring hire open
    opening openings bad good great big small large old high low long short early late full
    real main key major minor better best top current future daily weekly monthly annual
    overall general whole entire different various several"""
)
# Words that only qualify a concern ("limited", "no", "lack of") and never name it.
CONCERN_QUALIFIERS = wordset(
    """limited lack lacks lacking little minimal insufficient weak thin concern concerns
    worried worry prior previous direct hands-on formal enough never none less fewer short
    unfamiliar familiar candidate missing hasn't haven't didn't doesn't isn't"""
)
# A few paraphrases common enough to count as the same key word.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "weekend": ("saturday", "sunday"),
    "commut": ("drive", "driv"),
    "relocat": ("mov",),
}

_WORD = lazy_compile(r"[^\W_]+(?:['’][^\W_]+)*")
_COMPOUND = lazy_compile(r"[^\W_]+(?:['’][^\W_]+)*(?:-[^\W_]+(?:['’][^\W_]+)*)+")

# Suffixes stripped to reach a shared root, longest first (after a plural "s" has gone):
# "migration", "migrating", "migrated" and "migrate" all give "migr".
_SUFFIXES = (
    "ization", "isation", "ational", "ation", "ition", "ibility", "ability", "ement", "ment",
    "ator", "ating", "ated", "ate", "ing", "ion", "ness", "ity", "ive", "ible", "able", "er",
    "or", "ed", "ly", "al",
)


@lru_cache(maxsize=16384)
def stem(word: str) -> str:
    """A crude, fast stem: "consolidating" and "consolidation" both give "consolid"."""
    w = fold(word).replace(" ", "")
    if len(w) <= 3:
        return w
    if w.endswith(("ies", "ied")) and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("sses") or w.endswith("es") and w[:-2].endswith(("sh", "ch", "x", "z", "ss")):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    for _ in range(2):  # "monitoring" -> "monitor" -> "monit", as "monitor" gives
        for suffix in _SUFFIXES:
            if w.endswith(suffix) and len(w) - len(suffix) >= 3:
                w = w[: -len(suffix)]
                break
        else:
            break
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    return w


_GENERIC_STEMS = frozenset(stem(w) for w in GENERIC | TIME_WORDS)


class Key(NamedTuple):
    """One key word (or hyphenated compound) of a topic or a concern."""

    text: str
    stems: tuple[str, ...]  # one per part of a compound
    exact: bool = False  # match case-sensitively as written ("Go", "Epic")
    alternatives: tuple[str, ...] = ()  # synonym stems for a single word


def _is_exact(token: str, first: bool) -> bool:
    """Short capitalised words keep their capital: "Go", "Epic", "IT", "UX"."""
    if not token[:1].isupper() or len(token) > 4:
        return False
    return not (first and len(token) >= 3 and token[1:].islower())


# A count in figures as a note writes it in words ("1-year" is "a year").
_COUNT_WORDS = {"1": ("a", "one", "an"), "2": ("two",), "3": ("three",), "4": ("four",),
                "5": ("five",), "6": ("six",), "7": ("seven",), "8": ("eight",),
                "9": ("nine",), "10": ("ten",)}


def keys_of(phrase: str, *, drop: frozenset[str] = frozenset(), concern: bool = False) -> list[Key]:
    """The key words of a topic or concern; `drop` holds folded words never to use as keys."""
    return [key for word, key in _keys_by_word(phrase, concern) if word not in drop]


@lru_cache(maxsize=4096)
def _keys_by_word(phrase: str, concern: bool) -> tuple[tuple[str | None, Key], ...]:
    """The keys of `phrase` before any `drop`, each with the folded word it stands for
    (None for a compound, which `drop` leaves alone). Cached: the same topics come back
    note after note, while `drop` (names) changes."""
    skip = STOP | GENERIC | NUMBERS | TIME_WORDS
    if concern:
        skip |= CONCERN_QUALIFIERS
    keys: list[tuple[str | None, Key]] = []
    compounds = {m.start(): m.group() for m in _COMPOUND.finditer(phrase)}
    first = True
    for m in _WORD.finditer(phrase):
        token = m.group()
        low = fold(token).replace(" ", "")
        if low in skip or len(low) < 2 and not token.isupper():
            first = False
            continue
        if _is_exact(token, first):
            keys.append((low, Key(token, (token,), exact=True)))
        else:
            s = stem(token)
            if s in _GENERIC_STEMS and not concern:  # "worker" is "work" in another form
                first = False
                continue
            keys.append((low, Key(token, (s,), alternatives=SYNONYMS.get(s, ()))))
        first = False
    for text in compounds.values():
        parts = [p for p in text.split("-") if p]
        lows = [fold(p).replace(" ", "") for p in parts]
        if any(p not in STOP | NUMBERS | TIME_WORDS for p in lows):
            # "1-year" is met by "a year" or "one year" too: a note writes counts in words.
            keys.append((None, Key(text, tuple(stem(p) for p in parts),
                                   alternatives=_COUNT_WORDS.get(lows[0], ()))))
    return tuple(keys)


def find_phrase(note: Note, phrase: str, *, concern: bool = False) -> Span | None:
    """Where the note refers to a topic or a concern by one of its key words, or None.

    When every word of the phrase names the company, the role or a person ("community
    health worker program" for a Community Health Worker), those words are the keys and
    the names are not masked.
    """
    keys = keys_of(phrase, drop=entity_words(note), concern=concern)
    if keys:
        index = body_index(note)
    else:
        keys = keys_of(phrase, concern=concern) or fallback_keys(phrase)
        index = body_index(note, mask_names=False)
    for key in keys:
        found = index.find(key)
        if found is not None:
            return found
    return None


def fallback_keys(phrase: str) -> list[Key]:
    """Every content word, generic or not: for a phrase with no distinctive word at all."""
    return [
        Key(m.group(), (stem(m.group()),))
        for m in _WORD.finditer(phrase)
        if fold(m.group()) not in STOP | NUMBERS and len(m.group()) > 1
    ]


_BARE_SPAN = itemgetter(3, 4, 5)  # of a `Word`: bare, bare_start, bare_end
_FIRST = itemgetter(0)
_SECOND = itemgetter(1)


class BodyIndex:
    """The note's words as stems, without the greeting, the sign-off and context names."""

    def __init__(self, note: Note, *, mask_names: bool = True) -> None:
        body = self.body = note.body
        # Plain tuples, and a list of stems beside them: this is built for every word of the
        # note, so cheaply. Every `_WORD` token lies in the bare form of a whitespace word,
        # and most bare forms are one token (with no "'s"): those are taken as they are, and
        # only the others are read again.
        words = note.words
        # (bare, its start, end) of each word; `map` with C-level callables throughout, as
        # this runs over every word of nearly every note.
        units: list[tuple[str, int, int]] = list(map(_BARE_SPAN, words))
        bares = list(map(_FIRST, units))
        if not all(map(str.isalnum, bares)):
            for i in reversed([i for i, bare in enumerate(bares) if not bare.isalnum()]):
                units[i : i + 1] = self._tokens(body, words[i].bare_start, words[i].bare_end)
        # Leave out the words that start in a masked range: a slice of `units` per range.
        masked = _merged(_masked_ranges(note, mask_names))
        if masked:
            starts = list(map(_SECOND, units))
            for a, b in reversed(masked):
                del units[bisect_left(starts, a) : bisect_left(starts, b)]
        self.units = units
        self.stems = stems = list(map(stem, map(_FIRST, units)))
        by_stem: dict[str, list[int]] = {}
        for i, stem_ in enumerate(stems):
            found = by_stem.get(stem_)
            if found is None:
                by_stem[stem_] = [i]
            else:
                found.append(i)
        self._by_stem = by_stem

    @staticmethod
    def _tokens(body: str, start: int, end: int) -> list[tuple[str, int, int]]:
        """The `_WORD` tokens of `body[start:end]` (word, start, end), without a final "'s"."""
        out = []
        for m in _WORD.finditer(body, start, end):
            token, s, e = m.group(), m.start(), m.end()
            if token[-1] in "sS" and token.lower().endswith(("'s", "’s")):
                token, e = token[:-2], e - 2
            out.append((token, s, e))
        return out

    def find(self, key: Key) -> Span | None:
        """Where the note uses `key` (the first place), or None."""
        if key.exact:
            for text, start, end in self.units:
                if text == key.text or (len(text) > 1 and text == key.text.upper()):
                    return Span(text, start, end)
            return None
        first, *rest = key.stems
        stems = self.stems
        for stem_ in (first, *key.alternatives):
            for i in self._by_stem.get(stem_, ()):
                j = i
                ok = True
                for nxt in rest:
                    j += 1
                    if j >= len(stems) or stems[j] != nxt:
                        ok = False
                        break
                if ok:
                    a, b = self.units[i][1], self.units[j][2]
                    return Span(self.body[a:b], a, b)
        return None


_INDEXES: weakref.WeakKeyDictionary[Note, dict[bool, BodyIndex]] = weakref.WeakKeyDictionary()


def body_index(note: Note, *, mask_names: bool = True) -> BodyIndex:
    """The note's `BodyIndex`, built once per note and shared by the content rules."""
    per_note = _INDEXES.setdefault(note, {})
    if mask_names not in per_note:
        per_note[mask_names] = BodyIndex(note, mask_names=mask_names)
    return per_note[mask_names]


_WORD_CHAR = lazy_compile(r"\w")
_NAME_GAP = lazy_compile(r"\W{1,3}")


def name_spans(note: Note, name: str) -> list[tuple[int, int]]:
    r"""Where the body writes a context name: its words in any case, one to three non-word
    characters between two of them ("Anne-Marie", "Anne Marie", "ANNE - MARIE"), and no
    word character just before or after.

    These are the spans `re.finditer` gives for `(?<!\w)Word1\W{1,3}Word2...(?!\w)`
    with re.IGNORECASE, found without compiling a pattern per name: a batch of notes to
    many people needs thousands of names, at about 0.1 ms a compilation, and no cache of
    patterns keeps up. The words are compared where the regex would compare them, in the
    same order (the longest gap first), so the spans are the same.
    """
    words = _name_words(name)
    if not words:
        return []
    body = note.body
    first = words[0]
    spans = []
    pos = 0
    while (start := first.find(note, pos)) != -1:
        end = None
        if start == 0 or not _WORD_CHAR.match(body, start - 1):
            end = _rest_of_name(note, words, 1, start + first.length)
        if end is None:
            pos = start + 1
        else:
            spans.append((start, end))
            pos = end
    return spans


@lru_cache(maxsize=4096)
def _name_words(name: str) -> tuple[_NameWord, ...]:
    return tuple(_NameWord(w) for w in _WORD.findall(name))


def _rest_of_name(note: Note, words: tuple[_NameWord, ...], k: int, at: int) -> int | None:
    """The end of `words[k:]` matched from `at`, each after a gap of 1-3 non-word characters."""
    body = note.body
    if k == len(words):
        return None if _WORD_CHAR.match(body, at) else at
    gap = _NAME_GAP.match(body, at)
    if gap is None:
        return None
    for start in range(gap.end(), at, -1):  # greedy, as `\W{1,3}` backtracks
        if words[k].at(note, start):
            end = _rest_of_name(note, words, k + 1, start + words[k].length)
            if end is not None:
                return end
    return None


class _NameWord:
    """One word of a name, compared with the body as re.IGNORECASE compares a literal."""

    __slots__ = ("length", "low", "pattern")

    def __init__(self, word: str) -> None:
        self.length = len(word)
        # ASCII is compared in `note.caseless`, exact for it; anything else by the regex engine.
        self.low = word.lower() if word.isascii() else None
        self.pattern = None if self.low is not None else _literal_pattern(word)

    def at(self, note: Note, i: int) -> bool:
        if self.low is not None:
            return note.caseless.startswith(self.low, i)
        assert self.pattern is not None
        return self.pattern.match(note.body, i) is not None

    def find(self, note: Note, i: int) -> int:
        if self.low is not None:
            return note.caseless.find(self.low, i)
        assert self.pattern is not None
        m = self.pattern.search(note.body, i)
        return -1 if m is None else m.start()


@lru_cache(maxsize=1024)  # words with a letter outside ASCII only: few, and shared by names
def _literal_pattern(word: str) -> re.Pattern[str]:
    return re.compile(re.escape(word), re.IGNORECASE)


def entity_names(note: Note) -> list[str]:
    """Names from the context that are no topic: company, role, people, other applications."""
    c = note.context
    names = [n for n in (c.company, c.role, c.candidate) if n]
    if c.recipient is not None:
        names.append(c.recipient.name)
    names.extend(c.other_companies)
    names.extend(c.other_roles)
    return names


def entity_words(note: Note) -> frozenset[str]:
    """Folded words of the company, the role and the people: never a topic's key word.

    The spec counts as specific only what is narrower than the company and the role.
    """
    c = note.context
    return _folded_words((c.company, c.role, c.candidate, c.recipient.name if c.recipient else None))


@lru_cache(maxsize=1024)
def _folded_words(names: tuple[str | None, ...]) -> frozenset[str]:
    # Cached: asked again for every topic and concern of a note.
    out: set[str] = set()
    for name in names:
        if name:
            out.update(fold(w) for w in _WORD.findall(name))
    return frozenset(out)


def _masked_ranges(note: Note, mask_names: bool = True) -> list[tuple[int, int]]:
    ranges: list[tuple[int, int]] = []
    for frame in (note.greeting, note.signoff):
        if frame is not None:
            ranges.append((frame.span.start, frame.span.end))
    for name in entity_names(note) if mask_names else ():
        ranges.extend(name_spans(note, name))
    return ranges


def _merged(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The same positions as `ranges`, as sorted ranges that neither overlap nor touch."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(ranges):
        if out and a <= out[-1][1]:
            if b > out[-1][1]:
                out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def placeholder_labels(note: Note) -> list[tuple[Span, str]]:
    """Each template slot with what it names ("[insert specific project]" -> "specific project")."""
    try:
        from afterword.language.placeholders import slot_label
    except ImportError:  # pragma: no cover - the placeholder module ships with the engine

        def slot_label(slot: str) -> str:
            return slot.strip("[]{}<>() _").strip()

    return [(span, slot_label(span.text).lower()) for span in placeholder_spans(note)]
