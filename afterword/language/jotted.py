"""Reading a jotted fragment: its pieces, which are content and which are asides, spelled out.

A candidate types the record on a phone: "never used netsuite, only QB enterprise + sage
intacct", "both UMD grads - she had dr lindqvist too!!", "i froze 😬". A `Jotting` reads
one such field once: it splits it into pieces (at dashes, semicolons, parentheses,
sentence ends, and commas between clauses), says of each piece whether it is content or
an aside (and which kind: self-criticism, an opinion about a person, a private matter, a
note to self, where the candidate read something), and spells the content out: shorthand
and symbols expanded from `lexicons/shorthand.tsv` (shared with
the review) and `lexicons/jotted_words.tsv`, "i" and the record's names with
their own capitals and accents, emphasis in capitals lowered, typos corrected.

It knows nothing about notes: compose decides what to do with the pieces.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, partial
from pathlib import Path
from typing import Any

from afterword.language import place_cues, trades, wellformed
from afterword.language.cache_file import BucketTable
from afterword.language.compounds import glued_units, hyphenate_counts
from afterword.language.lexicon import rows
from afterword.language.named_items import case_named_items
from afterword.language.routes import join_routes

LEXICONS = Path(__file__).with_name("lexicons")
# A word in capitals this common (Zipf 4.5: "way", "tiny", "not") is emphasis, not an
# acronym; "AUD" (4.4) and "REG" stay acronyms.
SHOUTING_ZIPF = 450
# A typo is corrected only to a word at least this common (Zipf 4): a rare neighbour is
# more likely a name than what was meant ("pasco" is not "paso").
TYPO_FIX_ZIPF = 400

# Kinds of piece that never reach a note, with the reason a user is shown.
LEFT_OUT = {
    "aside": "an aside to yourself",
    "interjection": "an aside to yourself",
    "self-criticism": "self-criticism stays private",
    "opinion": "an opinion about a person",
    "private": "private or marked not to mention",
    "to-do": "a note to yourself (a to-do)",
    "source": "where you read it, not what it says",
    "question": "a question to yourself",
}

_EMOJI = re.compile(
    "[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]+"
)
_EMOJI_BETWEEN = re.compile(
    r"(?<=[\w.!?)])\s*[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]+\s*"
    r"(?=[a-z])")
_PAREN = re.compile(r"\(([^()]*)\)")
# Piece boundaries: a spaced dash, a semicolon, a sentence end, runs of ! or ?.
# A full stop after an abbreviation that belongs to a name ("Kirana Ledger Pvt. Ltd.",
# "Brant & Co.", "Dr. Okafor", "St. Louis") ends no sentence: never a break there.
_NAME_ABBREVIATIONS = ("Pvt", "Pte", "Pty", "Co", "Inc", "Ltd", "Corp", "Bros", "Sdn", "Bhd",
                       "Dr", "Mr", "Mrs", "Ms", "Mx", "Prof", "St", "Mt", "Ft", "Jr", "Sr",
                       # typed in lower case: "she remembered ms. halvorsen" is one piece
                       "dr", "mr", "mrs", "ms", "mx", "prof")
_NOT_AFTER = "".join(rf"(?<!\b{a})" for a in _NAME_ABBREVIATIONS)
_BREAK = re.compile(
    r"\s+[-\u2013\u2014]+\s+|;\s*|(?<=[a-z0-9%)])" + _NOT_AFTER + r"\.\s+|\s*!+\s*|(?<=\?)\s+|\n+"
    # An arrow before three words or more joins two ideas ("-> licensed by end of yr"),
    # unlike one between two numbers or two short names ("cast bracket -> sheet metal").
    r"|\s*(?:->|\u2192)\s*(?=(?:[^\s\d$~,]+\s+){2,}[^\s,])"
    # ... and one before a ratio or a count that opens words ("-> 1:1 follow ups down ~30%").
    r"|\s*(?:->|\u2192)\s*(?=\d+[:/]\d+s?\s+(?:[^\s\d$~,]+\s+)+\S)"
)
_WORD = re.compile(r"[^\W_]+(?:['\u2019./&-][^\W_]+)*['\u2019]?|[#$%~+&]|->|\u2192|=")
_NUMBER_UNIT = re.compile(
    r"\b(\d+(?:\.\d+)?)\s+(day|item|year|yr|week|wk|month|mo|minute|min|hour|hr|person|page"
    r"|point|step|course|seat|room|bed|cover|chair|acre|story|foot|ft|mile|unit|lot|lane|"
    r"chapter|module|session)\s+(?!(?:of|ago|per|in|to|and|or|a|an|the|later|straight|before"
    r"|after|each|early|late|out|off|on|at|with|w|for|from|by|left|more|less|total|old|away)\b)"
    r"(?=[a-z])",
    re.I,
)
_UNIT_WORDS = {"yr": "year", "wk": "week", "mo": "month", "min": "minute", "hr": "hour"}


@cache
def _table(name: str) -> tuple[tuple[str, str], ...]:
    """A two-column lexicon (comments and blank lines skipped)."""
    rows = []
    for line in (LEXICONS / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, _, value = line.partition("\t")
        rows.append((key.strip(), value.strip()))
    return tuple(rows)


# Shared shorthand that is no word on its own in a jotting: "am" is "I am" far more often
# than "morning" ("weds am" is read below); signs are read by `spell` in their context.
_NOT_WORDS = frozenset({"am", "->", "\u2192", "~", "+", "&", "="})


@cache
def _expansions() -> tuple[re.Pattern[str], dict[str, str], dict[str, str]]:
    """One regex for every key (longest first), with exact and caseless maps: the shared
    shorthand lexicon (`shorthand.tsv`, which the review's rule reads too), then this
    layer's own words (`jotted_words.tsv`), which take precedence."""
    from afterword.language.lexicon import shorthand

    exact: dict[str, str] = {}
    caseless: dict[str, str] = {
        entry.short.lower(): entry.written for entry in shorthand().values()
        if entry.written and entry.short not in _NOT_WORDS
    }
    for key, value in _table("jotted_words.tsv"):
        if value == "?":
            continue  # a clipping of several meanings: see `unsure`
        if key != key.lower():
            exact[key] = value
        else:
            caseless[key] = value
    keys = sorted({*exact, *caseless}, key=lambda w: (-len(w), w))
    alternatives = "|".join(re.escape(k) for k in keys)
    # A quotation mark after a word ends a quotation ("the 'last 5 mins' idea"), unlike an
    # apostrophe inside one ("id've"); a possessive is the word's ("the atty's calendar").
    # Nor the first part of a hyphenated word: "co-supervised" is no "company-supervised".
    pattern = re.compile(
        rf"(?<![\w/'\u2019.])(?:{alternatives})(?![\w/]|['\u2019](?![sS]\b)\w|\.\w|-[^\W\d_])",
        re.I)
    return pattern, exact, caseless


@cache
def unsure() -> frozenset[str]:
    """Clipped words with several meanings ("comp", "prac"): marked "?" in
    `jotted_words.tsv`. A phrase holding one cannot go out as it is."""
    return frozenset(k.lower() for k, v in _table("jotted_words.tsv") if v == "?")


def clipped(word: str) -> bool:
    """Whether a lower-case word is a clipping no note should show: marked unsure in the
    lexicon, or the start of a more common word that the word list does not know on its own
    ("perio" for periodontal, which the typo fixer would otherwise make "period")."""
    w = word.lower()
    if w in unsure():
        return True
    if len(w) < 3 or not w.isalpha() or _spelling().knows(w):
        return False
    best = _spelling().suggest(w).best
    return bool(best) and best.startswith(w)


@cache
def _asides() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple(
        # A private marker is a whole word ("confidential", never "confidentiality").
        (re.compile(rf"(?<!\w){re.escape(k)}" + (r"(?!\w)" if kind == "private" else ""), re.I),
         kind) for k, kind in _table("asides.tsv")
    )


@cache
def _private() -> re.Pattern[str]:
    words = [k for k, kind in _table("asides.tsv") if kind == "private"]
    # Whole words: "confidential" marks a note private, "confidentiality" is a subject.
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)", re.I)


