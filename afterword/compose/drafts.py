"""The composer: turns an interview's facts into one draft per interviewer (pure: no store, no clock).

A sentence goes in only when the record holds what it needs; when a note would then miss
an element the review wants, the draft says what to add instead of inventing it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from afterword.compose import phrasing as ph
from afterword.compose.facts import Facts, Person

ANGLES = ("specific-topic", "shared-values", "concern-answering", "elaboration")
KINDS = ("thank-you", "follow-up", "rejection-reply", "networking")
CHANNELS = ("email", "handwritten", "linkedin-message", "linkedin-invite")

# Word and character budgets per channel: the review's limits (too-long) with a margin,
# since a note near its limit reads as long.
WORD_BUDGET = {"email": 200, "handwritten": 100, "linkedin-message": 130}
INVITE_CHARS = 200  # what a free LinkedIn account allows in an invitation note


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


@dataclass
class _Part:
    text: str
    paragraph: int
    optional: bool = False  # may be dropped to fit the channel


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
    one note to the panel); the other kinds go to the point of contact (else the recruiter,
    else the first interviewer).
    """
    if kind == "thank-you":
        if group or not any(p.reachable for p in facts.people):
            return [_panel_note(facts, channel=channel, angle=angle, variant=variant)]
        angles = _angles(facts)
        return [
            _thank_you(
                facts,
                person,
                channel=channel or person.channel,
                angle=angle or angles[index % len(angles)],
                index=index + variant,
                variant=variant,
            )
            for index, person in enumerate(facts.people)
        ]
    # The point of contact, when we can write to them; else the recruiter; else the first person.
    poc = facts.point_of_contact
    person: Person | None = poc if poc and poc.email else None
    if person is None and not facts.recruiter_email:
        person = poc or facts.people[0]
    builders = {"follow-up": _follow_up, "rejection-reply": _rejection_reply}
    if kind == "networking":
        targets = facts.people if not group else facts.people[:1]
        return [
            _networking(facts, p, channel=channel or "linkedin-invite", index=n + variant,
                        variant=variant)
            for n, p in enumerate(targets)
        ]
    return [builders[kind](facts, person, channel=channel or "email", index=variant,
                           variant=variant)]


def _angles(facts: Facts) -> list[str]:
    """The angles the record supports, in the order interviewers get them."""
    out = ["specific-topic"]
    if facts.values:
        out.append("shared-values")
    if any(c.answer for c in facts.concerns):
        out.append("concern-answering")
    if any(i.addition for i in facts.improvements):
        out.append("elaboration")
    return out


def _rapport_line(person: Person | None, index: int) -> str | None:
    """A recorded rapport detail as a warm line, when it reads "We ..." or "You ..."."""
    if person is None or not person.rapport:
        return None
    text = " ".join(person.rapport.split()).rstrip(".")
    head, _, rest = text.partition(" ")
    if head.lower() == "we" and rest:
        return ph.pick(ph.RAPPORT_WE, index).format(rest=rest)
    if head.lower() == "you" and rest:
        return ph.pick(ph.RAPPORT_YOU, index).format(rest=rest)
    return None


def _own_second_topic(person: Person | None, first: str) -> str | None:
    """A second topic, only one this person discussed: nobody is thanked for another's talk."""
    if person is None:
        return None
    for topic in person.topics:
        if topic != first and not _overlap(topic, first):
            return topic
    return None


def _topics_for(facts: Facts, person: Person | None, index: int) -> list[str]:
    """This person's topics first, then the interview's, rotated so people differ."""
    own = list(person.topics) if person else []
    shared = list(facts.topics)
    if shared:
        k = index % len(shared)
        shared = shared[k:] + shared[:k]
    return list(dict.fromkeys(own + shared))


def _slots(facts: Facts) -> dict[str, str]:
    return {
        "role": facts.role,
        "company": facts.company,
        "companys": ph.possessive(facts.company),
        "candidate": facts.candidate.name or "",
    }


