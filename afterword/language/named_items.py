"""Names a candidate types in lower case that have a known shape: the numbered part of a
rule or a document ("annex 1" is "Annex 1", "title ix" is "Title IX") and a law school
named for its university ("went to syracuse law" is "went to Syracuse Law").

No list of names: the shape says it is a name. "Annex" with a number is always a named
annex; "Title" with a Roman numeral is a statute's title. A word in capitals before "law"
after going to or graduating from somewhere is a school: "changes to Texas law" is not
(no verb of study before it), nor "Syracuse law firms".
"""

from __future__ import annotations

import re

# Not "schedule 3 interviews" (a verb), nor "part 2 of the plan": only words that are
# never anything but a document's part.
_ANNEX = re.compile(r"\b(annex|appendix)\s+(\d+[a-z]?|[ivx]+)\b")
# A courtesy title with its full stop before a word in lower case: "ms. halvorsen" is
# "Ms. Halvorsen" (without the stop, "dr" may be a clipping of "doctor").
_COURTESY = re.compile(r"(?<![\w.])(mr|mrs|ms|mx|dr)\.\s+([a-z][a-z'\u2019-]+)\b")
_TITLE = re.compile(r"\btitle\s+([ivx]{1,5})\b")
_LAW_SCHOOL = re.compile(
    r"(?i:\b(?:went to|go to|going to|got into|graduated from|graduate of|grads? of|"
    r"alums? of|alumni of|studied at|both)\s+)"
    r"((?:[A-Z][\w'\u2019.-]*\s+){1,3})law\b"
    r"(?!\s+(?:firms?|office|offices|clerks?|enforcement|reform|changes?|practice|library)\b)")


def case_named_items(text: str) -> str:
    """"annex 1" -> "Annex 1", "ms. lund" -> "Ms. Lund", "title ix" -> "Title IX", "went to Syracuse law" -> "went to
    Syracuse Law" (see the module's docstring)."""
    text = _ANNEX.sub(_annex, text)
    text = _COURTESY.sub(lambda m: f"{m.group(1).capitalize()}. {m.group(2).capitalize()}", text)
    text = _TITLE.sub(lambda m: f"Title {m.group(1).upper()}", text)
    return _LAW_SCHOOL.sub(lambda m: m.group()[:-3] + "Law", text)


def _annex(m: re.Match[str]) -> str:
    number = m.group(2)
    return f"{m.group(1).capitalize()} {number.upper() if re.fullmatch(r'[ivx]+', number) else number}"
