"""Names a candidate types in lower case that have a known shape: the numbered part of a
rule or a document ("annex 1" is "Annex 1", "title ix" is "Title IX"), a numbered site ("station 42" is
"Station 42"), a ship after its prefix ("the mv ocean pearl" is "the MV Ocean Pearl") and a law school
named for its university ("went to syracuse law" is "went to Syracuse Law").

No list of names: the shape says it is a name. "Annex" with a number is always a named
annex; "Title" with a Roman numeral is a statute's title. A word in capitals before "law"
after going to or graduating from somewhere is a school: "changes to Texas law" is not
(no verb of study before it), nor "Syracuse law firms".
"""

from __future__ import annotations

import re

# Not "schedule 3 interviews" (a verb), nor "part 2 of the plan": only words that are
# never anything but a document's part.
_ANNEX = re.compile(r"\b(annex|appendix)\s+(\d+[a-z]?|[ivx]+)\b")
# A courtesy title with its full stop before a word in lower case: "ms. halvorsen" is
# "Ms. Halvorsen" (without the stop, "dr" may be a clipping of "doctor").
_COURTESY = re.compile(r"(?<![\w.])(mr|mrs|ms|mx|dr)\.\s+([a-z][a-z'\u2019-]+)\b")
_TITLE = re.compile(r"\btitle\s+([ivx]{1,5})\b")
# A numbered site is named by its number: "station 42" is "Station 42", "terminal 2",
# "hangar 4", "ward 7", "pier 39". Not a count ("a station 42 minutes away", "gate 3
# times"): no unit or counted noun after the number.
_NUMBERED_SITE = re.compile(
    r"(?<![\w-])(station|terminal|hangar|ward|pier|berth|platform|runway|tower|gate|"
    r"firehouse|precinct|substation|shaft|dock)\s+(\d{1,4}[a-z]?)\b"
    r"(?!\s*(?:%|percent|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|years?|yrs?|"
    r"times|people|staff|beds|km|miles|mi|m|ft|feet|kv|mw|am|pm)\b)")
_LAW_SCHOOL = re.compile(
    r"(?i:\b(?:went to|go to|going to|got into|graduated from|graduate of|grads? of|"
    r"alums? of|alumni of|studied at|both)\s+)"
    r"((?:[A-Z][\w'\u2019.-]*\s+){1,3})law\b"
    r"(?!\s+(?:firms?|office|offices|clerks?|enforcement|reform|changes?|practice|library)\b)")


# A ship's name after its prefix ("the mv ocean pearl" is "the MV Ocean Pearl"): the
# prefix says the words after it are a name, up to a word that cannot be part of one.
# Only after "the" or "aboard", and only prefixes that are nothing else ("mt kenya" is a
# mountain, "an rv park" a park).
_VESSEL = re.compile(r"(?:(?<=\bthe )|(?<=\baboard ))(mv|m/v|m/t|hms|hmas|hmcs|hmnzs|uss|usns)"
                     r"\s+([a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,2})")
_NOT_IN_A_NAME = frozenset("""in at on to for from with by of and or but next last this that
is was are were will would which who when where after before during since their our its""".split())


def _vessel(m: re.Match[str]) -> str:
    words = m.group(2).split()
    keep = []
    for word in words:
        if word in _NOT_IN_A_NAME:
            break
        keep.append(word)
    if not keep:
        return m.group()
    rest = m.group(2)[len(" ".join(keep)):]
    prefix = m.group(1).upper()
    return f"{prefix} {' '.join(w.capitalize() for w in keep)}{rest}"


def case_named_items(text: str) -> str:
    """"annex 1" -> "Annex 1", "ms. lund" -> "Ms. Lund", "title ix" -> "Title IX", "went to Syracuse law" -> "went to
    Syracuse Law" (see the module's docstring)."""
    text = _ANNEX.sub(_annex, text)
    text = _COURTESY.sub(lambda m: f"{m.group(1).capitalize()}. {m.group(2).capitalize()}", text)
    text = _TITLE.sub(lambda m: f"Title {m.group(1).upper()}", text)
    text = _NUMBERED_SITE.sub(_site, text)
    text = _VESSEL.sub(_vessel, text)
    return _LAW_SCHOOL.sub(lambda m: m.group()[:-3] + "Law", text)


# Words a numbered site's name may follow; after any other word in lower case the site is
# the end of a longer name ("the eko atlantic tower 3"), whose capitals are not known, and
# "eko atlantic Tower 3" would be worse than none.
_BEFORE_SITE = frozenset("""the a at in from to on near new old our their your my his her its of
and or via by for with into opening open current main""".split())


def _site(m: re.Match[str]) -> str:
    before = re.findall(r"[\w'-]+|[^\w\s]", m.string[:m.start()])
    prev = before[-1] if before else ""
    if prev and prev[:1].isalpha() and prev.islower() and prev not in _BEFORE_SITE:
        return m.group()
    return f"{m.group(1).capitalize()} {m.group(2).upper()}"


def _annex(m: re.Match[str]) -> str:
    number = m.group(2)
    return f"{m.group(1).capitalize()} {number.upper() if re.fullmatch(r'[ivx]+', number) else number}"
