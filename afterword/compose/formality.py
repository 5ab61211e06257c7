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
from typing import TYPE_CHECKING

from afterword.language.jotted import fold as _fold

if TYPE_CHECKING:
    from afterword.compose.facts import Facts

# Words of respect before a name, and the title a greeting gives for each: a rank or a
# profession's title is kept ("Engr.", "Captain"), a courtesy word becomes Mr/Ms by the
# reader's pronoun ("" here: decided by the pronoun, else the full name).
_COURTESY_BEFORE = {"mr": "Mr", "mister": "Mr", "mrs": "Mrs", "ms": "Ms", "miss": "Ms",
                    "madam": "Ms", "mdm": "Ms", "ma'am": "Ms", "maam": "Ms", "sir": "",
                    "oga": ""}
# Abbreviations that are titles and nothing else: "engr bello", "dr patel", "capt rao" is an
# address however it is cased.
_RANK_ABBREVIATIONS = {"engr": "Engr", "capt": "Captain", "dr": "Dr", "prof": "Prof",
                       "atty": "Atty"}
# Titles that are also ordinary nouns: "the principal sharma mentioned", "the chief sharma
# reports to" speak of someone else. They are an address only written as one, with the
# capitals of a name ("Principal Sharma", "Chief Okafor"), or when the reader's own job
# title is that word.
_RANK_NOUNS = {"engineer": "Engr", "captain": "Captain", "chief": "Chief",
               "professor": "Prof", "principal": "Principal"}
_BEFORE = {**_COURTESY_BEFORE, **_RANK_ABBREVIATIONS, **_RANK_NOUNS}
# A noun with its determiner ("the principal", "our chief") is a noun, not an address.
_DETERMINER = re.compile(r"(?i)\b(?:the|a|an|our|my|your|his|her|their|its|this|that|whose)\s+$")
# Honorifics after a name: "joshi ji", "VS sir", "anjali ma'am", "tanaka san".
_AFTER = {"sir": "", "ji": "", "saab": "", "sahab": "", "san": "", "sensei": "",
          "ma'am": "Ms", "maam": "Ms", "madam": "Ms"}
# What the candidate says of a reader who expects formality: a word that also describes
# things ("strict deadlines", "formal training", "a more formal handover") counts only as a
# remark whose subject is the reader ("she is very strict", "VS sir v formal", "vijay is old
# school"), with nothing after it but the end of the remark, or before a person's noun
# ("strict type"). "proper" is no such word: "proper friendly" is Irish for "very".
_DEGREE = r"(?:very|v|quite|so|super|really|pretty|a bit|bit|kinda|kind of|extremely|fairly)"
_PERSON = r"(?:type|guy|man|woman|lady|gentleman|person|boss|bloke|chap|sort|fella)"
_DESCRIBED = r"(?:strict|formal|serious|traditional|conservative|old[- ]school|old[- ]fashioned|no[- ]nonsense|by the book)"
_DESCRIPTION = re.compile(rf"\b(?:{_DEGREE}\s+)?{_DESCRIBED}\b")
_OF_A_PERSON = re.compile(rf"\b{_DESCRIBED}\s+{_PERSON}\b")
# Said only of a person: no subject needed.
_FORMAL = re.compile(r"\b(?:(?:3|three)[- ]piece suit|calls everyone by (?:their )?(?:sur|last )?names?|"
                     r"no jokes?)\b")
# After a remark: its end, or what goes on to say more of the same person.
_REMARK_END = re.compile(rf"^\s*(?:$|[,:)(]|w/|(?:and|but|tho|though|about|abt|with|on|in|at|"
                         rf"to|so|re|{_PERSON})\b)")
# Linking words between the subject and the remark: "is", "was very", "seems a bit", "not".
_LINK = (r"(?:\s+(?:is|was|seems|seemed|looks|looked|came across as|comes across as|'s|s|is a|"
         r"was a|seems a|a|not|isn't|wasn't|isnt|wasnt|never|but|and|also|bit|a bit))*")
# ... and of one who does not, or the candidate's own casual words about them.
_CASUAL_WORDS = r"(?:chill|relaxed|laid[- ]back|casual|informal|easy[- ]going|sound|deadly|grand)"
_CASUAL = re.compile(
    r"\b(?:laid[- ]back|easy[- ]going|deadly|a legend|call (?:me|him|her) [a-z]+|"
    r"first names?|first[- ]name terms|banter)\b|\bgrand\s+(?:chat|craic|fella|lad|man|woman)\b")
