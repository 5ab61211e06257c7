"""Shared phrase matchers for the word-list rules: many phrases, one precompiled regex.

A word-list rule (`casual-language`, `cliche`, ...) keeps its phrases as a tuple, or in a
sibling `.txt` file past ~50 entries, and builds one `PhraseMatcher` at import. Matching is
case-insensitive, whole-word, tolerant of a curly apostrophe (’) where the phrase has a
straight one, and of any run of white space, line breaks included, between words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from afterword.language.patterns import lazy_compile
from afterword.language.wordscan import WordScan

if TYPE_CHECKING:
    from afterword.language.text import Note
    from afterword.language.wordscan import FlatText, WordStarts


def _units(phrase: str, fold: bool = True) -> list[str]:
    """A phrase as regex pieces: one per character, a flexible space, a curly-or-straight
    apostrophe (lower-cased when `fold`, so that case-insensitive phrases share prefixes)."""
    out: list[str] = []
    for ch in phrase.strip().lower() if fold else phrase.strip():
        if ch.isspace():
            if out and out[-1] != r"\s+":
                out.append(r"\s+")
        elif ch in "'’":
            out.append("['’]")
        else:
            out.append(re.escape(ch))
    return out


def phrase_regex(phrase: str) -> str:
    """The regex source for one literal phrase (no boundaries): spaces flex, apostrophes curl."""
    return "".join(_units(phrase))


def _trie_regex(phrases: Iterable[str], fold: bool = True) -> str:
    """One regex for many phrases, with shared prefixes factored out ("thanks a ton",
    "thanks heaps" -> "thanks (?:a ton|heaps)"), so matching costs about one test per
    character instead of one per phrase. Longer phrases win over their prefixes."""
    trie: dict[str, Any] = {}
    for phrase in phrases:
        node = trie
        for unit in _units(phrase, fold):
            node = node.setdefault(unit, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [unit + emit(child) for unit, child in sorted(node.items()) if unit]
        if not alts:
            return ""
        if "" in node:
            return "(?:" + "|".join(alts) + ")?"
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(trie)


_WORD_START = r"(?<![\w'’])"
_WORD_END = r"(?![\w])"


class PhraseMatcher:
    """Phrases compiled into one case-insensitive regex, longest phrase first.

    Phrases that start and end with a letter or digit match as whole words; others
    (emoticons such as ":)", punctuation such as "!!") need no boundary on their
    non-word side. `patterns` are regex sources added as they are (for what a literal
    list cannot say), matched as whole words too.
    """

    def __init__(
        self,
        phrases: Iterable[str],
        *,
        patterns: Iterable[str] = (),
        case_sensitive: bool = False,
    ) -> None:
        literal = sorted({p.strip() for p in phrases if p.strip()}, key=len, reverse=True)
        worded = [p for p in literal if re.match(r"\w", p) and re.search(r"\w$", p)]
        others = [p for p in literal if p not in worded]
        inner = []
        if worded:
            inner.append(_trie_regex(worded, fold=not case_sensitive))
        inner.extend(f"(?:{p})" for p in patterns)
        sources = [f"{_WORD_START}(?:{'|'.join(inner)}){_WORD_END}"] if inner else []
        sources += [_bounded("".join(_units(p, not case_sensitive)), p) for p in others]
        if not sources:
            raise ValueError("a PhraseMatcher needs at least one phrase")
        flags = 0 if case_sensitive else re.IGNORECASE
        self.regex = lazy_compile("|".join(sources), flags)
        self.phrases = tuple(literal)
        self._scan = WordScan(self.regex)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Every match in `text`, left to right, never overlapping."""
        return self.regex.finditer(text)

    def search(self, text: str) -> re.Match[str] | None:
        return self.regex.search(text)

    def in_note(self, note: Note) -> Iterator[re.Match[str]]:
        """Matches in the note's body, leaving out those inside a template slot."""
        # The same matches as `self.regex.finditer(note.body)`, found at the words a phrase
        # can start with rather than at every character (see `language/wordscan.py`).
        for match in self._scan.finditer(note.body, note.word_starts):
            if not _in_placeholder(note, match.start(), match.end()):
                yield match


def _bounded(source: str, phrase: str) -> str:
    # A boundary only where the phrase starts or ends with a word character.
    head = _WORD_START if re.match(r"\w", phrase) else ""
    tail = _WORD_END if re.search(r"\w$", phrase) else ""
    return f"{head}(?:{source}){tail}"


