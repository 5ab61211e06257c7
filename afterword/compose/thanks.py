"""Thank-you notes: one of its own per interviewer, from the record's phrases, shaped to its channel.

The record is read once (`fragments.Reading`); concerns are placed before any note is
written (who asked, else the point of contact; one per note; none on a card); then each
note takes its reader's topic, a qualification matched to it, its reader's rapport, and
is laid out by its angle and cut to its channel's target.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from afterword.compose import answers, bridges, claims, echoes, plainly, readers, steer_clear
from afterword.compose import asks as finish
from afterword.compose import interest as ties
from afterword.compose import phrasing as ph
from afterword.compose.answers import (
    addition_lead,
    corrected,
    stands_alone,
    unplaced_asked,
    unplaced_logistics,
    weak_points,
    with_its_ground,
)
from afterword.compose.facts import Concern, Facts, Improvement, Person
from afterword.compose.fragments import Phrased, Reading
from afterword.language import mottos, trades
from afterword.language import phrases as gr

__all__ = ["Panel", "Reading", "about", "invite", "role_name", "topics_of"]

# The composer's targets, greeting and sign-off counted (the review's `too-long` stays
# looser on purpose: a person may write more).
CARD_WORDS = (50, 90)
# The words a card holds besides its sentences: the greeting, the sign-off and the name.
_CARD_FRAME = 5
LINKEDIN_WORDS = 100
EMAIL_WORDS = 190
INVITE_CHARS = 200
# Channels whose notes answer no concern: a card has room for one memory and one line of fit.
NO_CONCERN = frozenset({"handwritten", "linkedin-invite"})


@dataclass
class Placed:
    """A concern placed in one note, with its phrases."""

    concern: Concern
    subject: str
    answer: str
    attributed: bool  # the record names this note's reader as asking
    spelled: str = ""  # the concern spelled out, as the review is told it
    # The gap the concern names, said plainly ("I know NetSuite would be new to me"), for a
    # reader who did not ask; empty when the concern names none or the answer says it already.
    gap: str = ""


@dataclass
class Panel:
    """What the whole panel's notes share: the reading, and where each concern goes."""

    facts: Facts
    reading: Reading
    concerns: dict[int, list[Placed]] = field(default_factory=dict)
    # What the record should say that no single note would carry (a concern a card would
    # have had to take, one with no answer recorded, a qualification that cannot be said):
    # listed once, and no note waits for it.
    todo: list[str] = field(default_factory=list)
    # What one note would carry once the record says it (the answer to the concern it
    # answers, its reader's topic or rapport): that note is not ready until then.
    note_todo: dict[int, list[str]] = field(default_factory=dict)
    # Record-wide asks, sorted out once the notes are written (`settle`): qualifications
    # that cannot be said, details cut from a used one, additions that cannot be used
    # (asker's index or None, ask: for the note that would elaborate).
    refused: list[str] = field(default_factory=list)
    details: list[str] = field(default_factory=list)
    addition_asks: list[tuple[int | None, str]] = field(default_factory=list)
    # Concerns whose recorded answer (or subject) cannot be said: (the note that would
    # answer it, whether it is that note's own, the ask).
    concern_asks: list[tuple[int, bool, str]] = field(default_factory=list)
    channels: dict[int, str] = field(default_factory=dict)
    addition: Phrased | None = None
    addition_to: int | None = None  # the interviewer who asked the improved question
    addition_about: str | None = None  # what that question was about, when the record says
    # More additions the record attributes (`raised_by`), each for its asker's note only:
    # {interviewer index: (the addition, what the question was about)}.
    more_additions: dict[int, tuple[Phrased, str | None]] = field(default_factory=dict)
    # An addition nobody is recorded as asking, when the first one goes to its asker: a note
    # with room carries it (set in `angles_for`).
    spare_addition: tuple[Phrased, str | None] | None = None
    values_owner: int | None = None  # the interviewer whose own words the values are
    # Each note's angle, in the panel's order (set by `compose`), and the qualifications the
    # notes written so far used (once per use).
    angles: list[str] = field(default_factory=list)
    used: list[str] = field(default_factory=list)
    said: set[str] = field(default_factory=set)  # sentences of the notes written so far
    frames: set[str] = field(default_factory=set)  # the frames their qualifications took
    # How their sentences open ("i remain very interested"): a frame that opens two notes'
    # sentences reads as a template even when the rest differs.
    openings: set[str] = field(default_factory=set)
    led_topics: list[str] = field(default_factory=list)  # what each note thanked for first
    tied: set[str] = field(default_factory=set)  # topics a note's interest was tied to
    # The note to the panel goes to a recruiter who was not there, to pass the thanks on.
    relay: bool = False

    @property
    def offset(self) -> int:
        """A stable shift of the wordings per interview: two interviews' panels (or a
        candidate's notes to several companies) do not open on the same frames."""
        import zlib

        return zlib.crc32(f"{self.facts.company}|{self.facts.role}".encode()) % 60

    @classmethod
    def of(cls, facts: Facts, channels: dict[int, str]) -> Panel:
        panel = cls(facts, Reading(facts), channels=dict(channels))
        said_by = panel.reading.values_said_by
        panel.values_owner = facts.people.index(said_by) if said_by in facts.people else None
        panel._place_concerns(channels)
        usable = [_named(panel.reading, i) for i in facts.improvements]
        panel.addition = next((a for a in usable if a.ok), None)
        if panel.addition is not None:
            # The addition goes to whoever asked the question it improves, when the record
            # says so and their note has room for it.
            imp = facts.improvements[usable.index(panel.addition)]
            panel.addition_to = _person_index(facts.people, imp.raised_by)
            if panel.addition_to is None and len(facts.people) == 1:
                panel.addition_to = 0  # the only interviewer asked every question
            panel.addition_about = panel.reading.improve_subject(imp)
            for other, read in zip(facts.improvements, usable, strict=True):
                asker = _person_index(facts.people, other.raised_by)
                if read.ok and read is not panel.addition and asker is not None and \
                        asker != panel.addition_to and asker not in panel.more_additions:
                    # "the single best line for this note": each asker's own addition.
                    panel.more_additions[asker] = (read, panel.reading.improve_subject(other))
                elif read.ok and read is not panel.addition and asker is None and \
                        panel.addition_to is not None and panel.spare_addition is None:
                    panel.spare_addition = (read, panel.reading.improve_subject(other))
        for imp, a in zip(facts.improvements, usable, strict=True):
            if a.ok or not a.ask:
                continue
            ask = finish.item("improve" if (a.reason or "").startswith("the entry does not say")
                              else "addition", a.ask, a.reason)
            asker = _person_index(facts.people, imp.raised_by)
            if (imp.addition or "").strip() and (asker is not None or panel.addition is None):
                # Its asker's note waits for it: the correction or the question that went
                # badly is what that reader most needs to hear about.
                panel.addition_asks.append((asker, ask))
            else:
                # No addition recorded, or nobody named as asking while another addition
                # is told: no note waits for it (listed once).
                panel.todo.append(ask)
        panel._left_out()
        return panel

    def reader_spell(self, text: str) -> str:
        return self.reading.reader.spell(text)

    def add_todo(self, n: int | None, item: str) -> None:
        """An item for note `n` to be finished (None: the record's, no note waits for it)."""
        if n is None:
            self.todo.append(item)
        else:
            self.note_todo.setdefault(n, []).append(item)

    # The record's list is read top down (`asks.rank`): concerns and additions first, then
    # whole entries (a qualification, a topic, the company's words), then details.
    _todo_rank = staticmethod(finish.rank)

    def asks(self) -> list[str]:
        """Everything the record should say, whichever note waits for it (before `settle`):
        the list `add`, `new`, `edit` and the web form show."""
        values = self.reading.values
        items = [*self.todo, *(ask for _, _, ask in self.concern_asks),
                 *(ask for _, ask in self.addition_asks),
                 *(i for n in sorted(self.note_todo) for i in self.note_todo[n]),
                 *self.refused, *self.details]
        if self.facts.values and not values.ok and values.ask:
            items.append(finish.item("values", values.ask, values.reason))
        return sorted(dict.fromkeys(items), key=self._todo_rank)

    def settle(self, count: int, angles: list[str] | None = None) -> dict[int, list[str]]:
        """What each of the `count` notes waits for, once they are written: its own items
        (the answer to the concern it would answer, its reader's topic when it names none of
        theirs), then what the record holds that would have gone into it (an addition for
        the note that would elaborate it, the company's words for the note that would quote
        them; `angles`: each note's angle had the record said them well). What no note would
        carry stays in `todo`, listed once."""
        out: dict[int, list[str]] = {}
        later: list[str] = []
        owned = {n for n, own, _ in self.concern_asks if own}
        taken: set[int] = set()
        for n, own, ask in self.concern_asks:
            # A note answers one concern unless the record gives it more: one that answers
            # another already (or would answer its own reader's, or an earlier one) would
            # have had no room for this one.
            if own or not (self.concerns.get(n) or n in owned or n in taken):
                out.setdefault(n, []).append(ask)
                taken.add(n)
            else:
                self.todo.append(ask)
        for n, items in self.note_todo.items():
            out.setdefault(n, []).extend(items)
        # A qualification left out is listed once: a note left without one of its own says
        # so in one line of its own (`body_parts`), never with the whole list again.
        later.extend(self.refused)
        # A detail cut from a qualification a note uses ("if it matters"): the note is whole
        # without it, so it is the record's, listed once.
        later.extend(self.details)
        would = angles or []
        for asker, ask in self.addition_asks:
            taker = asker if asker is not None else next(
                (n for n, a in enumerate(would) if a == "elaboration"), None)
            if taker is not None and taker < count:
                out.setdefault(taker, []).append(ask)
            else:
                self.todo.append(ask)
        values = self.reading.values
        if self.facts.values and not values.ok and values.ask:
            ask = finish.item("values", values.ask, values.reason)
            takers = [n for n, a in enumerate(would) if a == "shared-values" and n < count]
            for n in takers:
                out.setdefault(n, []).append(ask)
            if not takers:
                later.append(ask)
        self.todo.extend(later)
        self.todo[:] = sorted(dict.fromkeys(self.todo), key=self._todo_rank)
        return {n: list(dict.fromkeys(items)) for n, items in out.items()}

    def _left_out(self) -> None:
        """What the notes leave out of the record's qualifications and topics, said at draft
        time as `add` and `show` say it: a refused qualification, a figure cut from one, a
        topic that cannot be said (with what to write instead)."""
        reading = self.reading
        # Whole entries left out first, then topics, then details cut from a used entry: the
        # list is read top down, and the concerns and additions above it matter most.
        reads = [reading.qualification(q) for q in self.facts.qualifications]
        # The record's own best-said line is the example an ask can give: the user sees
        # what a line that works looks like, in their trade's words.
        model = min((r.text for r in reads if r.ok and r.text and len(r.text.split()) <= 10),
                    key=len, default=None)
        for q, read in zip(self.facts.qualifications, reads, strict=True):
            if not read.ok and read.ask:
                self.refused.append(finish.item("qualifications", finish.with_model(read.ask, model),
                                              read.reason))
            cut = [piece for piece, why in (read.dropped if read.ok else ())
                   if why.startswith("a detail")]
            if cut:
                self.details.append(finish.details(_clip(q), cut))
        for n, person in enumerate(self.facts.people):
            # A note that thanks its reader for one of their own topics is whole without the
            # others: their asks are the record's (listed once); a note with none of them
            # waits for one.
            reads = [reading.topic(t, to=person, own=True) for t in person.topics]
            has_own = any(r.ok and _thankable(r.text or "") and not _NOT_THANKED.search(t)
                          and not steer_clear.avoided(t, self.facts)
                          for t, r in zip(person.topics, reads, strict=True))
            for topic, read in zip(person.topics, reads, strict=True):
                if steer_clear.avoided(topic, self.facts):
                    continue  # the notes say to stay out of it: nothing to ask about
                if not read.ok and read.ask and reading.read(topic).content:
                    self.add_todo(None if has_own else n,
                                  finish.item("topics", read.ask, read.reason))

    def _place_concerns(self, channels: dict[int, str]) -> None:
        people = self.facts.people
        poc = self.facts.point_of_contact
        default = people.index(poc) if poc in people else 0
        alone = len(people) == 1
        for concern in self.facts.concerns:
            subject = self.reading.concern_subject(concern)
            if not subject.ok and not subject.ask:
                if subject.reason and not self.reading.read(concern.concern).off_limits:
                    # Logistics: no note answers them, but the user decides that, not the
                    # tool: listed once, with what to do if it needs an answer.
                    self.add_todo(None, finish.item(
                        "concern", unplaced_logistics(concern.concern, subject.reason)))
                continue  # private: left out, nothing to ask (shown by `show`)
            asker = _person_index(people, concern.raised_by)
            target = asker if asker is not None else _open_note(people, default, channels)
            if channels.get(target) in NO_CONCERN and asker is not None and not alone:
                # Whoever raised it is the one to answer: a colleague's note answering it
                # reads as the concern given to the wrong person. Their card or invitation
                # has no room, so the record lists it with where to answer it instead.
                self.add_todo(None, finish.item("concern", unplaced_asked(
                    concern.concern, people[asker], channels[target])))
                continue
            self._place(concern, subject, target, asker, channels)

    def _place(self, concern: Concern, subject: Phrased, target: int, asker: int | None,
               channels: dict[int, str]) -> None:
        people = self.facts.people
        alone = len(people) == 1
        who = people[target]
        label = f"\u201c{concern.concern}\u201d"
        if channels.get(target) in NO_CONCERN:
            kind = "card" if channels[target] == "handwritten" else "LinkedIn invitation"
            # A card never carries a concern: no note waits for this one (listed once).
            self.add_todo(None, finish.item(
                "concern", f"{label} is answered in no note: {who.given_name}'s note is a "
                f"{kind}, which has no room for it"
                + ("" if asker is not None or alone else "; if someone else raised it, fill "
                   "in \u201cWho asked\u201d for it so their note can answer it")))
            return
        answer = self.reading.answer(concern)
        if not subject.ok and subject.ask and answer.ok and stands_alone(
                self.reader_spell(concern.concern), answer.text or ""):
            # Its subject cannot be named ("teens can be a tough crowd"), but the answer
            # names the matter itself: the note gives the answer on its own.
            subject = Phrased(concern.concern, text="")
        if not subject.ok or not answer.ok:
            bad = subject if not subject.ok else answer
            whose = f", for {who.given_name}'s note" if asker is not None or alone else ""
            # Named as `show` names it: the line quotes the concern the answer is for.
            item = (finish.item("concern", f"{bad.ask}{whose}", bad.reason) if bad.ask
                    else finish.item("concern", f"{label} is left out", bad.reason))
            if not (concern.answer or "").strip() or not bad.ask:
                # No answer recorded, or one kept private: nothing a note waits for.
                self.add_todo(None, item)
            else:
                # The note that would answer it waits for it, unless it answers another
                # concern already (`settle`: it would have had no room).
                self.concern_asks.append((target, asker is not None or alone, item))
            return
        placed = self.concerns.setdefault(target, [])
        attributed = asker is not None
        if placed and not (attributed or alone):
            # Its note answers another already: it would have had no room (listed once).
            self.add_todo(None, finish.item(
                "concern", f"{label} is answered in no note, as each note answers one concern; "
                "fill in \u201cWho asked\u201d for it so the note to that person can answer it"))
            return
        gap = self.reading.concern_gap(concern, subject.text or "", answer.text or "") or ""
        said = with_its_ground(answer.text or "", self.reader_spell(concern.concern))
        placed.append(Placed(concern, subject.text or "", said, attributed,
                             self.reading.reader.spell(concern.concern), gap))


