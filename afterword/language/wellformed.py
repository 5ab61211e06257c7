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
  ("saved client ...", "built recall system", "having quantity surveyor on site"); a role
  after "became" (`roles`: "became ward manager") and a compound ("cut agency spend") are not;
- a doubled word: one content word twice within three ("experience with experience on"),
  which a frame filled with words it already holds leaves.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from afterword.language import phrases as gr
from afterword.language.inflect import indefinite, past_participle, third_person
from afterword.language.roles import TAKES_A_ROLE

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
# ("am", "are", "is": the word list's lemma "be" makes them read as past tenses, so "am
# writing final exam" became "am the writing final exam")
_AUXILIARIES = frozenset("was were would could should might must had did been got "
                         "used am are is be".split())
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


def counted_objects() -> frozenset[str]:
    """The nouns that need an article as an object ("balanced drawer" lacks "my")."""
    return _counted_objects()


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
                       "broadcast fit split read upset forecast beat overrun rerun outrun".split())


def agreement(phrase: str) -> str | None:
    """The words of a subject and its verb that do not agree ("client refuse", "she want",
    "system that bring", "who not follow"), or None."""
    found = _agreement(_words(phrase))
    if found is None:
        return None
    _, first, last = found
    return " ".join(_words(phrase)[first:last + 1])


def _agreement(words: list[str]) -> tuple[str, int, int] | None:
    """(the kind of fault, the index of its first word, of its verb): "pronoun" ("she
    want"), "not" ("who not follow"), "noun" ("client refuse"), "already" ("I already pass"),
    "relative" ("system that bring")."""
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
            return "pronoun", i, nxt
        # "who not follow", "I not finish": "not" needs "do" or "did".
        if word == "not" and i > 0 and (lower[i - 1] in _RELATIVES | _PRONOUNS or
                                        _singular_noun(words[i - 1])) and \
                _base_verb(verb) and nxt == i + 1 and lower[i - 1] != "that":
            return "not", i - 1, nxt
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
            return "noun", i, nxt
    # "I already pass the written part": a thing done says so ("have already passed").
    for i in range(1, len(words) - 1):
        if lower[i] == "already" and lower[i - 1] in {"i", "we", "you", "they"} and \
                _base_verb(words[i + 1]) and lower[i + 1] not in _STATES:
            return "already", i - 1, i + 1
    # "a recall system that bring back", "patient who refuse x-rays".
    for i in range(1, len(words) - 1):
        if lower[i] not in _RELATIVES or not _singular_noun(words[i - 1]):
            continue
        nxt = i + 1
        while nxt < len(words) and lower[nxt] in _FREQUENCY:
            nxt += 1
        if nxt < len(words) and _base_verb(words[nxt]) and not _modifier(lower, nxt):
            return "relative", i - 1, nxt
    return None


def _modifier(lower: list[str], k: int) -> bool:
    """Whether the word at `k`, after "that" or "who", describes the noun after it, which
    is the clause's subject ("the pattern that nurse managers prefer", "the dashboard that
    finance teams use"): the word is a noun too, a noun follows it, and then the clause's
    own verb. "a system that bring patients back" has no verb after its noun."""
    if "NOUN" not in gr._lemmas(lower[k]):
        return False
    j = k + 1
    while j < len(lower) and "NOUN" in gr._lemmas(lower[j]) and \
            lower[j] not in gr.PREPOSITIONS | gr.DETERMINERS | _PRONOUNS:
        j += 1
    if j == k + 1:
        return False
    verb = lower[j] if j < len(lower) else ""
    if verb and gr.is_verb(verb) and verb not in _PARTICLES:
        return True
    # The run may take in the clause's verb when it is a noun too ("site engineers sign",
    # "finance teams use"): a base form after another noun ("nurse visits" is no verb).
    last = lower[j - 1]
    return j - 1 > k + 1 and (gr._lemmas(last).get("VERB") or ("",))[0] == last and \
        last not in _PARTICLES


def bare_count_noun(phrase: str) -> str | None:
    """A verb and a singular noun that counts, jotted with no article as its object ("saved
    client", "built recall system", "having quantity surveyor"), or None."""
    found = _bare_count(_words(phrase))
    return None if found is None else " ".join(_words(phrase)[found[1]:found[2]])


