"""The wordings a draft is built from: several for each element, so no two interviewers get the same note.

Slots are filled only from the record (`{topic}`, `{role}`, ...); a wording whose slot
the record cannot fill is never used. Nothing here may invent a fact about the candidate
or the interview: frames only ("For example, I ...").
"""

from __future__ import annotations

import re

# {role}, {company}, {topic}
THANKS_WITH_TOPIC = (
    "Thank you for taking the time to speak with me about the {role} role, and especially "
    "for our conversation about {topic}.",
    "Thank you for meeting with me about the {role} position. I especially appreciated our "
    "discussion of {topic}.",
    "Thank you for your time and for the thoughtful conversation about {topic}.",
    "I appreciated your time during my interview for the {role} role, and in particular "
    "what you shared about {topic}.",
    "Many thanks for speaking with me about the {role} role; our exchange about {topic} "
    "has stayed with me.",
    "Thank you for the conversation about {topic} during my interview for the {role} role.",
)
# {about} is a phrase from the record: "our conversation about the month-end close",
# "your question about briefing a commissioner", "hearing about your plan for ...".
THANKS_ABOUT = (
    "Thank you for taking the time to speak with me about the {role} role, and especially "
    "for {for_about}.",
    "Thank you for meeting with me on {day}. I especially appreciated {about}.",
    "I appreciated your time during my interview for the {role} role, and in particular "
    "{about}.",
    "Thank you for your time on {day} and for {for_about}.",
    "Many thanks for speaking with me about the {role} position, and for {for_about}.",
)
SECOND_TOPIC_ABOUT = (
    "I also enjoyed {about}.",
    "I valued {about} as well.",
)
PANEL_TOPIC = (
    "I especially appreciated {about}.",
    "I keep coming back to {about}.",
)
# Right after the thanks that names the topic, and only there ("It" is that conversation):
# elsewhere the note says the qualification plainly.
QUALIFICATION_LINKED = (
    "It is close to my own experience: I {q}.",
    "That connects with my own work: I {q}.",
    "It is close to work I know well: I {q}.",
)
# A second qualification, after the first: a short link, never a second stock frame.
ALSO = ("I also {q}.", "Beyond that, I {q}.", "On top of that, I {q}.")
# Both say where ("in my current role"), which is what makes the sentence read as
# experience rather than a habit.
QUALIFICATION_NOW = (
    "In my current role, I {q}.",
    "In my current job, I {q}.",
)
# A concern the record says this reader raised, and one it does not attribute: never
# "you asked" to someone who did not.
CONCERN_ASKED = (
    "You asked about {subject}. {answer}",
    "On your question about {subject}: {answer}",
)
CONCERN_NEUTRAL = (
    "On {subject}: {answer}",
    "I have thought more about {subject} since we spoke. {answer}",
    "A word on {subject}: {answer}",
)
# The company's own words, as the record quotes them (never where they were read).
VALUES_QUOTED = (
    "The idea behind \u201c{q}\u201d is one I share.",
    "\u201c{Q}\u201d describes the way I like to work.",
    "\u201c{Q}\u201d stayed with me after our conversation.",
)
ELABORATION_LEAD = (
    "I would also like to add to one of my answers.",
    "Looking back on one of my answers, there is something I would add.",
)
THANKS_PLAIN = (
    "Thank you for taking the time to speak with me about the {role} role.",
    "Thank you for meeting with me about the {role} position.",
    "Many thanks for your time during my interview for the {role} role.",
)
SECOND_TOPIC = (
    "I also enjoyed hearing about {topic}.",
    "Our talk about {topic} was a highlight as well.",
    "I was glad we also had time for {topic}.",
)
INTEREST = (
    "I am excited about the {role} role at {company}.",
    "Our conversation confirmed my interest in joining {company} in the {role} role.",
    "I remain very interested in the {role} role at {company}.",
    "The {role} role at {company} is exactly the kind of work I want to do next.",
    "I left our conversation even more enthusiastic about joining {company}.",
    "I would be glad to bring my experience to {company} in the {role} role.",
)
# After a sentence that names the company (the values), the interest does not name it again.
INTEREST_AFTER_VALUES = (
    "I would be glad to bring my experience to your team.",
    "Our conversation confirmed my interest in the {role} role.",
    "I remain very interested in the {role} role.",
    "It makes me even more eager to join your team.",
    "I am very interested in the {role} role.",
)
# Interest and the close in one sentence, for the shapes that end on a single line.
INTEREST_CLOSE = (
    "I remain very interested in the {role} role, and I look forward to hearing about the "
    "next steps.",
    "I am excited about the chance to join {company}, and I look forward to hearing from you.",
    "I would be glad to join {company} in the {role} role, and I look forward to the next "
    "steps.",
    "The {role} role is exactly the kind of work I want to do next; I look forward to "
    "hearing from you.",
    "I left our conversation even more enthusiastic about the {role} role, and I hope we can "
    "continue it soon.",
)
# A card or a message: interest and the close, short.
INTEREST_CLOSE_SHORT = (
    "I would love to join your team, and I look forward to hearing from you.",
    "I remain very interested in the role and hope to hear from you soon.",
    "I would be glad to join your team and look forward to the next steps.",
)
# {values}: the first sentence of the company's values, as the candidate noted them, without
# quotation marks: they are the candidate's words, not the company's.
VALUES = (
    "{companys} mission matters to me: {values}.",
    "I share what {company} stands for: {values}.",
    "Part of why I want to join is {companys} mission: {values}.",
)
# A qualification that reads as something done ("cut the batch window ..."), said plainly
# in the candidate's voice. Each carries words the review reads as a qualification ("that
# experience", "prepared me"), whatever the jotted verb: the review then knows the sentence
# is about what the candidate brings. No stock lead-in ("One example from my experience:").
QUALIFICATION_DONE = (
    "I {q}, and I would bring that experience to your team.",
    "My work so far has prepared me well for this role: I {q}.",
    "I {q}, and this experience is a big part of what I would bring.",
)
# A card or a message has room for a short link only.
QUALIFICATION_SHORT = (
    "I {q}, and I would bring that experience.",
    "I {q}, and that experience would carry over.",
)
# A qualification that reads as something had ("five years of production Python").
QUALIFICATION_HAD = (
    "I have {q}.",
    "I would bring {q} to the team.",
    "I bring {q}.",
)
# {concern} as recorded ("limited Go experience"); the answer follows in the candidate's words.
CONCERN = (
    "You raised a fair question about {concern}. {answer}",
    "You asked about {concern}. {answer}",
    "I have thought more about {concern}, which came up in our conversation. {answer}",
)
# Cards and LinkedIn messages are short: the concern is named and answered in one go.
CONCERN_SHORT = ("On {concern}: {answer}", "About {concern}: {answer}")
ELABORATION = (
    "I have been thinking more about {answer}, and I would like to add one thing: {addition}",
    "Looking back on {answer}, there is something I would add: {addition}",
)
CLOSING = (
    "I look forward to hearing about the next steps.",
    "Please let me know if I can provide anything else; I look forward to the next steps.",
    "I would welcome the chance to continue the conversation, and I am happy to provide "
    "anything else you need.",
    "I look forward to hearing from you about the next steps in the process.",
    "I am happy to share more detail on any of this, and I look forward to hearing about "
    "next steps.",
)
CLOSING_SHORT = (
    "I look forward to hearing from you.",
    "I look forward to the next steps.",
    "I hope to continue the conversation soon.",
)
# LinkedIn invitations (200 characters): thanks and one specific line. {hi} is "Hi Priya, "
# or empty for the panel; the wordings differ in shape, since invitations are short.
INVITE = (
    "{hi}thank you for {about} during my {role} interview. I would be glad to stay "
    "connected. {sign}",
    "{hi}thank you for your time and for {about}. I would like to keep in touch. {sign}",
    "{hi}many thanks for {about} at {company}. I would value staying in touch. {sign}",
    "{hi}I am grateful for your time and for {about}. May we stay connected? {sign}",
)
# After the process: an invitation to stay in touch, not a second thank-you.
NETWORKING_INVITE = (
    "{hi}it was good to meet you at {company}, and thank you for {about}. "
    "I would be glad to stay connected. {sign}",
    "{hi}thank you again for your time and for {about}. I would like to "
    "keep in touch. {sign}",
    "{hi}I appreciated getting to know you, and {about}. May we stay connected? {sign}",
)
# Other kinds on an invitation: the one thing the note is for, in 200 characters.
FOLLOW_UP_INVITE = (
    "{hi}I am following up on my {role} interview on {date}. I remain very interested and "
    "would be grateful for any update. {sign}",
    "{hi}following up on my {role} interview: I remain very interested. {sign}",
)
REJECTION_INVITE = (
    "{hi}thank you for letting me know about the {role} role. I enjoyed meeting the team at "
    "{company} and hope we can stay in touch. {sign}",
    "{hi}thank you for letting me know. I hope we can stay in touch. {sign}",
)
INVITE_PLAIN = (
    "{hi}thank you for your time during my {role} interview. I would be glad to stay "
    "connected. {sign}",
)
# Rapport the candidate recorded as "We both ..." or "You ...", turned to a thank-you line.
# A shared fact the reading phrased as "It was good to find that we both ...": {clause} is
# "we both ...", in a frame that differs from one note of the panel to the next.
RAPPORT_FOUND = (
    "It was good to find that {clause}.",
    "I was glad to discover that {clause}.",
    "It was a nice surprise to learn that {clause}.",
)
RAPPORT_WE = ("I also enjoyed discovering that we {rest}.", "It was a pleasure to find that we {rest}.")
RAPPORT_YOU = ("I also appreciated that you {rest}.", "Thank you, too, that you {rest}.")
SIGN_OFF = ("Best regards,", "Kind regards,", "With thanks,", "Sincerely,", "Warm regards,")
SIGN_OFF_CARD = ("With thanks,", "Warmly,", "With gratitude,")
GREETING_EMAIL = ("Dear {first},", "Hello {first},")
GREETING_CARD = ("Dear {first},",)
GREETING_LINKEDIN = ("Hi {first},", "Hello {first},")

