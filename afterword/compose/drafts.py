"""The composer: turns an interview's facts into one draft per interviewer (pure: no store, no clock).

A sentence goes in only when the record holds what it needs; when a note would then miss
an element the review wants, the draft says what to add instead of inventing it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from afterword.compose import asks as finish
from afterword.compose import expected, quoted, rapport_kinds, subjects
from afterword.compose import phrasing as ph
from afterword.compose import thanks as th
from afterword.compose.absent import for_absent_reader
from afterword.compose.facts import Facts, Person, full_stop_titles
from afterword.compose.topic_tails import is_term, plain_topic, term_of_the_job
from afterword.language.person_names import proper_name

ANGLES = ("specific-topic", "shared-values", "concern-answering", "elaboration")
KINDS = ("thank-you", "follow-up", "rejection-reply", "networking")
CHANNELS = ("email", "handwritten", "linkedin-message", "linkedin-invite")

# Word budgets per channel past which a draft asks to be shortened (the targets the
# composer cuts to are in `thanks`: a card 50-90 words, a LinkedIn message 100).
WORD_BUDGET = {"email": 200, "handwritten": 90, "linkedin-message": 100}
INVITE_CHARS = th.INVITE_CHARS


@dataclass
class Draft:
    """A composed note, before review and storage."""

    kind: str
    channel: str
    to_name: str
    body: str = ""
    subject: str | None = None
    person: Person | None = None  # None: a note to the whole panel
    to_email: str | None = None
    cc_email: str | None = None
    angle: str | None = None
    variant: int = 0
    incomplete: list[str] = field(default_factory=list)
    # The concerns this note answers (the review checks only those); None: not known.
    answers: tuple[str, ...] | None = None
    # Worth knowing before sending, not missing ("a LinkedIn message reaches them once ...").
    notes: list[str] = field(default_factory=list)
    # What the record could say that would go into no single note (on the first draft only):
    # each note's own items are in its `incomplete`, and only those keep it from "ready".
    record_todo: list[str] = field(default_factory=list)


def compose(
    facts: Facts,
    *,
    kind: str = "thank-you",
    channel: str | None = None,
    angle: str | None = None,
    variant: int = 0,
    group: bool = False,
) -> list[Draft]:
    """Every draft for this interview and kind: one per interviewer, or one to the panel.

    Thank-you notes go to each interviewer (or, with `group` or when nobody can be reached,
    one note to the panel; when it goes to a recruiter who was not there, it thanks them for
    arranging the interview and asks them to pass the thanks on); networking notes go to
    each interviewer the way the record can reach them (`networking_channel`); follow-ups
    and replies to a rejection go to the point of contact (else the recruiter, else the
    first interviewer).
    """
    drafts = _compose(facts, kind=kind, channel=channel, angle=angle, variant=variant,
                      group=group)
    # The lists name people as the notes greet them: "Dr Lim", not "Dr. Lim", in a
    # British note (the wordings are built before the locale is known to them).
    names = [(p.first_name, p.greeting_name(facts.locale)) for p in facts.people]
    names = [(bare, local) for bare, local in names if bare != local]
    for draft in drafts:
        # A name that ends in a full stop ("Halvorsen Build Co.") at a sentence's end.
        draft.body = _DOUBLE_STOP.sub(".", draft.body)
        for items in (draft.incomplete, draft.notes, draft.record_todo):
            items[:] = [_as_greeted(line, names) for line in items]
        # Not ready while it quotes someone's offhand words back to them.
        draft.incomplete.extend(a for a in quoted.casual_quotes(draft.body)
                                if a not in draft.incomplete)
    return drafts


_DOUBLE_STOP = re.compile(r"(?<=[A-Za-z])\.\.(?!\.)")


def _as_greeted(line: str, names: list[tuple[str, str]]) -> str:
    """A "To finish" line with each person named as their note greets them."""
    for bare, local in names:
        line = re.sub(rf"(?<![\w.]){re.escape(bare)}(?![\w-])", local, line)
    return line


def _compose(
    facts: Facts,
    *,
    kind: str,
    channel: str | None,
    angle: str | None,
    variant: int,
    group: bool,
) -> list[Draft]:
    if kind == "thank-you":
        if group or not any(p.reachable for p in facts.people):
            return [_panel_note(facts, channel=channel, angle=angle, variant=variant)]
        channels = {n: channel or p.channel for n, p in enumerate(facts.people)}
        panel = th.Panel.of(facts, channels)
        angles = th.angles_for(panel, channels)
        panel.angles = [angle or a for a in angles]
        drafts = [
            _thank_you(panel, person, n, channel=channels[n], angle=angle or angles[n],
                       index=n + variant, variant=variant)
            for n, person in enumerate(facts.people)
        ]
        _settle(panel, drafts, channels)
        # Two interviewers comparing notes never find the same subject on both.
        subjects.distinct(
            drafts, [th.topics_of(panel, p, n + variant)[0] for n, p in enumerate(facts.people)],
            [(f"{d.subject}, {p.given_name}", f"Thank you, {p.given_name}")
             for d, p in zip(drafts, facts.people, strict=True)], role=_slots(facts)["role"])
        return drafts
    # The point of contact, when we can write to them; else the recruiter; else the first person.
    poc = facts.point_of_contact
    person: Person | None = poc if poc and poc.email else None
    if person is None and not facts.recruiter_email:
        person = poc or facts.people[0]
    if person is None and facts.recruiter_name:
        # The recruiter took part ("Sherri", the office manager, also booked the interview):
        # written to as that interviewer, never told "I enjoyed meeting ... and Sherri".
        at = th.person_index(facts.people, facts.recruiter_name)
        if at is not None:
            person = replace(facts.people[at], email=facts.recruiter_email)
    builders = {"follow-up": _follow_up, "rejection-reply": _rejection_reply}
    if kind == "networking":
        targets = facts.people if not group else facts.people[:1]
        # One panel for all the notes: what one note said, another does not say again, nor
        # what the thank-you notes said (the same sentence weeks later reads as a form letter).
        shared = th.Panel(facts, th.Reading(facts))
        if not group:
            for sent in _compose(facts, kind="thank-you", channel=None, angle=None,
                                 variant=variant, group=False):
                shared.said |= set(th.sentences(sent.body))
        notes = [
            _networking(facts, p, shared, channel=channel or networking_channel(p),
                        index=n + variant, variant=variant)
            for n, p in enumerate(targets)
        ]
        subjects.distinct(
            # (a term of the job is no subject line: "Staying in touch - the notice period")
            notes, [[t] if (t := _first_topic(facts, p, n + variant)) and not is_term(t) else []
                    for n, p in enumerate(targets)],
            [(f"Thank you again, {p.given_name}",) for p in targets], subjects.NETWORKING)
        return notes
    channel = channel or "email"
    if channel == "linkedin-invite":
        return [_short_invite(facts, person, kind, variant)]
    return [builders[kind](facts, person, channel=channel, index=variant, variant=variant)]


def _settle(panel: th.Panel, drafts: list[Draft], channels: dict[int, str]) -> None:
    """Each note's "to finish" under it: what the record should say for that note (the
    answer to its concern, its reader's topic, a qualification of its own...). A note is
    ready only when nothing left out would have gone into it; what would go into no note
    is listed once, on the first draft."""
    # Where the company's words and an addition would have gone, had the record said them
    # as a note can use them.
    would = th.angles_for(panel, channels, assume=True)
    for n, items in panel.settle(len(drafts), would).items():
        if n < len(drafts):
            have = drafts[n].incomplete
            # A topic ask the note made itself is said once, with the record's reason.
            have[:] = [i for i in have if not any(i in item for item in items)]
            have.extend(i for i in items if i not in have)
    # An addition that reads well yet went into no note is said, with why (top of the list).
    unsaid = th.unsaid_additions(panel, [d.body for d in drafts], channels)
    panel.todo[:] = sorted(dict.fromkeys([*panel.todo, *unsaid]), key=panel._todo_rank)
    drafts[0].record_todo = list(panel.todo)


def _short_invite(facts: Facts, person: Person | None, kind: str, variant: int) -> Draft:
    """A follow-up or a reply to a rejection as a LinkedIn invitation: 200 characters."""
    draft = _contact_draft(facts, person, kind, "linkedin-invite", variant)
    hi = f"Hi {person.greeting_name(facts.locale)}, " if person else ""
    role = th.role_name(facts.role)
    sign = facts.candidate.first_name or ""
    bank = ph.FOLLOW_UP_INVITE if kind == "follow-up" else ph.REJECTION_INVITE
    texts = [t.format(hi=hi, role=role, company=ph.in_sentence(facts.company), date=_date(facts),
                      sign=sign, met=_met(facts, person)) for t in bank]
    fitting = [t for t in texts if len(t) <= th.INVITE_CHARS]
    draft.body = th.cap(fitting[0] if fitting else texts[-1][: th.INVITE_CHARS])
    if person is not None and not person.linkedin:
        draft.incomplete.append(finish.item("contact", f"add {person.given_name}'s LinkedIn profile to send this note"))
    return draft


def _slots(facts: Facts) -> dict[str, str]:
    return {
        "role": th.role_name(facts.role),
        "company": ph.in_sentence(facts.company),
        "companys": ph.possessive(ph.in_sentence(facts.company)),
        "candidate": facts.candidate.name or "",
    }


def _thank_you(panel: th.Panel, person: Person, n: int, *, channel: str, angle: str,
               index: int, variant: int) -> Draft:
    facts = panel.facts
    draft = Draft(kind="thank-you", channel=channel, to_name=person.name, person=person,
                  to_email=person.email, angle=angle, variant=variant)
    draft.answers = tuple(p.spelled for p in panel.concerns.get(n, [])) \
        if channel not in th.NO_CONCERN else ()
    if channel == "linkedin-invite":
        draft.body = th.invite(panel, person, index, ph.INVITE, draft.incomplete)
    else:
        greeting_bank = {
            "email": ph.GREETING_EMAIL,
            "handwritten": ph.GREETING_CARD,
            "linkedin-message": ph.GREETING_LINKEDIN,
        }[channel]
        greeting = _greeting(person, facts, greeting_bank, index)
        parts = th.body_parts(panel, person, angle=angle, index=index, channel=channel,
                              incomplete=draft.incomplete, people_index=n)
        draft.body = parts.render(greeting, _signature(facts, channel, index, draft),
                                  _limit(channel))
        _check_length(draft)
    if channel == "email":
        draft.subject = _subject(ph.SUBJECT_THANK_YOU, index, _slots(facts))
        if not person.email:
            draft.incomplete.append(finish.item("contact", f"add {person.given_name}'s e-mail address to send this note"))
    if channel.startswith("linkedin") and not person.linkedin:
        draft.incomplete.append(finish.item("contact", f"add {person.given_name}'s LinkedIn profile to send this note"))
    draft.incomplete[:] = list(dict.fromkeys(draft.incomplete))
    return draft


# A subject longer than this is cut off in most inboxes' lists.
SUBJECT_CHARS = subjects.SUBJECT_CHARS


def _subject(bank: tuple[str, ...], index: int, slots: dict[str, str]) -> str:
    """This note's subject wording, else the next that fits in SUBJECT_CHARS, else the
    shortest: a court's or a county office's full name makes some wordings run long."""
    texts = [ph.pick(bank, index + k).format(**slots) for k in range(len(bank))]
    return next((t for t in texts if len(t) <= SUBJECT_CHARS), min(texts, key=len))


def _limit(channel: str) -> int:
    return {"handwritten": th.CARD_WORDS[1], "linkedin-message": th.LINKEDIN_WORDS}.get(
        channel, th.EMAIL_WORDS)


def _panel_note(facts: Facts, *, channel: str | None, angle: str | None, variant: int) -> Draft:
    """One note to the whole panel, for the point of contact or the recruiter to pass on."""
    poc = facts.point_of_contact
    to_email = (poc.email if poc else None) or facts.recruiter_email
    to_name = (poc.name if poc and poc.email else None) or facts.recruiter_name or (
        poc.name if poc else facts.people[0].name
    )
    channel = channel or "email"
    draft = Draft(kind="thank-you", channel=channel, to_name=to_name, to_email=to_email,
                  angle=angle or "specific-topic", variant=variant)
    # The panel note answers the concerns the point of contact's note would have.
    panel = th.Panel.of(facts, {n: channel for n in range(len(facts.people))})
    default = facts.people.index(poc) if poc in facts.people else 0
    panel.concerns = {-1: [c for n in sorted(panel.concerns)
                           for c in panel.concerns[n] if n == default][:1]}
    draft.answers = tuple(p.spelled for p in panel.concerns[-1])
    names = [p.greeting_name(facts.locale) for p in facts.people]
    who = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    greeting = f"Dear {who}," if len(names) <= 4 else "Dear hiring team,"
    # The note goes to the recruiter, who was not there: it greets them, thanks them for
    # arranging the interview and asks them to pass the interviewers' thanks on.
    panel.relay = bool(to_name and to_name == facts.recruiter_name
                       and not _took_part(facts, to_name))
    if panel.relay:
        greeting = _greeting_for(None, facts, channel, variant)
        # "You asked" would be said to the recruiter, who asked nothing.
        panel.concerns = {k: [replace(c, attributed=False) for c in v]
                          for k, v in panel.concerns.items()}
        whose = (f"{facts.people[0].given_name}'s e-mail address or LinkedIn profile"
                 if len(facts.people) == 1 else
                 f"the e-mail addresses or LinkedIn profiles of {th.names_of(facts.people)}")
        panel.todo.append(f"the thank-you goes to {to_name}, to pass on: add {whose} for a "
                          "note of their own")
        draft.record_todo = list(dict.fromkeys(panel.todo))
    if channel == "linkedin-invite":
        draft.body = th.invite(panel, None, variant, ph.INVITE, draft.incomplete)
        _settle_panel_note(panel, draft, default)
        return draft
    parts = th.body_parts(panel, None, angle=draft.angle or "specific-topic", index=variant,
                          channel=channel, incomplete=draft.incomplete, people_index=None)
    _settle_panel_note(panel, draft, default)
    draft.body = parts.render(greeting, _signature(facts, channel, variant, draft),
                              _limit(channel))
    if panel.relay:
        draft.body = _relayed(draft.body)
    _check_length(draft)
    if channel == "email":
        draft.subject = _subject(ph.SUBJECT_THANK_YOU, variant, _slots(facts))
        if not to_email:
            draft.incomplete.append("add the point of contact's or the recruiter's e-mail address")
    draft.incomplete[:] = list(dict.fromkeys(draft.incomplete))
    return draft


# Words that place the reader in the interview, for a note to a recruiter who was not there:
# "our conversation" was the interviewers', "since we spoke" never happened. The recruiter
# may be an agency's, with no team at the company: "the team" is right either way.
_RELAYED = (
    (r"\byour team\b", "the team"),
    (r"\bsince we spoke\b", "since the interview"),
    (r"\bwhen we spoke\b", "in the interview"),
    (r"\bas we discussed\b", "as discussed in the interview"),
    (r",? and I hope we can continue it soon\b", ", and I look forward to the next steps"),
    (r"\bI hope we can continue (?:it|the conversation) soon\b", "I look forward to the next steps"),
    (r"\b(?:I hope to|I would welcome the chance to) continue the conversation\b",
     "I look forward to the next steps"),
    (r"\bour (conversation|discussion|exchange|talk|meeting)\b", r"the \1"),
    (r"\bOur (conversation|discussion|exchange|talk|meeting)\b", r"The \1"),
)


def _relayed(body: str) -> str:
    for pattern, words in _RELAYED:
        body = re.sub(pattern, words, body)
    return body


def _settle_panel_note(panel: th.Panel, draft: Draft, default: int) -> None:
    """The panel note waits for what the point of contact's note would have: the rest of
    the record's asks (other readers' topics, concerns it does not answer) are listed once."""
    settled = panel.settle(len(panel.facts.people))
    draft.incomplete.extend(settled.pop(default, []))
    draft.record_todo = list(dict.fromkeys(
        [*panel.todo, *(i for n in sorted(settled) for i in settled[n])]))


def _check_length(draft: Draft) -> None:
    """A note still over its channel's target after cutting says so: the user shortens it."""
    words = len(draft.body.split())
    budget = WORD_BUDGET.get(draft.channel)
    if budget and words > budget:
        what = {"handwritten": "a card", "linkedin-message": "a LinkedIn message"}.get(
            draft.channel, "an e-mail")
        draft.incomplete.append(
            f"at {words} words this is long for {what} (about {budget} at most): shorten your "
            "recorded answers or qualifications"
        )


