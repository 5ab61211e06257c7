"""`Note`: a message tokenized once and read by every rule (words, sentences, paragraphs, offsets).

All offsets are Unicode code points into the body exactly as given (CRLF included).
Counting follows the spec's "Reading the rules": words are whitespace-separated tokens
holding a letter or a digit; paragraphs are separated by a blank line; sentences end at
`.`, `!` or `?` followed by white space or the end, except after common abbreviations
(and, so that a greeting or a sign-off is never glued to prose, at a paragraph break).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from afterword.language.message import Context, Message
from afterword.language.patterns import caseless
from afterword.language.placeholders import find_placeholders
from afterword.language.spans import Span

if TYPE_CHECKING:
    from afterword.language.structure import Greeting, Signoff
    from afterword.language.wordscan import WordStarts

_HAS_ALNUM = re.compile(r"[^\W_]")
_ALNUM_RUN = re.compile(r"[^\W_]+")
# Punctuation trimmed from a token's ends to get the bare word ("Kubernetes," -> "Kubernetes").
_EDGE = "\"'“”‘’()[]{}<>.,;:!?*…—–-/\\"
_LINE = re.compile(r"[^\r\n]+")
_LETTERS = re.compile(r"[^\W\d_]+")
_CONTEXT_TOKEN = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
_TOKEN_JOINS = re.compile(r"['’.-]")
_PARA_BREAK = re.compile(r"\r?\n[ \t]*\r?\n(?:[ \t]*\r?\n)*")
_SENTENCE_END = re.compile(r"[.!?]+(?=[\s\"'”’)]|$)[\"'”’)]*")
ABBREVIATIONS = frozenset(
    ["mr.", "ms.", "mrs.", "dr.", "st.", "a.m.", "p.m.", "e.g.", "i.e.", "u.s.", "inc.", "ltd.", "jr.", "sr.", "prof.", "co.", "corp.", "vs.", "etc.", "approx.", "dept.", "no."]
)


class Word(NamedTuple):
    """A whitespace token holding a letter or digit, with its bare form (edge punctuation trimmed).

    A named tuple rather than a frozen dataclass: a note has a hundred words or more, and a
    frozen dataclass's `__init__` (one `object.__setattr__` per field) costs three times as
    much to build.
    """

    raw: str  # the token as written, punctuation included
    start: int  # of the raw token
    end: int
    bare: str  # edge punctuation trimmed: "Kubernetes," -> "Kubernetes"
    bare_start: int
    bare_end: int

    @property
    def lower(self) -> str:
        return self.bare.lower()


class Note:
    """The message as the rules see it; built once per review, cheap properties computed lazily."""

    _word_at: dict[str, list[int]]  # where each word starts, found with `words`

    def __init__(self, message: Message, dictionary: Iterable[str] = ()) -> None:
        self.message = message
        self.body = message.body
        self.subject = message.subject
        self.kind = message.kind
        self.channel = message.channel
        self.context: Context = message.context
        # The user's own words (their personal dictionary), accepted like the context's.
        self.dictionary = tuple(dictionary)
        # What other layers work out once per note (`once_per_note`), by who asked.
        self.derived: dict[Callable[[Note], object], object] = {}

    # -- shapes --------------------------------------------------------------------------

    @cached_property
    def lower(self) -> str:
        """The body in lower case; same length and offsets as the body for matching."""
        low = self.body.lower()
        # str.lower() can change length (e.g. "İ"); fall back to casefold-free matching then.
        return low if len(low) == len(self.body) else self.body

    @cached_property
    def caseless(self) -> str:
        """The body in lower case for quick, exact tests of ASCII text; same length and offsets.

        Wherever a case-insensitive regex would match ASCII text in the body, this holds
        that text in lower case, and no other character lowers to it: `"thank" not in
        note.caseless` proves that no case-insensitive "thank" is in the body, and
        `note.caseless.startswith("jo", i)` is a case-insensitive match of "jo" at `i`.
        White space, digits and word characters stay what they are. (Checked over every
        code point; unlike `lower`, it never falls back to the body.)
        """
        return caseless(self.body)

    @cached_property
    def word_starts(self) -> WordStarts:
        """Where each word (a run of letters and digits) starts, by its `caseless` form."""
        from afterword.language.wordscan import WordStarts

        self.words  # noqa: B018 - found in the same pass as the words
        return WordStarts(self._word_at, self.body, self.caseless)

    @cached_property
    def words(self) -> list[Word]:
        out: list[Word] = []
        append = out.append
        new = tuple.__new__  # `Word(...)` without the named tuple's Python-level `__new__`
        body = self.body
        caseless = self.caseless
        # Every letter and digit lies in the bare form of one of the words, and that is
        # nearly always a single run: where each run starts (`word_starts`) is found in the
        # same pass.
        at: dict[str, list[int]] = {}
        end = 0
        # `str.split()` cuts at the white space `\s` stands for, and finds the tokens faster
        # than a regex; each is then found where the last one ended.
        for raw in body.split():
            start = body.find(raw, end)
            end = start + len(raw)
            bare = raw.strip(_EDGE)  # edge punctuation holds no letter or digit
            if bare.isalnum():
                # Most tokens start with a letter: only measure the leading punctuation when any.
                bs = start + len(raw) - len(raw.lstrip(_EDGE)) if raw[0] in _EDGE else start
                be = bs + len(bare)
                key = caseless[bs:be]
                found = at.get(key)
                if found is None:
                    at[key] = [bs]
                else:
                    found.append(bs)
            elif _HAS_ALNUM.search(bare):
                bs = start + len(raw) - len(raw.lstrip(_EDGE)) if raw[0] in _EDGE else start
                be = bs + len(bare)
                for m in _ALNUM_RUN.finditer(caseless, bs, be):
                    at.setdefault(m.group(), []).append(m.start())
            else:
                continue
            append(new(Word, (raw, start, end, bare, bs, be)))
        self._word_at = at
        return out

    @property
    def word_count(self) -> int:
        return len(self.words)

    @cached_property
    def paragraphs(self) -> list[Span]:
        """Blocks of text separated by blank lines (stripped of surrounding white space)."""
        out: list[Span] = []
        pos = 0
        for m in [*_PARA_BREAK.finditer(self.body), None]:
            end = m.start() if m else len(self.body)
            chunk = self.body[pos:end]
            if chunk.strip():
                lead = len(chunk) - len(chunk.lstrip())
                s = pos + lead
                e = pos + len(chunk.rstrip())
                out.append(Span(self.body[s:e], s, e))
            if m:
                pos = m.end()
        return out

    @cached_property
    def sentences(self) -> list[Span]:
        """Sentences within each paragraph, split after . ! ? except after abbreviations."""
        out: list[Span] = []
        for para in self.paragraphs:
            text, base = para.text, para.start
            pos = 0
            for m in _SENTENCE_END.finditer(text):
                if _ends_with_abbreviation(text, m.start()) or _inside_brackets(text, m):
                    continue
                end = m.end()
                self._add_sentence(out, text, base, pos, end)
                pos = end
            self._add_sentence(out, text, base, pos, len(text))
        return out

    @staticmethod
    def _add_sentence(out: list[Span], text: str, base: int, start: int, end: int) -> None:
        chunk = text[start:end]
        if not chunk.strip():
            return
        lead = len(chunk) - len(chunk.lstrip())
        s, e = start + lead, start + len(chunk.rstrip())
        out.append(Span(text[s:e], base + s, base + e))

    @cached_property
    def lines(self) -> list[Span]:
        """Non-blank lines, stripped, with their offsets."""
        out = []
        for m in _LINE.finditer(self.body):
            chunk = m.group()
            text = chunk.strip()
            if text:
                s = m.start() + len(chunk) - len(chunk.lstrip())
                out.append(Span(text, s, s + len(text)))
        return out

    @cached_property
    def placeholders(self) -> list[Span]:
        """Template slots left in the body ("[Company Name]", "{name}", "XXX"), in order.

        Language rules skip a slot's text; content rules read it as filled with what it
        names (see `placeholders.slot_label`).
        """
        return [
            Span(self.body[s:e], s, e)
            for s, e in find_placeholders(
                self.body, allow=self.placeholder_allow, starts=self.word_starts
            )
        ]

    @cached_property
    def placeholder_allow(self) -> frozenset[str]:
        """Words that look like slots but are real here: context words and people's initials."""
        c = self.context
        initials = set()
        for name in (c.candidate, c.recipient.name if c.recipient else None):
            if name:
                letters = "".join(w[0] for w in _LETTERS.findall(name))
                initials.add(letters.lower())
        return self.context_words | initials

    def in_placeholder(self, start: int, end: int) -> bool:
        """True when the body span `start`..`end` overlaps a template slot."""
        slots = self.placeholders
        return bool(slots) and any(p.start < end and start < p.end for p in slots)

    @cached_property
    def greeting(self) -> Greeting | None:
        """The opening salutation (see `language/structure.py`); `.complete` when it names someone."""
        from afterword.language.structure import find_greeting

        return find_greeting(self)

    @cached_property
    def signoff(self) -> Signoff | None:
        """The close (valediction, name, contact lines); `.complete` when signed with the name."""
        from afterword.language.structure import find_signoff

        return find_signoff(self)

    def words_in(self, span: Span) -> list[Word]:
        """The words that lie inside `span`."""
        return [w for w in self.words if w.start >= span.start and w.end <= span.end]

    # -- context helpers -------------------------------------------------------------------

    @cached_property
    def context_words(self) -> frozenset[str]:
        """Lower-case words named by any context field: accepted by spelling, shouting, ..."""
        c = self.context
        parts: list[str] = []
        if c.candidate:
            parts.append(c.candidate)
        if c.recipient:
            parts.append(c.recipient.name)
            if c.recipient.title:
                parts.append(c.recipient.title)
        for value in (c.company, c.role):
            if value:
                parts.append(value)
        for seq in (c.topics, c.concerns, c.other_companies, c.other_roles, c.dictionary):
            parts.extend(seq)
        parts.extend(self.dictionary)
        return frozenset().union(*map(_words_of, parts))


