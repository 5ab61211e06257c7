"""The moves a note makes and its tone cues, worked out once per note and read by the rules.

A coach reads a thank-you note as a few moves: it thanks, refers to something specific,
restates interest, backs it with a qualification, answers a concern, closes looking ahead
and signs off. Tone is a few cues beside them: pressure on the reader, hedges and needless
apologies, pleading, perks, running down a past employer or the interview. The content and
tone rules ask `analyse(note)` which moves and cues are present, and where, instead of each
running a large pattern of its own; each move's and cue's phrases are data, a lexicon file
beside the rule that reads it (as Vale keeps an existence rule's tokens beside it).

## The lexicon files

One phrase per line; blank lines and `#` comments are skipped. In a phrase:

* a space matches any run of white space, line breaks included, and `'` a straight or a
  curly apostrophe;
* regular-expression syntax may be used (`(?:a|b)`, `?`), and `{NAME}` stands for a macro
  defined earlier in the file with `define NAME = ...` (the same syntax);
* a phrase matches whole words; a trailing `*` lets its last word go on ("contribut*").

`section NAME` starts a group of phrases with exceptions of their own. In each group,
`unless-before: PATTERN` drops a match when the sentence's text before it ends with the
pattern ("not ", "I hope to" before a deadline); `unless-after: PATTERN` drops it when the
text after it, in the same sentence, starts with it. A lexicon's phrases are tried only
where their first words occur in the note, as one case-insensitive alternation of the
phrases that can start with that word (see `GroupedPhrases` and `language/wordscan.py`):
a note costs one quick scan per lexicon, whatever its length. The first notes a process
reads (`patterns.FIRST_NOTES`) compile only the phrases they can match at all (see
`_StartIndex.find`); later notes try a word's phrases only where one of them can open, as
one pass of an Aho-Corasick automaton over the note finds (`review/openings.py`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import cached_property
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from afterword.language.patterns import FIRST_NOTES, lazy_compile
from afterword.language.text import Note, Span, once_per_note
from afterword.language.wordscan import KNOWN_STARTS, FlatText, flat_text
from afterword.review.matchers import GroupedPhrases

if TYPE_CHECKING:
    from afterword.language.cache_file import CacheFile
    from afterword.review.openings import OpeningTable, Who

RULES_DIR = Path(__file__).resolve().parent / "rules"

# Where each move's and cue's lexicon lives: beside the rule that reads it.
LEXICON_FILES: dict[str, str] = {
    "interest": "content/missing_interest.txt",
    "touch": "content/missing_interest.touch.txt",
    "qualification": "content/missing_qualification.txt",
    "forward": "content/missing_closing.txt",
    "reference": "content/not_specific.txt",
    "pressure": "tone/demanding.txt",
    "perk": "tone/self_focused.txt",
    "perk-want": "tone/self_focused.want.txt",
    "hedge": "tone/apologetic.txt",
    "pleading": "tone/desperate.txt",
    "negativity": "tone/negative.txt",
}
MOVES = ("reference", "interest", "touch", "qualification", "forward")
CUES = ("pressure", "perk", "perk-want", "hedge", "pleading", "negativity")

# Template slots read as filled with what they name ("[why you are excited]" is interest).
_SLOT_MOVES: dict[str, re.Pattern[str]] = {
    "interest": lazy_compile(r"\b(?:interest|enthusiasm|why\s+you|excite)", re.IGNORECASE),
    "qualification": lazy_compile(
        r"\b(?:experience|skill|achievement|accomplishment|qualification|strength|result"
        r"|background|years|metric|(?<!phone\s)number|percent|example)",
        re.IGNORECASE,
    ),
    "forward": lazy_compile(r"\b(?:clos|next\s+step|call\s+to\s+action)", re.IGNORECASE),
}

_DEFINE = lazy_compile(r"define\s+([A-Z][A-Z0-9_]*)\s*=\s*(.+)")
_MACRO = lazy_compile(r"\{([A-Z][A-Z0-9_]*)\}")


# The pieces of a phrase `_source` rewrites: an escaped character and a class (`[...]`, to
# its first unescaped `]`) stay as written; a run of spaces and an apostrophe do not.
_PIECE = lazy_compile(r"\\.|\[(?:\\.|[^\]\\])*(?:\]|\\?$)| +|'", re.DOTALL)
_REWRITE = {"'": "['’]"}


def _source(phrase: str, macros: dict[str, str]) -> str:
    """A lexicon phrase as regex source: macros expanded, spaces flexible, apostrophes curly."""
    text = _PIECE.sub(_rewrite, phrase.strip())
    return _MACRO.sub(lambda m: macros[m.group(1)], text)


def _rewrite(m: re.Match[str]) -> str:
    piece = m.group()
    if piece[0] == " ":
        return r"\s+"
    return _REWRITE.get(piece, piece)


class _Part(NamedTuple):
    """A lexicon's phrases that share their exceptions (a file's `section`)."""

    alternatives: list[str]
    before: list[str]
    after: list[str]


class _Compiled(NamedTuple):
    scan: GroupedPhrases
    unless_before: re.Pattern[str] | None
    unless_after: re.Pattern[str] | None


class Lexicon:
    """One move's or cue's phrases, read from its file (see the module's docs)."""

    # A plain class (no dataclass: creating one costs about half a millisecond at import,
    # which every `afterword review FILE` pays); read once per name, never changed.
    def __init__(
        self, name: str, path: Path, phrases: tuple[str, ...], parts: tuple[_Part, ...]
    ) -> None:
        self.name = name
        self.path = path
        self.phrases = phrases  # as written, for the docs
        self.parts = parts

    def __repr__(self) -> str:
        return f"Lexicon(name={self.name!r}, path={self.path!r}, {len(self.phrases)} phrases)"

    @classmethod
    def read(cls, name: str, path: Path) -> Lexicon:
        """The lexicon in a file: as an earlier run read the same text (`_READ`), or read
        now."""
        text = path.read_text(encoding="utf-8")
        key = _checksum(text)
        kept = _read_lexicons().get(name)
        if isinstance(kept, tuple) and len(kept) == 3 and kept[0] == key:
            _, phrases, parts = kept
            return cls(name, path, phrases, tuple(_Part(*map(list, p)) for p in parts))
        found = cls.parse(name, path, text)
        _READ[name] = (key, found.phrases, tuple(
            (tuple(p.alternatives), tuple(p.before), tuple(p.after)) for p in found.parts
        ))
        global _READ_CHANGED
        _READ_CHANGED = True
        return found

    @classmethod
    def parse(cls, name: str, path: Path, text: str) -> Lexicon:
        """The lexicon in `text` (the file at `path`), read line by line."""
        macros: dict[str, str] = {}
        phrases: list[str] = []
        parts = [_Part([], [], [])]
        for number, raw in enumerate(text.splitlines(), 1):
            line = raw.split(" #", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
            if not line:
                continue
            part = parts[-1]
            if m := _DEFINE.fullmatch(line):
                macros[m.group(1)] = _source(m.group(2), macros)
            elif line.startswith("section "):
                parts.append(_Part([], [], []))
            elif line.startswith("unless-before:"):
                part.before.append(_source(line.partition(":")[2], macros))
            elif line.startswith("unless-after:"):
                part.after.append(_source(line.partition(":")[2], macros))
            else:
                prefix = line.endswith("*")
                body = _source(line.rstrip("*"), macros)
                # A phrase ending in white space ("love to (?!hear)") is bounded already.
                alternative = rf"{body}\w*" if prefix else rf"{body}(?:(?<=\s)|(?![\w]))"
                if not _read_before(alternative):
                    try:
                        re.compile(body)
                    except re.error as exc:  # a broken lexicon is a bug: say where
                        raise ValueError(f"{path.name}, line {number}: {exc}") from None
                part.alternatives.append(alternative)
                phrases.append(line)
        return cls(name, path, tuple(phrases), tuple(p for p in parts if p.alternatives))

    @cached_property
    def compiled(self) -> list[_Compiled]:
        out = []
        for part in self.parts:
            # Longest first, so that a phrase is not cut short by one of its prefixes.
            alts = sorted(part.alternatives, key=len, reverse=True)
            # (From the lexicons only: `regex_cache` may keep their compiled code.)
            before = lazy_compile(rf"(?:{'|'.join(part.before)})$", re.I,
                                  from_code=True) if part.before else None
            after = lazy_compile(rf"^(?:{'|'.join(part.after)})", re.I,
                                 from_code=True) if part.after else None
            out.append(_Compiled(GroupedPhrases(alts, re.IGNORECASE), before, after))
        return out

    def matches(self, note: Note) -> Iterator[re.Match[str]]:
        """Every match in the body (outside template slots), exceptions applied."""
        for part in self.compiled:
            for m in part.scan.finditer(note.body, note.word_starts):
                if _keep(note, m, part):
                    yield m


# What earlier runs read from the lexicon files: a file's name -> (its text's checksum, its
# phrases, its parts as (alternatives, unless-before, unless-after)). Reading the eleven
# files line by line (macros, spaces, apostrophes, a few hundred regex substitutions) took
# about 5 ms of every `afterword review FILE`; this is plain data, kept with `marshal`
# beside the other caches. A file whose text changed is read again; the key of the cache
# file changes with this module (its size and time), so a change to how a line is read
# never meets a table an older reading wrote.
_Kept = tuple[str, tuple[str, ...], tuple[tuple[tuple[str, ...], ...], ...]]
_READ: dict[str, _Kept] = {}
_READ_LOADED = False
_READ_CHANGED = False


def _lexicons_file() -> CacheFile:
    import os
    import sys

    from afterword import __version__
    from afterword.language.cache_file import CacheFile

    stat = os.stat(__file__)
    return CacheFile(
        "lexicons", _checksum(f"{sys.version}|{__version__}|{stat.st_size}|{stat.st_mtime_ns}")
    )


def _read_lexicons() -> dict[str, _Kept]:
    global _READ_LOADED
    if not _READ_LOADED:
        _READ_LOADED = True
        kept = _lexicons_file().read(dict)
        if kept is not None:
            _READ.update(kept)
    return _READ


def keep_lexicons() -> None:
    """Keep what this run read of the lexicon files for the next (when it read any anew)."""
    global _READ_CHANGED
    if _READ_CHANGED:
        _READ_CHANGED = False
        _lexicons_file().write(dict(_READ), drop_older=True)


def _checksum(text: str) -> str:
    from afterword.language.spelling.index import checksum

    return checksum(text)


def _read_before(alternative: str) -> bool:
    """Whether an earlier run read this phrase (so it compiled: no need to check it again)."""
    key = (GroupedPhrases.PREFIX + "(?:" + alternative + ")", re.IGNORECASE | re.UNICODE)
    return key in KNOWN_STARTS


def _keep(note: Note, m: re.Match[str], part: _Compiled) -> bool:
    """Whether a match stands: outside template slots, and no exception of its part applies."""
    if note.in_placeholder(*m.span()):
        return False
    before, after = part.unless_before, part.unless_after
    if before is not None or after is not None:
        sentence = sentence_at(note, m.start())
        if sentence is not None:
            if before is not None and before.search(note.body[sentence.start : m.start()]):
                return False
            if after is not None and after.search(note.body[m.end() : sentence.end]):
                return False
    return True


class _FirstOf:
    """The alternation of a few phrases as the first of them that matches, each phrase
    compiled on its own: what the alternation's `match` gives (its match is its first
    phrase that matches), without compiling the same phrase again into each alternation of
    it that a note's places call for."""

    __slots__ = ("scan", "phrases")

    def __init__(self, scan: GroupedPhrases, phrases: tuple[int, ...]) -> None:
        self.scan, self.phrases = scan, phrases

    def match(self, text: str, pos: int) -> re.Match[str] | None:
        for i in self.phrases:
            m = self.scan.group((i,)).match(text, pos)
            if m is not None:
                return m
        return None


# For a word and a part: its phrases, to meet the automaton's.
_Gate = frozenset[int]
# For a word: the parts whose phrases the automaton places; the parts always tried (with
# the alternation of their phrases).
_Split = tuple[dict[int, _Gate], list[tuple[int, tuple[int, ...], "re.Pattern[str]"]]]

# Where a lexicon part's phrases may start: (offset, their alternation, the phrases).
_Places = list[tuple[int, "re.Pattern[str] | _FirstOf", tuple[int, ...]]]


class _StartIndex:
    """Where every lexicon's phrases can start, in one table (the combined matcher).

    One pass over a note's words tells each lexicon part which of its phrases may match
    where (`GroupedPhrases`). The phrases that open with no word are tried where their
    opening text occurs (`loose`) or, when they have none to look for (`anywhere`: "\\w+ is
    my native language"), where a look-ahead of them alone finds they match: the other
    phrases of such a part are still tried only at their words.
    """

    def __init__(self) -> None:
        self.parts = [(name, part) for name in LEXICON_FILES for part in lexicon(name).compiled]
        keep_lexicons()
        # A first word (or the first letters of one) -> (part, its phrases starting so).
        self.whole: dict[str, list[tuple[int, tuple[int, ...]]]] = {}
        self.prefixes: dict[str, list[tuple[str, int]]] = {}
        self.digits: list[int] = []
        self.anywhere: list[int] = []  # parts with phrases that open with no known text
        self.loose: list[int] = []  # the other parts with phrases that open with no word
        self.memo: dict[str, list[tuple[int, re.Pattern[str], tuple[int, ...]]]] = {}
        self.lean_left = FIRST_NOTES  # how many more notes are read lean (see `_lean`)
        # After the lean notes: every phrase's openings in one automaton (`openings.py`),
        # and for each word, the phrases it may start split into those the automaton places
        # and those tried at every start of the word.
        self.table: OpeningTable | None = None
        # Whether the automaton is used (None: not asked yet; False: every start of a
        # phrase's words is tried): asked after the lean notes, so that reviewing one note
        # does not even import it.
        self.one_pass: bool | None = None
        self.split_memo: dict[str, _Split] = {}
        # (the id of a word's gates, the ids of the openings at a start of it) -> what to
        # try there (see `_opened`).
        self.gate_memo: dict[
            tuple[int, ...], list[tuple[int, tuple[int, ...], re.Pattern[str] | _FirstOf]]
        ] = {}
        for k, (_, part) in enumerate(self.parts):
            scan = part.scan
            if scan.anywhere:
                self.anywhere.append(k)
            elif scan.loose:
                self.loose.append(k)
            for word, phrases in scan.whole.items():
                self.whole.setdefault(word, []).append((k, tuple(phrases)))
            for prefix in scan.prefixes:
                self.prefixes.setdefault(prefix[0], []).append((prefix, k))
            if scan.digits:
                self.digits.append(k)

    def _at_word(self, word: str) -> list[tuple[int, re.Pattern[str], tuple[int, ...]]]:
        """The parts whose phrases may start at a word, each with the alternation of them
        and those phrases."""
        parts = self.parts
        return [(k, parts[k][1].scan.group(ph), ph) for k, ph in self._phrases_at(word)]

    def _phrases_at(self, word: str) -> list[tuple[int, tuple[int, ...]]]:
        """The parts whose phrases may start at a word, each with those phrases."""
        hits = self.whole.get(word, ())
        ks = {k for k, _ in hits}
        ks.update(k for prefix, k in self.prefixes.get(word[0], ()) if word.startswith(prefix))
        if self.digits and word[0].isdecimal():
            ks.update(self.digits)
        out = []
        for k in sorted(ks):
            phrases = self.parts[k][1].scan.phrases_at(word)
            if phrases:
                out.append((k, phrases))
        return out

    def _lean(self, note: Note, flat: FlatText, at: list[_Places]) -> None:
        """`at` for the first notes a process reads: at each place, the alternation of only
        the phrases that can match there.

        Compiling a word's alternation costs more than reading a note, and `afterword
        review FILE` reads one note (`afterword draft ID` a dozen or so, most of them
        short). So these compile, at each place, only the phrases
        whose text can open there (`GroupedPhrases.opening_at`: "i would like" where the
        note reads "I would like"), which can match somewhere in the note at all
        (`GroupedPhrases.possible`) and whose required pieces the text from there holds in
        their order (`GroupedPhrases.possible_at`); each phrase is compiled once, for every
        note that can match it. The same matches: at any place, a phrase that cannot match
        there changes no match of the others. Later notes share whole alternations,
        compiled once, as a batch's notes do.
        """
        caseless = note.caseless
        text, flat_at = flat.text, flat.at
        for word, starts in note.word_starts.at.items():
            for k, phrases in self._phrases_at(word):
                scan = self.parts[k][1].scan
                phrases = scan.possible(phrases, caseless)
                if not phrases:
                    continue
                for i in starts:
                    kept = scan.opening_at(phrases, text, flat_at(i))
                    if kept:
                        kept = scan.possible_at(kept, caseless, i)
                    if kept:
                        at[k].append((i, _FirstOf(scan, kept), kept))

    def _table(self) -> OpeningTable | None:
        if self.one_pass is None or (self.one_pass and self.table is None):
            from afterword.review import openings  # not at import: one note never needs it

            if self.one_pass is None:
                self.one_pass = openings.available()
            if self.one_pass:
                self.table = openings.OpeningTable([part.scan for _, part in self.parts])
        return self.table

    def _opened(self, note: Note, at: list[_Places]) -> FlatText:
        """`at` for a note after the first. At a start of a word, a part's phrases that
        start with the word are tried only where the automaton finds their opening: a
        phrase with none there cannot match there, so the first of those that matches is
        the first of all the word's phrases that matches (about 1.5 phrases a place instead
        of 6 on the benchmark's notes). Where the word has a phrase the automaton cannot
        place, all of that part's phrases of the word are tried at every start, as before.
        The loose phrases are tried where they can open; where a word's phrases are tried
        too, one alternation of both, in the phrases' order (the first of them that matches
        is the whole part's match there). Returns the flat text.
        """
        table = self.table
        assert table is not None
        memo = self.split_memo
        gated_at: dict[int, dict[int, _Gate]] = {}  # a word's start -> its gated parts
        places: dict[tuple[int, int], tuple[tuple[int, ...], re.Pattern[str] | _FirstOf]] = {}
        parts = self.parts
        for word, starts in note.word_starts.at.items():
            split = memo.get(word)
            if split is None:  # the same words come back note after note: work them out once
                if len(memo) > 20_000:  # a bound for very long batches of new words
                    memo.clear()
                    self.gate_memo.clear()  # keyed by the ids of the splits just dropped
                split = memo[word] = self._split_at(word, table)
            gated, always = split
            if gated:
                for i in starts:
                    gated_at[i] = gated
            for k, phrases, pattern in always:
                for i in starts:
                    places[k, i] = (phrases, pattern)
        flat = flat_text(note.caseless)
        # The automaton's hits, read here rather than through a generator of (place, ...)
        # tuples: about fifty a note. A hit's place in the flat text moves back to the
        # original's by the white space lost before it (`FlatText.origin`).
        lost, flat_starts = flat.lost, flat.flat_starts
        opened: dict[int, list[Who]] = {}  # a word's start -> the openings found there
        loose: dict[tuple[int, int], frozenset[int]] = {}
        for end, (back, at_word, anywhere) in table.automaton.iter(flat.text):
            pos = end - back
            pos += lost[bisect_left(flat_starts, pos)]
            if at_word and pos in gated_at:
                found = opened.get(pos)
                if found is None:
                    opened[pos] = [at_word]
                else:
                    found.append(at_word)
            for k, opening in anywhere:  # phrases that open with no word (`_add_loose`)
                loose[k, pos] = loose.get((k, pos), frozenset()) | opening
        # What a word's gates and a place's openings leave to try is the same whenever they
        # come back together (as they do note after note): worked out once, by the ids of
        # the two (both kept alive by the memo of splits and the automaton).
        gate_memo = self.gate_memo
        for pos, openings_here in opened.items():
            gates = gated_at[pos]
            key = (id(gates), *map(id, openings_here))
            tries = gate_memo.get(key)
            if tries is None:
                if len(gate_memo) > 20_000:
                    gate_memo.clear()
                tries = gate_memo[key] = self._gated(gates, openings_here)
            for k, phrases, tried in tries:
                places[k, pos] = (phrases, tried)
        for key, extra in loose.items():
            had = places.get(key)
            phrases = tuple(sorted(extra.union(had[0]))) if had is not None else tuple(sorted(extra))
            places[key] = (phrases, parts[key[0]][1].scan.group(phrases))
        for (k, pos), (phrases, matcher) in places.items():
            at[k].append((pos, matcher, phrases))
        return flat

    def _gated(
        self, gates: dict[int, _Gate], openings_here: list[Who]
    ) -> list[tuple[int, tuple[int, ...], re.Pattern[str] | _FirstOf]]:
        """For a word's gated parts and the openings found at one of its starts: each part
        with the word's phrases that open there, in their order, and their alternation."""
        can: dict[int, frozenset[int]] = {}
        for at_word in openings_here:
            for k, opening in at_word:
                gate = gates.get(k)
                if gate is not None:
                    both = gate & opening
                    if both:
                        can[k] = can[k] | both if k in can else both
        parts = self.parts
        out: list[tuple[int, tuple[int, ...], re.Pattern[str] | _FirstOf]] = []
        for k, phrases in can.items():
            tried = tuple(sorted(phrases))
            scan = parts[k][1].scan
            # Several phrases are tried one by one, each compiled once: an alternation for
            # each set of them that places call for came to about 600 more patterns on the
            # benchmark's notes, mostly compiled after a batch's fork, and 7 MB more memory.
            out.append((k, tried, scan.group(tried) if len(tried) == 1 else _FirstOf(scan, tried)))
        return out

    def _split_at(self, word: str, table: OpeningTable) -> _Split:
        """The parts whose phrases may start at a word, each with those phrases: gated (the
        automaton can place every one of them: tried where one can open) or always tried
        (one of them it cannot place)."""
        gated: dict[int, _Gate] = {}
        always: list[tuple[int, tuple[int, ...], re.Pattern[str]]] = []
        for k, phrases in self._phrases_at(word):
            if table.opened[k].issuperset(phrases):
                gated[k] = frozenset(phrases)
            else:
                always.append((k, phrases, self.parts[k][1].scan.group(phrases)))
        return gated, always

    def _add_loose(
        self, note: Note, flat: FlatText | None, at: list[_Places], lean: bool
    ) -> None:
        """Add to `at` the places where the phrases that open with no word can match; at a
        place that a word's phrases share, one alternation of both, in the phrases' order."""
        for k in self.loose:
            scan = self.parts[k][1].scan
            # Only those that can match somewhere in the note (most notes: none of them).
            loose = scan.possible(scan.loose, note.caseless)
            if not loose:
                continue
            if flat is None:
                flat = flat_text(note.caseless)
            _merge(at, k, scan, scan.loose_places(flat, loose), lean)

    def _add_anywhere(self, note: Note, at: list[_Places], lean: bool) -> None:
        """Add to `at` the places where the phrases of an `anywhere` part that open with no
        word match (what searching its whole alternation everywhere found before)."""
        for k in self.anywhere:
            scan = self.parts[k][1].scan
            loose = scan.possible(scan.loose, note.caseless)
            if loose:
                _merge(at, k, scan, scan.matching_places(note.body, loose), lean)

    def find(self, note: Note) -> dict[str, list[Span]]:
        """Every lexicon's matches in the note, by move or cue name, in text order."""
        at: list[_Places] = [[] for _ in self.parts]
        memo, parts = self.memo, self.parts
        flat = None
        placed_loose = False
        lean = self.lean_left > 0
        if lean:
            self.lean_left -= 1
            flat = flat_text(note.caseless)
            self._lean(note, flat, at)
        elif self._table() is not None:
            flat = self._opened(note, at)
            placed_loose = True
        else:  # no compiled matcher here: every place of a phrase's words is tried
            for word, starts in note.word_starts.at.items():
                hits = memo.get(word)
                if hits is None:  # the same words come back note after note: work them out once
                    if len(memo) > 20_000:  # a bound for very long batches of new words
                        memo.clear()
                    hits = memo[word] = self._at_word(word)
                for k, pattern, phrases in hits:
                    at[k] += [(i, pattern, phrases) for i in starts]
        if self.loose and not placed_loose:  # (the automaton places them in `_opened`)
            self._add_loose(note, flat, at, lean)
        if self.anywhere:
            self._add_anywhere(note, at, lean)
        body = note.body
        found: dict[str, list[Span]] = {name: [] for name in LEXICON_FILES}
        for k, (name, part) in enumerate(parts):
            out = found[name]
            places = at[k]
            if not places:
                continue
            places.sort(key=_first)
            matches = _tried(body, places)
            out.extend(Span(m.group(), m.start(), m.end()) for m in matches if _keep(note, m, part))
        for spans in found.values():
            spans.sort(key=lambda span: span.start)
        return found


_first = itemgetter(0)


def _merge(
    at: list[_Places], k: int, scan: GroupedPhrases, extra: dict[int, tuple[int, ...]],
    lean: bool = False,
) -> None:
    """Add places (a position, the phrases that may match there) to part `k`'s; where a
    word's phrases are tried already, one alternation of both, in the phrases' order (the
    first of them that matches there is the whole alternation's match). In a note read
    lean, the phrases are tried one by one (`_FirstOf`), each compiled on its own."""
    if not extra:
        return
    by_place = {i: phrases for i, _, phrases in at[k]}
    for i, phrases in extra.items():
        by_place[i] = tuple(sorted({*by_place.get(i, ()), *phrases}))
    at[k] = [(i, _FirstOf(scan, phrases) if lean else scan.group(phrases), phrases)
             for i, phrases in by_place.items()]


def _tried(text: str, places: _Places) -> Iterator[re.Match[str]]:
    """The matches at `places` (a position, and the alternation of the phrases that may
    start there), left to right, none inside the last (as `finditer` goes on after it)."""
    end = 0
    for i, pattern, _ in places:
        if i < end:
            continue
        m = pattern.match(text, i)
        if m is not None:
            yield m
            end = m.end()


_INDEX: _StartIndex | None = None


def _index() -> _StartIndex:
    global _INDEX
    if _INDEX is None:
        _INDEX = _StartIndex()
    return _INDEX


_LEXICONS: dict[str, Lexicon] = {}


def lexicon(name: str) -> Lexicon:
    """The lexicon of a move or a cue, read once."""
    found = _LEXICONS.get(name)
    if found is None:
        found = _LEXICONS[name] = Lexicon.read(name, RULES_DIR / LEXICON_FILES[name])
    return found


def sentence_at(note: Note, pos: int) -> Span | None:
    """The sentence holding body offset `pos`, if any."""
    sentences = note.sentences
    starts = _sentence_starts(note)
    i = bisect_right(starts, pos) - 1
    if i >= 0 and pos < sentences[i].end:
        return sentences[i]
    return None


def _sentence_starts(note: Note) -> list[int]:
    return analyse(note).sentence_starts


class Analysis:
    """The moves and cues of one note, all found on the first question and then kept."""

    def __init__(self, note: Note) -> None:
        self.note = note

    @cached_property
    def sentence_starts(self) -> list[int]:
        return [s.start for s in self.note.sentences]

    def spans(self, name: str) -> list[Span]:
        """Where the note makes the move or shows the cue, in text order."""
        return self._all[name]

    @cached_property
    def _all(self) -> dict[str, list[Span]]:
        # Every move and cue at once, in one pass over the note's words: the rules that
        # read them nearly all run on every note.
        return _index().find(self.note)

    def distinct(self, name: str) -> Iterator[Span]:
        """The move's or cue's places, none overlapping one kept before it: two sections of a
        lexicon may both match the same words ("I know you're busy, but"), which is one
        finding."""
        end = -1
        for span in self.spans(name):
            if span.start >= end:
                end = span.end
                yield span

    def has(self, name: str) -> bool:
        """Whether the note makes the move anywhere (a slot naming it counts)."""
        return bool(self.spans(name)) or self.has_slot(name)

    def has_slot(self, name: str) -> bool:
        """Whether a template slot stands for the move ("[why you are excited]")."""
        slot = _SLOT_MOVES.get(name)
        return slot is not None and any(slot.search(label) for label in self.slot_labels)

    def in_sentence(self, name: str, sentence: Span) -> list[Span]:
        """The move's or cue's places inside one sentence."""
        return [s for s in self.spans(name) if sentence.start <= s.start < sentence.end]

    @cached_property
    def slot_labels(self) -> list[str]:
        from afterword.review.rules.content._keywords import placeholder_labels

        return [label for _, label in placeholder_labels(self.note)]

    def sentence_moves(self) -> list[tuple[Span, frozenset[str]]]:
        """Each sentence with the moves and cues it holds (for reports and tests)."""
        names = (*MOVES, *CUES)
        return [
            (s, frozenset(n for n in names if self.in_sentence(n, s))) for s in self.note.sentences
        ]


analyse = once_per_note(Analysis)
"""The note's analysis, built once per note and shared by every rule."""
