"""Rapport that is a connection rather than a shared fact: something the reader did that
touches the candidate's own life ("he used to work with my old supervisor at the fernhill
depot", "turns out he grew up two streets from me", "she went to my high school"), a shared interest ("we bonded over the
Mariners"), or what the reader did too ("she also did a career change from teaching").

Each is said as one sentence to the reader, in a frame chosen from a bank (see
phrasing.RAPPORT_LINK and RAPPORT_COMPARE), or None when the line does not read as such a
connection. What must stay out (mishaps, reactions in the interview, a family member or
something of theirs, opinions about people) is refused here too; the caller has already kept
out private life and banter."""

from __future__ import annotations

import re
import zlib

from afterword.compose import phrasing as ph
from afterword.language import phrases as gr

# "turns out", "found out": how a jotting introduces the news, not part of it.
_LEAD = re.compile(r"(?i)^(?:(?:it\s+)?turns?\s+out|turned\s+out|found\s+out|funny enough|"
                   r"small world)[,:\s-]*(?:that\s+)?")
# Verbs of what the reader did in the interview itself, or said of someone: a reaction, a
# mishap or an opinion, never a connection ("she laughed at my terrible Polish").
_NOT_A_LINK = frozenset("""
laughed smiled joked teased said asked noticed saw spotted heard commented complimented
mentioned liked loved hated thought seemed looked sounded interrupted spilled dropped forgot
missed kept made corrected fixed reminded told called cut mocked praised criticized
criticised judged rolled sighed yawned frowned dialled dialed joined logged froze lagged
""".split())

# What the reader did that links them to something of mine: knowing, working, living,
# studying, teaching, running a place (a verb outside these, "mispronounced my name", "went
# easy on my typo", is a moment of the interview or a judgment, and is left out).
_LINKING = frozenset(
    "know grow go work use teach study train coach live play volunteer intern manage run hire "
    "roast brew cook bake sit attend remember recognise recognize speak build start found own "
    "mentor lead supervise move come serve apprentice clerk visit stay graduate belong do "
    "follow read publish write design nurse shop".split())
# A mishap in the interview, whatever the verb ("was on my screen share by accident").
_MISHAP = re.compile(r"(?i)\b(?:by accident|accidentally|by mistake|oops|awkward\w*|late|mute[d]?|"
                     r"froze|frozen|lag\w*|wi-?fi|camera|mic|audio|screen ?share|spill\w*|"
                     r"typo\w*|mispronounc\w*|forgot|wrong)\b")


def _base(verb: str) -> str:
    """The verb's lemma ("knew" -> "know", "knows" -> "know")."""
    from afterword.language.inflections import lemmas

    found = lemmas(verb.lower()).get("VERB")
    return found[0] if found else gr.base_form(verb.lower())


# A member of the family stays out, as the person in common ("knew my uncle") and as the
# owner of a place ("knew my grandpas shop"): the project's decision is that a family
# connection is left out of every note and asked about (fragments/rapport.py).
_FAMILY = (r"(?:grand(?:pa|ma|dad|mother|father|parent)s?|nans?|nanas?|uncles?|aunts?|aunties?|"
           r"cousins?|brothers?|sisters?|siblings?|in-laws?|stepdad|stepmom|godfather|godmother)")
_FAMILY_PERSON = re.compile(rf"(?i)\b{_FAMILY}(?:['\u2019]?s)?\b")
_FORMER = re.compile(r"(?i)\bmy\s+old\s+(boss|supervisor|manager|foreman|forewoman|team\s*lead|lead|employer|"
                     r"company|firm|team|job|workplace|colleague|coworker|co-worker|mentor|"
                     r"teacher|professor|coach)\b")
_NOT_NAMED = frozenset("the a an my your our home school work night nights church".split())
_FIRST_PERSON = re.compile(r"\b(?:my|me|mine|I)\b")
_BONDED = re.compile(r"(?i)^(?:we\s+)?(?:bonded|nerded\s+out|geeked\s+out|connected)\s+"
                     r"(?:over|about|on)\s+(.+)$")


# What the reader did to the candidate in the interview that is no kindness to thank for.
NOT_THANKED = frozenset({"reminded", "teased", "roasted", "mocked", "corrected", "interrupted",
                         "told", "asked", "grilled", "quizzed", "warned", "interviewed"})


# "said he was a nightmare": a judgment of someone, which no line of the note may carry.
_OPINION = re.compile(r"(?i)\b(?:said|says|thinks|thought|called)\s+(?:that\s+)?(?:he|she|they|"
                      r"him|her|them)(?:'s|\s+(?:is|was|were|are|a|an))\b")


def judges_someone(text: str) -> bool:
    """Whether the rapport line passes on an opinion of a person."""
    return bool(_OPINION.search(text))


