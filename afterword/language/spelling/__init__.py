"""English spelling for the review: whether a word is known, and what the writer meant.

`lexicon()` loads the word index once per process (see `index.py` for the sources and
the cache). `Lexicon.knows` accepts US and UK spellings, possessives and contractions,
accented forms of known words ("café") and closed compounds of two common words
("stormwater"); `Lexicon.suggest` proposes corrections within a bounded amount of work,
so a long unknown word never costs more than a few milliseconds.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Mapping
from typing import NamedTuple

from afterword.language.patterns import lazy_compile
from afterword.language.spelling import index as _index

__all__ = ["RUN_TOGETHER", "Lexicon", "Suggestions", "lexicon"]

# Words run together that no dictionary accepts, each with what was meant. Checked before
# the compound rule below, which would otherwise accept "eachother" as each + other.
RUN_TOGETHER = {
    "alot": "a lot",
    "abit": "a bit",
    "alittle": "a little",
    "aswell": "as well",
    "atleast": "at least",
    "eachother": "each other",
    "everytime": "every time",
    "goodluck": "good luck",
    "incase": "in case",
    "infact": "in fact",
    "inspite": "in spite",
    "noone": "no one",
    "ofcourse": "of course",
    "thankyou": "thank you",
    "dont": "don't",
    "didnt": "didn't",
    "doesnt": "doesn't",
    "isnt": "isn't",
    "wasnt": "wasn't",
    "arent": "aren't",
    "werent": "weren't",
    "havent": "haven't",
    "hasnt": "hasn't",
    "couldnt": "couldn't",
    "wouldnt": "wouldn't",
    "shouldnt": "shouldn't",
    "youre": "you're",
    "theyre": "they're",
    "ive": "I've",
    "im": "I'm",
}

# Endings of a possessive or a contraction: "employer's", "we're", "shouldn't".
_CLITICS = frozenset({"s", "re", "ve", "ll", "d", "m", "t", ""})

# British spellings rewritten to American ones, tried when a word is not known as written
# (the word lists hold the common British forms; these catch the rarer derived ones,
# such as "monetisation" or "prioritising").
_UK_TO_US = tuple(
    (lazy_compile(pattern), repl)
    for pattern, repl in (
        (r"is(ation|ations|e|ed|es|ing|er|ers)$", r"iz\1"),
        (r"ys(e|ed|es|ing)$", r"yz\1"),
        (r"(?<=\w\w)our", "or"),
        (r"(?<=[^aeiou])tre(s|d)?$", r"ter\1"),
        (r"ogue(s)?$", r"og\1"),
        (r"(?<=[aeiou])ll(ed|ing|er|ers|or|ors)$", r"l\1"),
        (r"(?<=[aeiou])l(ment|ments)$", r"ll\1"),
        (r"dgement(s)?$", r"dgment\1"),
        (r"ae", "e"),
        (r"oe", "e"),
        (r"amme(s)?$", r"am\1"),
        (r"(?<=[df])ence(s)?$", r"ense\1"),
        (r"(?<=[ck])ence(s)?$", r"ense\1"),
    )
)

_VOWELS = frozenset("aeiouy")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
# How much an edit's kind adds to a candidate's frequency (both on the x100 Zipf scale):
# swapped or doubled letters and a wrong vowel are the classic misspellings.
_BONUS = {
    "transpose": 80,
    "double": 60,
    "undouble": 60,
    "vowel": 50,
    "insert": 20,
    "delete": 0,
    "replace": 0,
    "far": -50,
}
# A candidate rarer than this (Zipf 2) is the lists' long tail: known, never suggested.
_SUGGEST_MIN = 200
# A one-edit candidate this common (Zipf 4, after its bonus) ends the search.
_STRONG = 400
# A compound's parts must both be common words of four letters or more (Zipf 4: "storm",
# "water", "sheet"), and the second no suffix: "public|ally", "poses|sion" are misspellings.
_COMPOUND_MIN = 400
_NOT_COMPOUND_TAILS = frozenset(
    [
        "ally",
        "ment",
        "ments",
        "sion",
        "sions",
        "tion",
        "tions",
        "ness",
        "ance",
        "ence",
        "ible",
        "able",
        "ical",
        "ings",
        "ation",
        "ative",
        "ously",
        "less",
        "ship",
    ]
)
# Regular endings and prefixes that make a new word from a known one (Zipf 2.5 and 3).
_SUFFIXES = ("ings", "ing", "ers", "er", "ed", "es", "s")
_PREFIXES = (
    "re",
    "un",
    "pre",
    "co",
    "non",
    "over",
    "under",
    "sub",
    "multi",
    "inter",
    "cross",
    "self",
    "mis",
    "out",
    "up",
    "down",
    "de",
    "dis",
    "micro",
    "mini",
    "semi",
    "anti",
    "post",
    "mid",
)
_AFFIX_MIN = 250
_PREFIXED_MIN = 300
_CVC = lazy_compile(r"(?:^|[^aeiou])[aeiou][b-df-hj-np-tv-z]$")
# Work limit for the second round of edits: candidates generated at most.
_EDIT2_BUDGET = 20_000
# Memo sizes before they are dropped (a long-running web process must not grow forever).
_MEMO_MAX = 20_000


LONGEST_TO_SUGGEST = 40
"""Letters past which a word gets no suggestion: its edits grow with the square of its length."""


class Suggestions(NamedTuple):
    """Ranked corrections (lower case, best first); `confident` when the first stands out."""

    words: tuple[str, ...]
    confident: bool
    kinds: tuple[str, ...] = ()  # the edit behind each word: "transpose", "vowel", ... "far"

    @property
    def best(self) -> str | None:
        return self.words[0] if self.words else None


class Lexicon:
    """Known English words with their frequencies (lower case -> Zipf x100)."""

    def __init__(self, index: Mapping[str, int]) -> None:
        # A `WordIndex` reads its words from the cache a bucket at a time (see `index.py`).
        self._index = index
        # Per-word memos: a note repeats its words, and a batch repeats its vocabulary.
        self._known: dict[str, bool] = {}
        self._suggested: dict[str, Suggestions] = {}

    def load_all(self) -> None:
        """Read every word into memory now, not a bucket at a time: before a batch forks its
        workers, so that they share one table instead of each building its own."""
        if isinstance(self._index, _index.WordIndex):
            self._index = self._index.whole()

    @property
    def usable(self) -> bool:
        """False when no word list is installed: then nothing should be called misspelled."""
        return len(self._index) > 50_000

    def __len__(self) -> int:
        return len(self._index)

    def zipf(self, word: str) -> int:
        """The word's frequency (x100 Zipf) as written in lower case; 0 when unknown."""
        return self._index.get(word.lower(), 0)

    def in_list(self, word: str) -> bool:
        """True when a word list has the word exactly (lower case), with no rewriting."""
        return word.lower() in self._index

    def knows(self, word: str) -> bool:
        """True when the word is English as far as the lists, the rules above and the
        curated modern words can tell (case is ignored: callers decide about names)."""
        memo = self._known.get(word)
        if memo is None:
            memo = self._known[word] = self._knows(word)
            if len(self._known) > _MEMO_MAX:
                self._known.clear()
        return memo

    def _knows(self, word: str) -> bool:
        w = word.lower().replace("’", "'")
        if w in self._index:
            return True
        if w in RUN_TOGETHER:
            return False
        if "'" in w:
            head, _, tail = w.rpartition("'")
            if tail in _CLITICS and head:
                if head in self._index or self._knows(head):
                    return True
                if tail == "t" and head.endswith("n") and head[:-1] in self._index:
                    return True
            return False
        if "-" in w:
            return all(self._knows(part) for part in w.split("-") if part)
        folded = _fold(w)
        if folded != w:
            return self._knows(folded)
        return self._uk_variant(w) or self._affixed(w) or self._compound(w)

    def _affixed(self, w: str) -> bool:
        """A common word with a regular ending or prefix: "precepted", "preboarded".

        A stem ending in one vowel and one consonant is left out, since it may need its
        consonant doubled ("occured", "begining", "prefered" are misspellings), and so is a
        stem ending in a doubled letter ("comming").
        """
        idx = self._index
        for suffix in _SUFFIXES:
            if not w.endswith(suffix) or len(w) - len(suffix) < 4:
                continue
            stem = w[: -len(suffix)]
            if stem[-1] == stem[-2] or _CVC.search(stem) or not _regular(stem, suffix):
                continue
            for base in (stem, stem + "e") if suffix[0] in "ei" else (stem,):
                if idx.get(base, 0) >= _AFFIX_MIN:
                    return True
        for prefix in _PREFIXES:
            base = w[len(prefix) :]
            if w.startswith(prefix) and len(base) >= 6 and idx.get(base, 0) >= _PREFIXED_MIN:
                return True
        return False

    def _uk_variant(self, w: str) -> bool:
        us = w
        for pattern, repl in _UK_TO_US:
            single = pattern.sub(repl, w)
            if single != w and single in self._index:
                return True
            us = pattern.sub(repl, us)
        return us != w and us in self._index

    def _compound(self, w: str) -> bool:
        """A closed compound of two common words: "stormwater", "flowsheet", "teammate"."""
        if len(w) < 8:
            return False
        idx = self._index
        for i in range(4, len(w) - 3):
            head, tail = w[:i], w[i:]
            if tail in _NOT_COMPOUND_TAILS:
                continue
            if idx.get(head, 0) >= _COMPOUND_MIN and idx.get(tail, 0) >= _COMPOUND_MIN:
                return True
        return False

    def suggest(self, word: str) -> Suggestions:
        """Likely corrections of an unknown word, best first (lower case)."""
        memo = self._suggested.get(word)
        if memo is None:
            memo = self._suggested[word] = self._suggest(word)
            if len(self._suggested) > _MEMO_MAX:
                self._suggested.clear()
        return memo

    def _suggest(self, word: str) -> Suggestions:
        w = word.lower().replace("’", "'")
        if w in RUN_TOGETHER:
            return Suggestions((RUN_TOGETHER[w],), True, ("split",))
        if len(w) > LONGEST_TO_SUGGEST:
            # No English word is this long; its edits would take seconds (a pasted string).
            return Suggestions((), False)
        scores: dict[str, tuple[int, str]] = {}
        if isinstance(self._index, _index.WordIndex):
            # Thousands of look-ups, in every bucket: one dict of all the words is faster.
            self._index = self._index.whole()
        self._score(_edits1(w), scores)
        # Two edits away only when one edit finds nothing common ("repetion" is one letter
        # from the rare "repletion" but means "repetition").
        best = max((score for score, _ in scores.values()), default=0)
        if best < _STRONG and len(w) <= 24:
            self._score(_edits2(w), scores)
        ranked = sorted(scores.items(), key=lambda kv: (-kv[1][0], kv[0]))[:3]
        words = tuple(c for c, _ in ranked)
        kinds = tuple(kind for _, (_, kind) in ranked)
        confident = len(ranked) == 1 or (
            len(ranked) > 1 and ranked[0][1][0] - ranked[1][1][0] >= 100
        )
        if kinds and kinds[0] == "far" and len(w) < 8:
            confident = False  # two edits in a short word: "tartare" is not "torture"
        return Suggestions(words, confident and bool(words), kinds)

    def _score(self, candidates: dict[str, str], scores: dict[str, tuple[int, str]]) -> None:
        idx = self._index
        for cand, kind in candidates.items():
            zipf = idx.get(cand, 0)
            if zipf >= _SUGGEST_MIN and len(cand) > 1:
                score = max(1, zipf + _BONUS[kind])
                if score > scores.get(cand, (0, ""))[0]:
                    scores[cand] = (score, kind)