def _named(reading: Reading, improvement: Improvement) -> Phrased:
    """An improve entry's addition, usable only when the note can say which question it adds
    to: "Looking back on one of my answers, ..." leaves the reader guessing."""
    read = reading.addition(improvement)
    if not read.ok or reading.improve_subject(improvement) is not None:
        return read
    # The entry may name its question in words a note cannot be sure of ("the 'walk me
    # thru a rec you couldnt tie out' q"): then that is the reason, with the words to fix.
    jotted = answers.question_named(re.split(r"\s+[-\u2013]\s+|[;.,]\s+",
                                             reading.reader.spell(improvement.answer)))
    if jotted is not None:
        doubtful = [w for w in re.findall(r"[\w'-]+", jotted)
                    if reading._clipped_here(w) or w in reading.unsure_words(jotted)
                    or re.fullmatch(r"(?i)(?:could|did|would|does|do|is|was|ca)nt", w)]
        shown = ", ".join(f"\u201c{w}\u201d" for w in dict.fromkeys(doubtful))
        return Phrased(read.source,
                       reason=f"the question it adds to, \u201c{jotted}\u201d, holds "
                              f"{shown or 'words'} a note cannot spell out for sure",
                       ask=f"write the question in the improve entry \u201c"
                           f"{_clip(improvement.answer)}\u201d in full words"
                           + (f" ({shown} spelled out)" if shown else "")
                           + ", so the note can say which answer the addition is for")
    return Phrased(read.source, reason="the entry does not say which question it adds to",
                   ask=f"name the question at the start of \u201c{_clip(improvement.answer)}"
                       "\u201d, e.g. \u201cthe ... question: ...\u201d, so the note can say which "
                       "answer you are adding to")


