"""The grammar of a qualification claim after "I": what a jotted piece is, and how it joins.

`fragments.Reading.qualification` reads a jotted qualification into pieces; this module
says what each piece is in a sentence of the candidate's: a role held for some years ("3
yrs freelance tour guide at 2 sites" is "have spent three years as a freelance tour guide
at two sites"), a passive tail that describes what was made ("built a parts catalogue,
used by ~30 fitters": ", used by about 30 fitters", never "and used by"), a jotted "we"
that means the old employer ("the rota we still use": "the rota my team at Harbour Foods
still uses"), and an undersell that never reaches a note ("some python", "not an expert").
"""

from __future__ import annotations

import re
from functools import cache

from afterword.language import phrases as gr
from afterword.language.inflect import spelled_third_person
from afterword.language.lexicon import rows, words

# Agent-noun endings: "facilitator", "tester", "dispatcher", "controller", "machinist".
_AGENT = re.compile(r"(?i)^([a-z]{3,}?)(?:or|er|ist)s?$")


def agent_noun(word: str) -> bool:
    """Whether a word names a person by what they do: a person noun of the lexicon, or a
    noun made from a verb by "-or"/"-er" ("facilitator" from "facilitate", "tester" from
    "test", "controller" from "control")."""
    w = word.lower()
    if w in _person_nouns() or w.rstrip("s") in _person_nouns():
        return True
    if len(w) > 6 and w.endswith(("ist", "ists", "ician", "icians", "arian", "arians")) and \
            not gr.is_verb(w):
        return True  # "projectionist", "optician", "librarian": the ending names a person
    if _compound_person(w):
        return True  # "lifeguard", "deckhand", "foreman", "locksmith"
    m = _AGENT.match(w)
    if not m or gr.is_verb(w):
        return False  # "order", "register": a verb of its own, not the one who does it
    if any(_agent_stem(w[i:]) for i in range(4, len(w) - 5)):
        return True  # "firefighter", "timekeeper": a word before an agent noun
    return _agent_stem(w)


# Compounds that name a person by their last part ("lifeguard", "deckhand", "foreman").
_PERSON_ENDS = ("guard", "guards", "hand", "hands", "man", "men", "woman", "women", "person",
                "people", "smith", "smiths", "wright", "wrights", "maid", "maids")
_NOT_PERSONS = frozenset({"beforehand", "shorthand", "offhand", "firsthand", "secondhand",
                          "longhand", "freehand", "underhand", "backhand", "safeguard",
                          "safeguards", "vanguard", "mainsman", "forehand", "forehands"})


def _compound_person(w: str) -> bool:
    """Whether a word is a word and a person's ending ("fire"+"man", "deck"+"hand",
    "life"+"guard"): an ending on no word of its own is part of another noun ("specimen",
    "bitumen", "abdomen", "regimen", "talisman", "ottoman")."""
    from afterword.language.inflections import lemmas

    if len(w) <= 6 or w in _NOT_PERSONS:
        return False
    return any(w.endswith(end) and len(w) - len(end) >= 3 and lemmas(w[:-len(end)])
               for end in _PERSON_ENDS)


def _agent_stem(word: str) -> bool:
    """Whether a word is "-er"/"-or" on a verb ("fighter", "keeper")."""
    m = _AGENT.match(word)
    if not m or gr.is_verb(word):
        return False
    stem = m.group(1)
    tries = {stem, stem + "e", stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else stem}
    return any(_verb_lemma(t) for t in tries)


def _verb_lemma(word: str) -> bool:
    """A verb's base form, whatever else it may be ("test", "fix", "facilitate")."""
    from afterword.language.inflections import lemmas

    return lemmas(word).get("VERB", ("",))[0] == word


@cache
def _person_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in words("person_nouns"))


