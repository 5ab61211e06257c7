"""A plan jotted as steps, said as one sentence in the candidate's voice.

An improve entry (and sometimes a concern's answer) is often the right procedure, typed as a
heading and a run of steps: "what I do: book a double slot, room away from reception,
explain sedation first, ...", "first: stop excavation, clear the area, inform QP and RE,
...", "1) listen without interrupting 2) remake it straight away 3) ...". Pasted whole it
reads as a checklist; a coach keeps the opening steps as one sentence ("I book a double slot
and explain sedation first.", "I would first stop excavation and clear the area.") and a
result with its number when the jotting has one ("We did 11 walks in 2025 and got no bad
reviews from them."). The heading decides the voice: "what I do", "how I do it" are the
candidate's habit ("I book ..."); "the right answer", "first", a bare list of
instructions are what they would do ("I would ..."). Steps that are not instructions ("room
away from reception", "paw print + card sent after") are left out, never guessed at.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from afterword.language import phrases as gr

# Headings that say the steps are the candidate's habit, and those that say what they would do.
_HABIT = re.compile(r"(?i)^(?:what|how)\s+(?:i|we)\s+(?:usually\s+|always\s+|actually\s+)?"
                    r"(?:do|do it|handle it|handle them|run it)(?:\s+now)?$"
                    r"|^my\s+(?:usual\s+)?(?:process|routine|approach|steps|way|method)$")
_WOULD = re.compile(r"(?i)^(?:the\s+|my\s+|a\s+)?(?:right|correct|better|proper|real|full|safe|"
                    r"standard)\s+(?:answer|way|approach|version|order|steps|sequence|process)$"
                    r"|^(?:first|step 1|steps|the steps|in order|order)$"
                    r"|^what\s+i(?:'d|\u2019d|\s+would)\s+do(?:\s+now)?$"
                    r"|^what\s+i\s+should(?:'ve|\u2019ve|\s+have)\s+(?:done|said)$")
# Words that lead a step in and stay with it ("then", "first"), and joiners that do not.
_LEADS = ("first", "then", "next", "finally", "after that", "afterwards")
_JOINERS = re.compile(r"(?i)^(?:and|also|plus|\+|&)\s+")
# What may follow a verb of instruction: it is a verb ("book a double slot", "log it",
# "listen without ...") and not a noun before its own verb ("nurse stays with ...").
_OBJECTS = frozenset("it them him her everything each all both one out up off down back what "
                     "how why where when whether".split())
_MOST_STEPS = 2
_MOST_STEP_WORDS = 16


@dataclass
class Plan:
    """The steps of a plan (instructions without their subject, in order), the voice they
    are said in, and the results said with them (sentences with their own subject)."""

    steps: list[str]
    would: bool
    results: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    scope: str = ""


def _step_verb(step: str) -> bool:
    """Whether a step opens on an instruction: a verb in its base form, alone or before an
    object, a particle or a preposition ("isolate", "lock out and tag", "check air pressure")."""
    words = step.split()
    if not words:
        return False
    first = words[0].lower()
    lemmas = gr._lemmas(first)
    verbs = lemmas.get("VERB") or ()
    if not verbs or verbs[0] != first or gr.is_past(first) or first.endswith(("ing", "ed")) \
            or first in gr.DETERMINERS or first in {"i", "we"}:
        return False
    if len(words) == 1:
        return True
    after = words[1].lower().strip(",.")
    if "ADJ" in lemmas and after not in gr.DETERMINERS | gr.PREPOSITIONS | _OBJECTS:
        return False  # "short tasks with a timer": an adjective before its noun, no verb
    if gr.is_finite(after) and "NOUN" not in gr._lemmas(after):
        return False  # "nurse stays with the owner": a noun and its verb
    if after.endswith("s") and gr.is_verb(after) and (
            not gr._lemmas(after).get("NOUN") or _person(first)):
        return False  # ("nurse stays with the owner": a person and what they do)
    if after not in _OBJECTS and after not in gr.PREPOSITIONS and \
            {"ADV", "ADJ"} & set(gr._lemmas(after)) and "NOUN" not in gr._lemmas(after):
        return False  # "room away from reception": a noun and where it is, no verb
    return after in gr.DETERMINERS or after in gr.PREPOSITIONS or after in _OBJECTS or (
        after in {"and", "or"} and len(words) > 2 and gr.is_verb(words[2].lower())) or bool(
        "NOUN" in gr._lemmas(after) or "ADJ" in gr._lemmas(after) or after[:1].isdigit()
        or after[:1].isupper())


def _person(word: str) -> bool:
    from afterword.language.lexicon import words

    return word in {w.lower() for w in words("person_nouns")}


def _heading(text: str) -> tuple[bool | None, str, str, str]:
    """(would, lead, scope, rest): the voice a heading gives ("what I do:" -> False, "the
    right answer:" -> True, none -> None), the lead it carries ("first:" -> "first") and the
    case the plan is for ("for many API servers:", "before referral:"), said before it."""
    m = re.match(r"\s*([^:'\"\u2018\u201c]{1,40}?)\s*:\s*(\S.*)$", text, re.S)
    if not m or len(m.group(1).split()) > 6:
        return None, "", "", text
    label = m.group(1).strip().lower()
    if _HABIT.match(label):
        return False, "", "", m.group(2)
    if _WOULD.match(label):
        return True, "first" if label == "first" else "", "", m.group(2)
    words = m.group(1).split()
    if words[0].lower() in _SCOPES and len(words) <= 5 and not gr.has_clause_verb(words[1:]) \
            and not any(w.lower() in {"i", "we", "he", "she", "they"} for w in words):
        return None, "", m.group(1).strip(), m.group(2)
    return None, "", "", text


# Words that open the case a plan is for ("for many API servers:", "before referral:").
_SCOPES = frozenset("for before after with in on when if during once under".split())


def _pieces(text: str) -> list[str]:
    """The steps and sentences of a run, in order: split at full stops, semicolons, commas,
    " - ", "then" and numbers that count steps ("1) ... 2) ...")."""
    text = re.sub(r"\s*\([^()]*\)", "", text)  # examples in brackets: the step says it
    text = re.sub(r"(?:^|\s)\d[.)]\s+", " ; ", text)
    parts = re.split(r"\s*(?:[.;]\s+|;|,\s*|\s[-\u2013]\s|\s+(?=then\s))\s*", text.strip().rstrip("."))
    return [p.strip() for p in parts if p and p.strip()]


def read_plan(text: str) -> Plan | None:
    """The plan a jotting holds, or None when it holds fewer than two instructions."""
    would, lead, scope, rest = _heading(" ".join(text.split()))
    steps: list[str] = []
    results: list[str] = []
    skipped: list[str] = []
    for piece in _pieces(rest):
        piece = _JOINERS.sub("", piece)
        said = piece
        m = re.match(rf"(?i)({'|'.join(_LEADS)})\s+(?=\w)", said)
        step_lead = m.group(1).lower() if m else ""
        if m:
            said = said[m.end():]
        said = re.sub(r"(?i)^(?:i\s+(?:would|'d|\u2019d)\s+|i\s+)(?=[a-z])", "", said) \
            if re.match(r"(?i)i\s+(?:would|'d|\u2019d)\s+[a-z]+", said) or (
                would is False and re.match(r"(?i)i\s+[a-z]+", said)) else said
        if re.match(r"(?i)never\s+\w", said) and _step_verb(said.split(None, 1)[1]):
            steps.append(said[0].lower() + said[1:])  # "never relabel": a step, said with "never"
            continue
        if _step_verb(said):
            first_lead = lead if not steps else ""
            steps.append(" ".join(w for w in (first_lead or step_lead, said) if w))
            continue
        of_mine = re.match(r"(?i)(?:most|all|none|some|many|half)\s+of\s+(?:my|our|the)\s+\S+\s+"
                           r"([a-z]+)\b", said)
        if re.match(r"(?i)(?:we|most|all|none|every|each)\b", said) and any(
                gr.is_past(w) or gr.is_finite(w) for w in said.lower().split()[1:6]) or (
                of_mine and gr.is_verb(of_mine.group(1).lower())):
            # ("most of my pts say yes the 2nd time": a plural and its verb)
            results.append(said)  # "we did 11 walks in 2025 ...": the plan's outcome
            continue
        if re.match(r"(?i)i(?:'d|\u2019d| would) love to\s+\w", said):
            results.append(said)
            continue
        skipped.append(piece)
    if len([s for s in steps if not s.startswith("never ")]) < 1 or len(steps) < 2:
        return None
    return Plan(steps=steps, would=would is not False, results=results, skipped=skipped,
                scope=scope)


def as_sentences(plan: Plan, usable: Callable[[str], str | None]) -> tuple[str, list[str]] | None:
    """The plan as at most two sentences: its first steps that `usable` lets through (it
    spells a step out, or refuses it), joined after "I" or "I would", and one result with a
    number. Also the steps and results left out. None when no step is usable."""
    kept: list[str] = []
    left: list[str] = list(plan.skipped)
    # "never relabel" beside other steps reads as the first of them negated ("I would never
    # relabel and reject the sample"): a caution is kept only when it is all the plan says.
    positive = [s for s in plan.steps if not s.startswith("never ")]
    left += [s for s in plan.steps if s.startswith("never ")] if positive else []
    for n, step in enumerate(positive or plan.steps):
        spelled = usable(step) if len(kept) < _MOST_STEPS and \
            len(step.split()) <= _MOST_STEP_WORDS else None
        if spelled is None and n == 0:
            # The first step is where the plan starts ("first see why it is missing"): the
            # later ones said without it read as the whole answer, so the plan is asked for.
            return None
        if spelled is None:
            left.append(step)
        else:
            kept.append(spelled)
    if not kept:
        return None
    if len(kept) > 1:
        kept[-1] = re.sub(r"^first\s+", "", kept[-1])
    head = kept[0]
    lead = ""
    if head.startswith("first "):
        lead, head = "first ", head[len("first "):]
    subject = "I would" if plan.would else "I"
    if head.startswith("never "):
        head = head[len("never "):]
        subject = "I would never" if plan.would else "I never"
    # "isolate" and "lock out and tag": a second step with its own "and" takes a comma.
    # "impute ... and mark it" before another step: the last step after ", and".
    # ("isolate, lock out and tag": a bare verb before a step with its own "and")
    joiner = ", " if len(kept) > 1 and " and " in kept[1] and len(kept[0].split()) == 1 else \
        ", and " if len(kept) > 1 and " and " in kept[0] + kept[1] else " and "
    body = head if len(kept) == 1 else f"{head}{joiner}{kept[1]}"
    sentence = f"{subject} {lead}{body}".rstrip(".")
    if plan.scope:
        sentence = f"{plan.scope[0].upper()}{plan.scope[1:]}, {sentence}"
    out = [sentence + "."]
    result = next((r for r in plan.results if re.search(r"\d", r) or "love to" in r), None)
    for r in plan.results:
        if r is not result:
            left.append(r)
    if result is not None:
        spelled = usable(result)
        if spelled is not None:
            spelled = re.sub(r"(?i)^i(?:'d|\u2019d)\b", "I would", spelled)
            out.append(spelled[0].upper() + spelled[1:].rstrip(".") + ".")
        else:
            left.append(result)
    return " ".join(out), left


# "0 incident in 14 months after": an outcome jotted as a zero count over a time since.
_NONE_SINCE = re.compile(r"(?i)^(?:0|zero|no)\s+([a-z]+?)s?\s+in\s+(?:the\s+)?(\d+|two|three|four|"
                         r"five|six|seven|eight|nine|ten|twelve)\s+(weeks|months|years)\s*"
                         r"(?:after|since|afterwards|later)?$")
# "after that accident i changed the layout": a time, then what the candidate did.
_DONE = re.compile(r"(?i)^((?:after|since|following|once)\s+(?:that|the|this)\s+[a-z]+\s+)?"
                   r"i\s+([a-z]+)\s+((?:the|my|our|a|an)\s+(?:[a-z-]+\s+){0,2}[a-z-]+)$")


def done_with_details(text: str) -> tuple[str, str | None, list[str]] | None:
    """An addition jotted as what the candidate did and then its details ("after that
    accident i changed the layout: pedestrian walkway with yellow barrier, ... 0 incident in
    14 months after"): the deed as a sentence ("After that accident, I changed the layout."),
    an outcome of a zero count as one ("We had no incidents in the following 14
    months."), and the details left out, which a note cannot put in order for sure."""
    m = re.match(r"\s*([^:]{3,60}?)\s*:\s*(\S.*)$", " ".join(text.split()))
    if not m:
        return None
    done = _DONE.match(m.group(1))
    if not done or not gr.is_past(done.group(2).lower()):
        return None
    when = (done.group(1) or "").strip()
    deed = f"I {done.group(2).lower()} {done.group(3)}"
    sentence = f"{when[0].upper()}{when[1:]}, {deed}." if when else f"{deed}."
    outcome = None
    left = []
    for piece in _pieces(m.group(2)):
        piece = _JOINERS.sub("", piece)
        none = _NONE_SINCE.match(piece)
        if none and outcome is None:
            noun = none.group(1).lower()
            outcome = f"We had no {noun}s in the following {none.group(2)} {none.group(3)}."
        else:
            left.append(piece)
    return sentence, outcome, left
