"""Teasing in a jotting ("he slagged me the whole tour", "gave me stick the whole time").

Banter is a moment of the interview, not a favour and not something in common: a rapport
line that holds it is never thanked for. The phrases are data (`lexicons/teasing.txt`); a
one-word verb there matches in any of its forms, read with lemminflect ("slagged",
"teasing").
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from afterword.language.inflections import lemmas


@cache
def _phrases() -> tuple[frozenset[str], re.Pattern[str]]:
    path = Path(__file__).with_name("lexicons") / "teasing.txt"
    lines = [line.strip().lower() for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    verbs = frozenset(line for line in lines if " " not in line and not line.endswith("!"))
    several = sorted((line.rstrip("!") for line in lines if " " in line or line.endswith("!")),
                     key=len, reverse=True)
    return verbs, re.compile(r"(?i)\b(?:" + "|".join(map(re.escape, several)) + r")\b")


def teasing(text: str) -> bool:
    """Whether `text` tells of teasing or grilling (see the module's docstring)."""
    verbs, phrases = _phrases()
    if phrases.search(text):
        return True
    for m in _DONE_TO.finditer(text.lower()):
        word = m.group(1)
        forms = {word, *lemmas(word).get("VERB", ())}
        if forms & verbs or (word.endswith(("ged", "bed")) and word[:-3] in verbs):
            return True  # "slagged me", "ribbed each other": any form of a listed verb
    return False


# A verb before whom it was done to: "teased me", "ribbed each other", "roasted us all".
_DONE_TO = re.compile(r"\b([a-z]+)\s+(?:me|us|each other|one another|everyone|him|her|them)\b")