@lru_cache(maxsize=4096)
def _words_of(part: str) -> frozenset[str]:
    """The lower-case words of one context value, and the pieces of "O'Neil", "e-mail", ...
    Cached: the same companies, roles and topics come back note after note."""
    words: set[str] = set()
    for token in _CONTEXT_TOKEN.findall(part):
        words.add(token.lower())
        for piece in _TOKEN_JOINS.split(token):
            if piece:
                words.add(piece.lower())
    return frozenset(words)


def _inside_brackets(text: str, m: re.Match[str]) -> bool:
    """A "!" or "?" closing an aside that the sentence goes on after: "The demo (it was
    great!) ran well" is one sentence."""
    if not m.group().endswith(")") or text.rfind("(", 0, m.start()) < 0:
        return False
    after = text[m.end() : m.end() + 2].lstrip()
    return bool(after) and (after[0].islower() or after[0] in ",;:")


def _ends_with_abbreviation(text: str, dot: int) -> bool:
    """True when the period at `dot` closes a known abbreviation ("Dr.", "e.g.")."""
    if text[dot] != ".":
        return False
    start = dot
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in "(\"'“‘":
        start -= 1
    token = text[start : dot + 1].lower()
    return token in ABBREVIATIONS


_Derived = TypeVar("_Derived")


def once_per_note(build: Callable[[Note], _Derived]) -> Callable[[Note], _Derived]:
    """`build(note)`, worked out once per note and shared by every rule that asks.

    The result is kept on the note itself (in `Note.derived`), so it goes when the note
    goes: an analysis that lives outside this layer (the review's moves, the draft rules'
    running text) may hold its note, which a weak-keyed cache beside the notes would then
    keep alive for ever (a value that refers to its weak key keeps the key).
    """

    def get(note: Note) -> _Derived:
        derived = note.derived
        found = derived.get(get)
        if found is None:
            found = derived[get] = build(note)
        return found  # type: ignore[return-value]

    get.__doc__ = build.__doc__
    return get