def _bare_count(words: list[str]) -> tuple[str, int, int] | None:
    """("subject", the noun's index, the verb's + 1) or ("object", the verb's index, the
    index past the noun run)."""
    from afterword.language.determiners import countable, mass

    lower = [w.lower() for w in words]
    for i, word in enumerate(lower[:-1]):
        # "Course is booked for March": a sentence's subject, a thing that counts, bare.
        if (i == 0 or words[i - 1] in {".", "!", "?"}) and words[i][:1].isupper() and \
                words[i][1:].islower() and lower[i + 1] in {"is", "was", "has"} and \
                word in _counted_objects() and not mass(word):
            return "subject", i, i + 2
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
        # "became ward manager in 2021", "made team lead": a role, named bare (`roles`).
        if word in TAKES_A_ROLE and _closes(words, j) and head in _people():
            continue
        # "cut agency spend by 30%": a noun before a word the tables know only as a verb,
        # where no object follows it, is a compound ("agency spend"), not a bare head.
        if after.isalpha() and after.islower() and gr.is_base_verb(after) and \
                after not in _NOT_VERBS | _PARTICLES and _closes(words, j + 1):
            continue
        # "trained new hires" is plural; "ran clinic hours": the run goes on past the head.
        if after and after[:1].isalpha() and after.islower() and (
                "NOUN" in gr._lemmas(after) or not gr._lemmas(after)) \
                and after not in gr.PREPOSITIONS | _RELATIVES | {"and", "or", "but"}:
            continue
        return "object", i, j
    return None


def _closes(words: list[str], j: int) -> bool:
    """Whether the phrase ends at `j`, or goes on with punctuation, a figure or a
    preposition ("in 2021", "by 30%"), not an object or a complement ("made client happy")."""
    after = words[j].lower() if j < len(words) else ""
    return not after or not after[:1].isalpha() or after in gr.PREPOSITIONS


@cache
def _people() -> frozenset[str]:
    from afterword.language.lexicon import words

    return frozenset(w.lower() for w in words("person_nouns"))


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




# "already" ending a clause, after a simple past: "I shadowed our QA for two months already"
# (a word-for-word "na", "already" in Taglish); "I've done it already" keeps its auxiliary.
_LATE_ALREADY = re.compile(
    r"(?i)\b(?P<subject>i|we)\s+(?P<verb>[a-z]+)\b(?P<rest>(?:(?!\b(?:have|has|had|and|but)\b)"
    r"[^,;.])*?)\s+already\b(?=\s*(?:$|[,;.]|and\b|but\b|so\b))")


def late_already(phrase: str) -> str | None:
    """ "already" closing a clause whose verb is a simple past ("I shadowed ... already"), or
    None."""
    m = _LATE_ALREADY.search(phrase)
    if m and gr.is_past(m.group("verb")) and m.group("verb").lower() not in \
            _AUXILIARIES - {"did", "got"}:
        return f"{m.group('verb')}{m.group('rest')} already"
    return None


# After these, a thing one has used or worked on is one of a kind: "experience with a
# wood-fired oven", "worked on a hybrid ventilator".
_HANDLED = re.compile(r"(?i)\b(?:experience|familiar|worked|working|trained|used)\s+"
                      r"(?:with|on|using)\s+")


def bare_after_preposition(phrase: str) -> str | None:
    """A singular noun that counts, bare after "experience with", "worked on" ("my
    experience with wood fire oven"), or None."""
    found = _bare_handled(phrase)
    if found:
        return phrase[found[0]:found[1]]
    party = _BARE_PARTY.search(phrase)
    return party.group() if party else None


def _bare_handled(phrase: str) -> tuple[int, int] | None:
    from afterword.language.determiners import _bare_nouns, _fields, countable, mass

    for m in _HANDLED.finditer(phrase):
        run = re.match(r"(?:[a-z][a-z-]*\s+){0,3}[a-z][a-z-]*", phrase[m.end():])
        if not run:
            continue
        words = run.group().split()
        # The run stops at a word that is no noun or adjective ("with pump and ...").
        kept = []
        for word in words:
            if word in gr.PREPOSITIONS | gr.DETERMINERS | _PRONOUNS | _FREQUENCY or \
                    word in {"and", "or", "but"} or not {"NOUN", "ADJ"} & set(gr._lemmas(word)):
                break
            kept.append(word)
        if not kept:
            continue
        head = kept[-1]
        end = m.end() + len(" ".join(kept))
        after = phrase[end:].lstrip()
        if after[:1].isalpha() and not re.match(
                r"(?:for|in|at|on|to|from|with|and|or|but|since|when|while)\b", after):
            continue  # the run goes on past what was read ("with wood fire ovens daily")
        if (gr._lemmas(head).get("NOUN") or ("",))[0] != head or mass(head) or \
                head in _bare_nouns() | _fields() or not countable(head):
            continue
        return m.end(), end
    return None