def _first_topic(facts: Facts, person: Person | None, index: int) -> str | None:
    """The first topic a note can name, as a phrase ("the month-end close")."""
    panel = th.Panel(facts, th.Reading(facts))
    topics, _ = th.topics_of(panel, person, index)
    # Without a jotting's vague tail or a term's figures ("the notice period", not "notice
    # period 30 days"): the first that is still something to name.
    return next((t for t in map(plain_topic, topics) if t), None)


def _signature(facts: Facts, channel: str, index: int, draft: Draft) -> str:
    c = facts.candidate
    if not c.name:
        draft.incomplete.append(
            'set your name so the note is signed: afterword profile set name "Your Name"'
        )
    bank: tuple[str, ...] = ph.SIGN_OFF_CARD if channel == "handwritten" else ph.SIGN_OFF
    if draft.person is not None and draft.person.addressed_formally(facts.locale):
        # "Dear Mr Subramanian" closes "Yours sincerely" ("Sincerely" in American usage),
        # never "Warm regards" or "Warmly".
        us = full_stop_titles(facts.locale)
        bank = {(True, True): ph.SIGN_OFF_FORMAL_CARD_US, (True, False): ph.SIGN_OFF_FORMAL_CARD,
                (False, True): ph.SIGN_OFF_FORMAL_US, (False, False): ph.SIGN_OFF_FORMAL}[
            (channel == "handwritten", us)]
    lines = [ph.pick(bank, index)]
    if c.name:
        lines.append(c.name)
    if channel == "email" and c.name:
        if c.signature:
            lines.extend(line for line in c.signature.splitlines() if line.strip())
        else:
            lines.extend(x for x in (c.phone, c.email, c.linkedin) if x)
    return "\n".join(lines)


