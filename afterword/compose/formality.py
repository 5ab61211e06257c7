"""How formally the record says a reader is to be addressed, from what the candidate jotted.

A candidate writes of the people they met as they would speak to them: "VS sir", "joshi ji",
"ma'am cruz", "engr bello", "capt rao", "oga bello", "mr voss". Such words of respect, and
what the candidate says of the person ("very strict", "old school", "v formal", "a 3 piece
suit"), call for a title and the family name ("Dear Mr Subramanian", "Dear Engr. Bello").
A casual record ("siobhan is deadly, v relaxed, said call me siobhan") keeps the first name,
whatever the reader's rank.

What is said of someone counts for them only where the jotting names them (given name,
family name, initials), or says "he"/"she" when exactly one reader is called so, or the
record has one reader; a remark about a third person ("mr natarajan the CEO") decides
nothing. The private notes are read for this too: they set the register, and are never
quoted.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

# Words of respect before a name, and the title a greeting gives for each: a rank or a
# profession's title is kept ("Engr.", "Captain"), a courtesy word becomes Mr/Ms by the
# reader's pronoun ("" here: decided by the pronoun, else the full name).
_BEFORE = {"mr": "Mr", "mister": "Mr", "mrs": "Mrs", "ms": "Ms", "miss": "Ms",
           "madam": "Ms", "mdm": "Ms", "ma'am": "Ms", "maam": "Ms", "sir": "",
           "oga": "", "engr": "Engr", "engineer": "Engr", "capt": "Captain",
           "captain": "Captain", "chief": "Chief", "dr": "Dr", "doc": "Dr", "prof": "Prof",
           "professor": "Prof", "principal": "Principal", "atty": "Atty"}
# Honorifics after a name: "joshi ji", "VS sir", "anjali ma'am", "tanaka san".
_AFTER = {"sir": "", "ji": "", "saab": "", "sahab": "", "san": "", "sensei": "",
          "ma'am": "Ms", "maam": "Ms", "madam": "Ms"}
# What the candidate says of a reader who expects formality: a word that also describes
# things ("strict deadlines", "formal training", "a serious incident") counts only after a
# degree or a verb ("very strict", "v formal", "is old school") or before a person's noun.
_DEGREE = r"(?:very|v|quite|so|super|really|pretty|a bit|bit|kinda|kind of|is|was|are|he's|she's|more)"
_PERSON = r"(?:type|guy|man|woman|lady|gentleman|person|boss|bloke|chap|sort|fella)"
_DESCRIBED = r"(?:strict|formal|serious|proper|traditional|conservative|old[- ]school|old[- ]fashioned)"
_FORMAL = re.compile(
    rf"\b{_DEGREE}\s+{_DESCRIBED}\b|\b{_DESCRIBED}\s+{_PERSON}\b|"
    r"\b(?:old[- ]school|old[- ]fashioned|no[- ]nonsense|by the book|(?:3|three)[- ]piece suit|"
    r"calls everyone by (?:their )?(?:sur|last )?names?|no jokes?)\b")
# ... and of one who does not, or the candidate's own casual words about them.
_CASUAL = re.compile(
    rf"\b{_DEGREE}\s+(?:chill|relaxed|laid[- ]back|casual|informal|easy[- ]going|sound|deadly|"
    r"grand|sound)\b|\b(?:laid[- ]back|easy[- ]going|deadly|a legend|call (?:me|him|her) [a-z]+|"
    r"first names?|first[- ]name terms|banter)\b|\bgrand\s+(?:chat|craic|fella|lad|man|woman)\b")
_NOT = re.compile(r"\b(?:not|no|never|isn't|wasn't|isnt|wasnt|nothing)\s+(?:\w+\s+)?$")
_HE = re.compile(r"\b(?:he|him|his|he's|he'd)\b")
_SHE = re.compile(r"\b(?:she|her|hers|she's|she'd)\b")


@dataclass(frozen=True)
class Reader:
    """What the formality reading needs of a reader."""

    names: Sequence[str]  # given names then family name, titles removed
    family: str | None
    pronoun: str | None  # "Mr" / "Ms" from the record's he/she about them, else None
    own: Sequence[str] = ()  # their own fields (topics, rapport): about them


@dataclass(frozen=True)
class Register:
    title: str | None = None  # the title the jottings give them ("Mr", "Engr", "Captain")
    formal: bool = False  # words of respect or descriptions call for title + family name
    casual: bool = False  # the record is on first-name terms with them


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _tokens(reader: Reader) -> list[str]:
    """The words the jottings may call a reader by: each name, and the initials of two or
    more ("VS" for Venkataraman Subramanian)."""
    names = [fold(n) for n in reader.names if n]
    out = [n for n in names if len(n) > 1]
    if len(names) >= 2:
        out.append("".join(n[0] for n in names))
    return out


def _clauses(text: str) -> list[str]:
    return [c.strip() for c in re.split(r"[.;!?\n]+|\s+-+>?\s+|\s+->\s+", fold(text)) if c.strip()]


def registers(readers: Sequence[Reader], jotted: str) -> list[Register]:
    """Each reader's register from the record's jottings (`jotted`: every jotted field and
    the private notes) and their own fields."""
    tokens = [_tokens(r) for r in readers]
    # A name two readers share ("mr voss" with a Voss and a Voss-Kerrigan is Voss: whole
    # words only) is nobody's.
    counts: dict[str, int] = {}
    for ts in tokens:
        for t in set(ts):
            counts[t] = counts.get(t, 0) + 1
    own_tokens = [[t for t in ts if counts[t] == 1] for ts in tokens]
    pronouns = [r.pronoun for r in readers]
    out = []
    for n, reader in enumerate(readers):
        names = own_tokens[n]
        title = _title(names, jotted) if names else None
        formal = casual = False
        clauses = [c for text in (jotted, *reader.own) for c in _clauses(text)]
        own = {c for text in reader.own for c in _clauses(text)}
        nick = _nickname(reader, jotted)
        for clause in clauses:
            if not _about(clause, n, own_tokens, pronouns, len(readers), clause in own) \
                    and not (nick and re.search(rf"\b{nick}\b", clause)):
                continue
            if nick and re.search(rf"\b{nick}\b", clause):
                casual = True  # "gus is old school": a nickname is first-name terms
            for m in _FORMAL.finditer(clause):
                if _NOT.search(clause[:m.start()]) and not m.group().startswith("no"):
                    casual = True
                else:
                    formal = True
            for m in _CASUAL.finditer(clause):
                if _NOT.search(clause[:m.start()]):
                    formal = True
                else:
                    casual = True
        if title is not None:
            formal = True
        out.append(Register(title=title or None, formal=formal and not (casual and title is None),
                            casual=casual and title is None))
    return out


def _nickname(reader: Reader, jotted: str) -> str | None:
    """A short form of the reader's given name the jottings call them by, as the subject
    of a remark ("gus is old school" for Angus, "cris said" for Cristina)."""
    if not reader.names:
        return None
    given = fold(reader.names[0])
    folded = fold(jotted)
    for m in re.finditer(r"(?<![\w'-])([a-z]{3,})(?:'s)?\s+(?:is|was|said|says|wants|seems|asked|told)\b",
                         folded):
        word = m.group(1)
        if word != given and len(word) <= len(given) - 2 and (
                given.startswith(word) or given.endswith(word)):
            return word
    return None


def _title(names: list[str], jotted: str) -> str | None:
    """The title the jottings write before or after this reader's name ("" for a word of
    respect that gives no title of its own); None when there is none, or two disagree."""
    folded = fold(jotted)
    alt = "|".join(re.escape(t) for t in sorted(names, key=len, reverse=True))
    before = "|".join(re.escape(w) for w in sorted(_BEFORE, key=len, reverse=True))
    after = "|".join(re.escape(w) for w in sorted(_AFTER, key=len, reverse=True))
    found: set[str] = set()
    for m in re.finditer(rf"(?<![\w'])({before})\.?\s+(?:{alt})(?![\w'-])", folded):
        found.add(_BEFORE[m.group(1)])
    for m in re.finditer(rf"(?<![\w'-])(?:{alt})(?:\s+|-)({after})(?![\w'])", folded):
        found.add(_AFTER[m.group(1)])
    if not found:
        return None
    titled = found - {""}
    if len(titled) > 1:
        # "mr joshi and ms joshi": the jottings disagree on the courtesy title; a rank with
        # a courtesy title ("engr bello", "mr bello") keeps the rank.
        ranks = titled - {"Mr", "Mrs", "Ms"}
        return ranks.pop() if len(ranks) == 1 else None
    return titled.pop() if titled else ""


def _about(clause: str, n: int, tokens: list[list[str]], pronouns: list[str | None],
           count: int, own: bool) -> bool:
    """Whether a clause of the jottings speaks of reader `n`."""
    named = [k for k, ts in enumerate(tokens)
             if any(re.search(rf"(?<![\w'-]){re.escape(t)}(?![\w'-])", clause) for t in ts)]
    if named:
        return named == [n]
    if own or count == 1:
        return True
    said = "Mr" if _HE.search(clause) else "Ms" if _SHE.search(clause) else None
    if said is None or _HE.search(clause) and _SHE.search(clause):
        return False
    return pronouns[n] == said and pronouns.count(said) == 1


# Words of enthusiasm a reader greeted by title and family name (a strict actuary, a
# funeral home's owner, a ship's captain) reads as too familiar.
_EFFUSIVE = re.compile(r"\b(?:excited|love to|delighted|keener|thrilled)\b")


def sober(bank: tuple[str, ...], formal: bool) -> tuple[str, ...]:
    """`bank` without its effusive wordings for a reader addressed formally; the whole bank
    when that would leave none."""
    if not formal:
        return bank
    kept = tuple(t for t in bank if not _EFFUSIVE.search(t))
    return kept or bank
