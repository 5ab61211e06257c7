"""`Panel`: the record read once, with its concerns placed before any note is written."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from afterword.compose import asks as finish
from afterword.compose import steer_clear
from afterword.compose.answers import (
    leans_on_nothing,
    stands_alone,
    unplaced_asked,
    unplaced_logistics,
    with_its_ground,
)
from afterword.compose.facts import Concern, Facts, Person
from afterword.compose.fragments import Phrased, Reading
from afterword.compose.thanks.parts import NO_CONCERN
from afterword.compose.thanks.topics import _NOT_THANKED, _thankable
from afterword.compose.thanks.unsaid import _named
from afterword.compose.thanks.wording import _clip, _open_note, _person_index


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
    reused: set[str] = field(default_factory=set)  # qualifications said in a second note
    # The one the note being written says again in other words, having none of its own.
    restated: set[str] = field(default_factory=set)
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

    def _settles_terms(self) -> str:
        """Who a question of terms is settled with, as the record names them: its recruiter,
        an interviewer who works in hiring, HR when the record says HR is in touch, else the
        point of contact. Never "the recruiter" of a record that names none (a coach read
        that as untrue for a family funeral home)."""
        facts = self.facts
        if facts.recruiter_name:
            return facts.recruiter_name
        hiring = next((p for p in facts.people if re.search(
            r"(?i)\b(?:recruit\w*|talent|HR|human resources|people (?:partner|team))\b",
            p.title or "")), None)
        if hiring:
            return hiring.name
        if re.search(r"\bHR\b", facts.timeframe or ""):
            return "HR"
        poc = facts.point_of_contact or (facts.people[0] if facts.people else None)
        return poc.name if poc else "the person arranging your interviews"

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
        # Only a line the candidate wrote as it goes out ("I hold OSHA 30 certification"):
        # one the tool rephrased may be the weakest sentence, and a coach read "like 'I would
        # bring six years of warehouse before that'" held up as the model.
        model = min((r.text for q, r in zip(self.facts.qualifications, reads, strict=True)
                     if r.ok and r.text and len(r.text.split()) <= 10
                     and _as_written(q, r.text)), key=len, default=None)
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
            if steer_clear.avoided(concern.concern, self.facts):
                # The notes say not to raise it ("dont raise it yet"): no note answers it,
                # and no line asks the user to.
                continue
            subject = self.reading.concern_subject(concern)
            if not subject.ok and not subject.ask:
                if subject.reason and not self.reading.read(concern.concern).off_limits:
                    # Logistics: no note answers them, but the user decides that, not the
                    # tool: listed once, with what to do if it needs an answer.
                    self.add_todo(None, finish.item(
                        "concern", unplaced_logistics(concern.concern, self._settles_terms())))
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
        if not subject.ok and subject.ask and answer.ok and (stands_alone(
                self.reader_spell(concern.concern), answer.text or "") or (
                    (asker == target or alone) and leans_on_nothing(answer.text or ""))):
            # (Said to the one who asked, "To follow up on your question: I passed the SIE
            # in October ..." needs no name for it: never an ask to say what a plain concern
            # is about, which a coach read as needless.)
            # Its subject cannot be named ("teens can be a tough crowd"), but the answer
            # names the matter itself: the note gives the answer on its own.
            subject = Phrased(concern.concern, text="")
        if not subject.ok or not answer.ok:
            # With no answer recorded, the answer is what is missing, however the concern
            # reads: never "say what it is about" for a concern plain enough to answer.
            missing = not answer.ok and not (concern.answer or "").strip()
            bad = answer if missing or subject.ok else subject
            whose = "" if not (asker is not None or alone) else (
                f", so {who.given_name}'s note can answer it" if missing
                else f", for {who.given_name}'s note")
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
        said = _to_them(with_its_ground(answer.text or "", self.reader_spell(concern.concern)),
                        who)
        placed.append(Placed(concern, subject.text or "", said, attributed,
                             self.reading.reader.spell(concern.concern), gap))


def _to_them(answer: str, person: Person) -> str:
    """An answer said to its reader: their own name in it is "you" ("happy to shadow dr
    alvarez on blocks" in Dr. Alvarez's note: "happy to shadow you on blocks")."""
    import re

    words = person.name.replace(".", "").split()
    family = words[-1] if len(words) > 1 else ""
    forms = [person.name.replace(".", r"\.?"), person.first_name.replace(".", r"\.?"),
             person.given_name] + ([rf"(?:dr|mr|mrs|ms|miss|prof|engr)\.?\s+{family}"]
                                   if family else [])
    pattern = "|".join(f"(?:{f})" for f in sorted(forms, key=len, reverse=True) if f)
    answer = re.sub(rf"(?i)(?<![\w'])(?:{pattern})['\u2019]s\b", "your", answer)
    return re.sub(rf"(?i)(?<![\w'])(?:{pattern})(?![\w'])", "you", answer)


def _as_written(entry: str, said: str) -> bool:
    """Whether a qualification goes out in the candidate's own words ("Class B CDL" -> "I hold
    a Class B CDL", "ran 40 drills, 2 at night" -> "I ran 40 drills"): the tool added no word
    of its own beyond the frame of a sentence, and the review's `broken-phrase` and
    `shorthand` rules find nothing in it."""
    entry_words = set(_words(entry))
    for word in _words(said):
        if word in entry_words or word in _FRAME or _NUMBERS.get(word) in entry_words:
            continue
        if any(_spelled_out(short, word) for short in entry_words):
            continue  # "yrs" -> "years", "mgmt" -> "management": the same word
        return False
    return _reads_well(said)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


# The frame of a sentence, which may be added around the candidate's words ("I hold a ...",
# "I am bilingual in English and Spanish" for "bilingual english/spanish").
_FRAME = frozenset("i hold am a an and the my in".split())
_NUMBERS = {w: str(n) for n, w in enumerate("zero one two three four five six seven eight "
                                             "nine ten".split())}


def _spelled_out(short: str, word: str) -> bool:
    """Whether `short` is a clipping of `word`: its letters in order, from the same first."""
    if len(short) < 2 or len(short) >= len(word) or short[0] != word[0] or short.isdigit():
        return False
    rest = iter(word)
    return all(c in rest for c in short)


def _reads_well(sentence: str) -> bool:
    # Lazy: the review's rules load their lexicons, needed only when an ask shows a model.
    from afterword.language.message import Message
    from afterword.language.text import Note
    from afterword.review.rules.draft.broken_phrase import broken_phrase
    from afterword.review.rules.draft.shorthand import shorthand_rule

    note = Note(Message(body=f"Dear Sam,\n\nThank you. {sentence}\n\nBest regards,\nJo"))
    return next(iter(broken_phrase(note)), None) is None and \
        next(iter(shorthand_rule(note)), None) is None
