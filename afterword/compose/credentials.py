"""A degree or a credential jotted as a noun phrase, said as what follows "I".

"MSc Geography, Leeds 2020" or "MSc (Leeds 2020)" is a plain claim a coach writes out
("earned an MSc in Geography at Leeds in 2020"); asking the candidate to rewrite it is
noise. So is "retail management degree, Harlow College 2018" ("earned a degree in retail
management from Harlow College in 2018") and "Ohio food safety certificate 2023" ("earned
my Ohio food safety certificate in 2023"). The school is said as jotted: a town alone
("Leeds") takes "at", a named institution ("Harlow College") takes "from".
"""

from __future__ import annotations

import re
from functools import cache

from afterword.language.lexicon import words

_YEAR = r"(?:19|20)\d\d"
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")
_MONTHS = "|".join(m[:3] for m in _MONTH_NAMES)
# A field of study: one to four words, no figures ("Translation", "hotel management").
_WORD = r"(?!(?:from|at|in)\b)[A-Za-z&][\w&'-]*"
_FIELD = rf"{_WORD}(?:\s+{_WORD}){{0,3}}"
# Where it was earned: capitalised words ("Leeds", "Harlow College", "UW Milwaukee").
_PLACE = r"[A-Z][\w&'.-]*(?:\s+(?:[A-Z][\w&'.-]*|of|and|&))*"
_INSTITUTION = re.compile(r"\b(?:University|College|School|Institute|Academy|Polytechnic|"
                          r"Conservatory|Seminary|U of)\b")
# Words that say a degree or a credential is not held yet.
_UNFINISHED = re.compile(r"(?i)\b(?:left|to go|remaining|due|expected|ongoing|in progress|"
                         r"pending|finishing|finish|starting|started|doing|studying|until|by|"
                         r"modules?|candidate|student|part[- ]way|booked|exam|hopefully|"
                         r"\d(?:st|nd|rd|th)\s+y(?:ea)?r|y(?:ea)?r\s+\d)\b")
_CREDENTIAL = r"(?:endorsement|certificate|certification|licen[cs]e|diploma|qualification)"


@cache
def _degrees() -> str:
    """The degrees of `lexicons/degrees.tsv` as one alternation, longest first."""
    return "|".join(re.escape(d) for d in sorted(words("degrees"), key=lambda w: (-len(w), w)))


def earned(pieces: list[str], *, now: int | None = None) -> tuple[str, int] | None:
    """A degree or a dated credential from the first pieces of a jotted qualification, and
    how many pieces it takes: ["MA Translation", "Maastricht 2015"] -> ("earned an MA in
    Translation at Maastricht in 2015", 2). None when the first piece is neither, or when
    a year in it is after `now` (the interview's year)."""
    if not pieces or _UNFINISHED.search(" ".join(pieces)):
        return None  # "MSc ACP - 2 modules left": not earned yet, so never said as earned
    if now is not None and any(int(y) > now for y in re.findall(rf"\b({_YEAR})\b",
                                                              " ".join(pieces))):
        return None  # a year after the interview's: not earned yet
    first = pieces[0].strip()
    dated = re.fullmatch(rf"(?:my\s+)?((?:[A-Z][\w-]*\s+)?[\w -]{{0,40}}?{_CREDENTIAL}),?\s+"
                         rf"(?:in\s+)?({_YEAR})", first)
    if dated and not re.search(r"\d", dated.group(1)):
        # "Idaho local anesthesia endorsement 2024": held since that year.
        return f"earned my {dated.group(1)} in {dated.group(2)}", 1
    degree = re.fullmatch(rf"(?:an?\s+|my\s+)?({_degrees()})(?:\s+(?:in\s+)?({_FIELD}))?"
                          rf"(?:\s+(?:from|at)\s+({_PLACE}))?", first)
    field_degree = re.fullmatch(r"(?:an?\s+|my\s+)?([a-z][a-z&' -]{2,40}?)\s+degree", first)
    if degree:
        name = degree.group(1)
        article = "an" if name[0] in "AEFHILMNORSX" else "a"
        said = f"{article} {name}" + (f" in {degree.group(2)}" if degree.group(2) else "")
    elif field_degree and not re.search(r"\b(?:no|not|some|partial|unfinished)\b",
                                         field_degree.group(1)):
        said = f"a degree in {field_degree.group(1)}"
    elif (diploma := re.fullmatch(r"(?:an?\s+|my\s+)?([A-Za-z][\w&' -]{1,40}?)\s+diploma",
                                  first)) and len(pieces) > 1 and not re.search(
            r"\b(?:no|not|some|partial|unfinished)\b", diploma.group(1)):
        # "MLT diploma, Lakeshore College 2026": earned where and when the next piece says.
        name = diploma.group(1)
        said = f"{_article(name)} {name} diploma"
    else:
        return None
    where, used = _where(pieces[1]) if len(pieces) > 1 else (None, 1)
    if degree and degree.group(3):
        # "MUP from UW Milwaukee": where, in the same piece; a year may follow.
        school = degree.group(3)
        year, used = _where(pieces[1]) if len(pieces) > 1 and re.fullmatch(
            _YEAR, pieces[1].strip()) else ("", 1)
        where = f" {'from' if _INSTITUTION.search(school) else 'at'} {school}{year or ''}"
    if where is not None and used < len(pieces):
        # "U of T, defended 2023": the year it was finished, said after where.
        finished = re.fullmatch(rf"(?i)(?:defended|graduated|finished|completed|conferred|"
                                rf"awarded)\s+(?:in\s+)?((?:{_MONTHS})\w*\.?\s+)?({_YEAR})",
                                pieces[used].strip())
        if finished and not re.search(rf"\b{_YEAR}\b", where):
            month = finished.group(1).strip().rstrip(".").capitalize() if finished.group(1) \
                else ""
            month = next((m for m in _MONTH_NAMES if m.startswith(month[:3])), "") if month \
                else ""
            when = f"{month} {finished.group(2)}".strip()
            where, used = f"{where} in {when}", used + 1
    if where is None and (len(pieces) > 1 or not (degree and degree.group(2) or field_degree)):
        # "MSc" alone, or a degree followed by something that says neither where nor when
        # ("MSc Public Health, MSK"): no certain reading.
        return None
    return f"earned {said}{where or ''}", used