def unled(piece: str) -> str:
    """The piece without how the jotting introduces it ("turns out we lived ...")."""
    return _LEAD.sub("", piece.strip().rstrip(".!")).strip() or piece


def plural_role(clause: str) -> str:
    """ "we both used to be a welder" reads as one welder: "used to be welders"."""
    return re.sub(r"(?i)\b(be|as)\s+an?\s+((?:[\w-]+\s+)?)([a-z-]+)$",
                  lambda x: f"{x.group(1)} {x.group(2)}{gr_plural(x.group(3))}", clause)


def gr_plural(noun: str) -> str:
    from afterword.language import determiners

    return determiners.plurals(noun)[0]


# "we talk 5 min in arabic about it": the time and the tense as jotted, the language shared.
_SPOKE = re.compile(r"(?i)^(?:we\s+)?(?:switched(?:\s+over)?\s+(?:in)?to|did\s+(?:a\s+bit|part)\s+"
                    r"(?:of\s+it\s+)?in|(?:spoke|speak|chatted|chat|talked|talk)\s+(?:for\s+)?"
                    r"(?:(?:a\s+)?(?:few|couple|\d+)\s+(?:of\s+)?(?:min\w*|mins)\s+|a\s+bit\s+)?in)"
                    r"\s+([a-z]+)\b")


def spoken(piece: str) -> str | None:
    """ "we switched to tagalog for a bit": a language we share, said as the pleasure of
    speaking it ("I enjoyed speaking Tagalog with you"), not as a moment of the interview."""
    from afterword.language.lexicon import words

    m = _SPOKE.match(unled(piece))
    known = {w.lower(): w for w in words("languages")}
    if not m or m.group(1).lower() not in known or m.group(1).lower() == "english":
        return None
    return _framed(ph.RAPPORT_SPOKE, known[m.group(1).lower()])


def link(piece: str) -> str | None:
    """The piece as a rapport sentence to the reader, or None."""
    piece = unled(piece)
    if _MISHAP.search(piece):
        return None  # "she also spilled her coffee", "bonded over my camera dying"
    m = _BONDED.match(piece)
    if m:
        return _framed(ph.RAPPORT_COMPARE, _object(m.group(1)))
    clause = _same(piece) or _also(piece)
    if clause:
        return ph.RAPPORT_FOUND[0].format(clause=clause)  # the panel's notes rotate from it
    clause = _yours(piece)
    return _framed(ph.RAPPORT_LINK, clause) if clause else None


def _framed(bank: tuple[str, ...], clause: str | None) -> str | None:
    """The clause in one frame of its bank, chosen by the clause itself so the notes of
    different interviews do not all read alike (the panel's notes rotate from it)."""
    if not clause:
        return None
    return bank[zlib.crc32(clause.encode()) % len(bank)].format(clause=clause)


def _object(text: str) -> str | None:
    """What was bonded over: a short noun phrase ("the Mariners", "sourdough starters")."""
    text = re.split(r"\s*(?:[,;(]|\s-\s|\bfor\s+(?:like\s+)?\d)", text)[0].strip()
    # "our love of hiking": what we compared notes on is hiking.
    text = re.sub(r"(?i)^(?:our|a)\s+(?:shared\s+|mutual\s+|common\s+)?(?:love|passion|"
                  r"obsession|interest|soft spot)\s+(?:of|for|in)\s+", "", text)
    words = text.split()
    if not 1 <= len(words) <= 6 or _FIRST_PERSON.search(text) or re.search(
            r"(?i)\b(?:her|his|him|she|he)\b", text):
        return None
    return text


def _same(piece: str) -> str | None:
    """ "he worked at the same hospital as me": we both worked at the same hospital."""
    m = re.match(r"(?i)(?:he|she)\s+(\S+)\s+(.*\bthe\s+same\s+.+?)\s+as\s+(?:me|mine|I\s+did)"
                 r"\b(.*)$", piece)
    if not m or not gr.is_past(m.group(1)) or m.group(1).lower() in {"was", "had", *_NOT_A_LINK}:
        return None
    rest = m.group(2)  # what follows ("in 2019", "diff yrs") says what differs: left out
    if re.search(r"(?i)\b(?:her|his|him|me|my)\b|\d", rest):
        return None
    return f"we both {m.group(1).lower()} {rest}"