def _contact_draft(facts: Facts, person: Person | None, kind: str, channel: str,
                   variant: int) -> Draft:
    to_name = person.name if person else (facts.recruiter_name or "Hiring team")
    to_email = person.email if person else facts.recruiter_email
    draft = Draft(kind=kind, channel=channel, to_name=to_name, person=person,
                  to_email=to_email, variant=variant)
    if channel == "email" and not to_email:
        draft.incomplete.append(finish.item("contact", f"add {to_name}'s e-mail address to send this note"))
    return draft


def _greeting(person: Person, facts: Facts, bank: tuple[str, ...], index: int) -> str:
    name = person.greeting_name(facts.locale)
    if name != person.given_name:
        # A title or a full name ("Mrs Adeyemi-Bello", "Dr. Okafor", "Alan Hargreaves")
        # takes "Dear": "Hello Mrs Adeyemi-Bello," reads as a form letter.
        return f"Dear {name},"
    return ph.pick(bank, index).format(first=name)


def _greeting_for(person: Person | None, facts: Facts, channel: str, index: int) -> str:
    if person:
        bank = ph.GREETING_LINKEDIN if channel.startswith("linkedin") else ph.GREETING_EMAIL
        return _greeting(person, facts, bank, index)
    if facts.recruiter_name:
        from afterword.model.mailbox import is_team_mailbox

        name = facts.recruiter_name
        if is_team_mailbox(name, None):  # "Northwind Recruiting" is a team: not "Dear Northwind,"
            return f"Dear {name}," if name.casefold().endswith("team") else f"Dear {name} team,"
        # As an interviewer of that name would be greeted: "Dr. Farah Aziz" is "Dear Dr.
        # Aziz", never "Dear Dr.,".
        return _greeting(Person(name=proper_name(name) or name), facts, ("Dear {first},",), 0)
    return "Dear hiring team,"


