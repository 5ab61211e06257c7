"""Words a note should not say twice in a row: "the team" in the fit and then in the
interest, "our conversation" in the thanks and then in the close.

A wording is chosen from its bank before the note is laid out, so the check is against the
note's other sentences that may stand before it; when every wording of a bank echoes them,
the bank is used as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# Words a reader notices when they come back in the next sentence (stock nouns and verbs of
# a note's frames, not the record's own words, which a note may need to repeat).
ECHO_WORDS = ("team", "conversation", "discussion", "experience", "bring", "enthusiastic",
              "excited", "interest", "interested")
_ECHO = re.compile(r"(?i)\b(" + "|".join(ECHO_WORDS) + r")\b")


def echoed(text: str) -> set[str]:
    """The echo words a text uses, in lower case."""
    return {m.group(1).lower() for m in _ECHO.finditer(text)}


def unechoed(bank: tuple[str, ...], before: list[str]) -> tuple[str, ...]:
    """The wordings of `bank` that use none of the echo words of the sentences `before`."""
    used = set().union(*(echoed(t) for t in before if t)) if before else set()
    fresh = tuple(b for b in bank if not echoed(b) & used)
    return fresh or bank


def choose(bank: tuple[str, ...], before: list[str], start: int) -> Callable[[int], str]:
    """A wording for `_unsaid` to try in turn from `start`: first those of `bank` with no
    echo of `before`, then any (a wording no other note of the panel said beats one that
    avoids an echo: a paragraph word for word in two notes is worse)."""
    fresh = unechoed(bank, before)

    def wording(k: int) -> str:
        return fresh[k % len(fresh)] if k - start < len(fresh) else bank[k % len(bank)]

    return wording
