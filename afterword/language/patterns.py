"""Regular expressions compiled on first use, so that loading the review costs little.

The review's rules hold about four hundred patterns, and compiling them all costs more
than reviewing a note: `afterword review FILE` would spend most of its time compiling
patterns that the note never gives a chance to match. `lazy_compile(source, flags)` keeps
the source and compiles it the first time it is used; from then on its methods are the
compiled pattern's own, at the same cost.

Patterns searched only where their first words occur (`language/wordscan.py`) are never
compiled for a note that lacks those words; `wordscan` reads what it needs from the
pattern's source, and keeps what it worked out between runs (`wordscan.remember`).
"""

from __future__ import annotations

import re
from typing import Any, cast

_ASCII_OR_LOCALE = int(re.ASCII | re.LOCALE)
_UNICODE = int(re.UNICODE)

# The compiled pattern's methods, taken over by the lazy one once it is compiled.
_METHODS = ("match", "search", "finditer", "findall", "fullmatch", "sub", "subn", "split")


class LazyPattern:
    """A regex with the `re.Pattern` interface, compiled the first time it is used."""

    def __init__(self, source: str, flags: int = 0) -> None:
        self.pattern = source
        # As `re.compile` reports them: a `str` pattern is Unicode unless told otherwise.
        # (In plain integers: a thousand patterns are made at start-up, and each operation
        # on `re`'s flag enum costs a microsecond or two.)
        value = int(flags)
        self.flags = value | (0 if value & _ASCII_OR_LOCALE else _UNICODE)
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            compiled = self._compiled = re.compile(self.pattern, self._flags)
            for name in _METHODS:  # later calls go straight to the compiled pattern
                setattr(self, name, getattr(compiled, name))
        return self._compiled

    @property
    def is_compiled(self) -> bool:
        return self._compiled is not None

    def match(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled.match(*args, **kwargs)

    def search(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled.search(*args, **kwargs)

    def finditer(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled.finditer(*args, **kwargs)

    def findall(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled.findall(*args, **kwargs)

    def fullmatch(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled.fullmatch(*args, **kwargs)

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


def lazy_compile(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)`, put off until the pattern is first used.

    Typed as the compiled pattern it stands for: it answers every method a rule calls on one
    (`match`, `search`, `finditer`, ..., `pattern`, `flags`, `groups`).
    """
    return cast("re.Pattern[str]", LazyPattern(source, flags))
