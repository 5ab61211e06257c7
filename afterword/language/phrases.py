"""Grammar for turning spelled-out pieces into phrases: verbs, gerunds, articles, persons.

lemminflect's tables (lemmas and inflections, bundled with the package: no download; read
through `inflections`, which caches them) say whether a word is a verb and give its "-ing"
form; the rest is a few rules for the shapes jotted pieces take.
"""

from __future__ import annotations

import re
from functools import cache

# Past-tense verbs a piece may start with, beyond the regular "-ed" ones.
DONE_VERBS = frozenset(
    "led built cut ran won grew made taught wrote drove brought began set shipped sold "
    "saved raised took gave found spoke met kept held rebuilt redesigned oversaw did got "
    "caught pulled went put became"
    .split()
)
# Nouns that need "the" when a jotted topic names one bare ("month-end close" -> "the
# month-end close"); a mass noun ("pricing", "storm duty") reads well without one.
COUNT_NOUNS = frozenset(
    "process program programme pilot launch close plan project housing menu counter "
    "standard walk yard course model system proposal migration rollout redesign audit "
    "budget schedule policy initiative apprenticeship entity board pipeline rotation "
    "checklist handbook dashboard report roadmap workflow stack-up stackup lineup "
    "interconnect huddle unit store shift backlog rotation protocol council garden "
    "list grant queue template curriculum ordinance residency lab contest module case study "
    "campaign contract window display route crew fleet tool app platform database feature "
    "release survey assessment exam set team rate timeline switch rewrite transition "
    "conversion merger overhaul upgrade expansion question flow funnel layout lesson demo "
    "rota roster tour visit walkthrough huddle round fair drive orientation syllabus elective "
    "rebrand"
    .split()
)
# Past participles a jotting uses as adjectives ("licensed by end of yr", "CSWP certified"):
# "I licensed" would be wrong.
PARTICIPLES = frozenset(
    "licensed certified booked scheduled based located qualified registered expected "
    "supposed hopefully "
    # Past participles that are never a past tense: "done by next week" is not "I done".
    "done gone seen taken given written known shown begun eaten spoken driven chosen broken "
    "fallen grown drawn flown thrown worn hidden ridden risen forgotten gotten".split()
)
# Words that follow a verb, not a noun: "takes too long", "runs very late".
CLAUSE_ADVERBS = frozenset("too very so more less way longer up down out over".split())
# Verbs a jotting uses in the passive without "was": "shortlisted for the awards".
PASSIVES = frozenset("shortlisted nominated featured selected named promoted hired elected "
                     "recruited invited awarded recognized recognised honored honoured "
                     "admitted sworn".split())
# Jobs: "4 yrs litigation paralegal" is "4 years as a litigation paralegal".
ROLES = ("paralegal|engineer|nurse|manager|teacher|analyst|accountant|designer|developer"
         "|apprentice|chef|cook|electrician|scientist|assistant|coordinator|specialist"
         "|technician|social worker|worker|clerk|officer|consultant|intern|lead|supervisor")
DETERMINERS = frozenset(
    "a an the my our your their his her its this that these those each every some any no "
    "one two three four five six seven eight nine ten".split()
)
PREPOSITIONS = frozenset(
    "for of on in with at to by from between versus about over under across into per "
    "during after before within without through".split()
)


@cache
def _lemmas(word: str) -> dict[str, tuple[str, ...]]:
    from afterword.language.inflections import lemmas

    found = lemmas(word)
    if not found and len(word) > 4 and word.isalpha() and word.islower() and \
            word.endswith("ed"):
        # A regular past the table lacks ("recosted"): read as a verb.
        return {"VERB": (word[:-2],)}
    return found


def is_verb(word: str) -> bool:
    """Whether a word can be a verb (any form)."""
    return "VERB" in _lemmas(word) or "AUX" in _lemmas(word)