def unsaid_additions(panel: Panel, bodies: list[str], channels: dict[int, str]) -> list[str]:
    """The record's lines for additions that read well yet went into no note (every note
    with room took another angle, or its asker's note is a card): said, with the reason
    and what would place it, never dropped silently."""
    people = panel.facts.people
    out = []
    for imp in panel.facts.improvements:
        read = _named(panel.reading, imp)
        if not read.ok or not read.text or any(read.text in body for body in bodies):
            continue
        label = f"your addition to “{_clip(imp.answer)}”"
        asker = _person_index(people, imp.raised_by)
        if asker is not None and channels.get(asker, "email") != "email":
            kind = {"handwritten": "a card", "linkedin-invite": "a LinkedIn invitation",
                    "linkedin-message": "a LinkedIn message"}.get(channels[asker], "short")
            out.append(finish.item("addition", f"{label} is in no note: "
                                   f"{people[asker].given_name}'s note is {kind}, which has no "
                                   f"room for it; tell {people[asker].given_name} in a short "
                                   "e-mail or your next conversation"))
        elif asker is not None:
            out.append(finish.item("addition", f"{label} is in no note: "
                                   f"{people[asker].given_name}'s note had no room for it beside "
                                   "the rest; shorten it to one or two sentences"))
        else:
            out.append(finish.item("addition", f"{label} is in no note: each note with room "
                                   "for it says something else; say who asked that question "
                                   "(\u201cwho asked\u201d beside it), so their note carries it"))
    return out


def _count(n: int) -> str:
    return ("one", "two", "three", "four", "five")[n - 1] if 0 < n <= 5 else str(n)


def _clip(text: str, size: int = 50) -> str:
    return text if len(text) <= size else text[:size].rstrip() + "\u2026"


def _open_note(people: tuple[Person, ...], default: int, channels: dict[int, str]) -> int:
    """Where an unattributed concern goes: the point of contact's note (else the first
    interviewer's); when that is a card or an invitation, which has no room for it, the next
    interviewer listed whose note has room."""
    order = [*range(default, len(people)), *range(default)]
    return next((n for n in order if channels.get(n) not in NO_CONCERN), default)


def _person_index(people: tuple[Person, ...], name: str | None) -> int | None:
    if not name:
        return None
    for n, p in enumerate(people):
        if p.name.casefold() == name.casefold():
            return n
    # "Simone" for "Simone Delacroix", "Chidinma Okafor" for "Dr. Chidinma Okafor": the
    # same person when only one interviewer fits.
    want = _bare(name)
    fits = [n for n, p in enumerate(people)
            if _bare(p.name) == want or (" " not in want and _bare(p.name).split()[:1] == [want])]
    return fits[0] if len(fits) == 1 else None


person_index = _person_index  # for the drafts of other kinds: whether someone took part