@cache
def _any_aside() -> re.Pattern[str]:
    words = sorted((k for k, kind in _table("asides.tsv") if kind != "interjection"), key=len,
                   reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + ")", re.I)


@cache
def _INTERJECTIONS() -> re.Pattern[str]:  # noqa: N802 (a constant built on first use)
    words = [k for k, kind in _table("asides.tsv") if kind == "interjection"]
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)", re.I)


@cache
def _casing() -> dict[str, str]:
    forms = {}
    for line in (LEXICONS / "casing.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            form = line.strip()
            forms[fold(form)] = form
            forms.setdefault(fold(form).replace("'", ""), form)  # "moodys" is "Moody's"
    return forms


def _name_runs(forms: Iterable[str]) -> re.Pattern[str] | None:
    """One regex for the names of several words ("dentrix ascend", "la marzocco"), which a
    word-by-word recasing cannot see; longest first."""
    runs = sorted({f for f in forms if " " in f}, key=lambda w: (-len(w), w))
    if not runs:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(r) for r in runs) + r")(?![\w-])",
                      re.I)


def fold(text: str) -> str:
    """Lower case without accents: "Jürgen" and "jurgen" fold alike."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _spelling() -> Any:
    """The English word list (shared with the review's spelling rule), loaded on first use."""
    from afterword.language.spelling import lexicon

    return lexicon()


# The head nouns of a credential: "B2 / avionics licence" names one.
_CREDENTIAL = (r"(?:licen[cs]e|cert(?:ificate|ification)?|rating|endorsement|ticket|permit|"
               r"registration|qualification|card|accreditation)s?\b")
# A jotting that says what the candidate lacks: "no B2 / avionics licence", "never used ...".
_NEGATED = re.compile(r"(?i)\s*(?:no|not|never|without|zero|lack of|hasn't|haven't|hasnt|"
                      r"havent|didn't|didnt)\b")


@dataclass(frozen=True)
class Piece:
    """One idea of a fragment: its words as jotted, what kind it is, and its spelled-out text."""

    raw: str
    kind: str = "content"  # or a key of LEFT_OUT
    text: str = ""  # spelled out (content only)
    parenthetical: bool = False  # written in brackets: an example or a detail, as a rule

    @property
    def is_content(self) -> bool:
        return self.kind == "content"


@dataclass
class Jotting:
    """A jotted field read once: its pieces, and whether the whole item is off limits."""

    raw: str
    pieces: list[Piece] = field(default_factory=list)
    off_limits: str | None = None  # a reason when the whole item must stay out

    @property
    def content(self) -> list[str]:
        """The spelled-out content pieces, in order."""
        return [] if self.off_limits else [p.text for p in self.pieces if p.is_content and p.text]

    @property
    def left_out(self) -> list[tuple[str, str]]:
        """(piece as jotted, why it is left out), for the user."""
        if self.off_limits:
            return [(self.raw.strip(), self.off_limits)]
        return [(p.raw.strip(), LEFT_OUT[p.kind]) for p in self.pieces if not p.is_content]


class Reader:
    """Reads fragments with one record's names: its people, and the words it capitalises."""

    def __init__(self, names: Sequence[str] = (), record_text: Iterable[str] = (),
                 titles: Iterable[str] = (), setting: Iterable[str] = (),
                 heard: Iterable[str] = (), trade: Iterable[str] = ()) -> None:
        self.people = tuple(names)
        self._spelt: dict[str, str] = {}  # text -> its spelling (`spell`)
        heard = tuple(heard)
        texts = tuple(t or "" for t in record_text)
        forms: dict[str, str] = dict(_casing())
        # The record's own capitalised words teach their casing ("Tucson" in a qualification
        # recases "tucson" in a concern) when they are names: unknown to the word list, or
        # capitalised in the middle of a phrase. `titles` (the role) and `setting` (the
        # company) teach no casing: "Store Manager" must not recase "a $4.1M store"; the role
        # spells out acronyms ("FO staff" for a Front Office Manager), and both say where the
        # note goes (a school's children are students).
        for text in texts:
            for m in re.finditer(r"[^\W\d_][\w'\u2019&-]*", text or ""):
                word = m.group()
                if word == word.lower() or len(word) < 2 or self._shouting(word):
                    continue
                start = text[:m.start()].rstrip()
                mid = bool(start) and start[-1] not in ".:!?-(\"'\u201c\u2018"
                # A capital inside a run of capitalised words is part of a name ("LA Superior
                # Court", "Ember Kitchen") and says nothing about the common word alone.
                after = text[m.end():].lstrip()
                in_name = bool(re.match(r"[A-Z]", after)) or bool(
                    re.search(r"\b[A-Z][\w&'-]*\s*$", text[:m.start()]))
                common = _spelling().zipf(word.lower()) >= SHOUTING_ZIPF
                if (mid and not in_name and not common) or not _spelling().knows(word.lower()):
                    forms.setdefault(fold(word), word)
        for name in self.people:
            for part in name.split():
                part = part.strip(".,")
                # "Judge" in "Judge Eleanor Amos" is a title: "a magistrate judge" stays.
                if part and part.lower() not in _NAME_TITLES:
                    forms[fold(part)] = part
            forms[fold(name)] = name
        # A run of capitalised words holding a name no word list knows ("Dentrix Ascend
        # video training") teaches the whole run: "dentrix ascend" elsewhere is recased.
        for text in texts:
            for m in re.finditer(r"\b[A-Z][\w'&-]*(?:\s+[A-Z][\w'&-]*)+", text):
                run = m.group().split()
                if len(run) <= 3 and not any(w.isupper() for w in run) and (
                        any(not _spelling().knows(w.lower()) for w in run)
                        or _taught_run(run, text[:m.start()])):
                    forms.setdefault(fold(" ".join(run)), " ".join(run))
        self.forms = forms
        self.name_heads = place_cues.heads(texts, place_case)
        self._runs = _name_runs(v for v in forms.values())
        titles, setting = tuple(titles), tuple(setting)
        # The words of the record's names, role and company, in lower case: an acronym among
        # them ("SRE", "IBEW") is the reader's own word, never the candidate's shorthand.
        words = {w.lower() for t in (*self.people, *titles, *setting)
                 for w in re.findall(r"[\w&]+", t or "")}
        # The initials of a run of capitalised words in the role or the company are theirs
        # ("SRE" for a Site Reliability Engineer, "PUD" for Three Rivers Public Utility District).
        for t in (*titles, *setting):
            words |= _initials(t or "")
        # An acronym of three letters or more in what an interviewer discussed or in their
        # title ("CAPA effectiveness checks", "OOS investigations") is a term of the reader's
        # trade, said at the interview: a note may use it. (Two letters say too little: "SW".)
        # A plural counts too: "BPMHs" says BPMH.
        words |= {a.lower() for t in heard
                  for a in re.findall(r"\b([A-Z][A-Z0-9&]{2,})(?:s|['\u2019]s)?\b", t or "")}
        self.name_words = frozenset(words)
        # The standing terms of the reader's trade, read from the reader's side of the
        # record ("CLE" to a public defender's office), and the acronyms the candidate chose
        # in a sentence written out in full: neither is private shorthand (`trades`).
        # `trade`: more of the reader's side (the topics discussed, the company's values),
        # which says the trade without making its acronyms said at the interview.
        fields = trades.fields((*titles, *setting, *heard, *trade))
        # "playwright + CI" to a software reader is the tool: its name takes its capitals.
        for row in rows("tool_names"):
            if row[0] in fields:
                self.forms.setdefault(fold(row[1]), row[1])
        self._runs = _name_runs(v for v in self.forms.values())
        self.terms = trades.terms(fields) | trades.written_acronyms(texts)
        self.trade_words = trades.written(fields)  # "IDIs" is written "in-depth interviews"
        self.acronyms = _record_acronyms(texts, titles)
        # "kids" is casual: at a school the children are students.
        school = any(re.search(r"(?i)\b(?:teacher|school|principal|academy|classroom|tutor|"
                               r"librarian|teaching|education|elementary)\b", t)
                     for t in (*titles, *setting))
        self.kids = "student" if school else "child"
        # "CT Radiographer (Band 6)": a record that writes a pay band with its capital has
        # "band 5" jotted elsewhere written "Band 5" too.
        self.bands = any(re.search(r"\bBand [1-9]\b", t or "") for t in (*texts, *titles))

    @staticmethod
    def _shouting(word: str, context: str = "") -> bool:
        """A common word in capitals for emphasis ("WAY", "TINY", "NOT"), not an acronym
        ("CPA", "LEAD program"; "FAR + REG": capitals beside other capitals are acronyms)."""
        if not (word.isupper() and len(word) >= 3 and word.isalpha()):
            return False
        if context and _beside_capitals(word, context):
            return False
        lower = word.lower()
        if lower in {"not", "dont", "never", "very", "really", "super", "totally", "so"}:
            return True
        from afterword.language.phrases import emphasis_word

        return _spelling().zipf(lower) >= SHOUTING_ZIPF and emphasis_word(lower)

    def read(self, text: str | None) -> Jotting:
        """Split a field into pieces, classify each, and spell out the content."""
        jotting = Jotting(raw=text or "")
        if not text or not text.strip():
            return jotting
        # A private matter anywhere in an item keeps the whole item out: "asked abt my
        # knife tattoo, turns out same artist" must not become "the same artist".
        if _private().search(text):
            jotting.off_limits = LEFT_OUT["private"]
        raw_pieces: list[tuple[str, bool]] = []
        # An emoji between words ends a thought as a full stop would: "he used to drink in
        # my bar 😂 recognised me straight away" is two pieces, never one run-on clause.
        body = _gloss(_EMOJI.sub(" ", _EMOJI_BETWEEN.sub("; ", text)))
        # Parentheses hold asides, sources and examples: each is a piece of its own, in
        # its place (a sentence around one keeps its commas: it was written cleanly).
        clean_sentence = bool(re.match(r"\s*[A-Z]", body)) and body.rstrip().endswith(".") \
            and not _rough(body)
        inner: list[str] = []
        if not clean_sentence:
            def hold(m: re.Match[str]) -> str:
                inner.append(m.group(1))
                return f" \x00{len(inner) - 1}\x00 "

            body = _PAREN.sub(hold, body)
        # "Hosur -> Chennai lane case": a route between two names is one phrase, never
        # cut at its arrow or dash.
        body = join_routes(body, lambda word: _common(word.lower()))
        chunks = [body] if clean_sentence else _BREAK.split(body)
        for chunk in chunks:
            for part in ([chunk] if clean_sentence else _split_clauses(chunk)):
                held = [inner[int(n)] for n in re.findall(r"\x00(\d+)\x00", part)]
                part = re.sub(r"\s*\x00\d+\x00\s*", " ", part)
                if part.strip(" ,.-"):
                    raw_pieces.append((part, False))
                raw_pieces.extend((h, True) for h in held)
        for raw, parenthetical in raw_pieces:
            stripped = _INTERJECTIONS().sub(" ", raw)
            if stripped != raw:
                jotting.pieces.append(Piece(raw=" ".join(
                    m.group() for m in _INTERJECTIONS().finditer(raw)), kind="interjection"))
                raw = stripped
                if not raw.strip(" ,.-!"):
                    continue
            kind = self._kind(raw, parenthetical)
            jotting.pieces.append(
                Piece(raw=raw, kind=kind, text=self.spell(raw) if kind == "content" else "",
                      parenthetical=parenthetical)
            )
        return jotting

    def _kind(self, raw: str, parenthetical: bool) -> str:
        if _any_aside().search(raw):  # one search first: most pieces hold no aside
            for pattern, kind in _asides():
                if kind != "interjection" and pattern.search(raw):
                    return kind
        stripped = raw.strip()
        if stripped.endswith("?") or "??" in stripped:
            return "question"
        if parenthetical and len(stripped.split()) <= 3 and not re.search(r"\d", stripped):
            # "(physics, ETH)", "(janet!!)": a remark in passing, not a phrase for a note.
            return "aside"
        return "content"

    def spell(self, text: str) -> str:
        """Shorthand and symbols spelled out, names and "I" recased, emphasis lowered."""
        # The composer spells the same pieces again and again (each note, each place that
        # reads a topic): about 90 calls for 30 texts in a panel of four. The reader's
        # state is fixed when it is made, so a text's spelling is too.
        spelt = self._spelt.get(text)
        if spelt is None:
            # Grammar a repair can mend for sure ("when client refuse" -> "when a client
            # refuses", "target na 90%" -> "target of a 90%") is mended here, once, so every
            # note and ask reads the mended phrase; what cannot be mended stays for
            # `wellformed.faults` to keep out.
            spelt = self._spelt[text] = wellformed.mended(self._spell(text))
        return spelt

    def _spell(self, text: str) -> str:
        text = _EMOJI.sub(" ", text)
        text = re.sub(r"\s+", " ", text).strip(" ,;:-")
        text = re.sub(r"(?i)\b(mon|tues?|weds?|thu(?:rs)?|fri|sat|sun|every|each|this)\s+am\b",
                      r"\1 morning", text)
        # "may" and "march" are months only before a day: "AUD booked may 14".
        text = re.sub(r"\b(may|march)\s+(?=\d)", _month, text)
        # ... and after a word of time: "a course starting may", "until march".
        text = re.sub(r"\b(starting|from|until|till|since|by|in|early|late|mid) (may|march)"
                      r"\b(?!\s+(?:be|have|not|well)\b)",
                      _time_month, text)
        # "33.8 -> 29.6%" is "from 33.8 to 29.6%"; a bare arrow between ideas is "then".
        # "~35% -> ~19%" is "from about 35% to about 19%" ("~" is read below).
        text = re.sub(r"(?<![\w.$~])(~?\s*\$?\d[\d.,]*\s*\w{0,3}%?)\s*(?:->|\u2192)\s*(~?\s*\$?\d)",
                      r"from \1 to \2", text)
        text = re.sub(r"\s*(?:->|\u2192)\s*", " to ", text)  # "cast bracket -> sheet metal"
        text = re.sub(r"~\s*", "about ", text)
        # "60+ KB articles" is "more than 60 KB articles"; "250+ cover nights" counts what
        # the next word names: "250-plus-cover nights".
        text = re.sub(r"(?<![\w.])(\d[\d,]*)\+\s+(?=[A-Za-z])", _more_than, text)
        # "$11.40/unit on ~18k units/yr": rates in words.
        text = re.sub(r"/(?:yr|year)\b", " a year", text)
        text = re.sub(r"/(?:wk|week)\b", " a week", text)
        text = re.sub(r"/(?:hr|hour)\b", " an hour", text)
        text = re.sub(r"(?<=\d)/(unit|day|month|person|household|case)\b", r" per \1", text)
        text = re.sub(r"(?<=[a-z])/(day|week|month|year|shift)\b", r" a \1", text)  # "txns/day"
        # "40M transactions", "18k units": figures in words a note can carry.
        text = re.sub(r"(?<![$\d.])(\d+(?:\.\d+)?)M\b(?=\s+[a-z])", r"\1 million", text)
        # "PALS exp. jun 2027": before a month, "exp." is when it expires.
        text = re.sub(r"(?i)\bexp\.?\s+(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
                      r"\.?\s+\d)", "expiring ", text)
        # "bilingual eng/spanish": beside another language, "eng" is English.
        text = re.sub(rf"(?i)\beng\b(?=\s*(?:/|\+|&|,|and)\s*{_LANGUAGE_NAMES}\b)", "English", text)
        text = re.sub(rf"(?i)\b({_LANGUAGE_NAMES})/(?={_LANGUAGE_NAMES}\b)", r"\1 and ", text)
        # "Gravel & Shea": an ampersand between capitalised words is part of a name.
        text = re.sub(r"(\S*)\s+&\s+(?=(\S))", _ampersand, text)
        text = re.sub(r"\s+\+\s+", " and ", text)
        # "B2 / avionics licence": two names of one credential, said as one ("B2/avionics
        # licence"), never two licences.
        text = re.sub(rf"(?<=\w)\s+/\s+(?=[\w.-]+\s+{_CREDENTIAL})", "/", text)
        # "IABP / impella", "1:1 / 1:2 ratios": a spaced slash joins two of a kind; after
        # a negation, either: "no IABP or Impella", never "no IABP and Impella".
        text = re.sub(r"(?<=\w)\s+/\s+(?=\w)",
                      " or " if _NEGATED.match(text) else " and ", text)
        text = re.sub(r"(?<=\w)\+(?=\w)", " and ", text)
        text = re.sub(r"\s+=\s+", " is ", text)
        text = re.sub(r"\bex-(?=[A-Za-z])", "former ", text)
        # "moved to the US": the country as a noun takes "the"; before a noun it is an
        # adjective and takes none ("2 US investors", "our US team").
        text = re.sub(r"(?<!\bthe )\bUS\b(?!\s+(?!(?:and|or|but|for|to|in|on|at|by|from|with|"
                      r"as|since|before|after|until|while|when|where|because|so)\b)[A-Za-z])",
                      "the US", text)
        text = _counting(text)
        # "the the budget", "about about 5": a small word typed twice is typed once.
        text = _DOUBLED().sub(r"\1", text)
        # "cut food cost 4 pts" is "cut food cost by 4 points".
        text = re.sub(r"(?i)\b(cut|reduced|lowered|raised|grew|increased|improved)\s+((?:(?!by\b)[a-z]+\s+){1,3}?)"
                      r"(?=(?:about\s+)?\d[\d.,]*\s*(?:pts|points|%|percent))", r"\1 \2by ", text)
        # Points only where something went up or down by them: "cut food cost by 4 pts";
        # elsewhere "pts" is patients ("med sync for ~200 pts"), from the lexicon.
        text = re.sub(r"\bby ((?:about )?\d[\d.,]*)\s*pts\b", r"by \1 points", text)
        # "12hr nights", "5min demo": a figure and its unit written together.
        text = re.sub(r"\b(\d+)(hr|hrs|min|mins|wk|wks|yr|yrs|mo)\b", r"\1 \2", text)
        # "0 adjustments last 2 yrs": over the last two years.
        text = re.sub(r"(?<!\bthe )(?<!\bover )(?<!\bfor )(?<!\bin )\blast\s+(\d+|two|three|four|five|"
                      r"a few)\s+(years?|yrs?|months?|mos|weeks?|wks?)\b", r"over the last \1 \2", text)
        # "cut failed refunds 2% to 0.3%": from one figure to the other, never "by 2% to
        # 0.3%" nor "from by 2%" (the rule for "by" above reads the first figure alone);
        # and no "by" after a word that already says how ("grew the region by by 30%",
        # "reduced churn to by 3%").
        text = re.sub(r"(?i)\b(?:from\s+)?by\s+((?:about\s+)?\d[\d.,]*\s*%)\s+to\s+"
                      r"(?=(?:about\s+)?\d)", r"from \1 to ", text)
        text = re.sub(r"(?i)\b(by|to|from|of|at|under|below|above|over)\s+by\s+"
                      r"(?=(?:about\s+)?\d)", r"\1 ", text)
        # "5 pgs max": at most.
        text = re.sub(r"\b(\d[\d,.]*\s+[a-z]+)\s+max\b", r"\1 at most", text)
        text = _NUMBER_UNIT.sub(
            lambda m: f"{m.group(1)}-{_UNIT_WORDS.get(m.group(2).lower(), m.group(2))} ", text
        )
        # "windchill intro on tues": a noun, "introduction"; "intro course": "introductory".
        text = re.sub(r"(?i)\bintro\b(?!\s+(?:to|course|class|module|session|training|video|"
                      r"call|level|offer|rate|price|lesson|workshop|program|programme)\b)",
                      "introduction", text)
        pattern, exact, caseless = _expansions()

        def expand(match: re.Match[str]) -> str:
            word = match.group()
            if re.fullmatch(r"\d+(?:st|nd|rd|th)", word) and re.match(
                    r"\s+[A-Z][a-z]", match.string[match.end():]):
                return word  # "2nd Cir", "3rd Avenue": part of a name
            if word in exact:
                return exact[word]
            if word[:1].isupper() and _IN_COMPANY_NAME.search(match.string[:match.start()]):
                return word  # "Brant & Co.", "Halvorsen Build Co": part of a company's name
            if _acronym(word):
                return word  # "HR", "PT": a word in capitals is an acronym, never shorthand
            if word.lower() == "sat" and re.match(r"\s+(?:in|through|for|on|with|down|beside|as|"
                                                  r"next|first|second|third|\d+(?:st|nd|rd)"
                                                  r")\b",
                                                  match.string[match.end():]) and not re.search(
                    r"(?i)\b(?:on|this|next|last|every|each|by|from|until|till)\s+$",
                    match.string[:match.start()]):
                return word  # "sat in on 6 hearings", "sat 2nd chair": the verb, no Saturday
            if word.lower() in caseless and (word == word.lower() or word.lower() != "id"):
                return caseless[word.lower()]
            return word

        text = pattern.sub(expand, text)
        # "form based code", "cloud based tools": a compound adjective before its noun.
        text = re.sub(r"\b([a-z]+) based\s+(?!(?:in|on|at|out|around|near|off|upon|with|"
                      r"and|or|the|a|an|my|our|their|your)\b)(?=[a-z])", r"\1-based ", text)
        text = _TITLED.sub(_title_case, text)
        text = _KIN_POSSESSIVE.sub(_possessive, text)
        text = re.sub(r"(?<!\bmy )\bkids\b", "students" if self.kids == "student" else "children",
                      text)
        text = re.sub(r"(?<!\bmy )\bkid\b", self.kids, text)
        for short, long in self.acronyms.items():
            text = re.sub(rf"(?<![\w-]){short}(s?)(?![\w-])", partial(_counted, words=long), text)
        for short, long in self.trade_words.items():
            text = re.sub(rf"(?<![\w&-]){re.escape(short)}(s?)(?![\w&-])", rf"{long}\1", text)
        context = text
        text = _WORD.sub(lambda m: self._recase(m.group(), context), text)
        if self._runs is not None:
            text = self._runs.sub(lambda m: self.forms.get(fold(m.group()), m.group()), text)
        text = case_named_items(hyphenate_counts(glued_units(
            place_cues.short_names(place_case(text), self.name_heads))))
        # "Python and go": Go is a language in a list of languages, not the verb.
        text = re.sub(rf"\b({_LANGUAGES},? and )go\b", r"\1Go", text)
        text = re.sub(rf"\bgo(?=,? and {_LANGUAGES}\b)", "Go", text)
        # "the Friday check in queues": the noun is "check-in" ("check in with" is the verb).
        text = re.sub(r"\b(check|sign)[ -](in|out|up)\b(?!\s+(?:with|on|at|for|to|by)\b)(?<=\w)",
                      _noun_compound, text)
        if self.bands:
            text = re.sub(r"\bband (?=[1-9]\b)", "Band ", text)
        return re.sub(r"\s+", " ", text).strip(" ,;:")

    def _recase(self, word: str, context: str = "") -> str:
        if not word[:1].isalpha():
            return word
        base, apostrophe, tail = word.partition("'")
        whole = self.forms.get(fold(word))
        if apostrophe and whole and word == word.lower():
            return whole  # "moody's" is "Moody's"
        if apostrophe and tail in {"s", ""} and base:
            return self._recase(base, context) + apostrophe + tail  # "rosa's" -> "Rosa's"
        known = self.forms.get(fold(word))
        # A person's name as jotted ("Jurgen") becomes the record's ("Jürgen"); a word typed
        # in lower case takes its proper capitals ("netsuite" -> "NetSuite").
        if known and word != known and (word == word.lower() or not word.isupper()):
            return known
        if self._shouting(word, context):
            return word.lower()
        # Four letters or fewer is as likely shorthand as a typo ("recs", "cron"): kept.
        if word == word.lower() and len(word) > 4 and word.isalpha():
            spelling = _spelling()
            if not spelling.knows(word):
                best = spelling.suggest(word).best
                # One letter changed is as likely a brand ("trane") as a typo: corrected
                # only in a longer word; a swap, an extra or a missing letter ("thier") in any.
                # An extra letter in a short word is as likely a name in lower case ("lakers"
                # is not "lakes"): corrected only in a longer word, like a changed letter.
                swap_or_gap = bool(best) and (len(best) > len(word) or sorted(best) == sorted(word))
                # A word cut short ("perio") is a clipping, not a typo: "period" would be a
                # wrong guess; the phrase is left out and asked about instead.
                if best and best.startswith(word):
                    return word
                # A changed first letter is seldom a slip and often a trade's word the
                # dictionary lacks ("dentals" is no "rentals"); a letter missing from a short
                # word is as likely a clipping ("artic" for articulation is no "arctic").
                swap = bool(best) and sorted(best) == sorted(word)
                if best and best[0] != word[0]:
                    return word
                if best and len(best) > len(word) and not swap and len(word) < 6:
                    return word
                if best and _edit_distance_one(word, best) and spelling.zipf(best) >= TYPO_FIX_ZIPF \
                        and (swap_or_gap or len(word) >= 7):
                    return best
        return word


@cache
def _places() -> BucketTable:
    """Place names by their folded form ("santa cruz" -> "Santa Cruz"): `lexicons/places.txt`,
    kept with `marshal` in the cache folder (reading and folding 31,000 names each run would
    cost more than the rest of a draft's phrasing), in buckets: a draft looks up about 300
    words, and reading the whole table took 10 ms of it."""
    import sys

    from afterword.language.cache_file import CacheFile

    source = LEXICONS / "places.txt"
    stat = source.stat()
    kept = CacheFile("places", f"3-{stat.st_size}-{stat.st_mtime_ns}"
                               f"-py{sys.version_info[0]}{sys.version_info[1]}")
    loaded = kept.read(tuple)
    if loaded is not None and len(loaded) == _PLACE_BUCKETS:
        return BucketTable(loaded)
    out: dict[str, str] = {}
    for line in source.read_text(encoding="utf-8").splitlines():
        if line and line[0] != "#":
            # Most names are ASCII: lower case is their folded form, at a tenth of the cost.
            out.setdefault(line.lower() if line.isascii() else fold(line), line)
    for name in _subdivisions():
        out.setdefault(fold(name), name)
    coded = BucketTable.coded(out, _PLACE_BUCKETS)
    kept.write(coded)  # a read-only cache folder: the list stays in memory for this run
    return BucketTable(coded)


_PLACE_BUCKETS = 2048


def _subdivisions() -> list[str]:
    """The states, provinces and regions the `holidays` package names ("Queensland",
    "Alberta", "Kerala", "New South Wales"), which the towns of `places.txt` lack. A name
    made only of everyday words ("West Coast", "Capital Territory") is left out, save one
    ending in a place's name ("South Australia")."""
    import holidays

    out = []
    for code in holidays.list_supported_countries():
        for name in getattr(getattr(holidays, code, None), "subdivisions_aliases", None) or {}:
            words = name.split()
            if len(name) < 4 or name == name.upper() or not re.fullmatch(
                    r"[^\W\d_][\w'.-]*(?: [\w'.-]+){0,2}", name):
                continue
            if all(_common(w.lower()) for w in words) and not (
                    len(words) > 1 and words[-1] in {"Australia", "Wales", "Ireland"}):
                continue
            out.append(name)
    return out


_DETERMINER_WORDS = frozenset("the a an our your their my his her its this that every each".split())
# Before these a lower-case name is a place or an institution: "at pinecrest", "from scranton".
_PLACE_BEFORE = frozenset("in from at near around outside".split())
# The last word of an institution's name: "at mercy general", "at fairview credit union".
_INSTITUTION = re.compile(
    r"(?:(?:[a-z]+ ){1,3})(?:general|hospital|medical center|college|university|elementary"
    r"|high school|middle school|academy|credit union|bank|clinic)\b")
_IN_NAME_NEVER = frozenset("in at on from to for with by during after before when while near "
                           "around".split())
_SITES = frozenset("store stores office branch location site campus plant clinic warehouse "
                   "hospital depot".split())
_SHOPS = frozenset("cafe café restaurant bakery hotel pub shop salon gym bar diner bistro "
                   "kitchen studio school".split())
_NOT_NAME = frozenset("a an the my our your their his her its this that these those each every "
                      "some any no one two three four five new old big small local same other "
                      "and or of for with".split())


def _common(word: str) -> bool:
    """Whether a word is an everyday English word (it has a lemma, or it is very common),
    not only a name."""
    from afterword.language.inflections import lemmas

    # A function word has no lemma in the tables ("than" is also a town): frequency says it.
    return bool(lemmas(word)) or _spelling().zipf(word) >= 500


# Places whose "The" is part of the official name, capitalised mid-sentence too.
_OFFICIAL_THE = frozenset({"The Hague", "The Dalles", "The Colony", "The Villages"})


def place_case(text: str) -> str:
    """Place and institution names typed in lower case, in their capitals: "both grew up in
    scranton" -> "... in Scranton", "UC santa cruz" -> "UC Santa Cruz", "at mercy general"
    -> "at Mercy General". A name that is also an everyday word ("bath", "reading", "mesa")
    keeps its case unless its capitals are certain (a name of several words after "in",
    "from", "at")."""
    from afterword.timezones import country_names  # tzdata's table, read once

    words = text.split(" ")
    for k in range(1, len(words) - 1):
        # "from The Bronx" mid-sentence is "from the Bronx": the article of a place's name
        # is lower case in running text, save where the name's own "The" is official.
        if words[k] == "The" and not re.search(r"[.!?:]$", words[k - 1]):
            place = f"The {words[k + 1].rstrip(',.;:!?)')}"
            if _places().get(place.lower()) == place and place not in _OFFICIAL_THE:
                words[k] = "the"
    i = 0
    while i < len(words):
        prev = words[i - 1].lower() if i else ""
        m = _INSTITUTION.match(" ".join(words[i:])) if prev in _PLACE_BEFORE else None
        # A name holds no preposition but "of": "in pueblo in college" is a town, then when.
        if m and not any(w in _NOT_NAME or w in _IN_NAME_NEVER for w in m.group().split()):
            count = len(m.group().split())
            for k in range(count):
                words[i + k] = words[i + k][:1].upper() + words[i + k][1:]
            i += count
            continue
        done = False
        for n in (3, 2, 1):
            chunk = words[i:i + n]
            bare = [re.sub(r"['\u2019]s$", "", w.rstrip(",.;:!?)")) for w in chunk]
            if len(chunk) < n or not all(b.isalpha() and b.islower() for b in bare):
                continue
            name = _places().get(" ".join(bare))
            if name is None or len(name.split()) != n:
                continue
            common = [_common(b) for b in bare]
            after = words[i + n].lower().strip(",.;:") if i + n < len(words) else ""
            # "the mesa store": a site named for its town.
            site = prev == "the" and after in _SITES and not any(b in _NOT_NAME for b in bare)
            # "the galway cafe": a town's name before a shop's noun, where the name is no
            # everyday word ("the bath shop" sells baths).
            site = site or (prev == "the" and after in _SHOPS and not any(_common(b) for b in bare))
            # "the 24/7 rota", "our rota": after a determiner (or a count after one) a word the
            # word list knows is a noun, not the town of that name.
            before_det = words[i - 2].lower() if i > 1 else ""
            if n == 1 and not site and (prev in _DETERMINER_WORDS or (
                    before_det in _DETERMINER_WORDS and not prev.isalpha())) \
                    and _spelling().knows(bare[0]) and bare[0] not in country_names():
                continue  # ("the indonesia launch": a country's name is never a noun)
            # "the dental suite rota", "night shift rota": a known word after a lower-case
            # noun, closing its phrase, is that compound's head noun, not the town of that
            # name ("physio job leeds" after a place noun is still a town).
            if n == 1 and not site and prev.isalpha() and prev.islower() and \
                    prev not in place_cues.PLACE_NOUNS and {"NOUN", "ADJ"} & set(_lemmas_of(prev)) and \
                    not _place_word_before(prev) and _spelling().knows(bare[0]) and \
                    bare[0] not in country_names() and (
                        not after or after in _HEAD_AFTER or chunk[-1][-1:] in ",;:.)"):
                continue
            if not all(common) or (n > 1 and prev in _PLACE_BEFORE) or site:
                for k, part in enumerate(name.split()):
                    # "the bronx" mid-sentence is "the Bronx": a name's article in lower case.
                    keep = k == 0 and bare[0] == "the" and i > 0 and n > 1
                    words[i + k] = (bare[0] if keep else part) + chunk[k][len(bare[k]):]
                i += n
                done = True
                break
        if done:
            continue
        if prev in _PLACE_BEFORE:
            word = words[i].rstrip(",.;:!?)")
            if word.isalpha() and word.islower() and len(word) > 3 and not _spelling().in_list(
                    word) and not _common(word):
                words[i] = words[i][:1].upper() + words[i][1:]  # "at pinecrest"
        i += 1
    return " ".join(place_cues.recase(words, _one_place, _common))


# What may follow a compound's head noun: the phrase goes on with a preposition or a join.
_HEAD_AFTER = frozenset("for of on in at with and or to from by - that which".split())


def _lemmas_of(word: str) -> dict[str, tuple[str, ...]]:
    from afterword.language import phrases  # the word list, loaded on first use
    return phrases._lemmas(word)


def _place_word_before(word: str) -> bool:
    """A preposition or a verb of moving before a name ("in", "from", "near", "moved")."""
    return word in _PLACE_BEFORE or word in {"near", "to", "from", "via", "around", "outside"}


def _one_place(word: str) -> str | None:
    """The gazetteer's spelling of a place named by one word ("hull" -> "Hull")."""
    name = _places().get(word)
    return name if name is not None and " " not in name else None


_GLOSSED = re.compile(r"(?<![\w'-])((?:[^\W\d_][\w'-]*\s+){0,2}[^\W\d_][\w'-]*)\s*"
                      r"\(([a-z][a-z' -]{2,40})\)")


def _gloss(text: str) -> str:
    """A term in another language glossed in English in brackets is the English: "beëdigd
    vertaler (sworn translator), registered since 2019" reads "sworn translator, ..." (the
    reader of the note reads English; the term is the candidate's to keep in the record).
    Only where no word of the term is English and every word of the gloss is."""
    def english(m: re.Match[str]) -> str:
        term, gloss = m.group(1).split(), m.group(2).split()
        foreign = 0  # the words before the brackets that no English list knows
        # A name ("Halvorsen (my old teacher)") is no foreign term: typed in lower case, or
        # with letters English does not use, it is.
        while foreign < len(term) and not _spelling().knows(term[-1 - foreign].lower()) and (
                term[-1 - foreign].islower() or not term[-1 - foreign].isascii()):
            foreign += 1
        if not foreign or not all(_spelling().knows(w) for w in gloss) or len(gloss) > 5:
            return m.group()
        return " ".join([*term[:len(term) - foreign], m.group(2)])

    return _GLOSSED.sub(english, text)


def _record_acronyms(texts: Sequence[str], titles: Sequence[str]) -> dict[str, str]:
    """Acronyms the record spells out itself: "my QI note" beside "my note on qualified
    immunity", "FO staff" beside the role "Front Office Manager". A note uses the words (the
    acronym may be the candidate's own). A name ("Vermont Law Review") keeps its acronym."""
    from afterword.language.acronyms import meaning as known_meaning

    _, exact, caseless = _expansions()
    # An acronym in capitals is never read as shorthand ("SW" stays "SW" where "sw" would be
    # a social worker): the record may still spell it out ("Medical Social Worker").
    acronyms = {m.group(1) for t in texts for m in re.finditer(r"\b([A-Z]{2,4})s?\b", t)
                if m.group(1) not in exact}
    found: dict[str, str] = {}
    for acronym in sorted(acronyms):
        n = len(acronym)
        for text in (*texts, *titles):
            words = re.findall(r"[A-Za-z][a-z-]*", text or "")
            for i in range(len(words) - n + 1):
                run = words[i:i + n]
                if "".join(w[0] for w in run).upper() != acronym or any(
                        w.lower() in _NOT_NAME or w.lower() in _FUNCTION_WORDS or len(w) < 3
                        for w in run) or not _noun_phrase_words(run):
                    continue
                lower = all(w.islower() for w in run)
                titled = all(w[:1].isupper() and w[1:].islower() for w in run)
                # Title case counts only in a job title (the role): elsewhere it is a name.
                # Words in lower case count only where they speak of the same thing as the
                # acronym's field ("my QI note" beside "my note on qualified immunity"):
                # "trace a slow request end to end" is no spelling of "SRE".
                # A job title's acronym for the whole title ("SRE") is the reader's own word.
                whole = len(run) == len(re.findall(r"[A-Za-z][a-z-]*", text))
                # An acronym that is shorthand in lower case ("PT": "pt" is a patient) is read
                # only from the role, whose words are its own ("Medical Social Worker": SW).
                # A widely known acronym is the role's only with its own meaning ("ED" in an
                # Emergency Department role; "MSW" is a Master of Social Work, never a
                # Medical Social Worker).
                meaning = known_meaning(acronym)
                same = meaning is None or meaning.lower() == " ".join(run).lower()
                if (titled and text in titles and not whole and same) or (
                        lower and acronym.lower() not in caseless and _same_subject(
                        acronym, run, text, texts)):
                    found.setdefault(acronym, " ".join(w.lower() for w in run))
    return found


# Words of a job title or a time, which a writer capitalises without making a name of them
# ("as Store Manager", "Spring Floor Set" is a name, "Senior Nurse" is a title).
_TITLE_WORDS = frozenset("""
manager director head lead senior junior chief officer assistant associate principal vice
president partner specialist coordinator supervisor analyst consultant executive deputy
acting interim team
""".split())


def _taught_run(run: list[str], before: str) -> bool:
    """Whether a run of capitalised common words the record wrote mid-sentence ("at Little
    League", "placements at Castle Hill") is a name its lower-case mentions take: never a
    run that opens a sentence or a line, a job title or a run holding a month or a day."""
    from afterword.language.lexicon import words

    start = before.rstrip()
    if not start or start[-1] in ".:!?-(\"'\u201c\u2018\n" or len(run) < 2:
        return False
    people = words("person_nouns")
    return not any(w.lower() in _TITLE_WORDS or w.lower().rstrip("s") in people
                   or w.lower() in people or _MONTH_OR_DAY.fullmatch(w) for w in run)


_MONTH_OR_DAY = re.compile(r"(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|"
                           r"wed|thu|fri|sat|sun)[a-z]*")


def _initials(name: str) -> frozenset[str]:
    """The initials of every run of two or more capitalised words in a name, in lower case:
    "Three Rivers Public Utility District" gives "pud", "trpud", "ud" and their kin."""
    out: set[str] = set()
    for run in re.findall(r"[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)+", name):
        letters = [w[0].lower() for w in run.split()]
        out.update("".join(letters[i:j]) for i in range(len(letters))
                   for j in range(i + 2, len(letters) + 1))
    return frozenset(out)


_DETERMINING = frozenset("a an the one each every this that my our your their his her its any "
                         "no another".split())


def _counted(match: re.Match[str], words: str) -> str:
    """An acronym's words in its place: a count noun with nothing to count it is a plural
    ("he wants SW at the huddle" -> "social workers"), one after "a" or "the" stays one ("a
    weekend SW" -> "a weekend social worker")."""
    from afterword.language.phrases import PREPOSITIONS, is_verb

    if match.group(1):
        return _plural(words)  # "BMs": branch managers
    before = re.findall(r"[\w'-]+", match.string[:match.start()])[-2:]
    rest = match.string[match.end():]
    nxt = re.match(r"\s+([a-z][\w-]*)", rest)
    modifier = nxt is not None and nxt.group(1) not in PREPOSITIONS and nxt.group(1) not in {
        "and", "or", "but", "who", "that", "which", "is", "are", "was", "were", "will", "would"}
    if any(w.lower() in _DETERMINING or w == "1" for w in before) or rest.startswith(
            ("'", "\u2019")) or modifier:
        return words  # counted, possessive, or a modifier before its noun ("SW notes")
    # Only as a verb's object: "3 yrs inpatient SW" is one social worker's years.
    if not _person_noun(words.split()[-1]) or not before or not is_verb(before[-1].lower()):
        return words
    return _plural(words)


def _plural(words: str) -> str:
    """The plural of a noun phrase, by its last word ("social worker" -> "social workers")."""
    last = words.split()[-1]
    plural = last[:-1] + "ies" if re.search(r"[^aeiou]y$", last) else \
        last + "es" if re.search(r"(?:s|x|ch|sh)$", last) else last + "s"
    return words[: len(words) - len(last)] + plural


def _person_noun(word: str) -> bool:
    from afterword.language.lexicon import words

    return word.lower() in words("person_nouns")


def _same_subject(acronym: str, run: list[str], text: str, texts: Sequence[str]) -> bool:
    """Whether a field holding the acronym and the field spelling it out share a word of
    their own (not the run's), or are the same field."""
    def words(t: str) -> set[str]:
        return {w.lower() for w in re.findall(r"[A-Za-z]{4,}", t)} - {w.lower() for w in run}

    spelled = words(text)
    return any(re.search(rf"\b{acronym}\b", other) and (other == text or spelled & words(other))
               for other in texts)


_FUNCTION_WORDS = frozenset("she he they you was were are has had have not but can did does "
                            "will would could should who what when how why all any only just "
                            "also never even still mostly".split())


def _noun_phrase_words(run: list[str]) -> bool:
    """Whether words can be a noun phrase an acronym stands for: it ends on a noun
    ("qualified immunity", "front office")."""
    from afterword.language.inflections import lemmas

    return "NOUN" in lemmas(run[-1].lower())


# "my uncles HVAC company": a possessive typed without its apostrophe ("my uncle's"), when
# a noun follows; "my uncles run the shop" keeps its plural (a verb with its object follows).
_KIN_POSSESSIVE = re.compile(
    r"\b(my|our|your|his|her|their)\s+(uncle|aunt|dad|mom|mum|father|mother|brother|sister"
    r"|cousin|grandma|grandpa|grandmother|grandfather|wife|husband|partner|friend|son"
    r"|daughter|boss|neighbor|neighbour)s\s+(?=([A-Za-z][\w-]*)(?:\s+(\w+))?)")


def _possessive(match: re.Match[str]) -> str:
    from afterword.language.phrases import DETERMINERS, PREPOSITIONS, is_verb

    nxt, after = match.group(3).lower(), (match.group(4) or "").lower()
    if nxt in DETERMINERS or nxt in PREPOSITIONS or nxt in {"and", "or", "are", "were"}:
        return match.group()
    if is_verb(nxt) and (after in DETERMINERS or after in PREPOSITIONS or not after):
        return match.group()  # "my uncles run the shop", "my sisters work in ..."
    return f"{match.group(1)} {match.group(2)}'s "


_NAME_TITLES = frozenset("dr mr mrs ms mx miss sir dame rev fr judge justice prof professor "
                         "principal chef coach captain".split())


# A title before a name typed in lower case: "dr lindqvist", "chef marlow".
# "DR failover" is disaster recovery, not a doctor: a title in capitals is not one.
_TITLED = re.compile(r"\b((?:[Dd]r|[Cc]hef|[Pp]rof|[Pp]rofessor|[Cc]oach|[Jj]udge))\.?\s+"
                     r"([a-z][a-z'-]+)\b")
_TITLES = {"dr": "Dr.", "prof": "Prof."}


def _title_case(match: re.Match[str]) -> str:
    title = match.group(1).lower()
    before = match.string[:match.start()].split()[-1:]
    if title in {"coach", "judge"} and before and before[0].lower() in {
            "both", "we", "i", "they", "you", "also", "still", "who", "and"}:
        return match.group()  # "both coach soccer", "we judge entries": the verb
    from afterword.language.phrases import DETERMINERS, PREPOSITIONS

    if match.group(2) in DETERMINERS | PREPOSITIONS | {"as", "and", "or", "is", "was", "who",
                                                       "too", "me", "you", "i"}:
        return match.group()  # "the same chef as me": no name follows the title
    return f"{_TITLES.get(title, title.capitalize())} {match.group(2).capitalize()}"


_CAPS_RUN = re.compile(r"\b[A-Z]{2,}\b(?:\s*(?:[+&/,]|and)\s*\b[A-Z]{2,}\b)+")


def _beside_capitals(word: str, context: str) -> bool:
    """Whether a word in capitals stands in a run of them ("FAR + REG", "AUD and TCP")."""
    return any(word in re.findall(r"[A-Z]{2,}", m.group()) for m in _CAPS_RUN.finditer(context))


_LANGUAGE_NAMES = (r"(?:english|spanish|french|german|italian|portuguese|mandarin|cantonese|"
                   r"chinese|japanese|korean|vietnamese|arabic|hindi|urdu|punjabi|tagalog|polish|"
                   r"russian|ukrainian|dutch|swedish|greek|turkish|farsi|hebrew|irish|welsh|asl)")
_LANGUAGES = r"(?:Python|Java|Rust|Ruby|Scala|Kotlin|Swift|TypeScript|JavaScript|Elixir|C#|PHP|Perl)"


def _noun_compound(match: re.Match[str]) -> str:
    """ "check in" as a noun ("at check in", "check in queues") is "check-in"; as a verb
    after "to", "will", "I", "we" it stays two words."""
    before = match.string[:match.start()].split()[-1:] or [""]
    if before[0].lower() in {"to", "will", "would", "i", "we", "they", "can", "please", "and"}:
        return match.group()
    return f"{match.group(1)}-{match.group(2)}"


def _inflected(word: str) -> dict[str, tuple[str, ...]]:
    from afterword.language.inflections import lemmas

    return lemmas(word)


def _more_than(match: re.Match[str]) -> str:
    following = match.string[match.end():].split()[:2]
    if following and "ADJ" in _inflected(following[0].lower()):
        # "30+ small business loans": an adjective describes what is counted, further on.
        following = match.string[match.end():].split()[:3]
    plural = any(w.lower().endswith("s") and not w.lower().endswith("ss") for w in following)
    if plural or not following:
        return f"more than {match.group(1)} "
    return f"{match.group(1)}-plus-"


# Before a word in capitals, a capitalised word or "&": that word ends a company's name.
_IN_COMPANY_NAME = re.compile(r"(?:\b[A-Z][\w'-]*|&)\s+$")


def _ampersand(match: re.Match[str]) -> str:
    """ "Gravel & Shea" keeps its sign (a name); "pizza & beer" is "pizza and beer"."""
    before, after = match.group(1), match.group(2)
    if before[:1].isupper() and after.isupper():
        return match.group()
    return f"{before} and "


def _time_month(match: re.Match[str]) -> str:
    return f"{match.group(1)} {match.group(2).capitalize()}"


def _month(match: re.Match[str]) -> str:
    return match.group(1).capitalize() + " "


def _edit_distance_one(a: str, b: str) -> bool:
    """Whether b is one edit (or one swap) from a: only such typos are corrected silently."""
    if a == b:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diffs) == 1 or (
            len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]]
            and a[diffs[1]] == b[diffs[0]]
        )
    if abs(len(a) - len(b)) != 1:
        return False
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