_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
           "December")
# "passed October 2026": a thing done, then its month with no "in".
_BARE_DATE = re.compile(rf"\b([a-z]+ed|began|sat|took|won|got)\s+(?=(?:{_MONTHS})\b"
                        r"(?:\s+(?:19|20)\d\d)?(?!\s*\d))")


def bare_date(phrase: str) -> str | None:
    """A verb of a thing done and the month it was done, with no "in" between ("passed
    October 2026"), or None."""
    for m in _BARE_DATE.finditer(phrase):
        if gr.is_past(m.group(1)) and m.group(1) not in _AUXILIARIES:
            return phrase[m.start():m.end() + 12].strip()
    return None


# "so its the call we talk about": "its" before what no possession takes is "it's".
_ITS = re.compile(r"\bits\s+(?=(?:the|a|an|not|been|going|ok|okay|about|just|only|what|how|"
                  r"why|where|when)\b)")


def its_for_it_is(phrase: str) -> str | None:
    """ "its" where "it is" is meant ("its the call"), or None."""
    m = _ITS.search(phrase)
    return m.group().strip() if m else None


def faults(phrase: str) -> list[str]:
    """What keeps a phrase from reading as written English, each as the words at fault."""
    found = []
    for check in (agreement, bare_count_noun, foreign_words, late_already,
                  bare_after_preposition, bare_date, its_for_it_is):
        fault = check(phrase)
        if fault:
            found.append(fault)
    return found


# Repairs: each check's fault mended where the mending is sure, or None. A repair only adds
# an article or an auxiliary, inflects a verb, recases a name or drops a word of another
# language that carries no meaning of its own; every content word and figure stays.

# Words of another language that only link or soften ("po", "lah", "naman"): dropped. The
# others ("lang": only, "din": also, "wahala": trouble) carry meaning and are asked for.
_PARTICLES = frozenset("po lah leh loh sha naman pala nga talaga jare abi yaar toh".split())
# Verbs whose object, with a sum after it, is the one the sum went to: "saved the client
# ₦38m"; any other verb's bare object is one of many: "trained an apprentice".
_BENEFICIARY = frozenset("save cost give pay charge bill owe offer send show tell win "
                         "earn".split())
# Saints a name after "st" may be though it is not possessive ("st albans", "st ives").
_SAINTS = frozenset("albans ives helens neots andrews austell davids kilda lucia kitts "
                    "john james mary luke thomas george patrick michael peter paul andrew "
                    "david joseph mark matthew anne helen margaret bartholomew vincent "
                    "catherine brendan columba mungo bernard francis anthony jude".split())


def _spans(phrase: str) -> list[re.Match[str]]:
    return list(_WORD.finditer(phrase))


def _splice(phrase: str, edits: list[tuple[int, int, str]]) -> str:
    for start, end, text in sorted(edits, reverse=True):
        phrase = phrase[:start] + text + phrase[end:]
    return re.sub(r"\s{2,}", " ", phrase).strip()


def _narrative(words: list[str], skip: range) -> bool:
    """Whether the phrase tells of the past elsewhere ("when obi ask me, I talked"): then a
    bare verb may mean "asked", and "-s" would be a guess."""
    for i, word in enumerate(words):
        w = word.lower()
        if i in skip or not word.isalpha():
            continue
        if w in {"yesterday", "ago", "was", "were", "had", "did", "last"}:
            return True
        if gr.is_past(w) and w not in gr.PARTICIPLES and "ADJ" not in gr._lemmas(w) and \
                (i == 0 or words[i - 1].lower() not in {"is", "are", "be", "been", "get", "got",
                                                        "a", "an", "the"}):
            return True
    return False


def _with_case(form: str, like: str) -> str:
    return form.capitalize() if like[:1].isupper() else form


def _article_before(spans: list[re.Match[str]], noun: int, article: str) -> tuple[int, int, str]:
    """The edit that puts an article before the noun phrase the noun heads: back over its
    lower-case modifiers ("new client")."""
    start = noun
    while start > 0 and spans[start - 1].group().isalpha() and \
            spans[start - 1].group().islower() and {"NOUN", "ADJ"} & set(
                gr._lemmas(spans[start - 1].group())) and spans[start - 1].group() not in \
            gr.PREPOSITIONS | gr.DETERMINERS | _PRONOUNS | _SUBORDINATORS | _RELATIVES | \
            _FREQUENCY | {"and", "or", "but", "how", "what", "to"} and \
            not gr.is_verb(spans[start - 1].group()):
        start -= 1
    first = spans[start]
    word = article if article == "the" else indefinite(first.group())
    if first.group()[:1].isupper() and start == 0:
        return first.start(), first.end(), f"{word.capitalize()} {first.group().lower()}"
    return first.start(), first.start(), f"{word} "