def _bare(name: str) -> str:
    """A name without an honorific, in one case: "Dr. Chidinma Okafor" -> "chidinma okafor"."""
    return re.sub(r"(?i)^(?:dr|mr|mrs|ms|mx|prof)\.?\s+", "", name.strip()).casefold()


@dataclass
class S:
    """One sentence of a note: its text, how soon it goes when the note is long (`rank`:
    lower first, KEEP never), and, for a sentence that refers back ("Beyond that, I ...",
    "It is close to my own work"), the sentence it leans on and what to say instead when
    that one is not just before it (`alone`; None: leave it out)."""

    text: str
    rank: int = 0
    leans: S | None = None
    alone: str | None = None
    # A shorter wording taken, when the note is long, before any sentence is cut (the
    # plain line of interest for one tied to a topic).
    short: str | None = None


@dataclass
class Parts:
    """A note's sentences in paragraphs, each marked with whether it may be cut, and in
    which order cutting takes them (lower first)."""

    paragraphs: list[list[S]] = field(default_factory=list)

    def add(self, *sentences: S | None) -> None:
        kept = [s for s in sentences if s is not None and s.text]
        if kept:
            self.paragraphs.append(kept)

    def words(self) -> list[str]:
        return [s.text for p in self.paragraphs for s in p]

    def render(self, greeting: str, signature: str, limit: int) -> str:
        """The note, dropping cuttable sentences (lowest rank first) until it fits; a
        sentence that refers back is never left pointing at nothing."""
        # Copies, so a shorter wording taken here leaves the note's own sentences as they are.
        paragraphs = [[replace(s) for s in p] for p in self.paragraphs]
        copies = {id(o): c for p, q in zip(self.paragraphs, paragraphs, strict=True)
                  for o, c in zip(p, q, strict=True)}
        for p in paragraphs:
            for s in p:
                if s.leans is not None:
                    s.leans = copies.get(id(s.leans), s.leans)
        shorter = [(n, m) for n, p in enumerate(paragraphs) for m, s in enumerate(p) if s.short]
        while True:
            texts = [_standing(p) for p in paragraphs]
            body = "\n\n".join([greeting, *(" ".join(t) for t in texts if t), signature])
            cuttable = [(s.rank, n, m) for n, p in enumerate(paragraphs)
                        for m, s in enumerate(p) if s.rank > 0]
            if len(body.split()) <= limit or not (cuttable or shorter):
                return body
            if shorter:
                n, m = shorter.pop(0)
                paragraphs[n][m].text = paragraphs[n][m].short or paragraphs[n][m].text
                continue
            _, n, m = min(cuttable)
            del paragraphs[n][m]


def _standing(paragraph: list[S]) -> list[str]:
    """A paragraph's sentences, each one that leans on another only right after it (else its
    stand-alone wording, or nothing): no "That ..." opening on what the reader has not seen."""
    out: list[str] = []
    before: S | None = None
    for s in paragraph:
        text: str | None = s.text
        if s.leans is not None and s.leans is not before:
            text = s.alone
        if text:
            out.append(text)
            before = s
    return out


# Cutting order: the lower the rank, the sooner a sentence goes when a note is long.
KEEP = 0
CONCERN = 1
VALUES = 2
SECOND_TOPIC = 3
EXTRA_FIT = 4
INTEREST = 5
RAPPORT = 6