def _date(facts: Facts) -> str:
    from afterword.dates import long_day
    from afterword.timezones import zone

    return long_day(facts.end.astimezone(zone(facts.timezone)), facts.locale)


_expected_when = expected.expected_when
def _follow_up(facts: Facts, person: Person | None, *, channel: str, index: int,
               variant: int) -> Draft:
    draft = _contact_draft(facts, person, "follow-up", channel, variant)
    slots = _slots(facts)
    when = _expected_when(facts)
    expected = None
    if when:
        from afterword.model.timeframe import is_about_contact

        # "They'll call by Friday to set up a second round" promised a call, not a decision.
        expected = (f"I understand you hoped to be in touch about next steps {when}"
                    if is_about_contact(facts.timeframe)
                    else f"I understand a decision was expected {when}")
    if facts.follow_ups_sent:
        # A second follow-up: shorter, and saying nothing the first one said.
        lines = [
            f"I am writing once more about the {slots['role']} role, in case my earlier note "
            "was missed.",
            "I remain keen on the position and would appreciate hearing whether there is any "
            "news, whenever you are able to share it.",
        ]
        body = [" ".join(lines),
                "Thank you for your time, and best wishes to you and the team."]
    else:
        lines = [
            # The date beside "interview", never after "role" ("the Analyst role on Monday").
            f"I hope you are well. I am following up on my interview on {_date(facts)} for the "
            f"{slots['role']} role.",
            f"{expected}, so I would be grateful for any update on the timeline." if expected
            else "I would be grateful for any update on the timeline.",
        ]
        body = [
            " ".join(lines),
            # The role is named above: the interest names the company only.
            ph.pick(ph.FOLLOW_UP_INTEREST, index).format(**slots),
            "Thank you again for your time and consideration. I look forward to hearing from you.",
        ]
    draft.body = "\n\n".join([_greeting_for(person, facts, channel, index), *body,
                              _signature(facts, channel, index, draft)])
    if channel == "email":
        bank = ph.SUBJECT_FOLLOW_UP[1:] if facts.follow_ups_sent else ph.SUBJECT_FOLLOW_UP
        draft.subject = _subject(bank, index, {**slots, "date": _date(facts)})
    return draft


