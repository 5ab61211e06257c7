"""Which topics each note thanks its reader for, and how a topic or role is named."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from afterword.compose import asks as finish
from afterword.compose import phrasing as ph
from afterword.compose import steer_clear
from afterword.compose.facts import Facts, Person
from afterword.compose.fragments import Phrased, Reading
from afterword.compose.thanks.parts import Parts

if TYPE_CHECKING:
    from afterword.compose.thanks.panel import Panel


def topics_of(panel: Panel, person: Person | None, index: int) -> tuple[list[str], list[str]]:
    """(usable topic phrases, asks): the person's own first, then the interview's."""
    reading = panel.reading
    own, asks = [], []
    if person:
        for topic in person.topics:
            if _NOT_THANKED.search(topic) or steer_clear.avoided(topic, panel.facts):
                continue
            phrased = own_topic(reading, topic, person)
            if phrased.ok and _thankable(phrased.text or ""):
                own.append(phrased.text or "")
            elif phrased.ask:
                asks.append(finish.item("topics", phrased.ask, phrased.reason))
    # Pay, perks and the rota are poor things to single out in thanks ("especially for our
    # exchange about the CPD budget" reads money-minded): a note thanks for another topic.
    own = [t for t in own if not _terms(t)]
    # A note to no one interviewer (the panel's, or one the recruiter passes on) may also
    # name what was discussed with one of them, said as the interview's ("the ledger
    # migration"; never "your ...": nobody in particular reads it).
    theirs = [t for p in panel.facts.people for t in p.topics] if person is None else []
    interview = [t for t in panel.facts.topics
                 if person is None or not _someone_elses(t, person, panel.facts.people)]
    kin: list[str] = []
    if person is not None and person.topics:
        # An interview-wide topic is thanked for in a reader's note only when it is plainly
        # theirs (it shares a subject with one of their own, "QC - westgard rules" for "QC +
        # her push to cut TAT"), or when none of their own can be said: the Medical Director
        # is never thanked for the chat about shift patterns someone else led.
        kin = [t for t in interview if _kin(t, person.topics)]
        interview = kin if own else kin + [t for t in interview if t not in kin]

    def said(topics: list[str]) -> list[str]:
        read = [reading.topic(t, to=person, own=False) for t in topics
                if not _NOT_THANKED.search(t) and not steer_clear.avoided(t, panel.facts)]
        return [p.text or "" for p in read if p.ok and _thankable(p.text or "")]

    first = said(kin)  # theirs first, in the record's order
    usable = said([t for t in (*interview, *theirs) if t not in kin])
    if usable:
        k = index % len(usable)
        usable = usable[k:] + usable[:k]
    usable = first + usable
    usable = [t for t in usable if not _terms(t)]
    if own:
        asks = []  # the note carries one of their topics: the others can stay out
    elif person and person.topics and not own:
        asks = asks[:1]
    return list(dict.fromkeys(own + usable)), asks


_STOP = frozenset("""the a an and or of for to in on at by with from my our your their his her
he she they we i it its what how why when who which that this these those about into over under
is are was were be do does did would could should will can new plan team work time
week month year day next last every each""".split())


def _words(text: str) -> set[str]:
    """A topic's subject words, folded ("troponins" ~ "troponin"), without function words."""
    out = set()
    for w in re.findall(r"[A-Za-z][\w'-]+", text):
        w = w.casefold().strip("'-")
        if len(w) > 1 and w not in _STOP:
            out.add(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w)
    return out


def _kin(topic: str, own: tuple[str, ...] | list[str]) -> bool:
    """Whether an interview topic shares a subject word with one of the reader's own."""
    mine = set().union(*(_words(t) for t in own)) if own else set()
    return bool(_words(topic) & mine)


# Terms of the job rather than the work: pay, perks, leave and the rota. Its head noun (the
# words before a preposition or "including") ends on one of them; a budget only when it is a
# perk's ("CPD budget", never "the Lekki phase 2 budget").
_TERMS_HEAD = re.compile(
    r"(?i)(?:\b(?:shifts?|rotas?|rosters?|on[- ]call|hours|holidays?|leave|pay|salary|salaries|"
    r"wages?|benefits|perks|pensions?|bonus(?:es)?|overtime|parking|commute|relocation|"
    r"allowances?)|\b(?:cpd|training|study|learning|education|conference|travel|staff|"
    r"meal|relocation)\s+(?:budget|allowance|fund))(?:\s+[\d/]+)?$")


