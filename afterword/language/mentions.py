"""Finding names from the context (companies, roles) in a text, and near misses of them.

A name is matched token by token, so "Procter and Gamble" is "Procter & Gamble" and
"Acme's" is "Acme". Capitals matter where the context writes them: "Target" the retailer
is not "target" the noun, while a name given in lower case matches any case.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from afterword.language.patterns import lazy_compile

_TOKEN = lazy_compile(r"[^\W_]+(?:['’][^\W_]+)*|&")
# A gap between two tokens of one name: no line break and no sentence end ("... at Acme.
# Analytics is ..."); see `joined`.
_GAP = lazy_compile(r"[ \t]{0,2}|[ \t]?[-/][ \t]?")
_ABBREVIATION_GAP = lazy_compile(r"\.[ \t]?")
_HYPHEN_AFTER = lazy_compile(r"-[^\W\d_]")
LEGAL_SUFFIXES = frozenset(
    {"inc", "incorporated", "llc", "ltd", "limited", "co", "corp", "corporation", "plc", "llp"}
    | {"gmbh", "ag", "sa", "pty", "lp"}
    # The other halves of two-part forms, so that a form goes whole ("Pvt. Ltd.", "Sdn. Bhd.",
    # "GmbH & Co. KG"): never a core name ending in "Pvt".
    | {"pvt", "pte", "private", "sdn", "bhd", "kg", "bv", "nv", "spa", "srl"}
)


class Token(NamedTuple):
    """A word of a text (or "&"), with where it stands and its normal form."""

    text: str  # as written, possessive included
    start: int
    end: int  # end of the name part: a possessive "'s" is left out
    norm: str  # lower case, possessive dropped, "and" read as "&"
    capitalised: bool


def _norm(low: str) -> str:
    if low == "and":
        return "&"
    return low.replace("’", "'")


@lru_cache(maxsize=256)
def tokenize(text: str) -> tuple[Token, ...]:
    """The text's word tokens (and "&"), with possessives trimmed from their ends."""
    out = []
    new = tuple.__new__  # `Token(...)` without the named tuple's Python-level `__new__`
    for m in _TOKEN.finditer(text):
        word = m.group()
        low = word.lower()
        end = m.end()
        if len(word) > 2 and low.endswith(("'s", "’s")):
            low = low[:-2]
            end -= 2
        out.append(new(Token, (word, m.start(), end, _norm(low), word[:1].isupper())))
    return tuple(out)


def name_tokens(name: str, *, core: bool = False) -> tuple[Token, ...]:
    """A name's tokens; with `core`, a leading "The" and trailing legal suffixes go."""
    toks = list(tokenize(name))
    if core:
        if len(toks) > 1 and toks[0].norm == "the":
            toks = toks[1:]
        while len(toks) > 1 and (toks[-1].norm in LEGAL_SUFFIXES or toks[-1].norm == "&"):
            toks = toks[:-1]
    return tuple(toks)


def joined(text: str, tokens: tuple[Token, ...], i: int, k: int) -> bool:
    """True when text tokens i..i+k-1 stand together as one name (no line or sentence break).

    Between two words of a name: a space or two, a hyphen or slash, nothing ("AT&T"), or
    the period of a short abbreviation ("St. Brendan's").
    """
    for a, b in zip(tokens[i : i + k - 1], tokens[i + 1 : i + k], strict=True):
        gap = text[a.start + len(a.text) : b.start]
        if _GAP.fullmatch(gap):
            continue
        if _ABBREVIATION_GAP.fullmatch(gap) and len(a.text) <= 3:
            continue
        return False
    return True


def caps_agree(name: tuple[Token, ...], found: tuple[Token, ...]) -> bool:
    """True when every capitalised word of the name is capitalised where it was found.

    Small words ("of", "the", "&") are not checked: "Bank of the West" may be written with
    them in any case. A name written all in lower case in the context matches any case.
    """
    for n, f in zip(name, found, strict=True):
        if n.capitalised and n.norm not in SMALL_WORDS and not f.capitalised:
            return False
    return True


SMALL_WORDS = frozenset({"of", "the", "and", "&", "for", "at", "in", "on", "a", "an", "de", "la"})


@lru_cache(maxsize=16)
def folded(text: str) -> str:
    """The text in lower case with curly apostrophes made straight; same length and offsets."""
    low = text.lower()
    if len(low) != len(text):  # a rare letter ("İ") lowers to two: keep the offsets right
        low = text
    return low.replace("’", "'")


def word_positions(text: str, word: str) -> list[int]:
    """Where `word` (lower case) stands in `text` as a whole word (a possessive may follow)."""
    f = folded(text)
    out = []
    pos = f.find(word)
    while pos != -1:
        end = pos + len(word)
        if (pos == 0 or not f[pos - 1].isalnum()) and (
            end >= len(f) or not f[end].isalnum() or f[end] == "'"
        ):
            out.append(pos)
        pos = f.find(word, pos + 1)
    return out


@lru_cache(maxsize=256)
def _cached_name_tokens(name: str, core: bool) -> tuple[Token, ...]:
    return name_tokens(name, core=core)


def find_name(text: str, name: str, *, core: bool = False) -> list[tuple[int, int]]:
    """Spans where `name` is written in `text` (word by word, capitals where it has them).

    A possessive "'s" after the name is left out of the span. The text is searched for the
    name's first word and read closely only there, so a long note costs little.
    """
    want = _cached_name_tokens(name, core)
    if not want:
        return []
    k = len(want)
    norms = [t.norm for t in want]
    reach = sum(len(t.text) for t in want) + 4 * k + 4
    out = []
    first = want[0]
    for pos in word_positions(text, first.text.lower() if first.norm == "&" else first.norm):
        local = text[pos : pos + reach]
        toks = tokenize(local)
        window = toks[:k]
        if len(window) < k or [t.norm for t in window] != norms:
            continue
        if not caps_agree(want, window) or not joined(local, toks, 0, k):
            continue
        start, end = pos, pos + window[-1].start + len(window[-1].text)
        if k == 1 and (text[start - 1 : start] == "-" or _HYPHEN_AFTER.match(text, end)):
            continue  # one word inside a compound: "Meta-analysis" is not Meta
        out.append((start, pos + window[-1].end))
    return out


def contains(outer: str, inner: str) -> bool:
    """True when `inner`'s tokens appear together, in order, inside `outer` (any case)."""
    a = [t.norm for t in tokenize(outer)]
    b = [t.norm for t in tokenize(inner)]
    if not b:
        return False
    return any(a[i : i + len(b)] == b for i in range(len(a) - len(b) + 1))


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Optimal string alignment distance (a swap of two letters costs 1), capped at `limit`+1."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def near(word: str, target: str) -> bool:
    """True when `word` looks like a slip for `target` (not the same, not just a plural)."""
    if word == target or len(target) < 4 or len(word) < 4:
        return False
    if word.rstrip("s") == target.rstrip("s"):
        return False
    limit = 1 if len(target) < 8 else 2
    return edit_distance(word, target, limit) <= limit
