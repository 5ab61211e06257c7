"""Regular expressions compiled on first use, so that loading the review costs little.

The review's rules hold about four hundred patterns, and compiling them all costs more
than reviewing a note: `afterword review FILE` would spend most of its time compiling
patterns that the note never gives a chance to match. `lazy_compile(source, flags)` keeps
the source and compiles it the first time it is used; from then on its methods are the
compiled pattern's own, at the same cost.

Patterns searched only where their first words occur (`language/wordscan.py`) are never
compiled for a note that lacks those words; `wordscan` reads what it needs from the
pattern's source, and keeps what it worked out between runs (`wordscan.remember`).

Before it is compiled, a pattern asked to `match`, `search`, `fullmatch`, `finditer` or
`findall` in a text first checks that the text holds, in order, the pieces of text every
match needs (`wordscan.required_texts`, kept between runs): when it does not, there is no
match, and the answer (None, no matches) is given without compiling. Most of a rule's
patterns find nothing in most sentences; in the one note of `afterword review FILE` this
leaves a few dozen of them uncompiled. Only the first reviews of a process check so (until
`end_prechecks`, called when `FIRST_NOTES` have been reviewed): later notes find their
patterns compiled, and a batch compiles on first use, as before.

`FIRST_NOTES` is how many notes a process reads lean, here and in the other places that
read the first notes so (`wordscan.WordStarts`, the moves' `_StartIndex`): `afterword
draft ID` reads a dozen or so (the composer's checks of its lines of interest, then the
review of each note of a panel), and compiling whole alternations for each of them cost
more than the draft's own work. A batch reads lean only its first notes.
"""

from __future__ import annotations

import re
import sys
from typing import Any, cast

_ASCII_OR_LOCALE = int(re.ASCII | re.LOCALE)
_UNICODE = int(re.UNICODE)

# The compiled pattern's methods, taken over by the lazy one once it is compiled.
_METHODS = ("match", "search", "finditer", "findall", "fullmatch", "sub", "subn", "split")


class LazyPattern:
    """A regex with the `re.Pattern` interface, compiled the first time it is used."""

    def __init__(self, source: str, flags: int = 0, *, from_code: bool = False) -> None:
        self.pattern = source
        # As `re.compile` reports them: a `str` pattern is Unicode unless told otherwise.
        # (In plain integers: a thousand patterns are made at start-up, and each operation
        # on `re`'s flag enum costs a microsecond or two.)
        value = int(flags)
        self.flags = value | (0 if value & _ASCII_OR_LOCALE else _UNICODE)
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None
        # Made by a module's own code (through `lazy_compile` or not), or said by its maker
        # to be built from lexicons only: its source is Afterword's, never a user's words,
        # so `regex_cache` may keep its compiled code.
        caller = sys._getframe(1)
        if caller.f_code is _LAZY_COMPILE and caller.f_back is not None:
            caller = caller.f_back
        self._from_code = from_code or caller.f_code.co_name == "<module>"

    def _cannot_match(self, string: Any, pos: int, endpos: int) -> bool:
        """Whether `string[pos:endpos]` lacks what every match needs (before compiling)."""
        if not _prechecking or not isinstance(string, str):
            return False
        from afterword.language import wordscan

        needs = wordscan.known_required_texts(cast("re.Pattern[str]", self))
        if not needs:
            return False
        if endpos < len(string):
            string = string[:endpos]
        return not wordscan.holds_in_order(needs, caseless(string), pos)

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            if self._from_code:
                from afterword.language import regex_cache

                regex_cache.from_code(self.pattern)
            compiled = self._compiled = re.compile(self.pattern, self._flags)
            for name in _METHODS:  # later calls go straight to the compiled pattern
                setattr(self, name, getattr(compiled, name))
        return self._compiled

    @property
    def is_compiled(self) -> bool:
        return self._compiled is not None

    # (The compiled pattern's own signatures: `string, pos=0, endpos=sys.maxsize`.)
    def match(self, string: Any, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        if self._cannot_match(string, pos, endpos):
            return None
        return self.compiled.match(string, pos, endpos)

    def search(self, string: Any, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        if self._cannot_match(string, pos, endpos):
            return None
        return self.compiled.search(string, pos, endpos)

    def finditer(self, string: Any, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        if self._cannot_match(string, pos, endpos):
            return iter(())
        return self.compiled.finditer(string, pos, endpos)

    def findall(self, string: Any, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        if self._cannot_match(string, pos, endpos):
            return []
        return self.compiled.findall(string, pos, endpos)

    def fullmatch(self, string: Any, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        if self._cannot_match(string, pos, endpos):
            return None
        return self.compiled.fullmatch(string, pos, endpos)

    def sub(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled.sub(*args, **kwargs)

    def subn(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled.subn(*args, **kwargs)

    def split(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled.split(*args, **kwargs)

    @property
    def groups(self) -> int:
        return self.compiled.groups

    @property
    def groupindex(self) -> Any:
        return self.compiled.groupindex

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags!r})"


# How many notes a process reads lean, as its first (see the module's docs): more than a
# draft of a panel of six reads (about 16: the composer's checks, then each note's review).
FIRST_NOTES = 24

# Whether an uncompiled pattern checks a text for its required pieces before compiling
# (see the module's docs): in the first reviews of a process.
_prechecking = True


def end_prechecks() -> None:
    """From now on a pattern compiles on first use, whatever the text."""
    global _prechecking
    _prechecking = False

# Letters that a case-insensitive regex matches to an ASCII letter although `str.lower()`
# does not turn them into it: found by testing every code point against [a-z] with
# re.IGNORECASE (the Kelvin sign, the fourth, lowers to "k" by itself).
_ODD_CASES = "İıſ"
_TO_ASCII_CASE = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def caseless(text: str) -> str:
    """The text in lower case for quick, exact tests of ASCII text; same length and offsets.

    Wherever a case-insensitive regex would match ASCII text in it, this holds that text in
    lower case, and no other character lowers to it (`Note.caseless` is this of the body).
    """
    if any(ch in text for ch in _ODD_CASES):  # rare; `translate` is slow on any non-ASCII
        text = text.translate(_TO_ASCII_CASE)
    return text.lower()


def lazy_compile(source: str, flags: int = 0, *, from_code: bool = False) -> re.Pattern[str]:
    """`re.compile(source, flags)`, put off until the pattern is first used; `from_code`:
    its source is built from Afterword's own lexicons, never from what a user wrote.

    Typed as the compiled pattern it stands for: it answers every method a rule calls on one
    (`match`, `search`, `finditer`, ..., `pattern`, `flags`, `groups`).
    """
    return cast("re.Pattern[str]", LazyPattern(source, flags, from_code=from_code))


_LAZY_COMPILE = lazy_compile.__code__
