"""The "To finish" list in the user's words: one line per thing to do, naming the field as
the form and `afterword new` name it, and how many of them are shown at once.

Users are mostly not programmers: a line says which field to change and how, with an
example, never the file's keys ("raised_by") or the composer's grammar ("what follows 'I'").
"""

from __future__ import annotations

import re

# What the web form and `afterword new` call each field (web/interview_form.py LABELS).
FIELDS = {
    "qualifications": "Your qualifications",
    "topics": "Topics",
    "concern": "Their concern",
    "answer": "Answer",
    "improve": "Answer to improve",
    "addition": "What you wish you had said",
    "rapport": "Something you shared",
    "values": "The company's values",
    "contact": "Who you met",
}

# How many lines a list shows before it sums up the rest: a long list reads as a form to
# fill in, and the first few are the ones that matter (the list is sorted by weight).
SHOWN = 3


def item(field: str, ask: str, why: str | None = None) -> str:
    """One line: "Your qualifications: write “OSHA 10” as ... Left out: it does not read ...".

    `ask` is what to do (lower case, no final stop); `why`, when given, why it is asked."""
    ask = ask.strip().rstrip(".")
    if field == "concern":
        ask = re.sub(r"^the concern (?=\u201c)", "", ask)  # the label says it is a concern
    line = f"{FIELDS.get(field, field)}: {ask}."
    if why:
        line += f" (Left out: {why.strip().rstrip('.')}.)"
    return line


def with_model(ask: str, model: str | None) -> str:
    """The ask with the record's own well-said line as its example, in place of the
    generic one ("e.g. “I have three years of ...”"). An example made from the entry itself,
    with its figures ("e.g. “I cut the average ... from 5.5 hours to about 3 hours”"), says
    more about that line and stays."""
    if not model or ", e.g. " not in ask or re.search(r"\d", ask.split(", e.g. ", 1)[1]):
        return ask
    return ask.split(", e.g. ", 1)[0] + f", like \u201cI {model}\u201d, which your record already says"


def field_of(line: str) -> str | None:
    """The field key a line names ("Your qualifications: ..." -> "qualifications")."""
    head = line.split(":", 1)[0]
    return next((k for k, v in FIELDS.items() if v == head), None)


def details(entry: str, pieces: list[str]) -> str:
    """The parts a note leaves out of one qualification it uses, in one line, not one each."""
    said = _and([f"\u201c{p}\u201d" for p in pieces])
    them = "it" if len(pieces) == 1 else "them"
    return item("qualifications",
                f"the note says \u201c{entry}\u201d without {said}; if "
                f"{'it matters' if len(pieces) == 1 else 'they matter'}, write {them} into "
                "that line in plain words")


def is_detail(line: str) -> bool:
    return line.startswith(FIELDS["qualifications"] + ": the note says ")


# The record's field names as `preview` gives them, in the words the form uses.
_PREVIEW = {"concerns": "concern", "improve": "addition"}


def label(key: str) -> str:
    """ "qualifications" -> "Your qualifications", "Aoife Gallagher: rapport" -> "Aoife
    Gallagher: Something you shared": a field named as the form names it."""
    who, _, key = key.rpartition(": ")
    return (f"{who}: " if who else "") + FIELDS.get(_PREVIEW.get(key, key), key)


def covers(ask: str, line: str) -> bool:
    """Whether `line` (a "To finish" line) is the field ask `ask` (as `show` lists it), its
    example aside: the line may give the record's own example instead."""
    return bool(ask) and ask.split(", e.g. ", 1)[0] in line


def rank(line: str) -> int:
    """The record's list is read top down: concerns and what you wish you had said first,
    then whole entries left out (a qualification, a topic, the company's words), then details
    cut from an entry a note uses."""
    if is_detail(line):
        return 2
    return 1 if field_of(line) in {"qualifications", "topics", "values"} else 0


def shown(lines: list[str], more: str, limit: int = SHOWN) -> tuple[list[str], str | None]:
    """The first `limit` lines, and a line summing up the rest (None when all are shown);
    `more` says where the whole list is ("`afterword show 12` lists them all")."""
    if len(lines) <= limit + 1:  # "1 more" says no less than the line itself
        return list(lines), None
    rest = lines[limit:]
    fields = list(dict.fromkeys(FIELDS.get(field_of(r) or "", "") for r in rest))
    where = _and([f.lower() for f in fields if f])
    return list(lines[:limit]), (f"{len(rest)} smaller points" + (f" ({where})" if where else "")
                                 + f": {more}")


def _and(words: list[str]) -> str:
    if not words:
        return ""  # lines with no field label (a review finding, the signature) name none
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


# A piece of a jotted line quoted back, shortened the way every ask shortens it.
def clip(text: str, most: int = 50) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= most else text[:most].rstrip() + "\u2026"


# A jotted question ("how fast can i get PE registered", "can I start before 5 january?"),
# and the auxiliary that opens its clause.
_WH = r"(?:how(?:\s+(?:fast|soon|long|much|many|often|quickly))?|what|when|where|why|which|who)"
_AUX = r"(?:can|could|will|would|do|does|did|should|shall|is|are|am|was|were|may|might)"
_QUESTION = re.compile(rf"(?i)^({_WH})\s+({_AUX})\s+(i|we|you|he|she|they|it)\s+(.+?)\??$")
_YES_NO = re.compile(rf"(?i)^({_AUX})\s+(i|we|you|he|she|they|it)\s+(.+?)\??$")


def embedded_question(text: str) -> str | None:
    """A jotted question as the object of a sentence, its words in statement order: "how
    fast can i get PE registered in singapore" -> "how fast I can get PE registered in
    singapore"; "can I start before 5 january?" -> "whether I can start before 5 january";
    None when it is no such question."""
    said = " ".join(text.split()).rstrip(" ?")
    m = _QUESTION.match(said)
    if m:
        wh, aux, who, rest = m.groups()
        return f"{wh.lower()} {_person(who)} {aux.lower()} {rest}"
    m = _YES_NO.match(said)
    if m:
        aux, who, rest = m.groups()
        return f"whether {_person(who)} {aux.lower()} {rest}"
    return None


def _person(word: str) -> str:
    return "I" if word.lower() == "i" else word.lower()
