"""Thank-you notes: one of its own per interviewer, from the record's phrases, shaped to its channel.

The record is read once (`fragments.Reading`); concerns are placed before any note is
written (who asked, else the point of contact; one per note; none on a card); then each
note takes its reader's topic, a qualification matched to it, its reader's rapport, and
is laid out by its angle and cut to its channel's target.
"""

from afterword.compose.fragments import Reading
from afterword.compose.thanks.angles import angles_for
from afterword.compose.thanks.body import body_parts
from afterword.compose.thanks.fit import (
    also_sentence,
    concern_sentence,
    fit_sentence,
    qualification_for,
    values_sentence,
)
from afterword.compose.thanks.invite import invite
from afterword.compose.thanks.panel import Panel, Placed
from afterword.compose.thanks.parts import (
    CARD_WORDS,
    CONCERN,
    EMAIL_WORDS,
    EXTRA_FIT,
    INTEREST,
    INVITE_CHARS,
    KEEP,
    LINKEDIN_WORDS,
    NO_CONCERN,
    RAPPORT,
    SECOND_TOPIC,
    VALUES,
    Parts,
    S,
)
from afterword.compose.thanks.rapport import rapport_frame
from afterword.compose.thanks.topics import about, interview_day, role_name, topics_of
from afterword.compose.thanks.unsaid import unsaid, unsaid_additions
from afterword.compose.thanks.wording import cap, meeting, names_of, person_index, sentences

__all__ = [
    "CARD_WORDS", "CONCERN", "EMAIL_WORDS", "EXTRA_FIT", "INTEREST", "INVITE_CHARS", "KEEP",
    "LINKEDIN_WORDS", "NO_CONCERN", "RAPPORT", "SECOND_TOPIC", "VALUES", "Panel", "Parts",
    "Placed", "Reading", "S", "about", "also_sentence", "angles_for", "body_parts", "cap",
    "concern_sentence", "fit_sentence", "interview_day", "invite", "meeting", "names_of",
    "person_index", "qualification_for", "rapport_frame", "role_name", "sentences",
    "topics_of", "unsaid", "unsaid_additions", "values_sentence",
]
