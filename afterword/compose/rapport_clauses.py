"""A rapport jotting read clause by clause, so that one private or awkward clause does not
cost the note the whole line.

"we're both from laredo!! she went to martin high, i went to nixon. her son is in my
daughter's 3rd grade class" holds a shared hometown (the warmest safe line) beside a child
and a daughter (never in a note). Each clause is sorted: what stays out whatever the rest
says (family and other third parties, private life, an opinion of someone, a mishap, a
complaint, teasing), with its reason (a moan about a match and a night out are read by
`rapport_kinds`, which keeps what is in common: "a fellow Leeds United fan"); the rest is what the note may draw its
one line of rapport from. The caller phrases the safe clauses alone, so nothing of a
dropped clause can reach the sentence, and shows the dropped ones, with why, where the
record is edited."""

from __future__ import annotations

import re
from functools import cache

from afterword.compose import connections, rapport_kinds
from afterword.compose.fragments.common_ground import _FAMILY, family_connection
from afterword.language import banter

# Someone of the candidate's or the reader's family or household ("his missus", "my
# youngest", "her mom"), as a jotting names them: a third party no note speaks of.
_KIN = re.compile(rf"(?i)\b(?:my|his|her|their|our)\s+(?:late\s+|eldest\s+|oldest\s+|"
                  rf"little\s+|older\s+|younger\s+|twin\s+)?(?:{_FAMILY}|missus|misses|wifey|"
                  rf"youngest|eldest|oldest|boys|girls|fiance|fiancee|fianc\u00e9e?|"
                  rf"stepson|stepdaughter|grandkids?|baby|babies|twins)\b")
# A verdict on a person, with or without a verb: "steady guy", "very chill", "she talks a
# LOT but nice", "very serious guy at first", "said the new CO is useless".
_PERSON = r"(?:guy|girl|man|woman|lady|person|bloke|dude|chap|fella|fellow)"
_VERDICT = re.compile(
    rf"(?i)^(?:(?:he|she)(?:'s|\u2019s|\s+is|\s+was|\s+seemed|\s+seems)\s+)?(?:a\s+)?"
    rf"(?:(?:very|so|super|really|quite|pretty|kind\s+of|kinda|bit|a\s+bit|such\s+a|bit\s+of\s+a)"
    rf"\s+)*[a-z-]+(?:\s+(?:but|and)\s+[a-z-]+)?(?:\s+{_PERSON})?(?:\s+(?:at\s+first|tho|though|"
    rf"really|overall|later|after))*(?:\s*,?\s*(?:relaxed|warmed\s+up|loosened\s+up)\s*(?:later)?)?$")
# "said the coach should be fired": a verdict on someone, as a wish.
_SHOULD_GO = re.compile(r"(?i)\b(?:said|says|reckons?|thinks?)\b.*\bshould\s+(?:be\s+(?:fired|sacked|"
                        r"gone|replaced)|go|retire|quit)\b")
_CHATTY = re.compile(r"(?i)^(?:he|she)\s+(?:talks|talked|rambles|rambled|goes\s+on)\b")


@cache
def _words(kind: str) -> str:
    """The words of one kind of `lexicons/rapport_verdicts.tsv`, as an alternation."""
    from afterword.language.lexicon import rows

    forms = [r"\s+".join(re.escape(w) for w in row[0].rstrip("*").split())
             + (r"\w*" if row[0].endswith("*") else "")
             for row in rows("rapport_verdicts") if row[1:2] == [kind]]
    return "|".join(sorted(forms, key=lambda f: (-len(f), f)))


@cache
def _said_of() -> re.Pattern[str]:
    """ "said the new CO is useless": a verdict on someone passed on."""
    return re.compile(r"(?i)\b(?:said|says|reckons?|thinks?|called)\s+(?:that\s+)?(?:the\s+|my\s+|"
                      r"his\s+|her\s+|our\s+)?(?:old\s+|new\s+|current\s+|last\s+)?[\w.'-]+(?:\s+"
                      r"[\w.'-]+)?\s+(?:is|was|are|were)\s+(?:a\s+|an\s+|so\s+|really\s+|totally\s+)?"
                      rf"(?:{_words('verdict')})\b")


@cache
def _mood() -> re.Pattern[str]:
    """ "he seemed stressed", "rough week": how someone seemed."""
    return re.compile(r"(?i)^(?:(?:he|she)\s+(?:seemed|looked|was|is|had)\s+)?(?:a\s+)?(?:bit\s+)?"
                      rf"(?:{_words('mood')})\b")


@cache
def _complaint() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{_words('complaint')})\b")


# Bettered by the reader in the one thing shared ("he finished way ahead of me"): how the
# two compared, not what they share.
_BEATEN = re.compile(r"(?i)\b(?:ahead\s+of\s+me|beat\s+me|faster\s+than\s+me|better\s+than\s+"
                     r"(?:me|mine)|than\s+my)\b")


