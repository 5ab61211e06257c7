"""The body of one note, laid out by its angle and cut to its channel."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from afterword.compose import asks as finish
from afterword.compose import bridges, echoes, expected, plainly, readers
from afterword.compose import interest as ties
from afterword.compose import phrasing as ph
from afterword.compose.answers import addition_lead, corrected
from afterword.compose.facts import Person
from afterword.compose.formality import sober
from afterword.compose.thanks.fit import (
    _PLAIN,
    _bare_fit,
    _stems,
    _strength,
    also_sentence,
    concern_sentence,
    fit_sentence,
    qualification_for,
    values_sentence,
)
from afterword.compose.thanks.parts import (
    _CARD_FRAME,
    CARD_WORDS,
    CONCERN,
    EXTRA_FIT,
    INTEREST,
    KEEP,
    NO_CONCERN,
    RAPPORT,
    SECOND_TOPIC,
    VALUES,
    Parts,
    S,
    _standing,
)
from afterword.compose.thanks.rapport import _own, _rapport_clause, _rapport_frame
from afterword.compose.thanks.topics import _role_once, about, interview_day, role_name, topics_of
from afterword.compose.thanks.unsaid import _noted, _sentences, _unsaid
from afterword.compose.thanks.wording import _cap, _count, _person_index, cap, meeting, names_of

if TYPE_CHECKING:
    from afterword.compose.thanks.panel import Panel


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

    def lines(quals: list[str]) -> tuple[S, S | None] | None:
        """The line of fit (and a second) for these qualifications; None for one said
        again that cannot be tied to this reader in a sentence of its own."""
        also: S | None = None
        common = bridges.roots(f"{facts.role} {facts.company}")
        # Bridged to what this reader raised, or to what the note thanks them for, before
        # a topic of the whole interview.
        mine = _own(panel, person) if person else set(topics)
        ties_to = [t for n, t in enumerate(topics) if t in mine or (n == 0 and thanks)]
        fit_topic = bridges.topic_for(quals[0], ties_to, common) or (bridges.topic_for(
            quals[0], topics, common) if not short else None)
        # A kind of work alone fits, but is no ground for "It is close to my own experience".
        matched = bool(topics) and bridges.worded(topics[0], quals[0], common)
        plain = _unsaid(panel, lambda k: fit_sentence(quals[0], k, matched=False, short=short),
                        index, quals[0])
        linked = _unsaid(panel, lambda k: fit_sentence(quals[0], k, matched=True, short=short),
                         index, quals[0]) if matched else plain
        fit = S(linked, KEEP if short and not card else (EXTRA_FIT if card else EXTRA_FIT + 1),
                leans=thanks[-1] if linked != plain and thanks else None, alone=plain)
        if linked != plain and not thanks:
            fit = S(plain, fit.rank)
        bare = _bare_fit(quals[0]) if fit_topic else None
        if fit_topic and bare:
            # The topic it speaks to, named (by its head when the thanks named it already):
            # the sentence stands wherever it is placed.
            said_before = bool(thanks) and fit_topic == topics[0] or any(
                fit_topic in x.text for x in (*thanks, second) if x is not None)
            tied = _unsaid(panel, lambda k: bridges.bridged(
                fit_topic, bare, k, named=said_before, short=short) or plain, index, quals[0])
            if tied != plain and plainly.reads(tied):
                fit = S(tied, fit.rank)
        if quals[0] in panel.restated and (quals[0] not in panel.used or fit.text in (
                plain, linked) or _sentences(fit.text) & panel.said or fit_topic not in ties_to):
            # No line of its own for this reader: the candidate's strongest (or best-fitting)
            # said in other words than the note that has it as its own.
            again = _unsaid(panel, lambda k: _restated(quals[0], k, short), index)
            if _sentences(again) & panel.said:
                return None
            fit = S(again, fit.rank)
        elif quals[0] in panel.reused and (fit.text in (plain, linked) or _sentences(
                fit.text) & panel.said or fit_topic not in ties_to):
            # Said again only when tied to this reader's own topic in a sentence of its
            # own: the same line in two notes reads as a template.
            return None
        if len(quals) > 1:
            also = S(_unsaid(panel, lambda k: also_sentence(quals[1], k), index), EXTRA_FIT,
                     leans=fit)
        return fit, also

    fit: S | None = None
    also: S | None = None
    quals: list[str] = []
    for quals in _fresh_first(panel, scored, room, people_index, person):
        chosen = lines(quals) if quals else None
        if chosen:
            fit, also = chosen
            break
    else:
        quals = []
    # One said again in other words here stays free for the reader it answers.
    panel.used.extend(q for q in quals if q not in panel.restated or q in panel.used)
    if quals:
        pass  # said
    elif not panel.facts.qualifications:
        incomplete.append(finish.item(
            "qualifications", "add one thing you did or hold that fits the role (with a number "
            "if you have one), so the note says what you would bring"))
    elif people_index is not None and not _arranges_hiring(person):
        # (A recruiter or an HR officer looks after the process, not the work: their note
        # needs no qualification, and the list does not ask for one.)
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
    if wanted and not theirs and values_text and not _values_tied(panel, quals, topics, person) and \
            (rapport is not None or also is not None):
        # The company's words with nothing of the note's to tie them to read as a stock line
        # (coaches marked every frame of it STOCK): said beside a claim or a topic that shares
        # a word with them, or in a note that would be thin without them.
        wanted = False
    values = S(values_text, KEEP if angle == "shared-values" else VALUES) \
        if values_text and wanted else None
    # The company as a sentence names it ("PaisaPal Technologies", without "Pvt. Ltd."):
    # named in the values, it is not named again in the next sentence.
    named = values is not None and (facts.company in values.text
                                    or slots["company"] in values.text)
    # No frame word of the sentences that may stand before it ("the team", "our
    # conversation") comes back in the interest or the close.
    before = [s.text for s in (*thanks, second, rapport, fit, also, values) if s is not None]
    # A reader greeted by title and family name gets no "excited" or "would love to".
    formal = person is not None and person.addressed_formally(facts.locale)
    interest_bank = echoes.choose(sober(ph.INTEREST_AFTER_VALUES if named else ph.INTEREST,
                                        formal), before, index + panel.offset)
    interest = S(_unsaid(panel, lambda k: interest_bank(k).format(**slots),
                         index + panel.offset), INTEREST)
    tied_line = _tied_interest(panel, topics, before, index, slots["company"], named=named)
    if tied_line:
        interest = S(tied_line, INTEREST, short=interest.text)
    # Interest and the close in one sentence, for the shapes that end on one line; to a
    # reader who will not write back (a trustee), none asks for a reply.
    writes = readers.reader_kind(facts, person)
    close_bank = echoes.choose(sober(readers.closes_for(
        ph.INTEREST_CLOSE_SHORT if short else ph.INTEREST_CLOSE, writes, ph.CLOSING_PANEL),
        formal), before, index + panel.offset)
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
    # The one who will reply is told when the candidate looks forward to hearing ("... from
    # you early in the new year"): the close is this record's own, said in one note only.
    if writes == readers.CONTACT and person is not None and not short and \
            next((p for p in facts.people if readers.reader_kind(facts, p) == readers.CONTACT),
                 None) is person:
        when = expected.close_when(facts, person)
        if when:
            closing = S(expected.with_when(closing.text, when))
            interest_close = S(expected.with_when(interest_close.text, when),
                               short=interest_close.short)
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


def _values_tied(panel: Panel, quals: list[str], topics: list[str],
                 person: Person | None) -> bool:
    """Whether the company's quoted words share a word with this note's claims or topics,
    or the jotting ties them to this reader ("tom said it like 4 times")."""
    words = panel.reading.values
    if not words.ok or not words.text:
        return False
    if person is not None and re.search(rf"(?i)\b{re.escape(person.given_name)}\b",
                                        words.source):
        return True
    common = bridges.roots(f"{panel.facts.role} {panel.facts.company}")
    mine = bridges.roots(words.text) - common
    return any(not r.startswith("~") for r in mine & bridges.roots(" ".join([*quals, *topics])))


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
                   if ties.reads(ties.sentence(f, topic, company, said=was_said)))
    if not frames:
        return None
    panel.tied.add(topic)
    # Started at a place of the topic's own (its length), so records do not all open on
    # the same wording.
    return _unsaid(panel, lambda k: ties.sentence(frames[k % len(frames)], topic, company,
                                                  said=was_said),
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
                 people_index: int | None = None,
                 person: Person | None = None) -> list[list[str]]:
    """The qualifications this note uses (at most `room`), the best fit for its reader
    first, each one no earlier note of the panel used: each interviewer hears of a different
    achievement. A second line is taken only when enough are left for the notes still to be
    written; when none is left, the note goes without (and asks for another) rather than
    repeat a colleague's."""
    panel.restated.clear()
    fits = {t for t, score in scored if score > 0}
    fresh = [t for t, _ in scored if t not in panel.used]
    fresh.sort(key=lambda q: q not in fits)
    common = bridges.roots(f"{panel.facts.role} {panel.facts.company}")
    if people_index is not None and person is not None:
        # One that speaks to what a reader still to be written to raised, and not to what
        # this reader raised, is kept for them ("door to scan for code strokes" for the
        # neuroradiologist who talked about the stroke pathway), while another is left.
        mine = " ".join(person.topics)
        theirs = [" ".join(p.topics) for p in panel.facts.people[people_index + 1:]]
        # Kept only for a word of theirs ("stroke"), not a kind of work alone: a likeness
        # of kind ("accreditation", "certification") is too loose to starve this note.
        # A likeness of kind with this reader ("~compliance": an audit here, pick accuracy
        # there) does not hold back a line that shares a word with a later one ("pick rate").
        def worded(topic: str, q: str) -> bool:
            return any(not r.startswith("~")
                       for r in (bridges.roots(topic) & bridges.roots(q)) - common)

        kept = [q for q in fresh if not worded(mine, q) and any(worded(t, q) for t in theirs)]
        # A result in figures is the candidate's best line: one that fits nothing this
        # reader raised goes to the later reader whose kind of work it speaks to ("2 days
        # -> 3 hrs" automating a report, for the one running a Python migration), even when
        # this note is left without one (it asks for another).
        owed = [q for q in fresh if q not in kept and _result(q) and
                not bridges.shared(mine, q, common) and not (bridges.roots(mine) & bridges.roots(q))
                and any(bridges.roots(t) & bridges.roots(q) - common for t in theirs)]
        if len(kept) < len(fresh) or owed:
            fresh = [q for q in fresh if q not in kept and q not in owed] + \
                (kept if len(kept) < len(fresh) else [])
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
    # Nor bare years that do not fit this reader ("I also have nine years of hospitality
    # experience" to a QA lead, as a coach read): a second line adds only what shows or fits.
    second = [q for q in second if q in fits or _strength(q) >= 0]
    take = fresh[:1] + (second if room > 1 and len(shown) >= later else [])
    fitting = [t for t, score in scored if score > 0 and t in panel.used]
    if take and person is not None:
        # Over one not yet said, only for a word of the reader's own ("stroke"), not a
        # likeness of kind: each interviewer hears of a different achievement otherwise.
        fitting = [t for t in fitting if any(
            not r.startswith("~") for r in (bridges.roots(" ".join(person.topics))
                                            & bridges.roots(t)) - common)]
    if fitting and (not take or take[0] not in fits):
        # None left, or none left that fits this reader: a note that says nothing of what
        # the candidate would bring, or the wrong thing ("nine years of hospitality" to a
        # principal engineer who talked about flaky tests), is worse than a colleague
        # hearing the same fact. The one that fits this reader is tried first, said again
        # tied to their own topic (the caller drops it if its sentence would be word for
        # word an earlier note's), then what is left.
        panel.reused.add(fitting[0])
        return [[fitting[0]], take, *_again(panel, scored, take)]
    return [take, *_again(panel, scored, take)]


