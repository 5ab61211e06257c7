"""Rapport by kind, each said with its own verb and preposition, from the jotting's parts:

- service: "both ex-RAAF" -> "we both served in the RAAF"; with a place at the same time
  ("he was at amberley same time as me in '09") the sharper fact: "we were both at Amberley
  in 2009";
- a school: "he schooled in UNN like me" -> "we both studied at UNN"; "also a lakeshore grad,
  had mrs. dube for hematology too" -> "a fellow Lakeshore graduate, and to find that Mrs.
  Dube taught us both hematology";
- a place: "from kilkenny too", "taga batangas din siya" -> "we are both from Kilkenny";
- a team: "leeds utd fan, we moaned abt saturday" -> "commiserating with a fellow Leeds
  United fan about Saturday" (a moan is never "discovered", nor said alone);
- a recognition: "he used to drink in my bar in rathmines, recognised me" -> "a familiar face
  from Rathmines" (what the jotting says of a bar or a drink stays out);
- someone we both know: "she knows my former oga at X, said to greet him" -> "you know my
  former manager at X; I will pass on your regards".

`sentence` gives the line, or None when the jotting is none of these kinds (the caller's
older readings then try it). Each kind's frames are picked by the line itself, so the notes
of different records do not share a sentence."""

from __future__ import annotations

import re
import zlib

# Service branches, as a sentence names them (always with "the").
_BRANCHES = {
    "army": "Army", "navy": "Navy", "air force": "Air Force", "airforce": "Air Force",
    "marines": "Marines", "marine corps": "Marine Corps", "military": "military",
    "forces": "forces", "coast guard": "Coast Guard", "national guard": "National Guard",
    "raf": "RAF", "raaf": "RAAF", "ran": "RAN", "rn": "Royal Navy", "rnzaf": "RNZAF",
    "rcaf": "RCAF", "rcn": "RCN", "usaf": "US Air Force", "usmc": "Marine Corps",
    "us army": "US Army", "us navy": "US Navy", "adf": "ADF", "caf": "Canadian Forces",
    "idf": "IDF", "sandf": "SANDF", "nigerian army": "Nigerian Army", "pla": "PLA",
    "afp": "AFP", "pn": "Philippine Navy", "paf": "Philippine Air Force",
}
_BRANCH = "|".join(sorted((re.escape(b) for b in _BRANCHES), key=len, reverse=True))

# Shorthand of a rapport jotting, spelled out before its parts are read.
_SHORT = ((r"\babt\b", "about"), (r"\byrs\b", "years"), (r"\byr\b", "year"),
          (r"\butd\b", "United"), (r"\bthru\b", "through"), (r"(?<!\S)w/\s?", "with "),
          (r"\bcuz\b", "because"), (r"\bu\b", "you"))
# Laughter, emoji and the like: how the jotting felt, no part of what is in common.
_NOISE = re.compile(r"(?i)\b(?:lol|lmao|haha\w*|hehe\w*|jaja\w*|kkk+|omg|tbh|ngl)\b|[\U0001F000-\U0001FFFF"
                    r"\u2600-\u27BF\uFE0F]")
# Pieces that stay out whatever else the jotting holds: drink and nights out are no line
# for a note that goes out under the candidate's name.
_UNFIT = re.compile(r"(?i)\b(?:drink\w*|drank|drunk|pints?|booze\w*|hungover|hangover|"
                    r"party\w*|partied|clubbing|smok\w*)\b")
_TITLE = re.compile(r"(?i)\b(mrs|mr|ms|miss|dr|prof|sir|fr|sr|engr)\.?\s+([a-z][\w'-]+)")
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_SMALL = frozenset("of the and de da du van von la le des del y at on in for".split())


def unfit(piece: str) -> bool:
    """Whether a piece of a rapport jotting must stay out (a drink, a night out)."""
    return bool(_UNFIT.search(piece))


