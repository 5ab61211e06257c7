"""The sentences of fit, concern and values, and which qualification matches a topic."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from afterword.compose import bridges, claims, plainly
from afterword.compose import phrasing as ph
from afterword.compose.answers import weak_points
from afterword.compose.facts import Person
from afterword.compose.thanks.angles import _A_NAME
from afterword.compose.thanks.wording import cap
from afterword.language import mottos, trades
from afterword.language import phrases as gr

if TYPE_CHECKING:
    from afterword.compose.thanks.panel import Panel, Placed


def qualification_for(panel: Panel, topics: list[str], index: int,
                      person: Person | None = None) -> list[tuple[str, int]]:
    """Usable qualification clauses with how well each fits this reader: words shared with
    the topic the note thanks them for (counted twice), then with the reader's own topics
    as jotted (a topic too rough to name, "he wants a lead who'll actually train ppl", still
    says what matters to them). Best fit first."""
    reading = panel.reading
    clauses = [c for c in (reading.qualification(q) for q in panel.facts.qualifications) if c.ok]
    texts = [c.text or "" for c in clauses]
    if not texts:
        return []
    k = index % len(texts)
    texts = texts[k:] + texts[:k]
    # The role's and the company's words fit everyone alike ("paralegal"): they do not count.
    # Words are compared by their content lemmas (`bridges.roots`): "within" fits nothing.
    common = bridges.roots(f"{panel.facts.role} {panel.facts.company}")
    first = bridges.roots(" ".join(topics[:1])) - common
    # The reader's own topics, as jotted, count most; the interview's, which this note may
    # name too, break a tie.
    mine = bridges.roots(" ".join(person.topics if person else topics[1:])) - common
    rest = bridges.roots(" ".join(topics[1:])) - common - mine
    w = bridges.weight
    # The topic the thanks names counts most when it is the reader's own; one of the
    # interview's (their own could not be named) counts below what they raised themselves.
    lead = 3 if person is None or first & mine else 1
    scored = [(t, lead * w(first & (r := bridges.roots(t))) + 2 * w(mine & r) + w(rest & r))
              for t in texts]
    # A line that says only what a concern named as the candidate's instead ("only 2 bench
    # trials") restates the weakness: every other line of fit comes before it.
    weak = [w for w in (_stems(p) for p in weak_points([c.concern for c in panel.facts.concerns]))
            if w]
    scored = [(t, s - 100 if any(w <= _stems(t) for w in weak) else s) for t, s in scored]
    # A trade's own acronyms ("TMS", "IDIs") read as jargon to a reader outside that trade
    # (a recruiter passing thanks on, a product manager on a research panel): among clauses
    # that fit alike, the one this reader reads without them comes first; then the
    # strongest: a result in figures ("cut closure from 42 to 26 days") before a count, a
    # count before bare years ("four years of QA experience").
    if person is not None or panel.relay:
        own = trades.fields((person.title or "", *person.topics) if person else ())
        return sorted(scored, key=lambda ts: (-ts[1], _foreign_terms(ts[0], own),
                                              -_strength(ts[0])))
    return sorted(scored, key=lambda ts: (-ts[1], -_strength(ts[0])))


def _bare_fit(clause: str) -> str | None:
    """A qualification as a plain sentence of its own ("I hold a Class B CDL."), for a
    bridge to lead into; None when it needs a frame around it."""
    if clause.startswith("would bring "):
        had = clause.removeprefix("would bring ")
        return f"I have {had}." if _SKILL.search(had) else None
    return f"I {clause}." if claims.said_after_i(clause) else None


def _strength(clause: str) -> int:
    """How much a qualification shows: 2 for a result (a change, a percentage), 1 for a
    figure, 0 for a claim without one, -1 for years of experience alone."""
    if re.search(r"\bfrom\s+(?:about\s+)?\$?\d[\d.,]*\S*(?:\s+\S+){0,3}?\s+to\s+\S*\d|\d%|"
                 r"\bby\s+(?:about\s+|over\s+)?(?:\d|half|a third|a quarter)", clause):
        return 2
    if clause.startswith(("would bring", "have spent")) and "," not in clause:
        return -1
    if clause.startswith(("hold ", "have held ", "am ")):
        return 0  # a credential held: the number in "OSHA 30" counts nothing done
    return 1 if re.search(r"\d|\b(?:two|three|four|five|six|seven|eight|nine)\b", clause) else 0


def _foreign_terms(clause: str, own: frozenset[str]) -> int:
    """How many acronyms of `clause` are standing terms of a trade other than `own`."""
    found = re.findall(r"(?<![\w&-])([A-Z][A-Z0-9&]*[A-Z])s?(?![\w&-])", clause)
    return sum(1 for a in found if (fields := trades.field_of(a)) and not fields & own)


def _stems(text: str) -> set[str]:
    return {w.lower()[:5] for w in re.findall(r"[A-Za-z]{4,}", text)} - {
        "about", "would", "bring", "their", "which", "years", "there", "with", "your"}


def fit_sentence(clause: str, index: int, *, matched: bool, short: bool = False) -> str:
    """A qualification clause as a sentence of fit, in the candidate's own voice (`short`:
    for a card or a message, with the shortest link)."""
    if not claims.said_after_i(clause):
        return cap(clause) + "."  # "My field study led to ...": a subject of its own
    if clause.startswith("would bring "):
        had = clause.removeprefix("would bring ")
        if not _SKILL.search(had):
            if _CITED.match(had):
                # "21 CFR 210/211 and Part 11", "ISO 13485": rules one works under, which
                # are neither counted things nor experience one has.
                return f"I have worked under {had}."
            if _COUNTED.match(had):
                # "2 jury trials as trial paralegal", "3 first-author papers": counted
                # things, not something one brings nor has experience with.
                return f"My record includes {plainly.as_a(had)}."
            return f"My experience includes {had}."
        # "3 years ..., with about 18 patients": no "to the team" after the added clause,
        # nor after a long phrase, which would wedge it between "bring" and "to the team".
        bank = ph.QUALIFICATION_HAD if "," not in had and len(had.split()) <= 7 else \
            tuple(f for f in ph.QUALIFICATION_HAD if f.endswith("{q}."))
        return ph.pick(bank, index).format(q=had)
    if _PLAIN.match(clause):
        # A standing or a credential ("was in the top 10% of my class", "hold the CKA
        # certification"): said plainly, never called "experience".
        return f"I {clause}."
    said = plainly.plain(clause)
    if re.match(r"(?:am|have spent|hold)\b", clause):
        # Said as it is; a second note of the panel that must name it too says it otherwise.
        return said or ph.pick(ph.QUALIFICATION_HELD, index).format(q=clause)
    if short and gr.is_past(clause.split()[0]) and ("," in clause or any(
            gr.is_past(w) for w in re.findall(r"\band\s+(\w+)", clause))):
        # "ran the elective, and enrolment went from 14 to 31": no frame around the result.
        return f"I {clause}."
    if ", and " in clause or len(clause.split()) > 20:
        # "wrote the checklist ..., and cut prep time ...": a result already closes it; a
        # frame after it ("and I would bring that experience") runs on.
        return f"I {clause}."
    if clause.split()[0].endswith("ed") or re.match(r"[a-z]+\b", clause) and not re.match(
            r"(?:manage|reconcile|lead|run|own|work|teach|build|use|write)\b", clause):
        if said and (short or not matched):
            return said  # the claim says what one brings: no stock tail after it
        bank = ph.QUALIFICATION_SHORT if short else \
            ph.QUALIFICATION_LINKED if matched else ph.QUALIFICATION_DONE
        return ph.pick(bank, index).format(q=clause)
    return ph.pick(ph.QUALIFICATION_NOW, index).format(q=clause)


# Counted things: "2 jury trials", "three first-author papers".
# A regulation or a standard cited by its number: "21 CFR 211", "Part 11", "ISO 9001".
_CITATION = r"(?:(?:\d+\s+)?[A-Z]{2,}\s+\d[\d/.:-]*|(?:Part|Annex|Section)\s+\d[\d/.]*)"


_CITED = re.compile(rf"{_CITATION}(?:(?:,\s*|\s+and\s+){_CITATION})*$")


_COUNTED = re.compile(r"(?i)(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|a dozen|"
                      r"dozens|several|many|more than|over|about)\b)")


# A standing, a credential or an exam passed: said plainly, never called "experience".
_PLAIN = re.compile(r"(?:was|were|am|hold|have held|passed|earned|completed|obtained|received|"
                    r"won|qualified|became|speak|have been (?:[\w-]+ ){0,3}?(?:chartered|"
                    r"registered|licensed|certified|accredited|qualified|insured|bonded))\b")


# What one can "bring": years, skills, knowledge; not counted things ("2 jury trials").
_SKILL = re.compile(r"(?i)\b(?:years?|experience|expertise|skills?|knowledge|fluency|"
                    r"certification|training)\b")


def also_sentence(clause: str, index: int) -> str:
    """A second qualification after the first: "I also ...", never a second stock frame."""
    if not claims.said_after_i(clause):
        return cap(clause) + "."
    if clause.startswith("would bring "):
        had = clause.removeprefix("would bring ")
        if not _SKILL.search(had):
            return (f"My record also includes {plainly.as_a(had)}." if _COUNTED.match(had)
                    else f"I also have experience with {had}.")
        # Years after an achievement: "I also have ...", never "Beyond that, I bring 7
        # years" (an anticlimax), nor "bring" twice (the fit before it may say "I would
        # bring that experience").
        return f"I also have {had}."
    sentence = ph.pick(ph.ALSO, index).format(q=clause)
    # "I also have spent" reads wrong: the adverb goes after the first auxiliary.
    return re.sub(r"^I also (am|was|have) ", r"I \1 also ", sentence)


def _also(gap: str) -> str:
    """A second gap in one note, said as one more ("Budget office work would also be new
    to me"), never "I know" twice in a row."""
    for pattern, repl in ((r"^I know (.+) would be new to me$", r"\1 would also be new to me"),
                          (r"^I know my (.+) is limited so far$", r"my \1 is also limited so far"),
                          (r"^I do not hold ", "I also do not hold "),
                          (r"^I am not yet ", "I am also not yet ")):
        said = re.sub(pattern, repl, gap)
        if said != gap:
            return said[0].upper() + said[1:]
    return gap


def concern_sentence(placed: Placed, index: int, *, later: bool = False) -> str:
    """`later`: a concern after another in the same note."""
    if placed.gap and later and not placed.attributed:
        joint = "; " if re.match(r"I\b", placed.answer) else ". "
        return f"{_also(placed.gap)}{joint}{placed.answer}"
    if placed.gap and not placed.attributed:
        # The gap said plainly, then what was done about it: "I know NetSuite would be new
        # to me; I learned Sage Intacct in three weeks ...". To a reader who did not ask,
        # the gap is the context the answer needs.
        joint = "; " if re.match(r"(?:I|My)\b", placed.answer) else ". "
        answer = re.sub(r"^My\b", "my", placed.answer)  # "...; my NICET Level 1 is booked ..."
        return f"{placed.gap}{joint}{answer}"
    # To the reader who asked, the question is theirs: the note leads with what the answer
    # shows, and never restates the gap ("..., which would be new to me" read to coaches as
    # a confession).
    if not placed.subject:
        # No subject to name: the answer names its matter itself, led in as a follow-on.
        if placed.attributed:
            return ph.pick(ph.CONCERN_ASKED_UNNAMED, index).format(answer=placed.answer)
        # After "that", the answer's first word keeps its capital only if it is "I" or a
        # name; a common word ("My", "The") goes lower case, and a name stands alone.
        first = placed.answer.split()[0] if placed.answer.split() else ""
        if first == "I" or first in _COMMON_OPENERS:
            lowered = placed.answer if first == "I" else first.lower() + placed.answer[len(first):]
            return ph.pick(ph.CONCERN_UNNAMED, index).format(answer=lowered)
        return placed.answer
    bank = ph.CONCERN_ASKED if placed.attributed else ph.CONCERN_NEUTRAL
    frame = ph.pick(bank, index)
    answer = placed.answer
    first = answer.split()[0] if answer.split() else ""
    if ": {answer}" in frame and first in _COMMON_OPENERS:
        answer = first.lower() + answer[len(first):]  # "On your question about X: my course ..."
    return frame.format(subject=placed.subject, answer=answer)


# Words an answer may open on that are no name: lower case after "that".
_COMMON_OPENERS = frozenset("My Our The A An Both Each At In On For When Since Last This "
                            "Every Most".split())


def values_sentence(panel: Panel, index: int, *, theirs: bool = False) -> str | None:
    """The company's own words in a sentence (`theirs`: said back to the interviewer the
    record gives them to, "as you put it")."""
    values = panel.reading.values
    if not values.ok or not values.text:
        return None
    quoted = values.text
    bank: tuple[str, ...] = ph.VALUES_THEIRS if theirs else ph.VALUES_QUOTED
    if _A_NAME.match(quoted) and not theirs:
        bank = ph.VALUES_NAMED  # "Lakemont 2045" is a plan's name, not a standard to work to
    elif mottos.belief(quoted) and not theirs:
        # "Tidewater's “boring is a feature”": a sentence is no thing a company has.
        bank = tuple(b for b in bank if "{companys}" not in b)
    # "The City of Lakemont's ...": a sentence that opens on the company's name opens on a
    # capital, though the name takes a lower-case "the" mid-sentence.
    return cap(ph.pick(bank, index + panel.offset).format(
        q=quoted, Q=quoted[0].upper() + quoted[1:],
        companys=ph.possessive(ph.in_sentence(panel.facts.company))))
