"""The `self-focused` rule: the note is about what the candidate gets, not what they bring."""

from __future__ import annotations

import re
from collections.abc import Iterator

from afterword.language.spans import Span
from afterword.language.text import Note
from afterword.language.wordscan import WordScan
from afterword.review.findings import Hit, Severity
from afterword.review.registry import Example, rule

_A = "['’]"
# What a candidate might want out of the job. Bare "pay" is a noun here only after an
# article or "the" ("the pay", "the pay and overtime rate"); "payroll", "pay attention",
# "without pay" and "paid" never match.
_PERKS = re.compile(
    r"\b(?:salary|salaries|compensation|pay\s+(?:rate|range|band|scale|grade|raise|increase)"
    r"|(?:the|your|a|what)\s+pay\b(?!\s+(?:for|off|attention|back|out|down|in|it|them))"
    r"|hourly\s+rate|overtime\s+(?:rate|pay)|(?:a|the|pay)\s+raise\b|bonus(?:es)?|commissions?"
    r"|vacation(?!\s+(?:rental|home|property|club|planning|destination|package|booking|travel))"
    r"|paid\s+time\s+off|PTO(?!\s+(?:request|tracking|accrual|balance))|holiday\s+allowance|annual\s+leave|perks?"
    r"|benefits?\s+package|benefits?(?=\s+and\s+(?:perks|pay|salary|vacation|bonus))"
    r"|(?<=the\s)benefits\b(?!\s+of\b)|stock\s+options|equity\s+(?:grant|stake|package)"
    r"|401\(?k\)?|health\s+insurance|gym\s+(?:stipend|membership)|remote\s+(?:fridays|days)"
    r"|signing\s+bonus|relocation\s+(?:package|bonus)|parental\s+leave)",
    re.IGNORECASE,
)
# To tell at once the many notes that name no perk at all (see `language/wordscan.py`).
_PERKS_AT_WORDS = WordScan(_PERKS)
# What makes a sentence about those things a want rather than a fact about the job.
_WANT = re.compile(
    r"\b(?:I\s+(?:would|['’]d)\s+(?:also\s+)?(?:like|love|want)\s+to\s+(?:know|ask|learn|hear"
    r"|discuss|talk)|(?:could|can|would)\s+you\s+(?:tell|let|share|send|confirm)|curious\s+(?:about|to\s+know|what|how)|I\s+(?:was|am)"
    r"\s+wondering|I\s+wanted\s+to\s+ask|may\s+I\s+ask|excites?\s+me|excited\s+(?:about|by)"
    r"\s+the|(?:most\s+)?interested\s+in\s+the|attract(?:s|ed)?\s+me|appeals?\s+to\s+me"
    r"|what\s+I\s*(?:am|['’]m)\s+looking\s+for|matters?\s+(?:most\s+)?to\s+me"
    r"|important\s+to\s+me|(?:mainly|mostly|primarily|largely|chiefly|only|just)\s+because"
    r"|(?:main|only)\s+reason|because\s+(?:of\s+)?the\s+(?:pay|salary|benefits|perks"
    r"|vacation|compensation)"
    r"|better\s+than\s+(?:what\s+)?I|than\s+I\s+(?:earn|make|get)|I\s+(?:expect|require|insist)"
    r"|I\s*(?:am|['’]m)\s+expecting|negotia\w*|deal[-\s]?breaker|non[-\s]?negotiable)",
    re.IGNORECASE,
)
# In a question, a perk that could be the team's own business ("How do you cover vacation
# shifts?") counts only when the question is about the candidate's offer.
_ALWAYS_PAY = re.compile(
    r"salar|compensation|pay\s+(?:rate|range|band|scale)|bonus|commission|PTO|perk|stock"
    r"|package|401|insurance|stipend|raise",
    re.IGNORECASE,
)
_ABOUT_ME = re.compile(
    r"\b(?:I|me|my|mine|this\s+(?:role|position|job)|the\s+(?:role|position|job|offer))\b",
    re.IGNORECASE,
)
# A perk that is not the candidate's: someone else's ("employees' benefits", "their pay"),
# the candidate's need ("my unemployment benefits"), or the work itself ("benefits of").
_NOT_WANT = re.compile(
    r"(?:unemployment|employees['’]?|their|patients['’]?|clients['’]?|members['’]?"
    r"|workers['’]?|customers['’]?)\s+$",
    re.IGNORECASE,
)