def years_as_role(head: str) -> str | None:
    """ "3 years freelance museum guide at 4 sites including 2 castles" -> "have spent 3
    years as a freelance museum guide at 4 sites, including 2 castles": a role noun where
    a field would be ("years of freelance museum guide" is broken English)."""
    after = re.match(r"(?i)((?:\S+\s+){0,3}?([A-Za-z-]+))\s+(\d+(?:\.\d+)?)[ -]+years?"
                     r"((?:\s+(?:at|in|with|for|on|@)\s+\S.*)?)$", head)
    if after and not after.group(1)[0].isdigit():
        # "dental hygienist 3 years at ...": the role first, its years after.
        head = f"{after.group(3)} years {after.group(1)}{after.group(4)}"
    head = re.sub(r"\s+@\s+", " at ", head)
    # "2 yrs as a tutor": the jotting's own "as a" is the one the sentence says.
    m = re.match(r"(?i)(\d+(?:\.\d+)?)[ -]+years?\s+(?!of\b)(?:as\s+(?:an?\s+)?)?"
                 r"((?:\S+\s+){0,3}?([A-Za-z-]+))"
                 r"((?:\s+(?:at|in|with|for|on)\s+\S.*)?)$", head)
    if not m or not agent_noun(m.group(3)) or m.group(2).split()[0].lower() in gr.DETERMINERS:
        return None
    role = m.group(2)
    article = "an" if role[0].lower() in "aeiou" else "a"
    place = re.sub(r"(?<!,)\s+(including|incl\.?)\s+", ", including ", m.group(4))
    return f"have spent {m.group(1)} years as {article} {role}{place}"


@cache
def _undersells() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(leading, anywhere) undersell patterns from `lexicons/undersells.tsv`."""
    by_where: dict[str, list[str]] = {"lead": [], "any": []}
    for cells in rows("undersells"):
        phrase, where = (cells + [""])[:2]
        if where not in by_where:
            raise ValueError(f"undersells.tsv: {phrase!r} has an unknown place {where!r}")
        by_where[where].append(r"\s+".join(re.escape(w) for w in phrase.split()))

    def alternatives(items: list[str]) -> str:
        return "|".join(sorted(items, key=len, reverse=True))

    return (re.compile(rf"(?i)^(?:{alternatives(by_where['lead'])})\b"),
            re.compile(rf"(?i)(?<![\w'])(?:{alternatives(by_where['any'])})(?![\w'])"
                       # "not a quant expert", "not an SQL guru": the grammar of the disclaimer
                       r"|\bnot\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:expert|guru|pro|specialist)\b"))


def undersold(piece: str) -> bool:
    """Whether a jotted piece undersells the candidate ("some python", "a bit of SQL",
    "basic spanish", "not a quant expert tho"): such a piece never reaches a note; the
    rest of the qualification is said without it."""
    lead, anywhere = _undersells()
    text = piece.strip()
    # A capitalised match is a name ("The Rusty Anchor"), not the candidate's word.
    return bool(lead.match(text) or any(m.group()[:1].islower() for m in anywhere.finditer(text)))


def passive_tail(piece: str) -> str | None:
    """ "used by about 40 planners" after what was made: its description, joined with a
    comma ("set up a parts catalogue, used by about 40 planners"), never "and used by",
    which makes the candidate the one used."""
    words_ = piece.split()
    if len(words_) >= 3 and words_[1].lower() == "by" and gr.is_past(words_[0]) and \
            words_[0].islower():
        return piece
    if len(words_) >= 4 and words_[0].lower() in {"now", "still"} and \
            words_[2].lower() == "by" and gr.is_past(words_[1]):
        return piece
    if len(words_) >= 3 and words_[0].lower() in {"now", "still"} and gr.is_past(words_[1]) and \
            words_[2].lower() in {"at", "in", "on", "across", "throughout", "by"}:
        # "now used at 4 sites": what the thing made is now, never "and now used at ...".
        return f"which is {piece}"
    if re.fullmatch(r"(?i)still in (?:use|service|place)", piece.strip()):
        return f"which is {piece.strip()}"  # "drew up the winter rota ..., which is still in use"
    return None


# "we still use", "we use", "we run": the jotting's "we" is the candidate's team then.
_WE = re.compile(r"\bwe\s+(still\s+|now\s+)?([a-z]+)\b")


def our_team(clause: str, employer: str | None) -> str:
    """A clause with the jotting's "we" said as whose it is: "wrote the checklist we still
    use" -> "wrote the checklist my team at Harbour Foods still uses". To the reader, "we"
    would be their own company."""
    # "cut our close": the old team's, said as "the close" (a reader's "our" is theirs).
    clause = re.sub(r"\bour\b(?!\s+own\b)", "the", clause)
    m = _WE.search(clause)
    if not m or not _verb_lemma(m.group(2)):
        return clause
    who = f"my team at {employer}" if employer and employer not in clause else "my team"
    verb = spelled_third_person(m.group(2))
    return f"{clause[:m.start()]}{who} {m.group(1) or ''}{verb}{clause[m.end():]}"


def employer(qualifications: tuple[str, ...] | list[str]) -> str | None:
    """The candidate's employer as the qualifications name it ("4 yrs QA at Harbour Foods"):
    the first capitalised name after "at" or "with"."""
    for q in qualifications:
        m = re.search(r"\b(?:at|with)\s+((?:[A-Z][\w&'.-]*)(?:\s+(?:[A-Z][\w&'.-]*|&|of))*)", q)
        if m and not m.group(1).isupper():
            return m.group(1).rstrip(".")
    return None


# "~340 cases closed", "12 audits led": a count, its noun, then what was done to them.
_COUNT_DONE = re.compile(r"(?i)^((?:about |over |more than |nearly )?\d[\d,.]*\+?)\s+"
                         r"((?:[a-z-]+\s+){0,2}[a-z-]+s)\s+([a-z]+)$")


def count_done(piece: str) -> str | None:
    """ "about 340 cases closed" -> "closed about 340 cases": a count of things done,
    jotted with the verb last, as what follows "I"."""
    m = _COUNT_DONE.match(piece.strip())
    if not m or not gr.is_past(m.group(3)) or gr.is_verb(m.group(2).split()[-1]) and \
            not m.group(2).split()[-1].endswith("s"):
        return None
    return f"{m.group(3).lower()} {m.group(1)} {m.group(2)}"


# "planners/designers", "PMs/engineers": two plural nouns with a slash are both.
_SLASHED = re.compile(r"\b([A-Za-z][a-z]*[A-Z]*s|[A-Z]{2,}s)/([a-z]{3,}s)\b")


def slashed_pairs(clause: str) -> str:
    """ "used by about 40 planners/designers" -> "planners and designers" (never "A/B")."""
    return _SLASHED.sub(lambda m: f"{m.group(1)} and {m.group(2)}", clause)


def _noun_phrase(piece: str) -> bool:
    """A short jotted noun phrase: no verb to open it, no clause in it ("kirana study")."""
    words_ = piece.split()
    first = words_[0].lower() if words_ else ""
    return 0 < len(words_) <= 6 and first not in {"i", "we", "he", "she", "they", "it"} and \
        not gr.has_clause_verb(words_) and not gr.is_past(first) and not (
            gr.is_base_verb(first) and len(words_) > 1) and not re.search(r"\d", piece)


def led_to(pieces: list[str], raw: str) -> tuple[str, int] | None:
    """ "field study -> redesign of the signup form, 7-day retention 30% -> 41%": the
    candidate's work and what it led to, as a clause with its own subject ("my field study
    led to a redesign of the signup form, and 7-day retention went from 30% to 41%"): a
    result the candidate's work caused is something they did. (clause, pieces used)."""
    if len(pieces) < 2 or not _noun_phrase(pieces[0]) or not _noun_phrase(pieces[1]):
        return None
    last = pieces[0].split()[-1]
    if not re.search(rf"(?i){re.escape(last)}\s*(?:->|\u2192|=>)", raw):
        return None  # only the jotting's own arrow says one led to the other
    first = pieces[0][0].lower() + pieces[0][1:] if pieces[0][:2].islower() or \
        pieces[0][1:2].islower() else pieces[0]
    clause, used = f"my {first} led to {gr.add_articles(pieces[1])}", 2
    if len(pieces) > 2:
        change = re.match(r"^((?:[\w-]+\s+){0,3}[\w-]+)\s+(from\s+\S+\s+to\s+\S+)$", pieces[2])
        if change and not gr.has_clause_verb(change.group(1).split()):
            clause, used = f"{clause}, and {change.group(1)} went {change.group(2)}", 3
    return clause, used


