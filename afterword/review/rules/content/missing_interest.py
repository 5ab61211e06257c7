"""The `missing-interest` rule: the note never says the candidate wants the role or the company."""

from __future__ import annotations

import re
from collections.abc import Iterator

from afterword.language.text import Note
from afterword.language.wordscan import WordScan
from afterword.review.findings import Hit, Severity
from afterword.review.registry import Example, rule
from afterword.review.rules.content._keywords import placeholder_labels

_ADV = r"(?:(?:very|really|truly|genuinely|still|so|even\s+more|all\s+the\s+more|more|most|"
_ADV += r"extremely|incredibly|particularly|especially|quite|deeply|definitely|certainly|"
_ADV += r"highly|just\s+as|as|remain(?:s)?|also|always|now|only)\s+)*"
_SELF = r"(?:I|I'm|I've|I'd|I'll|we)"
_FEEL = (
    r"(?:interested|excited|enthusiastic|eager|keen|thrilled|delighted|passionate|motivated"
    r"|energi[sz]ed|inspired|drawn|attracted|committed|invested)"
)
_JOINISH = (
    r"(?:join(?:ing)?|work(?:ing)?\s+(?:at|with|for|on|alongside|there|here|in)|be\s+(?:a\s+)?part"
    r"|become\s+(?:a|part|your)|contribut(?:e|ing)|grow(?:ing)?|build(?:ing)?\s+(?:my\s+career|a|the|on)"
    r"|bring(?:ing)?|help(?:ing)?\s+(?!(?:if|in\s+any\s+way)\b)|support(?:ing)?"
    r"|tak(?:e|ing)\s+(?:on|the\s+next\s+step)|be\s+considered|do\s+(?:this|that|the\s+same)"
    r"|lead(?:ing)?|deliver|use|apply(?:ing)?|start(?:ing)?|pursue|serve|teach|cook|care\s+for)"
)

