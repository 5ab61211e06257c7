"""Words a note cannot be sure of: acronyms nobody explains, clippings, counting signs.

A candidate jots "JTBD interviews w/ BR cos", "SW on med-surg", "~6,800 OJT hrs", "2x
faster". Shorthand with one meaning is spelled out by `jotted.Reader.spell`; what is left
may be the candidate's private shorthand, which a note must not show and cannot guess. The
rule (`../shared/corpus/records/README.md`): acronyms of the reader's own trade may stay
(GD&T, SNF), the candidate's own (OJT, JE, SW PDM) do not. So an acronym in capitals is
sure only when it is widely known or a standing term of a trade (`lexicons/acronyms.tsv`),
when it stands in the record's names, company or role, when the record spells it out, or
when the words beside it make it a name, a credential or a course ("at UMD", "UMD grads",
"IBEW Local 46", "CKA certified", "the NIHSS course": `acronym_frames.tsv`). A word with
no vowel in lower case ("br", "sw") is a clipping; five capitals or more ("ANSYS", "NAVTA")
name a firm, a body or an exam; a count with "x", a "#" or a slash
between numbers that `counting.tsv` does not spell out is a sign a note cannot read for sure.

`unsure(phrase, reader)` lists such words; compose leaves the phrase out and asks the
candidate to write them out.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Protocol

from afterword.language.lexicon import rows, words


class Names(Protocol):
    """What `unsure` needs of a record's reader (`jotted.Reader`)."""

    name_words: frozenset[str]
    acronyms: dict[str, str]
    terms: frozenset[str]  # the reader's trade's acronyms and the candidate's written ones


# Two capitals or more, with digits or "&" between ("JTBD", "GD&T", "FY26"), and a plural
# "s" ("KPIs"). Mixed case ("PhD", "NetSuite", "SaaS") is a name's own casing, not shorthand.
# One joined to another word by a hyphen ("EQ-5D", "SMA-2", "Part-CAMO") is part of a name.
_CAPITALS = re.compile(
    r"(?<![\w&'\u2019.-])([A-Z][A-Z0-9&]*[A-Z][A-Z0-9&]*?)(s?)(?![\w&-]|\.\w)")
# Five capitals or more ("ANSYS", "NAVTA", "SARFAESI") name a firm, a body, an exam or a law;
# a candidate's private shorthand is shorter (JTBD, OJT, SW).
NAME_LENGTH = 5
# Roman numerals in a title ("Engineer II", "Analyst III").
_ROMAN = re.compile(r"[IVX]+")
# A word in lower case with no vowel ("br", "sw", "pts", "mgmt"): a clipping.
_VOWELLESS = re.compile(r"(?<![\w'\u2019&/-])([b-df-hj-np-tv-xz]{2,})(?![\w'\u2019&/-])")
_NO_VOWEL_WORDS = frozenset({"nth", "hmm", "shh", "psst", "tsk"})
# Units of measure, which a reader reads without a figure too ("deadhead km", "mph over the
# limit"): spelled out from their jotted plurals ("kms") by `shorthand.tsv`.
_UNITS = frozenset({"km", "kg", "mg", "ml", "mm", "cm", "mph", "kph", "kmh", "kwh", "ft",
                    "lb", "lbs"})
# Signs of counting that survive spelling out: "2x faster", "#2", "9/80", "1:1s".
_SIGNS = re.compile(
    r"(?<![\w.])\d+(?:\.\d+)?x(?![\w])|#\s*\w*|(?<![\w./])\d+/\d+(?![\w/])|\b\d+:\d+s\b"
)
# Numbers cited after a code or a rule's part are sections, not a count: "21 CFR 210/211",
# "Part 210/211", "ISO 9001/14001".
_CITATION = re.compile(r"(?:\b[A-Z]{2,}|\b(?:Part|Parts|Annex|Section|Sections|Rule|Rules|"
                       r"Series|Level|Levels))\s+$")
# A decimal multiple after a preposition is a ratio as a trade writes it ("DSCR from 1.18x
# to 1.31x", "leverage at 3.5x"), not a count jotted for "times" ("2x faster").
_RATIO = re.compile(r"(?i)\b(?:from|to|at|of|above|below|over|under)\s+\d+\.\d+x$")
_KEPT_SIGNS = "keep"  # the kind of `counting.tsv` rows written as they are ("24/7")


