"""How a note addresses someone: which of their names is the given one, and when a card to
a senior reader calls for a courtesy title instead of a first name.

A name whose family name comes first ("Tan Boon Huat", "Sato Haruto", "Nguyen Van An") is
greeted by the given name, as colleagues greet them ("Dear Boon Huat", "Dear Haruto",
"Dear An": Vietnamese usage calls a person by the last word alone), never by the family
name alone ("Dear Sato," reads as "Dear Smith,"). Which names come first is read from
`lexicons/family_first.tsv`, whose second column marks the Vietnamese family names.

A handwritten card to the head of an organisation (a chief, a head of department, a
president, a trustee) is formal in most workplaces: "Dear Mr. Mbeki-Harlan" is safe where
"Dear Otis" may be too familiar. The courtesy title needs the reader's pronoun, which the
record gives only in the candidate's own words about them ("he wants new hires in court in
week one"); with no pronoun, or both, the card greets the full name ("Dear Otis
Mbeki-Harlan"), which is formal and assumes nothing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import cache

from afterword.language.lexicon import rows

# Job titles whose holders head an organisation or sit on its board, by their opening words
# ("Chief Public Defender", "Head of Research", "Trustee; Professor of History").
_SENIOR = re.compile(
    r"(?i)^(?:(?:deputy|assistant|associate)\s+)?chief\b|^head\s+of\b|^(?:vice\s+)?president\b|"
    r"^trustee\b|^chair(?:man|woman|person)?\b|^(?:managing|executive)\s+director\b|"
    r"^managing\s+partner\b|^founder\b|^co-founder\b|^commissioner\b|"
    r"^c[aefimot]o\b")
_HE = re.compile(r"(?i)\b(?:he|him|his|himself|he['\u2019]s|he['\u2019]d)\b")
_SHE = re.compile(r"(?i)\b(?:she|her|hers|herself|she['\u2019]s|she['\u2019]d)\b")


@cache
def _family_first() -> dict[str, str]:
    """`family_first.tsv`: family name -> how the given name is found ("rest": every word
    after the family name; "last": the last word, in Vietnamese usage)."""
    return {cells[0]: (cells[1] if len(cells) > 1 and cells[1] else "rest")
            for cells in rows("family_first")}


def family_names() -> frozenset[str]:
    """The family names that come first in their own naming order."""
    return frozenset(_family_first())


def given_of_family_first(parts: list[str]) -> str:
    """The given name of a name written family name first: "Tan Boon Huat" -> "Boon Huat",
    "Sato Haruto" -> "Haruto", "Nguyen Van An" -> "An"."""
    if _family_first().get(parts[0]) == "last":
        return parts[-1]
    return " ".join(parts[1:])


# Job titles senior enough that, where custom greets seniors by family name
# (`facts.surnames_expected`), a first letter does: a director, a general manager, an
# owner, a partner, an appointed actuary, a chief anything.
_SENIOR_BY_CUSTOM = re.compile(
    r"(?i)\bdirector\b|\bgeneral\s+manager\b|^owner\b|^proprietor\b|^(?:senior\s+|managing\s+)?"
    r"partner\b|^appointed\s+actuary\b|^chief\b|\bhead\b|\bprincipal\b|\bsuperintendent\b")


def senior_by_custom(title: str | None) -> bool:
    """Whether a job title is one that custom greets by family name in a first letter."""
    return senior(title) or bool(_SENIOR_BY_CUSTOM.search((title or "").strip()))


def senior(title: str | None) -> bool:
    """Whether a job title heads an organisation or sits on its board (see `_SENIOR`)."""
    return bool(_SENIOR.search((title or "").strip()))


def courtesy(said: Iterable[str], full_stop: bool) -> str | None:
    """"Mr." or "Ms." from the pronoun the candidate used about the reader in `said` (their
    topics and rapport); None when there is none, or both."""
    text = " ".join(t for t in said if t)
    he, she = bool(_HE.search(text)), bool(_SHE.search(text))
    if he == she:
        return None
    word = "Mr" if he else "Ms"
    return word + "." if full_stop else word


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _local_parts(email: str | None) -> list[str]:
    return [p for p in re.split(r"[._]", _fold((email or "").split("@")[0])) if p]


def written_family_first(people: Sequence[tuple[str, str | None]]) -> frozenset[int]:
    """Which of a panel's (name, email) pairs write the family name first, by the evidence of
    the company's addresses: where a colleague's address is their name in order
    ("marie.dubois@" for Marie Dubois), one that is a name reversed ("ren.ishikawa@" for
    Ishikawa Ren) shows that name written family name first, whatever a list of family
    names says. With no colleague to show the company's order, an address proves nothing:
    some companies write "dubois.marie@"."""
    forward: list[int] = []
    reversed_: list[int] = []
    for n, (name, email) in enumerate(people):
        parts = [_fold(w) for w in name.split() if not w.endswith(".")]
        local = _local_parts(email)
        if len(parts) < 2 or len(local) != len(parts) or parts == parts[::-1]:
            continue
        if local == parts:
            forward.append(n)
        elif local == parts[::-1]:
            reversed_.append(n)
    return frozenset(reversed_) if forward else frozenset()


# How a candidate writes of someone they address formally: "mr tan said ...", "Ms. Joshi",
# "sandeep sir", "anjali ma'am". Their own usage is the best evidence of the register the
# reader expects (in much of South and South-East Asia a first name would be rude).
_COURTESY_BEFORE = {"mr": "Mr", "mister": "Mr", "mrs": "Mrs", "ms": "Ms", "miss": "Ms",
                    "madam": "Ms", "mdm": "Ms"}
_COURTESY_AFTER = {"sir": "Mr", "ma'am": "Ms", "maam": "Ms", "madam": "Ms"}


def written_formally(names: Sequence[str], family: str | None, said: str) -> str | None:
    """"Mr", "Mrs" or "Ms" when `said` (the record's jottings) speaks of this person with a
    courtesy title ("mr tan", "Ms. Joshi", "mr t") or an honorific after the given name
    ("sandeep sir", "anjali ma'am"); None otherwise, or when the jottings disagree."""
    if not names or not said:
        return None
    folded = _fold(said)
    found: set[str] = set()
    if family:
        last = re.escape(_fold(family))
        initial = re.escape(_fold(family)[0])
        for m in re.finditer(rf"\b(mr|mister|mrs|ms|miss|madam|mdm)\.?\s+(?:{last}\b|{initial}\b(?![\w-]))",
                             folded):
            found.add(_COURTESY_BEFORE[m.group(1)])
    given = re.escape(_fold(names[0]))
    for m in re.finditer(rf"\b{given}\s+(sir|ma'?am|madam)\b", folded):
        found.add(_COURTESY_AFTER[m.group(1)])
    return found.pop() if len(found) == 1 else None


# Titles a candidate writes before the word of a name they call someone by ("Dr Rao", "Mr.
# Owino", "Ir. Muthu", "Madam Grace"), and honorifics after it ("Iyer sir", "joshi ji").
_CALLING_BEFORE = (r"dr|dra|mr|mrs|ms|miss|mister|madam|mdm|ma'?am|prof|professor|ir|er|engr"
                   r"|capt|captain|sir|oga|hon|chief|pastor|rev|judge|principal")
_CALLING_AFTER = r"sir|ji|madam|ma'?am|san|sensei|sahab|saab|garu"


def called_by(names: Sequence[str], said: str, others: Iterable[Sequence[str]] = ()) -> str | None:
    """The words of a name the record calls its bearer by, with a title before them ("Dr
    Rao", "Mr. Owino", "Mr van der Merwe") or an honorific after ("Iyer sir"), as the name
    writes them: "Rao" for Srinivas Rao Kandula. Used where the name alone cannot say which
    word is the family name (three words or more: a given name of two words, a middle or
    clan name), so that the greeting follows the candidate's own usage instead of the whole
    name. The form written most often wins, the later in the name on a tie; words another
    reader's name shares count for nobody; None when the record writes none."""
    if len(names) < 2 or not said:
        return None
    folded = [_fold(n) for n in names]
    theirs = {_fold(w) for name in others for w in name}
    runs: dict[str, tuple[int, int]] = {}
    for start in range(len(names)):
        for end in range(start + 1, len(names) + 1):
            if end - start == len(names):
                continue  # the whole name decides nothing
            run = folded[start:end]
            if any(w in theirs for w in run) or all(len(w) < 2 for w in run):
                continue
            runs[" ".join(run)] = (start, end)
    if not runs:
        return None
    alt = "|".join(re.escape(r) for r in sorted(runs, key=lambda w: (-len(w), w)))
    text = _fold(said.replace("\u2019", "'"))
    # A run cut short of the name's next word is part of a longer one ("Mr Peter Otieno
    # Odhiambo" is the whole name, not "Peter Otieno").
    word = "|".join(re.escape(w) for w in folded)
    more = rf"(?![\w'-])(?!\s+(?:{word})(?![\w'-]))"
    counts: dict[str, int] = {}
    for m in re.finditer(rf"(?<![\w'])(?:{_CALLING_BEFORE})\.?\s+({alt}){more}", text):
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    for m in re.finditer(rf"(?<![\w'-])({alt})[\s-]+(?:{_CALLING_AFTER})(?![\w'])", text):
        before = text[:m.start()].split()[-1:]
        if before and before[0] in folded:
            continue  # "suresh kumar iyer sir": the whole name, not "kumar iyer"
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    if not counts:
        return None
    best = max(counts, key=lambda r: (counts[r], runs[r][1], runs[r][0]))
    start, end = runs[best]
    return " ".join(names[start:end])