# Restated interest or enthusiasm: "I'm excited about the role", "I remain very interested",
# "I would love to join", "eager to contribute", "the role is a great match for my ...", and
# for a rejection reply, interest in future roles or in staying in touch.
_INTEREST = re.compile(
    # "I am very interested", "I'm genuinely excited about", "I remain keen on"
    rf"\b{_SELF}\s+(?:am|was|remain|feel|felt|'m|are|would\s+be|'d\s+be|will\s+be|have\s+been"
    rf"|'ve\s+been|became|grew|left)?\s*{_ADV}(?:even\s+)?{_FEEL}\b(?!\s+(?:to\s+(?:hear|learn|know"
    rf"|receive|get|see|watch|meet|read|find|discover|try|visit|tour)|that\s+you))"
    # "my interest in", "my enthusiasm for", "my continued interest"
    rf"|\bmy\s+(?:strong\s+|continued\s+|keen\s+|genuine\s+|sincere\s+|ongoing\s+|real\s+)*"
    rf"(?:interest|enthusiasm|excitement|eagerness|passion)\s+(?:in|for|about)\b"
    # "I would love/be glad/be thrilled to join", "I'd be happy to bring"
    rf"|\b{_SELF}\s*(?:would|'d|will|'ll|could)?\s*(?:(?:still|really|truly|also|very\s+much)\s+)*"
    rf"(?:love|like|be\s+(?:(?:very|so|really|truly|more\s+than|absolutely)\s+)*(?:glad|happy"
    rf"|delighted|thrilled|excited|honou?red|proud|eager|keen|pleased|grateful|fortunate|lucky"
    rf"|privileged)|enjoy|welcome\s+(?:the|a|an)\s+(?:chance|opportunity)|jump\s+at\s+the\s+chance)"
    rf"\s+(?:the\s+(?:chance|opportunity)\s+)?(?:to\s+)?{_JOINISH}"
    # "I would love to" (anything but hearing back), "I'd welcome the chance to be considered"
    rf"|(?:\b{_SELF}|\b(?:and|but|so))\s*(?:would|'d)\s+(?:still\s+|really\s+|truly\s+|also\s+)*"
    rf"love\s+to\s+(?!hear|know|get|receive)"
    # "I want to join", "I hope to work with", "I'd like to be part of", "where I want to grow"
    rf"|\b{_SELF}\s+(?:still\s+|really\s+|truly\s+|very\s+much\s+|would\s+|'d\s+|also\s+|most\s+"
    rf"|sincerely\s+|genuinely\s+|definitely\s+|especially\s+|dearly\s+|so\s+)*"
    rf"(?:want|wish|hope|hoping|aim|plan|intend|would\s+like|'d\s+like|mean)\s+to\s+"
    rf"(?:(?:one\s+day|someday|eventually|again|soon)\s+)?{_JOINISH}"
    rf"|\bwhere\s+I\s+(?:want|hope|would\s+like|'d\s+like|see\s+myself)\b"
    rf"|\b(?:exactly\s+)?what\s+I\s+(?:want|hope|would\s+love|'d\s+love|am\s+looking)\s+to\s+do\b"
    # "eager/keen/excited to contribute", "looking forward to joining"
    rf"|\b(?:eager|keen|excited|thrilled|ready|anxious|motivated)\s+to\s+{_JOINISH}"
    rf"|\b(?:keen|excited|enthusiastic|passionate)\s+(?:on|about)\s+(?:the|this|your|joining"
    rf"|working|[A-Z])"
    rf"|\blook(?:ing)?\s+forward\s+to\s+(?:the\s+possibility\s+of\s+|the\s+chance\s+to\s+|possibly\s+)?"
    rf"(?:join(?:ing)?|work(?:ing)?\s+(?:at|with|for|on|together|alongside)|contribut|be(?:ing)?\s+part"
    rf"|help(?:ing)?\s+(?:your|the|with|build|grow)|bring(?:ing)?)"
    rf"|\bcan't\s+wait\s+to\b|\bcannot\s+wait\s+to\b"
    # "It would be a privilege to join", "aligns perfectly with my goals", "I want this job"
    rf"|\bwould\s+be\s+(?:a|an)\s+(?:real\s+|great\s+|true\s+)?(?:privilege|honou?r|pleasure|dream|joy)"
    rf"\s+to\s+{_JOINISH}"
    rf"|\balign(?:s|ed)?\s+(?:so\s+)?(?:perfectly|well|closely|strongly|nicely)?\s*with\s+my\b"
    rf"|\b(?:the\s+)?right\s+next\s+step\s+(?:for|in)\s+my\b"
    rf"|\bI\s+(?:really\s+|truly\s+)?want\s+(?:this|the)\s+(?:job|role|position)\b"
    rf"|\b(?:chance|opportunity|prospect)\s+(?:to|of)\s+(?:join(?:ing)?|be(?:ing)?\s+part|contribut"
    rf"|work(?:ing)?\s+(?:with|at|for|alongside)\s+(?:you|your|the\s+team))"
    # "the role is a great match for", "a strong fit", "exactly the kind of work I want"
    rf"|\b(?:great|good|strong|perfect|natural|excellent|ideal|close|right|real)\s+(?:match|fit)\b"
    rf"|\bthe\s+(?:kind|sort|type)\s+of\s+(?:\w+\s+){{1,3}}(?:that\s+)?I\s+(?:want|hope|would\s+"
    rf"love|'d\s+love|love|enjoy|am\s+looking|'m\s+looking|have\s+been\s+looking)\b"
    rf"|\b(?:appeal(?:s|ing)?|excites?\s+me|exciting\s+(?:opportunity|role|chance|prospect|next\s+step)"
    rf"|at\s+the\s+top\s+of\s+my\s+list|dream\s+(?:job|role|company))\b"
    rf"|\bI\s+(?:still\s+|really\s+|truly\s+|genuinely\s+|greatly\s+)*(?:admire|care\s+about"
    rf"|believe\s+in\s+(?:the|your|what))\b"
    # rejection replies: future roles, staying in touch
    rf"|\bkeep\s+me\s+in\s+mind\b|\bconsider(?:ed)?\s+(?:me\s+)?for\s+(?:future|other|upcoming"
    rf"|similar|any)\b|\bfuture\s+(?:openings?|roles?|positions?|opportunities|vacancies)\b"
    rf"|\b(?:stay|keep|remain)\s+(?:in\s+touch|connected|in\s+contact)\b"
    rf"|\bour\s+paths\s+cross\s+again\b|\bwork\s+together\s+(?:in\s+the\s+future|one\s+day|someday)\b"
    rf"|\bif\s+(?:a|another|any)\s+(?:similar\s+|new\s+|other\s+)?(?:role|position|opening"
    rf"|opportunity|vacancy)\b",
    re.IGNORECASE,
)
_INTEREST_AT_WORDS = WordScan(_INTEREST)  # the same matches, sought only where they can start
_NEGATED = re.compile(r"\b(?:not|no\s+longer|n't)\s+(?:\w+\s+)?$", re.IGNORECASE)
_SLOT_INTEREST = re.compile(r"\b(?:interest|enthusiasm|why\s+you|excite)", re.IGNORECASE)