def said_after_i(clause: str) -> bool:
    """Whether a qualification clause follows "I" (most do); "my field study led to ..."
    has a subject of its own."""
    return not clause.startswith("my ")


def tools(pieces: list[str]) -> str | None:
    """ "SQL (warehouse), python (pandas), Tableau": three or more tools named in a row, said
    as "have worked with SQL, Python and Tableau" (what is in brackets stays with its tool),
    never "would bring SQL" for the first alone."""
    if len(pieces) < 3:
        return None
    names = []
    for piece in pieces:
        head = piece.split("(")[0].strip()
        words_ = head.split()
        if not 0 < len(words_) <= 3 or gr.has_clause_verb(words_) or re.search(r"\d", head) \
                or any(gr.is_past(w.lower()) for w in words_):
            return None
        names.append(piece.strip())
    *most, last = names
    return f"have worked with {', '.join(most)} and {last}"


_LAST = re.compile(r"(?i)^(.+?)\s+(?:for\s+)?(?:the\s+)?last\s+(\d+)(?:\s*(?:yrs?|years?))?$")


def last_years(piece: str) -> tuple[str, str] | None:
    """ "bar manager at The Anchor last 3": the post and its years ("the last 3" of the
    years jotted before it), as (post, years)."""
    m = _LAST.match(" ".join(piece.split()))  # one space a gap: no run for \s+ to retry
    return (m.group(1), m.group(2)) if m else None