def _took_part(facts: Facts, name: str) -> bool:
    """Whether `name` (the recruiter's, say) is one of the interviewers."""
    return th.person_index(facts.people, name) is not None


def _met(facts: Facts, person: Person | None) -> str:
    """ "I enjoyed ..." as it was: speaking with whoever was on the call, meeting the panel;
    never "meeting the team" after a one-person phone screen, nor "you" to someone who was
    not there (the recruiter)."""
    verb = "speaking with" if facts.format in ("phone", "video") else "meeting"
    people = facts.people
    at = th.person_index(people, person.name) if person is not None else None
    if at is not None:
        # The reader is "you"; the others by name ("you and Dr. Castillo-Boyd"), a panel of
        # more than three as the team.
        others = people[:at] + people[at + 1:]
        if not others:
            return f"I enjoyed {verb} you"
        if len(others) > 2:
            return f"I enjoyed {verb} you and the team"
        return f"I enjoyed {verb} {_named(others, facts, 'you')}"
    if len(people) <= 3:
        return f"I enjoyed {verb} {_named(people, facts)}"
    return f"I enjoyed {verb} the team"


def _named(people: tuple[Person, ...], facts: Facts, first: str | None = None) -> str:
    """ "Arjun", "you and Dr Okafor", "you, Arjun and Priya": each as their note greets them
    (in en_GB "Dr Okafor")."""
    names = [*([first] if first else []), *(p.greeting_name(facts.locale) for p in people)]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _rejection_reply(facts: Facts, person: Person | None, *, channel: str, index: int,
                     variant: int) -> Draft:
    draft = _contact_draft(facts, person, "rejection-reply", channel, variant)
    topic = _first_topic(facts, person, index)
    met = _met(facts, person)
    if topic and not is_term(topic):
        said = th.about(topic, index)
        if person not in facts.people and not _took_part(facts, draft.to_name):
            # To the recruiter, who was not in the interview: not "our conversation".
            said = for_absent_reader(said, facts.people)
        met += f", especially {said}."
    else:
        met += "."
    body = [
        f"Thank you for letting me know about your decision on the {th.role_name(facts.role)} "
        "role. "
        f"Although I am disappointed, {met}",
        f"I would welcome the chance to be considered for future roles at {ph.in_sentence(facts.company)}, "
        "and I hope we can stay in touch.",
        "I wish you and the team every success.",
    ]
    draft.body = "\n\n".join([_greeting_for(person, facts, channel, index), *body,
                              _signature(facts, channel, index, draft)])
    if channel == "email":
        draft.subject = _subject(ph.SUBJECT_REJECTION_REPLY, index, _slots(facts))
    return draft