def _tidy(text: str) -> str:
    text = _NOISE.sub(" ", text)
    for pattern, repl in _SHORT:
        text = re.sub(pattern, repl, text, flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", text).strip()


def pieces(text: str) -> list[str]:
    """The jotting's parts: split at commas, dashes, brackets and exclamations (never at the
    full stop of "mrs. dube")."""
    parts = re.split(r"\s*(?:[,;!?()]+|\s[-\u2013\u2014]\s|(?<!\bmrs)(?<!\bmr)(?<!\bms)"
                     r"(?<!\bdr)(?<!\bprof)\.(?=\s|$))\s*", _tidy(text), flags=re.IGNORECASE)
    return [p.strip(" .") for p in parts if p and p.strip(" .")]


def _name(words: str) -> str:
    """A name typed in lower case, capitalised ("leeds United" -> "Leeds United"); words
    already in capitals ("UNN", "McMaster") are kept."""
    out = []
    for n, w in enumerate(words.split()):
        if w.islower() and (n == 0 or w not in _SMALL):
            w = w[:1].upper() + w[1:]
        out.append(w)
    return " ".join(out)


def _school_name(words: str) -> str:
    """A school's name: one short lower-case word that is no word of the language is its
    initials ("vcc" -> "VCC", "nait" -> "NAIT"); else capitalised as a name."""
    from afterword.compose.fragments.words import _rare

    one = words.split()
    if len(one) == 1 and one[0].islower() and len(one[0]) <= 4 and _rare(one[0]):
        return one[0].upper()
    return _name(words)


def _year(text: str | None) -> str:
    """ "'09" -> "2009", "2011" -> "2011"; "" for none."""
    if not text:
        return ""
    digits = text.strip("'\u2019")
    if len(digits) == 2:
        return ("20" if int(digits) < 50 else "19") + digits
    return digits if len(digits) == 4 else ""


def _pick(frames: tuple[str, ...], key: str) -> str:
    """One of the kind's frames, chosen by the line itself (stable, and different from one
    record to the next)."""
    return frames[zlib.crc32(key.lower().encode()) % len(frames)]


_SHARED = re.compile(r"(?i)\b(?:both|too|also|as well|fellow|like me|same as me|same as mine|"
                     r"din|rin|another)\b")


# Service ----------------------------------------------------------------------------------

_EX = re.compile(rf"(?i)^(?:we(?:'re|\s+are)?\s+)?(?:both\s+)?(?:(?:he|she)(?:'s|s|\s+is|\s+was)"
                 rf"\s+(?:also\s+)?)?(?:ex|former)[-\s]?({_BRANCH})(?:\s+(?:too|as well|both))?$")
_SERVED = re.compile(rf"(?i)^(?:we\s+)?both\s+(?:served|were)\s+in\s+(?:the\s+)?({_BRANCH})$")
_SAME_TIME = re.compile(r"(?i)^(?:(?:he|she|they)\s+)?(?:was|were)?\s*(?:at|in|on)\s+"
                        r"((?:the\s+)?[a-z][\w'.-]*(?:\s+[a-z][\w'.-]*){0,3}?)\s+(?:at\s+)?"
                        r"(?:the\s+)?same\s+time\s+as\s+(?:me|i\s+was|i\s+did)"
                        r"(?:\s+(?:in|back\s+in)\s+('?\d{2}|\d{4}))?$")

# A shared fact takes the reading's one shape ("It was good to find that we ..."), whose
# frames the notes of a panel rotate (thanks/rapport.py): each note opens it differently.
_FOUND = "It was good to find that {clause}."
SERVICE = (_FOUND.format(clause="we both served in the {branch}"),)
SAME_PLACE = (_FOUND.format(clause="we were both at {place}{when}"),)


def _service(parts: list[str]) -> str | None:
    branch = next((_BRANCHES[m.group(1).lower()] for p in parts
                   for m in [_EX.match(p) or _SERVED.match(p)] if m), None)
    same = next((m for p in parts for m in [_SAME_TIME.match(p)] if m), None)
    if same:
        place = _name(same.group(1))
        year = _year(same.group(2))
        when = f" in {year}" if year else " at the same time"
        return _pick(SAME_PLACE, place).format(place=place, when=when)
    if branch:
        return _pick(SERVICE, branch).format(branch=branch)
    return None


# School -----------------------------------------------------------------------------------

_STUDIED = re.compile(r"(?i)^(?:(?:he|she)\s+)?(?:also\s+)?(schooled|studied|trained|went|"
                      r"graduated|qualified|did\s+(?:my|his|her|the)\s+\w+)\s+(?:in|at|from|to)"
                      r"\s+(.+?)\s+(?:like|same\s+as)\s+me(?:\s+too)?$")
_GRAD = re.compile(r"(?i)^(?:(?:he|she)(?:'s|s|\s+is|\s+was)\s+|we(?:'re|\s+are)?\s+)?(?:both\s+)?"
                   r"(?:also\s+|another\s+|a\s+fellow\s+|fellow\s+)?(?:an?\s+)?(?:also\s+)?(.+?)\s+"
                   r"(?:grad|graduate|alum|alumna|alumnus|alumni)s?(?:\s+(?:too|as\s+well))?$")
_TEACHER = re.compile(r"(?i)^(?:(?:he|she)\s+)?(?:also\s+)?had\s+((?:mrs|mr|ms|miss|dr|prof)\.?"
                      r"\s+[a-z][\w'-]+)\s+for\s+([a-z][\w -]{2,30}?)(?:\s+(?:too|as well))?$")
_VERB_AT = {"schooled": "studied at", "studied": "studied at", "trained": "trained at",
            "went": "went to", "graduated": "graduated from", "qualified": "qualified at"}

SCHOOL = (_FOUND.format(clause="we both {verb} {school}"),)
FELLOW_GRAD = ("It was lovely to meet a fellow {school} graduate{tail}.",
               "It was a pleasure to meet a fellow {school} graduate{tail}.",
               "It was good to meet a fellow {school} graduate{tail}.")


def _title(m: re.Match[str]) -> str:
    return f"{m.group(1).capitalize()}. {m.group(2).capitalize()}".replace("Miss.", "Miss")


def _school(parts: list[str], whole: str, *, teacher_too: bool = True) -> str | None:
    for p in parts:
        m = _STUDIED.match(p)
        if m:
            verb = m.group(1).lower()
            verb = _VERB_AT.get(verb, "studied at")
            school = _school_name(re.sub(r"(?i)^the\s+", "the ", m.group(2)))
            return _pick(SCHOOL, school).format(verb=verb, school=school)
    for n, p in enumerate(parts):
        m = _GRAD.match(p)
        if not m or not (_SHARED.search(p) or _SHARED.search(whole)):
            continue
        school = m.group(1)
        if len(school.split()) > 4 or re.search(r"(?i)\b(?:my|his|her|their|a|an)\b", school):
            return None
        teacher = next((t for q in parts[n + 1:] for t in [_TEACHER.match(q)] if t),
                       None) if teacher_too else None
        tail = ""
        if teacher:
            who = _TITLE.sub(_title, teacher.group(1))
            tail = f", and to find that {who} taught us both {teacher.group(2).lower()}"
        school = _school_name(school)
        return _pick(FELLOW_GRAD, school).format(school=school, tail=tail)
    return None


# Place ------------------------------------------------------------------------------------

# "he also from ipoh" (the verb left out, as a jotting or a second language does), "we're
# both from laredo".
_FROM = re.compile(r"(?i)^(?:(?:he|she)(?:'s|s|\s+is)?\s+|we(?:'re|\s+are)?\s+)?(?:both\s+)?"
                   r"(?:also\s+)?(?:from|grew\s+up\s+in)\s+"
                   r"([a-z][\w'.-]*(?:\s+[a-z][\w'.-]*){0,3}?)(?:\s+(?:too|as well|also|originally))*$")
_TAGA = re.compile(r"(?i)^taga[-\s]?([a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:din|rin)\b")
_TALKED = re.compile(r"(?i)^we\s+(?:talked|chatted|spoke|swapped\s+stories|compared\s+notes)\s+"
                     r"(?:about|on|over)\s+(.+?)(?:\s+(?:for\s+)?(?:a\s+(?:bit|while)|ages|a\s+few\s+"
                     r"\w+|\d+\s+\w+))?$")
PLACE = (_FOUND.format(clause="we are both from {place}"),)
# With what we talked about: a sentence of its own shape, not rotated.
PLACE_TALKED = ("It was lovely to meet someone else from {place}{tail}.",
                "It was a treat to meet someone else from {place}{tail}.")


def _talked(parts: list[str]) -> str | None:
    """What we talked about, when it is a short thing (not a person, nor the interview)."""
    for p in parts:
        m = _TALKED.match(p)
        if m:
            what = m.group(1)
            if len(what.split()) <= 4 and not re.search(
                    r"(?i)\b(?:he|she|him|her|his|my|me|i|you|your|the\s+(?:interview|role|job))\b",
                    what):
                return _day(what)
    return None


# What we talked about (`rapport_events.talked`): its frames, which a panel's notes rotate.
TALKED = ("I enjoyed our conversation about {what}.",
          "I enjoyed talking about {what} with you.")


def _place(parts: list[str], whole: str, *, talk: bool = True) -> str | None:
    for n, p in enumerate(parts):
        m = _TAGA.match(p)
        m2 = _FROM.match(p)
        if m2 and n + 1 < len(parts) and re.match(r"(?i)(?:me\s+too|same(?:\s+here)?|so\s+am\s+i)\b",
                                                   parts[n + 1]):
            p = f"{p} too"  # "she's from cork, me too"
        if m:
            place = _name(m.group(1))
        elif m2 and (_SHARED.search(p) or re.search(
                r"(?i)\b(?:both|too|also)\b", p if len(parts) > 1 else whole)):
            # The sharing word in this clause: "she was also nervous in her first week, she
            # is from Leeds" says nothing of where the candidate is from.
            place = _name(m2.group(1)) + (" originally" if re.search(
                r"(?i)\boriginally\b", p) else "")
        else:
            continue
        if re.search(r"(?i)\b(?:my|his|her|the\s+same)\b", place):
            return None
        # "from Seattle suburb": the area, not the suburb's own name (which the jotting
        # may give for only one of us).
        area = re.match(r"(?i)^(?:a\s+|the\s+)?(.+?)\s+(?:suburbs?|area|region|outskirts)$", place)
        if area:
            place = f"the {_name(area.group(1))} area"
        said = _talked(parts) if talk else None
        tail = f", and to talk about {said}" if said else ""
        if not tail and re.search(r"(?i)\bgrew\s+up\b", p):
            return _FOUND.format(clause=f"we both grew up in {place}")
        return _pick(PLACE_TALKED if tail else PLACE, place).format(place=place, tail=tail)
    return None


# A team -----------------------------------------------------------------------------------

# "both freo dockers tragics": in Australian usage a tragic is a devoted fan.
_FAN = re.compile(r"(?i)^(?:(?:he|she)(?:'s|s|\s+is)\s+)?(?:(?:we(?:'re|\s+are)\s+)?both\s+)?"
                  r"(?:also\s+)?(?:an?\s+|another\s+|a\s+"
                  r"fellow\s+|fellow\s+)?(?:also\s+)?([a-z][\w'.&-]*(?:\s+[a-z][\w'.&-]*){0,3}?)"
                  r"\s+(?:fans?|supporters?|diehards?|tragics?)(?:\s+(?:too|as well))?$")
_MOANED = re.compile(r"(?i)^we\s+(?:both\s+)?(?:moaned|complained|whinged|grumbled|ranted|vented|"
                     r"commiserated|groaned|cried)\s+(?:about|over|re)\s+(.+?)(?:\s+for\s+"
                     r"(?:a\s+(?:bit|while)|ages|a\s+few\s+\w+|\d+\s+\w+))?$")
FELLOW_FAN = ("It was good to meet a fellow {team} fan.",
              "It was a pleasure to meet a fellow {team} fan.",
              "It is always good to meet another {team} fan.")
FAN_MOANED = ("I enjoyed commiserating with a fellow {team} fan about {what}.",
              "It was good to commiserate with a fellow {team} fan about {what}.")
FAN_TALKED = ("I enjoyed talking about {what} with a fellow {team} fan.",
              "It was fun to talk about {what} with a fellow {team} fan.")


def _day(what: str) -> str:
    return " ".join(w.capitalize() if w.lower() in _DAYS else w for w in what.split())


def _team(parts: list[str], whole: str) -> str | None:
    for p in parts:
        m = _FAN.match(p)
        if not m or re.search(r"(?i)\b(?:my|his|her|big|huge|massive|the\s+same)\b", m.group(1)):
            continue
        if re.search(r"(?i)\b(?:fans|supporters|diehards|tragics?)\b", p) and \
                not re.search(r"(?i)s$", m.group(1)):
            # "both coffee fans" share an interest, no team: "both packers fans", "both freo
            # dockers tragics" name a team by its plural.
            continue
        moaned = next((x for q in parts for x in [_MOANED.match(q)] if x), None)
        # "suns fan, 5 min on the playoffs": only the reader is said to be a fan.
        shared = _SHARED.search(p) or moaned
        if not shared:
            return None  # only the reader is a fan: nothing in common
        team = _name(m.group(1))
        if moaned and len(moaned.group(1).split()) <= 3 and not re.search(
                r"(?i)\b(?:he|she|him|her|his|my|me|you|your|boss|manager|work|job|pay)\b",
                moaned.group(1)):
            what = _day(moaned.group(1))
            return _pick(FAN_MOANED, team).format(team=team, what=what)
        talk = _talked(parts)
        if talk:
            return _pick(FAN_TALKED, team).format(team=team, what=talk)
        return _pick(FELLOW_FAN, team).format(team=team)
    return None


# A recognition ----------------------------------------------------------------------------

_RECOGNISED = re.compile(r"(?i)\b(?:recogni[sz]ed|knew)\s+(?:me|him|her|each\s+other)"
                         r"(?:\s+from\s+(.+?))?(?:\s+(?:straight\s+away|right\s+away|"
                         r"immediately|at\s+once|instantly))?$")
_IN_PLACE = re.compile(r"\bin\s+([a-z][\w'-]*(?:\s+[a-z][\w'-]*)?)(?:\s+(?:years|yrs|a\s+while|"
                       r"long)\s+ago|\s+back\s+in\s+\S+|\s+in\s+\S+)?$", re.IGNORECASE)
FAMILIAR = ("It was good to see a familiar face from {place}.",
            "It was lovely to see a familiar face from {place}.",
            "It was a nice surprise to see a familiar face from {place}.")
FAMILIAR_PLAIN = ("It was good to see a familiar face.",
                  "It was a nice surprise to see a familiar face.")


def _recognition(parts: list[str]) -> str | None:
    for n, p in enumerate(parts):
        m = _RECOGNISED.search(p)
        if not m:
            continue
        source = m.group(1) or ""
        place = ""
        if source and not re.search(r"(?i)\b(?:my|his|her)\b", source) and not unfit(source):
            # "the food bank in hulme": only the place's own name takes capitals.
            at = re.match(r"(?i)^(.*?\bin\s+)([a-z][\w'-]*(?:\s+[a-z][\w'-]*)?)$", source)
            place = at.group(1) + _name(at.group(2)) if at and re.match(
                r"(?i)the\s", source) else _name(source)
        else:
            # The place of another part ("used to come into my cafe in leith"): only the
            # place name, never what the candidate's place was.
            for q in [source, *parts[:n], p[:m.start()], *parts[n + 1:]]:
                found = _IN_PLACE.search((q or "").strip())
                if found and not re.search(r"(?i)\b(?:my|his|her|the)\b", found.group(1)):
                    place = _name(found.group(1))
                    break
        key = place or p
        if place:
            return _pick(FAMILIAR, key).format(place=place)
        return _pick(FAMILIAR_PLAIN, key)
    return None


# Someone we both know ---------------------------------------------------------------------

_KNOWS = re.compile(r"(?i)^(?:(?:he|she)\s+)?(knows|knew|worked\s+with|works\s+with)\s+my\s+"
                    r"(?:old|former|ex[-\s]?)\s*(boss|oga|manager|supervisor|mentor|lecturer|"
                    r"teacher|professor|colleague|director|lead|principal|foreman|chef|sergeant|"
                    r"sgt|captain|coach)\s+(?:at|from|in)\s+([a-z][\w&'.-]*(?:\s+[\w&'.-]+){0,3})$")
_GREET = re.compile(r"(?i)\b(?:said|asked\s+me)\s+to\s+(?:greet|say\s+(?:hi|hello)(?:\s+to)?|pass\s+on|"
                    r"give\s+(?:him|her)\s+(?:her|his)\s+(?:regards|best))\b")
_ROLE = {"oga": "manager", "sgt": "sergeant", "boss": "manager"}
KNOWS = ("It was good to find that you {verb} my former {role} at {place}{greet}.",
         "I enjoyed finding out that you {verb} my former {role} at {place}{greet}.",
         "It was a nice surprise to learn that you {verb} my former {role} at {place}{greet}.")
_KNOW_VERB = {"knows": "know", "knew": "knew", "worked with": "worked with",
              "works with": "work with"}


def _known(parts: list[str]) -> str | None:
    for p in parts:
        m = _KNOWS.match(p)
        if m:
            verb = _KNOW_VERB[re.sub(r"\s+", " ", m.group(1).lower())]
            role = _ROLE.get(m.group(2).lower(), m.group(2).lower())
            place = _name(m.group(3))
            greet = "; I will pass on your regards" if any(_GREET.search(q) for q in parts) \
                else ""
            return _pick(KNOWS, place).format(verb=verb, role=role, place=place,
                                                greet=greet)
    return None


def _jotted(sentence: str) -> bool:
    """Whether a lower-case word of the line is note-taking shorthand ("intermediate acct"):
    such a line is passed over for the next, shorter one."""
    from afterword.language.lexicon import rows, shorthand

    entries = shorthand()
    jotted = {r[0] for r in rows("jotted_words")}
    return any(w in jotted or (w in entries and entries[w].flagged)
               for w in re.findall(r"(?<![\w'-])[a-z]+(?![\w'-])", sentence))


def sentences(text: str) -> list[str]:
    """The rapport lines for a jotting of one of the kinds above, best first (a line with
    what we talked about, then without it, for a caller that cannot use every word), else
    none."""
    every = pieces(text)
    parts = [p for p in every if not unfit(p)]
    whole = " ".join(parts)
    from afterword.compose.rapport_events import event

    found = [kind for kind in (_service(parts), _school(parts, whole), event(parts),
                               _recognition(every),
                               _known(parts), _place(parts, whole), _team(parts, whole),
                               _place(parts, whole, talk=False),
                               _school(parts, whole, teacher_too=False)) if kind]
    return [line for line in dict.fromkeys(found) if not _jotted(line)]


def moaned_only(text: str) -> bool:
    """A jotting that only tells of a moan ("we moaned abt saturday"): a moment of the
    interview, never a line of its own."""
    return any(_MOANED.match(p) for p in pieces(text))


# The kinds' banks whose frames a panel's notes rotate (thanks/rapport.py), so a networking
# note weeks later does not repeat the thank-you's line word for word.
BANKS = (FELLOW_GRAD, FELLOW_FAN, FAN_MOANED, FAN_TALKED, FAMILIAR, FAMILIAR_PLAIN, KNOWS,
         PLACE_TALKED, TALKED)


def kept_promise(sentence: str) -> str:
    """The line without the promise to pass on a greeting, for a later note."""
    return sentence.replace("; I will pass on your regards", "")