def mend_agreement(phrase: str) -> str | None:
    """ "when client refuse to pay" -> "when a client refuses to pay"; "she want" -> "she
    wants"; "I already pass" -> "I have already passed"; "who not follow" (did or does?) and a
    phrase telling of the past (a bare verb may mean its past): None."""
    from afterword.language.determiners import countable, mass

    spans = _spans(phrase)
    words = [m.group() for m in spans]
    found = _agreement(words)
    if found is None:
        return phrase
    kind, first, verb = found
    if kind == "not":
        return None
    if kind == "already":
        done = past_participle(words[verb])
        if done is None:
            return None
        have = "has" if words[first].lower() in {"he", "she", "it"} else "have"
        return _splice(phrase, [(spans[first + 1].start(), spans[verb].end(),
                                 f"{have} already {done}")])
    if _narrative(words, range(first, verb + 1)):
        return None
    form = third_person(words[verb])
    if form is None:
        return None
    edits = [(spans[verb].start(), spans[verb].end(), _with_case(form, words[verb]))]
    # "she want planner who ...": the verb's object, bare, takes its article too.
    obj = verb + 1
    while obj < len(words) and words[obj].isalpha() and words[obj].islower() and \
            "NOUN" in gr._lemmas(words[obj]) and words[obj] not in \
            gr.PREPOSITIONS | gr.DETERMINERS | _PRONOUNS | _FREQUENCY and \
            not gr.is_finite(words[obj]):
        obj += 1
    if obj > verb + 1:
        head = words[obj - 1]
        if countable(head) and not mass(head) and _singular_noun(head):
            edits.append((spans[verb + 1].start(), spans[verb + 1].start(),
                          f"{indefinite(words[verb + 1])} "))
    if kind in {"noun", "relative"}:
        noun = first
        before = words[noun - 1].lower() if noun else ""
        head = words[noun].lower()
        if before not in gr.DETERMINERS and not before.endswith(("'s", "\u2019s")) and \
                countable(head) and not mass(head):
            edits.append(_article_before(spans, noun, "a"))
    return _splice(phrase, edits)


def mend_bare_count(phrase: str) -> str | None:
    """ "saved client ₦38m" -> "saved the client ₦38m"; "having quantity surveyor on site"
    -> "having a quantity surveyor on site"; "Course is booked" -> "The course is booked"."""
    spans = _spans(phrase)
    words = [m.group() for m in spans]
    found = _bare_count(words)
    if found is None:
        return phrase
    kind, i, j = found
    if kind == "subject":
        return _splice(phrase, [(spans[i].start(), spans[i].end(), f"The {words[i].lower()}")])
    verb = (gr._lemmas(words[i].lower()).get("VERB") or (words[i].lower(),))[0]
    after = words[j] if j < len(words) else ""
    # "saved client ₦38m": the one the sum went to is known to both: "the client".
    sum_after = bool(re.match(r"[^\w\s]?\d|[$£€₦₹¥]", after))
    # "cut close from 9 days to 6", "covered night audit": a process of the workplace, one
    # of its kind there, is "the" (as `phrases.add_articles` says it); a person or a thing
    # among many is "a": "trained an apprentice".
    head = words[j - 1].lower()
    article = "the" if verb in _BENEFICIARY and sum_after or head in gr.COUNT_NOUNS else "a"
    return _splice(phrase, [_article_before(spans, i + 1, article)])


_AIMS = frozenset("plan push drive aim goal campaign bid".split())


