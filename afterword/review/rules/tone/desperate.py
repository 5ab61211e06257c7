"""The `desperate` rule: pleading or need ("I really need this job", "my last hope")."""

from __future__ import annotations

from collections.abc import Iterator

from afterword.language.text import Note
from afterword.review.findings import Hit, Severity
from afterword.review.matchers import PhraseMatcher
from afterword.review.registry import Example, rule

_A = "['’]"
_I_WILL = rf"I(?:{_A}ll|{_A}d|\s+will|\s+would|\s+am\s+willing\s+to|{_A}m\s+willing\s+to)"
_JOB = r"(?:job|position|role|opportunity|offer|work|chance)"

_PLEADING = PhraseMatcher(
    (
        "I'm begging you",
        "I am begging you",
        "I beg you",
        "I'm begging",
        "I am begging",
        "please hire me",
        "please, hire me",
        "I'm desperate",
        "I am desperate",
        "I'm so desperate",
        "I have no other options",
        "I have nowhere else to turn",
        "I'll take any job",
        "I will take any job",
        "any job at all",
    ),
    patterns=[
        # "this job is my last hope", "you are my only chance" (not "my last chance to see")
        r"(?:is|was|are|be|feels\s+like|as)\s+my\s+(?:last|only|final)\s+(?:hope|chance)",
        # "I really need this job", "I desperately need this position"
        rf"I\s+(?:really\s+|truly\s+|desperately\s+|badly\s+|just\s+|so\s+)?need\s+(?:this|the|a)\s+"
        rf"(?:{_JOB}|income|money|paycheck|paycheque)",
        r"I\s+(?:really|truly|desperately|badly)\s+need\s+(?:this|it)(?=\s*[.!,;]|\s+so\b)",
        # "I'll take any position", "I would accept any salary"
        rf"(?:{_I_WILL}|I\s+can)\s+(?:take|accept)\s+any\s+(?:job|position|role|salary|pay|offer|work"
        r"|shift|hours)",
        rf"(?:I\s+)?can{_A}?t\s+afford\s+to\s+(?:lose|miss)\s+(?:this|the)\s+{_JOB}",
        r"forever\s+grateful\s+if\s+you",
        # "I'll do anything", "I will do ANYTHING to get this chance" (not "anything else")
        rf"{_I_WILL}\s+do\s+(?:absolutely\s+|just\s+)?anything(?=\s*(?:[.,;:!]|$|to\s+"
        r"(?:get|land|join|work|be|have|prove|earn|secure|make)\b|for\s+(?:this|the|a|you)\b))",
        # "please give me a chance", "just give me a shot to prove myself"
        r"please\s+(?:just\s+)?give\s+me\s+(?:a|one|this|another)\s+(?:chance|shot|try)",
        r"(?:(?<![^\n])|(?<=[.!?]\s))(?:just\s+)?give\s+me\s+(?:a|one)\s+(?:chance|shot)",
        # "desperately hope", "desperate for this job"
        rf"desperate(?:ly)?\s+(?:need|want|hope|hoping|for\s+(?:a|this|the|any)\s+{_JOB})",
        # "I'll work for free", "I would work without pay"
        rf"{_I_WILL}\s+(?:even\s+)?(?:work|start|do\s+it)\s+(?:for\s+free|without\s+pay|unpaid)",
    ],
)


@rule(
    "desperate",
    severity=Severity.WARNING,
    fires=[
        Example(
            "Dear Mr. Jensen,\n\nThank you for the interview. Honestly, I really need this "
            "job.\n\nBest regards,\nYolanda"
        ),
        Example(
            "Dear Mrs. Aguilar,\n\nThank you for meeting with me. After months of searching, "
            "this job is my last hope.\n\nSincerely,\nPatience"
        ),
    ],
    passes=[
        Example(
            "Dear Ms. Hartley,\n\nThank you again. Please tell me if there is anything else "
            "you need from me.\n\nSincerely,\nRebecca"
        ),
        Example(
            "Dear Rachel,\n\nThank you for the advice. I would welcome the chance to keep "
            "you updated.\n\nBest regards,\nKwame"
        ),
    ],
)
def desperate(note: Note) -> Iterator[Hit]:
    """Flag pleading or need: "I really need this job", "I'll do anything", "my last hope".

    ## What it flags
    Words that put your need at the centre: "I really need this job", "I'll do anything",
    "please give me a chance", "my last hope", "I'm begging you", "I'll work for free".

    ## Why it matters
    Employers hire for what you bring, not for how much you need the job. Pleading
    weakens your position and can make the reader uncomfortable; confidence and a clear
    reminder of your strengths work better.

    ## Known limits
    Works from a list of phrasings; need expressed in other words gets through. Offers of
    help ("anything else you need from me") and hopes ("I would welcome the chance") are
    not pleading.
    """
    for match in _PLEADING.in_note(note):
        yield Hit(
            match.span(),
            f"'{match.group()}' sounds like pleading; it puts your need ahead of what you offer",
            suggestion="Say why you are a strong fit instead, e.g. 'I am confident I can "
            "help your team with ...'.",
        )