@cache
def known() -> frozenset[str]:
    """The acronyms of `lexicons/acronyms.tsv` and the degrees of `lexicons/degrees.tsv`
    ("BSN", "MPP": a degree is nobody's private shorthand), as written."""
    return frozenset(cells[0] for name in ("acronyms", "degrees") for cells in rows(name))


@cache
def _meanings() -> dict[str, str]:
    return {cells[0]: cells[1] for cells in rows("acronyms") if len(cells) > 1}


def meaning(acronym: str) -> str | None:
    """What a widely known acronym stands for (`acronyms.tsv`), or None when it is not one."""
    return _meanings().get(acronym)


@cache
def counting(kind: str) -> dict[str, str]:
    """The rows of `lexicons/counting.tsv` of one kind (sign, count, period, meeting):
    jotted -> written."""
    return {cells[0]: cells[1] for cells in rows("counting") if cells[2:3] == [kind]}


@cache
def _cased() -> frozenset[str]:
    """The forms of `casing.tsv`: names of schools, firms and tools as they are written
    (UMD, USC, SAP, "dbt")."""
    return words("casing")


def _cased_word(word: str) -> bool:
    """Whether `casing.tsv` holds the word as it is written ("dbt", "npm")."""
    return word in _cased()


@cache
def _frames() -> dict[str, frozenset[str]]:
    """`acronym_frames.tsv`: words beside which an acronym names a credential, a course, a
    standard or a school, by side ("after": "CKA certified", "the SQS labs"; "before":
    "passed NCLEX", "at UMD")."""
    out: dict[str, set[str]] = {"after": set(), "before": set()}
    for cells in rows("acronym_frames"):
        out[cells[1]].add(cells[0])
    return {side: frozenset(ws) for side, ws in out.items()}


def unsure(phrase: str, reader: Names | None = None) -> list[str]:
    """The words of a spelled-out phrase that a note cannot be sure of, in order."""
    out: list[str] = []
    for m in _CAPITALS.finditer(phrase):
        token, plural = m.group(1), m.group(2)
        if _sure_acronym(token, plural, phrase, m.start(), m.end(), reader):
            continue
        out.append(m.group())
    for m in _VOWELLESS.finditer(phrase):
        before = phrase[:m.start()].rstrip()
        if m.group(1) in _NO_VOWEL_WORDS or m.group(1) in _UNITS or re.search(r"\d$", before) or _cased_word(m.group(1)):
            continue  # "hmm"; "5 mm", "12 kg": a unit after its figure; "dbt", a tool's name
        if _named(phrase, m.start(), m.end()):
            continue  # "oracle wms": typed in lower case, part of a product's name
        out.append(m.group(1))
    out.extend(m.group().strip() for m in _SIGNS.finditer(phrase)
               if m.group().strip() not in counting(_KEPT_SIGNS)
               and not _CITATION.search(phrase[:m.start()])
               and not _RATIO.search(phrase[:m.end()]))
    return out


def _sure_acronym(token: str, plural: str, phrase: str, start: int, end: int,
                  reader: Names | None) -> bool:
    key = re.sub(r"(?<=[A-Z])\d+$", "", token)  # "FY26" is FY
    if len(re.sub(r"[^A-Z]", "", key)) >= NAME_LENGTH:
        return True
    if token in known() or key in known() or token + plural in known() or _ROMAN.fullmatch(token):
        return True
    if token in _cased() or (plural and token + plural in _cased()):
        return True
    if reader is not None and (token.lower() in reader.name_words
                               or token in reader.acronyms or token in reader.terms
                               or token + plural in reader.terms):
        return True
    return (_named(phrase, start, end) or _product(phrase, start, end)
            or _credential(phrase, start, end))


# A credential, an exam or a standard is named by its body's own letters, which the reader's
# trade knows: "NFPA 1001", "the CS1 exam", "sitting the TPC in feb", "Series 7", "CPAT
# passed", "WHS cert IV", "cleared CS1, CM1, CB1" (an Indian candidate's "cleared": a coach
# read "spell out 'CS1'" to an Appointed Actuary as needless). A private clipping ("JE",
# "OJT") is never written so.
_CREDENTIAL_AFTER = re.compile(
    r"(?i)^[\s-]*(?:\d|(?:[\w/&-]+\s+){0,1}(?:exams?|cert|certs|certified|certification|"
    r"certificate|licen[cs]e[ds]?|card|ticket|endorsement|rated|rating|accredited|"
    r"accreditation|registered|registration|passed|member|membership|level|part\s+\d|"
    r"modules?|standard|compliant)\b)")
