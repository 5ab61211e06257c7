"""A route or a move between two names, jotted with an arrow or a spaced dash.

"Hosur -> Chennai lane case", "BLR - Hosur run", "Python → Go migration": the arrow is the
word "to" inside one noun phrase. The reader splits pieces at a spaced dash and at an arrow
before several words, which cut such a topic to its first name ("our conversation about
Hosur"), so routes are joined before the split. Both sides must be names: a capitalised
word that is no everyday English word, or an acronym. "AWS -> Cut costs 30%" is work and
its result, not a route ("Cut" is an everyday word), and stays two ideas.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_NAME = r"[A-Z][\w'\u2019.&]*"
_ROUTE = re.compile(
    rf"(?<![\w'\u2019])({_NAME})\s*(?:->|\u2192)\s*({_NAME})(?![\w'\u2019])"
    rf"|(?<![\w'\u2019])({_NAME})\s+[-\u2013\u2014]+\s+({_NAME})(?![\w'\u2019])"
)


def join_routes(text: str, everyday: Callable[[str], bool]) -> str:
    """`text` with each arrow or spaced dash between two names read as "to".

    `everyday(word)`: whether a capitalised word is an everyday English word (so only
    capitalised because it opens a phrase), which a route never names."""

    def name(word: str) -> bool:
        bare = word.rstrip(".")
        return bool(bare) and (bare.isupper() or not everyday(bare))

    def join(m: re.Match[str]) -> str:
        left, right = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        if name(left) and name(right):
            return f"{left} to {right}"
        return m.group(0)

    return _ROUTE.sub(join, text)