def topics_of(panel: Panel, person: Person | None, index: int) -> tuple[list[str], list[str]]:
    """(usable topic phrases, asks): the person's own first, then the interview's."""
    reading = panel.reading
    own, asks = [], []
    if person:
        for topic in person.topics:
            if _NOT_THANKED.search(topic) or steer_clear.avoided(topic, panel.facts):
                continue
            phrased = reading.topic(topic, to=person, own=True)
            if phrased.ok and _thankable(phrased.text or ""):
                own.append(phrased.text or "")
            elif phrased.ask:
                asks.append(finish.item("topics", phrased.ask, phrased.reason))
    # A note to no one interviewer (the panel's, or one the recruiter passes on) may also
    # name what was discussed with one of them, said as the interview's ("the ledger
    # migration"; never "your ...": nobody in particular reads it).
    theirs = [t for p in panel.facts.people for t in p.topics] if person is None else []
    interview = [t for t in panel.facts.topics
                 if person is None or not _someone_elses(t, person, panel.facts.people)]
    shared = [reading.topic(t, to=person, own=False) for t in (*interview, *theirs)
              if not _NOT_THANKED.search(t) and not steer_clear.avoided(t, panel.facts)]
    usable = [p.text or "" for p in shared if p.ok and _thankable(p.text or "")]
    if usable:
        k = index % len(usable)
        usable = usable[k:] + usable[:k]
    if own:
        asks = []  # the note carries one of their topics: the others can stay out
    elif person and person.topics and not own:
        asks = asks[:1]
    return list(dict.fromkeys(own + usable)), asks


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
    scored = [(t, 3 * len(first & (r := bridges.roots(t))) + 2 * len(mine & r) + len(rest & r))
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
        joint = "; " if re.match(r"I\b", placed.answer) else ". "
        return f"{placed.gap}{joint}{placed.answer}"
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
    return ph.pick(bank, index).format(subject=placed.subject, answer=placed.answer)


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


# Quoted words that are a name (each word capitalised or a number): "Lakemont 2045".
_A_NAME = re.compile(r"^(?:(?:[A-Z][\w'&.-]*|\d[\w.-]*)(?:\s+|$))+$")


def angles_for(panel: Panel, channels: dict[int, str], *, assume: bool = False) -> list[str]:
    """One angle per interviewer: each angle the record supports goes to someone it suits
    (concern-answering to a note that answers a concern, elaboration to a note with room),
    the rest take the conversation itself. `assume`: as if the record's values and
    improve entries were usable (which note would have quoted or elaborated them)."""
    people = panel.facts.people
    out: list[str] = []
    supported = ["specific-topic"]
    owner = panel.values_owner
    if (panel.reading.values.ok or (assume and panel.facts.values)) and (owner is None or (
            channels.get(owner, "email") == "email" and not panel.concerns.get(owner))):
        supported.append("shared-values")
    if panel.addition is not None or (assume and panel.facts.improvements):
        supported.append("elaboration")
    used: set[str] = set()
    asker = panel.addition_to
    if asker is not None:
        # Only whoever asked the question gets the addition: another panellist would not
        # know what it adds to. A note that answers a concern or has no room goes without.
        used.add("elaboration")
        if panel.concerns.get(asker) or channels.get(asker, "email") != "email":
            asker = None
    for n, _ in enumerate(people):
        channel = channels.get(n, "email")
        if n == asker or (n in panel.more_additions and channel == "email"
                          and not panel.concerns.get(n)):
            out.append("elaboration")
            continue
        if panel.concerns.get(n):
            out.append("concern-answering")
            continue
        choice = "specific-topic"
        mine = ["shared-values"] if n == owner and "shared-values" in supported else []
        for angle in [*mine, *supported]:
            if angle in used:
                continue
            if angle == "shared-values" and owner is not None and n != owner:
                continue  # one interviewer's words go back to that interviewer only
            if angle == "elaboration" and channel != "email":
                continue
            choice = angle
            break
        used.add(choice)
        out.append(choice)
    carried = any(a == "elaboration" and n not in panel.more_additions for n, a in enumerate(out))
    room = [n for n, a in enumerate(out) if a in {"specific-topic", "shared-values"}
            and channels.get(n, "email") == "email"]
    if "elaboration" in supported and not carried and panel.addition_to is None:
        # Nobody asked by name, and every note took another angle: the last e-mail note that
        # answers no concern carries the addition rather than losing it.
        if room:
            out[room[-1]] = "elaboration"
    elif panel.spare_addition is not None and room:
        # The first addition went to its asker; one nobody is named as asking goes to the
        # last note with room.
        out[room[-1]] = "elaboration"
        panel.more_additions[room[-1]] = panel.spare_addition
    return out


def names_of(people: tuple[Person, ...]) -> str:
    """ "Arjun", "Arjun and Priya", "Arjun, Priya and Tom": how a note names who took part."""
    names = [p.first_name for p in people]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def meeting(facts: Facts) -> str:
    """What the interview was, as a note names it: a phone screen is a call, not a meeting."""
    return {"phone": "call", "video": "video interview"}.get(facts.format or "", "interview")


def body_parts(panel: Panel, person: Person | None, *, angle: str, index: int, channel: str,
               incomplete: list[str], people_index: int | None) -> Parts:
    """The sentences of a thank-you note, laid out by its angle.

    Each angle has its own shape, not the same paragraphs in another order: the
    conversation-led note ties its fit to what was discussed and ends on the rapport; the
    values note puts the company's words beside what the candidate brings; the concern
    note answers first and closes in one line; the elaboration note gives its addition its
    own paragraph. Two notes of a panel with the same angle take its two shapes in turn.
    """
    facts = panel.facts
    slots = {"role": role_name(facts.role), "company": ph.in_sentence(facts.company),
             "day": interview_day(facts)}
    topics, asks = topics_of(panel, person, index)
    topics = _fresh_topics(panel, person, topics)
    incomplete.extend(asks)
    # One line per thing to do: a topic of theirs to rewrite is the ask, not a second one.
    if not topics and not any(finish.field_of(a) == "topics" for a in asks):
        alone = len(facts.people) == 1
        who = person.given_name if person else (facts.people[0].given_name if alone
                                                else "the panel")
        incomplete.append(finish.item(
            "topics", f"add something you discussed with {who}, in a few words, so the note "
            "thanks them for something specific"))
    short = channel != "email"
    card = channel == "handwritten"
    # Which of its angle's shapes this note takes: the notes of a panel with one angle
    # alternate, so two interviewers comparing notes do not see one template.
    nth = panel.angles[:people_index].count(angle) if people_index is not None else 0

    # Thanks, for something specific.
    thanks: list[S] = []
    if person is None and panel.relay:
        # To someone who was not there (the recruiter): thanks for arranging it, and the
        # interviewers' thanks for them to pass on.
        names = names_of(facts.people)
        thanks.append(S(f"Thank you for arranging my {meeting(facts)} with {names} on "
                        f"{slots['day']}."))
        # Whom to is said just before: naming them again reads as a form.
        thanks.append(S("Would you please pass on my thanks?"))
        if topics:
            said = re.sub(r"^our\b", "the", about(topics[0], index))
            thanks.append(S(ph.pick(ph.PANEL_TOPIC, index).format(about=said)))

    elif person is None:
        count = len(facts.people)
        if count == 1:
            verb = "speaking" if facts.format in ("phone", "video") else "meeting"
            thanks.append(S(f"Thank you for {verb} with me on {slots['day']}."))
        else:
            both = "both" if count == 2 else "all"
            thanks.append(S(f"Thank you {both} for {slots['day']}."))
        if topics:
            thanks.append(S(ph.pick(ph.PANEL_TOPIC, index).format(about=about(topics[0], index))))
    own_second = next((t for t in topics[1:] if person and t in _own(panel, person)), None)
    # The second shape names both of the reader's topics in its thanks; the first gives the
    # second topic a sentence of its own.
    joined = bool(own_second and nth % 2 and not short and angle == "specific-topic"
                  and not topics[0].startswith("your question")
                  and not any(" and " in t for t in (topics[0], own_second or "")))
    if person is not None and topics:
        # A card or a message opens with one of the short thanks, leaving room for the rest.
        bank = ph.THANKS_ABOUT if not short else (ph.THANKS_ABOUT[1], ph.THANKS_ABOUT[3])
        topic = f"{topics[0]} and {own_second}" if joined else topics[0]
        thanks.append(S(_unsaid(panel, lambda k: _cap(ph.pick(bank, k).format(
            about=about(topic, index), for_about=about(topic, index, after_for=True),
            **slots)), index)))
    elif person is not None:
        thanks.append(S(_unsaid(panel, lambda k: ph.pick(ph.THANKS_PLAIN, k).format(**slots),
                                index)))
    second: S | None = None
    # The concern and elaboration shapes lay out no second topic: nothing later may refer
    # back to it as said.
    if own_second and not short and not joined and angle not in ("concern-answering",
                                                                  "elaboration"):
        said = about(own_second, index + 1)
        # "I was glad we had time for hearing about ...": time is had "to hear about" it.
        second = S(_unsaid(panel, lambda k: re.sub(
            r"\bfor hearing about\b", "to hear about", ph.pick(ph.SECOND_TOPIC_ABOUT, k).format(
                about=said, About=cap(said))), index),
                   SECOND_TOPIC)

    # The rapport, in the reader's own terms (kept on a card: it is the memory a card holds).
    rapport: S | None = None
    if person and person.rapport:
        read = panel.reading.rapport(person)
        if read.ok and read.text:
            # In a frame no earlier note of the panel opened with ("It was good to find
            # that we both ..." once per panel).
            text = read.text
            rapport = S(_unsaid(panel, lambda k: _rapport_frame(text, k), index,
                                _rapport_clause(text)), KEEP if card else RAPPORT)
        elif read.ask:
            incomplete.append(finish.item("rapport", read.ask, read.reason))

    # Fit: a qualification matched to what was discussed, one no earlier note of the panel led with.
    scored = qualification_for(panel, topics, index, person)
    if short:
        # A card or a message has room for one short line of fit: the shortest that
        # fits the reader, else the shortest.
        # A credential alone ("passed FAR and REG") is a thin line for a card: used when
        # nothing else fits.
        scored = sorted(scored, key=lambda ts: (ts[1] < 0, ts[1] == 0, bool(_PLAIN.match(ts[0])),
                                                len(ts[0].split())))
    # Room for a second line of fit only in the shape that says one (the conversation's
    # first shape): a qualification taken and not said would be lost to a colleague's note.
    room = 2 if not short and angle == "specific-topic" and nth % 2 == 0 else 1
    quals = _fresh_first(panel, scored, room, people_index)
    fit: S | None = None
    also: S | None = None
    if quals:
        matched = bool(_stems(topics[0] if topics else "") & _stems(quals[0]))
        plain = _unsaid(panel, lambda k: fit_sentence(quals[0], k, matched=False, short=short),
                        index, quals[0])
        linked = _unsaid(panel, lambda k: fit_sentence(quals[0], k, matched=True, short=short),
                         index, quals[0]) if matched else plain
        fit = S(linked, KEEP if short and not card else (EXTRA_FIT if card else EXTRA_FIT + 1),
                leans=thanks[-1] if linked != plain and thanks else None, alone=plain)
        if linked != plain and not thanks:
            fit = S(plain, fit.rank)
        fit_topic = bridges.topic_for(quals[0], topics) if not short else None
        bare = _bare_fit(quals[0]) if fit_topic else None
        if fit_topic and bare:
            # The topic it speaks to, named (by its head when the thanks named it already):
            # the sentence stands wherever it is placed.
            said_before = bool(thanks) and fit_topic == topics[0] or any(
                fit_topic in x.text for x in (*thanks, second) if x is not None)
            tied = _unsaid(panel, lambda k: bridges.bridged(
                fit_topic, bare, k, named=said_before) or plain, index, quals[0])
            if tied != plain and plainly.reads(tied):
                fit = S(tied, fit.rank)
        if len(quals) > 1:
            also = S(_unsaid(panel, lambda k: also_sentence(quals[1], k), index), EXTRA_FIT,
                     leans=fit)
    elif not panel.facts.qualifications:
        incomplete.append(finish.item(
            "qualifications", "add one thing you did or hold that fits the role (with a number "
            "if you have one), so the note says what you would bring"))
    elif people_index is not None:
        # Every usable qualification went to an earlier note (or none reads as written):
        # this one does without rather than repeat a colleague's (two interviewers comparing
        # notes would see it twice), and says what would give it one.
        who = person.given_name if person else "this"
        rephrase = (", or rewrite one of the qualifications listed as left out"
                    if panel.refused else "")
        if scored:
            held = ("your only usable one went to another note" if len(scored) == 1
                    else f"your {_count(len(scored))} usable ones went to other notes")
            incomplete.append(finish.item(
                "qualifications", f"{who}'s note says nothing of what you would bring, as "
                f"{held}; add another (with a number if you have one){rephrase}"))
        else:
            incomplete.append(finish.item(
                "qualifications", f"rewrite one of the qualifications listed as left out, so "
                f"{who}'s note says what you would bring"))

    # Interest, with the company's own words where the record quotes them: in one note of a
    # panel (the shared-values one, else a panel note); quoted to everyone they read as a
    # template.
    owner = panel.values_owner
    theirs = owner is not None and people_index == owner
    values_text = values_sentence(panel, index, theirs=theirs)
    # Someone's own words go back to them as theirs, never to a colleague as the company's.
    wanted = (angle == "shared-values" or person is None) if owner is None else theirs
    if wanted and not theirs and readers.other_market(facts, person):
        wanted = False  # a regional lead elsewhere: the company's slogan may not be theirs
    values = S(values_text, KEEP if angle == "shared-values" else VALUES) \
        if values_text and wanted else None
    # The company as a sentence names it ("PaisaPal Technologies", without "Pvt. Ltd."):
    # named in the values, it is not named again in the next sentence.
    named = values is not None and (facts.company in values.text
                                    or slots["company"] in values.text)
    # No frame word of the sentences that may stand before it ("the team", "our
    # conversation") comes back in the interest or the close.
    before = [s.text for s in (*thanks, second, rapport, fit, also, values) if s is not None]
    interest_bank = echoes.choose(ph.INTEREST_AFTER_VALUES if named else ph.INTEREST, before,
                                  index + panel.offset)
    interest = S(_unsaid(panel, lambda k: interest_bank(k).format(**slots),
                         index + panel.offset), INTEREST)
    tied_line = _tied_interest(panel, topics, before, index, slots["company"], named=named)
    if tied_line:
        interest = S(tied_line, INTEREST, short=interest.text)
    # Interest and the close in one sentence, for the shapes that end on one line; to a
    # reader who will not write back (a trustee), none asks for a reply.
    writes = readers.reader_kind(facts, person)
    close_bank = echoes.choose(readers.closes_for(
        ph.INTEREST_CLOSE_SHORT if short else ph.INTEREST_CLOSE, writes, ph.CLOSING_PANEL),
        before, index + panel.offset)
    interest_close = S(_unsaid(panel, lambda k: close_bank(k).format(**slots),
                               index + panel.offset))

    # The concern placed in this note, if any (never on a card).
    concerns: list[S] = []
    if people_index is not None and channel not in NO_CONCERN:
        for n, placed in enumerate(panel.concerns.get(people_index, [])):
            concerns.append(S(concern_sentence(placed, index + n, later=n > 0),
                              KEEP if angle == "concern-answering" and n == 0 else CONCERN))
    elif person is None:
        for n, placed in enumerate(panel.concerns.get(-1, [])):
            concerns.append(S(concern_sentence(placed, index + n, later=n > 0), CONCERN))

    # The addition to an answer, for the elaboration note only.
    extra: S | None = None
    addition, added_about = panel.addition, panel.addition_about
    if people_index in panel.more_additions and people_index != panel.addition_to:
        addition, added_about = panel.more_additions[people_index]  # this reader's question
    # A note that answers its reader's concern still carries the addition to their own
    # question: the correction or the answer that went badly is what they most need.
    own_addition = people_index is not None and (
        people_index == panel.addition_to or people_index in panel.more_additions)
    if (angle == "elaboration" or (angle == "concern-answering" and own_addition
                                   and channel == "email")) \
            and addition and addition.text and added_about:
        # The question named, as its asker knows it; thanks first to whoever corrected the
        # answer. An addition whose question cannot be named is asked for (`Panel.of`).
        imp = next((i for i in facts.improvements if i.addition == addition.source), None)
        theirs = imp is not None and people_index is not None and (
            _person_index(facts.people, imp.raised_by) == people_index
            or len(facts.people) == 1)
        lead = addition_lead(added_about, index, theirs=theirs,
                             was_corrected=theirs and imp is not None and corrected(imp.answer))
        if ":" in addition.text and lead.endswith(":"):
            lead = lead.rstrip(":") + "."  # never two colons in one sentence
        extra = S(lead + " " + addition.text,
                  CONCERN if angle == "concern-answering" else KEEP)
    closing_bank = echoes.choose(readers.closes_for(
        ph.CLOSING_SHORT if short else ph.CLOSING, writes, ph.CLOSING_PANEL), [interest.text],
        index)
    closing = S(_unsaid(panel, closing_bank, index))
    if tied_line and not short:
        # The tied line says the interest; the close after it is a close only (a card or a
        # message keeps its short one-line close for when the interest line is cut).
        interest_close = S(f"{tied_line} {closing.text}", short=interest_close.text)

    parts = Parts()
    if short:
        # A card or a message: thanks and the memory; one line of fit; the close. When the
        # note is long, the company's words go first, then the separate line of interest
        # (the close then says it: "I would love to join your team, and ...").
        parts.add(*thanks, rapport)
        if concerns and not card:
            parts.add(*concerns)
        interest.rank = VALUES + 1
        close = S(_unsaid(panel, echoes.choose(readers.closes_for(
            ph.CLOSING_SHORT, writes, ph.CLOSING_PANEL), [interest.text], index), index),
                  leans=interest, alone=interest_close.text)
        parts.add(values, fit, interest, close)
        _role_once(parts, slots["role"], slots["company"])
        if card and fit is not None and _PLAIN.match(quals[0]) and \
                sum(len(t.split()) for p in parts.paragraphs for t in _standing(p)) + \
                _CARD_FRAME < CARD_WORDS[0]:
            # A credential alone ("I hold a Class B CDL.") keeps the card short of what a
            # card holds: it is said, and a second thing to say is asked for.
            who = person.given_name if person else "this"
            incomplete.append(finish.item(
                "qualifications", f"add another thing you did (with a number if you have one) "
                f"for {who}'s card", "a licence or certificate alone leaves the card short"))
        return _noted(panel, parts)
    if angle == "shared-values":
        # The company's words beside what the candidate brings, then one closing line.
        parts.add(*thanks, second, rapport)
        parts.add(values, fit)
        parts.add(*concerns)
        parts.add(interest_close)
    elif angle == "concern-answering":
        # The answer first, backed by the fit; interest and close in one line.
        parts.add(*thanks, rapport if nth % 2 == 0 else None)
        parts.add(*concerns, fit)
        parts.add(extra)
        parts.add(rapport if nth % 2 else None, interest_close)
    elif angle == "elaboration":
        # The addition in a paragraph of its own.
        parts.add(*thanks, rapport)
        parts.add(extra)
        parts.add(fit, interest)
        parts.add(*concerns)
        parts.add(closing)
    elif nth % 2 == 0:
        # The conversation: both topics, the fit with its second line, and the rapport last.
        parts.add(*thanks, second)
        parts.add(fit, also)
        parts.add(*concerns)
        parts.add(rapport, interest_close)
    else:
        # The conversation tied to one line of fit, the rapport with the thanks.
        parts.add(*thanks, second, rapport)
        parts.add(fit, *concerns)
        parts.add(interest)
        parts.add(closing)
    _role_once(parts, slots["role"], slots["company"])
    return _noted(panel, parts)


def _tied_interest(panel: Panel, topics: list[str], before: list[str], index: int,
                   company: str, *, named: bool) -> str | None:
    """The line of interest tied to a plan or piece of work of the reader's topics (one no
    earlier note of the panel tied its interest to), or None for the plain line."""
    said = " ".join(before)
    found = ties.anchor(topics, said, panel.tied)
    if found is None:
        return None
    topic, was_said = found
    # After the company's words, the company is not named again.
    frames = tuple(f for f in ties.bank(topic, said=was_said)
                   if not (named and "{company}" in f)) or ties.bank(topic, said=was_said)
    frames = tuple(f for f in echoes.unechoed(frames, before)
                   if ties.reads(ties.sentence(f, topic, company)))
    if not frames:
        return None
    panel.tied.add(topic)
    # Started at a place of the topic's own (its length), so records do not all open on
    # the same wording.
    return _unsaid(panel, lambda k: ties.sentence(frames[k % len(frames)], topic, company),
                   index + panel.offset + len(topic))


def _fresh_topics(panel: Panel, person: Person | None, topics: list[str]) -> list[str]:
    """A note that falls back on the interview's topics (none of the reader's own reads
    well) leads with one no earlier note of the panel led with ("debugging a latency
    spike" is a colleague's question already); the one it leads with is noted."""
    own = _own(panel, person) if person else set()
    if topics and topics[0] not in own:
        def taken(t: str) -> bool:
            mine = _stems(t)
            return any(len(mine & _stems(led)) * 2 > len(mine) for led in panel.led_topics)
        topics = sorted(topics, key=taken)
    if topics:
        panel.led_topics.append(topics[0])
    return topics


def _fresh_first(panel: Panel, scored: list[tuple[str, int]], room: int,
                 people_index: int | None = None) -> list[str]:
    """The qualifications this note uses (at most `room`), the best fit for its reader
    first, each one no earlier note of the panel used: each interviewer hears of a different
    achievement. A second line is taken only when enough are left for the notes still to be
    written; when none is left, the note goes without (and asks for another) rather than
    repeat a colleague's."""
    fits = {t for t, score in scored if score > 0}
    fresh = [t for t, _ in scored if t not in panel.used]
    fresh.sort(key=lambda q: q not in fits)
    later = 0
    if people_index is not None:
        # The notes after this one that state a fit (an invitation has no room for one).
        later = sum(1 for n in range(people_index + 1, len(panel.facts.people))
                    if panel.channels.get(n, panel.facts.people[n].channel) != "linkedin-invite")
    # A second line only when the notes still to be written keep one each that shows
    # something: never two here and bare years ("four years of QA experience") for the next.
    shown = [q for q in fresh[2:] if _strength(q) >= 0]
    second = fresh[1:2]
    if people_index is not None and second:
        # A second line never takes what fits a reader still to be written to: "cut cycle
        # count errors" is kept for the one who asked about the cycle count.
        ahead = " ".join(t for p in panel.facts.people[people_index + 1:] for t in p.topics)
        spare = [q for q in fresh[1:] if not bridges.shared(ahead, q)]
        second = spare[:1]
        shown = [q for q in fresh[1:] if q not in second and _strength(q) >= 0]
    take = fresh[:1] + (second if room > 1 and len(shown) >= later else [])
    panel.used.extend(take)
    return take


def _unsaid(panel: Panel, wording: Callable[[int], str], index: int, q: str = "") -> str:
    """The wording for this note (`wording(index)`), or the next one none of whose sentences
    an earlier note of the panel said: a sentence word for word in two notes ("Thank you
    for meeting with me on Tuesday.") reads as a template. What a note says is noted when
    it is laid out (`_noted`), so a wording considered and not used blocks nothing."""
    for strict in (True, False):
        for k in range(index, index + 6):
            text = wording(k)
            # With `q` (a qualification), its frame too: "...; that experience is directly
            # relevant here" once per panel, whatever it follows.
            frame = text.replace(q, "{q}") if q else ""
            if not _sentences(text) & panel.said and not (strict and (
                    frame in panel.frames or _openings(text, q) & panel.openings)):
                if frame:
                    panel.frames.add(frame)
                return text
    return wording(index)


unsaid = _unsaid  # for the drafts of other kinds that share a panel (networking)


def _noted(panel: Panel, parts: Parts) -> Parts:
    """The note's sentences noted as said, for the panel's later notes to avoid."""
    for paragraph in parts.paragraphs:
        for sentence in paragraph:
            for text in (sentence.text, sentence.alone or "", sentence.short or ""):
                if text:
                    panel.said |= _sentences(text)
                    panel.openings |= _openings(text)
    return parts


def _openings(text: str, q: str = "") -> set[str]:
    """How a wording's sentences open, in their first three words ("i came away"), the
    record's own words (`q`, a qualification) left out: two notes of a panel whose sentences
    open alike read as one template ("I came away even more ..." beside "I came away from
    the interview even more ...")."""
    if q:
        text = text.replace(q, "")
    out = set()
    for sentence in _sentences(text):
        words = re.findall(r"[a-z']+", sentence.casefold())[:3]
        if len(words) == 3:
            out.add(" ".join(words))
    return out


def _sentences(text: str) -> set[str]:
    """A wording's sentences of more than three words (a short "Thank you." may repeat)."""
    return {s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\u201c])", text.strip())
            if len(s.split()) > 3} or {text}