def _where(piece: str) -> tuple[str | None, int]:
    """ "Leeds 2020" -> " at Leeds in 2020", "Harlow College" -> " from Harlow College",
    "2019" -> " in 2019"; (None, 1) for a piece that says neither."""
    m = re.fullmatch(rf"(?:(?:from|at)\s+)?({_PLACE})?,?\s*(?:(?:in|class of)\s+)?({_YEAR})?",
                     piece.strip())
    if not m or not (m.group(1) or m.group(2)) or (
            m.group(1) and not m.group(2) and not _INSTITUTION.search(m.group(1))):
        return None, 1  # a capitalised word alone ("Python") is no place for sure
    place = ""
    if m.group(1):
        place = f" {'from' if _INSTITUTION.search(m.group(1)) else 'at'} {m.group(1)}"
    year = f" in {m.group(2)}" if m.group(2) else ""
    return place + year, 2


# A standing one is in since a year: "chartered since 2019", "Gas Safe registered since 2016".
_STATUS = r"(?:chartered|registered|licensed|certified|accredited|qualified|insured|bonded)"
# A credential held, as jotted, and as a note names it.
_HELD = {"card": "card", "cert": "certificate", "certificate": "certificate",
         "certification": "certification", "licence": "licence", "license": "license",
         "ticket": "ticket", "endorsement": "endorsement", "registration": "registration",
         "accreditation": "accreditation", "membership": "membership"}


_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December)")
_WHEN = rf"(?:{_MONTH}\s+)?{_YEAR}"
# A licence named by its class ("CDL-A", "Class 1", "Cat C+E", "HGV1"), jotted as "and"
# between two class letters once "+" is read ("Cat C and E").
_LICENCE_CODE = re.compile(rf"((?:CDL|HGV|LGV|PCV|Cat(?:egory)?|Class)(?:[- ]?[A-Z0-9]{{1,2}})?"
                           rf"(?:(?:\s+and\s+|\+)[A-Z0-9]{{1,2}})?)\s+since\s+({_WHEN})")


def held_since_when(head: str) -> str | None:
    """ "CDL-A since May 2026" -> "have held a CDL-A since May 2026"; "Cat C and E since
    January 2025" -> "have held a Cat C+E licence since January 2025": a licence named by
    its class, held since a month or a year."""
    m = _LICENCE_CODE.fullmatch(head.strip())
    if not m:
        return None
    name = re.sub(r"\s+and\s+", "+", m.group(1))
    if not name.upper().startswith(("CDL", "HGV", "LGV", "PCV")):
        name += " licence"  # "a Cat C+E", "a Class 1" say what they class
    article = "an" if re.match(r"[AEFHILMNORSX](?![a-z])", name) else "a"  # "an HGV1"
    return f"have held {article} {name} since {m.group(2)}"