# Commas split clauses, not lists: "Stata, R and ArcGIS" stays whole, "2nd yr, funding
# ends dec" splits.
def _split_clauses(chunk: str) -> list[str]:
    if re.match(r"\s*[A-Z]", chunk) and chunk.rstrip().endswith(".") and not _rough(chunk):
        return [chunk]  # a sentence written cleanly keeps its commas
    # Nor at a legal form's comma ("Ledgerline, Inc.", "Samsung Electronics Co., Ltd.").
    parts = [p for p in re.split(r",\s+(?!(?:and|but|or|so|then|Inc|Ltd|LLC|Limited|"
                                 r"Incorporated|Pvt|Pte|Pty)\b)", chunk)]
    if len(parts) > 1 and parts[-1].strip(" !.").lower() in {"both", "too"}:
        parts[-2:] = [parts[-2] + ", " + parts[-1]]  # "ex-AmeriCorps VISTA, both!"
    if len(parts) == 1:
        return parts
    if re.search(r",\s+[^,]*\b(?:and|or)\s+\S+", chunk) and all(
        len(p.split()) <= 3 for p in parts[:-1]
    ) and len(parts[-1].split()) <= 5:
        return [chunk]
    return parts


def _DOUBLED() -> re.Pattern[str]:  # noqa: N802 (the layer's pattern, named as there)
    from afterword.language.seams import DOUBLED

    return DOUBLED


