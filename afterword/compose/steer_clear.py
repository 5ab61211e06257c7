"""What the candidate's notes say to stay out of, so that no note raises it.

A note in the record such as "they clearly disagree on automation, stay out of it" or
"DONT mention the reorg" names a subject, not a sentence: every topic that shares its
content words ("why he thinks automation can wait") stays out of every note. The signals
are data (`lexicons/steer_clear.tsv`); the subject is the rest of the line, less the
people's names, the company's and the role's words and common words.
"""

from __future__ import annotations

import re
from functools import cache

from afterword.compose.facts import Facts
from afterword.language.lexicon import words

# Words too common to name a subject ("clearly", "agree"): a subject word has four letters
# or more and is not one of these.
_COMMON = frozenset(
    "also been both come dont does done even ever from gets have here into just know like "
    "make many more most much only over said same says seem some such sure take than that "
    "them then they this told very want well went were what when will with your "
    "about again agree agreed along always another around because being between clearly "
    "could didnt doesnt dont either every going great maybe might never other really "
    "should since still their there these thing things think those though today topic "
    "under until which while whole would wouldnt yeah interview interviewed interviews "
    "interviewer interviewers mention last next week weeks month months year years back "
    "hard time place totally".split())


@cache
def _signal() -> re.Pattern[str]:
    phrases = sorted(words("steer_clear"), key=lambda w: (-len(w), w))
    alternatives = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in phrases)
    return re.compile(rf"(?i)(?<![\w'])(?:{alternatives})(?![\w'])")


def _stem(word: str) -> str:
    return word.casefold()[:6]


def subjects(facts: Facts) -> list[set[str]]:
    """The subjects the notes say to stay out of, each as a set of word stems."""
    if not facts.notes:
        return []
    skip = {_stem(w) for w in re.findall(r"[^\W\d_]+", " ".join(
        [facts.company, facts.role, *(p.name for p in facts.people)]))}
    out = []
    for line in re.split(r"[\n.;!?]+", facts.notes):
        m = _signal().search(line)
        if not m:
            continue
        rest = line[:m.start()] + " " + line[m.end():]
        stems = {_stem(w) for w in _subject_words(rest)} - skip
        if stems:
            out.append(stems)
    return out


def _subject_words(text: str) -> list[str]:
    """The words that may name a subject: four letters or more and not common, or an
    acronym ("MES"); a hyphenated name is its parts ("marie-ève" is "marie", "ève")."""
    out = []
    for word in re.findall(r"[^\W\d_][\w']*", text):
        if word.isupper() and len(word) >= 3 or len(word) > 3 and word.casefold() not in _COMMON:
            out.append(word)
    return out


def avoided(topic: str, facts: Facts) -> bool:
    """Whether a topic (as jotted) touches a subject the notes say to stay out of."""
    mine = {_stem(w) for w in _subject_words(topic)}
    return any(mine & subject for subject in subjects(facts))
