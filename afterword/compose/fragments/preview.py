"""What each free-text field becomes in the notes, and what is left out and why."""

from __future__ import annotations

from dataclasses import dataclass, field

from afterword.compose import claims
from afterword.compose.facts import Facts
from afterword.compose.fragments.phrased import Phrased
from afterword.compose.fragments.reading import Reading


@dataclass
class Preview:
    """What one free-text field becomes in the notes, and what is left out and why."""

    name: str  # the field: "topics", "Gail Sorensen: rapport"
    source: str
    becomes: str | None
    left_out: list[tuple[str, str]] = field(default_factory=list)
    ask: str | None = None


def preview(facts: Facts) -> list[Preview]:
    """For each free-text field of the record: the phrase it becomes, and what is left out."""
    reading = Reading(facts)
    out: list[Preview] = []

    def add(name: str, phrased: Phrased, frame: str = "{}") -> None:
        left = list(phrased.dropped)
        if not phrased.ok and phrased.reason:
            left.append((phrased.source.strip(), phrased.reason))
        out.append(Preview(name, phrased.source, frame.format(phrased.text) if phrased.ok
                           else None, left, phrased.ask))

    if facts.values:
        add("values", reading.values, "\u201c{}\u201d")
    def about(phrased: Phrased) -> str:
        # "your question about ..." is the object itself, never "our conversation about" it.
        return "{}" if (phrased.text or "").startswith("your question") else \
            "our conversation about {}"

    for topic in facts.topics:
        phrased = reading.topic(topic, to=None, own=False)
        add("topics", phrased, about(phrased))
    for q in facts.qualifications:
        phrased = reading.qualification(q)
        add("qualifications", phrased,
            "I {}." if claims.said_after_i(phrased.text or "") else "{}.")
    for c in facts.concerns:
        subject = reading.concern_subject(c)
        answer = reading.answer(c)
        if subject.ok and answer.ok:
            gap = reading.concern_gap(c, subject.text or "", answer.text or "")
            said = f"{gap}; {answer.text}" if gap and (answer.text or "").startswith("I ") \
                else f"{gap}. {answer.text}" if gap else f"On {subject.text}: {answer.text}"
            out.append(Preview("concerns", c.concern, said, list(answer.dropped)))
        else:
            bad = subject if not subject.ok else answer
            add("concerns", Phrased(c.concern, reason=bad.reason, ask=bad.ask,
                                    dropped=bad.dropped))
    for imp in facts.improvements:
        add("improve", reading.addition(imp))
        out[-1].left_out.insert(0, (imp.answer, "what you said in the interview stays private;"
                                                " only the addition is used"))
    for p in facts.people:
        for topic in p.topics:
            phrased = reading.topic(topic, to=p, own=True)
            add(f"{p.name}: topics", phrased, about(phrased))
        if p.rapport:
            add(f"{p.name}: rapport", reading.rapport(p))
    return out