def _again(panel: Panel, scored: list[tuple[str, int]], take: list[str]) -> list[list[str]]:
    """When every usable qualification went to another note (or is kept for the reader it
    answers), the best one for this reader, to be said again in other words: a note that
    says nothing of what the candidate would bring is thin, and to a reader whose topic no
    qualification answers the candidate's strongest line is still the one to give."""
    if take or not panel.facts.people or len(panel.facts.people) < 2:
        return []
    best = next((t for t, score in scored if score >= 0), None)
    if best is None:
        return []
    panel.restated.add(best)
    return [[best]]


def _restated(clause: str, index: int, short: bool) -> str:
    """A qualification another note says as its own, in other words: "As for what I would
    bring, I helped cut LTIs from 7 to 2 ...", never that note's sentence word for word."""
    said = fit_sentence(clause, index, matched=False, short=short)
    if said.startswith("I would bring") or said.startswith("I bring"):
        return f"For my part, {said[0]}{said[1:]}"
    frames = ("As for what I would bring, {s}", "For my part, {s}")
    return frames[index % 2].format(s=said if said.startswith("I ") else said[0].lower() + said[1:])


def _result(clause: str) -> bool:
    """Whether a qualification shows a result in figures: a change ("from 7 to 2"), a
    percentage, or a count of something done ("about 48,000 miles"), not a year or a span
    of time held ("in October 2026", "have spent 32 weeks")."""
    if _strength(clause) >= 2:
        return True
    if clause.startswith(("have spent", "would bring", "earned", "passed", "hold")):
        return False
    return bool(re.search(r"(?<![\w.])(?!(?:19|20)\d\d\b)\d[\d,.]*(?!\s+(?:years?|months?|weeks?)\b)"
                          r"\s+[a-z]", clause))


_HIRING = re.compile(r"(?i)\b(?:hr|human\s+resources|recruit\w*|talent|people\s+(?:partner|team|"
                     r"operations|ops)|personnel|hiring\s+coordinator)\b")


def _arranges_hiring(person: Person | None) -> bool:
    """Whether the reader's job is the hiring itself (an HR officer, a recruiter)."""
    return person is not None and bool(_HIRING.search(person.title or ""))