def _regular(stem: str, suffix: str) -> bool:
    """Whether `stem` + `suffix` is spelled by the regular rules, so a misspelling such as
    "writeing" (for "writing"), "studys" (for "studies") or "boxs" (for "boxes") is not
    accepted as a word with an ending."""
    if suffix[0] in "aeiou" and stem.endswith("e"):
        return False  # the "e" drops: write -> writing, manage -> manager
    if stem[-1] == "y" and stem[-2] not in "aeiou" and suffix in ("s", "es", "ed", "er", "ers"):
        return False  # study -> studies, studied
    sibilant = stem.endswith(("s", "x", "z", "ch", "sh"))
    if suffix == "s" and sibilant:
        return False  # box -> boxes
    return not (suffix == "es" and not (sibilant or stem.endswith("o")))


def _fold(word: str) -> str:
    """The word without accents: "café" -> "cafe"."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _edits1(w: str) -> dict[str, str]:
    """Every string one edit away, with the edit's kind (the first kind found wins)."""
    out: dict[str, str] = {}
    n = len(w)
    for i in range(n):
        kind = (
            "undouble" if (i and w[i - 1] == w[i]) or (i + 1 < n and w[i + 1] == w[i]) else "delete"
        )
        out.setdefault(w[:i] + w[i + 1 :], kind)
    for i in range(n - 1):
        if w[i] != w[i + 1]:
            out.setdefault(w[:i] + w[i + 1] + w[i] + w[i + 2 :], "transpose")
    for i in range(n):
        vowel = w[i] in _VOWELS
        for c in _LETTERS:
            if c != w[i]:
                out.setdefault(
                    w[:i] + c + w[i + 1 :], "vowel" if vowel and c in _VOWELS else "replace"
                )
    for i in range(n + 1):
        for c in _LETTERS + "'":
            kind = "double" if (i and w[i - 1] == c) or (i < n and w[i] == c) else "insert"
            out.setdefault(w[:i] + c + w[i:], kind)
    return out


