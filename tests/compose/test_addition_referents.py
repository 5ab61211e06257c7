"""An addition whose "it" names nothing in the note ("I grounded it. I replaced it." -
a compose helper's report): the story "it" belongs to lives in the self-criticism, which
never goes out, so the addition is left out and asked for. Fragments are our own."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_fragment_reading import _reading  # noqa: E402

from afterword.compose.facts import Improvement  # noqa: E402

ANSWER = "the safety question - forgot to say how it ended"


def _add(text: str):  # type: ignore[no-untyped-def]
    return _reading().addition(Improvement(ANSWER, text))


@pytest.mark.parametrize("jotted", ["grounded it, replaced it, wrote it up",
                                    "isolated it at the main, swapped it out the same day",
                                    "tagged it out + told the foreman"])
def test_an_it_with_nothing_before_it_is_left_out_and_asked(jotted: str) -> None:
    read = _add(jotted)
    assert read.text is None
    assert read.ask and "\u201cit\u201d" in read.ask and "the ..." in read.ask


@pytest.mark.parametrize(("jotted", "referent"), [
    ("found a frayed sling on the crane, tagged it out, replaced it + wrote it up", "sling"),
    ("spotted a leak on the boiler. isolated it. replaced the valve", "leak"),
    ("we found a cracked weld on the boom, stopped the lift, ground it out", "weld"),
])
def test_an_it_after_its_noun_keeps_the_noun(jotted: str, referent: str) -> None:
    text = _add(jotted).text or ""
    assert referent in text
    assert text.index(referent) < re.search(r"\bit\b", text).start()  # type: ignore[union-attr]
