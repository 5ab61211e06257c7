"""Names of places typed in lower case that the gazetteer alone cannot decide, read from
the words around them: "placements at Castle Hill in hull" (a town after a named place),
"a flat in bath" (a town after a place noun), "at Leeds arts" (a place's school),
"the studio on elm street", "the shop on abbot kinney" (a street after a place noun).

Precision first: a word is capitalised only where the frame makes it a name and the word
is a known place, or no everyday word at all; "in the field", "at home", "good at martial
arts", "a home in need" keep their case. `jotted.place_case` calls `recase` on its words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

# Nouns of a place a person lives, works or trains at: "a flat in X", "placements at Y
# in X", "the shop on X".
PLACE_NOUNS = _PLACE_NOUNS = frozenset("""
place places spot home homes house houses flat flats apartment apartments placement placements
office offices clinic clinics hospital practice campus branch store stores shop shops site
sites school studio studios job jobs restaurant restaurants cafe café bar bakery gallery gym
warehouse plant depot unit ward hotel hotels hostel pub pubs firm agency centre center
library museum church deli diner bistro bookshop bookstore brewery market pharmacy salon
garage
""".split())
# The words before "in" that say where someone comes from or is: "grew up in", "born in".
_PLACE_VERBS = frozenset("up born based raised".split())
# The last word of a named school, hospital or street after a place's name: "Leeds Arts",
# "Glasgow Royal Infirmary", "Elm Street". (`jotted._INSTITUTION` holds the words that make
# a name after any word: "general", "college", "university" ...)
_NAME_ENDS = frozenset("""
arts art institute infirmary polytechnic conservatoire conservatory street st road rd avenue
ave boulevard blvd lane terrace crescent
""".split())
# Streets are named with everyday words too ("Elm Street", "High Street").
_STREETS = frozenset("street st road rd avenue ave boulevard blvd lane terrace crescent".split())
# Words a name never holds.
_NEVER = frozenset("""
a an the my our your their his her its this that these those each every some any no and or
of for with in at on from to by new old big small same other own
""".split())


def _bare(word: str) -> str:
    return re.sub(r"['\u2019]s$", "", word.rstrip(",.;:!?)"))


def _ends_item(words: list[str], k: int) -> bool:
    """Whether words[k] closes its part of the phrase (a comma, the end, "and")."""
    return k + 1 >= len(words) or words[k][-1:] in ",;:)" or words[k + 1].lower() in {
        "and", "or", "-", "but", "so", "when", "where", "while", "yrs", "years"}


def _up(word: str) -> str:
    return word[:1].upper() + word[1:]


def recase(words: list[str], place: Callable[[str], str | None],
           common: Callable[[str], bool]) -> list[str]:
    """`words` with the names these frames make certain capitalised. `place(word)` is the
    gazetteer's spelling of a one-word place or None; `common(word)` says an everyday word."""
    out = list(words)
    for i in range(1, len(out)):
        prev = out[i - 1].lower()
        word = _bare(out[i])
        if not (word.isalpha() and word.islower()) or word in _NEVER:
            continue
        before = _bare(out[i - 2]) if i > 1 else ""
        # "placements at Castle Hill in hull", "a flat in bath", "grew up in hull": a known
        # place after "in" or "from", with nothing after it in its part of the phrase.
        if prev in {"in", "from", "near"} and _ends_item(out, i) and place(word) and (
                before.lower() in _PLACE_NOUNS or before.lower() in _PLACE_VERBS
                or (before[:1].isupper() and before[1:].islower() and i > 2)):
            out[i] = place(word) + out[i][len(word):]  # type: ignore[operator]
            continue
        # "at Leeds arts", "at leeds arts", "on elm street": a place's or a name's own
        # school, hospital or street.
        if i + 1 < len(out) and prev in {"at", "in", "from", "on", "near", "off"} and \
                _bare(out[i + 1]).lower() in _NAME_ENDS and _ends_item(out, i + 1) and (
                    _bare(out[i + 1]).lower() in _STREETS
                    or (prev != "on" and (place(word) or not common(word)))):
            out[i] = _up(out[i])
            out[i + 1] = _up(out[i + 1])
            continue
        if word[:1].isupper():
            continue
        # "the shop on abbot kinney": after a place noun and "on", one or two words ending
        # in one no word list knows (a street's name).
        if prev == "on" and before.lower() in _PLACE_NOUNS:
            run = [i] if _ends_item(out, i) else (
                [i, i + 1] if i + 1 < len(out) and _ends_item(out, i + 1) else [])
            tail = [_bare(out[k]) for k in run]
            if run and all(t.isalpha() and t.islower() and t not in _NEVER for t in tail) \
                    and len(tail[-1]) > 3 and not common(tail[-1]):
                for k in run:
                    out[k] = _up(out[k])
    # "Leeds arts": a capitalised place before a name's last word, after "at"/"from".
    for i in range(2, len(out)):
        word = _bare(out[i])
        head = _bare(out[i - 1])
        if word in _NAME_ENDS and word.islower() and out[i - 2].lower() in {"at", "from", "in"} \
                and head[:1].isupper() and place(head.lower()) == head and _ends_item(out, i):
            out[i] = _up(out[i])
    return out


def heads(texts: Iterable[str], case: Callable[[str], str]) -> dict[str, str]:
    """The first words of the institutions a record names in full in lower case ("4 yrs at
    mercy general" -> {"mercy": "Mercy"}), which `case` (`jotted.place_case`) capitalises:
    the record's short form of the same place ("at mercy last month") takes them too."""
    out: dict[str, str] = {}
    for text in texts:
        if not text:
            continue
        before, after = text.split(" "), case(text).split(" ")
        if len(before) != len(after):
            continue
        for k in range(1, len(before) - 1):
            word, cased, nxt = before[k], after[k], after[k + 1]
            if before[k - 1].lower() == "at" and word.isalpha() and word.islower() and \
                    cased == word.capitalize() and before[k + 1].islower() and nxt[:1].isupper():
                out[word] = cased
    return out


def short_names(text: str, names: dict[str, str]) -> str:
    """"at mercy last month" -> "at Mercy last month" where the record names Mercy General:
    only right after "at", so "at the mercy of" and "mercy" elsewhere keep their case."""
    if not names:
        return text
    pattern = r"(?<![\w-])(at )(" + "|".join(map(re.escape, names)) + r")(?![\w'-])"
    return re.sub(pattern, lambda m: m.group(1) + names[m.group(2)], text)