@rule(
    "self-focused",
    severity=Severity.WARNING,
    fires=[
        Example(
            "Dear Ms. Lind,\n\nThank you for the interview. What would the salary and "
            "commission be?\n\nBest regards,\nOliver"
        ),
        Example(
            "Dear Mr. Maguire,\n\nThank you for the tour. I would be glad to join, mainly "
            "because the pay and the overtime rate are better than what I earn now."
            "\n\nSincerely,\nRoy"
        ),
    ],
    passes=[
        Example(
            "Dear Ms. Achterberg,\n\nThank you for our talk about the Payroll Specialist "
            "role. I ran payroll for 450 employees.\n\nKind regards,\nNadia",
            context={"role": "Payroll Specialist"},
        ),
        Example(
            "Dear Ms. Whitfield,\n\nThank you for meeting me about the Benefits Coordinator "
            "position. Helping employees understand their benefits is work I love."
            "\n\nSincerely,\nTamika",
            context={"role": "Benefits Coordinator"},
        ),
    ],
)
def self_focused(note: Note) -> Iterator[Hit]:
    """Flag a note that dwells on what you would get: salary, pay, benefits, vacation, perks.

    ## What it flags
    A sentence that asks about or dwells on pay, salary, bonus, commission, benefits,
    vacation or perks as the thing you want ("What would the salary be?", "the four weeks
    of vacation are exactly what I am looking for").

    ## Why it matters
    A thank-you note is your chance to show what you would bring. Pay and benefits are
    worth discussing, but at the offer stage; raised here, they make the note about you.

    ## Known limits
    Words that are the job or the topic itself pass: a Payroll Specialist's "payroll", a
    Benefits Coordinator's "benefits", anything named in the role, topics or concerns.
    "Without pay" and "unemployment benefits" are need, not a perk (see `desperate`).
    """
    if not _PERKS_AT_WORDS.may_match(note):
        return
    topical = _topical(note)
    for sentence in note.sentences:
        perks = [m for m in _PERKS.finditer(sentence.text) if not _excluded(m, sentence, topical)]
        if not perks or not _wants(sentence.text, perks):
            continue
        first = perks[0]
        start, end = sentence.start + first.start(), sentence.start + first.end()
        if note.in_placeholder(start, end):
            continue
        yield Hit(
            (start, end),
            f"Asking about '{first.group()}' makes the note about what you would get",
            suggestion="Keep pay and benefits for the offer stage; use the note to show "
            "what you would bring.",
        )


def _wants(text: str, perks: list[re.Match[str]]) -> bool:
    if _WANT.search(text):
        return True
    if "?" not in text:
        return False
    return any(_ALWAYS_PAY.search(p.group()) for p in perks) or bool(_ABOUT_ME.search(text))


def _excluded(match: re.Match[str], sentence: Span, topical: frozenset[str]) -> bool:
    text = match.group().lower()
    if any(word in topical for word in re.findall(r"[a-z]+", text)):
        return True
    return bool(_NOT_WANT.search(sentence.text[: match.start()]))


def _topical(note: Note) -> frozenset[str]:
    """Words of the role, topics and concerns: there "benefits" or "pay" is the work."""
    c = note.context
    parts = [c.role or "", *c.topics, *c.concerns]
    words = {w.lower() for part in parts for w in re.findall(r"[A-Za-z]+", part)}
    # "Payroll Specialist" makes "pay" topical too; "Compensation Analyst" makes "salary".
    if any(w.startswith("pay") for w in words):
        words.add("pay")
    if "compensation" in words or "benefits" in words:
        words.update({"salary", "salaries", "pay", "benefits", "benefit", "compensation"})
    return frozenset(words)
