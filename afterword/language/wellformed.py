"""Whether a phrase reads as finished English, or as a jotting pasted in.

A candidate writing fast, or in a second language, jots "how i handle variation when client
refuse to pay", "saved client 38m on re-measurement", "he want electrician on call". Each
word is spelled right, so the shorthand and spelling checks pass them; the grammar does
not hold. Compose cannot know what was meant ("a client"? "the client"? "our clients"?),
so a phrase with one of these faults stays out of a note and the user is asked for it.

The checks read parts of speech from lemminflect's tables (`phrases`), never a tagger, and
each looks for one shape only, so that a phrase it passes is not thereby called good:
- agreement: a singular subject with a verb in its base form ("client refuse", "she want",
  "a system that bring"), or "not" with no auxiliary ("who not follow");
- a bare count noun: a singular noun that counts, with no article, as a verb's object
  ("saved client ...", "built recall system", "having quantity surveyor on site");
- a doubled word: one content word twice within three ("experience with experience on"),
  which a frame filled with words it already holds leaves.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from afterword.language import phrases as gr

# Words that link a clause to what comes before: a subject follows them.
_SUBORDINATORS = frozenset("when if because until unless whenever once while since after "
                           "before though although".split())
_RELATIVES = frozenset("who that which".split())
# Adverbs that may stand between a subject and its verb ("operator always call").
_FREQUENCY = frozenset("always never often usually sometimes still just only also already "
                       "rarely even really".split())
# Words a verb in its base form is never after in a clause of its own.
_NOT_VERBS = frozenset("can could will would should may might must shall do does did to "
                       "don't doesn't didn't won't can't let make help".split())
# Nouns that name a group: "the team who clean as they go" is good English.
_COLLECTIVE = frozenset("team staff crew family group management police people public "
                        "department council board committee government company firm "
                        "couple class".split())
_PRONOUNS = frozenset("i you we they he she it this that these those there who what mine "
                      "yours ours theirs hers his".split())
_SINGULAR_PRONOUNS = frozenset({"he", "she", "it"})
# Verbs whose object, jotted bare, is a thing that counts: "saved client", "built system".
# A verb is read from the tables; these are the shapes after which no noun goes bare.
_GERUND_HAVE = frozenset({"having", "getting", "hiring", "finding"})
# Words before a verb that make it a clause's verb, not a participle inside a noun phrase
# ("booked the HV authorised person course").
_BEFORE_VERB = frozenset("i we you he she they and then also just have has had never "
                         "already".split())
# Verbs in the past that are auxiliaries, not a verb with an object ("were short", "would
# show both").
_AUXILIARIES = frozenset("was were would could should might must had did been got "
                         "used".split())
# Particles that follow a verb or a pronoun, never a verb themselves ("wrote it up").
_PARTICLES = frozenset("up down out off back over in on away".split())


# A noun for one who does ("surveyor", "technician", "cashier"): it counts.
_AGENT = re.compile(r"(?:[^e]or|ist|ian|ant|ee|eer|ier)$")


@cache
def _counted_objects() -> frozenset[str]:
    """Nouns that name one thing as an object: the person nouns, the count nouns of
    `phrases` and `lexicons/counted_objects.txt`."""
    from afterword.language.lexicon import words

    path = Path(__file__).with_name("lexicons") / "counted_objects.txt"
    listed = {line.strip().lower() for line in path.read_text(encoding="utf-8").splitlines()
              if line.strip() and not line.startswith("#")}
    return frozenset(listed | gr.COUNT_NOUNS | {w.lower() for w in words("person_nouns")})
_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*|[^\sA-Za-z]+")


def _words(phrase: str) -> list[str]:
    return _WORD.findall(phrase)


def _singular_noun(word: str) -> bool:
    """A singular common noun ("client", "operator"), not a pronoun, name or plural."""
    w = word.lower()
    if not word.isalpha() or word[:1].isupper() or w in _PRONOUNS or w in _COLLECTIVE:
        return False
    if w in gr.DETERMINERS or w in gr.PREPOSITIONS or w in _FREQUENCY:
        return False
    nouns = gr._lemmas(w).get("NOUN") or ("",)
    return nouns[0] == w and not w.endswith("ss") and (
        not w.endswith("s") or w.endswith("us"))


def _base_verb(word: str) -> bool:
    """A verb in its base form that is not also its past ("refuse", "want"; not "cut", "put",
    "read", nor "-ing", "-ed" or "-s" forms)."""
    w = word.lower()
    if not w.isalpha() or w in _NOT_VERBS | _SAME_PAST | _PARTICLES or \
            w.endswith(("ing", "ed")):
        return False
    lemmas = gr._lemmas(w)
    verbs = lemmas.get("VERB") or ("",)
    # "right", "fast": a word that is also an adjective or adverb is read as one.
    return verbs[0] == w and not gr.is_past(w) and not {"ADJ", "ADV"} & set(lemmas)


# Verbs of a state, which "already" may go before in the present ("I already know").
_STATES = frozenset("know have hold use own speak understand work live like need want "
                    "cover teach run lead manage".split())
# Verbs whose past is the base form: "when the client read it" agrees.
_SAME_PAST = frozenset("cut put set let hit cost shut spread hurt quit bet burst cast "
                       "broadcast fit split read upset forecast beat".split())


def agreement(phrase: str) -> str | None:
    """The words of a subject and its verb that do not agree ("client refuse", "she want",
    "system that bring", "who not follow"), or None."""
    words = _words(phrase)
    lower = [w.lower() for w in words]
    for i, word in enumerate(lower):
        nxt = i + 1
        while nxt < len(words) and lower[nxt] in _FREQUENCY:
            nxt += 1
        if nxt >= len(words):
            break
        verb = words[nxt]
        after = lower[nxt + 1] if nxt + 1 < len(words) else ""
        # "she want", "he need": a pronoun with the verb's base form.
        # "it" is a subject only where a clause opens ("do it right": an object).
        subject = word in {"he", "she"} or i == 0 or lower[i - 1] in \
            _SUBORDINATORS | {"and", "but", "so", ",", ";", "that"}
        if word in _SINGULAR_PRONOUNS and subject and (words[i].islower() or i == 0) and \
                not words[i].isupper() and _base_verb(verb) and (i == 0 or lower[i - 1] not in {
                "let", "make", "help", "watch", "see", "have", "had", "made", "saw"}):
            return f"{words[i]} {' '.join(words[i + 1:nxt + 1])}"
        # "who not follow", "I not finish": "not" needs "do" or "did".
        if word == "not" and i > 0 and (lower[i - 1] in _RELATIVES | _PRONOUNS or
                                        _singular_noun(words[i - 1])) and \
                _base_verb(verb) and nxt == i + 1 and lower[i - 1] != "that":
            return f"{words[i - 1]} not {verb}"
        if not _singular_noun(words[i]) or not _base_verb(verb):
            continue
        before = lower[i - 1] if i > 0 else ""
        before2 = lower[i - 2] if i > 1 else ""
        # "when client refuse to pay", "if the patient refuse": a clause's subject.
        opens_clause = before in _SUBORDINATORS or (
            before in {"the", "a", "an", "this", "that", "every", "each"} and
            before2 in _SUBORDINATORS)
        # "operator always call maintenance": a bare noun, an adverb, then the verb.
        opens_fragment = (i == 0 or before in {",", ";", "and", "but"}) and nxt > i + 1
        if opens_fragment or opens_clause and (
                not after or after in gr.DETERMINERS | gr.PREPOSITIONS | _PRONOUNS
                or after in {"me", "him", "her", "us", "them", "back", "late", "up", "out"}
                or "ADV" in gr._lemmas(after)):
            return f"{words[i]} {' '.join(words[i + 1:nxt + 1])}"
    # "I already pass the written part": a thing done says so ("have already passed").
    for i in range(1, len(words) - 1):
        if lower[i] == "already" and lower[i - 1] in {"i", "we", "you", "they"} and \
                _base_verb(words[i + 1]) and lower[i + 1] not in _STATES:
            return f"{words[i - 1]} already {words[i + 1]}"
    # "a recall system that bring back", "patient who refuse x-rays".
    for i in range(1, len(words) - 1):
        if lower[i] not in _RELATIVES or not _singular_noun(words[i - 1]):
            continue
        nxt = i + 1
        while nxt < len(words) and lower[nxt] in _FREQUENCY:
            nxt += 1
        if nxt < len(words) and _base_verb(words[nxt]):
            return f"{words[i - 1]} {' '.join(words[i:nxt + 1])}"
    return None


def bare_count_noun(phrase: str) -> str | None:
    """A verb and a singular noun that counts, jotted with no article as its object ("saved
    client", "built recall system", "having quantity surveyor"), or None."""
    from afterword.language.determiners import countable, mass

    words = _words(phrase)
    lower = [w.lower() for w in words]
    for i, word in enumerate(lower[:-1]):
        # "Course is booked for March": a sentence's subject, a thing that counts, bare.
        if (i == 0 or words[i - 1] in {".", "!", "?"}) and words[i][:1].isupper() and \
                words[i][1:].islower() and lower[i + 1] in {"is", "was", "has"} and \
                word in _counted_objects() and not mass(word):
            return f"{words[i]} {words[i + 1]}"
        is_object_verb = words[i].isalpha() and not words[i].isupper() and word not in \
            _AUXILIARIES | _PRONOUNS and (gr.is_past(word) and word not in gr.PARTICIPLES and
                                          "ADJ" not in gr._lemmas(word) or word in _GERUND_HAVE)
        if not is_object_verb or (i > 0 and lower[i - 1] not in _BEFORE_VERB | {","} and
                                  word not in _GERUND_HAVE):
            continue
        # The noun run after the verb: modifiers, then its head ("quantity surveyor").
        j = i + 1
        while j < len(words) and words[j].isalpha() and words[j].islower() and \
                {"NOUN", "ADJ"} & set(gr._lemmas(lower[j])) and lower[j] not in \
                gr.PREPOSITIONS | gr.DETERMINERS | _PRONOUNS | _FREQUENCY and \
                not gr.is_finite(lower[j]):
            j += 1
        if j == i + 1:
            continue
        head = lower[j - 1]
        after = lower[j] if j < len(words) else ""
        # "did side by side coaching", "saved time": a mass noun goes bare.
        nouns = gr._lemmas(head).get("NOUN")
        if not nouns or nouns[0] != head or head.endswith("s") and not head.endswith("us") \
                or mass(head) or head not in _counted_objects() and not (
                    _AGENT.search(head) and countable(head)):
            continue
        if j + 1 < len(words) and lower[j + 1] == head:
            continue  # "side by side", "face to face": an idiom, said bare
        # "trained new hires" is plural; "ran clinic hours": the run goes on past the head.
        if after and after[:1].isalpha() and after.islower() and (
                "NOUN" in gr._lemmas(after) or not gr._lemmas(after)) \
                and after not in gr.PREPOSITIONS | _RELATIVES | {"and", "or", "but"}:
            continue
        return " ".join(words[i:j])
    return None


def doubled(phrase: str, source: str = "") -> str | None:
    """A content word said twice within three words ("experience with experience on") that
    the `source` (the jotting the phrase was made from) does not double ("side by side"), or
    None: what a frame filled with its own word leaves."""
    def pairs(text: str) -> set[str]:
        words = [w.lower() for w in re.findall(r"[A-Za-z][\w'-]*", text)]
        return {word for i, word in enumerate(words) if len(word) >= 4 and
                word not in gr.PREPOSITIONS and word in words[i + 1:i + 4]}

    found = pairs(phrase) - pairs(source)
    return min(found) if found else None


@cache
def _code_switching() -> frozenset[str]:
    path = Path(__file__).with_name("lexicons") / "code_switching.txt"
    return frozenset(line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))


def foreign_words(phrase: str) -> str | None:
    """A word of another language mixed into the English ("target na 90%"), or a name typed
    in lower case after "st" ("st james's"), or None."""
    for word in re.findall(r"(?<![\w'-])[a-z]+(?![\w'-])", phrase):
        if word in _code_switching():
            return word
    m = re.search(r"\bst\.?\s+[a-z][\w']*", phrase)
    return m.group() if m else None


def faults(phrase: str) -> list[str]:
    """What keeps a phrase from reading as written English, each as the words at fault."""
    found = []
    for check in (agreement, bare_count_noun, foreign_words):
        fault = check(phrase)
        if fault:
            found.append(fault)
    return found
