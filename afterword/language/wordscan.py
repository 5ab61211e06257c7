"""Run a phrase regex only where it can match: at the words its matches start with.

Most of the review's patterns are alternations of phrases that open with a word ("I just
wanted to", "look forward", "my interest in"), searched case-insensitively through the
whole body. Python's regex engine has no quick way to skip ahead through such a pattern:
it tries it at every character, 50-200 µs for a note, and a dozen patterns read each note.
Yet a match can only start where a word starts that begins as one of the phrases begins.

`leading_words(pattern)` reads the pattern's parse tree and works out those words. It
answers only when every alternative opens with a word boundary (`\\b`, `(?<!\\w)`,
`(?<![\\w'’])`, `(?<![^\\W_])`, `^`) and an ASCII letter or digit; on anything else, or
anything it does not know, it answers None and the pattern runs as usual. `WordScan` then
tries `pattern.match(text, i)` only at the positions `i` where such a word starts (listed
by `WordStarts`), left to right, skipping those inside the previous match: the same matches
as `pattern.finditer(text)`, in the same order, since no other position can start one.

`may_match(note)` answers a plainer question, for a pattern run on pieces of the body
(its sentences, say): can any piece hold a match at all? Besides the words above, it uses
`required_text(pattern)`: pieces of text (a word, two spaces, a colon) one of which every
match holds, so that the body not holding any of them settles it.

Case is handled as the regex handles it: words are compared in `Note.caseless`, where a
case-insensitive regex's ASCII letters stand in lower case (see `language/text.py`).
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from functools import cached_property

# The standard library's own parser of regexes and its opcodes (`sre_parse` before 3.11).
# Private, so the stubs leave them out; whatever is not understood gives no shortcut.
from re import _constants as _sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from afterword.language.patterns import FIRST_NOTES

if TYPE_CHECKING:
    from afterword.language.cache_file import CacheFile
    from afterword.language.text import Note

# A start: (the first letters of the word, in lower case; whether they are the whole word).
_Start = tuple[str, bool]
_DIGIT = "\\d"  # in place of the letters: the word starts with a digit, of any script
_Items = list[tuple[Any, Any]]

_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)
_STRUCTURE = (_sre.SUBPATTERN, _sre.BRANCH, *_REPEATS)
_NO_WORD_CATEGORIES = (_sre.CATEGORY_SPACE, _sre.CATEGORY_NOT_WORD, _sre.CATEGORY_LINEBREAK)
# A word here is a run of letters and digits (`[^\W_]+`): it starts after anything else,
# an underscore included, so that `(?<![^\W_])` bounds a word as well as `\b` does.


# How many more notes are read with `WordStarts.flat` (see `WordScan.finditer`).
_LEAN_LEFT = FIRST_NOTES


class WordStarts:
    """Where each word (a run of letters and digits) starts in a lower-cased text."""

    __slots__ = ("at", "_by_initial", "_planned", "text", "_caseless", "_flat")

    def __init__(
        self, at: dict[str, list[int]], text: str | None = None, caseless: str | None = None
    ) -> None:
        """`at`: every word of the text with where it starts (`Note.word_starts` has them);
        `text` and `caseless` (as `Note.caseless` has it), when known, let a pattern be
        tried only where the text opens as the pattern's matches do (`flat`)."""
        global _LEAN_LEFT
        self.at = at
        self.text = text
        self._caseless = None
        self._flat: FlatText | None = None
        # Only the first notes of a process (`patterns.FIRST_NOTES`): later ones find their
        # patterns compiled, where trying one is cheaper than testing where it can open.
        if caseless is not None and _LEAN_LEFT > 0:
            _LEAN_LEFT -= 1
            self._caseless = caseless
        # Where every registered plan's matches can start: (plans registered then, table).
        self._planned: tuple[int, dict[int, list[int]]] | None = None
        self._by_initial: defaultdict[str, list[str]] | None = None

    @property
    def by_initial(self) -> defaultdict[str, list[str]]:
        """The words by their first character (worked out when first asked: `planned`,
        which most patterns use, does without)."""
        if self._by_initial is None:
            self._by_initial = defaultdict(list)
            for word in self.at:
                self._by_initial[word[0]].append(word)
        return self._by_initial

    @property
    def flat(self) -> FlatText | None:
        """The text in flat form (`flat_text`), when it is known."""
        if self._flat is None and self._caseless is not None:
            self._flat = flat_text(self._caseless)
        return self._flat

    @property
    def digit_initials(self) -> list[str]:
        return [i for i in self.by_initial if i.isdecimal()]  # \d, as sre has it

    def positions(
        self, words: Iterable[str], prefixes: dict[str, tuple[str, ...]], digits: bool = False
    ) -> list[int]:
        """Where a word of `words` starts, or a word beginning with one of `prefixes`
        (grouped by their first letter), or with a digit if `digits`, in text order."""
        found: set[int] = set()
        at = self.at
        # A pattern may start with hundreds of words and a note holds a few dozen: the
        # ones they share, found in C (a frozenset's `intersection` reads the smaller side).
        shared = words.intersection(at) if isinstance(words, frozenset) else words
        for word in shared:
            if word in at:
                found.update(at[word])
        for initial, group in prefixes.items():
            for word in self.by_initial.get(initial, ()):
                if word.startswith(group):
                    found.update(self.at[word])
        for initial in self.digit_initials if digits else ():
            for word in self.by_initial[initial]:
                found.update(self.at[word])
        return sorted(found)

    def planned(self, plan_id: int) -> list[int]:
        """`positions` for a registered plan (`_register`), in text order.

        A note is read by a few dozen patterns: rather than each going over the note's
        words, one pass over them tells every pattern where it can start, with what is
        known of each word kept from note to note (`_WORD_PLANS`).
        """
        table = self._planned
        if table is None:
            count = len(_PLANS)  # before the table: a plan added meanwhile is read again
            table = self._planned = (count, _plan_table(self.at))
        if plan_id >= table[0]:
            # A plan made after the table (the first note a process reads makes them one
            # by one, as its rules first ask): read for itself, not a new table each time.
            plan = _PLANS[plan_id]
            return self.positions(plan.words, plan.prefixes, plan.digits)
        return sorted(table[1].get(plan_id, ()))