# "6,000 sq ft", "12k sqft", "800 sq m": an area as jotted (the unit is no word a note uses).
_AREA = re.compile(r"(?i)\b(\d[\d,]*(?:\.\d+)?)(k)?\s*(sq\.?\s*(?:ft|feet|m)\.?|sqft|sqm|sf|m2)"
                   r"(?![\w])(\s+[a-z][\w-]*)?")
# Plural nouns made of a verb and its particle, jotted apart ("built ins", "walk ins").
_PARTICLE_NOUN = re.compile(r"\b(built|walk|call|follow|check|roll|hand|sign|add|write|set|"
                            r"tear|fit|mock|pull|drop|lay|cut|pick|start|run|break|take|"
                            r"tune|hook|clean|print|read|look|sit)\s+(ins|outs|ups|offs|ons|"
                            r"downs|overs|throughs|arounds)\b")


def spelled_measures(piece: str) -> str:
    """ "on a 6,000 sq ft custom home" -> "on a 6,000-square-foot custom home"; "12k sq ft"
    alone -> "12,000 square feet"; "built ins" -> "built-ins": a jotted unit or compound
    said as a note writes it."""
    from afterword.language import phrases as gr

    def area(m: re.Match[str]) -> str:
        number = m.group(1)
        if m.group(2):
            number = f"{round(float(number.replace(',', '')) * 1000):,}"
        metric = m.group(3).lower().rstrip(".").endswith(("m", "m2"))
        after = m.group(4) or ""
        word = after.strip().lower()
        if word and word not in gr.PREPOSITIONS and word not in gr.DETERMINERS and \
                word not in {"and", "or", "of"} and not gr.is_past(word):
            unit = "square-metre" if metric else "square-foot"
            return f"{number}-{unit}{after}"  # an area before its noun: "a 6,000-square-foot home"
        return f"{number} {'square metres' if metric else 'square feet'}{after}"

    piece = _AREA.sub(area, piece)
    return _PARTICLE_NOUN.sub(lambda m: f"{m.group(1)}-{m.group(2)}", piece)


def did_as_done(clause: str) -> str:
    """ "did all the trim on a custom home" -> "handled all the trim ...", "did a 6-month
    rotation" -> "completed a 6-month rotation": the jotting's "did" says what the work was
    in a verb that reads as work done (a reader, and the review, read "I did ..." as filler)."""
    clause = with_article(clause)
    got = re.match(r"got\s+((?:[\w'-]+\s+){1,5}?)from\s+(?:about\s+)?(\d[\d.,]*)\S*(?:\s+[a-z]+)?\s+"
                   r"to\s+(?:about\s+)?(\d[\d.,]*)", clause)
    if got:
        # "got on-time delivery from 91% to 97%": the way the numbers went says the verb a
        # reader (and the review) reads as a result ("raised", "cut").
        try:
            up = float(got.group(3).replace(",", "")) > float(got.group(2).replace(",", ""))
        except ValueError:
            return clause
        return ("raised " if up else "cut ") + clause[len("got "):]
    made = re.match(r"did\s+(?:the|a|an|my|our|their|its)\s+((?:[\w-]+\s+){0,4}?)([a-z]+?)s?\b"
                    r"(?=\s+(?:for|on|in|at|across|with|that|which|,)\b|\s*,|\s*$)", clause)
    if made and made.group(2) in _made_things() and not re.search(
            r"(?i)\b(?:every|each|daily|weekly|nightly|per shift|at the start of|at the end of)\b",
            clause):
        # "did the renal dosing chart" -> "drew up the renal dosing chart": what was made,
        # in the verb of its making; "did the rota every week" is work done, not made.
        return _made_things()[made.group(2)] + clause[len("did"):]
    m = re.match(r"did\s+(all|the|my|our|every|each|a|an|\d[\d,]*|about|over|more than)\b",
                 clause)
    if not m:
        plural = re.match(r"did\s+(?:[a-z-]+\s+){0,2}([a-z-]+s)\s+(?:for|on|in|at|across)\b",
                          clause)
        if plural and not plural.group(1).endswith("ss"):
            return "handled" + clause[len("did"):]  # "did final accounts for 3 projects"
        return clause
    verb = "handled" if m.group(1) in {"all", "the", "my", "our", "every", "each"} else "completed"
    return verb + clause[len("did"):]


