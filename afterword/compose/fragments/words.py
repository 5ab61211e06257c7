"""Word helpers the readings share: known words, numbers, plurals, verbs, lists, whose sentence."""

from __future__ import annotations

import re

from afterword.language import phrases as gr


def _rare(word: str) -> bool:
    """A word too rare to be an everyday word ("galway", "pasco"): likely a name."""
    from afterword.language.jotted import _spelling

    return bool(_spelling().zipf(word) < 400)


def _known(word: str) -> bool:
    from afterword.language.jotted import _spelling

    if _spelling().knows(word):
        return True
    if re.fullmatch(r"(?:\d+-)*(?:year|month|week|day)-olds?", word):
        return True  # "8-12-year-olds": an age, though no word list has "olds"
    parts = [p for p in re.split(r"[-']", word) if p and p not in {"s", "t", "d", "ll", "re"}]
    # A prefix before a hyphen ("pre-submission", "post-launch", "non-urgent") is English
    # though no word list has it alone.
    if "-" in word and parts and parts[0] in _PREFIXES:
        parts = parts[1:]
    if "-" not in word and "'" not in word:
        # "upselling", "rebooking", "overbooking": a particle or prefix written solid before
        # a known word of four letters or more.
        for prefix in _SOLID_PREFIXES:
            rest = word[len(prefix):]
            if word.startswith(prefix) and len(rest) >= 4 and _spelling().knows(rest):
                return True
    return bool(parts) and all(_spelling().knows(p) for p in parts)


_PREFIXES = frozenset("pre post non co anti multi semi sub inter intra mid self cross".split())


_SOLID_PREFIXES = ("up", "down", "out", "over", "under", "re", "pre", "back", "cross", "multi")


def _short(text: str, limit: int = 50) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def _brands(texts: list[str]) -> frozenset[str]:
    """Everyday words the record writes only with a capital, opening two fields or more and
    never in lower case ("Google reviews - 4.3", "Google reviews target 4.6"): a brand's
    name, not a capital that came first by chance ("Rota for 14 staff", once)."""
    opening: dict[str, int] = {}
    lower: set[str] = set()
    for text in texts:
        words = re.findall(r"[A-Za-z][\w'-]*", text or "")
        if words and words[0][:1].isupper() and words[0][1:].islower():
            opening[words[0]] = opening.get(words[0], 0) + 1
        lower |= {w for w in words if w.islower()}
    return frozenset(w for w, n in opening.items() if n >= 2 and w.lower() not in lower)


def _lower_ok(text: str) -> bool:
    """Whether the first letter may be lowered (not a name or an acronym)."""
    first = text.split()[0] if text.split() else ""
    return first[:1].isupper() and first[1:] == first[1:].lower() and first.lower() in {
        "the", "a", "an", "their", "our", "my", "his", "her", "staff", "holiday", "weekend",
        "working", "moving", "month-end", "advanced", "worked", "three", "two", "four", "five",
    }


_SMALL = dict(zip("0123456789", "zero one two three four five six seven eight nine".split(),
                  strict=True))


def _small_numbers(phrase: str) -> str:
    """A count under ten in a topic is written out ("all 4 buildings" -> "all four
    buildings", "1 source of truth" -> "one source of truth"); figures with units stay."""
    # "from 11 to 4": the two ends of a change are written alike, in digits; a count
    # elsewhere in the sentence is still a word ("... for six weeks").
    changes = [c.span() for c in re.finditer(
        r"\bfrom\s+(?:about\s+)?\$?\d[\d.,]*\S*(?:\s+\S+){0,3}?\s+to\s+(?:about\s+)?\$?\d[\d.,]*",
        phrase)]

    def spelled(m: re.Match[str]) -> str:
        if any(start <= m.start() < end for start, end in changes):
            return m.group(1)
        # After a noun the number is a label, not a count: "tier 1", "phase 2", "grade 3";
        # after a verb it counts: "trained 4 apprentices".
        before = re.findall(r"[A-Za-z]+", phrase[:m.start()])
        nxt = next((w for w in phrase[m.end():].split() if not w.isupper()), "").lower()
        if nxt in gr.PREPOSITIONS or nxt in {"and", "or", "percent", "points", "am", "pm"}:
            return m.group(1)
        if before and before[-1].casefold() not in _COUNT_LEADS | _COUNT_VERBS and not (
                gr.is_past(before[-1]) and not before[-1][:1].isupper()):
            return m.group(1)
        return _SMALL[m.group(1)]

    # "the 3 BU models": an acronym between the count and its noun counts too.
    return re.sub(r"(?<![\w$.,:/-])([0-9])(?=\s+(?:[A-Z]{2,5}\s+)?[a-z][a-z-]*\b)", spelled,
                  phrase)


# Words after which a number counts things ("all 4 buildings", "into 1 source of truth").
_COUNT_LEADS = frozenset(
    "all the my your our their his her its these those about around over under nearly "
    "almost only just to into of for with in on at across by from and or than another "
    "first last every each some after before within during past next including".split())


# Verbs in the present after which a number counts ("I would bring 9 years", "I have 3").
_COUNT_VERBS = frozenset("bring have has had spent hold manage lead run train supervise".split())


def _you_for_them(text: str) -> str:
    """In a note to the company, "their menu" is "your menu"; but after people named in the
    text ("show students their own drawings", "walk them through their chart") "their" is
    theirs."""
    if _third_parties(text):
        return text
    return re.sub(r"\btheir\b", "your", text)