@cache
def _counting_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The patterns of `counting.tsv`, built once: its signs, "1:1" before a meeting word,
    and a count with "x" before a period."""
    from afterword.language.acronyms import counting

    def either(words: Iterable[str]) -> str:
        return "|".join(map(re.escape, sorted(words, key=len, reverse=True))) or "(?!)"

    signs = re.compile(rf"(?<![\w/:])(?:{either(counting('sign'))})(?![\w/:])")
    meeting = re.compile(rf"(?<![\w/:])1:1(?=\s+(?:{either(counting('meeting'))})\b)")
    times = re.compile(rf"(?<![\w.])(\d+)\s*x\s*(?:/\s*|a\s+|an\s+|per\s+|each\s+|every\s+)"
                       rf"({either(counting('period'))})\b", re.I)
    return signs, meeting, times


def _counting(text: str) -> str:
    """Counting shorthand spelled out where it is sure (`lexicons/counting.tsv`): "2x a
    month" is "twice a month", "3x/wk" "three times a week", "1:1s" "one-on-ones", "#2"
    "number 2". Any other count with "x" ("2x faster") is left for `acronyms.unsure`."""
    if not re.search(r"\d", text):
        return text  # every sign holds a digit
    from afterword.language.acronyms import counting

    signs, meeting, times = _counting_patterns()
    text = signs.sub(lambda m: counting("sign")[m.group()], text)
    text = meeting.sub("one-on-one", text)
    periods, said = counting("period"), counting("count")

    def spoken(m: re.Match[str]) -> str:
        count, period = m.group(1), periods[m.group(2).lower()]
        return f"{said.get(f'{count}x', f'{count} times')} a {period}"

    text = times.sub(spoken, text)
    # "#2 priority", "store #214": the sign is read "number".
    return re.sub(r"(?<![\w&])#\s?(\d+)\b", r"number \1", text)


def _rough(text: str) -> bool:
    """Whether a text holds shorthand or symbols (then it is jotted, not a clean sentence)."""
    pattern, exact, _ = _expansions()
    return bool(re.search(r"->|\u2192|~|\s[+&]\s|(?<![\w'])i(?![\w'])", text)) or any(
        m.group() != "I" and (m.group() in exact or not _acronym(m.group()))
        for m in pattern.finditer(text)
    )


def _acronym(word: str) -> bool:
    """ "HR", "CBA": two or more capitals, which shorthand lists never mean ("hr" is an hour)."""
    return len(word) >= 2 and word.isalpha() and word.isupper()