def networking_channel(person: Person) -> str:
    """How a note to stay in touch reaches this person, from what the record has: the
    channel the record gives them when it can reach them (an e-mail with an address, a
    LinkedIn note with a profile, a card), else a LinkedIn invitation when there is a
    profile, else an e-mail (the draft then says what address is missing). When the thank-you
    went as a LinkedIn invitation, the note to stay in touch is a LinkedIn message."""
    usable = {"email": bool(person.email), "handwritten": True,
              "linkedin-message": bool(person.linkedin), "linkedin-invite": bool(person.linkedin)}
    if person.channel == "linkedin-invite" and person.linkedin:
        # The thank-you went as the invitation: once it is accepted they are connected, and
        # a second invitation cannot be sent. The note to stay in touch is a message.
        return "linkedin-message"
    if usable.get(person.channel):
        return person.channel
    return "linkedin-invite" if person.linkedin else "email"


def _networking(facts: Facts, person: Person, panel: th.Panel, *, channel: str, index: int,
                variant: int) -> Draft:
    draft = _contact_draft(facts, person, "networking", channel, variant)
    if not (person.email or person.linkedin) and channel != "handwritten":
        # Nothing in the record reaches them: said once, plainly, instead of an address ask
        # that suggests the note could go as it is.
        draft.incomplete[:] = [finish.item(
            "contact", f"nothing in the record can reach {person.given_name}: add their "
            "e-mail address or LinkedIn profile to send this note")]
    elif channel.startswith("linkedin") and not person.linkedin:
        draft.incomplete.append(finish.item("contact", f"add {person.given_name}'s LinkedIn profile to send this note"))
    if channel == "linkedin-message" and person.channel == "linkedin-invite":
        draft.notes.append(f"a LinkedIn message reaches {person.given_name} once they have "
                           "accepted the invitation your thank-you went with")
    topic = _first_topic(facts, person, index)
    if not topic:
        draft.incomplete.append(
            f"add a topic you discussed with {person.given_name} to make this note specific"
        )
    if channel == "linkedin-invite":
        draft.body = th.invite(panel, person, index, ph.NETWORKING_INVITE, draft.incomplete,
                               warm=False)
        return draft
    about = f", and for {th.about(topic, index, after_for=True)}" if topic else ""
    term = term_of_the_job(topic) if topic else None
    if term:
        # The candidate's own notice period was talked through; the staff housing or the
        # work pass was explained: help, not a conversation the candidate enjoyed.
        about = (f", and for talking through {topic} with me" if term == "own"
                 else f", and for answering my questions about {topic}")
    slots = {**_slots(facts), "about": about,
             "interviews": "interviews" if len(facts.people) > 1 else "interview"}
    # What they have in common, when the record says it well; else an offer to stay useful
    # to each other (nothing about the interview that the record does not hold).
    read = panel.reading.rapport(person) if person.rapport else None
    # In another frame than the thank-you's (index + 1): the same sentence weeks later reads
    # as a form letter.
    # A promise made in the thank-you ("I will pass on your regards") is not made again.
    middle = th.unsaid(panel, lambda k: rapport_kinds.kept_promise(th.rapport_frame(
        read.text or "", k)), index + 1) if read is not None and read.ok and read.text \
        else ""
    if not middle or th.sentences(middle) & panel.said:
        # A line of rapport with no other wording than the thank-you's gives way to the
        # offer to stay useful: the same sentence weeks later reads as a form letter.
        middle = th.unsaid(panel, lambda k: ph.pick(ph.NETWORKING_ASK, k), index, "ask")
    body = [
        th.unsaid(panel, lambda k: ph.pick(ph.NETWORKING_THANKS, k).format(**slots), index,
                  about or slots["company"]),
        " ".join([middle, th.unsaid(panel, lambda k: ph.pick(ph.NETWORKING_CLOSE, k).format(
            **slots), index, "close")]),
    ]
    panel.said |= {s for line in body for s in th.sentences(line)}
    draft.body = "\n\n".join([_greeting_for(person, facts, channel, index), *body,
                              _signature(facts, channel, index, draft)])
    if channel == "email":
        draft.subject = _subject(ph.SUBJECT_NETWORKING, index, slots)
    return draft


def answered_concerns(facts: Facts, draft: Draft) -> tuple[str, ...]:
    """The concerns a note to this person is meant to answer: for a thank-you, those the
    record places in it (its reader's, else the point of contact's one); else all."""
    if draft.answers is not None:
        return draft.answers
    return placed_concerns(facts, draft.person, draft.kind, draft.channel)


def placed_concerns(facts: Facts, person: Person | None, kind: str,
                    channel: str) -> tuple[str, ...]:
    """The concerns a note of `kind` to `person` in `channel` is meant to answer, as the
    drafts place them: the same for a draft and for a note the user wrote to that person,
    so the review gives both one verdict."""
    if kind != "thank-you":
        return tuple(c.concern for c in facts.concerns)
    if person is None or person not in facts.people:
        return ()
    n = facts.people.index(person)
    channels = {m: (channel if m == n else p.channel) for m, p in enumerate(facts.people)}
    panel = th.Panel.of(facts, channels)
    return tuple(p.spelled for p in panel.concerns.get(n, []))