def held_since(pieces: list[str]) -> tuple[str, int] | None:
    """A standing or a credential held since a year, from the first piece: "chartered since
    2019" -> "have been chartered since 2019" (never "chartered since 2019" after "I", which
    reads as something done once); "first aid cert since 2022" -> "have held my first aid
    certificate since 2022"."""
    if not pieces:
        return None
    first = pieces[0].strip()
    status = re.fullmatch(rf"(?i)((?:[\w-]+\s+){{0,3}}?){_STATUS_GROUP}\s+since\s+({_WHEN})", first)
    if status and not re.search(r"\d", status.group(1)):
        return f"have been {status.group(1)}{status.group(2).lower()} since {status.group(3)}", 1
    held = re.fullmatch(rf"(?:my\s+)?((?:[\w-]+\s+){{0,3}}?)({'|'.join(_HELD)})\s+since\s+"
                        rf"({_WHEN})", first, flags=re.IGNORECASE)
    if held and held.group(1).strip() and not re.search(r"\d", held.group(1)):
        noun = _HELD[held.group(2).lower()]
        return f"have held my {held.group(1)}{noun} since {held.group(3)}", 1
    return None


_STATUS_GROUP = f"({_STATUS})"


# A credential named by its kind, as jotted ("ServSafe manager cert", "ELL endorsement",
# "local anesthesia permit"), and the word a note uses for it.
_KINDS = {**_HELD, "permit": "permit", "credential": "credential", "cert": "certificate",
          "certs": "certificates", "certificates": "certificates", "licences": "licences",
          "licenses": "licenses", "endorsements": "endorsements", "permits": "permits"}
# An acronym, alone or with its number or level ("OSHA 30", "EPA 608 universal").
_ACRONYM = r"[A-Z][A-Z0-9&]{1,6}"
_PERSON_ENDINGS = re.compile(r"(?:ant|ist|er|or|nurse|analyst|worker|technician|assistant|"
                             r"professional|officer|planner|engineer|therapist|practitioner|"
                             r"paramedic|physician|pharmacist|hygienist)$")
_LICENCE_WORDS = re.compile(r"\b(?:licen[cs]e|certificate|permit|card)\b")


def _article(word: str) -> str:
    """ "a" or "an" by sound: "an ELL endorsement", "an RN", "a ServSafe certificate"."""
    if re.fullmatch(r"[A-Z]{2,}", word.split("-")[0]):
        return "an" if word[0] in "AEFHILMNORSX" else "a"
    return "an" if word[0].lower() in "aeiou" else "a"


def dated_title(piece: str, *, now: int | None = None) -> str | None:
    """A title or licence jotted by its acronym and a year ("CNA 2019", "RN 2021"): earned
    that year, said as a note writes it ("earned my CNA certification in 2019"), read by what
    the acronym lexicon says it stands for; None for an acronym it does not know, or a year
    after the interview's."""
    from afterword.language.acronyms import meaning

    m = re.fullmatch(rf"({_ACRONYM})\s*,?\s+(?:in\s+)?({_YEAR})", " ".join(piece.split()))
    if not m or (now is not None and int(m.group(2)) > now):
        return None
    meant = (meaning(m.group(1)) or "").lower()
    if not meant:
        return None
    if _LICENCE_WORDS.search(meant) or meant.startswith(("registered", "licensed")):
        noun = "licence"
    elif meant.startswith(("certified", "chartered")) or _PERSON_ENDINGS.search(meant):
        noun = "certification"
    else:
        return None
    return f"earned my {m.group(1)} {noun} in {m.group(2)}"


