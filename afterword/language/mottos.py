"""A motto, slogan or stated belief jotted as a topic, as a noun phrase a note can carry.

"craft over speed", "members, not customers", "safety first", "boring is a feature": a
candidate jots the company's saying as what was discussed. Read as an ordinary noun phrase
it takes articles it cannot have ("the craft over the speed") or reads as a sentence. The
signs are its shape, not a list of mottos: two bare nouns set against each other ("A over
B", "A, not B", "A before B"), a bare noun "first", a sentence that states a belief; or the
words the record quotes (in quotation marks, or among the company's `values`).

A contrast becomes "the emphasis on craft over speed"; another slogan keeps its words in
quotation marks ("the “members, not customers” approach"); a belief becomes "the idea that
boring is a feature". Said to the reader whose topic it is, "the" is "your".
"""

from __future__ import annotations

import re

from afterword.language import phrases as gr

_QUOTES = "'\u2018\u2019\"\u201c\u201d"
_PERSONAL = re.compile(r"(?i)\b(?:i|me|my|we|us|our|you|your|he|she|his|her|they|their)\b")
# "A over B", "A, not B", "A before B": at most two words a side, no article on either.
_CONTRAST = re.compile(r"(?i)^([a-z][\w-]*(?:\s[a-z][\w-]*)?)(,?\s+(?:over|before|not|"
                       r"rather than|then|above)\s+)([a-z][\w-]*(?:\s[a-z][\w-]*)?)$")
_FIRST = re.compile(r"(?i)^([a-z][\w-]*(?:\s[a-z][\w-]*)?)\s+(?:first|always|above all)$")


def _bare_noun_phrase(words: str) -> bool:
    """Words with no article whose last is a noun and none a verb in a finite form."""
    parts = words.lower().split()
    return bool(parts) and not any(p in gr.DETERMINERS for p in parts) and \
        "NOUN" in gr._lemmas(parts[-1]) and not gr.has_clause_verb(parts)


def belief(text: str) -> bool:
    """A statement: a subject and a finite verb ("boring is a feature", "nobody is too young
    for real specimens"), not a gap or a question."""
    words = text.split()
    return len(words) >= 3 and not re.match(r"(?i)(?:how|what|why|when|whether|who|no|not)\b",
                                            text) and gr.has_clause_verb(words)


def quoted(text: str) -> str | None:
    """The words inside quotation marks that make up the whole of `text`, or None."""
    stripped = text.strip()
    if len(stripped) > 2 and stripped[0] in _QUOTES and stripped[-1] in _QUOTES:
        inner = stripped[1:-1].strip()
        if inner and not any(q in inner for q in "\"\u201c\u201d"):
            return inner
    return None


def in_values(text: str, values: str) -> bool:
    """Whether the words of `text` (two or more) appear as they stand in the `values` field."""
    words = re.findall(r"[\w'-]+", text.lower())
    return len(words) >= 2 and re.search(
        r"(?<![\w-])" + r"\W+".join(map(re.escape, words)) + r"(?![\w-])", values.lower()) is not None


def motto(text: str, *, values: str = "", own: bool = False) -> str | None:
    """`text` as a noun phrase when it is a motto (see the module's docstring), else None."""
    inner = quoted(text)
    said = inner is not None or in_values(text, values)
    words = (inner if inner is not None else text).strip().rstrip(".!")
    the = "your" if own else "the"
    pair = re.fullmatch(r"(?i)([a-z]+)\s+to\s+([a-z]+)", words)
    if pair and _bare_noun_phrase(pair.group(1)) and _bare_noun_phrase(pair.group(2)) and \
            not gr.has_clause_verb(words.split()):
        return f"{the} \u201c{words}\u201d approach"  # "farm to table", "bean to bar"
    contrast = _CONTRAST.match(words)
    if contrast and _bare_noun_phrase(contrast.group(1)) and _bare_noun_phrase(contrast.group(3)):
        if re.fullmatch(r"(?i)\s+over\s+", contrast.group(2)):
            return f"{the} emphasis on {words}"
        return f"{the} \u201c{words}\u201d approach"
    first = _FIRST.match(words)
    if first and _bare_noun_phrase(first.group(1)):
        return f"{the} \u201c{words}\u201d approach"
    if not said:
        # An unquoted clause may be anything ("ECO process takes too long"): only the
        # company's own or quoted words are read as a belief.
        return None
    if belief(words) and not _PERSONAL.search(words):
        return f"the idea that {words[0].lower() + words[1:] if words[1:2].islower() else words}"
    # Any other words ("relationship banking") read as the noun phrase they are.
    return None
