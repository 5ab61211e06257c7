"""The `apologetic` rule: needless apology or hedging ("sorry to bother you", "I just wanted to")."""

from __future__ import annotations

from collections.abc import Iterator

from afterword.language.text import Note
from afterword.review.findings import Hit, Severity
from afterword.review.matchers import PhraseMatcher
from afterword.review.registry import Example, rule

_A = "['’]"
_BOTHER = r"(?:bother(?:ing)?|troubl(?:e|ing)|pester(?:ing)?|disturb(?:ing)?|intrud(?:e|ing)|interrupt(?:ing)?)"

_HEDGES = PhraseMatcher(
    (
        "I just wanted to",
        "I just want to",
        "I just thought I'd",
        "I just thought I would",
        "I just wanted to say",
        "pardon the intrusion",
        "sorry for the intrusion",
        "sorry for the interruption",
        "sorry for the inconvenience",
        "sorry for any inconvenience",
        "apologize for the intrusion",
        "apologise for the intrusion",
        "apologize for any inconvenience",
        "apologise for any inconvenience",
        "forgive the intrusion",
        "forgive me for writing",
        "forgive me for following up",
        "if it's not too much trouble",
        "if it isn't too much trouble",
        "I know how busy you are",
        "I hope this isn't a bother",
        "I hope this is not a bother",
        "I might be overstepping",
        "I hope I'm not overstepping",
    ),
    patterns=[
        # "sorry to bother you", "so sorry to keep bothering you", "sorry for troubling you"
        rf"(?:so\s+|very\s+|really\s+)?sorry\s+(?:to|for)\s+(?:keep\s+)?{_BOTHER}",
        rf"(?:(?:I\s+)?apologi[sz]e|apologies|(?:I{_A}m\s+|I\s+am\s+)?(?:so\s+|very\s+)?sorry)\s+for\s+"
        rf"(?:{_BOTHER}|taking\s+up\s+(?:more\s+of\s+)?your\s+time|following\s+up|the\s+follow-up"
        r"|reaching\s+out|writing\s+again|contacting\s+you\s+again|the\s+bother|my\s+persistence"
        r"|the\s+long\s+(?:email|e-mail|note|message)|the\s+length|another\s+(?:email|e-mail|note"
        r"|message)|the\s+extra\s+(?:email|e-mail|note|message))",
        r"sorry\s+to\s+(?:take\s+up|trouble)\b",
        r"sorry\s+if\s+(?:this|I|my)\b",
        rf"I\s+hope\s+I{_A}?m\s+not\s+being\s+(?:a\s+)?(?:nuisance|pest|bother|pushy|too\s+forward)",
        rf"I\s+(?:don{_A}t|do\s+not)\s+want\s+to\s+be\s+a\s+(?:nuisance|pest|bother)",
        rf"I\s+(?:hate|don{_A}t\s+want|do\s+not\s+want|don{_A}t\s+mean|do\s+not\s+mean)\s+to\s+{_BOTHER}",
        rf"I\s+hope\s+I{_A}?m\s+not\s+{_BOTHER}",
        rf"I\s+hope\s+I\s+am\s+not\s+{_BOTHER}",
        # "I know you're busy, but", "I realize you are very busy but"
        rf"I\s+(?:know|realize|realise|understand|am\s+sure|{_A}m\s+sure)\s+(?:that\s+)?you"
        rf"(?:{_A}re|\s+are)\s+(?:very\s+|so\s+|really\s+|extremely\s+|incredibly\s+)?busy,?\s+but",
        rf"I\s+hope\s+you\s+don{_A}t\s+mind\s+(?:me|my)\s+(?:asking|following|reaching|writing"
        r"|checking|contacting)",
        rf"excuse\s+me\s+for\s+(?:{_BOTHER}|writing|following\s+up|reaching\s+out)",
    ],
)


@rule(
    "apologetic",
    severity=Severity.INFO,
    fires=[
        Example(
            "Dear Ms. Langley,\n\nI just wanted to thank you for the interview this morning."
            "\n\nSincerely,\nRosa"
        ),
        Example(
            "Dear Ms. Winslow,\n\nI know you're busy, but I hoped to check in about the role."
            "\n\nKind regards,\nNoelle"
        ),
        Example(
            "Dear Ms. Okeke,\n\nSorry to bother you again. Thank you for the interview."
            "\n\nSincerely,\nMarcus"
        ),
    ],
    passes=[
        Example(
            "Dear Marcus,\n\nThank you for letting me know. I was sorry to learn the role went "
            "to another candidate.\n\nKind regards,\nHannah"
        ),
        Example(
            "Dear Dr. Park,\n\nThe scanner handled just as you said it would, and I have just "
            "finished the course.\n\nWarm regards,\nAna"
        ),
    ],
)
def apologetic(note: Note) -> Iterator[Hit]:
    """Flag needless apologies and hedges: "sorry to bother you", "I just wanted to".

    ## What it flags
    Apologising for writing at all ("sorry to bother you", "I apologize for following
    up", "I hate to bother you") and hedges that shrink your message ("I just wanted to",
    "I know you're busy, but").

    ## Why it matters
    A thank-you or a polite follow-up is normal, welcome business. Apologising for it
    suggests you are imposing, and hedges weaken what comes after them; start with the
    point instead ("Thank you for ...", "I am writing to follow up on ...").

    ## Known limits
    Regret about news ("I was sorry to learn ...") is not an apology and passes, and so
    does "just" in other senses ("just as you said"). Hedges worded otherwise get
    through.
    """
    for match in _HEDGES.in_note(note):
        yield Hit(
            match.span(),
            f"'{match.group()}' apologises or hedges where no apology is needed",
            suggestion="Start with your point: thanking someone or following up is welcome.",
        )