def _terms(phrase: str) -> bool:
    """Whether a topic phrase is about the terms of the job ("rotating shifts including
    nights", "the CPD budget"), not its work ("night shift staffing", "fatigue on night
    shifts")."""
    head = re.split(r"(?i)\s+(?:including|incl\.?|with|for|to|on|at|in|of|from|during|over|"
                    r"and|plus)\s+|\s*[,;:(-]\s+", phrase.strip())[0]
    return bool(_TERMS_HEAD.search(head.rstrip(" .")))


def own_topic(reading: Reading, topic: str, person: Person) -> Phrased:
    """One of the reader's topics as a phrase. "QC + her push to cut TAT for troponins under
    45 min": two subjects jotted as one, too long to name together; the first that can be
    said is theirs to be thanked for ("QC")."""
    phrased = reading.topic(topic, to=person, own=True)
    if not phrased.ok and re.search(r"\s\+\s", topic):
        pieces = [reading.topic(p, to=person, own=True)
                  for p in re.split(r"\s+\+\s+", topic) if p.strip()]
        phrased = next((p for p in pieces if p.ok and _thankable(p.text or "")
                        and not _terms(p.text or "")), phrased)
    return phrased


def _someone_elses(topic: str, person: Person, people: tuple[Person, ...]) -> bool:
    """Whether an interview-wide topic belongs to another interviewer: it names them ("dana's
    plan for e-filing", "what tamsin asked") or is among their own topics. Said to this
    reader, it would thank them for a conversation they were not in."""
    said = topic.casefold()
    mine = {w.casefold().strip(".,") for w in person.name.split()}
    for other in people:
        if other is person:
            continue
        if any(said == t.casefold() for t in other.topics):
            return True
        names = {w.casefold().strip(".,") for w in other.name.split()
                 if len(w.strip(".,")) > 2 and w.strip(".,")[:1].isupper()}
        # Theirs when it is said to be: "pablo's plan", "dana: e-filing", "what tamsin
        # asked"; a name in a detail ("month end close - gail wants 5") leaves it the
        # interview's.
        for n in names - mine:
            name = re.escape(n)
            if re.search(rf"(?<!\w){name}(?:'s|\u2019s)(?!\w)|^\W*{name}\b\s*[:,-]"
                         rf"|\b{name}\s+(?:asked|raised|brought up|wanted to know)\b", said):
                return True
    return False


# A topic no one is thanked for: a question the candidate's notes say went badly ("the failed
# study question", "ran out of time on the civil 3d test"), or a matter of the candidate's own
# that is a legal or private question (a non-compete, a visa).
_NOT_THANKED = re.compile(r"(?i)\b(?:fail(?:ed)?|flubb?ed|bomb(?:ed)?|blank(?:ed)?|botch(?:ed)?|"
                          r"mess(?:ed)? up|screw(?:ed)? up|ran out of time|froze|stumbled|"
                          r"non[- ]?compete|noncompete|visa|sponsorship|lawsuit)\b")


def _thankable(phrase: str) -> bool:
    """Whether a topic phrase can follow "our conversation about": not one that opens on a
    preposition or a number ("from 3 to 12 AE build")."""
    return not re.match(r"(?i)(?:from|to|in|on|at|by|with|for|of|into|over|under)\b|\d",
                        phrase)


def about(topic: str, index: int, *, after_for: bool = False) -> str:
    """A topic as the object of a thank-you: "our conversation about X", "your question
    about X", or for the reader's own plan, "hearing about your plan ..." (after "for":
    "telling me about your plan ...", since they did the telling)."""
    if topic.startswith("your question"):
        return topic
    if _EVENT.search(topic):
        # "the warehouse tour", "the design round": the thing itself is what they gave, not
        # a conversation about it.
        topic = re.sub(r"^an?\s+", "the ", topic)
        return topic if re.match(r"(?i)(?:the|your|our)\s", topic) else f"the {topic}"
    if topic.startswith("my "):
        # The candidate's own work ("my note on qualified immunity"): the chance to talk
        # about it, not "our conversation about my note", which thanks them for nothing.
        return f"the chance to discuss {topic}" if not after_for else \
            f"giving me the chance to discuss {topic}"
    if topic.startswith("your "):
        if after_for:
            return ph.pick(("telling me about {t}", "walking me through {t}"), index).format(
                t=topic)
        return "hearing about " + topic
    return ph.pick(("our conversation about {t}", "our discussion of {t}",
                    "our exchange about {t}"), index).format(t=topic)