def is_past(word: str) -> bool:
    """Whether a word reads as a past-tense verb ("cut", "ran", "came", "reconciled")."""
    w = word.lower()
    if w in DONE_VERBS:
        return True
    lemma = _lemmas(w).get("VERB") or (w,)
    return lemma[0] != w and not w.endswith(("s", "ing")) and w not in {"been", "being"}


def is_base_verb(word: str) -> bool:
    """A verb in its base form and nothing else ("reconcile", not "close" or "run")."""
    lemmas = _lemmas(word.lower())
    return set(lemmas) <= {"VERB"} and bool(lemmas) and lemmas["VERB"][0] == word.lower()


def is_finite(word: str) -> bool:
    """A word that makes a clause of a phrase: "takes", "is", "wants" (not "molded", which
    is as often an adjective: "injection molded parts")."""
    w = word.lower()
    if w in {"is", "are", "was", "were", "has", "have", "had", "does", "do", "did", "can",
             "will", "would", "should", "could", "don't", "doesn't", "can't", "won't",
             "isn't", "aren't", "wasn't"}:
        return True
    verb = _lemmas(w).get("VERB") or (w,)
    return verb[0] != w and w.endswith("s") and not w.endswith("ss")


def gerund(verb: str) -> str:
    """ "handle" -> "handling", "managed" -> "managing", "done" -> "doing"."""
    from afterword.language.inflections import gerund_of

    return gerund_of(_lemmas(verb.lower()).get("VERB", (verb.lower(),))[0])


def base_form(verb: str) -> str:
    """ "wants" -> "want", "was" -> "were" (for "you"); a past stays ("left")."""
    w = verb.lower()
    if w == "was":
        return "were"
    if w in {"is", "'s"}:
        return "are"
    lemma = _lemmas(w).get("VERB", (w,))[0]
    return lemma if w.endswith("s") and lemma != w else w


def add_articles(phrase: str, *, measured_first: bool = False) -> str:
    """ "tolerance stack-up on new diaphragm pump housing" -> "the tolerance stack-up on the
    new diaphragm pump housing": "the" before a bare count noun that heads a phrase."""
    words = phrase.split()
    out: list[str] = []
    start = 0
    # Each stretch up to a preposition is one noun phrase: its last word is its head.
    for i in range(len(words) + 1):
        if i == len(words) or words[i].lower() in PREPOSITIONS or words[i].lower() in {
                "and", "or"}:
            chunk = words[start:i]
            measured = _measured(chunk) if not (out and out[-1].lower() in DETERMINERS) else None
            # After a verb, a thing of a measured length is one of its kind: "did a 6-week
            # rotation"; elsewhere a counted thing is the one discussed: "the 8-week orientation".
            if measured and measured_first and start == 0:
                chunk = [measured, *chunk]
            elif _bare_count_phrase(chunk, first=start == 0, after=out[-1] if out else ""):
                chunk = ["the", *chunk]
            elif measured:
                chunk = [measured, *chunk]
            out.extend(chunk)
            if i < len(words):
                out.append(words[i])
            start = i + 1
    return " ".join(out)


def _measured(chunk: list[str]) -> str | None:
    """ "6-week float", "8-week float": one thing of a measured length takes "a" or "an"."""
    if len(chunk) < 2 or not re.fullmatch(r"\d+-(?:week|day|hour|month|year|minute|person|bed|"
                                          r"room|seat)", chunk[0].lower()):
        return None
    head = chunk[-1].lower().strip(",.:;")
    if head.endswith("s") or not head.isalpha() or "NOUN" not in _lemmas(head):
        return None
    number = chunk[0].split("-")[0]
    vowel = number.startswith("8") or number in {"11", "18"}
    return "an" if vowel else "a"


