"""Whether a jotted noun phrase needs "the" to go after "our conversation about".

A candidate jots "nurse on night shift", "first three months", "rota for weekend": each
needs its article in a sentence ("the nurse on night shift", "the first three months",
"the rota for the weekend"). Whether a noun counts is read from the language, not a list:
its plural is in lemminflect's tables, and the English word list (the spelling index, with
word frequencies) uses that plural nearly as often as the singular ("nurses", "budgets",
"lanes"). A mass noun's plural is rare or unknown ("trainings", "feedbacks", "pricings"),
so "training" and "feedback" read well bare; so do the nouns of `bare_nouns.txt`, whose
plural is common but which a topic names as a field ("storm duty", "law school"). A chunk after "on", "at", "in" or "by" whose
noun is one of the fixed phrases of `bare_after_preposition.txt` ("on night shift", "by
phone") keeps no article.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from afterword.language import phrases as gr

# How much rarer a plural may be than its singular, in the index's units (100 x Zipf, so
# 120 is about 16 times rarer), for the noun to count: "budgets" is 105 below "budget",
# "trainings" 224 below "training".
_PLURAL_GAP = 120
# A plural this much rarer (about 40 times) leaves the noun uncounted: "safeties", "qualities".
_MASS_GAP = 140
_ORDINALS = frozenset("first second third fourth fifth sixth final same only".split())
_QUESTION_WORDS = frozenset("what how why when where whether who which".split())
_IDIOM_PREPOSITIONS = frozenset({"on", "at", "in", "by"})


@cache
def _bare_nouns() -> frozenset[str]:
    path = Path(__file__).with_name("lexicons") / "bare_after_preposition.txt"
    return frozenset(line.strip().lower() for line in path.read_text(encoding="utf-8")
                     .splitlines() if line.strip() and not line.startswith("#"))


@cache
def _fields() -> frozenset[str]:
    path = Path(__file__).with_name("lexicons") / "bare_nouns.txt"
    return frozenset(line.strip().lower() for line in path.read_text(encoding="utf-8")
                     .splitlines() if line.strip() and not line.startswith("#"))


def plurals(noun: str) -> list[str]:
    """The regular plurals a noun may take ("lane": "lanes", "lanees"); the tables say which."""
    if noun.endswith("y") and noun[-2:-1] not in set("aeiou"):
        return [noun[:-1] + "ies"]
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return [noun + "es"]
    return [noun + "s", noun + "es"]


@cache
def gradable(adjective: str) -> bool:
    """An adjective with a comparative ("new": "newer", "big": "bigger"), which describes
    one thing, unlike a classifying one ("holistic", "preventive") that names a kind."""
    for form in (adjective + "er", adjective + "r", adjective[:-1] + "ier",
                 adjective + adjective[-1:] + "er"):
        if adjective in (gr._lemmas(form).get("ADJ") or ()) and form != adjective:
            return True
    return False


@cache
def countable(noun: str) -> bool:
    """A singular noun that counts ("nurse", "lane", "target"), read from the language."""
    from afterword.language.jotted import _spelling

    word = noun.lower()
    if word in gr.COUNT_NOUNS:
        return True
    found = gr._lemmas(word).get("NOUN")
    if not found or found[0] != word or not word.isalpha():
        return False  # not a noun, or a plural ("months"), or "data" (lemma "datum")
    spelling = _spelling()
    # "matrix": "matrices", "crisis": "crises": a classical plural counts as well as a
    # regular one (without it "our conversation about allergen matrix" went out bare).
    return any(spelling.zipf(plural) >= spelling.zipf(word) - _PLURAL_GAP > 0
               for plural in [*plurals(word), *_classical_plurals(word)]
               if plural != word and word in (gr._lemmas(plural).get("NOUN") or ()))


def _classical_plurals(noun: str) -> list[str]:
    """Latin and Greek plurals a noun may take ("matrix": "matrices", "thesis": "theses",
    "criterion": "criteria"); the tables say which are real."""
    for end, plural in (("ix", "ices"), ("ex", "ices"), ("is", "es"), ("um", "a"),
                        ("on", "a"), ("us", "i")):
        if noun.endswith(end):
            return [noun[:-len(end)] + plural]
    return []


def mass(noun: str) -> bool:
    """A noun that does not count at all: no plural in use, or one far rarer than the
    singular ("safety", "staffing"), or one named bare (`bare_nouns.txt`); "kitchen" and
    "budget" count."""
    from afterword.language.jotted import _spelling

    word = noun.lower()
    if word in _fields():
        return True
    if "NOUN" not in gr._lemmas(word) and not word.endswith("ing"):
        return False
    spelling = _spelling()
    return all(spelling.zipf(p) < spelling.zipf(word) - _MASS_GAP for p in plurals(word))


def _chunks(words: list[str]) -> list[tuple[str, list[str]]]:
    """(the preposition before it, the chunk) for each stretch up to a preposition."""
    out: list[tuple[str, list[str]]] = []
    before, chunk = "", list[str]()
    for i, word in enumerate(words):
        route = word == "to" and 0 < i < len(words) - 1 and words[i - 1][:1].isupper() \
            and words[i + 1][:1].isupper()
        if (word.lower() in gr.PREPOSITIONS or word.lower() in {"and", "or"}) and not route:
            out.append((before, chunk))
            before, chunk = word, []
        else:
            chunk.append(word)
    out.append((before, chunk))
    return out


def _needs_the(before: str, chunk: list[str], *, first: bool, new_to: bool = False) -> bool:
    if not chunk or chunk[0].lower() in gr.DETERMINERS or chunk[0].lower() in {
            "your", "my", "our", "their", "his", "her"}:
        return False
    lead, head = chunk[0], chunk[-1].strip(",.:;")
    if re.search(r"['\u2019]s$|\d", lead) or not first and before in {"and", "or", "per", ""}:
        return False
    if lead.lower() in _ORDINALS:
        # "first three months": one of a kind, at the head of a topic; after a preposition
        # it may be a term's ("from first contact practitioners").
        return first
    if not head.isalpha() or head.isupper() or (len(chunk) == 1 and head[:1].isupper()):
        return False  # a name, an acronym ("QBRs"), a figure
    if lead[:1].isupper() and not first:
        return False  # "at Dahl Plumbing Supply"
    if lead[:1].isupper() and not any(w[:1].islower() for w in chunk):
        return False  # "Opera Cloud": a name
    if before in _IDIOM_PREPOSITIONS and head.lower() in _bare_nouns():
        return False  # "on night shift", "by phone"
    if before == "to" and new_to:
        return False  # "nurses new to emergency": a field one is new to, named bare
    lead_kinds = gr._lemmas(lead.lower())
    if len(chunk) > 1 and "ADJ" in lead_kinds and "NOUN" not in lead_kinds and \
            head.lower() not in gr.COUNT_NOUNS and not gradable(lead.lower()):
        # "holistic defense", "preventive care": a practice, named bare; a gradable adjective
        # describes one thing ("the new insect hall opening").
        return False
    if head.lower() in _fields() and head.lower() not in gr.COUNT_NOUNS:
        return False  # "storm duty", "climbing school": a field or a stage, named bare
    return countable(head)


def with_articles(phrase: str) -> str:
    """ "nurse on night shift" -> "the nurse on night shift"; "rota for weekend" -> "the rota
    for the weekend"; "training for new hires", "Opera Cloud reporting": unchanged."""
    words = phrase.split()
    if not words or words[0].lower() in _QUESTION_WORDS:
        return phrase  # "what GPs want from ...": a clause, its nouns as the candidate wrote
    out: list[str] = []
    for n, (before, chunk) in enumerate(_chunks(words)):
        if before:
            out.append(before)
        new_to = before.lower() == "to" and len(out) > 1 and out[-2].lower() == "new"
        if _needs_the(before.lower(), chunk, first=n == 0, new_to=new_to):
            chunk = ["the", *chunk]
        out.extend(chunk)
    # "the La Marzocco", "the El Paso office": a name that holds its own article takes no other.
    return _OWN_ARTICLE.sub("", " ".join(out))


_OWN_ARTICLE = re.compile(r"(?i:\bthe\s+)(?=(?:La|Le|Les|El|Los|Las|Il|Der|Die|Das)\s+[A-Z])")
