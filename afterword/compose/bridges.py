"""Which of a reader's topics a qualification speaks to, and the sentence that ties them.

A qualification fits a reader when it shares a content word with what they discussed: the
same lemma ("schedules" and "scheduled", "nursing" and "nurse", from lemminflect's tables)
or the same first five letters ("supervise" and "supervisor"); function words ("within",
"every", "about") never make a fit. A fitting qualification is said with a bridge that names
the topic ("Since we talked about your plan for a shift huddle, it may help to know that I
..."), in a wording no other note of the panel used; never a stock tail after the claim.
"""

from __future__ import annotations

import re

from afterword.language import phrases as gr
from afterword.language.inflections import lemmas

# Words that say nothing of a topic or a claim, though long enough to look like content.
_EMPTY = frozenset(
    "about above after again against along also among around because been before being "
    "below between both could does doing down during each every from have having here into "
    "just last least less made many more most much must next once only other over same "
    "should since some such than that their them then there these they this those through "
    "under until very were what when where which while will with within without would your "
    "years year bring brought spent experience plan goal question team role work".split())


def roots(text: str) -> set[str]:
    """A text's content words, each as its lemmas and its first five letters."""
    out: set[str] = set()
    for word in re.findall(r"[A-Za-z]{4,}", text):
        w = word.lower()
        if w in _EMPTY or w in gr.PREPOSITIONS or w in gr.DETERMINERS:
            continue
        found = lemmas(w)
        if found and set(found) <= {"ADV", "ADP", "DET", "PRON", "AUX", "CCONJ", "SCONJ"}:
            continue
        out.add(w[:5])
        out.update(lemma for forms in found.values() for lemma in forms if len(lemma) >= 4)
    return out


def shared(topic: str, clause: str) -> int:
    """How many content words a topic and a qualification share."""
    return len(roots(topic) & roots(clause))


def topic_for(clause: str, topics: list[str]) -> str | None:
    """The topic of this note a qualification speaks to best (the first on a tie), or None;
    a topic too long to name again in a bridge, or one that is a question ("your question
    about ..."), is not bridged to."""
    best, most = None, 0
    for topic in topics:
        n = shared(topic, clause)
        if n > most and len(topic.split()) <= 8 and not re.match(r"(?i)your question\b", topic):
            best, most = topic, n
    return best


# Each names the topic, so the sentence stands wherever the note places it.
_LEADS = (
    "Since we talked about {t}, it may help to know that ",
    "Given our conversation about {t}, I should mention that ",
    "Our conversation about {t} brought my own work to mind: ",
)
# A topic the note's thanks already named comes back by its head only ("your goal").
_BACK = (
    "With {h} in mind, I should add that ",
    "On {h}, it may help to know that ",
)
# A bridge and its claim in one sentence stay readable up to this many words.
_LONGEST = 34


def head(topic: str) -> str:
    """A topic named again, by its head: "your goal of a 5-day close by Q3" -> "your goal";
    "the incident process" stays whole."""
    words = topic.split()
    for n, word in enumerate(words[1:], start=1):
        if word.lower() in gr.PREPOSITIONS or word.lower() in {"that", "which", "who", "and"}:
            return " ".join(words[:n])
    return topic


def bridged(topic: str, sentence: str, index: int, *, named: bool = False) -> str | None:
    """A qualification's sentence ("I hold a Class B CDL.") tied to the topic it speaks to,
    in the `index`th wording (`named`: the note's thanks named the topic already, so it
    comes back by its head); None when the sentence does not open on "I" or would run on."""
    if not sentence.startswith("I "):
        return None
    back = _BACK[index % len(_BACK)]
    if named and head(topic).split()[0].lower().endswith("ing"):
        back = _BACK[1]  # "With keeping ... in mind" is no English; "On keeping ..." is
    said = (back.format(h=head(topic)) if named else
            _LEADS[index % len(_LEADS)].format(t=topic)) + sentence
    return said if len(said.split()) <= _LONGEST else None