def _bare_count_phrase(chunk: list[str], *, first: bool, after: str) -> bool:
    if not chunk:
        return False
    head = chunk[-1].lower().strip(",.:;")
    lead = chunk[0]
    if head not in COUNT_NOUNS or any(w.lower() in DETERMINERS for w in chunk):
        return False
    if re.fullmatch(r"[\d.,%$]+", lead) or lead.endswith("'s") or (
            lead.lower().endswith("ing") and base_form(lead.lower()) != lead.lower()):
        return False
    if lead[:1].isupper() and not lead.isupper() and not first:
        return False  # a name: "at Dahl Plumbing Supply"
    return not (after and after.lower() in {"per"})


def second_person(phrase: str) -> str | None:
    """A remark about the reader, turned to them: "her goal of X" -> "your goal of X",
    "he wants X" -> "your aim of having X", "why she left X" -> "why you left X".
    None when it cannot be said to them in good grammar."""
    text = phrase.strip()
    m = re.match(r"(?i)(his|her|their)\s+(.*)$", text)
    if m:
        return f"your {m.group(2)}"
    text = re.sub(r"(?i)\b(he|she)['\u2019]d\b", r"\1 would", text)  # "what she'd change"
    m = re.match(r"(?i)(why|how|what|when)\s+(he|she)\s+(\S+)\s*(.*)$", text)
    if m:
        return f"{m.group(1).lower()} you {base_form(m.group(3))} {m.group(4)}".strip()
    # "she wants someone to take over the chess club", "he wants a lead who'll train people,
    # not just run calls": the reader is looking for a person; the contrast is dropped.
    m = re.match(r"(?i)(?:he|she)\s+wants\s+(someone|somebody|an?\s+[\w-]+(?:\s+[\w-]+)?)\s+"
                 r"(to|who(?:'ll|\s+will|\s+can|'s|\s+is)?)\s+(.+)$", text)
    if m:
        # "on the deck not in the trailer": a bare "not" before a place is the contrast too.
        rest = re.split(r",\s*|\s+(?:not just|rather than|instead of)\s+|\s+not\s+(?=(?:in|on|at|"
                        r"behind|by|from|with)\b)", m.group(3))[0]
        rest = re.sub(r"(?i)\b(?:actually|really|just|basically)\s+", "", rest)
        is_ = re.search(r"(?i)'s|\s+is$", m.group(2))
        link = ("who is" if is_ else "who will") if m.group(2).lower().startswith("who") \
            else "to"
        if m.group(1).lower() in {"someone", "somebody"} or link.startswith("who"):
            return f"finding {m.group(1)} {link} {rest}".strip()
    if re.match(r"(?i)(?:he|she)\s+wants\b", text) and (
            re.search(r"(?:^|\s)['\u2018\u201c\"]\w[^'\u2019\u201d\"]*['\u2019\u201d\"]", text)
            or re.search(r"(?i)\bto\s+(?:stop|quit|cease|avoid|no longer)\b", text)):
        # "he wants QA to stop 'finding stuff at the end'": a complaint, not a plan, and
        # his own casual words, which quoted back to him can read as mocking.
        return None
    m = re.match(r"(?i)(he|she)\s+wants\s+(\S+(?:\s+\S+){0,2}?)\s+to\s+(\S+)\s*(.*)$", text)
    if m and is_verb(m.group(3)):
        return f"your plan for {m.group(2)} to {m.group(3)} {m.group(4)}".strip()
    m = re.match(r"(?i)(he|she)\s+wants\s+(.+)$", text)
    if m:
        return f"your aim of having {m.group(2)}"
    # What the reader does, as the thing they do it to: "she runs the knee school on
    # Tuesdays" -> "the knee school you run on Tuesdays".
    m = _DOES_TO.match(text)
    if m and is_verb(m.group(1)) and base_form(m.group(1)) != m.group(1) and \
            m.group(1).lower() not in {"wants", "needs", "says", "thinks", "feels", "is", "has",
                                       "does", "seems", "likes", "hates", "knows"} and \
            not re.search(r"(?i)\b(?:he|she|his|her|him)\b", m.group(2) + m.group(3)) and \
            not has_clause_verb(m.group(2).split()):
        return f"the {m.group(2)} you {base_form(m.group(1))}{m.group(3)}"
    # A relative clause about the reader: "the overlay district he wrote" -> "the overlay
    # district you wrote", "the garden she runs" -> "the garden you run".
    m = re.match(r"(?i)((?:the|a|an|that)\s+(?:(?!he\b|she\b)\S+\s+){1,5})(he|she)\s+(\S+)(.*)$",
                 text)
    if m and not re.search(r"(?i)\b(?:he|she|his|her|him)\b", m.group(4)):
        verb = m.group(3)
        if is_past(verb):
            return f"{m.group(1)}you {verb}{m.group(4)}"
        if verb.endswith("s") and is_verb(verb) and base_form(verb) != verb:
            return f"{m.group(1)}you {base_form(verb)}{m.group(4)}"
    return None