sentences = _sentences

_GOOD_TO_FIND = re.compile(r"^It was good to find that (we .+)\.$")
# Each sentence shape the reading gives a rapport, with the bank of frames for its move.
_RAPPORT_SHAPES = (
    (_GOOD_TO_FIND, ph.RAPPORT_FOUND),
    (re.compile(r"^It was good to discover our (.+) connection\.$"), ph.RAPPORT_CONNECTION),
    (re.compile(r"^I also appreciated that you (.+)\.$"), ph.RAPPORT_YOU),
    (re.compile(r"^Thank you, too, for (.+)\.$"), ph.RAPPORT_THANKS),
    (re.compile(r"^It meant a lot to hear that (.+)\.$"), ph.RAPPORT_HEARD),
    *((re.compile("^" + re.escape(frame).replace(re.escape("{clause}"), "(.+)") + "$"), bank)
      for bank in (ph.RAPPORT_LINK, ph.RAPPORT_COMPARE, ph.RAPPORT_SPOKE) for frame in bank),
)


def _rapport_clause(sentence: str) -> str:
    """The record's part of a rapport sentence ("we both ran the Leeds half marathon")."""
    for pattern, _ in _RAPPORT_SHAPES:
        m = pattern.match(sentence)
        if m:
            return m.group(1)
    return ""


