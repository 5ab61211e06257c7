"""The `self-focused` rule: the note is about what the candidate gets, not what they bring."""

from __future__ import annotations

import re
from collections.abc import Iterator

from afterword.language.patterns import lazy_compile
from afterword.language.text import Note, Span
from afterword.review.findings import Hit, Severity
from afterword.review.moves import analyse
from afterword.review.registry import Example, rule

# In a question, a perk that could be the team's own business ("How do you cover vacation
# shifts?") counts only when the question is about the candidate's offer.
_ALWAYS_PAY = lazy_compile(
    r"salar|compensation|pay\s+(?:rate|range|band|scale)|bonus|commission|PTO|perk|stock"
    r"|package|401|insurance|stipend|raise|reimburs|commut|remote|parking|allowance|fare"
    r"|mileage|golden|hybrid",
    re.IGNORECASE,
)
# A yes-no question ("Are uniforms and meals provided free?") about a perk asks for it. Read
# here, on the sentences that hold a perk, rather than as a want phrase that every "is" and
# "do" of every note would try.
_YES_NO = lazy_compile(r"\s*(?:are|is|will|would|do|does|did|can|could|shall)\b", re.IGNORECASE)
_ABOUT_ME = lazy_compile(
    r"\b(?:I|me|my|mine|this\s+(?:role|position|job)|the\s+(?:role|position|job|offer))\b",
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
        Example(
            "Dear Gwen,\n\nThank you for showing me the depot. What's the starting wage, and "
            "is there a signing bonus?\n\nCheers,\nMatt"
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
    vacation, remote days, commuting costs, parking, a signing bonus, a staff discount, time
    in lieu, a promotion or other perks as the thing you want ("What would the salary be?",
    "What's the starting wage?", "Is there a four-day week option?", "the four weeks of
    vacation are exactly what I am looking for").

    ## Why it matters
    A thank-you note is your chance to show what you would bring. Pay and benefits are
    worth discussing, but at the offer stage; raised here, they make the note about you.

    ## Known limits
    Words that are the job or the topic itself pass: a Payroll Specialist's "payroll", a
    Benefits Coordinator's "benefits", anything named in the role, the company's name
    ("Meridian Life Insurance"), topics or concerns.
    "Without pay" and "unemployment benefits" are need, not a perk (see `desperate`); your
    own record with such things ("I processed reimbursement claims", "commissioning the new
    plant") is what you bring.
    """
    analysis = analyse(note)
    perks = analysis.spans("perk")  # the "perk" lexicon, self_focused.txt
    if not perks:
        return
    topical = _topical(note)
    for sentence in note.sentences:
        mine = [
            p for p in perks
            if sentence.start <= p.start < sentence.end and not _topical_perk(p, topical)
        ]
        if not mine or not _wants(analysis.in_sentence("perk-want", sentence), sentence, mine):
            continue
        first = mine[0]
        yield Hit(
            (first.start, first.end),
            f"Asking about '{first.text}' makes the note about what you would get",
            suggestion="Keep pay and benefits for the offer stage; use the note to show "
            "what you would bring.",
        )


def _wants(want: list[Span], sentence: Span, perks: list[Span]) -> bool:
    """A want in the sentence (self_focused.want.txt), or a question about pay or the offer."""
    if want:
        return True
    if "?" not in sentence.text:
        return False
    if _YES_NO.match(sentence.text.rsplit("\n", 1)[-1]):
        return True
    return any(_ALWAYS_PAY.search(p.text) for p in perks) or bool(_ABOUT_ME.search(sentence.text))


def _topical_perk(perk: Span, topical: frozenset[str]) -> bool:
    return any(word in topical for word in re.findall(r"[a-z]+", perk.text.lower()))


def _topical(note: Note) -> frozenset[str]:
    """Words of the role, the company's name, topics and concerns: there "benefits" or "pay"
    is the work."""
    c = note.context
    # The company's own name too: "Meridian Life Insurance" is no perk asked for.
    parts = [c.role or "", c.company or "", *c.topics, *c.concerns]
    words = {w.lower() for part in parts for w in re.findall(r"[A-Za-z]+", part)}
    # "Payroll Specialist" makes "pay" topical too; "Compensation Analyst" makes "salary".
    if any(w.startswith("pay") for w in words):
        words.add("pay")
    if "compensation" in words or "benefits" in words:
        words.update({"salary", "salaries", "pay", "benefits", "benefit", "compensation"})
    return frozenset(words)
