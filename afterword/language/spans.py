"""`Span`: a piece of a text and where it stands (code-point offsets into the text as given).

A module of its own so that the note (`text.py`) and its frame (`structure.py`) can both
use it without importing each other.
"""

from __future__ import annotations

from typing import NamedTuple


class Span(NamedTuple):
    """A piece of the body: its text and where it stands.

    A named tuple, like the review's other value types: a dataclass costs about half a
    millisecond to create at import, which every `afterword review FILE` pays.
    """

    text: str
    start: int
    end: int
