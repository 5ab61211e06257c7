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
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from afterword.review.text import Note

_SPACE = re.compile(r"\s+")


def phrase_regex(phrase: str) -> str:
    """The regex source for one literal phrase (no boundaries): spaces flex, apostrophes curl."""
    parts = []
    for i, word in enumerate(_SPACE.split(phrase.strip())):
        if i:
            parts.append(r"\s+")
        parts.append(re.escape(word).replace("'", "['’]"))
    return "".join(parts)


def _bounded(source: str, phrase: str) -> str:
    # A boundary only where the phrase starts or ends with a word character, so that
    # emoticons such as ":)" and punctuation such as "!!" still match next to words.
    head = r"(?<![\w'’])" if re.match(r"\w", phrase) else ""
    tail = r"(?![\w])" if re.search(r"\w$", phrase) else ""
    return f"{head}(?:{source}){tail}"


class PhraseMatcher:
    """Phrases compiled into one case-insensitive alternation, longest phrase first.

    `patterns` are regex sources added as they are (for the few entries a literal list
    cannot say, e.g. "gon+a"); they get the same word boundaries as the phrases.
    """

    def __init__(
        self,
        phrases: Iterable[str],
        *,
        patterns: Iterable[str] = (),
        case_sensitive: bool = False,
    ) -> None:
        literal = sorted({p.strip() for p in phrases if p.strip()}, key=len, reverse=True)
        sources = [_bounded(phrase_regex(p), p) for p in literal]
        sources += [_bounded(p, "a") for p in patterns]
        if not sources:
            raise ValueError("a PhraseMatcher needs at least one phrase")
        flags = 0 if case_sensitive else re.IGNORECASE
        self.regex = re.compile("|".join(sources), flags)
        self.phrases = tuple(literal)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Every match in `text`, left to right, never overlapping."""
        return self.regex.finditer(text)

    def search(self, text: str) -> re.Match[str] | None:
        return self.regex.search(text)

    def in_note(self, note: Note) -> Iterator[re.Match[str]]:
        """Matches in the note's body, leaving out those inside a template slot."""
        for match in self.regex.finditer(note.body):
            if not _in_placeholder(note, match.start(), match.end()):
                yield match


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
