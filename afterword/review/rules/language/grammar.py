"""The `grammar` rule: known, unmistakable slips ("should of", "your welcome", "alot")."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import NamedTuple

from afterword.language.patterns import lazy_compile
from afterword.language.text import Note
from afterword.language.wordscan import WordScan
from afterword.review.findings import Hit, Severity
from afterword.review.registry import Example, rule

_A = "['’]"  # a straight or a curly apostrophe

# After "look forward to", "to" is a preposition: the verb takes -ing.
_GERUND = {
    "hear": "hearing",
    "meet": "meeting",
    "speak": "speaking",
    "talk": "talking",
    "see": "seeing",
    "connect": "connecting",
    "discuss": "discussing",
    "learn": "learning",
    "receive": "receiving",
    "join": "joining",
    "continue": "continuing",
    "chat": "chatting",
    "contribute": "contributing",
    "help": "helping",
    "start": "starting",
    "collaborate": "collaborating",
    "support": "supporting",
    "get": "getting",
    "be": "being",
    "have": "having",
    "catch": "catching",
    "reconnect": "reconnecting",
    "work": "working",
}
# After "taking the time to", "the chance to", "glad to": the plain verb, not a past form.
_BASE = {
    "interviewed": "interview",
    "met": "meet",
    "spoke": "speak",
    "spoken": "speak",
    "talked": "talk",
    "chatted": "chat",
    "discussed": "discuss",
    "explained": "explain",
    "showed": "show",
    "shown": "show",
    "answered": "answer",
    "walked": "walk",
    "shared": "share",
    "learned": "learn",
    "gave": "give",
    "given": "give",
    "took": "take",
    "came": "come",
    "went": "go",
    "saw": "see",
    "heard": "hear",
    "knew": "know",
    "wrote": "write",
    "considered": "consider",
    "reviewed": "review",
    "visited": "visit",
}
_GERUND_AFTER_FOR = {
    "interview": "interviewing",
    "meet": "meeting",
    "speak": "speaking",
    "talk": "talking",
    "show": "showing",
    "share": "sharing",
    "invite": "inviting",
    "take": "taking",
}
_COMPARATIVES = (
    "more|less|rather|better|other|greater|fewer|higher|lower|larger|smaller|faster|slower"
    "|stronger|bigger|worse|longer|shorter|earlier|easier|harder"
)
_WELCOME_VERBS = (
    "contact|reach|call|email|e-mail|share|ask|join|send|visit|use|get|let|come|stop|forward"
    "|follow|check|review|pass|keep|include|schedule|book|drop|ring|text|message|connect|add"
    "|bring|quote|reference|list|try|look|speak|talk|sit|attend|observe|shadow"
)


class Slip(NamedTuple):
    """One known slip: where it is, what to say, and how to fix the matched text."""

    pattern: re.Pattern[str]
    message: str  # {m}: the flagged text; {fix}: what to write instead
    fix: Callable[[re.Match[str]], str]
    group: int = 0  # the part of the match that is flagged and replaced
    # Lower-case words one of which the text must hold for the slip to be possible: a
    # cheap test that spares most notes the regex.
    keys: tuple[str, ...] = ()


def _keep_case(original: str, fixed: str) -> str:
    if original[:1].isupper():
        return fixed[:1].upper() + fixed[1:]
    return fixed


def _sub(group: int, repl: Callable[[str], str]) -> Callable[[re.Match[str]], str]:
    """A fix that rewrites one group of the match and keeps the rest as written."""

    def fix(m: re.Match[str]) -> str:
        s, e = m.start(group) - m.start(), m.end(group) - m.start()
        text = m.group()
        return text[:s] + repl(text[s:e]) + text[e:]

    return fix


def _c(pattern: str) -> re.Pattern[str]:
    return lazy_compile(pattern, re.IGNORECASE)


SLIPS: tuple[Slip, ...] = (
    Slip(
        _c(r"\b(should|could|would|must|might|may)\s+(of)\b(?!\s+course)"),
        "'{m}' should be '{fix}': the verb is 'have', not 'of'",
        _sub(2, lambda s: "have"),
        keys=("should", "could", "would", "must", "might", "may"),
    ),
    Slip(
        _c(rf"(?<!\bfor )(?<!\bof )(?<!\bby )\byour(\s+welcome\s+to\s+(?:{_WELCOME_VERBS})\b)"),
        "'{m}' should be '{fix}' (you are welcome to...)",
        lambda m: _keep_case(m.group(), "you're") + m.group(1),
        keys=("welcome",),
    ),
    Slip(
        lazy_compile(
            r"(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s))your\s+welcome(?=\s*[.!,]|\s*$)",
            re.IGNORECASE | re.MULTILINE,
        ),
        "'{m}' should be '{fix}'",
        lambda m: _keep_case(m.group(), "you're welcome"),
        keys=("welcome",),
    ),
    Slip(
        _c(r"\balot\b"),
        "'{m}' is two words: '{fix}'",
        lambda m: _keep_case(m.group(), "a lot"),
        keys=("alot",),
    ),
    Slip(
        _c(
            r"\blook(?:s|ed|ing)?\s+forward\s+to\s+("
            + "|".join(v for v in _GERUND if v != "work")
            + r"|work(?=\s+(?:with|together|alongside)\b))\b"
        ),
        "'{m}' should be '{fix}': after 'look forward to', use the -ing form",
        _sub(1, lambda s: _keep_case(s, _GERUND[s.lower()])),
        keys=("forward",),
    ),
    Slip(
        _c(
            r"\b(?:time|chance|opportunity|pleasure|able|glad|happy|wanted|like|love|hope"
            r"|excited|eager|delighted|pleased|honored|honoured|privilege)\s+to\s+("
            + "|".join(_BASE)
            + r")\b"
        ),
        "'{m}' should be '{fix}': after 'to', use the plain form of the verb",
        _sub(1, lambda s: _keep_case(s, _BASE[s.lower()])),
        keys=("to",),
    ),
    Slip(
        _c(r"\b(forward\s+to|to)\s+(here)(?=\s+(?:from|back|about|more\s+about)\b)"),
        "'{m}' should be '{fix}'",
        lambda m: m.group(1) + " " + ("hearing" if "forward" in m.group(1).lower() else "hear"),
        keys=("here",),
    ),
    Slip(
        _c(
            r"\bfor\s+(you)(?=\s+(?:time|consideration|help|support|patience|feedback|insights?"
            r"|hospitality|kindness|guidance|advice)\b)"
        ),
        "'{m}' should be '{fix}' here",
        lambda m: "your",
        1,
        keys=("you",),
    ),
    Slip(
        _c(
            r"\bthank(?:s|\s+you)\s+for\s+(interview|meet|speak|talk|show|share|invite|take)"
            r"(?=\s+(?:me|with|us|the|your|time)\b)"
        ),
        "'{m}' should be '{fix}': after 'thank you for', use the -ing form",
        lambda m: _keep_case(m.group(1), _GERUND_AFTER_FOR[m.group(1).lower()]),
        1,
        keys=("thank",),
    ),
    Slip(
        _c(r"(?<![\w'’])(its)(?=\s+(?:been|a|an)\b(?![-/]))"),
        "'{m}' should be '{fix}' (it is, it has)",
        lambda m: _keep_case(m.group(1), "it's"),
        1,
        keys=("its",),
    ),
    Slip(
        _c(r"\bto\s+who(?=\s+it\s+may\s+concern\b)"),
        "'{m}' should be '{fix}'",
        lambda m: _keep_case(m.group(), "to whom"),
        keys=("concern",),
    ),
    Slip(
        _c(r"\birregardless\b"),
        "'{m}' is not standard English: use '{fix}'",
        lambda m: "regardless",
        keys=("irregardless",),
    ),
    Slip(
        _c(r"\b(?<!n't )(?<!not )could\s+care\s+less\b"),
        "'{m}' says the opposite of what is meant: '{fix}'",
        lambda m: _keep_case(m.group(), "couldn't care less"),
        keys=("care",),
    ),
    Slip(
        _c(rf"\b(?:{_COMPARATIVES})\s+(then)\b(?!\s*,)"),
        "'{m}' should be '{fix}': comparisons take 'than'",
        _sub(1, lambda s: _keep_case(s, "than")),
        keys=("then",),
    ),
    Slip(
        _c(
            rf"\b(?:to|will|would|could|might|not|never|don{_A}t|didn{_A}t|won{_A}t|can{_A}t)"
            r"\s+(loose)(?=\s+(?:the|my|your|our|their|his|her|a|an|sight|track|touch|focus"
            r"|momentum|interest|money|time|weight|any|this|that)\b)"
        ),
        "'{m}' should be '{fix}' ('loose' means not tight)",
        lambda m: _keep_case(m.group(1), "lose"),
        1,
        keys=("loose",),
    ),
    Slip(
        _c(r"\b(?:am|is|are|was|were|be|been)\s+(suppose)\s+to\b"),
        "'{m}' should be '{fix}'",
        lambda m: _keep_case(m.group(1), "supposed"),
        1,
        keys=("suppose ",),
    ),
    Slip(
        _c(r"\b(peak|peaked|peaks)\s+(?:my|your|his|her|their|our)\s+(?:interest|curiosity)\b"),
        "'{m}' should be '{fix}' (to pique interest: to arouse it)",
        lambda m: _keep_case(
            m.group(1), {"peak": "pique", "peaked": "piqued"}.get(m.group(1).lower(), "piques")
        ),
        1,
        keys=("peak",),
    ),
    Slip(
        _c(r"\bsneak\s+(peak)\b"),
        "'{m}' should be '{fix}' here",
        lambda m: "peek",
        1,
        keys=("sneak",),
    ),
    Slip(
        _c(r"\bfor\s+all\s+intensive\s+purposes\b"),
        "'{m}' should be '{fix}'",
        lambda m: _keep_case(m.group(), "for all intents and purposes"),
        keys=("intensive",),
    ),
    Slip(
        _c(r"\b(apart)(?=\s+of\s+(?:the|your|this|a|an|our|their|my|such)\b)"),
        "'{m}' should be '{fix}' ('apart' means separate)",
        lambda m: _keep_case(m.group(1), "a part"),
        1,
        keys=("apart",),
    ),
    Slip(
        _c(r"(?<![\w'’])(their)(?=\s+(?:is|are|was|were)\b)"),
        "'{m}' should be '{fix}' here",
        lambda m: _keep_case(m.group(1), "there"),
        1,
        keys=("their",),
    ),
    # "I'm still continue to follow", "I am want to join": a form of "be" before a plain verb
    Slip(
        _c(
            rf"\b(I(?:{_A}m|\s+am|\s+was))\s+((?:(?:still|also|now|really|truly|always)\s+)*)"
            r"(continue|want|need|hope|believe|think|wish|plan|intend|remain|look\s+forward)"
            r"\b(?![-'’])"
        ),
        "'{m}' mixes two verb forms: '{fix}'",
        lambda m: _keep_case(m.group(1), "I") + " " + m.group(2) + m.group(3),
        keys=("i'm", "i’m", "am", "was"),
    ),
    # "confirms my interested in": the noun, not the adjective
    Slip(
        _c(r"\bmy\s+(interested|excited|eager|enthusiastic)(?=\s+(?:in|about|for|to)\b)"),
        "'{m}' should be '{fix}'",
        lambda m: "my " + {
            "interested": "interest", "excited": "excitement", "eager": "eagerness",
            "enthusiastic": "enthusiasm",
        }[m.group(1).lower()],
        keys=("my",),
    ),
    Slip(
        _c(r"\b(your)(?=\s+(?:going\s+to|not\s+(?:sure|going|able|alone))\b(?!-))"),
        "'{m}' should be '{fix}' (you are)",
        lambda m: _keep_case(m.group(1), "you're"),
        1,
        keys=("your",),
    ),
)

# The same matches as each slip's pattern, sought only where they can start.
_SLIP_SCANS = tuple(WordScan(slip.pattern) for slip in SLIPS)


@rule(
    "grammar",
    severity=Severity.WARNING,
    fires=[
        Example(
            "Dear Mr. Lang,\n\nThank you for the interview. I should of mentioned my "
            "Procore experience.\n\nBest,\nNaomi"
        ),
        Example(
            "Dear Ms. Alvarado,\n\nThank you for the tour. I look forward to hear from "
            "you.\n\nWarmly,\nJenny"
        ),
        Example(
            "Dear Dr. Ahmadi,\n\nThank you for taking the time to met with me yesterday."
            "\n\nBest,\nHannah"
        ),
    ],
    passes=[
        Example(
            "Dear Ms. Oduya,\n\nThank you for your welcome on Monday. I learned a lot, and "
            "I should have mentioned my CHW certificate. You're welcome to call my "
            "references.\n\nSincerely,\nLucía"
        ),
        Example(
            "Dear Ms. Oduya,\n\nWe could of course meet again. I look forward to hearing "
            "from you.\n\nSincerely,\nLucía"
        ),
    ],
)
def grammar(note: Note) -> Iterator[Hit]:
    """Flag a known grammar slip that is almost never what the writer meant.

    ## What it flags
    "should of" / "could of" / "would of" (for "have"), "your welcome to call" (for
    "you're"), "alot", "look forward to hear" (for "hearing"), "taking the time to met"
    (for "meet"), "more then" (for "than"), "to loose momentum" (for "lose"), "was suppose
    to", "peaked my interest", "irregardless", "to who it may concern" and their kin.

    ## Why it matters
    These slips are the ones readers notice and remember; a hiring manager may read them
    as carelessness. Each has a one-word fix.

    ## Known limits
    Only these patterns, in the contexts where they are unambiguous, are checked: "your
    welcome" as a noun ("thank you for your welcome") and "could of course" pass, and
    slips such as "its" for "it's" are not looked for at all.
    """
    seen: set[tuple[int, int]] = set()
    lower = note.lower
    for slip, scan in zip(SLIPS, _SLIP_SCANS, strict=True):
        if slip.keys and not any(key in lower for key in slip.keys):
            continue
        for match in scan.finditer(note.body, note.word_starts):
            span = match.span(slip.group)
            if span in seen or note.in_placeholder(*match.span()):
                continue
            seen.add(span)
            fixed = slip.fix(match)
            yield Hit(
                span,
                slip.message.format(m=match.group(slip.group), fix=fixed),
                suggestion=fixed,
                replacement=fixed,
            )
