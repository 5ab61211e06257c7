"""Degrees, licences, languages, held titles and figures picked out of a qualification."""

from __future__ import annotations

import re
from functools import cache

from afterword.compose.fragments.words import _plural_noun, _series
from afterword.language import phrases as gr


def _bringable(head: str) -> bool:
    """Whether "I would bring ..." can take this phrase: a number of things ("three
    first-author papers"), or a skill ("advanced Excel"); not a title ("PhD computational
    neuroscience") or a job ("DS intern at ...")."""
    words = head.split()
    if re.search(r"(?i)\b(?:intern|internship|manager|engineer|analyst|at)\b", head):
        return False
    number = words[0].lower() in gr.DETERMINERS - {"the", "a", "an", "my", "our", "your",
                                                   "their", "his", "her", "its", "no"}
    skill = re.search(r"(?i)\b(?:experience|expertise|skills?|knowledge|fluency|Excel|SQL)\b",
                      head.split("(")[0])
    counted = re.match(r"[1-9][\d,]*$", words[0]) is not None
    # "11 of 14 AP kids passed last year": a clause with its own verb is no thing to bring.
    past = any(gr.is_past(w.strip(",.;:").lower()) for w in words[1:])
    return bool(number or counted or skill) and not past and not gr.has_clause_verb(words)


# Words that make "N years of ..." something one has ("years of Python experience").
_SKILL_WORDS = re.compile(r"(?i)\b(?:experience|expertise|skills?|knowledge|fluency|practice|"
                          r"training|work|service|teaching|nursing|management|engineering|"
                          r"development|design|accounting|planning|sales|support)\b")


_MOVED = re.compile(r"(?i)((?:[a-z][\w'/-]*\s+){0,3}[a-z][\w'/-]*)\s+(?:(?:went|rose|fell|dropped)\s+)?"
                    r"from\s+((?:(?:about|under|over|nearly|almost|less than|more than)\s+|~)?"
                    r"\$?\d[\d.,]*\s*(?:%|percent|[a-z]+)?)\s+to\s+"
                    r"((?:(?:about|under|over|nearly|almost|less than|more than)\s+|~)?"
                    r"\$?\d[\d.,]*\s*(?:%|percent|[a-z]+)?)"
                    r"((?:\s+(?:in|within|over|across)\s+(?:the\s+)?[\w\s-]{1,30})?)$")


def _measure_moved(piece: str) -> str | None:
    """ "completion from 48% to 71% in 4 months" -> "taking completion from 48% to 71% in 4
    months": a measure and its change, said as what the claim before it did. None unless the
    piece opens on a noun (not "I", a verb or a preposition)."""
    piece = " ".join(piece.split())
    if re.fullmatch(r"(?i)from\s+\$?\d\S*(?:\s+[a-z]+)?\s+to\s+\$?\d\S*(?:\s+[a-z]+)?", piece):
        return piece  # "cut the close, from 9 days to 6": the change of what the verb named
    m = _MOVED.fullmatch(piece)
    if not m:
        return None
    words = m.group(1).split()
    first = words[0].lower()
    if first in gr.PREPOSITIONS or first in {"i", "we", "it", "they", "and", "then", "so"} or \
            (len(words) == 1 and gr.is_verb(first)) or gr.is_past(words[-1]):
        return None
    what = " ".join(words)
    return f"taking {what} from {m.group(2)} to {m.group(3)}{m.group(4)}"


_LIST = re.compile(r",\s*|\s+and\s+")


_DEGREES = ("MBA|BA|BS|BSc|MA|MS|MSc|PhD|JD|MD|BSN|MSN|MPH|MPP|MPA|MLIS|MSW|MEd|BEd|DipEd|MEng"
            "|BEng|MFA|BFA|LLM|DNP|PharmD")


# Titles one holds in a review, a club, a society: "Articles Editor, Mill River Review".
_TITLE = re.compile(r"(?:[A-Z][a-z]+\s+)?(?:Editor|Editor-in-Chief|President|Vice President|"
                    r"Treasurer|Secretary|Captain|Chair|Co-Chair|Founder|Co-Founder|Director|"
                    r"Coordinator|Lead|Officer)")


_BODY = re.compile(r"(?:[A-Z][\w&'.-]*\s+){0,4}(?:Review|Journal|Club|Society|Association|"
                   r"Council|Team|Board|Committee|Union|Chapter|League)")


