"""Where the lexicons' phrases can open in a note, found in one compiled pass.

The moves analysis (`review/moves.py`) tries a lexicon part's phrases at the words they
can start with. On the benchmark's notes that came to about 360 regex tries a note, of
which about 7 matched: "i" opens dozens of phrases of eight lexicons, and each was tried
at every "I" of the note.

Every phrase also has literal openings (`wordscan.literal_prefixes`: "i would like ",
"i am very ", ... up to three words, in the flat form of `wordscan.flat_text`), and a
match can start only where the note's flat text opens with one of them. This module puts
the openings of every phrase of every lexicon into one Aho-Corasick automaton
(`pyahocorasick`, a C extension), so that one pass over a note's flat text, at C speed,
lists every place where some phrase can open, with the phrases that can: about 50 a note
instead of 360, each then tried with its own regex as before. The lexicons stay data:
the table is built from whatever phrases the lexicon files hold, once per process.

`_lean` in `moves.py` makes the same test one place at a time for the first note a
process reads (a note reviewed from the command line does not pay for the automaton);
this is its form for every later note. A phrase with no opening to go on (None, an empty
one, or one that starts with white space) is tried at its words as before.
"""

from __future__ import annotations

from itertools import groupby
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from afterword.language import wordscan

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from afterword.language.wordscan import FlatText
    from afterword.review.matchers import GroupedPhrases

# How much of each opening the automaton holds. An opening cut short is still one every
# match opens with; measured on the benchmark's notes, cutting at 10 characters instead of
# three words takes a quarter of the automaton's memory (15,000 texts, about 1.6 MB of
# nodes, instead of 33,000 and 6.2 MB) for 88 places a note to try instead of 83.
OPENING_CHARS = 10


def available() -> bool:
    """Whether the compiled matcher can be loaded here (without it: one regex per place)."""
    try:
        import ahocorasick  # noqa: F401
    except ImportError:  # pragma: no cover - a platform with no wheel
        return False
    return True


# The phrases an opening names, by part: ((part, its phrases), ...).
Who = tuple[tuple[int, frozenset[int]], ...]


class OpeningTable:
    """The openings of every phrase of a list of lexicon parts, in one automaton.

    `opened[k]` holds the phrases of part `k` that start with a word and have openings
    (the others are tried at their words as before); `loose[k]`, if true, says that all
    of the part's phrases that open with no word (`GroupedPhrases.loose`, placed wherever
    their opening is) are in the automaton too. `hits(flat)` yields each place of a flat
    text where an opening is, with the phrases that open so.
    """

    def __init__(self, scans: Sequence[GroupedPhrases]) -> None:
        import ahocorasick

        # (an opening's text, whether the phrase opens with no word, part, phrase), sorted
        # below to group them by text: a dict of sets for each of 15,000 texts took about
        # 10 MB that the process kept after it was freed (and a batch's worker shares).
        rows: list[tuple[str, bool, int, int]] = []
        self.opened: list[frozenset[int]] = []
        self.loose: list[bool] = []
        for k, (scan, phrase_openings) in enumerate(zip(scans, _openings(scans), strict=True)):
            opened = set()
            loose = set(scan.loose)
            # A part searched everywhere (`anywhere`) keeps its own way for its loose phrases.
            self.loose.append(bool(loose) and not scan.anywhere)
            for i, found in enumerate(phrase_openings):
                if found is None or (i in loose and scan.anywhere):
                    continue
                if i not in loose:
                    opened.add(i)
                rows += [(text, i in loose, k, i) for text in found]
            self.opened.append(frozenset(opened))
        rows.sort()
        self.automaton: Any = ahocorasick.Automaton()
        shared: dict[Any, Any] = {}

        def one(value: Any) -> Any:
            # Shared: the hundreds of openings of one phrase name the same phrases, and a
            # payload each would cost megabytes.
            return shared.setdefault(value, value)

        for text, group in groupby(rows, key=itemgetter(0)):
            # The payload: how far back the match starts from its last character, the
            # phrases that open so at a word, and those that open so anywhere, by part
            # (a set each, for a quick intersection).
            same = list(group)
            at_word = _who([(k, i) for _, free, k, i in same if not free])
            anywhere = _who([(k, i) for _, free, k, i in same if free])
            self.automaton.add_word(text, one((len(text) - 1, one(at_word), one(anywhere))))
        self.automaton.make_automaton()

    def hits(self, flat: FlatText) -> Iterator[tuple[int, Who, Who]]:
        """Each place of `flat`'s text where an opening is (its offset in the original
        text), with the phrases that open so at a word and the loose phrases that open so,
        by part; a place may come more than once."""
        origin = flat.origin
        for end, (back, at_word, anywhere) in self.automaton.iter(flat.text):
            yield origin(end - back), at_word, anywhere


def _who(pairs: list[tuple[int, int]]) -> Who:
    """(part, phrase) pairs, sorted, as a part's phrases each."""
    return tuple((k, frozenset(i for _, i in group)) for k, group in groupby(pairs, itemgetter(0)))


def _openings(scans: Sequence[GroupedPhrases]) -> list[list[tuple[str, ...] | None]]:
    """For each part, each phrase's openings cut to `OPENING_CHARS` (None: it has none the
    automaton can use): as an earlier run worked them out for the same phrases, or now.

    Working them out parses every phrase's pattern (about a second for all of them), so
    they are kept in a cache file of their own, read only by a process that reviews a
    second note: `afterword review FILE` never reads it (adding them to `wordscan`'s
    answers, which every run reads, would slow its start)."""
    import sys

    from afterword import __version__
    from afterword.language.cache_file import CacheFile
    from afterword.language.spelling.index import checksum

    sources = "\n".join(f"{scan.flags}\t" + "\t".join(scan.alternatives) for scan in scans)
    cache = CacheFile(
        "openings", checksum(f"{_FORMAT}|{OPENING_CHARS}|{sys.version}|{__version__}|{sources}")
    )
    kept = cache.read(list)
    if kept is not None and len(kept) == len(scans):
        return kept
    found: list[list[tuple[str, ...] | None]] = []
    for scan in scans:
        found.append([])
        for i in range(len(scan.alternatives)):
            texts = wordscan.literal_prefixes(scan.group((i,)))
            # No opening, or one that says nothing or starts with white space (which cannot
            # be placed at a word): the phrase is tried at its words.
            if not texts or any(not text or text[0] == " " for text in texts):
                found[-1].append(None)
            else:
                found[-1].append(tuple(sorted({text[:OPENING_CHARS] for text in texts})))
    cache.write(found, drop_older=True)
    return found


_FORMAT = 1  # of the cache file `_openings` writes