def _thank_you(
    facts: Facts, person: Person, *, channel: str, angle: str, index: int, variant: int
) -> Draft:
    draft = Draft(
        kind="thank-you",
        channel=channel,
        to_name=person.name,
        person=person,
        to_email=person.email,
        angle=angle,
        variant=variant,
    )
    topics = _topics_for(facts, person, index)
    if not topics:
        draft.incomplete.append(
            f"add a topic you discussed with {person.first_name} to make this note specific"
        )
    if channel == "linkedin-invite":
        draft.body = _invite_text(facts, person, topics, index, draft)
        return draft
    greeting_bank = {
        "email": ph.GREETING_EMAIL,
        "handwritten": ph.GREETING_CARD,
        "linkedin-message": ph.GREETING_LINKEDIN,
    }[channel]
    greeting = ph.pick(greeting_bank, index).format(first=person.first_name)
    parts = _thank_you_parts(facts, topics, angle=angle, index=index, channel=channel,
                             draft=draft, person=person)
    draft.body = _assemble(greeting, parts, _signature(facts, channel, index, draft), channel)
    _check_length(draft)
    if channel == "email":
        draft.subject = ph.pick(ph.SUBJECT_THANK_YOU, index).format(**_slots(facts))
        if not person.email:
            draft.incomplete.append(f"add {person.first_name}'s e-mail address to send this note")
    if channel.startswith("linkedin") and not person.linkedin:
        draft.incomplete.append(f"add {person.first_name}'s LinkedIn profile to send this note")
    return draft


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
    names = [p.first_name for p in facts.people]
    who = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    greeting = f"Dear {who}," if len(names) <= 4 else "Dear hiring team,"
    topics = _topics_for(facts, None, variant)
    if not topics:
        draft.incomplete.append("add a topic you discussed to make this note specific")
    if channel == "linkedin-invite":
        draft.body = _invite_text(facts, None, topics, variant, draft)
        return draft
    parts = _thank_you_parts(facts, topics, angle=draft.angle or "specific-topic",
                             index=variant, channel=channel, draft=draft, person=None)
    parts.insert(0, _Part("Thank you all for your time today.", 0, optional=True))
    draft.body = _assemble(greeting, parts, _signature(facts, channel, variant, draft), channel)
    _check_length(draft)
    if channel == "email":
        draft.subject = ph.pick(ph.SUBJECT_THANK_YOU, variant).format(**_slots(facts))
        if not to_email:
            draft.incomplete.append("add the point of contact's or the recruiter's e-mail address")
    return draft


def _check_length(draft: Draft) -> None:
    """A note still over its channel's budget after trimming says so: the user shortens it."""
    words = len(draft.body.split())
    budget = WORD_BUDGET.get(draft.channel)
    if budget and words > budget:
        what = {"handwritten": "a card", "linkedin-message": "a LinkedIn message"}.get(
            draft.channel, "an e-mail")
        draft.incomplete.append(
            f"at {words} words this is long for {what} (about {budget} at most): shorten your "
            "recorded answers or qualifications"
        )


def _thank_you_parts(
    facts: Facts, topics: list[str], *, angle: str, index: int, channel: str, draft: Draft,
    person: Person | None,
) -> list[_Part]:
    slots = _slots(facts)
    short = channel != "email"
    parts: list[_Part] = []
    # 1. Thanks, for something specific.
    if topics:
        parts.append(_Part(ph.pick(ph.THANKS_WITH_TOPIC, index).format(topic=topics[0], **slots), 0))
        second = _own_second_topic(person, topics[0])
        if second:
            parts.append(_Part(ph.pick(ph.SECOND_TOPIC, index).format(topic=second), 0,
                               optional=True))
        rapport = _rapport_line(person, index)
        if rapport:
            parts.append(_Part(rapport, 0, optional=True))
    else:
        parts.append(_Part(ph.pick(ph.THANKS_PLAIN, index).format(**slots), 0))
    # 2. Interest, tied to the company's values where the record has them.
    interest = [_Part(ph.pick(ph.INTEREST, index).format(**slots), 2)]
    if facts.values:
        values = ph.values_phrase(facts.values)
        if values and len(values.split()) <= 25:
            interest.insert(0, _Part(ph.pick(ph.VALUES, index).format(values=values, **slots),
                                     2, optional=angle != "shared-values"))
    # 3. Qualifications, with their numbers, linked to what was discussed.
    quals = _qualification_parts(facts, topics, index, short)
    if not facts.qualifications:
        draft.incomplete.append(
            "add a qualification to reinforce (with a number if you have one) so the note "
            "says what you would bring"
        )
    # 4. Concerns, answered in the candidate's own words.
    concern_parts = []
    for n, concern in enumerate(facts.concerns):
        if concern.answer:
            bank = ph.CONCERN_SHORT if short else ph.CONCERN
            text = ph.pick(bank, index + n).format(
                concern=ph.concern_phrase(concern.concern), answer=ph.as_sentence(concern.answer)
            )
            concern_parts.append(_Part(text, 1))
        else:
            draft.incomplete.append(
                f"add your answer to the concern \u201c{concern.concern}\u201d so the note can "
                "address it"
            )
    # 5. The elaboration note picks up an answer the candidate wants to improve.
    elaboration = []
    if angle == "elaboration":
        for improvement in facts.improvements:
            if improvement.addition:
                elaboration.append(_Part(ph.pick(ph.ELABORATION, index).format(
                    answer=ph.as_clause(improvement.answer),
                    addition=ph.as_sentence(improvement.addition)), 1))
                break
    closing = _Part(ph.pick(ph.CLOSING_SHORT if short else ph.CLOSING, index), 3)
    order = {
        "specific-topic": [interest, quals, concern_parts],
        "shared-values": [interest, quals, concern_parts],
        "concern-answering": [concern_parts, quals, interest],
        "elaboration": [elaboration, quals, concern_parts, interest],
    }.get(angle, [interest, quals, concern_parts])
    paragraph = 1
    for group in order:
        if not group:
            continue
        for part in group:
            part.paragraph = paragraph
            parts.append(part)
        paragraph += 1
    closing.paragraph = paragraph
    parts.append(closing)
    return parts