SUBJECT_THANK_YOU = (
    "Thank you - {role} interview",
    "Thank you for your time - {role} at {company}",
    "{role} interview: thank you",
    "Thank you from {candidate} - {role} interview",
    "Thanks for the conversation about the {role} role",
)
SUBJECT_FOLLOW_UP = (
    "Following up: {role} interview on {date}",
    "{role} role at {company}: checking in",
)
SUBJECT_REJECTION_REPLY = ("Thank you - {role} role at {company}",)
SUBJECT_NETWORKING = ("Staying in touch after the {role} interviews",)

# Past-tense verbs a qualification may start with (a regular "-ed" ending is read too).
_DONE_VERBS = frozenset(
    "led built cut ran won grew made taught wrote drove brought began set shipped sold "
    "saved raised took gave found spoke met kept held rebuilt redesigned oversaw"
    .split()
)


# "City of Lakemont", "Marion County Department of Human Services", "Lakeshore County
# Office of Budget & Policy": a public body's name takes "the" in a sentence.
_NEEDS_THE = re.compile(r"^(?!the\b)(?:[\w.&'-]+\s+){0,3}?(?:City|County|Town|Village|State|University"
                        r"|Department|Office|Province|District|Borough|Commonwealth|Port"
                        r"|Ministry|Museum|College|Bureau|Board|Division|Agency)\s+of\b", re.I)