def _restricted(w: str) -> set[str]:
    """The cheap, common edits only: drop, swap or double a letter, change or add a vowel."""
    out = set()
    n = len(w)
    for i in range(n):
        out.add(w[:i] + w[i + 1 :])
        out.add(w[:i] + w[i] + w[i:])
        if i + 1 < n:
            out.add(w[:i] + w[i + 1] + w[i] + w[i + 2 :])
        if w[i] in _VOWELS:
            out.update(w[:i] + v + w[i + 1 :] for v in _VOWELS)
    for i in range(n + 1):
        out.update(w[:i] + v + w[i:] for v in _VOWELS)
    out.discard(w)
    return out


def _edits2(w: str) -> dict[str, str]:
    """Two cheap edits away, within a fixed budget of candidates."""
    out: dict[str, str] = {}
    for first in _restricted(w):
        for second in _restricted(first):
            out.setdefault(second, "far")
        if len(out) > _EDIT2_BUDGET:
            break
    out.pop(w, None)
    return out


_LOCK = threading.Lock()
_LEXICON: Lexicon | None = None


def lexicon() -> Lexicon:
    """The process-wide lexicon, loaded (or built and cached) on first use."""
    global _LEXICON
    if _LEXICON is None:
        with _LOCK:
            if _LEXICON is None:
                _LEXICON = Lexicon(_index.load())
    return _LEXICON