# "she runs the knee school on Tuesdays": a verb, its object, then what follows a preposition.
_DOES_TO = re.compile(r"(?i)(?:he|she)\s+([a-z]+s)\s+(?:the|a|an)\s+((?:[\w'-]+\s+){0,3}?[\w'-]+)"
                      r"((?:\s+(?:" + "|".join(sorted(PREPOSITIONS - {"to"})) + r")\b.*)?)$")


def as_gerund_clause(text: str) -> str | None:
    """ "how I would handle a family" -> "handling a family"; None for other shapes."""
    m = re.match(r"(?i)how\s+(?:I'd|I would|I'll|I will|I)\s+(\S+)\s+(.*)$", text)
    if m and is_verb(m.group(1)):
        return f"{gerund(m.group(1))} {m.group(2)}"
    return None


def third_to_second(sentence: str) -> str | None:
    """A piece about the reader as a clause to them: "he was at Kettering" -> "you were at
    Kettering", "said he'd been exactly where I am" -> "you had been exactly where I am"."""
    m = re.match(r"(?i)said\s+(?:he|she)'d\s+(.*)$", sentence)
    if m:
        return f"you had {m.group(1)}"
    m = re.match(r"(?i)(?:he|she)\s+(\S+)\s*(.*)$", sentence)
    if m and is_verb(m.group(1)):
        return f"you {base_form(m.group(1))} {m.group(2)}".strip()
    return None


def add_articles_after_verb(rest: str) -> str:
    """The object of a jotted verb with its article: " close from 9 days" -> " the close
    from 9 days"."""
    return " " + add_articles(rest.strip(), measured_first=True) if rest.strip() else ""


def has_clause_verb(words: list[str]) -> bool:
    """Whether words after the first make a clause: "ECO process takes too long" does,
    "DFM for molded parts" and "the four-day week for cooks" do not (a plural noun that
    could be a verb counts only with words after it that are not a prepositional phrase)."""
    for n in range(1, len(words)):
        w = words[n].strip(",.;:").lower()
        if not is_finite(w):
            continue
        lemmas = _lemmas(w)
        if "NOUN" not in lemmas or w in {"is", "are", "was", "were", "has", "have", "had"}:
            return True
        after = words[n + 1].lower() if n + 1 < len(words) else ""
        before = words[n - 1].lower()
        # "ECO process takes too long", "she wants a tight menu"; not "14 accounts and ...".
        if after in DETERMINERS - {"one", "two", "three"} | CLAUSE_ADVERBS and \
                before not in DETERMINERS and not before[:1].isdigit():
            return True
    return False


def emphasis_word(word: str) -> bool:
    """Whether a word is the kind written in capitals for emphasis: an adjective or an
    adverb ("TINY", "WAY"), not a noun or a verb that may be a name ("LEAD program")."""
    lemmas = _lemmas(word)
    return bool({"ADJ", "ADV"} & set(lemmas))