def _overlap(a: str, b: str) -> bool:
    """Whether two topics share a content word (then the second would repeat the first)."""
    words = lambda t: {w for w in t.lower().replace("-", " ").split() if len(w) > 3}  # noqa: E731
    return bool(words(a) & words(b))


def _qualification_parts(facts: Facts, topics: list[str], index: int, short: bool) -> list[_Part]:
    quals = list(facts.qualifications)
    if not quals:
        return []
    k = index % len(quals)
    quals = quals[k:] + quals[:k]
    first = quals[0].strip().rstrip(".")
    bank = ph.QUALIFICATION_DONE if ph.is_done(first) else ph.QUALIFICATION_HAD
    text = first if first.startswith("I ") else ph.pick(bank, index).format(q=ph.as_clause(first))
    parts = [_Part(ph.as_sentence(text), 1)]
    if len(quals) > 1 and not short:
        second = quals[1].strip().rstrip(".")
        bank2 = ph.SECOND_QUALIFICATION_DONE if ph.is_done(second) else ph.SECOND_QUALIFICATION_HAD
        parts.append(_Part(ph.as_sentence(bank2[0].format(q=ph.as_clause(second))), 1,
                           optional=True))
    return parts


def _signature(facts: Facts, channel: str, index: int, draft: Draft) -> str:
    c = facts.candidate
    if not c.name:
        draft.incomplete.append(
            'set your name so the note is signed: afterword profile set name "Your Name"'
        )
    bank = ph.SIGN_OFF_CARD if channel == "handwritten" else ph.SIGN_OFF
    lines = [ph.pick(bank, index)]
    if c.name:
        lines.append(c.name)
    if channel == "email" and c.name:
        if c.signature:
            lines.extend(line for line in c.signature.splitlines() if line.strip())
        else:
            lines.extend(x for x in (c.phone, c.email, c.linkedin) if x)
    return "\n".join(lines)


def _assemble(greeting: str, parts: list[_Part], signature: str, channel: str) -> str:
    """Paragraphs from parts, dropping optional ones until the note fits its channel."""
    budget = WORD_BUDGET.get(channel, 200)

    def render(selected: list[_Part]) -> str:
        paragraphs: dict[int, list[str]] = {}
        for part in selected:
            paragraphs.setdefault(part.paragraph, []).append(part.text)
        blocks = [" ".join(paragraphs[k]) for k in sorted(paragraphs)]
        return "\n\n".join([greeting, *blocks, signature])

    selected = list(parts)
    text = render(selected)
    while len(text.split()) > budget:
        droppable = [p for p in selected if p.optional]
        if not droppable:
            break
        selected.remove(droppable[-1])
        text = render(selected)
    return text


def _invite_text(facts: Facts, person: Person | None, topics: list[str], index: int,
                 draft: Draft, bank: tuple[str, ...] = ph.INVITE) -> str:
    """A LinkedIn invitation: thanks and one specific line, within 200 characters."""
    first = person.first_name if person else None
    hi = f"Hi {first}, " if first else ""
    slots = {"hi": hi, "sign": facts.candidate.first_name or "", **_slots(facts)}
    candidates = []
    # The person's own topic first; shorter ones only when it does not fit.
    # This person's wording first (so two invitations differ), with a shorter topic when
    # the person's own does not fit in 200 characters.
    for shift in range(len(bank)):
        for topic in [*topics[:1], *sorted(topics[1:], key=len)]:
            candidates.append(ph.pick(bank, index + shift).format(topic=topic, **slots))
    candidates.append(ph.INVITE_PLAIN[0].format(**slots))
    candidates = [c[0].upper() + c[1:] for c in candidates]
    for text in candidates:
        if len(text.strip()) <= INVITE_CHARS:
            return text.strip()
    draft.incomplete.append("the invitation is over 200 characters: shorten the topic")
    return candidates[-1].strip()[:INVITE_CHARS]


def _contact_draft(facts: Facts, person: Person | None, kind: str, channel: str,
                   variant: int) -> Draft:
    to_name = person.name if person else (facts.recruiter_name or "Hiring team")
    to_email = person.email if person else facts.recruiter_email
    draft = Draft(kind=kind, channel=channel, to_name=to_name, person=person,
                  to_email=to_email, variant=variant)
    if channel == "email" and not to_email:
        draft.incomplete.append(f"add {to_name}'s e-mail address to send this note")
    return draft


