"""Topics whose words are the jotting's placeholders: "stuff", "thing" ("hygienists who
catch stuff early", "the boiler install backlog thing", "the 45 vs 50 min thing").

A placeholder says nothing to the reader and reads as jotting. Each is put right when the
jotting itself says what it stands for, else the topic is left out and asked about with an
example built from its own words:
- what is caught or spotted early is a problem ("catch stuff early" -> "catch problems
  early"), and an example the jotting gives after "like" is kept ("such as oral cancer
  screenings on every patient");
- "thing" after what names the topic is dropped ("the boiler install backlog");
- a comparison called a thing ("the 45 vs 50 min thing") does not say what is compared:
  asked, e.g. "the choice between 45 and 50 minutes for ...".
"""

from __future__ import annotations

import re

# Verbs whose "stuff" is what goes wrong: "catch stuff early", "flag stuff before audit".
_SPOT = re.compile(r"(?i)\b(catch(?:es|ing)?|caught|spot(?:s|ted|ting)?|flag(?:s|ged|ging)?|"
                   r"find(?:s|ing)?|found|detect(?:s|ed|ing)?|pick(?:s|ed|ing)?\s+up|"
                   r"miss(?:es|ed|ing)?)\s+stuff\b")
_STUFF = re.compile(r"(?i)\bstuff\b")
_THING = re.compile(r"(?i)\s+(?:thing|things|stuff)$")
_VERSUS = re.compile(r"(?i)\b(?:vs\.?|versus|or)\b")
_EXAMPLE = re.compile(r"(?i)^(?:like|e\.?g\.?|such\s+as|for\s+example|esp\.?|especially)\s+(.+)$")


def sharpened(phrase: str, pieces: list[str]) -> tuple[str | None, str | None]:
    """The topic's phrase with its placeholder put right, and None; or None and why it is
    left out (the caller asks with `example`). `pieces`: the jotting's other parts, spelled
    out, where an example may follow ("like oral cancer screenings on EVERY patient")."""
    if not _STUFF.search(phrase) and not re.search(r"(?i)\bthings?\b", phrase):
        return phrase, None
    m = _SPOT.search(phrase)
    if m:
        phrase = phrase[:m.start()] + f"{m.group(1)} problems" + phrase[m.end():]
        example = next((e.group(1) for p in pieces for e in [_EXAMPLE.match(p.strip())] if e),
                       None)
        if example and len(example.split()) <= 8:
            phrase += ", such as " + _lower_shout(example).rstrip(" .!")
        return phrase, None
    tail = _THING.search(phrase)
    if tail:
        rest = phrase[:tail.start()]
        if _VERSUS.search(rest) or re.search(r"\d", rest.split()[-1]):
            # "scheduling and the 45 versus a 50-minute thing": the topic before it stands.
            first = re.split(r"(?i)\s+and\s+", rest)[0]
            if first != rest and not _VERSUS.search(first) and not re.search(r"\d", first):
                return first, None
            return None, "a comparison called a thing does not say what is compared"
        if len(rest.split()) >= 2:
            return rest, None
    if _STUFF.search(phrase) or re.search(r"(?i)\bthings?\b", phrase):
        return None, "\u201cstuff\u201d or \u201cthing\u201d does not say what you discussed"
    return phrase, None


# "the sampling tool they use": "they" is the reader's firm, and the note goes to one of them.
_THEIR_OWN = re.compile(r"(?i)\b((?:the|a|an)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+they\s+(use|run|have|"
                        r"offer|follow|book|do|built|use\s+now|are\s+rolling\s+out)\b")


# Words of scorn for what the reader's team lives with ("the pantry spreadsheet mess"): a
# problem, said plainly to the person fixing it.
_SCORN = re.compile(r"(?i)\b(?:mess|chaos|nightmare|disaster|fiasco|headache|shambles|dumpster\s+"
                    r"fire)$")
# "go site", "come office": the preposition a second language leaves out.
_BARE_GO = re.compile(r"(?i)\b(go|goes|going|went|come|comes|coming|came)\s+(site|office|work|"
                      r"class|school|hospital)\b")
_TO = {"site": "on site", "office": "to the office", "work": "to work", "class": "to class",
       "school": "to school", "hospital": "to the hospital"}
# "ship to production in first month": the article the jotting left out.
_FIRST = re.compile(r"(?i)\b(in|within|by|during)\s+(first|second|third)\s+(day|week|month|"
                    r"quarter|year|shift)s?\b")


# "notice period 30 days", "the quota 12 SQLs a month": a measure named, then its figure,
# with the "of" a jotting leaves out.
_MEASURE = re.compile(r"(?i)^(?:the\s+)?((?:notice|probation|trial|ramp|onboarding|induction)\s+"
                      r"period|quota|target|caseload|budget|deadline|ratio|cap|limit|"
                      r"turnaround|ramp)\s+(\d[\d,.]*(?:\s*-\s*\d+)?\s+[a-zA-Z].*)$")