def _someone_elses(sentence: str) -> bool:
    """ "My manager was furious": a sentence about another person, though it opens on "my"."""
    from afterword.language.lexicon import words

    m = re.match(r"(?:My|Our)\s+(?:\w+\s+)?(\w+)", sentence)
    if not m:
        return False
    nouns = {w.lower() for w in words("person_nouns")}
    said = [w.lower() for w in sentence.split()[1:3]]
    return any(w in nouns or w.removesuffix("s") in nouns for w in said)


def _third_parties(text: str) -> bool:
    """Whether "their" may refer to people the text names: "them", "they", or a person noun
    ("student", "patients", "the client") before it."""
    from afterword.language.lexicon import words

    nouns = {w.lower() for w in words("person_nouns")}
    # "started the CostX trial and their online training": a name before "their" (a
    # product, a body, a firm, not the one opening a sentence) may be its owner; the reader
    # cannot be assumed.
    before = re.split(r"(?i)\btheir\b", text)[0]
    if re.search(r"(?<![.!?:]\s)(?<!^)\b(?!I\b)[A-Z][\w&-]*[a-z][\w&-]*\b|"
                 r"(?<!^)\b[A-Z]{2,}[a-z]?\b", before.strip()):
        return True
    cut = text.lower().split("their")[0]
    for word in re.findall(r"[a-z]+", cut):
        if word in {"them", "they", "someone", "somebody", "everyone", "each"}:
            return True
        if word in nouns or word.removesuffix("s") in nouns or word.removesuffix("es") in nouns:
            return True
    return False


def _has_subject(piece: str) -> bool:
    """ "walkouts stopped ...", "password resets dropped by a third": a lower-case noun
    (of up to three words), then a past verb (not "AUD booked")."""
    words = piece.split()
    if len(words) < 2 or not words[0].islower() or gr.is_verb(words[0]):
        return False
    if gr.is_past(words[1]):
        return True
    # A longer subject is nouns only: never "plus the clinic had" (a joining word first).
    nouns = [w.lower() for w in words[:3]]
    if any(w in gr.DETERMINERS or w in gr.PREPOSITIONS or w in {"plus", "and", "also", "but",
                                                                 "so", "then", "or"}
           for w in nouns):
        return False
    for k in range(2, min(4, len(words))):
        if gr.is_past(words[k]):
            return all(w.islower() and not gr.is_past(w) for w in words[1:k])
    return False


def _imperative(word: str) -> bool:
    """A verb in its base form that opens advice ("lead", "call", "give"), not a past
    ("led"), a noun alone ("pilot") nor a form with an ending ("calls", "calling")."""
    lemmas = gr._lemmas(word)
    return bool(lemmas.get("VERB")) and lemmas["VERB"][0] == word and not gr.is_past(word) \
        and not word.endswith(("ing", "ed")) and word not in gr.DETERMINERS | gr.PREPOSITIONS


def _lemma(verb: str) -> str:
    """ "selected" -> "select", "ran" -> "run"."""
    return (gr._lemmas(verb.lower()).get("VERB") or (verb.lower(),))[0]


def _and_before_last(sentence: str) -> str:
    """ "I ran the campaign, closed 11 gifts" -> "I ran the campaign and closed 11 gifts": a
    series of things done takes "and" before its last."""
    parts = sentence.split(", ")
    if len(parts) < 2 or not re.match(r"I\s+\w+", parts[0]):
        return sentence
    rest = parts[1:]
    if any(p.split()[0].lower() in {"and", "but", "so", "then", "which", "who"} for p in rest
           if p.split()) or not all(p.split() and gr.is_past(p.split()[0]) for p in rest):
        return sentence
    if len(parts) == 2:
        return f"{parts[0]} and {parts[1]}"
    return ", ".join(parts[:-1]) + ", and " + parts[-1]


def _plural_noun(word: str) -> bool:
    """ "graduates", "runners": a plural noun; not "business", "class", "physics"."""
    w = word.lower()
    if w in {"people", "staff", "children", "men", "women", "kids", "folks"}:
        return True
    if not w.endswith("s") or w.endswith(("ss", "ics", "us")):
        return False
    lemmas = gr._lemmas(w)
    nouns = lemmas.get("NOUN") or ()
    if not lemmas:
        return _known(w[:-1])  # "payouts": a word the tables lack, plural of a known one
    return bool(nouns) and nouns[0] != w


def _series(items: list[str]) -> str:
    items = [i.removeprefix("and ") for i in items]
    if len(items) == 1:
        return items[0]
    joint = ", and " if " and " in items[-1] else " and "
    return ", ".join(items[:-1]) + joint + items[-1]


# Verbs that need their object: jotted "planned w/ tech records" after "ran 3 mini checks"
# planned those checks.
_NEEDS_OBJECT = frozenset("planned prepared organised organized scheduled built checked "
                          "tested reviewed coordinated booked staffed ran".split())


def _object_back(clause: str, before: str) -> str:
    """ "planned with tech records" after "ran three weekend mini checks" -> "planned them
    with tech records": a verb that needs an object, jotted with none, takes the thing the
    clause before named."""
    m = re.match(r"(\w+)\s+(?=(?:with|alongside)\b)", clause)
    if not m or m.group(1).lower() not in _NEEDS_OBJECT:
        return clause
    last = re.findall(r"[A-Za-z]+", before)[-1:]
    if not last or not ("NOUN" in gr._lemmas(last[0].lower()) or _plural_noun(last[0])):
        return clause  # the clause before ends on no thing ("... on time"): nothing to take
    pronoun = "them" if _plural_noun(last[0]) else "it"
    return f"{m.group(1)} {pronoun} {clause[m.end():]}"
