"""The few inflections a repair needs: a verb's "-s" and "-ed" forms, and "a" or "an".

lemminflect itself is too slow to load at every draft (see `inflections`); its cached lemma
table is not. So a form is made by the regular spelling rules and kept only when the table
reads it back as the same verb ("refuses" -> "refuse"): an irregular verb ("go", "run")
gives None, and the caller leaves the jotting out rather than guess.
"""

from __future__ import annotations

import re

from afterword.language import phrases as gr

# Verbs whose "-s" form is not the regular one.
_THIRD = {"have": "has", "be": "is", "do": "does", "go": "goes", "don't": "doesn't"}


def _reads_as(form: str, lemma: str) -> bool:
    return lemma in (gr._lemmas(form).get("VERB") or ())


def spelled_third_person(verb: str) -> str:
    """The "-s" form by the spelling rules alone: "refuse" -> "refuses", "push" ->
    "pushes", "try" -> "tries", "have" -> "has". No table is read: cheap enough for the
    review, and sure enough for a verb already known to be one."""
    v = verb.lower()
    if v in _THIRD:
        return _THIRD[v]
    if v.endswith(("s", "x", "z", "ch", "sh", "o")):
        return v + "es"
    if v.endswith("y") and v[-2:-1] not in set("aeiou"):
        return v[:-1] + "ies"
    return v + "s"


def third_person(verb: str) -> str | None:
    """ "refuse" -> "refuses", "push" -> "pushes", "try" -> "tries"; None when the lemma
    table does not read the spelled form back as the same verb."""
    form = spelled_third_person(verb)
    return form if _reads_as(form, verb.lower()) else None


def past_participle(verb: str) -> str | None:
    """ "pass" -> "passed", "register" -> "registered", "shadowed" -> "shadowed"; an
    irregular verb ("run", "write") gives None: only a regular "-ed" form is made."""
    v = verb.lower()
    if v.endswith("ed") and gr.is_past(v):
        return v  # a regular past is its own participle
    if v.endswith("e"):
        form = v + "d"
    elif v.endswith("y") and v[-2:-1] not in set("aeiou"):
        form = v[:-1] + "ied"
    else:
        form = v + "ed"
    return form if _reads_as(form, v) else None


# Words that open with a vowel letter but a consonant sound, and the reverse.
_YOU_SOUND = re.compile(r"(?i)^(?:uni|use|usu|uti|eu|ewe|one|once|ur[aeio])")
_SILENT_H = re.compile(r"(?i)^(?:hour|honest|honou?r|heir)")


def indefinite(word: str) -> str:
    """ "a" or "an" before a word, by its sound as nearly as spelling tells it."""
    if _SILENT_H.match(word):
        return "an"
    if word[:1].isdigit():
        return "an" if re.match(r"(?:8|11|18)(?!\d)|8\d", word) else "a"
    if word.isupper() and len(word) > 1:  # an acronym is read by its letters: "an MRI"
        return "an" if word[0] in "AEFHILMNORSX" else "a"
    if word[:1].lower() in "aeiou" and not _YOU_SOUND.match(word):
        return "an"
    return "a"