class WordScan:
    """A compiled pattern, tried only where its first word starts (see the module's docs).

    The pattern is read on first use (parsing a large one takes a millisecond or two), so
    that loading the rules for `afterword rules` or `--help` pays nothing for it.
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    @property
    def plan(self) -> _Plan:
        """Where the pattern's matches can start (worked out on first use)."""
        return self._plan

    @cached_property
    def _plan(self) -> _Plan:
        starts = leading_words(self.pattern) or frozenset()
        prefixes = sorted({w for w, whole in starts if not whole and w != _DIGIT})
        # A word or a prefix that begins with a shorter prefix adds no position: leave it out.
        prefixes = [p for i, p in enumerate(prefixes) if not p.startswith(tuple(prefixes[:i]))]
        words = frozenset(w for w, whole in starts if whole and not w.startswith(tuple(prefixes)))
        return _Plan(
            known=bool(starts),
            words=words,
            prefixes=_by_initial(prefixes),
            digits=(_DIGIT, False) in starts,
            loose=_by_initial([*prefixes, *words]),
        )

    @cached_property
    def _opening(self) -> Opening | None:
        return openings(self.pattern)

    @cached_property
    def _plan_id(self) -> int:
        return _register(self._plan)

    @cached_property
    def _all_needs(self) -> tuple[frozenset[str], ...] | None:
        return required_texts(self.pattern)

    @cached_property
    def needs(self) -> frozenset[str] | None:
        """`required_text(pattern)`."""
        return required_text(self.pattern)

    def finditer(
        self, text: str, starts: WordStarts | None, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        """`pattern.finditer(text)` (`pattern.finditer(text, 0, endpos)` with `endpos`);
        `starts` are the words of `text` (or of a text with the same letters and digits in
        the same places), None to search the usual way."""
        plan = self._plan
        stop = len(text) if endpos is None else endpos
        if starts is None or not plan.known:
            yield from self.pattern.finditer(text, 0, stop)
            return
        match = self.pattern.match
        end = 0
        pid = self._plan_id
        at = (
            starts.planned(pid)
            if pid >= 0
            else starts.positions(plan.words, plan.prefixes, plan.digits)
        )
        # In the first notes a process reads, where its patterns are not compiled yet, a
        # pattern is tried only where the text opens as its matches do (a place that
        # cannot open a match gives none), so that one it cannot match is never compiled.
        # Once compiled, trying it costs less than the test.
        lean = getattr(self.pattern, "is_compiled", True) is False
        flat = starts.flat if lean and text is starts.text else None
        opening = self._opening if flat is not None else None
        for i in at:
            if i < end:
                continue  # inside the previous match, as `finditer` goes on after it
            if i >= stop:
                break  # a match opens with a word: none starts at the end or past it
            if opening is not None and not (
                opens_at(opening, flat.text, flat.at(i))  # type: ignore[union-attr]
                and holds_in_order(self._all_needs, starts._caseless, i)  # type: ignore[arg-type]
            ):
                continue
            m = match(text, i, stop)
            if m is not None:
                yield m
                end = m.end()  # never empty: a match opens with a word

    def search(self, text: str, starts: WordStarts | None) -> re.Match[str] | None:
        """`pattern.search(text)`, with `starts` as for `finditer`."""
        return next(self.finditer(text, starts), None)

    def may_match(self, note: Note) -> bool:
        """False only when no piece of the body (a sentence, say) can hold a match."""
        if self.needs is not None and not any(text in note.caseless for text in self.needs):
            return False
        # A piece may cut a word short at its end, so whole words count as prefixes here.
        plan = self._plan
        return not plan.known or bool(note.word_starts.positions((), plan.loose, plan.digits))


class _Plan(NamedTuple):
    """Where a pattern's matches can start (see `leading_words`)."""

    known: bool  # False: anywhere, as far as anyone can tell
    words: frozenset[str]  # whole words
    prefixes: dict[str, tuple[str, ...]]  # the first letters of words, by their first letter
    digits: bool  # any word that starts with a digit
    loose: dict[str, tuple[str, ...]]  # words and prefixes both, as prefixes


# Every plan a `WordScan` has used, by its id (its index here), and which of them each word
# seen can start (bounded: a long batch of new words would make it grow without end).
_PLANS: list[_Plan] = []
_WORD_PLANS: dict[str, tuple[int, ...]] = {}
_WORD_PLANS_MAX = 50_000


_PLANS_MAX = 500  # the rules make theirs once, at import: a few dozen


def _register(plan: _Plan) -> int:
    """The plan's id; -1 (read word by word, as before) past `_PLANS_MAX`, for code that
    makes a `WordScan` for each text rather than once."""
    if len(_PLANS) >= _PLANS_MAX:
        return -1
    _PLANS.append(plan)
    pid = len(_PLANS) - 1
    if plan.known:
        for word in plan.words:
            _BY_WORD.setdefault(word, []).append(pid)
        for group in plan.prefixes.values():
            for prefix in group:
                _BY_PREFIX.setdefault(prefix[0], []).append((prefix, pid))
        if plan.digits:
            _BY_DIGIT.append(pid)
    _WORD_PLANS.clear()  # every word's answer may now hold the new plan
    return pid


# The registered plans by what they start with: a whole word, the first letters of a word
# (grouped by the first), any digit.
_BY_WORD: dict[str, list[int]] = {}
_BY_PREFIX: dict[str, list[tuple[str, int]]] = {}
_BY_DIGIT: list[int] = []


def _plan_table(at: dict[str, list[int]]) -> dict[int, list[int]]:
    """For every registered plan, where its matches can start among the words `at`
    (unsorted): a word of the plan's, a word beginning with one of its prefixes, or a word
    beginning with a digit when it takes one, as `WordStarts.positions` reads a plan."""
    memo = _WORD_PLANS
    out: dict[int, list[int]] = {}
    for word, places in at.items():
        ids = memo.get(word)
        if ids is None:
            if len(memo) >= _WORD_PLANS_MAX:
                memo.clear()
            ids = memo[word] = _plans_of(word)
        for i in ids:
            found = out.get(i)
            if found is None:
                out[i] = list(places)
            else:
                found += places
    return out


def _plans_of(word: str) -> tuple[int, ...]:
    initial = word[0]
    ids = set(_BY_WORD.get(word, ()))
    ids.update(pid for prefix, pid in _BY_PREFIX.get(initial, ()) if word.startswith(prefix))
    if initial.isdecimal():
        ids.update(_BY_DIGIT)
    return tuple(sorted(ids))


def _by_initial(prefixes: list[str]) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for p in sorted(prefixes):
        out[p[0]] = (*out.get(p[0], ()), p)
    return out


# Worked-out answers of `leading_words` and `required_text` by (pattern source, flags):
# filled as patterns are read, and from an earlier run's file by `load_known` (parsing a
# large pattern costs a millisecond or more, and a one-note review reads dozens). They are
# plain data (words and flags), not compiled patterns: nothing of `re`'s own is kept.
KNOWN_STARTS: dict[tuple[str, int], frozenset[_Start] | None] = {}
KNOWN_NEEDS: dict[tuple[str, int], frozenset[str] | None] = {}
KNOWN_ALL_NEEDS: dict[tuple[str, int], tuple[frozenset[str], ...] | None] = {}
KNOWN_PREFIXES: dict[tuple[str, int], str | None] = {}

_Answer = TypeVar("_Answer")


def _once(known: dict[tuple[str, int], _Answer], pattern: re.Pattern[str],
          work: Callable[[re.Pattern[str]], _Answer]) -> _Answer:
    """What `work` says of `pattern`, worked out once: the tables are kept between runs
    (`remember`), keyed by the pattern's source and flags."""
    key = (pattern.pattern, int(pattern.flags))
    if key not in known:
        if not _read:  # first asked before the review loaded them (the composer asks first)
            _read_known()
            if key in known:
                return known[key]
        known[key] = work(pattern)
    return known[key]
# Of the file `remember` writes (5: a file of 4 may hold an entry for every run of a pattern
# whose source changed with the hash seed, which no run will ask for again).
FORMAT = 5
_kept = 0  # how many answers the file held when read (or last written)
loaded = 0  # how many answers this run took from the file


def _known_file() -> CacheFile:
    from afterword import __version__
    from afterword.language.cache_file import CacheFile

    # The parser's reading may change with Python; the patterns, with Afterword.
    from afterword.language.spelling.index import checksum

    key = checksum(f"{FORMAT}|{sys.version}|{__version__}")
    return CacheFile("wordscan", key)


_read = False  # whether the file has been read in this run


def load_known() -> None:
    """Take the answers an earlier run worked out (a missing or damaged file: none), and
    keep those worked out from now on until `remember`."""
    global _learning
    _learning = True
    if not _read:
        _read_known()


def _read_known() -> None:
    """Read the answers an earlier run kept: once, by the first to need them (the composer
    reads the review's phrase lists before any review loads its rules)."""
    global _kept, loaded, _read
    _read = True
    kept = _known_file().read(tuple)
    if kept is None or len(kept) != 4 or not all(isinstance(d, dict) for d in kept):
        return
    starts, needs, all_needs, prefixes = kept
    for key, value in starts.items():
        KNOWN_STARTS.setdefault(key, value)
    for key, value in needs.items():
        KNOWN_NEEDS.setdefault(key, value)
    for key, value in all_needs.items():
        KNOWN_ALL_NEEDS.setdefault(key, value)
    for key, value in prefixes.items():
        KNOWN_PREFIXES.setdefault(key, value)
    loaded = _kept = len(starts) + len(needs) + len(all_needs) + len(prefixes)


def remember(done: bool = True) -> None:
    """Keep what this run worked out for the next (when it is more than the file holds);
    `done`: the first reviews are over (`patterns.FIRST_NOTES`), later notes compile their
    patterns on first use and what they work out is not kept."""
    global _kept, _learning
    if done:
        _learning = False
        from afterword.language import patterns

        patterns.end_prechecks()
    known = (KNOWN_STARTS, KNOWN_NEEDS, KNOWN_ALL_NEEDS, KNOWN_PREFIXES)
    count = sum(len(d) for d in known)
    if count <= _kept:
        return
    if not _known_file().write(tuple(dict(d) for d in known), drop_older=True):
        return  # a read-only cache folder: the next run works them out again
    _kept = count


def leading_words(pattern: re.Pattern[str]) -> frozenset[_Start] | None:
    """How every match of `pattern` starts: where a word starts, with one of these (lower-
    case letters and digits; whether they are the whole word). None when unsure."""
    return _once(KNOWN_STARTS, pattern, _leading_words)


def _leading_words(pattern: re.Pattern[str]) -> frozenset[_Start] | None:
    if pattern.flags & (re.ASCII | re.LOCALE):
        return None  # another meaning of \w than the one `WordStarts` relies on
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
        if tree.state.flags & (re.ASCII | re.LOCALE):  # set inside the source: "(?a)..."
            return None
        found = _starts(list(tree.data), bounded=False, prefix="")
    except (re.error, RecursionError, TypeError, ValueError):  # pragma: no cover
        return None
    return frozenset(found) if found else None


def _starts(items: _Items, *, bounded: bool, prefix: str) -> set[_Start] | None:
    """The starts of `items` (a sequence of the parse tree, followed by nothing); `bounded`
    when no letter or digit can stand just before the match, `prefix` what it has read."""
    for i, (op, av) in enumerate(items):
        rest = items[i + 1 :]
        if op is _sre.LITERAL and chr(av) in _ALNUM:
            if not prefix and not bounded:
                return None  # the match may start inside a word
            prefix += chr(av).lower()
            continue
        if prefix and op not in _STRUCTURE:  # the first word ends, or goes on unread
            return {(prefix, _ends_word(items[i:]))}
        if op is _sre.AT:
            if av in (_sre.AT_BOUNDARY, _sre.AT_BEGINNING, _sre.AT_BEGINNING_STRING):
                bounded = True
                continue
            return None
        if op is _sre.ASSERT_NOT:
            direction, sub = av
            bounded = bounded or (direction < 0 and _excludes_alnum(sub))  # (?<![\w...])
            continue
        if op is _sre.ASSERT:
            continue
        if op is _sre.IN and av == [(_sre.CATEGORY, _sre.CATEGORY_DIGIT)]:
            return {(_DIGIT, False)} if bounded else None
        if op is _sre.IN and _alnum_literals(av) is not None:  # [Xx]: one branch per letter
            alts = [[(_sre.LITERAL, ord(ch))] for ch in _alnum_literals(av) or ()]
            return _branches(alts, rest, bounded=bounded, prefix=prefix)
        if op is _sre.SUBPATTERN:
            if av[1] & (re.ASCII | re.LOCALE):
                return None
            return _starts(list(av[-1].data) + rest, bounded=bounded, prefix=prefix)
        if op is _sre.BRANCH:
            return _branches([list(alt.data) for alt in av[1]], rest, bounded=bounded, prefix=prefix)
        if op in _REPEATS:
            low, high, item = av
            if high == 1:
                found = _starts(list(item.data) + rest, bounded=bounded, prefix=prefix)
            else:  # another pass may follow one: read no further than the first
                found = _starts(list(item.data), bounded=bounded, prefix=prefix)
            if found is not None and low == 0:
                skipped = _starts(rest, bounded=bounded, prefix=prefix)
                found = None if skipped is None else found | skipped
            return found
        return None  # a class, a non-word character, ...: nothing to go on
    # The end of the pattern, or of one pass of a repeat: what follows is unknown.
    return {(prefix, False)} if prefix else None


def _branches(alts: list[_Items], rest: _Items, *, bounded: bool, prefix: str) -> set[_Start] | None:
    out: set[_Start] = set()
    for alt in alts:
        found = _starts(alt + rest, bounded=bounded, prefix=prefix)
        if found is None:
            return None
        out |= found
    return out


def _ends_word(items: _Items) -> bool:
    """Whether the text character after the word read so far can only be a non-word one."""
    for i, (op, av) in enumerate(items):
        rest = items[i + 1 :]
        if op is _sre.AT:
            return av in (_sre.AT_BOUNDARY, _sre.AT_END, _sre.AT_END_STRING)
        if op is _sre.ASSERT_NOT:
            direction, sub = av
            if direction > 0 and _excludes_alnum(sub):  # (?![\w])
                return True
            continue
        if op is _sre.ASSERT:
            continue
        if op is _sre.LITERAL:
            return _never_word(chr(av))
        if op is _sre.IN:
            return all(_class_item_never_word(o, a) for o, a in av)
        if op is _sre.SUBPATTERN:
            return _ends_word(list(av[-1].data) + rest)
        if op is _sre.BRANCH:
            return all(_ends_word(list(alt.data) + rest) for alt in av[1])
        if op in _REPEATS:
            low, _, item = av
            return _ends_word(list(item.data) + rest) and (low > 0 or _ends_word(rest))
        return False
    return False


def _never_word(ch: str) -> bool:
    # No word character, and without case: no case-insensitive match turns it into one.
    return not (ch.isalnum() or ch == "_") and ch.lower() == ch == ch.upper()


def _class_item_never_word(op: Any, av: Any) -> bool:
    if op is _sre.CATEGORY:
        return av in _NO_WORD_CATEGORIES
    if op is _sre.LITERAL:
        return _never_word(chr(av))
    return False  # NEGATE, RANGE, ...: not worth working out


def _alnum_literals(items: Any) -> str | None:
    """The characters of a class made only of ASCII letters and digits (`[Xx]`), or None."""
    chars = ""
    for op, av in items:
        if op is _sre.LITERAL and chr(av) in _ALNUM:
            chars += chr(av)
        else:
            return None
    return chars


def _excludes_alnum(sub: Any) -> bool:
    """A look-around that a letter or a digit fails: `[\\w'’]`, `\\w`, `[^\\W_]`."""
    data = list(sub.data)
    if len(data) != 1 or data[0][0] is not _sre.IN:
        return False
    items = list(data[0][1])
    if (_sre.NEGATE, None) in items:  # [^\W_]: every letter and digit, nothing else
        rest = [it for it in items if it != (_sre.NEGATE, None)]
        return (_sre.CATEGORY, _sre.CATEGORY_NOT_WORD) in rest and all(
            it in ((_sre.CATEGORY, _sre.CATEGORY_NOT_WORD), (_sre.LITERAL, ord("_")))
            for it in rest
        )
    return (_sre.CATEGORY, _sre.CATEGORY_WORD) in items


def required_text(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Pieces of text (as in `Note.caseless`) one of which every match of `pattern` holds;
    None when there is no such short list, or when unsure."""
    return _once(KNOWN_NEEDS, pattern, _required_text)


def _required_text(pattern: re.Pattern[str]) -> frozenset[str] | None:
    if pattern.flags & re.LOCALE:
        return None
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
        return _needs(list(tree.data))
    except (re.error, RecursionError, TypeError, ValueError):  # pragma: no cover
        return None


def _needs(items: _Items) -> frozenset[str] | None:
    """What a match of `items` must hold: the most telling of the runs of plain characters
    in the sequence and of what its groups must hold (longest shortest piece first)."""
    best: frozenset[str] | None = None
    run = ""
    for op, av in items:
        char = _plain_char(op, av)
        if char is not None:
            run += char
            continue
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # takes no character: the run goes on
        best = _better(best, frozenset([run]) if run else None)
        run = ""
        found: frozenset[str] | None = None
        if op is _sre.SUBPATTERN:
            found = _needs(list(av[-1].data))
        elif op is _sre.BRANCH:
            alts = [_needs(list(alt.data)) for alt in av[1]]
            found = None if None in alts else frozenset().union(*alts)  # type: ignore[arg-type]
        elif op in _REPEATS and av[0] >= 1:
            low, _, item = av
            one = _plain_char(*item.data[0]) if len(item.data) == 1 else None
            found = frozenset([one * min(low, 4)]) if one else _needs(list(item.data))
        elif op is _sre.IN:
            chars = [_plain(chr(a)) if o is _sre.LITERAL else None for o, a in av]
            found = None if None in chars else frozenset(c for c in chars if c)
        best = _better(best, found)
    return _better(best, frozenset([run]) if run else None)


def required_texts(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...] | None:
    """Sets of pieces of text (as in `Note.caseless`): every match of `pattern` holds one
    piece of each set. `required_text` gives the most telling of them; a text lacking every
    piece of any one set cannot hold a match. None when unsure."""
    return _once(KNOWN_ALL_NEEDS, pattern, _required_texts)


_learning = False  # between `load_known` and `remember`: answers worked out now are kept


def known_required_texts(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...] | None:
    """`required_texts(pattern)` when an earlier run worked it out, or when it is worked
    out now in a run that keeps its answers (the first review after `load_known`); else
    None, so that a pattern that only checks a text before compiling (`patterns`) never
    parses its source in every run."""
    key = (pattern.pattern, int(pattern.flags))
    if key in KNOWN_ALL_NEEDS:
        return KNOWN_ALL_NEEDS[key]
    return required_texts(pattern) if _learning else None


def _required_texts(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...] | None:
    if pattern.flags & re.LOCALE:
        return None
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
        # An empty set would say that nothing can match: leave it out (it says nothing).
        return tuple(n for n in dict.fromkeys(_needs_all(list(tree.data))) if n)
    except (re.error, RecursionError, TypeError, ValueError):  # pragma: no cover
        return None


def _needs_all(items: _Items) -> list[frozenset[str]]:
    """What a match of `items` must hold: one piece of each set (what `_needs` chooses from:
    each run of plain characters, and what each element of the sequence must hold)."""
    out: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        char = _plain_char(op, av)
        if char is not None:
            run += char
            continue
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # takes no character: the run goes on
        if run:
            out.append(frozenset([run]))
        run = ""
        if op is _sre.SUBPATTERN:
            out += _needs_all(list(av[-1].data))
        elif op is _sre.BRANCH:
            alts = [_needs(list(alt.data)) for alt in av[1]]
            if None not in alts:
                out.append(frozenset().union(*alts))  # type: ignore[arg-type]
        elif op in _REPEATS and av[0] >= 1:
            low, _, item = av
            one = _plain_char(*item.data[0]) if len(item.data) == 1 else None
            out += [frozenset([one * min(low, 4)])] if one else _needs_all(list(item.data))
        elif op is _sre.IN:
            chars = [_plain(chr(a)) if o is _sre.LITERAL else None for o, a in av]
            if None not in chars:
                out.append(frozenset(c for c in chars if c))
    if run:
        out.append(frozenset([run]))
    return out


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    if a is None or b is None:
        return a if b is None else b
    rank_a, rank_b = (min(map(len, a)), -len(a)), (min(map(len, b)), -len(b))
    return a if rank_a >= rank_b else b


def _plain_char(op: Any, av: Any) -> str | None:
    """The one character (as in `Note.caseless`) an element matches: "k" for `k`, `K` or
    `[kK]`; None for anything else."""
    if op is _sre.LITERAL:
        return _plain(chr(av))
    if op is _sre.IN and av and all(o is _sre.LITERAL for o, _ in av):
        chars = {_plain(chr(a)) for _, a in av}
        return chars.pop() if len(chars) == 1 and None not in chars else None
    return None


def _plain(ch: str) -> str | None:
    # ASCII stands in `Note.caseless` in lower case, whatever the case or the flags; a
    # character without case stands as it is, and nothing else turns into it there.
    if ch.isascii():
        return ch.lower()
    return ch if ch.lower() == ch == ch.upper() else None


# How a match can open, as literal text: `literal_prefixes`. A text is compared in its
# `flat` form (`flat_text`): `Note.caseless` with each run of white space as one space and
# a curly apostrophe as a straight one, which is how a prefix writes them too.
_PREFIXES_MAX = 512  # beyond this many ways to open, a prefix stops growing
_SPACE_RUN = re.compile(r"\s+")
_LONG_SPACE_RUN = re.compile(r"\s\s+")


class FlatText(NamedTuple):
    """A text in flat form (see `flat_text`), with the way between its offsets and the
    original's."""

    text: str
    run_starts: list[int]  # where each run of two or more white spaces starts in the original
    run_ends: list[int]
    flat_starts: list[int]  # where each stands in the flat text, as one space
    lost: list[int]  # before each run (and after the last), the characters runs lost

    def at(self, offset: int) -> int:
        """Where an offset of the original stands in the flat text (inside a run of white
        space: at its one space)."""
        k = bisect_right(self.run_starts, offset)
        if k and offset < self.run_ends[k - 1]:
            return self.flat_starts[k - 1]
        return offset - self.lost[k]

    def origin(self, flat: int) -> int:
        """Where a character of the flat text that is not white space stands in the original."""
        return flat + self.lost[bisect_left(self.flat_starts, flat)]


def flat_text(caseless: str) -> FlatText:
    """`caseless` (as `Note.caseless` has it) with every run of white space as one space and
    `’` as `'`, the form `literal_prefixes` writes a match's opening in."""
    # Only runs of two or more move an offset (one character of white space stays one
    # space), and a note has a few: its paragraph breaks. The runs of one are not listed.
    run_starts, run_ends, flat_starts, lost = [], [], [], [0]
    for m in _LONG_SPACE_RUN.finditer(caseless):
        start, end = m.span()
        run_starts.append(start)
        run_ends.append(end)
        flat_starts.append(start - lost[-1])
        lost.append(lost[-1] + end - start - 1)
    flat = _SPACE_RUN.sub(" ", caseless).replace("’", "'")
    return FlatText(flat, run_starts, run_ends, flat_starts, lost)


def literal_prefixes(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Texts one of which every match of `pattern` opens with, in its flat form (see
    `flat_text`): a match at offset `i` of a note needs `flat.startswith(prefixes, at(i))`.
    An empty prefix among them says nothing; None when unsure."""
    joined = _once(KNOWN_PREFIXES, pattern, _literal_prefixes)
    return None if joined is None else tuple(joined.split("\n"))


# A pattern's openings as a set, with their lengths: a pattern may open in hundreds of
# ways, and looking up the text's few lengths beats comparing each.
Opening = tuple[frozenset[str], tuple[int, ...]]
_OPENINGS: dict[tuple[str, int], Opening | None] = {}


def openings(pattern: re.Pattern[str]) -> Opening | None:
    """`literal_prefixes(pattern)` ready for `opens_at`; None when they say nothing."""
    key = (pattern.pattern, int(pattern.flags))
    if key not in _OPENINGS:
        found = literal_prefixes(pattern)
        _OPENINGS[key] = (
            None if found is None or "" in found
            else (frozenset(found), tuple(sorted({len(p) for p in found})))
        )
    return _OPENINGS[key]


def opens_at(opening: Opening, flat: str, pos: int) -> bool:
    """Whether a flat text (`flat_text`) opens at `pos` with one of the openings."""
    texts, lengths = opening
    return any(flat[pos : pos + n] in texts for n in lengths)


def holds_in_order(needs: tuple[frozenset[str], ...] | None, caseless: str, pos: int) -> bool:
    """Whether a match starting at `pos` of a text (as `Note.caseless` has it) can hold what
    `required_texts` says every match holds: a piece of each set, in their order, each after
    the last. False only when it cannot (None: unsure, True).

    `required_texts` lists the sets in the order the pattern's elements come (a set for each
    run of plain characters, branch or repeat), and the elements of a match follow one
    another without overlapping: so a match at `pos` holds a piece of the first set at or
    after `pos`, one of the second after that, and so on. Taking, for each set, the piece
    that ends first leaves the most room for the next, so a text that fails here holds no
    match at `pos`.
    """
    if needs is None:
        return True
    find = caseless.find
    for need in needs:
        end = -1
        for piece in need:
            j = find(piece, pos)
            if j >= 0 and (end < 0 or j + len(piece) < end):
                end = j + len(piece)
        if end < 0:
            return False
        pos = end
    return True


def _literal_prefixes(pattern: re.Pattern[str]) -> str | None:
    # Kept as one string, a line each (white space is a space in them): a file of thousands
    # of short strings takes longer to read than the same text in a few hundred.
    if pattern.flags & (re.ASCII | re.LOCALE):
        return None
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
        if tree.state.flags & (re.ASCII | re.LOCALE):
            return None
        # Longer openings tell more, but multiply: where three words come to too many ways
        # to open, two may not. The reading whose shortest opening is longest wins.
        readings = [_opens(list(tree.data), {""}, words) for words in (3, 2, 1)]
    except (re.error, RecursionError, TypeError, ValueError):  # pragma: no cover
        return None
    best = max(readings, key=lambda found: min(map(len, found), default=0))
    return "\n".join(sorted(best))


def _flat_char(op: Any, av: Any) -> frozenset[str] | None:
    """The characters (in flat form) that one element matches, when it is a few literal
    ones or white space; None for anything else (a range, a category, ...)."""
    if op is _sre.LITERAL:
        codes = [av]
    elif op is _sre.IN and av == [(_sre.CATEGORY, _sre.CATEGORY_SPACE)]:
        return frozenset(" ")
    elif op is _sre.IN and av and all(o is _sre.LITERAL for o, _ in av):
        codes = [a for _, a in av]
    else:
        return None
    out = set()
    for code in codes:
        ch = chr(code)
        flat = " " if ch.isspace() else "'" if ch in "'’" else _plain(ch)
        if flat is None:
            return None
        out.add(flat)
    return frozenset(out) if len(out) <= 4 else None


def _only_space(item: Any) -> bool:
    """Whether a repeated element matches white space alone (`\\s`, `[ \\t]`, ` `)."""
    data = list(item.data)
    if len(data) != 1:
        return False
    op, av = data[0]
    if op is _sre.IN:
        return all(
            (o is _sre.CATEGORY and a is _sre.CATEGORY_SPACE)
            or (o is _sre.LITERAL and chr(a).isspace())
            for o, a in av
        )
    return op is _sre.LITERAL and chr(av).isspace()


def _extend(open_: set[str], chars: frozenset[str], done: set[str], words: int) -> set[str]:
    """Each of `open_` followed by each of `chars`; those that reach `words` words and a
    space go to `done` (white space in a row is one space in the flat form)."""
    out = set()
    for p in open_:
        for c in chars:
            if c != " ":
                out.add(p + c)
            elif p.endswith(" "):
                out.add(p)
            elif p.count(" ") + 1 >= words:
                done.add(p + c)
            else:
                out.add(p + c)
    return out


def _fit(found: set[str]) -> set[str]:
    """At most `_PREFIXES_MAX` openings: cut short, as little as will do (an opening cut
    short is still one that every match opens with)."""
    if len(found) <= _PREFIXES_MAX:
        return found
    n = max(map(len, found))
    cut = found
    while len(cut) > _PREFIXES_MAX:
        n -= 1
        cut = {p[:n] for p in found}
    return cut


def _opens(items: _Items, open_: set[str], words: int) -> set[str]:
    """The texts the matches of `items`, preceded by one of `open_`, open with, up to
    `words` words; a text that cannot be told further stays as it is."""
    done: set[str] = set()
    for i, (op, av) in enumerate(items):
        if not open_:
            break
        rest = items[i + 1 :]
        chars = _flat_char(op, av)
        if chars is not None:
            if len(open_) * len(chars) > _PREFIXES_MAX:
                break
            open_ = _extend(open_, chars, done, words)
            continue
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # takes no character
        if op is _sre.SUBPATTERN:
            return done | _opens(list(av[-1].data) + rest, open_, words)
        if op is _sre.BRANCH:
            out: set[str] = set()
            for alt in av[1]:
                out |= _opens(list(alt.data) + rest, open_, words)
            return done | _fit(out)
        if op in _REPEATS:
            low, high, item = av
            if low >= 1 and _only_space(item):  # `\s+`: one space, flat
                open_ = _extend(open_, frozenset(" "), done, words)
                continue
            if _only_space(item):  # `\s*`: no space, or one, flat
                spaced = _extend(open_, frozenset(" "), done, words)
                return done | _fit(_opens(rest, open_, words) | _opens(rest, spaced, words))
            data = list(item.data)
            one = _flat_char(*data[0]) if len(data) == 1 and low >= 1 else None
            if one is not None and len(one) == 1 and " " not in one:  # `o{3,}`: "ooo" at least
                for _ in range(min(low, 8)):
                    open_ = _extend(open_, one, done, words)
                if low == high:
                    continue
                return done | open_
            if high == 1:
                once = _opens(list(item.data) + rest, open_, words)
            else:  # read no further than one pass
                once = _opens(list(item.data), open_, words)
            if low == 0:
                once |= _opens(rest, open_, words)
            return done | _fit(once)
        break  # a class, a category, a back-reference, ...: the text is not known
    return done | open_
