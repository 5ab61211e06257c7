"""Reading an answer jotted as a story: subjectless verb phrases told one after another.

A candidate answers a concern, or adds to an answer, in the shorthand of a to-do list:
"sat in on 6 hearings w/ my supervisor + did the agency's mock testimony training",
"passed FAR + REG, AUD booked may 14", "at mercy i led the audit, time to antibiotics went
from ~95 to 58 min". `fragments.Reading.sentences` turns each piece that reads as something
the candidate did into a clause after "I"; this module reads the pieces it cannot: one with
a subject of its own ("time to antibiotics went ..."), a thing booked for a date ("AUD
booked May 14"), and says which pieces are hopes ("licensed by end of yr hopefully") and
which words are spoken fillers ("basically"), from `lexicons/hedges.tsv`.
"""

from __future__ import annotations

import re
from functools import cache

from afterword.language import phrases as gr
from afterword.language.lexicon import rows

# Verbs of arranging a date: "AUD booked May 14", "the exam scheduled for nov 12".
_ARRANGED = ("booked", "scheduled", "set", "planned", "confirmed")
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November"
           "|December")
# Nouns a subject may open on without an article: uncountable, or a measure of time.
_BARE_SUBJECTS = frozenset(
    "time revenue traffic turnover attendance enrolment enrollment engagement retention "
    "morale spend cost costs sales shrink waste throughput output usage uptime downtime "
    "satisfaction participation feedback everything everyone nobody nothing".split())