def restates_interest(note: Note) -> bool:
    """Whether the note says, anywhere, that the candidate wants the role or the company."""
    text = note.body.replace("’", "'")
    for m in _INTEREST_AT_WORDS.finditer(text, note.word_starts):
        if not _NEGATED.search(text[max(0, m.start() - 20) : m.start()]):
            return True
    return any(_SLOT_INTEREST.search(label) for _, label in placeholder_labels(note))


@rule(
    "missing-interest",
    severity=Severity.WARNING,
    kinds=("thank-you", "follow-up", "rejection-reply"),
    invite=False,
    fires=[
        Example(
            "Dear Ms. Archer,\n\nThank you for meeting with me today. Your walk-through of the "
            "interest rate risk model was very clear.\n\nFor three years I have run the monthly "
            "liquidity stress tests at a $4 billion bank.\n\nI look forward to hearing about the "
            "next stage.\n\nBest regards,\nElliot",
            note="'interest rate' is finance; nothing says the candidate wants the job.",
        ),
        Example(
            "Dear Alison,\n\nThank you for letting me know, and for the feedback on my test "
            "suite.\n\nBest of luck with the rest of your hiring.\n\nBest regards,\nTomasz",
            kind="rejection-reply",
            note="A reply to a rejection should keep the door open: future roles, staying in touch.",
        ),
    ],
    passes=[
        Example(
            "Dear Dana,\n\nThank you for the conversation. I would love to join your team, and "
            "I look forward to hearing from you.\n\nBest regards,\nRahul",
        ),
        Example(
            "Dear Marcus,\n\nThank you for letting me know. If a similar opening comes up, I "
            "would welcome the chance to be considered, and I hope we stay in touch.\n\n"
            "Kind regards,\nHannah",
            kind="rejection-reply",
        ),
    ],
)
def missing_interest(note: Note) -> Iterator[Hit]:
    """Flag a note that never restates the candidate's interest in the role or the company.

    ## What it flags
    A thank-you note or follow-up that never says the candidate still wants the job ("I am
    very interested in the role", "I would love to join your team", "I'm excited about
    Acme"), and a reply to a rejection that shows no interest in future roles or in staying
    in touch.

    ## Why it matters
    Interviewers weigh enthusiasm. A note that thanks and describes but never says "I want
    this" leaves them guessing; one clear sentence of interest removes the doubt.

    ## Known limits
    Interest put in an unusual way ("count me in") may be missed, and enthusiasm for
    something else in the note may be taken for interest in the role.
    """
    if restates_interest(note):
        return
    if note.kind == "rejection-reply":
        yield Hit(
            None,
            "The reply shows no interest in future roles or in staying in touch",
            suggestion="If a similar role opens up, I would welcome the chance to be considered.",
        )
        return
    ctx = note.context
    if ctx.role:
        suggestion = f"I am very interested in the {ctx.role} role."
    elif ctx.company:
        suggestion = f"I am very interested in joining {ctx.company}."
    else:
        suggestion = "I am very interested in the role and would love to join your team."
    yield Hit(None, "The note never says you are still interested in the role", suggestion)