@cache
def _degree_names() -> str:
    """The degrees of `lexicons/degrees.tsv` as one alternation, longest first."""
    from afterword.language.lexicon import words

    return "|".join(re.escape(d) for d in sorted(words("degrees"), key=lambda w: (-len(w), w)))


def _degree_year(text: str) -> str | None:
    """ "BSW 2023", "MPP '21", "MBA, class of 2019" -> "earned my BSW in 2023"; a degree
    the lexicon does not list, or a year that is not one, is no certain reading."""
    m = re.fullmatch(rf"({_degree_names()}),?\s+(?:in\s+|class of\s+)?(?:'|\u2019)?"
                     r"((?:19|20)\d\d|\d\d)", text.strip())
    if not m:
        return None
    year = m.group(2) if len(m.group(2)) == 4 else f"20{m.group(2)}"
    return f"earned my {m.group(1)} in {year}"


# How well a language is spoken, as a jotting says it, and as a sentence says it.
_FLUENCY = {"fluent": "speak fluent {}", "conversational": "speak conversational {}",
            "native": "am a native {} speaker", "bilingual": "am bilingual in English and {}",
            "basic": "speak basic {}", "intermediate": "speak intermediate {}"}


@cache
def _languages() -> tuple[str, dict[str, str]]:
    """The languages of `lexicons/languages.tsv`: one alternation, and each by lower case."""
    from afterword.language.lexicon import words

    known = {w.lower(): w for w in words("languages")}
    alternation = "|".join(re.escape(w) for w in sorted(known, key=lambda w: (-len(w), w)))
    return f"(?:{alternation})", known


def _spoken(text: str) -> str | None:
    """ "spanish conversational", "fluent in french" -> "speak conversational Spanish",
    "speak fluent French": languages and a level the jotting names ("decent spanish"
    says no level for sure); "french + english" -> "speak French and English"; "fully
    bilingual spanish/english" -> "am fully bilingual in Spanish and English"."""
    _LANGUAGE_NAMES, known = _languages()  # noqa: N806 (a pattern, as in the reader)
    joined = r"(?:\s*(?:,|/|\+)\s*|\s+and\s+)"
    listed = re.fullmatch(rf"(?i)(?:((?:fully\s+|completely\s+)?bilingual)\s+(?:in\s+)?)?"
                          rf"({_LANGUAGE_NAMES}(?:{joined}{_LANGUAGE_NAMES})+)", text.strip())
    if listed:
        found = [known.get(w.lower(), w) for w in re.split(joined, listed.group(2))]
        if listed.group(1) and len(found) == 2:
            return f"am {listed.group(1).lower()} in {_series(found)}"
        if not listed.group(1):
            return f"speak {_series(found)}"
    levels = "|".join(_FLUENCY)
    names = rf"{_LANGUAGE_NAMES}(?:(?:,\s*|\s+and\s+){_LANGUAGE_NAMES})*"
    m = re.fullmatch(rf"(?i)(?:({levels})\s+(?:in\s+)?({names})|({_LANGUAGE_NAMES})"
                     rf"\s+\(?({levels})\)?)", text.strip())
    if not m:
        return None
    level = (m.group(1) or m.group(4)).lower()
    found = re.split(r",\s*|\s+and\s+", m.group(2) or m.group(3))
    found = [known.get(w.lower(), w) for w in found]
    if level == "bilingual" and (len(found) > 1 or found == ["English"]):
        return None
    if level == "native" and len(found) > 1:
        return None  # one native language, said as such
    return _FLUENCY[level].format(_series(found))


def _one_level_first(piece: str) -> list[str]:
    """ "fluent french and decent spanish" -> ["fluent french", "decent spanish"]: the
    languages with a level one can state, apart from the rest (shown as left out)."""
    _LANGUAGE_NAMES = _languages()[0]  # noqa: N806

    m = re.match(rf"(?i)(.+?)\s+and\s+((?:some|decent|basic|a little|rusty|ok|okay|passable|"
                 rf"good|school)\s+{_LANGUAGE_NAMES}.*)$", piece)
    return [m.group(1), m.group(2)] if m and _spoken(m.group(1)) else [piece]