@cache
def _made_things() -> dict[str, str]:
    """noun -> the past verb of its making, from `lexicons/made_things.tsv`."""
    return {cells[0]: cells[1] for cells in rows("made_things")}


_AVERAGE_AFTER = re.compile(r"(?i)^((?:helped\s+)?[a-z]+)\s+(?:the\s+)?((?:[\w'&/-]+\s+){0,5}?"
                            r"[\w'&/-]+)\s+average\s+(from\b.*)$")
_AVERAGE_BEFORE = re.compile(r"(?i)^((?:helped\s+)?[a-z]+)\s+(?:the\s+)?average\s+(.+?)\s+"
                             r"(from\b.*)$")


def average_first(clause: str) -> str | None:
    """ "cut call wait average from 4 to about 2 minutes" (jotted "call wait avg 4min ->
    ~2min") -> "cut the average call wait from ...": an average is said before what it
    measures, with "the". None when what it measures has a qualifier ("AOG after defects
    average"): where "average" belongs is then a guess, so the claim is asked for. Clauses
    without "average" come back as they are."""
    if not re.search(r"(?i)\baverage\b", clause):
        return clause
    m = _AVERAGE_BEFORE.match(clause)
    if m:
        # "cut average length of stay from ...": the average already leads.
        return f"{m.group(1)} the average {m.group(2)} {m.group(3)}"
    m = _AVERAGE_AFTER.match(clause)
    if not m:
        return None
    metric = m.group(2)
    words_ = metric.lower().split()
    if any(w in gr.PREPOSITIONS or w in {"average", "avg", "per"} for w in words_) or \
            re.search(r"[A-Z]{2}", metric) or gr.is_verb(words_[-1]) and not gr.is_past(
                words_[-1]) and "NOUN" not in gr._lemmas(words_[-1]):
        return None
    return f"{m.group(1)} the average {metric} {m.group(3)}"


def figure_tail(clause: str, piece: str) -> str | None:
    """A figure jotted after a claim, said with it: "found 23 bugs ..., 4 critical" ->
    ", four of them critical"; "ran nurse clinics, about 15 a week" -> ", about 15 a
    week"; "saved the client ₦38m ..., abt 7% of the piling sum" -> ", about 7% of the
    piling sum"; "did final accounts for 3 projects, biggest ₦2.1bn hospital" -> ", the
    biggest a ₦2.1bn hospital" said as ", the biggest being a ...". None for other pieces:
    the number is the point of the claim and is not dropped when it can be said."""
    text = " ".join(piece.split())
    some = re.fullmatch(r"(?i)((?:about |over |nearly )?\d[\d,]*)\s+([a-z]+)", text)
    if some and re.search(r"\b\d[\d,]*\s+[a-z-]+s\b", clause) and not gr.is_verb(some.group(2)) \
            and not some.group(2).endswith("s"):
        return f"{clause}, {some.group(1)} of them {some.group(2)}"  # "4 critical"
    if re.fullmatch(r"(?i)(?:about |over |nearly |up to )?\d[\d,.]*\s+(?:a|per|every)\s+"
                    r"(?:day|week|month|shift|year|night)", text):
        return f"{clause}, {text}"  # "about 15 a week"
    if re.fullmatch(r"(?i)(?:about |over |nearly )?\d[\d.]*%\s+of\s+(?:the\s+|their\s+)?"
                    r"[\w\s-]{2,30}", text) and re.search(r"[£$₦€¥]\s?\d|\d%", clause):
        return f"{clause}, {text}"  # "₦38m ..., about 7% of the piling sum"
    biggest = re.fullmatch(r"(?i)(biggest|largest|longest|highest)\s+(?:one\s+|was\s+)?(?:an?\s+)?"
                           r"(\S*\d\S*\s+[\w\s-]{2,40})", text)
    if biggest and re.search(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+"
                             r"[a-z-]+s\b", clause):
        noun = biggest.group(2)
        article = "an" if re.match(r"[£$₦€¥]?(?:8|11|18)\b", noun) or noun[0] in "aeiou" \
            else "a"
        return f"{clause}, the {biggest.group(1).lower()} being {article} {noun}"
    return None


def with_article(clause: str) -> str:
    """ "saved client ₦38m" -> "saved the client ₦38m": the article a jotting drops after
    the verb, before the one the work was for."""
    return re.sub(r"^(saved|cost|won|brought|gave)\s+(client|customer|"
                  r"business|hospital|school|council|charity)\b", r"\1 the \2", clause)