@cache
def _hedges() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(hedge words, filler words) as two patterns, from `lexicons/hedges.tsv`."""
    by_kind: dict[str, list[str]] = {"hedge": [], "filler": []}
    for cells in rows("hedges"):
        word, kind = (cells + [""])[:2]
        if kind not in by_kind:
            raise ValueError(f"hedges.tsv: {word!r} has an unknown kind {kind!r}")
        by_kind[kind].append(word)

    def pattern(words: list[str]) -> re.Pattern[str]:
        alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        return re.compile(rf"(?i)(?<![\w'])(?:{alternatives})(?![\w'])")

    return pattern(by_kind["hedge"]), pattern(by_kind["filler"])


def hedged(raw: str) -> bool:
    """Whether a jotted piece is a hope, not a fact ("licensed by end of yr hopefully")."""
    return _hedges()[0].search(raw) is not None


def without_fillers(text: str) -> str:
    """A piece without its spoken fillers ("ran it basically like a product")."""
    return re.sub(r"\s{2,}", " ", _hedges()[1].sub("", text)).strip()


def arranged(piece: str) -> str | None:
    """ "AUD booked May 14" -> "AUD is booked for May 14"; "the exam scheduled for
    November 12" -> "the exam is scheduled for November 12". Only a named thing (an acronym
    or a capitalised name) or one with its article, and only for a date or a month."""
    m = re.match(rf"((?:the|my|our)\s+(?:[\w-]+\s+){{0,3}}?[\w-]+|[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)?"
                 rf"(?:\s+(?:exam|test|course|class|interview|review|renewal|audit))?"
                 rf"|[a-z][\w-]*(?:\s+[\w-]+){{0,2}})"
                 rf"\s+({'|'.join(_ARRANGED)})\s+(?:(for|on|in)\s+)?"
                 rf"((?:the\s+)?(?:{_MONTHS})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?"
                 rf"|(?:{_MONTHS})\s+\d{{1,2}}|\d{{1,2}}\s+(?:{_MONTHS}))$", piece.strip())
    if not m:
        return None
    thing, verb, prep, when = m.groups()
    words = thing.split()
    if words[0].islower() and words[0] not in {"the", "my", "our"}:
        # "road test booked may 20": a bare thing of the candidate's takes "the", when it is
        # nouns only ("passed the test" is something done, not a thing booked).
        if any(gr.is_verb(w) and "NOUN" not in gr._lemmas(w) and not w[:1].isdigit()
               for w in words):
            return None
        thing = f"the {thing}"
    if prep is None:
        prep = "for" if re.search(r"\d", when) else "in"
    thing = thing[0].upper() + thing[1:] if thing.split()[0].isupper() else thing
    if len(words) > 1 and words[0][:1].isupper() and words[-1].islower():
        thing = f"the {thing}"  # "AP exam scheduled June 2": "the AP exam is scheduled ..."
    plural = thing.split()[-1].endswith("s") and not thing.split()[-1].isupper()
    return f"{thing} {'are' if plural else 'is'} {verb} {prep} {when}"


def own_subject(piece: str) -> str | None:
    """A piece whose subject is not the candidate: "time to antibiotics went from about 95
    to 58 minutes", "6 people used it daily", "pilot kept 312 households housed". The clause
    as it can follow "and" (a bare singular noun takes "the"), or None when the piece does
    not open on a noun phrase followed by its verb in the past."""
    words = piece.strip().rstrip(".").split()
    if len(words) < 3 or not words[0][:1].islower() and not words[0][:1].isdigit() and \
            not words[0].isupper():
        return None
    first = words[0].lower()
    if first in {"i", "we", "he", "she", "they", "you", "it"} or first in gr.PREPOSITIONS or \
            (gr.is_verb(first) and not first[:1].isdigit()
             and not {"NOUN", "ADJ"} & set(gr._lemmas(first))):
        return None  # a verb first is something done; a preposition first is a setting
    for n in range(1, min(len(words), 6)):
        w = words[n].strip(",").lower()
        if w in {"was", "were", "is", "are"}:
            return None  # "super was mad at first": a state or an opinion, no outcome
        if gr.is_past(w) and w not in gr.PARTICIPLES:
            head = words[:n]
            if any(gr.is_verb(h.lower()) and gr.is_past(h.lower()) for h in head) or \
                    any(h.lower() in {"and", "or", "but", "so", "then"} for h in head) or \
                    any(h.lower() in gr.DETERMINERS for h in head[1:]) or \
                    not {"NOUN", "ADJ"} & set(gr._lemmas(head[0].lower())) and \
                    not head[0][:1].isdigit():
                return None  # "hit every set date": a verb and its object, not a subject
            clause = " ".join(words)
            if head[0].islower() and head[0] not in gr.DETERMINERS and \
                    head[0] not in _BARE_SUBJECTS and not _plural(head[0]) and \
                    "NOUN" in gr._lemmas(head[0]) and len(head) <= 3:
                clause = f"the {clause}"  # "pilot kept ..." -> "the pilot kept ..."
            return clause
    return None


def _plural(word: str) -> bool:
    nouns = gr._lemmas(word.lower()).get("NOUN") or ()
    return word.lower() in {"people", "staff", "children"} or (
        word.endswith("s") and bool(nouns) and nouns[0] != word.lower())


# A credential's standing, jotted: "BLS + ACLS current", "CDL medical card valid".
_STANDING = re.compile(r"^(?:my\s+)?((?:[A-Z][\w&-]*)(?:\s+(?:and|&)\s+[A-Z][\w&-]*)*"
                       r"(?:\s+(?:card|certification|cert|licen[cs]e))?)\s+"
                       r"(current|valid|up to date|active|renewed)$")
# A session of a credential's booked: "PALS class on the 14th", "NRP course in March".
_BOOKED = re.compile(r"^(?:my\s+|the\s+)?([A-Z][\w&-]*\s+(?:class|course|exam|test|renewal|"
                     r"skills day|check ride))\s+(on|in)\s+(the\s+(?:\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:st|nd|rd|th))|"
                     r"\S+(?:\s+\d{1,2})?)$")


def standing(piece: str) -> str | None:
    """ "BLS and ACLS current" -> "my BLS and ACLS are current"; "PALS class on the 14th" ->
    "my PALS class is on the 14th": a credential's standing or its next session, said
    with "my" (the clause a note writes after "and", or opens a sentence with). None for
    anything else."""
    piece = piece.strip().rstrip(".")
    held = _STANDING.match(piece)
    if held:
        things = held.group(1)
        verb = "are" if re.search(r"\s(?:and|&)\s", things) else "is"
        return f"my {things} {verb} {held.group(2)}"
    booked = _BOOKED.match(piece)
    if booked:
        return f"my {booked.group(1)} is {booked.group(2)} {booked.group(3)}"
    return None