# A topic that is an event the reader gave or led: thanked for as it is.
_EVENT = re.compile(r"(?i)^(?:the\s+|your\s+|our\s+)?(?:[\w-]+\s+){0,3}(?:tour|round|walk-?through|"
                    r"site visit|visit|demo|demonstration|shadow(?:ing)? shift|trial shift|stage|"
                    r"lunch|case study|presentation)$|^(?:the\s+|a\s+)?tour\s+of\s")


def role_name(role: str) -> str:
    """The role as a sentence can carry it: a qualifier after a comma is part of the title
    and stays, in brackets, since a comma inside "the Sales Director, LATAM role" reads as a
    list ("Sales Director (LATAM)", "Data Scientist (Pricing)"); a note in brackets goes
    ("Store Manager, Scottsdale (Store #214)" -> "Store Manager (Scottsdale)"); "Term
    Law Clerk to Judge Whitfield-Amos" -> "Term Law Clerk" (the judge reads her own note:
    never named in it in the third person); "Lead Technician - Line" -> "Lead
    Technician"; a long title keeps its head ("Postdoctoral Research Associate in Cryo-EM
    of Membrane Transporters" -> "Postdoctoral Research Associate")."""
    whole = re.split(r"\s*\(|\s+[-\u2013\u2014]\s+", role)[0].strip()
    short, comma, qualifier = whole.partition(",")
    short = _TO_PERSON.sub("", short.strip()).strip()
    if len(short.split()) > 5:
        head = re.split(r"\s+(?:in|of|for|on|at)\s+", short)[0]
        short = head if len(head.split()) >= 2 else short
    qualifier = " ".join(qualifier.split()).rstrip(",")
    if comma and qualifier and short:
        short = f"{short} ({qualifier})"
    return short or role


_TO_PERSON = re.compile(r"\s+(?:to|for)\s+(?:the\s+)?(?:Hon\.?|Honou?rable|Judge|Justice|Dr\.?|"
                        r"Professor|Prof\.?|Chief\s+Judge|Magistrate(?:\s+Judge)?)\s.*$", re.I)


def _role_once(parts: Parts, role: str, company: str = "") -> None:
    """The role named once in a note: after the first sentence that names it, "the Staff
    Accountant role" is "the role" and "joining Acme in the Staff Accountant role" is
    "joining Acme"."""
    said = False
    r = re.escape(role)
    # "joining Acme in the X role" -> "joining Acme"; "the X role" -> "the role".
    # The company's name as a whole, full stops and all ("Halvorsen & Co. LLP").
    name = rf"{re.escape(company)}|" if company else ""
    joining = re.compile(rf"(\bjoin(?:ing)?\s+(?:{name}[^,.;]+?))\s+in\s+the\s+{r}\s+"
                         r"(?:role|position)\b")
    named = re.compile(rf"(?<=\b[Tt]he\s){r}\s+(?=role\b|position\b)")

    def once(text: str) -> str:
        return named.sub("", joining.sub(r"\1", text))

    for paragraph in parts.paragraphs:
        for sentence in paragraph:
            if said:
                sentence.text = once(sentence.text)
                if sentence.alone:
                    sentence.alone = once(sentence.alone)
            elif role in sentence.text:
                said = True


def interview_day(facts: Facts) -> str:
    """"Thursday" within the week of the interview; later, the date too ("Thursday 5
    March"): a note written weeks on that thanks someone for "Thursday" names another day."""
    from afterword.timezones import zone

    day = facts.start.astimezone(zone(facts.timezone)).date()
    if facts.drafted_on is not None and (facts.drafted_on - day).days > 6:
        from afterword.dates import long_day

        return long_day(day, facts.locale)
    return f"{day:%A}"
