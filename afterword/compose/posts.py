"""A post held and what was done in it, said as one sentence of the candidate's.

"have spent 8 years as a teacher and coached robotics" mixes a perfect and a simple past:
`one_tense` gives the second verb its own subject ("..., and I coached robotics"; after a
workplace, "..., where I ..."). `as_post` says the jotting's "on internship" as the post
("as an intern"), `one_year` makes one year singular, and `side_as_post` says "on the paid
on-call side" as the post a qualification names ("as a paid on-call firefighter").
"""

from __future__ import annotations

import re
from functools import cache

from afterword.compose.claims import agent_noun
from afterword.language import phrases as gr
from afterword.language.lexicon import rows, words

# "have spent 8 years as a teacher and coached robotics", "have six years of warehouse
# experience and drove forklifts": a perfect (or "have" of possession) and a simple past
# joined by "and" read as two jottings pasted; the second keeps its own subject.
_MIXED = re.compile(r"^(have\s+(?:spent\s+)?(?:\S+\s+){0,12}?\S+?)\s+and\s+([a-z]+)\b(.*)$")


# Places of work a "where" can point back to ("at a hospital, where I ..."); a tool, a
# field or a people ("with Python", "in sales") is none.
_SITES = frozenset("""academy agency airline airport association authority bakery bank bar
base branch bureau business cafe centre center chambers charity church clinic club college
company consultancy cooperative co-op council court department depot distributor embassy
factory farm firm foundation garage hall home hospice hospital hotel institute kitchen lab
laboratory library mill mine ministry museum nursery office partnership pharmacy plant port
practice prison pub refinery restaurant school shop site society startup station store
studio supermarket surgery terminal trust union university utility ward warehouse workshop
yard""".split())
_AT = re.compile(r"\b(?:at|with|in)\s+(?:an?\s+|the\s+|my\s+)?((?:[\w&'.-]+\s+){0,3}[\w&'.-]+)$")


def _workplace(head: str) -> bool:
    """Whether a claim ends at a place of work: a name in capitals ("at a TPA", "with
    Harbour Foods") or a site noun ("in a busy warehouse"), never a year ("in 2019")."""
    m = _AT.search(head)
    if not m or re.search(r"\bin\s+(?:19|20)\d\d$", head):
        return False
    named = m.group(1).split()
    last = named[-1].lower().rstrip(".")
    if last in _SITES or last.rstrip("s") in _SITES:
        return True
    if m.group().startswith("at "):
        return any(w[0].isupper() for w in named)  # "at a TPA", "at Harbour Foods"
    # "with Harbour Foods", "in Lagos", but not a product ("with Python", "in Excel") or a
    # bare code ("with SQL"); "with the NHS" names an employer.
    article = bool(re.match(r"\w+\s+(?:the|an?)\s", m.group()))
    return any(w[0].isupper() and w not in _products() and (article or not w.isupper())
               for w in named)


@cache
def _products() -> frozenset[str]:
    """Names written with capitals that are tools, not places of work (`casing.tsv`,
    `tool_names.tsv`): "Python", "Excel", "Playwright"."""
    return frozenset(words("casing")) | frozenset(r[1] for r in rows("tool_names")
                                                  if len(r) > 1)


def one_tense(clause: str) -> str:
    """ "have spent eight years as a teacher and coached robotics" -> "have spent eight
    years as a teacher, and I coached robotics"; after a place, "..., where I ..."
    ("have spent three months as an intern at a TPA, where I automated the report"). A
    perfect whose second verb shares its "have" ("have managed and trained") is kept."""
    m = _MIXED.match(clause)
    if not m:
        return clause
    head, verb, rest = m.groups()
    words_ = head.split()
    possessive = len(words_) > 1 and words_[1] != "spent" and not gr.is_past(words_[1])
    spent = len(words_) > 1 and words_[1] == "spent"
    if not (spent or possessive) or not gr.is_past(verb) or verb in {"been", "had"} or \
            re.search(r",\s*(?:where|and)\s+I\b", head):
        return clause
    if _workplace(head):
        return f"{head}, where I {verb}{rest}"
    return f"{head}, and I {verb}{rest}"


# "on internship", "on attachment": the jotting's idiom for a post held as an intern.
_ON_POST = {"internship": "as an intern", "attachment": "as an intern",
            "industrial attachment": "as an intern", "apprenticeship": "as an apprentice",
            "traineeship": "as a trainee", "articleship": "as an articled trainee"}


def as_post(clause: str) -> str:
    """ "have spent three months on internship at a TPA" -> "... as an intern at a TPA"."""
    return re.sub(r"\bon\s+(?:an?\s+)?(industrial attachment|internship|attachment|"
                  r"apprenticeship|traineeship|articleship)\b",
                  lambda m: _ON_POST[m.group(1).lower()], clause)


def one_year(clause: str) -> str:
    """ "have spent 1 years as a teller", "one years of ...": one year is singular."""
    return re.sub(r"(?<![\d.])\b(1|one)\s+(year|month|week)s\b", lambda m: f"one {m.group(2)}",
                  clause)


def _flat(text: str) -> str:
    return " ".join(re.sub(r"[-\s]+", " ", text.lower()).split())


def side_as_post(piece: str, qualifications: tuple[str, ...] | list[str]) -> str:
    """ "ran ~60 medicals on the paid on-call side" -> "... as a paid on-call firefighter",
    when a qualification names that post ("paid on call firefighter 2 yrs"): "the X side"
    is the jotting's pointer to it. Left as it is otherwise."""
    m = re.search(r"(?i)\b(?:on|in|from)\s+the\s+((?:[\w-]+\s+){0,3}?[\w-]+)\s+side\b", piece)
    if not m:
        return piece
    side = _flat(m.group(1))
    for q in qualifications:
        found = re.search(rf"\b{re.escape(side)}(?:\s+([a-z]+))?\b", _flat(q))
        if not found:
            continue
        post = None
        if found.group(1) and agent_noun(found.group(1)):
            post = f"{m.group(1)} {found.group(1)}"  # "paid on-call" + "firefighter"
        elif agent_noun(side.split()[-1]):
            post = m.group(1)  # "the relief driver side": the post is named whole
        if post:
            article = "an" if post[0].lower() in "aeiou" else "a"
            return f"{piece[:m.start()]}as {article} {post}{piece[m.end():]}"
    return piece