_CASUAL_DESCRIPTION = re.compile(rf"\b{_DEGREE}\s+{_CASUAL_WORDS}\b")
_NOT = re.compile(r"\b(?:not|no|never|isn't|wasn't|isnt|wasnt|nothing)\s+(?:\w+\s+)?$")
_HE = re.compile(r"\b(?:he|him|his|he's|hes|he'd)\b")
_SHE = re.compile(r"\b(?:she|her|hers|she's|shes|she'd)\b")


@dataclass(frozen=True)
class Reader:
    """What the formality reading needs of a reader."""

    names: Sequence[str]  # given names then family name, titles removed
    family: str | None
    pronoun: str | None  # "Mr" / "Ms" from the record's he/she about them, else None
    own: Sequence[str] = ()  # their own remarks (rapport): about them
    job_title: str | None = None  # the record's `title` field ("Principal", "Chief Engineer")


@dataclass(frozen=True)
class Register:
    title: str | None = None  # the title the jottings give them ("Mr", "Engr", "Captain")
    formal: bool = False  # words of respect or descriptions call for title + family name
    casual: bool = False  # the record is on first-name terms with them


def fold(text: str) -> str:
    return _fold(text.replace("\u2019", "'"))


def _plain(text: str) -> str:
    """`text` without accents, its capitals kept: what a title's case is read from."""
    decomposed = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


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


def registers(readers: Sequence[Reader], jotted: str,
              remarks: str | None = None) -> list[Register]:
    """Each reader's register from the record's jottings: the titles and words of respect
    in `jotted` (every jotted field and the private notes), and what `remarks` (the fields
    where the candidate says what people are like: not the topics discussed; default
    `jotted`) and the reader's own remarks say of them."""
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
        title = _title(names, jotted, reader.job_title) if names else None
        formal = casual = False
        said = jotted if remarks is None else remarks
        clauses = [c for text in (said, *reader.own) for c in _clauses(text)]
        own = {c for text in reader.own for c in _clauses(text)}
        nick = _nickname(reader, jotted)
        subject = _subject([*names, *([nick] if nick else [])])
        for clause in clauses:
            if not _about(clause, n, own_tokens, pronouns, len(readers), clause in own) \
                    and not (nick and re.search(rf"\b{nick}\b", clause)):
                continue
            if nick and re.search(rf"\b{nick}\b", clause):
                casual = True  # "gus is old school": a nickname is first-name terms
            for m in _remarks(clause, subject):
                if _NOT.search(clause[:m.start()]) and not m.group().startswith("no"):
                    casual = True
                else:
                    formal = True
            for m in [*_CASUAL.finditer(clause), *(m for m in _CASUAL_DESCRIPTION.finditer(clause)
                                                   if _remark(clause, m, subject))]:
                if _NOT.search(clause[:m.start()]):
                    formal = True
                else:
                    casual = True
        if title is not None:
            formal = True
        out.append(Register(title=title or None, formal=formal and not (casual and title is None),
                            casual=casual and title is None))
    return out


def _subject(names: list[str]) -> re.Pattern[str]:
    """The start of a remark about the reader, up to the remark itself: "she is", "VS sir",
    "mr joshi was", or nothing at the start of a clause ("v formal, 3 piece suit")."""
    alt = "|".join(re.escape(t) for t in sorted(names, key=len, reverse=True) if t)
    who = rf"(?:he|she|hes|shes|{alt})" if alt else r"(?:he|she|hes|shes)"
    before = "|".join(re.escape(w) for w in sorted(_COURTESY_BEFORE | _RANK_ABBREVIATIONS
                                                   | _RANK_NOUNS, key=len, reverse=True))
    after = "|".join(re.escape(w) for w in sorted(_AFTER, key=len, reverse=True))
    return re.compile(rf"(?:^|[,(]|\b(?:and|but)\b)\s*(?:(?:(?:{before})\.?\s+)?{who}"
                      rf"(?:\s+{who})*(?:[\s-]+(?:{after}))?(?:'s)?)?{_LINK}\s*$")


def _remark(clause: str, m: re.Match[str], subject: re.Pattern[str]) -> bool:
    """Whether match `m` is said of the subject: the reader (or no one else) before it and
    nothing after it but the end of the remark ("she is very strict, but fair")."""
    return bool(subject.search(clause[:m.start()]) and _REMARK_END.match(clause[m.end():]))