def mend_foreign(phrase: str) -> str | None:
    """ "target na 90% QA score" -> "target of a 90% QA score" (the Tagalog linker);
    "enrolled na in" -> "enrolled in" ("na" after a thing done: already, said by the past);
    a particle that only softens ("po", "lah") dropped; "st james's" -> "St James's". A word
    that carries meaning ("lang", "wahala"): None."""
    from afterword.language.determiners import countable

    m = re.search(r"\b(st\.?)\s+([a-z][\w']*)", phrase)
    if m and m.group() == foreign_words(phrase):
        name = m.group(2)
        bare = re.sub(r"['\u2019]s?$", "", name)
        if bare == name and bare not in _SAINTS:
            return None
        return _splice(phrase, [(m.start(), m.end(),
                                 f"{m.group(1).capitalize()} {name[:1].upper()}{name[1:]}")])
    spans = _spans(phrase)
    words = [s.group() for s in spans]
    for i, word in enumerate(words):
        if word not in _code_switching() or not word.islower():
            continue
        if word in _PARTICLES:
            return _splice(phrase, [(spans[i].start(), spans[i].end(), "")])
        if word != "na" or i == 0:
            return None
        nxt = words[i + 1] if i + 1 < len(words) else ""
        before = words[i - 1].lower()
        if nxt[:1].isdigit() and _singular_noun(before) or before in _COLLECTIVE:
            # "target na 90% QA score": the noun run after the figure; its head counts.
            run = [w for w in words[i + 1:i + 6]]
            k = 0
            while k < len(run) and not (run[k].isalpha() and run[k].islower()):
                k += 1
            while k + 1 < len(run) and run[k + 1].isalpha() and run[k + 1].islower() and \
                    "NOUN" in gr._lemmas(run[k + 1]) and run[k + 1] not in gr.PREPOSITIONS:
                k += 1
            head = run[k].lower() if k < len(run) else ""
            # "her plan na 100% reviews": a plan is for what it aims at; a target is of it.
            linker = "for" if before in _AIMS else "of a" if head and countable(head) else "of"
            return _splice(phrase, [(spans[i].start(), spans[i].end(), linker)])
        if gr.is_past(before) and (not nxt or nxt in {",", ";", "."} or
                                   nxt.lower() in gr.PREPOSITIONS):
            return _splice(phrase, [(spans[i].start(), spans[i].end(), "")])
        return None
    return phrase


def mend_late_already(phrase: str) -> str | None:
    """ "I shadowed our QA for two months already" -> "I have shadowed our QA for two
    months" (a span of time up to now); elsewhere the late "already" only goes."""
    m = _LATE_ALREADY.search(phrase)
    if m is None:
        return phrase
    rest = re.sub(r"\s+already$", "", m.group())
    done = past_participle(m.group("verb"))
    if done and re.search(r"\bfor\s+(?:\w+\s+){1,2}(?:days?|weeks?|months?|years?)\b", rest):
        rest = rest.replace(f"{m.group('subject')} {m.group('verb')}",
                            f"{m.group('subject')} have {done}", 1)
    return _splice(phrase, [(m.start(), m.end(), rest)])


def mend_bare_after_preposition(phrase: str) -> str | None:
    """ "my experience with wood fire oven" -> "my experience with a wood fire oven";
    "calibration with client every Tuesday" -> "... with the client ..." (one known party)."""
    found = _bare_handled(phrase)
    if found is None:
        m = _BARE_PARTY.search(phrase)
        if m is None or m.group(1).lower() not in _counted_objects():
            return phrase
        return phrase[:m.start(1)] + "the " + phrase[m.start(1):]
    start = found[0]
    return phrase[:start] + indefinite(phrase[start:].split()[0]) + " " + phrase[start:]


# "calibration with client every Tuesday": a party to the work, bare after "with", is the
# one both sides know.
_BARE_PARTY = re.compile(r"\b(?:with|for|to|from)\s+(client|customer|supplier|vendor|"
                         r"contractor|consultant|regulator|auditor|insurer|landlord|tenant)"
                         r"(?=\s*(?:$|[,;.)]|\s(?:every|each|on|weekly|daily|monthly|"
                         r"directly|and)\b))")


def mend_bare_date(phrase: str) -> str | None:
    """ "passed October 2026" -> "passed in October 2026"."""
    for m in _BARE_DATE.finditer(phrase):
        if gr.is_past(m.group(1)) and m.group(1) not in _AUXILIARIES:
            return phrase[:m.end()] + "in " + phrase[m.end():]
    return phrase


_MENDS = ((agreement, mend_agreement), (bare_count_noun, mend_bare_count),
          (foreign_words, mend_foreign), (late_already, mend_late_already),
          (bare_after_preposition, mend_bare_after_preposition), (bare_date, mend_bare_date),
          (its_for_it_is, lambda phrase: _ITS.sub("it's ", phrase)))


def repair(phrase: str) -> str | None:
    """The phrase with every fault of `faults` mended, or None when one cannot be mended
    for sure (the caller leaves the phrase out and asks for it). A phrase with no fault
    comes back as it is."""
    for _ in range(8):
        for check, mend in _MENDS:
            if check(phrase):
                mended = mend(phrase)
                if mended is None or mended == phrase:
                    return None
                phrase = mended
                break
        else:
            return phrase
    return None


def mended(phrase: str) -> str:
    """The phrase repaired when it can be; else as it is, for `faults` to keep it out."""
    return repair(phrase) or phrase