def _greeting_for(person: Person | None, facts: Facts, channel: str, index: int) -> str:
    if person:
        bank = ph.GREETING_LINKEDIN if channel.startswith("linkedin") else ph.GREETING_EMAIL
        return ph.pick(bank, index).format(first=person.first_name)
    if facts.recruiter_name:
        from afterword.model.mailbox import is_team_mailbox

        name = facts.recruiter_name
        if is_team_mailbox(name, None):  # "Northwind Recruiting" is a team: not "Dear Northwind,"
            return f"Dear {name}," if name.casefold().endswith("team") else f"Dear {name} team,"
        return f"Dear {name.split()[0]},"
    return "Dear hiring team,"


def _date(facts: Facts) -> str:
    from afterword.dates import long_day
    from afterword.timezones import zone

    return long_day(facts.end.astimezone(zone(facts.timezone)), facts.locale)


def _follow_up(facts: Facts, person: Person | None, *, channel: str, index: int,
               variant: int) -> Draft:
    from afterword.dates import day_month

    draft = _contact_draft(facts, person, "follow-up", channel, variant)
    slots = _slots(facts)
    # The date alone, said neutrally: never the jotted words (the event behind a date may be
    # confidential) and never "you said" (someone else may have given it).
    expected = (f"I understand a decision was expected by {day_month(facts.decision_by, facts.locale)}"
                if facts.decision_by else None)
    if facts.follow_ups_sent:
        # A second follow-up: shorter, and saying nothing the first one said.
        lines = [
            f"I am writing once more about the {facts.role} role, in case my earlier note "
            "was missed.",
            "I remain keen on the position and would appreciate hearing whether there is any "
            "news, whenever you are able to share it.",
        ]
        body = [" ".join(lines),
                "Thank you for your time, and best wishes to you and the team."]
    else:
        lines = [
            f"I hope you are well. I am following up on my interview for the {facts.role} role "
            f"on {_date(facts)}.",
            f"{expected}, so I would be grateful for any update on the timeline." if expected
            else "I would be grateful for any update on the timeline.",
        ]
        body = [
            " ".join(lines),
            ph.pick(ph.INTEREST, index).format(**slots),
            "Thank you again for your time and consideration. I look forward to hearing from you.",
        ]
    draft.body = "\n\n".join([_greeting_for(person, facts, channel, index), *body,
                              _signature(facts, channel, index, draft)])
    if channel == "email":
        bank = ph.SUBJECT_FOLLOW_UP[1:] if facts.follow_ups_sent else ph.SUBJECT_FOLLOW_UP
        draft.subject = ph.pick(bank, index).format(date=_date(facts), **slots)
    return draft


def _rejection_reply(facts: Facts, person: Person | None, *, channel: str, index: int,
                     variant: int) -> Draft:
    draft = _contact_draft(facts, person, "rejection-reply", channel, variant)
    topics = _topics_for(facts, person, index)
    met = "I enjoyed meeting the team"
    met += f" and learning about {topics[0]}." if topics else "."
    body = [
        f"Thank you for letting me know about your decision on the {facts.role} role. "
        f"Although I am disappointed, {met}",
        f"I would welcome the chance to be considered for future roles at {facts.company}, "
        "and I hope we can stay in touch.",
        "I wish you and the team every success.",
    ]
    draft.body = "\n\n".join([_greeting_for(person, facts, channel, index), *body,
                              _signature(facts, channel, index, draft)])
    if channel == "email":
        draft.subject = ph.pick(ph.SUBJECT_REJECTION_REPLY, index).format(**_slots(facts))
    return draft


def _networking(facts: Facts, person: Person, *, channel: str, index: int,
                variant: int) -> Draft:
    draft = _contact_draft(facts, person, "networking", channel, variant)
    topics = _topics_for(facts, person, index)
    if not topics:
        draft.incomplete.append(
            f"add a topic you discussed with {person.first_name} to make this note specific"
        )
    if channel == "linkedin-invite":
        draft.body = _invite_text(facts, person, topics, index, draft, ph.NETWORKING_INVITE)
        return draft
    about = f" about {topics[0]}" if topics else ""
    body = [
        f"Thank you again for our conversation{about} during my interviews for the "
        f"{facts.role} role at {facts.company}.",
        "I would be glad to stay in touch, and I look forward to following your work.",
    ]
    draft.body = "\n\n".join([_greeting_for(person, facts, channel, index), *body,
                              _signature(facts, channel, index, draft)])
    if channel == "email":
        draft.subject = ph.pick(ph.SUBJECT_NETWORKING, index).format(**_slots(facts))
    return draft