def _in_placeholder(note: Note, start: int, end: int) -> bool:
    check = getattr(note, "in_placeholder", None)
    return bool(check(start, end)) if check is not None else False


def load_phrases(path: Path | str) -> tuple[str, ...]:
    """Phrases from a word-list file: one per line; blank lines and `#` comments skipped."""
    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        text = line.split("#", 1)[0].strip()
        if text:
            out.append(text)
    return tuple(out)


def sibling(module_file: str, name: str) -> Path:
    """The path of a word-list file that sits beside a rule's module."""
    return Path(module_file).with_name(name)


class GroupedPhrases:
    """Regex phrases tried as one alternation (first that matches wins), grouped by first word.

    A lexicon part of the moves analysis is an alternation of a few dozen phrases, and
    compiling it whole costs more than reviewing a note. Here each phrase's first words are
    worked out (`wordscan.leading_words`, kept between runs), and at a word of the note only
    the phrases that can start with it are tried: as one alternation of those phrases, in
    their order, compiled the first time that set of phrases is needed. At any place, an
    alternation's match is its first phrase that matches there, and no phrase that cannot
    start with the word there can match there: the same matches as the whole alternation,
    while a note compiles only the groups of the words it holds.

    A phrase whose first words cannot be worked out sends the whole alternation back to
    being searched everywhere (`anywhere`).
    """

    PREFIX = r"(?<![\w'’])"

    def __init__(self, alternatives: list[str], flags: int) -> None:
        from afterword.language.wordscan import _DIGIT, leading_words

        self.alternatives = alternatives
        self.flags = flags
        self.pattern = lazy_compile(self.PREFIX + "(?:" + "|".join(alternatives) + ")", flags,
                                    from_code=True)  # (lexicon phrases: kept by regex_cache)
        self.whole: dict[str, list[int]] = {}  # a first word -> the phrases that start with it
        self.prefixes: dict[str, list[int]] = {}  # the first letters of a word -> phrases
        self.digits: list[int] = []  # phrases that start with any digit
        self.anywhere = False
        self._groups: dict[tuple[int, ...], re.Pattern[str]] = {}
        self._ahead: dict[tuple[int, ...], re.Pattern[str]] = {}  # see `matching_places`
        # Phrases that do not open with a word ("['’]d love to hear"): tried where the note's
        # text opens as they can (`loose_places`).
        self.loose: tuple[int, ...] = ()
        for i, alt in enumerate(alternatives):
            starts = leading_words(lazy_compile(self.PREFIX + "(?:" + alt + ")", flags))
            if not starts:
                self.loose += (i,)
                continue
            for word, whole in starts:
                if word == _DIGIT:
                    self.digits.append(i)
                else:
                    (self.whole if whole else self.prefixes).setdefault(word, []).append(i)
        for i in self.loose:
            opens = self.opens(i)
            # An opening that says nothing, or that starts inside a run of white space (which
            # `loose_places` cannot place): the whole alternation is searched everywhere.
            if opens is None or any(not p or p[0] == " " for p in opens):
                self.anywhere = True
        self.by_initial: dict[str, list[str]] = {}
        for prefix in self.prefixes:
            self.by_initial.setdefault(prefix[0], []).append(prefix)
        self._needs: dict[int, tuple[frozenset[str], ...] | None] = {}

    def possible(self, phrases: tuple[int, ...], caseless: str) -> tuple[int, ...]:
        """Those of `phrases` that can match somewhere in a text (as `Note.caseless` has
        it): the text holds a piece of each set of pieces their matches must hold
        (`wordscan.required_texts`). Left out of an alternation, a phrase that cannot match
        anywhere changes none of its matches."""
        kept = []
        for i in phrases:
            needs = self.needs(i)
            if needs is None or all(any(p in caseless for p in need) for need in needs):
                kept.append(i)
        return tuple(kept)

    def possible_at(self, phrases: tuple[int, ...], caseless: str, pos: int) -> tuple[int, ...]:
        """Those of `phrases` that can match at `pos` of a text (as `Note.caseless` has it):
        the text from there holds a piece of each set their matches must hold, in order
        (`wordscan.holds_in_order`). Left out of the alternation tried there, a phrase
        that cannot match there changes nothing."""
        from afterword.language.wordscan import holds_in_order

        return tuple(i for i in phrases if holds_in_order(self.needs(i), caseless, pos))

    def needs(self, i: int) -> tuple[frozenset[str], ...] | None:
        """`wordscan.required_texts` of phrase `i` (worked out once)."""
        needs = self._needs.get(i, ())
        if needs == ():
            from afterword.language.wordscan import required_texts

            needs = self._needs[i] = required_texts(
                lazy_compile(f"{self.PREFIX}(?:{self.alternatives[i]})", self.flags,
                             from_code=True)
            )
        return needs

    def opens(self, i: int) -> tuple[str, ...] | None:
        """`wordscan.literal_prefixes` of phrase `i`: the texts its matches open with."""
        from afterword.language.wordscan import literal_prefixes

        return literal_prefixes(self.group((i,)))

    def opening_at(self, phrases: tuple[int, ...], flat: str, pos: int) -> tuple[int, ...]:
        """Those of `phrases` whose matches can open at `pos` of a flat text (see
        `wordscan.flat_text`): the text there opens as one of their `literal_prefixes`.
        Left out of the alternation tried there, a phrase that cannot match there changes
        nothing: its match is the first of its phrases that matches."""
        from afterword.language.wordscan import openings, opens_at

        kept = []
        for i in phrases:
            opening = openings(self.group((i,)))
            if opening is None or opens_at(opening, flat, pos):
                kept.append(i)
        return tuple(kept)

    def loose_places(self, flat: FlatText, loose: tuple[int, ...]) -> dict[int, tuple[int, ...]]:
        """Where these of the phrases that open with no word (`loose`) can match in a text
        (a `flat` form, as `wordscan.flat_text` gives), each place with those phrases:
        wherever the text opens as one of them can. Not for an `anywhere` alternation."""
        found: dict[int, set[int]] = {}
        text = flat.text
        for i in loose:
            for prefix in self.opens(i) or ():
                j = text.find(prefix)
                while j >= 0:
                    found.setdefault(flat.origin(j), set()).add(i)
                    j = text.find(prefix, j + 1)
        return {pos: tuple(sorted(phrases)) for pos, phrases in found.items()}

    def phrases_at(self, word: str) -> tuple[int, ...]:
        """The phrases that can start at a word (as in `Note.caseless`), in their order."""
        found = list(self.whole.get(word, ()))
        for prefix in self.by_initial.get(word[0], ()):
            if word.startswith(prefix):
                found += self.prefixes[prefix]
        if self.digits and word[0].isdecimal():
            found += self.digits
        return tuple(sorted(set(found)))

    def group(self, phrases: tuple[int, ...]) -> re.Pattern[str]:
        """The alternation of these phrases (compiled when first used)."""
        pattern = self._groups.get(phrases)
        if pattern is None:
            source = "|".join(self.alternatives[i] for i in phrases)
            pattern = self._groups[phrases] = lazy_compile(f"{self.PREFIX}(?:{source})", self.flags,
                                                           from_code=True)
        return pattern

    def tried(self, text: str, places: list[tuple[int, tuple[int, ...]]]) -> Iterator[re.Match[str]]:
        """The matches starting at `places` (position, phrases that may start there), left
        to right, none inside the last; `places` sorted by position."""
        end = 0
        for i, phrases in places:
            if i < end:
                continue
            m = self.group(phrases).match(text, i)
            if m is not None:
                yield m
                end = m.end()

    def matching_places(self, text: str, loose: tuple[int, ...]) -> dict[int, tuple[int, ...]]:
        """Where these of the phrases that open with no word (`loose`) match in `text`, each
        place with those phrases: every position where one of them matches, overlapping
        ones included (a zero-width look-ahead of their alternation, which the search can
        try at every character at C speed). For an `anywhere` alternation, whose loose
        phrases open with no text `loose_places` could look for."""
        ahead = self._ahead.get(loose)
        if ahead is None:
            source = "|".join(self.alternatives[i] for i in loose)
            ahead = self._ahead[loose] = re.compile(f"(?={self.PREFIX}(?:{source}))", self.flags)
        return {m.start(): loose for m in ahead.finditer(text)}

    def finditer(self, text: str, starts: WordStarts) -> Iterator[re.Match[str]]:
        """Every match in `text`, whose words `starts` lists (as `pattern.finditer` gives)."""
        if self.anywhere or self.loose:
            return self.pattern.finditer(text)
        places = []
        for word, positions in starts.at.items():
            phrases = self.phrases_at(word)
            if phrases:
                places += [(i, phrases) for i in positions]
        places.sort()
        return self.tried(text, places)
