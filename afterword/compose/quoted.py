"""What a draft quotes: the record's casual words in quotation marks, said back to the person
who spoke them ("your plan for QA to stop 'finding stuff at the end'"), can read as mocking a
reader who will see their own offhand words in a formal note. The note is not ready until
they are said in the candidate's own words."""

from __future__ import annotations

import re

from afterword.language.lexicon import words

_SPOKEN = words("spoken_words")
# A quotation inside a sentence: straight or curly, single or double; an apostrophe inside a
# word ("don't", "Gráinne's") never opens one.
_QUOTE = re.compile(r"(?<![\w])['‘\"“]([^'’\"”\n]{3,80}?)['’\"”](?![\w])")
_WORD = re.compile(r"[a-z]+")


def casual_quotes(body: str) -> list[str]:
    """An ask for each quotation in `body` that holds a word of the spoken register."""
    asks = []
    for m in _QUOTE.finditer(body):
        quoted = m.group(1).strip()
        if any(w in _SPOKEN for w in _WORD.findall(quoted.lower())):
            asks.append(f"say “{quoted}” in your own words: quoting the reader's casual words "
                        "back to them can read as mocking")
    return list(dict.fromkeys(asks))
