"""The pieces of a jotted qualification that lean on the one before it, joined into one clause.

Candidates jot a career as a total and its parts: "12 yrs finish carpentry, 4 as lead", "6 yrs
ops, last 3 at a fintech", "BSW 2023, 2 yrs at a foster care agency". Each later piece means
nothing alone ("4 as lead"), so it is either said with the claim it hangs on ("I have 12
years of finish carpentry experience, four of them as a lead"; "I earned my BSW in 2023 and
have spent two years at a foster care agency") or shown as left out; never silently cut.
"""

from __future__ import annotations

import re

from afterword.compose import claims, plainly
from afterword.language import phrases as gr

_WORDS = {"1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six",
          "7": "seven", "8": "eight", "9": "nine"}
# What a part of the years was spent as, at or doing.
_HOW = (r"(?:as|at|on|in|with|for|doing|running|leading|teaching|managing|supervising|"
        r"covering|working)\s+\S.*")
_TOTAL = re.compile(r"\b(\d+(?:\.\d+)?)\s+years?\b")


def article(phrase: str) -> str:
    """ "a" or "an" by the sound of a phrase's first word: "an assistant", "a unit clerk",
    "a union steward", "an hour"; never by its first letter alone ("an unit clerk")."""
    first = phrase.split()[0] if phrase.split() else ""
    if len(first) > 1 and first.isupper() and first.isalpha() and (
            len(first) <= 3 or not re.search(r"[AEIOU]", first[1:])):
        # An acronym said letter by letter: "an RN", "an MBA", "a CNA", "an FBI agent"
        # (one said as a word, "a SENCO", "a NATO post", goes by its sound below).
        return "an" if first[0] in "AEFHILMNORSX" else "a"
    word = first.lower()
    if re.match(r"u(?:n[aeiou]|s[aeiou]|r[aeiou]|ni|ti|k)|eu|one\b|once\b", word):
        return "a"
    return "an" if word[:1] in set("aeiou") or re.match(r"hour|honou?r|honest|heir", word) \
        else "a"


def _count(number: str) -> str:
    return _WORDS.get(number, number)


def _unit(number: str, unit: str) -> str:
    """ "18", "month" -> "18 months"; "1", "year" -> "one year"."""
    single = unit.lower().rstrip("s")
    return f"{_count(number)} {single}{'' if number in {'1', 'one'} else 's'}"


def _role(phrase: str) -> bool:
    """Whether a short phrase names a post ("charge nurse", "shift lead", "lead")."""
    last = phrase.split()[-1].lower()
    return len(phrase.split()) <= 3 and (claims.agent_noun(last) or re.fullmatch(
        rf"(?:{gr.ROLES}|lead|head|chief|supervisor|foreman|forewoman|captain)s?", last)
        is not None)


def _as(how: str) -> str:
    """ "as lead" -> "as a lead", "as dept head" -> "as a dept head": a post after "as" takes
    its article, as in a sentence; anything else is said as jotted, its articles by sound
    ("at a insurance startup" -> "at an insurance startup")."""
    how = re.sub(r"\b([Aa]n?)\s+([A-Za-z][\w-]*)",
                 lambda a: f"{a.group(1)[0]}{article(a.group(2))[1:]} {a.group(2)}"
                 if not a.group(2).isupper() else a.group(), how)
    m = re.fullmatch(r"(?i)as\s+(.+)", how)
    if not m or not _role(m.group(1)) or m.group(1).split()[0].lower() in gr.DETERMINERS or \
            m.group(1).endswith("s"):
        return plainly.as_a(how)
    return f"as {article(m.group(1))} {m.group(1)}"


def part_of_years(clause: str, piece: str) -> str | None:
    """A part of the years a clause counts, said as that part: ("would bring 12 years of
    finish carpentry experience", "4 as lead") -> "..., four of them as a lead"; "last 3 at a
    fintech" -> "..., the last three at a fintech"; "charge nurse last 18 months" -> "..., the
    last 18 months as a charge nurse". None when the piece is no such part, or when it is
    not smaller than the whole."""
    total = _TOTAL.search(clause)
    if not total or re.search(r"\b(?:the last|of them)\b", clause):
        return None
    whole = float(total.group(1))
    text = " ".join(piece.split())
    # "last 3 at a fintech", "the past 2 years as team lead", "since 3 years at ..." (said
    # so in German and French English: the last three).
    last = re.fullmatch(rf"(?i)(?:over\s+|for\s+|in\s+)?(?:the\s+)?(?:last|past|latest|since)\s+"
                        rf"(\d+)(?:\s+(years?|months?))?\s+({_HOW})", text)
    if last:
        number, unit, how = last.groups()
        if (unit or "year").lower().startswith("year"):
            if float(number) >= whole:
                return None
            span = _count(number)
        else:
            span = _unit(number, unit)
        return f"{clause}, the last {span} {_as(how)}"
    # "4 as lead", "3 at a perio office", "2 years doing light commercial".
    part = re.fullmatch(rf"(?i)(\d+)(?:\s+years?)?\s+({_HOW})", text)
    if part and float(part.group(1)) < whole:
        how = part.group(2)
        return f"{clause}, {_count(part.group(1))} of them {_as(how)}"
    # "charge nurse last 18 months", "lead hand for the last 2 years": a post held lately.
    post = re.fullmatch(r"(?i)((?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:for\s+|over\s+|in\s+)?(?:the\s+)?"
                        r"(?:last|past)\s+(\d+)\s+(years?|months?)", text)
    if post and _role(post.group(1)) and not (
            post.group(3).lower().startswith("year") and float(post.group(2)) >= whole):
        role = post.group(1)
        det = "" if role.split()[0].lower() in gr.DETERMINERS else f"{article(role)} "
        return f"{clause}, the last {_unit(post.group(2), post.group(3))} as {det}{role}"
    return None


