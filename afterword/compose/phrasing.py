"""The wordings a draft is built from: several for each element, so no two interviewers get the same note.

Slots are filled only from the record (`{topic}`, `{role}`, ...); a wording whose slot
the record cannot fill is never used. Nothing here may invent a fact about the candidate
or the interview: frames only ("For example, I ...").
"""

from __future__ import annotations

import re

# {about} is a phrase from the record: "our conversation about the month-end close",
# "your question about briefing a commissioner", "hearing about your plan for ...".
THANKS_ABOUT = (
    "Thank you for taking the time to speak with me about the {role} role, and especially "
    "for {for_about}.",
    # One sentence, not "Thank you for meeting with me on Tuesday. I especially appreciated
    # ...": the stock pair a coach reads as a template. Not every note opens on "Thank you".
    "It was a pleasure to talk with you on {day}, and I especially enjoyed {about}.",
    "I appreciated your time during my interview for the {role} role, and in particular "
    "{about}.",
    "Thank you for your time on {day} and for {for_about}.",
    "Many thanks for speaking with me about the {role} position, and for {for_about}.",
    "I am grateful for the time you gave me on {day}, and especially for {for_about}.",
)
# A second topic of the reader's: the notes of a panel take different shapes (two notes
# that both say "I also enjoyed our ..." read as one template).
SECOND_TOPIC_ABOUT = (
    "I also enjoyed {about}.",
    "{About} gave me a clearer picture of the work.",
    "I was glad we had time for {about}, too.",
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
# Said as the reader's question, not "You asked ...": the record's `raised_by` may be jotted
# ("dr a", "marie-eve"), and a checker that reads "you asked" looks for the name as written.
CONCERN_ASKED = (
    "On your question about {subject}: {answer}",
    # Never "Thank you for asking about ...": coaches read it as thanks for a doubt.
    "Following up on your question about {subject}: {answer}",
)
# A concern whose subject cannot be named, answered by an answer that names its matter.
CONCERN_ASKED_UNNAMED = (
    "To follow up on your question: {answer}",
    "One more thought on your question: {answer}",
)
CONCERN_UNNAMED = (
    "{answer}",
    "I would also add that {answer}",
)
CONCERN_NEUTRAL = (
    "On {subject}: {answer}",
    "I have thought more about {subject} since we spoke. {answer}",
    "A word on {subject}: {answer}",
)
# The company's own words, as the record quotes them (never where they were read): frames
# that hold a motto ("Every patient, every time") as well as a list ("Integrity, discipline,
# long-term thinking"), claiming no "idea behind" it. Each says what the words did for the
# candidate (they noted them); coaches read "a standard I would be glad to work to" and
# "matches how I want to work" as stock with no link.
VALUES_QUOTED = (
    "\u201c{Q}\u201d is a big part of why I applied.",
    "{companys} \u201c{q}\u201d is a big part of why I applied.",
    "\u201c{Q}\u201d is what drew me to the role.",
    "I was drawn to {companys} \u201c{q}\u201d.",
)
# Quoted words that are a name (a plan, a programme: "Lakemont 2045").
VALUES_NAMED = (
    "I would be glad to contribute to \u201c{Q}\u201d.",
)
# A phrase the record gives as the reader's own words, back to that reader.
VALUES_THEIRS = (
    "I keep coming back to your words: \u201c{q}\u201d.",
    "\u201c{Q}\u201d, as you put it, is how I want to work.",
)
THANKS_PLAIN = (
    "Thank you for taking the time to speak with me about the {role} role.",
    "Thank you for meeting with me about the {role} position.",
    "Many thanks for your time during my interview for the {role} role.",
)
INTEREST = (
    "I am excited about the {role} role at {company}.",
    "Our conversation confirmed my interest in joining {company} in the {role} role.",
    "I remain very interested in the {role} role at {company}.",
    "I would welcome the chance to be part of the team at {company}.",
    "What I heard in the interview made me keener still on the {role} role at {company}.",
)
# After a sentence that names the company (the values), the interest does not name it again.
INTEREST_AFTER_VALUES = (
    "I would welcome the chance to be part of your team.",
    "Our conversation confirmed my interest in the {role} role.",
    "I would very much like to take on the {role} role with you.",
    "It makes me all the keener on the {role} role.",
)
# The line of interest tied to a topic of the record (`interest.py`): for a topic the note
# has not named yet (said in full) and for one it has (referred back to by its head). Each
# says the candidate wants the role through the topic, in words the review reads as interest.
INTEREST_PLAN_NEW = (
    "Hearing about {topic} made me all the more keen to join {company}.",
    "I would be glad to be part of {topic}.",
    "What you told me about {topic} is a big part of why I want to join {company}.",
)
INTEREST_GOAL_NEW = (
    "Hearing about {topic} made me all the more keen to join {company}.",
    "I would be glad to help {company} work toward {topic}.",
    "What you told me about {topic} is a big part of why I want to join {company}.",
)
INTEREST_PLAN_SAID = (
    "I would love to help put your {head} into practice at {company}.",
    "Helping to carry out the {head} you described is exactly the kind of work I am looking "
    "for.",
    "The {head} you described is something I would be glad to be part of.",
)
INTEREST_GOAL_SAID = (
    "I would love to help {company} achieve the {head} you described.",
    "Helping to achieve the {head} you described is exactly the kind of work I am looking for.",
    "I would be glad to help you get there.",
)
# A plan said by what it does ({action}: "get the second scanner running 8-8") and a goal by
# what it reaches ({object}: "a 5-day close"): the line is the reader's own, in no other note.
INTEREST_PLAN_ACTION = (
    "I would love to help {action}.",
    "I would be glad to help {company} {action}.",
    "I would welcome the chance to help {action}.",
    "I would be proud to help {action}.",
    "Helping to {action} is something I would be proud to be part of.",
)
INTEREST_GOAL_OBJECT = (
    "I would be glad to help the team reach {object}.",
    "I would love to help {company} reach {object}.",
    "Helping the team reach {object} is work I would be proud to be part of.",
)
INTEREST_WORK_NEW = (
    "The chance to help with {topic} is exactly what I am looking for.",
    "I would be glad to help {company} with {topic}.",
    "Working on {topic} is just the kind of challenge I am looking for.",
)
INTEREST_WORK_SAID = (
    "I would be glad to help {company} with {work}.",
    "I would be glad to help with {work} at {company}.",
    "The chance to help with {work} is exactly what I am looking for.",
)
# What the candidate would be given (a preceptorship, a training plan): the start it makes.
INTEREST_RECEIVED_NEW = (
    "I would be glad to start at {company} with {topic}.",
    "I would make the most of {topic}, and I would love to start at {company} that way.",
)
INTEREST_RECEIVED_SAID = (
    "I would be glad to start with the {head} you described.",
    "I would make the most of the {head} you described, and I would love to start that way.",
)
# A follow-up's line of interest, after a sentence that names the role.
FOLLOW_UP_INTEREST = (
    "I remain very interested in joining {company}.",
    "I am still very interested in the position and in joining the team at {company}.",
)
# Interest and the close in one sentence, for the shapes that end on a single line.
INTEREST_CLOSE = (
    "I remain very interested in the {role} role at {company}, and I look forward to hearing "
    "about the next steps.",
    "I am excited about the chance to join {company}, and I look forward to hearing from you.",
    "I would welcome the chance to join {company} in the {role} role, and I look forward to "
    "the next steps.",
    "Our conversation made me all the more interested in the {role} role at {company}, and I "
    "look forward to hearing from you.",
    "I would be delighted to have the chance to join {company}, and I look forward to hearing "
    "about the next steps.",
    "I hope to have the chance to join {company} in the {role} role, and I look forward to "
    "hearing from you.",
)
# A card or a message: interest and the close, short.
INTEREST_CLOSE_SHORT = (
    "I hope to join your team, and I look forward to hearing from you.",
    "I remain very interested in joining {company} and hope to hear from you soon.",
    "I would be glad to join your team and look forward to the next steps.",
)
# A qualification that reads as something done ("cut the batch window ..."), said plainly in
# the candidate's voice: never a stock tail after it ("..., and I would bring that experience
# to your team", which a coach read as filler); the review reads a result by its figures.
QUALIFICATION_DONE = ("I {q}.",)
# A qualification already a clause of its own ("have spent 4 years as ...", "hold the CKA").
QUALIFICATION_HELD = ("I {q}.",)
# A card or a message has room for a short link only: the fact itself, or the fact and
# what it would be used for ("that experience would carry over" is filler, never a link).
QUALIFICATION_SHORT = ("I {q}.",)
# A qualification that reads as something had ("five years of production Python").
QUALIFICATION_HAD = (
    "I have {q}.",
    "I would bring {q} to the team.",
    "I bring {q}.",
)
CLOSING = (
    "I look forward to hearing about the next steps.",
    "Thank you again for your time; I look forward to the next steps.",
    "I would welcome the chance to talk again, and I look forward to hearing about the next "
    "steps.",
    "I look forward to hearing from you about the next steps in the process.",
    "Thank you again for a thoughtful conversation; I look forward to hearing about the "
    "next steps.",
)
CLOSING_SHORT = (
    "I look forward to hearing from you.",
    "I look forward to the next steps.",
    # Every close to the point of contact looks ahead (the review's `missing-closing`).
    "Thank you again for your time; I look forward to hearing from you.",
)
# The close to a panel member who will not be the one writing back (a trustee, an external
# panellist, a bar raiser: not the point of contact when the record names one): no "I look
# forward to hearing from you", which asks them for a reply they will not send.
CLOSING_PANEL = (
    "Thank you again for your time and for your thoughtful questions.",
    "Thank you again for taking part in the interview and for the care you gave it.",
    "Thank you again for your time; I hope our paths cross again.",
)
# LinkedIn invitations (200 characters): thanks and one specific line. {hi} is "Hi Priya, "
# or empty for the panel; the wordings differ in shape, since invitations are short.
# The topic last in its sentence: "during my interview" or "at {company}" after it would read
# as part of it ("discovery fights with the DA at the County Public Defender's Office").
INVITE = (
    "{hi}thank you for your time during my {role} interview and for {about}. I would be glad "
    "to stay connected. {sign}",
    "{hi}thank you for your time and for {about}. I would like to keep in touch. {sign}",
    "{hi}many thanks for meeting with me at {company} and for {about}. I would value staying in "
    "touch. {sign}",
    "{hi}I am grateful for your time and for {about}. May we stay connected? {sign}",
)
# A thank-you invitation that says back the one fact the reader needed ({told}: "As
# mentioned, I can join immediately.").
INVITE_TOLD = (
    "{hi}thank you for your time during my {role} interview. {told} I would be glad to stay "
    "connected. {sign}",
    "{hi}many thanks for your time discussing the {role} role at {company}. {told} I would "
    "value staying in touch. {sign}",
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
    "{hi}thank you for letting me know about the {role} role. {met} at {company} and hope "
    "we can stay in touch. {sign}",
    "{hi}thank you for letting me know. I hope we can stay in touch. {sign}",
)
INVITE_PLAIN = (
    "{hi}thank you for your time during my {role} interview. I would be glad to stay "
    "connected. {sign}",
    "{hi}many thanks for meeting me about the {role} role. I would like to keep in touch. {sign}",
    "{hi}I appreciated your time during my {role} interview. May we stay connected? {sign}",
)
# Rapport the candidate recorded as "We both ..." or "You ...", turned to a thank-you line.
# A shared fact the reading phrased as "It was good to find that we both ...": {clause} is
# "we both ...", in a frame that differs from one note of the panel to the next.
RAPPORT_FOUND = (
    "It was good to find that {clause}.",
    "I was glad to discover that {clause}.",
    "I was pleased to learn that {clause}.",
    "I enjoyed finding out that {clause}.",
    "Discovering that {clause} was a pleasure.",
)
# The reading's other rapport sentences, each with frames of its own for the same move.
RAPPORT_CONNECTION = (
    "It was good to discover our {clause} connection.",
    "I was glad to discover our {clause} connection.",
    "I was pleased to find our {clause} connection.",
)
RAPPORT_YOU = (
    "I also appreciated that you {clause}.",
    "I appreciated, too, that you {clause}.",
)
RAPPORT_THANKS = (
    "Thank you, too, for {clause}.",
    "Thank you also for {clause}.",
)
# A connection through something of the candidate's ("you knew my grandfather's shop in
# Ames", "you grew up two streets from me"): {clause} is "you ...".
RAPPORT_LINK = (
    "It was a lovely surprise to find that {clause}.",
    "I enjoyed finding out that {clause}.",
    "It was a nice surprise to learn that {clause}.",
    "I was delighted to find out that {clause}.",
)
# A shared interest ("we bonded over the Mariners"): {clause} is what we talked about.
RAPPORT_COMPARE = (
    "It was fun to compare notes on {clause}.",
    "I enjoyed our chat about {clause}.",
    "It was a pleasure to talk about {clause} with you.",
)
# A language we share and spoke for a while: {clause} is its name.
RAPPORT_SPOKE = (
    "I enjoyed speaking {clause} with you.",
    "It was a treat to speak {clause} with you.",
)
RAPPORT_HEARD = (
    "It meant a lot to hear that {clause}.",
    "I was touched to hear that {clause}.",
)
SIGN_OFF = ("Best regards,", "Kind regards,", "With thanks,", "Sincerely,", "Warm regards,")
SIGN_OFF_CARD = ("With thanks,", "Warmly,", "With gratitude,")
# To a reader greeted by title and family name ("Dear Mr Subramanian"): British and
# Commonwealth usage closes "Dear Mr X" with "Yours sincerely"; American usage with "Sincerely".
SIGN_OFF_FORMAL = ("Yours sincerely,", "Kind regards,")
SIGN_OFF_FORMAL_US = ("Sincerely,", "Best regards,")
SIGN_OFF_FORMAL_CARD = ("Yours sincerely,", "With sincere thanks,")
SIGN_OFF_FORMAL_CARD_US = ("Sincerely,", "With sincere thanks,")
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
SUBJECT_NETWORKING = ("Staying in touch after the {role} {interviews}",)
# A note to stay in touch after the process, by e-mail: thanks, then the wish to keep in
# touch; each note of a panel in its own words. {about} is ", and for telling me about ..."
# or empty: last, so that "during my interview" never follows the topic and reads as part of
# it ("a dispatcher who will ring drivers during my interview").
NETWORKING_THANKS = (
    "Thank you again for your time during my {interviews} for the {role} role at "
    "{company}{about}.",
    "I wanted to thank you once more for your time when I interviewed for the {role} role at "
    "{company}{about}.",
    "I am still grateful for your time during my {interviews} at {company}{about}.",
    "Many thanks for your time when I interviewed for the {role} role at {company}{about}.",
    "Thank you once more for your time during the {role} {interviews} at {company}{about}.",
)
# Nothing that presumes a mentor after one interview ("as my career develops"), nor a
# favour to return when none was done.
NETWORKING_ASK = (
    "If I can ever be of help to you or your team, I hope you will let me know.",
    "If you are open to it, I would welcome an occasional conversation about the field.",
    "I would be pleased to hear how the work develops, whenever you have a moment.",
)
NETWORKING_CLOSE = (
    "I would be glad to stay in touch, and I wish you and the team well.",
    "I hope we can keep in touch, and I wish you well with the work ahead.",
    "I would value staying in touch, and I hope our paths cross again.",
    "I hope we stay in touch, and I wish you every success.",
)

# "City of Lakemont", "Marion County Department of Human Services", "Lakeshore County
# Office of Budget & Policy": a public body's name takes "the" in a sentence.
_NEEDS_THE = re.compile(r"^(?!the\b)(?:[\w.&'-]+\s+){0,3}?(?:City|County|Town|Village|State|University"
                        r"|Department|Office|Province|District|Borough|Commonwealth|Port"
                        r"|Ministry|Museum|College|Bureau|Board|Division|Agency|Court)\s+of\b", re.I)
# "U.S. District Court for the District of Vermont", "Superior Court of Arizona", "Court of
# Appeal": a court is "the" court, whatever its name starts with.
_COURT = re.compile(r"^(?!the\b)(?:[\w.&'-]+\s+){1,4}?Court\b(?!')")
# "Onondaga Falls County Public Defender's Office", "Cook County Health Department": an office
# named for its holder, or a county's office, is "the" office too.
_OFFICE = re.compile(r"^(?!the\b)(?:(?:[\w.&-]+\s+){0,5}[\w.&-]+['’]s"
                     r"|(?:[\w.&'’-]+\s+){0,3}County(?:\s+[\w.&'’-]+){0,3})"
                     r"\s+(?:Office|Department|Bureau|Agency|Board|Commission)$")


def in_sentence(company: str) -> str:
    """The company's name as a sentence carries it: "City of Lakemont" is "the City of
    Lakemont" ("joining the City of Lakemont"), "U.S. District Court ..." is "the U.S.
    District Court ...", "Ledgerline, Inc." is "Ledgerline"; other names as they are."""
    stripped = _LEGAL_FORM.sub("", company).strip()
    # "The Limited" is a name, not "The" and a legal form.
    company = stripped if stripped.lower() not in {"", "the", "a", "an"} else company
    if company[:1].isupper() and (_NEEDS_THE.match(company) or _COURT.match(company)
                                  or _OFFICE.match(company)):
        return f"the {company}"
    return company


# A legal form at the end of a name, taken off whole ("PaisaPal Technologies Pvt. Ltd." is
# "PaisaPal Technologies", never "PaisaPal Technologies Pvt."): the parts that go together
# ("Pvt. Ltd.", "Co., Ltd.", "GmbH & Co. KG", "Sdn. Bhd.") are one alternative each. "& Co."
# and "Co." alone are part of the trading name ("Halvorsen & Co."), and a partnership goes
# by its whole name ("Whitcomb Reyes LLP"): they stay.
_LEGAL_FORM = re.compile(
    r",?\s+(?:"
    r"GmbH\s*&\s*Co\.?\s*KG(?:aA)?"
    r"|(?:(?<!&\s)Co\.?,?\s*)?(?:(?:Pvt|Pte|Pty|Private|Sdn)\.?\s+|\(Pty\)\s+)?"
    r"(?<=[\s,.)])(?:Ltd\.?|Limited|Bhd\.?)"
    r"|Inc\.?|Incorporated|LLC|L\.L\.C\.|GmbH|AG|KG|"
    r"S\.A\.S\.|S\.A\.|SA|SAS|S\.L\.|S\.p\.A\.|SpA|S\.r\.l\.|Srl|plc|PLC|P\.L\.C\.|"
    r"Corp\.?|B\.V\.|BV|N\.V\.|NV|Oy|A/S|ApS|K\.K\.|Pty\.?"
    r")$")


def possessive(name: str) -> str:
    """ "Acme Analytics" -> "Acme Analytics'", "Initech" -> "Initech's"."""
    return name + ("'" if name.endswith("s") else "'s")


def pick(bank: tuple[str, ...], index: int) -> str:
    """The wording for this interviewer and variant (stable: the same record, the same note)."""
    return bank[index % len(bank)]
