"""The `missing-closing` rule: the note ends without looking ahead."""

from __future__ import annotations

import re
from collections.abc import Iterator

from afterword.language.text import Note
from afterword.language.wordscan import WordScan
from afterword.review.findings import Hit, Severity
from afterword.review.registry import Example, rule
from afterword.review.rules.content._keywords import placeholder_labels

# A forward-looking close: next steps, hearing back, further discussion, an offer to help.
_CLOSING = re.compile(
    r"\blook(?:s|ing)?\s+forward\b|\bawait(?:ing)?\s+your\b"
    r"|\bhear(?:ing)?\s+(?:back\s+)?(?:from\s+you|about\s+(?:the\s+)?next|how\s+things|your"
    r"|what\s+you|more\s+about\s+the\s+next)"
    r"|\bhear(?:ing)?\s+back\b"
    r"|\bnext\s+(?:steps?|stage|round|conversation|interview|meeting|chat|call|phase)\b"
    r"|\b(?:continu(?:e|ing)|resum(?:e|ing))\s+(?:our|the|this)\s+(?:conversation|discussion"
    r"|talk|chat|dialogue)\b"
    r"|\b(?:talk|speak|chat|meet|catch\s+up|connect)(?:ing)?\s+(?:again|further|more|soon"
    r"|(?:some\s*time|sometime)|in\s+the\s+(?:future|coming)|next)\b"
    r"|\b(?:talk|speak)\s+soon\b|\bfurther\s+(?:discussion|conversation)s?\b"
    r"|\bdiscuss(?:ing)?\s+(?:this\s+|it\s+|the\s+role\s+)?(?:further|more|in\s+more\s+detail)\b"
    r"|\b(?:chance|opportunity)\s+to\s+(?:talk|speak|discuss|meet|continue|connect|show"
    r"|demonstrate|learn\s+more|be\s+considered)\b"
    r"|\b(?:stay|keep|remain)(?:ing)?\s+(?:in\s+touch|connected|in\s+contact)\b"
    r"|\bkeep\s+(?:you|me)\s+(?:posted|updated|informed|in\s+mind|in\s+the\s+loop)\b"
    r"|\bI\s*(?:will|'ll)\s+(?:send|share|follow\s+up|let\s+you\s+know|keep\s+you|be\s+in\s+touch"
    r"|reach\s+out|bring|see\s+you|check\s+in)\b"
    r"|\b(?:hope|hoping)\s+to\s+(?:see|meet|talk|speak|hear|connect|work|continue|join|learn)\b"
    r"|\bhope\s+(?:we|our\s+paths)\s+(?:can\s+|will\s+|get\s+to\s+)?(?:stay|keep|talk|speak"
    r"|meet|cross|work|connect|continue)\b"
    r"|\b(?:please\s+|do\s+)?let\s+me\s+know\s+(?:if|whether|when|what|how|should|about\s+any)\b"
    r"|\bplease\s+(?:feel\s+free|don't\s+hesitate|do\s+not\s+hesitate|reach\s+out|contact|call"
    r"|email|let\s+me\s+know|keep\s+me)\b|\bfeel\s+free\s+to\b"
    r"|\b(?:don't|do\s+not)\s+hesitate\b"
    r"|\b(?:happy|glad|pleased|willing|ready)\s+to\s+(?:provide|share|send|answer|discuss"
    r"|talk|speak|chat|meet|connect|come\s+(?:back|in)|walk\s+you|clarify|help\s+(?:with\s+any|if)"
    r"|supply|follow\s+up|hear)\b"
    r"|\bwould\s+welcome\s+(?:the|a|an|any)\s+(?:chance|opportunity|next|further|follow|call"
    r"|conversation|chat|update)\b"
    r"|\bif\s+(?:you\s+(?:need|have|would\s+like|want)|there\s+is\s+anything|there's\s+anything"
    r"|I\s+can\s+(?:help|provide|answer|send))\b"
    r"|\b(?:any|your)\s+(?:further\s+)?questions\b"
    r"|\bsee\s+you\s+(?:at|on|soon|then|next)\b|\buntil\s+(?:then|next\s+time)\b"
    r"|\bavailable\s+(?:for|to)\s+(?:a|an|any|further|another|follow|talk|speak|meet|chat"
    r"|answer|discuss)|\bat\s+your\s+(?:earliest\s+)?convenience\b"
    r"|\bin\s+the\s+meantime\b|\bconsider(?:ed)?\s+(?:me\s+)?for\s+(?:future|other|upcoming|similar)\b",
    re.IGNORECASE,
)
_CLOSING_AT_WORDS = WordScan(_CLOSING)  # the same matches, sought only where they can start
_SLOT_CLOSING = re.compile(r"\b(?:clos|next\s+step|call\s+to\s+action)", re.IGNORECASE)


def has_closing(note: Note) -> bool:
    """Whether the note looks ahead: next steps, hearing back, talking again, an offer to help."""
    text = note.body.replace("’", "'")
    if _CLOSING_AT_WORDS.search(text, note.word_starts):
        return True
    return any(_SLOT_CLOSING.search(label) for _, label in placeholder_labels(note))


@rule(
    "missing-closing",
    severity=Severity.INFO,
    kinds=("thank-you", "follow-up", "rejection-reply", "networking"),
    invite=False,
    fires=[
        Example(
            "Dear Pamela,\n\nThank you for the interview this morning. I built a similar "
            "error-tracking report at my last company, and I would be glad to join your team."
            "\n\nBest regards,\nVictor",
            note="It ends on interest: nothing about next steps or hearing back.",
        ),
        Example(
            "Dear Susan,\n\nThank you for your talk on the adaptive reuse of mill buildings. "
            "Your firm's work is exactly what I hope to do.\n\nWarm regards,\nOlamide",
            kind="networking",
        ),
    ],
    passes=[
        Example(
            "Dear Ms. Bennett,\n\nThank you for the interview. I hold a Grade III license.\n\n"
            "I look forward to hearing from you.\n\nSincerely,\nKenji",
        ),
        Example(
            "Dear Ms. Adebayo,\n\nThank you for the tasting. I ran the garde manger station for "
            "three years.\n\nI hope we can continue the conversation soon.\n\nKind regards,\n"
            "Mathieu",
        ),
    ],
)
def missing_closing(note: Note) -> Iterator[Hit]:
    """Flag a note with no forward-looking close.

    ## What it flags
    A note that never looks ahead: no "I look forward to hearing from you", "I hope we can
    talk again", "please let me know if I can provide anything else", "I hope we stay in
    touch".

    ## Why it matters
    A close that looks ahead gives the reader a next step and ends the note warmly; without
    one, the note just stops.

    ## Known limits
    The close may stand anywhere in the note; an unusual wording may be missed.
    """
    if has_closing(note):
        return
    yield Hit(
        None,
        "The note ends without looking ahead to next steps or hearing back",
        suggestion="I look forward to hearing about next steps.",
    )