def after_earned(clause: str, framed: str | None, piece: str) -> str | None:
    """A degree or credential earned, then years of work: ("earned my BSW in 2023", "have
    spent 2 years at a foster care agency") -> "earned my BSW in 2023 and have spent two
    years at a foster care agency"; a piece ending "before that" -> "earned my MLIS in 2022,
    after four years as a library assistant"."""
    if not clause.startswith("earned ") or not framed or " and " in clause:
        return None
    before = re.search(r"(?i)\s+(?:before that|before then|prior|beforehand)$", piece)
    if framed.startswith("have spent "):
        spent = framed.removeprefix("have spent ")
    elif framed.startswith("would bring ") and _TOTAL.match(framed.removeprefix("would bring ")):
        spent = framed.removeprefix("would bring ")
        place = re.match(r"(\d+(?:\.\d+)?\s+years?)\s+of\s+((?:on|at|in|with|as|for)\s.+)$",
                         spent)
        if place:
            # "4 yrs on a step-down unit": years spent somewhere, never "years of on a".
            spent = f"{place.group(1)} {place.group(2)}"
            return f"{clause}, after {_small(spent)}" if before else \
                f"{clause} and have spent {_small(spent)}"
        if before:
            return f"{clause}, after {_small(spent)}"
        return f"{clause} and have {_small(spent)}"
    else:
        return None
    if before:
        spent = re.sub(r"(?i)\s+(?:before that|before then|prior|beforehand)$", "", spent)
        return f"{clause}, after {_small(spent)}"
    return f"{clause} and have spent {_small(spent)}"


def _small(phrase: str) -> str:
    """ "2 years at ..." -> "two years at ...": a count of years under ten, in words."""
    return re.sub(r"^(\d)(?=\s+years?\b)", lambda m: _count(m.group(1)), phrase)


def years_in_two_roles(head: str) -> str | None:
    """ "3 years shift lead and 1-year assistant manager at a busy cafe" -> "have spent three
    years as a shift lead and one year as an assistant manager at a busy cafe": two posts,
    each with its own years (never "1-year assistant manager", which reads as a kind of
    manager)."""
    m = re.fullmatch(r"(?i)(\d+)[ -]+years?\s+(?:as\s+(?:an?\s+)?)?((?:[\w-]+\s+){0,2}[\w-]+)\s+"
                     r"(?:and|\+|then)\s+(\d+)[ -]+years?\s+(?:as\s+(?:an?\s+)?)?"
                     r"((?:[\w-]+\s+){0,2}?[\w-]+)((?:\s+(?:at|in|with|for)\s+\S.*)?)", head)
    if not m or not _role(m.group(2)) or not _role(m.group(4)):
        return None

    def post(number: str, role: str) -> str:
        return f"{_unit(number, 'year')} as {article(role)} {role}"

    return (f"have spent {post(m.group(1), m.group(2))} and {post(m.group(3), m.group(4))}"
            f"{m.group(5)}")


def and_held(clause: str, held: str | None) -> str | None:
    """Years or a degree, then a credential held: ("would bring 5 years of SolidWorks
    experience", "hold the CSWP certification") -> "have five years of SolidWorks experience
    and hold the CSWP certification"."""
    if not held or not held.startswith(("hold ", "have held ")) or " and " in clause:
        return None
    if clause.startswith("would bring ") and _TOTAL.match(clause.removeprefix("would bring ")):
        return f"have {_small(clause.removeprefix('would bring '))} and {held}"
    if clause.startswith(("earned ", "have spent ")):
        return f"{clause} and {held}"
    return None


def years_in_two_fields(head: str) -> str | None:
    """ "2 years quick lube and 3 years indy shop" -> "have two years of quick lube
    experience and three years of indy shop experience": two fields, each with its own years
    (never "two years of quick lube and three years indy shop")."""
    # "3 yrs CSR billing queue + 8 mos SME": the second span may be months.
    m = re.fullmatch(r"(?i)(\d+)[ -]+(years?)\s+(?:of\s+)?((?:[a-z][\w/-]*\s+){0,2}[a-z][\w/-]*)\s+"
                     r"(?:and|\+)\s+(\d+)[ -]+(years?|months?)\s+(?:of\s+)?((?:[a-z][\w/-]*\s+){0,2}?"
                     r"[a-z][\w/-]*)((?:\s+(?:at|in|with|for)\s+\S.*)?)", head)
    if not m or any(w.lower() in gr.PREPOSITIONS or w.lower() in gr.DETERMINERS
                    for w in f"{m.group(3)} {m.group(6)}".split()):
        return None

    def field(number: str, unit: str, what: str) -> str:
        noun = what if what.lower().endswith(("experience", "work")) else f"{what} experience"
        return f"{_unit(number, unit)} of {noun}"

    return (f"have {field(m.group(1), m.group(2), m.group(3))} and "
            f"{field(m.group(4), m.group(5), m.group(6))}{m.group(7)}")