# "parents want more communication": what a group wants, said as their wish.
_WANT_BODY = (r"(parents|families|staff|students|learners|pupils|patients|clients|customers|"
              r"guests|nurses|teachers|drivers|residents|members|users|the\s+board|the\s+team|"
              r"management)\s+(?:want|wants|need|needs|ask\s+for|expect)\s+((?!(?:to|him|her|them|"
              r"us|me|you|it|that)\b)[a-z].+)$")
_WANT = re.compile(r"(?i)^(?:and\s+)?" + _WANT_BODY)
_AND_WANT = re.compile(r"(?i)(?<=\band )" + _WANT_BODY)
# "the new EHR maybe in 2027": the jotting's doubt, no part of what was discussed.
_HEDGE = re.compile(r"(?i)\s*,?\s+(?:maybe|possibly|perhaps|probably|prob)\b.*$")


def to_reader(phrase: str, *, own: bool = False) -> str:
    """ "the sampling tool they use" -> "the sampling tool you use"; in the reader's own
    topic, what is theirs is "your" throughout ("your plan for his engineers" -> "your plan
    for your engineers"); "go site" -> "go on site"; "in first month" -> "in the first
    month"; "the spreadsheet mess" -> "the spreadsheet problem"; "notice period 30 days" ->
    "the notice period of 30 days"."""
    phrase = _THEIR_OWN.sub(lambda m: f"{m.group(1)} you {m.group(2)}", phrase)
    if own and phrase.startswith("your "):
        # "her" before what is hers only ("her engineers"), never "for her to see".
        phrase = re.sub(r"\bhis\b|\bher\b(?=\s+(?!(?:to|and|or|as|at|in|on|for|with|about|"
                        r"from|by|that|if|when)\b)[a-z])", "your", phrase)
    phrase = _BARE_GO.sub(lambda m: f"{m.group(1)} {_TO[m.group(2).lower()]}", phrase)
    phrase = _FIRST.sub(lambda m: f"{m.group(1)} the {m.group(2)} {m.group(3)}", phrase)
    phrase = _MEASURE.sub(lambda m: f"the {m.group(1).lower()} of {m.group(2)}", phrase)
    phrase = _AND_WANT.sub(_wish, _WANT.sub(_wish, phrase))
    hedged = _HEDGE.search(phrase)
    if hedged and len(phrase[:hedged.start()].split()) >= 2:
        # (One word left, "dbt" of "dbt maybe in 2027", says too little: kept as it was.)
        phrase = phrase[:hedged.start()]
    return _SCORN.sub("problem", phrase)


def _wish(m: re.Match[str]) -> str:
    who = m.group(1).lower()
    whose = f"{who}'" if who.endswith("s") else f"{who}'s"
    return f"{whose} wish for {m.group(2)}"


# "her team is rebuilding the dock appointment system in Q1": what the team is doing.
_TEAM_DOING = re.compile(r"(?i)^(?:her|his|their)\s+(team|department|unit|group|lab|office|"
                         r"clinic|ward|store|branch|crew|squad)\s+(?:is|are)\s+([a-z]+ing)\s+"
                         r"(the\s+.+|an?\s+.+|[A-Z].+)$")


def team_doing(jotted: str) -> str | None:
    """ "her team is rebuilding the dock appointment system in Q1" -> "your team's work to
    rebuild the dock appointment system in Q1"; None for another shape."""
    from afterword.language.inflections import lemmas

    m = _TEAM_DOING.match(jotted.strip())
    if not m or len(m.group(3).split()) > 9:
        return None
    base = next(iter(lemmas(m.group(2).lower()).get("VERB") or ()), None)
    if not base or base == m.group(2).lower():
        return None
    return f"your {m.group(1).lower()}'s work to {base} {m.group(3).rstrip(' .!')}"


def example(phrase: str) -> str:
    """An example phrase for the ask, from the topic's own words: "the choice between 45 and
    50 minutes for ..." for "the 45 versus a 50-minute thing"."""
    nums = re.findall(r"\d+(?:[.,]\d+)?", phrase)
    unit = re.search(r"(?i)\d[\s-]*(minutes?|min|hours?|hrs?|days?|weeks?|quads?|shifts?)\b",
                     phrase)
    if len(nums) >= 2:
        word = {"min": "minutes", "minute": "minutes", "hr": "hours", "hrs": "hours",
                "hour": "hours"}.get(unit.group(1).lower(), unit.group(1).lower()) if unit else ""
        return f"the choice between {nums[0]} and {nums[1]}{' ' + word if word else ''} for ..."
    return "your plan for ..."


def _lower_shout(text: str) -> str:
    """ "on EVERY patient": the jotting's emphasis in capitals, in lower case (an acronym of
    two to five letters, "CT", is kept)."""
    return re.sub(r"\b[A-Z]{2,}\b", lambda m: m.group().lower() if len(m.group()) > 5 or
                  m.group().lower() in {"every", "all", "each", "any", "only", "not", "never",
                                        "always", "very"} else m.group(), text)