def _licence_record(text: str) -> str | None:
    """ "CDL-A, clean record" -> "hold a CDL-A with a clean driving record": a driving
    licence and its record."""
    m = re.fullmatch(r"(?i)(?:an?\s+)?((?:class [abc] )?CDL(?:[- ]?[ABC])?(?: licen[cs]e)?|"
                     r"(?:full |clean )?driv(?:ing|er's|ers) licen[cs]e)(?:,|\s+with|\s+and)?"
                     r"\s+(?:a\s+)?clean\s+(?:driving\s+)?record", text.strip())
    if not m:
        return None
    licence = re.sub(r"(?i)\bcdl\b", "CDL", m.group(1))
    licence = re.sub(r"(?i)^class ([abc])", lambda c: f"Class {c.group(1).upper()}", licence)
    return f"hold a {licence} with a clean driving record"


def _credential_years(pieces: list[str]) -> tuple[str, int] | None:
    """ "CVT, 6 yrs", "RDH 5 yrs": an acronym that names a trade's credential, then the
    years held -> "am a CVT with six years of experience" (and how many pieces it used)."""
    joined = ", ".join(pieces[:2])
    m = re.match(r"([A-Z][A-Z0-9]{1,5}),?\s+(\d{1,2})\s+years?(?=,|$)", joined)
    if not m:
        return None
    used = 2 if "," in joined[:m.end()] else 1
    article = "an" if m.group(1)[0] in "AEFHILMNORSX" else "a"
    return f"am {article} {m.group(1)} with {m.group(2)} years of experience", used


def _held_title(text: str) -> str | None:
    """ "Articles Editor, Mill River Review" -> "served as Articles Editor of the Mill River
    Review"."""
    m = re.fullmatch(rf"({_TITLE.pattern}),?\s+(?:of\s+|at\s+)?(?:the\s+)?({_BODY.pattern})", text)
    return f"served as {m.group(1)} of the {m.group(2)}" if m else None


def _degree(text: str) -> str | None:
    """ "MBA from Ross, 2019" -> "earned an MBA from Ross in 2019"."""
    m = re.match(rf"(?:an?\s+|my\s+)?({_DEGREES})\s+(?:from|at)\s+([A-Z][\w&'. -]*?)"
                 r"(?:,?\s+(?:in\s+)?((?:19|20)\d\d))?$", text)
    if not m:
        return None
    year = f" in {m.group(3)}" if m.group(3) else ""
    article = "an" if m.group(1)[0] in "AEFHILMNORSX" else "a"
    return f"earned {article} {m.group(1)} from {m.group(2)}{year}"


def _figure(piece: str) -> bool:
    """Whether a piece is a figure that belongs with its claim: a short noun phrase opening
    on its number ("about 40M transactions a day", "zero breaks in 14 months", "3 still in
    the trade"), no clause of its own; not "last 4 on payments" nor "3 of them HSC"."""
    words = piece.split()
    m = re.match(r"(?i)(?:about |over |under |nearly |more than |up to )?(?:\$?\d[\d.,:]*%?"
                 r"(?: million| thousand| billion)?|zero)\s+(\S+)", piece)
    if re.match(r"(?i)[a-z-]+(?:\s+[a-z-]+)?\s+(?:up|down)\s+(?:about\s+)?\$?\d[\d.,]*%?"
                r"(?:\s+(?:in|over|within|after)\s+(?:the\s+)?[\w\s-]{1,40})?$", piece):
        return True  # "returns down 20%", "footfall up 18% in the 6 months after": an outcome
    if not m or not 0 < len(words) <= 8 or m.group(1).lower() in gr.PREPOSITIONS | {"of"} \
            or re.search(r"\bI\b", piece) or gr.has_clause_verb(words):
        return False
    if re.match(r"\d+:\d+\s", piece) or m.group(1).lower() in {"still", "percent"} or \
            m.group(1).startswith("%"):
        return True
    # The noun the number counts must be plural: "18 patient caseload" is no figure a
    # sentence can take after "with" ("zero reconciliation breaks in 14 months" is).
    chunk = re.split(r"\s+(?:" + "|".join(gr.PREPOSITIONS) + r"|last|a|an|per)\s+",
                     piece[m.start(1):])[0].split()
    return bool(chunk) and _plural_noun(chunk[-1])