def in_sentence(company: str) -> str:
    """The company's name as a sentence carries it: "City of Lakemont" is "the City of
    Lakemont" ("joining the City of Lakemont"); other names are used as they are."""
    return f"the {company}" if _NEEDS_THE.match(company) and company[:1].isupper() else company


def possessive(name: str) -> str:
    """ "Acme Analytics" -> "Acme Analytics'", "Initech" -> "Initech's"."""
    return name + ("'" if name.endswith("s") else "'s")


def is_done(qualification: str) -> bool:
    """True when a qualification reads as something done ("cut ...", "delivered ...")."""
    first = qualification.split()[0].lower() if qualification.split() else ""
    return first in _DONE_VERBS or (len(first) > 4 and first.endswith("ed"))


def as_sentence(text: str) -> str:
    """A fragment the user wrote, as a sentence: capital first letter, closing punctuation."""
    text = " ".join(text.split())
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?\u201d\"" else text + "."


_LOWER_STARTS = frozenset(
    "how what why when where which who whether if the a an my our your their his her its this "
    "that these those no limited little lack not some any few less".split()
)


def as_clause(text: str) -> str:
    """A fragment to put mid-sentence: no closing period, lower-case first word unless a name."""
    text = " ".join(text.split()).rstrip(".")
    first = text.split()[0] if text.split() else ""
    # Lower-case a capitalised function word ("How I handle" -> "how I handle"), never
    # another word: it may be a name ("Salesforce certification", "Epic charting").
    if first.lower() in _LOWER_STARTS and first[:1].isupper():
        text = first.lower() + text[len(first):]
    return text


_MISSION_PREFIX = re.compile(r"^(?:[\w&.' -]+?'s\s+)?(?:mission|values|purpose|motto)\s*:\s*",
                             re.I)


def values_phrase(values: str) -> str:
    """The first sentence of the values note, without a label ("Acme's mission: ...")."""
    text = _MISSION_PREFIX.sub("", first_sentence(values)).strip()
    return as_clause(text) if text else text


_GAP = re.compile(r"^(?:no|limited|little|not much|lack of|a lack of|some)\s+", re.I)


def concern_phrase(concern: str) -> str:
    """A recorded concern as the candidate would name it: "no experience with Revit" ->
    "my experience with Revit", "limited Go experience" -> "my Go experience"."""
    text = as_clause(concern)
    if _GAP.match(text):
        return "my " + _GAP.sub("", text)
    return text


def first_sentence(text: str) -> str:
    """The first sentence of a longer note (for values), without its closing period."""
    text = " ".join(text.split())
    match = re.match(r"(.+?[.!?])(\s|$)", text)
    sentence = match.group(1) if match else text
    return sentence.rstrip(".")


def pick(bank: tuple[str, ...], index: int) -> str:
    """The wording for this interviewer and variant (stable: the same record, the same note)."""
    return bank[index % len(bank)]