def bare(pieces: list[str]) -> tuple[str, int] | None:
    """A credential jotted bare, said as held: "Class B CDL" -> "hold a Class B CDL";
    "ServSafe manager cert" -> "hold a ServSafe manager certificate"; "OSHA 30" -> "hold OSHA
    30 certification"; "RN, BLS/ACLS" -> "am an RN, certified in BLS and ACLS" (an acronym
    is read by what the acronym lexicon says it stands for: a person's title, a licence);
    "forklift + reach truck certified" -> "am forklift and reach truck certified". An
    acronym the lexicon does not know, alone ("CKA"), is no sure credential: None.
    (clause, pieces used)."""
    from afterword.language.acronyms import meaning

    if not pieces:
        return None
    first = " ".join(pieces[0].split())
    if _UNFINISHED.search(first):
        return None  # "CCRN exam booked": not held yet
    kind = re.fullmatch(rf"(?:an?\s+|my\s+)?((?:[\w&/+-]+\s+){{0,4}}?[\w&/+-]+)\s+"
                        rf"({'|'.join(_KINDS)})", first, flags=re.IGNORECASE)
    if kind and not re.search(r"\b(?:19|20)\d\d\b", first) and \
            kind.group(1).split()[0].lower() not in {"no", "not", "some", "partial", "the"}:
        noun = _KINDS[kind.group(2).lower()]
        named = kind.group(1).replace("+", "and")
        plural = noun.endswith("s") or " and " in named
        if plural and not noun.endswith("s"):
            noun += "s"
        return (f"hold {named} {noun}" if plural else
                f"hold {_article(named)} {named} {noun}"), 1
    licence = re.fullmatch(rf"((?:Class\s+[A-Z]\s+)?)({_ACRONYM})", first)
    if licence and (meant := meaning(licence.group(2))) and _LICENCE_WORDS.search(meant):
        # "Class B CDL": a licence by its acronym
        return f"hold {_article(first)} {first}", 1
    trained = re.fullmatch(r"([a-z][a-z -]{1,40}?(?:\s+(?:and|\+)\s+[a-z][a-z -]{1,30}?))\s+"
                           r"(certified|licensed|trained)", first)
    if trained:
        # "forklift + reach truck certified": "hold forklift and reach truck certifications"
        # reads as held; "am forklift and reach truck certified" reads as a bare statement.
        fields = trained.group(1).replace("+", "and")
        held_as = {"certified": "certifications", "licensed": "licences"}.get(trained.group(2))
        return (f"hold {fields} {held_as}" if held_as else f"am trained on {fields}"), 1
    codes = re.fullmatch(rf"({_ACRONYM})\s+((?:[A-Z]\d{{1,2}})(?:(?:\s*,\s*|\s+|/)[A-Z]\d{{1,2}})+)",
                         first)
    if codes:
        # "ASE A1 A4 A5": the tests of a certification passed, by their codes.
        found = re.split(r"\s*,\s*|\s+|/", codes.group(2))
        return f"hold {codes.group(1)} certifications in {_series(found)}", 1
    numbered = re.fullmatch(rf"({_ACRONYM})\s+(?!(?:19|20)\d\d\b)(\d+[A-Za-z]?)((?:\s+[a-z]+)?)", first)
    if numbered:
        level = numbered.group(3).strip().capitalize()
        name = f"{numbered.group(1)} {numbered.group(2)}" + (f" {level}" if level else "")
        return f"hold {name} certification", 1
    # Acronyms in a row, one piece each or split by "/" ("RN, BLS/ACLS", "CPA", "LCSW").
    names: list[str] = []
    for piece in pieces:
        parts = [p.strip() for p in re.split(r"/|,|\s+and\s+|\s*\+\s*", piece) if p.strip()]
        if not parts or not all(re.fullmatch(_ACRONYM, p) for p in parts):
            break
        names += parts
    meanings = [meaning(n) or "" for n in names]
    if not names or not all(meanings):
        return None
    used = next(n for n in range(1, len(pieces) + 1)
                if sum(len(re.split(r"/|,|\s+and\s+|\s*\+\s*", p)) for p in pieces[:n])
                >= len(names))
    titles = [n for n, m in zip(names, meanings, strict=True) if _PERSON_ENDINGS.search(m)]
    rest = [n for n in names if n not in titles]
    if len(titles) == 1 and titles[0] == names[0]:
        # A licensed title is a licence held ("hold an RN licence"); any other, a credential
        # ("hold the CFA credential"): forms a reader (and the review) reads as held, where
        # "I am an RN" reads as a bare statement.
        title, meant = titles[0], meanings[0].lower()
        said = f"hold {_article(title)} {title} licence" if meant.startswith(
            ("registered", "licensed")) else f"hold the {title} credential"
        # "RN, BLS/ACLS": what follows a title is read as its certifications; alone
        # ("SQL, AWS") an acronym may be a skill, never said as certified.
        noun = "certifications" if len(rest) > 1 else "certification"
        return (f"{said}, with {_series(rest)} {noun}" if rest else said), used
    return None