_CREDENTIAL_BEFORE = re.compile(
    r"(?i)\b(?:passed|pass|sitting|sit|sat|hold|holds|held|earned|got|have|has|"
    r"registered\s+with|member\s+of|certified\s+by|accredited\s+by|licensed\s+by|"
    r"series)\s+(?:the\s+|my\s+|an?\s+)?"
    # "cleared CS1, CM1, CB1, CB2": the papers after the first, in the same list
    r"(?:[A-Z]{1,4}\d{1,3}[A-Z]?(?:\s*,\s*|\s+and\s+|\s*/\s*))*$")


_CLEARED = re.compile(r"(?i)\b(?:cleared|clear|clearing)\s+(?:[A-Z]{1,4}\d{1,3}[A-Z]?"
                      r"(?:\s*,\s*|\s+and\s+|\s*/\s*))*$")


def _credential(phrase: str, start: int, end: int) -> bool:
    if phrase[end:end + 1] == ")" and re.search(r"[A-Z0-9]\s*\($", phrase[:start]):
        return True  # "CB2 (IAI)": the body that sets the papers just named
    if re.search(r"\d", phrase[start:end]) and _CLEARED.search(phrase[max(0, start - 60):start]):
        return True  # "cleared CS1, CM1": papers by their codes ("cleared the FNOL backlog" is no exam)
    return bool(_CREDENTIAL_AFTER.match(phrase[end:end + 40])
                or _CREDENTIAL_BEFORE.search(phrase[max(0, start - 30):start]))


# Above this a word is an everyday one (`spelling.lexicon().zipf`: "hospital", "site").
_EVERYDAY_ZIPF = 490


def _product(phrase: str, start: int, end: int) -> bool:
    """Whether the acronym closes a product's name ("Adobe CC, Figma", "Oracle EBS", "Epic
    EHR"): it ends an item of the phrase, right after a capitalised word that can only be a
    name (no verb, adjective or adverb: "Led QBRs", "Weekly 1:1s" are not products). A
    private clipping follows a verb or stands alone ("did OJT", "~6,800 OJT hrs")."""
    from afterword.language.inflections import lemmas

    before = phrase[:start]
    m = re.search(r"(?:^|[\s(])([A-Z][a-z]{2,})\s+$", before)
    if not m or not re.match(r"\s*(?:[,;:)]|$|and\b|or\b)", phrase[end:]):
        return False
    from afterword.language.spelling import lexicon

    word = m.group(1).lower()
    # An everyday noun ("Hospital OJT", "Site JE") is no brand: only a rarer word or none.
    if lexicon().zipf(word) >= _EVERYDAY_ZIPF:
        return False
    return not set(lemmas(word)) & {"VERB", "AUX", "ADJ", "ADV", "ADP", "DET", "PRON", "NUM",
                                    "CCONJ"}


def _named(phrase: str, start: int, end: int) -> bool:
    """Whether the words around phrase[start:end] make it a name or a credential's."""
    before = re.findall(r"[\w'\u2019&.-]+", phrase[:start])
    after = re.findall(r"[\w'\u2019&.-]+", phrase[end:])
    prev = before[-1] if before else ""
    nxt = after[0] if after else ""
    # "CKA certified", "the NIHSS course", "MSW from Rutgers", "at UMD": a credential, a
    # course or a school the reader's trade names so, not a private clipping.
    frames = _frames()
    # A run of acronyms before the frame word is one name: "the AACN ECCO modules".
    following = next((w for w in after if not _CAPITALS.fullmatch(w)), "")
    if prev.lower() in frames["before"] or following.lower() in frames["after"]:
        return True
    # Beside a sure acronym it is part of a product's name: "SAP EWM", "AWS SQS".
    if any(w in known() or w in _cased() for w in (prev, nxt)):
        return True
    # Beside a capitalised word that is not the phrase's first, it is part of a name:
    # "IBEW Local 46", "UC Santa Cruz", "LA Superior Court".
    return any(_titled(w) for w in (nxt, prev if len(before) > 1 else ""))


def _titled(word: str) -> bool:
    return len(word) > 1 and word[0].isupper() and word[1:].islower() and word.isalpha()