def _rapport_frame(sentence: str, index: int) -> str:
    """The rapport sentence in one of several frames, so two notes of a panel do not share
    "It was good to find that we both ..." (nor any other one frame)."""
    for pattern, bank in _RAPPORT_SHAPES:
        m = pattern.match(sentence)
        if m:
            # A connection's frame was chosen by its clause: the panel rotates from there.
            start = next((n for n, f in enumerate(bank) if f.format(clause=m.group(1)) ==
                          sentence), 0)
            return ph.pick(bank, start + index).format(clause=m.group(1))
    return sentence


rapport_frame = _rapport_frame


def _own(panel: Panel, person: Person) -> set[str]:
    reading = panel.reading
    return {p.text or "" for p in (reading.topic(t, to=person, own=True) for t in person.topics)
            if p.ok}


def cap(text: str) -> str:
    """The first letter in capitals ("thank you ..." after an empty greeting)."""
    return text[:1].upper() + text[1:]


_cap = cap


def invite(panel: Panel, person: Person | None, index: int, bank: tuple[str, ...],
           incomplete: list[str], *, warm: bool = True) -> str:
    """A LinkedIn invitation within 200 characters: thanks and one specific line, with the
    rapport where it fits (`warm`: a thank-you; a later networking invitation has none)."""
    facts = panel.facts
    topics, asks = topics_of(panel, person, index)
    incomplete.extend(asks)
    hi = f"Hi {person.greeting_name(facts.locale)}, " if person else ""
    slots = {"hi": hi, "sign": facts.candidate.first_name or "", "role": role_name(facts.role),
             "company": ph.in_sentence(facts.company)}
    rapport = panel.reading.rapport(person) if warm and person and person.rapport else None
    shared = rapport.text if rapport and rapport.ok and rapport.text else None
    if rapport and not shared and rapport.ask:
        incomplete.append(finish.item("rapport", rapport.ask, rapport.reason))
    candidates: list[tuple[str, bool, str]] = []  # (text, with the rapport, its wording)
    for shift in range(len(bank)):
        frame = ph.pick(bank, index + shift)
        for topic in [*topics[:1], *sorted(topics[1:], key=len)]:
            text = frame.format(about=about(topic, index, after_for=True), **slots)
            if shared:
                candidates.append((_with_rapport(text, shared, slots["sign"]), True, frame))
            candidates.append((text, False, frame))
    candidates += [(ph.pick(ph.INVITE_PLAIN, index + k).format(**slots), False,
                    ph.pick(ph.INVITE_PLAIN, index + k)) for k in range(len(ph.INVITE_PLAIN))]
    fitting = [(_cap(" ".join(text.split())), warmed, frame)
               for text, warmed, frame in candidates]
    fitting = [c for c in fitting if len(c[0]) <= INVITE_CHARS]
    # One no other note of the panel says word for word, where there is one; then one in a
    # wording no other invitation of the panel took (two invitations on one frame read as
    # a template).
    for text, warmed, frame in sorted(fitting, key=lambda c: (c[0] in panel.said,
                                                               c[2] in panel.frames)):
        panel.said.add(text)
        panel.frames.add(frame)
        if shared and not warmed:
            incomplete.append(finish.item(
                "rapport", f"the invitation has no room for what you have in common with "
                f"{person.given_name if person else 'them'}: say it in a message once "
                "they accept"))
        return text
    incomplete.append("the invitation is over 200 characters: shorten your name or the role")
    return _cap(candidates[-1][0])[:INVITE_CHARS]


def _with_rapport(text: str, rapport: str, sign: str) -> str:
    """The invitation with the rapport sentence in place of its closing line."""
    head = re.split(r"(?<=\.)\s+(?=I would|I would like|May we|I hope)", text)[0]
    return f"{head} {rapport} {sign}".strip()