def _series(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def held(piece: str) -> str | None:
    """One piece as a credential held (`bare`), or None: "OSHA 10" -> "hold OSHA 10
    certification"."""
    found = bare([piece])
    return found[0] if found else None


# "passed October 2026", "passed in nov 2026", "Oct 2026": when a credential named before it
# was passed.
_PASSED = re.compile(rf"(?i)(?:passed\s+(?:in\s+|on\s+)?)?((?:{_MONTHS})[a-z]*\.?)\s+({_YEAR})")


def passed_on(pieces: list[str], *, now: tuple[int, int] | None = None) -> tuple[str, int] | None:
    """A credential and the month it was passed, jotted as two pieces: ["CSMLS general
    certification", "passed October 2026"] -> "passed the CSMLS general certification exam
    in October 2026" (never "hold ... and passed October 2026", which a coach read as
    broken); ["ISTQB Foundation", "passed November 2026"] -> "passed the ISTQB Foundation
    in November 2026". None when the month is after `now` (year, month): not passed yet."""
    if len(pieces) < 2 or _UNFINISHED.search(pieces[0]):
        return None
    m = _PASSED.fullmatch(pieces[1].strip())
    name = re.sub(r"(?i)^(?:i\s+)?(?:hold|have|got)\s+", "", pieces[0].strip())
    name = re.sub(r"(?i)^(?:my|the|an?)\s+", "", name)
    # A credential's name holds its body's acronym ("CSMLS general ...", "ISTQB
    # Foundation"), so it is no phrase of work ("rota planning").
    if not m or not re.search(r"[A-Z]{2}", name) or len(name.split()) > 6 or \
            re.search(r"\d", name):
        return None
    month = next((n for n, full in enumerate(_MONTH_NAMES, 1)
                  if full.lower().startswith(m.group(1).lower().rstrip(".")[:3])), 0)
    if now is not None and (int(m.group(2)), month) > now:
        return None
    if re.search(r"(?i)\b(?:card|badge|ticket|permit|pass)$", name):
        # A card or a permit is held, not passed: what was passed is the test for it
        # (never "hold a CSCS card and passed March 2025").
        return f"passed the test for my {name} in {_MONTH_NAMES[month - 1]} {m.group(2)}", 2
    exam = " exam" if re.search(rf"(?i){_CREDENTIAL}$", name) else ""
    return f"passed the {name}{exam} in {_MONTH_NAMES[month - 1]} {m.group(2)}", 2


def passed_later(pieces: list[str], *, now: tuple[int, int]) -> bool:
    """Whether a piece says a credential was "passed" in a month after `now` (year, month):
    ["CPCS card", "passed sep 2026"] in June 2026 is not held yet."""
    for piece in pieces[1:]:
        m = _PASSED.fullmatch(piece.strip())
        if m and piece.strip().lower().startswith("passed"):
            month = next((n for n, full in enumerate(_MONTH_NAMES, 1)
                          if full.lower().startswith(m.group(1).lower().rstrip(".")[:3])), 0)
            if (int(m.group(2)), month) > now:
                return True
    return False


# "IV cannulation trained and signed off", "forklift certified": a skill one is cleared for.
_CLEARED = re.compile(r"(?i)((?:(?-i:[A-Z]{2,})\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)\s+"
                      r"((?:trained|certified|qualified|signed off|assessed|competent)"
                      r"(?:\s+and\s+(?:trained|certified|qualified|signed off|assessed|"
                      r"competent))?)")
# "about 60 done", "40+ performed": how many of it one has done.
_DONE_COUNT = re.compile(r"(?i)((?:about|over|more than|nearly|almost)\s+)?(\d[\d,]*)\+?\s+"
                         r"(?:done|performed|completed|carried out)")


def cleared_for(pieces: list[str]) -> tuple[str, int] | None:
    """A skill one is trained or signed off in, with how many done if the next piece says:
    ["IV cannulation trained and signed off", "about 60 done"] -> "am trained and signed off
    in IV cannulation and have done about 60". None for other pieces."""
    if not pieces:
        return None
    m = _CLEARED.fullmatch(pieces[0].strip())
    if not m or m.group(1).split()[0].lower() in {"i", "we", "not", "no", "being", "getting"}:
        return None
    if not re.search(r"trained|signed off|competent|assessed", m.group(2)):
        return None  # "forklift + reach truck certified": certifications held (`bare`)
    said = f"am {m.group(2)} in {m.group(1)}"
    count = _DONE_COUNT.fullmatch(pieces[1].strip()) if len(pieces) > 1 else None
    if count:
        return f"{said} and have done {count.group(1) or ''}{count.group(2)}", 2
    # Another piece after it ("3 yrs") would be joined as how long one was signed off; a
    # skill trained alone ("crane trained", "wound care trained, ~300 dressings") is read
    # by `_framed`, which keeps its own figures.
    return (said, 1) if len(pieces) == 1 and re.search(r"signed off| and ", m.group(2)) \
        else None