def _remarks(clause: str, subject: re.Pattern[str]) -> list[re.Match[str]]:
    """What a clause says of the reader that calls for formality."""
    found = [*_FORMAL.finditer(clause), *_OF_A_PERSON.finditer(clause)]
    found += [m for m in _DESCRIPTION.finditer(clause) if _remark(clause, m, subject)]
    return found


def registered(facts: Facts, jotted: str, remarks: str | None = None) -> Facts:
    """The facts with each reader's register as the jottings tell it (`compose.formality`):
    a rank or title the candidate calls them by ("engr bello", "capt rao"), words of
    respect ("VS sir", "joshi ji"), or what is said of them ("very strict", "v relaxed")."""
    from dataclasses import replace

    from afterword.compose.address import courtesy
    from afterword.compose.facts import _titles_and_names

    named = [(p, *_titles_and_names(p.name)) for p in facts.people]
    readers = [Reader(names=names, family=p._family(names),
                      pronoun=courtesy((*p.topics, p.rapport or ""), False),
                      own=(p.rapport or "",), job_title=p.title)
               for p, _, names in named]
    people = []
    for (p, titles, _), reader, said in zip(named, readers, registers(readers, jotted, remarks), strict=True):
        if titles:  # a title in the name field says how to greet them
            people.append(p)
            continue
        title = p.formal
        register = "formal" if said.formal else "casual" if said.casual else ""
        if said.title and said.title in ("Mr", "Mrs", "Ms") and reader.pronoun and \
                reader.pronoun != ("Mr" if said.title == "Mr" else "Ms"):
            # "mr natarajan the CEO" to a reader the record calls "she": someone else.
            register = "" if register == "formal" else register
        elif said.title:
            title = title if said.title in ("Mr", "Mrs", "Ms") and title else said.title
        people.append(replace(p, formal=title, register=register))
    return replace(facts, people=tuple(people))


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


def _own_rank(job_title: str | None) -> str | None:
    """The title word the reader's job title is ("Principal", "Professor of Law", "Chief
    Engineer" on a ship: "chief"); None for a deputy, a vice or a grade ("Vice Principal",
    "Principal Quantity Surveyor")."""
    from afterword.compose.facts import title_head

    head = fold(title_head(job_title))
    if head in _RANK_NOUNS:
        return head
    first = head.split()[0] if head.split() else ""
    return first if first in ("chief", "captain") else None


def _title(names: list[str], jotted: str, job_title: str | None = None) -> str | None:
    """The title the jottings write before or after this reader's name ("" for a word of
    respect that gives no title of its own); None when there is none, or two disagree."""
    plain = _plain(jotted)
    alt = "|".join(re.escape(t) for t in sorted(names, key=len, reverse=True))
    before = "|".join(re.escape(w) for w in sorted(_BEFORE, key=len, reverse=True))
    after = "|".join(re.escape(w) for w in sorted(_AFTER, key=len, reverse=True))
    own = _own_rank(job_title)
    found: set[str] = set()
    for m in re.finditer(rf"(?<![\w'])({before})(\.?)\s+({alt})(?![\w'-])", plain, re.I):
        word = fold(m.group(1))
        if word in _RANK_NOUNS and word != own and (
                _DETERMINER.search(plain[:m.start()])
                or not (m.group(1)[0].isupper() and m.group(3)[0].isupper())):
            # "the principal sharma mentioned", "need the design doc sharma asked for": a
            # noun before a name, not the reader's title.
            continue
        found.add(_BEFORE[word])
    for m in re.finditer(rf"(?<![\w'-])(?:{alt})(?:\s+|-)({after})(?![\w'])", plain, re.I):
        found.add(_AFTER[fold(m.group(1))])
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
# funeral home's owner, a ship's captain) reads as too familiar, and "glad to join", said
# to the one who decides, as if the offer were made.
_EFFUSIVE = re.compile(r"\b(?:excited|love to|delighted|keener|thrilled|glad to join)\b")


def sober(bank: tuple[str, ...], formal: bool) -> tuple[str, ...]:
    """`bank` without its effusive wordings for a reader addressed formally; the whole bank
    when that would leave none."""
    if not formal:
        return bank
    kept = tuple(t for t in bank if not _EFFUSIVE.search(t))
    return kept or bank