def why_out(piece: str) -> str | None:
    """Why one clause of a rapport jotting must stay out of every note, or None."""
    from afterword.compose.fragments.rapport import _private_life

    if _KIN.search(piece) or family_connection(piece):
        return "it is about family, which stays out of a note"
    if _private_life().search(piece):
        return "it touches on private life"
    if connections.judges_someone(piece) or _said_of().search(piece) or _CHATTY.match(piece) \
            or _SHOULD_GO.search(piece) \
            or (_VERDICT.match(piece) and not _shared(piece) and _adjective_verdict(piece)):
        return "it is an opinion of someone"
    if _mood().match(piece):
        return "it is how someone seemed, not something in common"
    if _complaint().search(piece):
        return "a complaint is no line for a thank-you"
    if connections._MISHAP.search(piece) or re.search(r"(?i)\bspill\w*\b", piece):
        return "it tells of a mishap"
    if banter.teasing(piece):
        return "teasing is a moment of the interview"
    if _BEATEN.search(piece):
        return "it compares you, which is not what you share"
    return None


def _shared(piece: str) -> bool:
    return bool(re.search(r"(?i)\b(?:both|too|also|same|as\s+well|like\s+me|fellow|from)\b",
                          piece))


def _adjective_verdict(piece: str) -> bool:
    """Whether a verb-less clause is a word of judgment ("steady guy", "very chill"): its
    words are no names and no verbs of doing."""
    from afterword.language import phrases as gr

    words = re.findall(r"[A-Za-z-]+", piece)
    if not words or len(words) > 8:
        return False
    heads = [w for w in words if w.lower() not in _PLAIN]
    return bool(heads) and not any(gr.is_past(w) and w.lower() not in _MOODS for w in heads)


_PLAIN = frozenset("he she is was seemed seems a very so super really quite pretty kind of kinda "
                   "bit but and at first tho though such later overall after up".split())
# Past forms that say how someone was, not what they did ("relaxed later").
_MOODS = frozenset("relaxed warmed loosened reserved".split())


def sort_out(text: str) -> tuple[list[str], list[tuple[str, str]]]:
    """The jotting's clauses that may be phrased, and those that stay out with the reason."""
    safe: list[str] = []
    out: list[tuple[str, str]] = []
    text = re.sub(r"(?i)\bsmall\s+(?:world|town)\b", ",", text)  # how it felt, no clause
    for piece in rapport_kinds.pieces(_whole_sentences(text)):
        piece = piece.replace(_DOT, ".").strip(" ,")
        if not piece or re.fullmatch(r"(?i)\W*(?:lol|haha\w*|jaja\w*)\W*", piece):
            continue
        why = why_out(piece)
        if why:
            out.append((piece, why))
        else:
            safe.append(piece)
    return safe, out


def _whole_sentences(text: str) -> str:
    """The jotting with the full stops of abbreviated names ("st. anthony", "prof. reddy")
    kept inside their clause."""
    return re.sub(r"(?i)\b(st|mt|ft|jr)\.(?=\s)", rf"\1{_DOT}", text)


_DOT = "\u2024"  # a full stop that ends no clause, put back in the clause shown


# A name typed in lower case at the end of a shared fact: "worked at the savoy", "did the
# trauma cert at ferrandi" (a word no word list knows, after at/from/in), or an event named
# by such a word ("ran the milo marathon").
_WORD = r"(?!(?:in|at|on|for|with|to|by|and|from)\b)[a-z][\w'-]*"
_AT_NAME = re.compile(rf"\b(at|from|in)\s+(the\s+)?({_WORD}(?:\s+{_WORD}){{0,2}})"
                      r"(?=\s+(?:in|at|from)\s+|[.,;]|$)")
_EVENT = re.compile(r"\bthe\s+([a-z][\w'-]*)\s+(marathon|half\s+marathon|triathlon|ultra|"
                    r"fun\s+run|festival|games|cup|open|classic)\b")
_PLACE_NOUNS = frozenset("institute college university academy school hospital clinic hotel "
                         "club institution polytechnic seminary conservatory".split())
_FUNCTION = frozenset("a an the of and or same other my your our his her their this that".split())


def _unknown(word: str) -> bool:
    """A word no word list knows, nor the noun it is the plural of ("weeklies" is weekly's
    plural, not a name: lemminflect's tables say so)."""
    from afterword.compose.fragments.words import _rare
    from afterword.language.inflections import lemmas

    return _rare(word) and all(_rare(lemma) for lemma in lemmas(word).get("NOUN", ()))


def recased(sentence: str) -> str:
    """The sentence with the lower-case names of what is shared capitalised."""
    from afterword.compose.fragments.words import _rare

    def place(m: re.Match[str]) -> str:
        words = m.group(3).split()
        # Every word unknown to the word lists ("the savoy", never "five-a-side teams"), but
        # for the kind of place that ends a name ("the kessler institute").
        named = words[:-1] if len(words) > 1 and words[-1] in _PLACE_NOUNS else words
        if any(w in _FUNCTION for w in words) or not all(_unknown(w) for w in named):
            return m.group()
        return f"{m.group(1)} {m.group(2) or ''}{' '.join(w.capitalize() for w in words)}"

    def event(m: re.Match[str]) -> str:
        if not _rare(m.group(1)):
            return m.group()
        return f"the {m.group(1).capitalize()} {m.group(2).title()}"

    return _EVENT.sub(event, _AT_NAME.sub(place, sentence))