def _also(piece: str) -> str | None:
    """ "she also did a career change from teaching": the reader did it too, so we both did
    ("made a career change": a change is made)."""
    # The subject may be left out ("also trained at ferrandi!").
    m = re.match(r"(?i)(?:(?:he|she)\s+)?also\s+(\S+)\s+(.+)$", piece)
    if not m or not gr.is_past(m.group(1)) or m.group(1).lower() in {"was", "had", *_NOT_A_LINK}:
        return None
    verb, rest = m.group(1).lower(), m.group(2)
    # "did her apprenticeship at energex": each did their own, so "did our apprenticeship".
    rest = _OUR_TRAINING.sub("our", rest)
    if _FIRST_PERSON.search(rest) or re.search(r"(?i)\b(?:her|his|him)\b|\d", rest):
        return None
    if verb == "did" and re.match(r"(?i)an?\s+(?:\w+\s+)?(?:change|switch|move)\b", rest):
        verb = "made"
    rest = re.split(r",\s+", rest)[0]
    return plural_role(f"we both {verb} {rest}")


_OUR_TRAINING = re.compile(r"(?i)^(?:her|his)(?=\s+(?:apprenticeship|training|residency|internship|"
                           r"practicum|placement|rotation|fellowship|articles|pupillage|"
                           r"traineeship|national\s+service|basic\s+training|degree|masters?|"
                           r"phd|diploma)\b)")


def _yours(piece: str) -> str | None:
    """ "used to work w my old boss at kessler tool" -> "you used to work with my former boss
    at Kessler Tool": what the reader did (the subject may be left out) that touches
    something of mine."""
    m = re.match(r"(?i)^(?:(?:he|she)\s+)?(.+)$", piece)
    body = m.group(1) if m else piece
    subject = piece[:len(piece) - len(body)].strip()
    words = body.split()
    if len(words) < 3 or len(words) > 18:
        return None
    first = words[0].lower()
    # "he was my TA at purdue", "shes from the next town over from me".
    be = re.match(r"(?i)^(?:(?:he|she)(?:'s|\u2019s|s|\s+is|\s+was))\s+((?:from|in|at|my|on\s+my\s+"
                  r"(?:team|crew|shift|board|committee|course|cohort|unit|ward|floor))\s.+)$", piece)
    if _MISHAP.search(piece):
        return None
    present = gr.base_form(first) if first.endswith("s") and gr.is_verb(first) and \
        gr.base_form(first) != first and not gr.is_past(first) else None
    if be:
        verb = "were" if re.search(r"(?i)\swas\s", piece) else "are"
        rest = be.group(1)
    elif first == "used" and words[1:2] == ["to"] and len(words) > 3:
        verb, rest = "used to", " ".join(words[2:])
    elif gr.is_past(first) and first not in {"was", "were", "had", "did", *_NOT_A_LINK} and \
            _base(first) in _LINKING:
        verb, rest = first, " ".join(words[1:])
    elif present and first not in {"was", "is", "has", "does"} and _base(present) in _LINKING:
        verb, rest = present, " ".join(words[1:])  # "knows my mentor": "you know my mentor"
    elif first == "did" and subject and re.match(r"(?i)(?:her|his)\s", " ".join(words[1:])):
        verb, rest = "did", " ".join(words[1:])  # "she did her dissertation at ..."
    else:
        return None
    if not be and not subject and not present and not gr.is_past(first) and first != "used":
        return None
    if not _FIRST_PERSON.search(rest) or _FAMILY_PERSON.search(rest):
        return None
    rest = re.split(r",\s+|\s+-\s+", rest)[0]
    rest = re.sub(r"(?i)(?<!\S)w/?(?=\s)", "with", rest)  # "worked w my old manager"
    rest = re.sub(r"(?i),?\s+(?:too|as well)$", "", rest)  # "interviewed me at my last job too"
    rest = re.sub(r"(?i)\b(her|his)\b", "your", rest)
    rest = re.sub(r"(?i)\bhim\b", "you", rest)
    rest = _FORMER.sub(lambda x: f"my former {x.group(1).lower()}", rest)
    rest = re.sub(r"\bi\b", "I", rest)
    # "the clinic I volunteered at in 2021": "where I volunteered in 2021".
    rest = re.sub(r"\b(I\s+(?:used\s+to\s+)?\w+)\s+(?:at|in)(?=\s+in\s+\S+$|$)", r"where \1",
                  rest)
    rest = re.sub(r"(?<=\S) (?:that |which )?where I", " where I", rest)
    # "my old boss at kessler tool": an employer named without an article is a name.
    rest = re.sub(r"(?<=\bat )([A-Za-z][\w&'-]*(?:\s+[a-z][\w&'-]*){0,2})$",
                  lambda x: x.group(1) if x.group(1).split()[0] in _NOT_NAMED else
                  " ".join(w[:1].upper() + w[1:] for w in x.group(1).split()), rest) if re.search(
                      r"(?i)\b(?:boss|supervisor|manager|lead|colleague|coworker|co-worker|"
                      r"mentor|worked|work|hired|ran|managed|led|interned|trained|taught|replacement)"
                      r"\s+at\s+[a-z]", rest) else rest
    return f"you {verb} {rest}".strip()

