"""The shape a phrase comes back in (`Phrased`), and the cleaning of a jotted phrase."""

from __future__ import annotations

import re
from dataclasses import dataclass

from afterword.compose.fragments.words import _known, _small_numbers
from afterword.language import wellformed
from afterword.language.acronyms import unsure
from afterword.language.jotted import Reader, clipped, fold
from afterword.language.seams import dangling, seams

# A phrase longer than this reads as a paragraph in a noun slot.
MAX_TOPIC_WORDS = 14


# Shorthand a note must never show (the same families the review's `shorthand` rule names).
RAW = re.compile(
    r"(?<![\w/])(?:w/o?|yrs?|wks?|mos|mgr|dept|exp|ppl|thurs|tmrw|lol|b/c|bc|re:|approx|govt|"
    r"i|im|id|ive|dont|doesnt|didnt|cant|wont|thru|bldg|mtg|asap|abt|btwn|etc)(?![\w/])"
    # Texting shorthand ("how do u give feedback"), which the review flags as casual.
    r"|(?<![\w/'-])(?:u|ur|pls|plz|thx|cuz|coz)(?![\w/'-])"
    r"|\s\+\s|->|~|\u2192|\?|!|\betc\b"
)


_NEGATION = re.compile(
    r"^(?:no|zero|never|not yet|not (?:much|enough|a lot of)|not|only|limited|little|lack of|"
    r"weak (?:on|in|with)|rusty (?:on|in|with)|not strong (?:on|in|with)|new to|"
    r"first time (?:using|with|on|doing)|hasn't|haven't|hasnt|havent|"
    r"didn't|didnt|hadn't|"
    # a skill not yet had, jotted as "can't" ("cant do pivot tables", "cannot work in CostX")
    r"(?:cant|can't|can\u2019t|cannot|can not|unable to|not able to)\s+(?:do|use|work (?:in|with|on)))"
    r"\b\s*(?:(?:used|done|worked|had|run|managed|been|did)\b\s*)?",
    re.I,
)


# A name's abbreviation keeps its full stop at a clause's end ("at Kirana Ledger Pvt. Ltd."):
# only a sentence's own full stop goes.
_ABBREVIATION_END = re.compile(r"\b(?:Pvt|Pte|Pty|Co|Inc|Ltd|Corp|Bros|Sdn|Bhd|Jr|Sr|St)\.$")


def _unstopped(piece: str) -> str:
    """A piece without the full stop that ends it, unless the stop is an abbreviation's."""
    piece = piece.strip()
    return piece if _ABBREVIATION_END.search(piece) else piece.rstrip(".")


@dataclass(frozen=True)
class Phrased:
    """A field shaped for a note: its text, or why it is left out (and what to do)."""

    source: str
    text: str | None = None
    reason: str | None = None  # why it is left out, when text is None
    ask: str | None = None  # what the user can write to have it in the note
    dropped: tuple[tuple[str, str], ...] = ()  # pieces left out of a used field, and why

    @property
    def ok(self) -> bool:
        return self.text is not None


def clean(phrase: str, reader: Reader, *, written: bool = False, context: str = "",
          own_terms: bool = False) -> bool:
    """Whether a spelled-out phrase may go into a note as it is (`written`: the user wrote
    it as a sentence, so its rare words are theirs, not typos; `context`: the whole field the
    phrase was cut from, whose words may make an acronym sure: "RDH not yet"; `own_terms`:
    written out with capitals and full stops, so its acronyms are the trade's, on purpose)."""
    if RAW.search(phrase) or not phrase.strip():
        return False
    # A clipping ("comp", "perio") cannot be spelled out for sure, even in a sentence.
    # The reader's trade's own clippings ("perio" to a periodontist, "comp sales" to a
    # retailer) are their words, not the candidate's (`trades`).
    if any(clipped(w) and w not in reader.terms
           for w in re.findall(r"(?<![\w'-])[a-z]+(?![\w'-])", phrase)):
        return False
    # Nor an acronym nobody explains ("JTBD", "OJT"), a clipping with no vowel ("br") or a
    # counting sign ("2x faster", "#2"): it may be the candidate's own shorthand.
    doubtful = unsure(phrase, reader)
    if doubtful and context:
        doubtful = [w for w in doubtful if w in unsure(context, reader)]
    if written or own_terms:
        # An acronym in a sentence the candidate wrote out ("I ran the PGD audit") is theirs
        # to use with this reader, as a term of the trade; jotted, it may be their shorthand.
        doubtful = [w for w in doubtful if not re.search(r"[A-Z]{2}", w)]
    if doubtful:
        return False
    # Nor words pasted together that no writer leaves ("two the US investors", "on a our
    # roster"): the same seams the review's `broken-phrase` rule reads.
    # Counts as a note writes them ("2" is "two" before a noun), so "2 the" is seen too.
    if next(seams(_small_numbers(phrase)), None) is not None or dangling(phrase):
        return False
    # Nor grammar a note cannot mend for sure ("when client refuse to pay", "saved client
    # 38m", "she want"): "a client" or "the client", "wants" or "wanted", only the writer knows.
    if wellformed.faults(phrase):
        return False
    if written:
        return True
    # An odd number of quotation marks leaves a quotation open; the apostrophes of
    # contractions and possessives ("we're", "should've", "Moody's") are no quotation marks.
    opening = len(re.findall(r"(?:^|(?<=[\s(]))'(?=\w)", phrase))
    closing = len(re.findall(r"(?<=\w)'(?=[\s,.;:!?)]|$)", phrase))
    if opening and closing < opening:
        return False
    for word in re.findall(r"[^\W\d_][\w'-]*", phrase):
        # A word in lower case that no word list knows is a name typed without capitals
        # or a typo nobody can correct: the phrase cannot go out as it is.
        if any(c.isdigit() for c in word):
            continue  # a code or a measure ("p99", "480ms", "k8s" spelled out already)
        if word == word.lower() and fold(word) not in reader.forms and not _known(word) \
                and word not in reader.terms:
            return False
    return True
