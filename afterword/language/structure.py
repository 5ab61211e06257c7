"""Where a note greets its reader and where it signs off (the spec's "A greeting", "A sign-off").

Shared by the content rules (`missing-greeting`, `missing-signoff`), the accuracy rules
(`wrong-recipient-name`) and any rule that must tell the note's frame from its prose.
`Note.greeting` and `Note.signoff` call `find_greeting` and `find_signoff` once per note.

Both return an object even for an incomplete frame ("Hello," with no name; "Best regards,"
with no name after it) so that rules can say what is wrong; the spec's greeting and sign-off
exist only when `.complete` is true.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from afterword.language.patterns import lazy_compile
from afterword.language.spans import Span

if TYPE_CHECKING:
    from afterword.language.text import Note

# -- name normalisation ------------------------------------------------------------------

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "‐": "-", "‑": "-"})


def wordset(text: str) -> frozenset[str]:
    """A word list written as one string (easier to read and extend than a tuple)."""
    return frozenset(text.split())


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Case-, accent- and apostrophe-free form of a name: "Siobhán O’Brien" -> "siobhan obrien".

    A missing accent or apostrophe is a common rendering of a name (many keyboards and
    systems drop them), so it is not treated as a misspelling; hyphens count as spaces.
    """
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().replace("'", "").replace(".", " ").replace("-", " ")
    return " ".join(text.split())


# Titles that may stand before a name in a greeting or a signature ("Dear Dr. Okafor").
HONORIFICS = wordset(
    "mr mrs ms miss mx dr doctor prof professor chef coach pastor rev reverend father sister "
    "rabbi imam judge justice officer captain capt sergeant sgt lieutenant lt major colonel col "
    "admiral sir dame lord lady madam madame mme mlle herr frau senor senora sr sra srta dean "
    "principal senator rep representative councillor councilor mayor governor president "
    "superintendent nurse engr eng chief deputy battalion ir er"
)
# Words that make an addressee a group or a position rather than a person.
GROUP_WORDS = wordset(
    "committee team panel hiring manager managers recruiter recruiters recruiting recruitment "
    "talent acquisition members member all everyone everybody folks both friends colleagues "
    "sirs madams whom concern department board staff search selection interviewers interviewer "
    "human resources hr gentlemen ladies people yall crew partners leadership faculty "
    "director directors coordinator office colleague friend reader teammate teammates "
    "panelists admissions mentors mentor organizers organiser organisers organizer"
)
# Lowercase words that may sit inside a name ("Ludwig van Beethoven", "María de la Cruz").
_PARTICLES = wordset("van von der den de del della di da du la le los las dos das bin ibn al el st")

# Common English nicknames, both ways (a greeting or signature may use either form).
_NICKNAMES = {
    "william": "bill will billy liam",
    "robert": "bob rob bobby robbie bert",
    "richard": "rick dick rich richie",
    "thomas": "tom tommy",
    "james": "jim jimmy jamie",
    "michael": "mike mikey mick",
    "elizabeth": "liz beth lizzie betty eliza libby",
    "katherine": "kate katie kathy kat",
    "catherine": "cate cathy kate katie",
    "kathryn": "kate katie kathy",
    "margaret": "maggie meg peggy marge",
    "jennifer": "jen jenny",
    "joseph": "joe joey",
    "edward": "ed eddie ted ned",
    "charles": "charlie chuck",
    "anthony": "tony",
    "steven": "steve",
    "stephen": "steve",
    "andrew": "andy drew",
    "daniel": "dan danny",
    "david": "dave",
    "matthew": "matt",
    "christopher": "chris",
    "nicholas": "nick nicky",
    "benjamin": "ben benny",
    "samuel": "sam sammy",
    "samantha": "sam",
    "alexander": "alex",
    "alexandra": "alex sasha",
    "jonathan": "jon jonny",
    "patricia": "pat patty trish",
    "patrick": "pat paddy",
    "rebecca": "becky becca",
    "susan": "sue susie",
    "deborah": "deb debbie",
    "gregory": "greg",
    "timothy": "tim timmy",
    "kenneth": "ken kenny",
    "ronald": "ron ronnie",
    "donald": "don donny",
    "lawrence": "larry",
    "gerald": "gerry jerry",
    "henry": "hank harry",
    "harold": "harry hal",
    "frederick": "fred freddie",
    "peter": "pete",
    "victoria": "vicky tori",
    "abigail": "abby",
    "jacqueline": "jackie",
    "theodore": "ted teddy theo",
    "zachary": "zach zack",
    "nathaniel": "nate nat",
    "nathan": "nate",
    "vincent": "vince",
    "raymond": "ray",
    "leonard": "leo len lenny",
    "katarzyna": "kasia",
    "aleksandra": "ola",
    "francisco": "paco pancho",
    "jose": "pepe",
    "dmitri": "dima",
    "ekaterina": "katya",
}
NICKNAMES: dict[str, frozenset[str]] = {}
for _full, _short in _NICKNAMES.items():
    for _n in _short.split():
        NICKNAMES.setdefault(_full, frozenset())
        NICKNAMES[_full] = NICKNAMES[_full] | {_n}
        NICKNAMES[_n] = NICKNAMES.get(_n, frozenset()) | {_full}


def same_given_name(a: str, b: str) -> bool:
    """Whether two folded given names can be the same person's: equal, a nickname, or a short form.

    A short form is a prefix of at least three letters that leaves at least two more
    ("Alex" for "Alexandra", not "Sara" for "Sarah": one letter off is a misspelling).
    """
    if a == b:
        return True
    if b in NICKNAMES.get(a, ()):
        return True
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return len(short) >= 3 and long_.startswith(short) and len(long_) - len(short) >= 2


# -- shared token patterns ---------------------------------------------------------------

# A name-like token: a capitalised word with apostrophes, hyphens or inner capitals
# ("O'Brien", "Nguyen-Tran", "DeLuca"), or an initial ("J.").
_NAME_TOKEN = r"[^\W\d_][^\s,;:!?()\[\]{}<>\"“”]*"
_SLOT = r"(?:\[[^\]\n]{1,40}\]|\{[^}\n]{1,40}\}|<[^>\n]{1,40}>)"
_SLOT_RE = lazy_compile(_SLOT)
_NAME_SLOT = lazy_compile(
    r"^(?:\[|\{|<|\(\s*)?\s*(?:your|my|candidate'?s?|sender'?s?|full|first|last)?\s*"
    r"(?:full\s+|first\s+|last\s+)?name(?:\s+here)?\s*(?:\]|\}|>|\))?$",
    re.IGNORECASE,
)


def _is_slot(text: str) -> bool:
    return bool(_SLOT_RE.fullmatch(text.strip()))


# Several tests on words and lines in this module are cached (`@lru_cache`): a note's frame
# is made of the same few words and lines as the last one's ("Dear Ms.", "Best regards,").
@lru_cache(maxsize=4096)
def _is_honorific(token: str) -> bool:
    parts = [p for p in re.split(r"[/.]+", fold(token).replace(" ", ".")) if p]
    return bool(parts) and all(p in HONORIFICS for p in parts)


def _looks_like_name_token(token: str) -> bool:
    bare = token.strip(".,'’")
    if not bare:
        return False
    if bare.lower() in _PARTICLES:
        return True
    first = bare[0]
    return first.isupper() and not any(ch.isdigit() for ch in bare)


# -- greeting ------------------------------------------------------------------------------


class Greeting(NamedTuple):
    """The note's opening salutation.

    `span` covers the salutation and the addressee ("Dear Ms. O'Brien"), punctuation excluded;
    `salutation` is None for a bare name ("Priya,"); `addressee` is what follows the salutation
    ("Ms. O'Brien", "Hiring Committee", "Priya and Tom") or None when nothing does ("Hello,");
    `honorific` is a title before a name ("Ms."); `names` are the people named, honorifics
    removed ("O'Brien"; "Priya", "Tom"), one span per person; `group` is true for a group or a
    position ("Dear Hiring Committee"); `slot` is true when the addressee is a template slot.
    """

    span: Span
    salutation: Span | None
    addressee: Span | None
    honorific: Span | None
    names: tuple[Span, ...]
    group: bool
    slot: bool = False

    @property
    def complete(self) -> bool:
        """A greeting in the spec's sense: a salutation with a name, a title or a group."""
        return self.addressee is not None


_SALUTATION = lazy_compile(
    r"(?P<sal>dear(?:est)?|hello|hi|hiya|hey|greetings|good\s+(?:morning|afternoon|evening|day)"
    # "Morning Priya," (but not "Morning shifts suit me."): a name and the line's end after it
    r"|(?:morning|afternoon|evening)(?=\s*,|\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]*)?\s*[,!]?\s*$)"
    # salutations of other languages common in workplaces that write in English ("Kia ora
    # Mere,", "Namaste Anil,", "Bonjour Claire,"); one the list lacks is read from its shape
    # when the reader's name follows it (`_salutation_by_shape`)
    r"|kia\s+ora|bonjour|hola|ciao|namaste|namaskar|vanakkam|salaam|salam|shalom|aloha"
    r"|g['’]day|howdy|hallo|guten\s+(?:tag|morgen)|ol[aá]|jambo|habari|sawubona|merhaba"
    r"|marhaba|as-?salaam\s+alaikum|assalamu\s+alaikum|talofa|bula|mabuhay|hej|moin|servus)"
    r"(?![\w'’-])",
    re.IGNORECASE,
)
_TO_WHOM = lazy_compile(
    r"to\s+whom\s+it\s+may\s+concern|to\s+(?:the\s+)?(?:hiring|search|selection|interview"
    r"|recruitment|recruiting)\s+(?:committee|team|panel|manager|group)",
    re.IGNORECASE,
)
_FILLER = lazy_compile(r"(?:\s*,)?\s*(?:(?:again|there)\b\s*)?", re.IGNORECASE)
_DASHES = frozenset({"-", "--", "—", "–", "~"})
# Capitalised words that open prose, not names ("Hi Priya Thanks for ...").
_PROSE_STARTS = wordset(
    "thanks thank i i'm i've i'd it it's hope hoping great just so this that what we our "
    "your you my me quick following"
)
# Capitalised words that open prose with a comma, not a bare-name greeting ("Again, thank you").
_NOT_A_BARE_NAME = wordset(
    "thanks thank hello hi hey greetings congratulations sorry apologies well so again first "
    "firstly today yesterday recently unfortunately fortunately honestly also additionally "
    "however yes no ok okay please sure great best regards sincerely cheers everyone all team "
    "folks hope overall finally lastly meanwhile ps note subject re fyi update "
    "dear friends colleagues sir madam"
)


def find_greeting(note: Note) -> Greeting | None:
    """The greeting on the note's first line, or None when the note opens without one."""
    lines = note.lines
    if not lines:
        return None
    line = _after_letter_block(note) or lines[0]
    text, base = line.text, line.start
    if m := _TO_WHOM.match(text):
        span = Span(m.group(), base, base + m.end())
        return Greeting(span, None, span, None, (), group=True)
    m = _SALUTATION.match(text)
    if m is None:
        bare = _bare_name_greeting(note, line)
        recipient = note.context.recipient
        if bare is not None and (
            recipient is None or any(name_matches_person(n.text, recipient.name) for n in bare.names)
        ):
            return bare
        # "Sannu Hauwa," to Hauwa Bello: a salutation before her name, not a name of two words
        return _salutation_by_shape(note, line) or bare
    sal = Span(m.group(), base + m.start(), base + m.end())
    filler = _FILLER.match(text, m.end())
    assert filler is not None  # the pattern matches the empty string
    tokens = _addressee_tokens(text, filler.end())
    if not tokens:
        return Greeting(sal, sal, None, None, (), group=False)  # "Hello," / "Hi there,"
    a_start, a_end = tokens[0][0], tokens[-1][1]
    addressee = Span(text[a_start:a_end], base + a_start, base + a_end)
    span = Span(text[m.start() : a_end], sal.start, base + a_end)
    return _classify(addressee, span, sal, [(s, e, text[s:e]) for s, e in tokens], base)


# A letter's heading: a date, the sender's or the reader's address, a template's slots.
_BLOCK_LINE = lazy_compile(r"[^.!?]{1,60}(?<![!?])|.{0,60}\d.{0,60}|\[[^\]]*\]")
_DATE_OR_PLACE = lazy_compile(
    r"\d|\[|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
    r"|^(?:re|ref|subject|regarding)\s*:",  # a letter's reference line: "RE: Data Engineer interview"
    re.IGNORECASE,
)
# The dots of abbreviations in a heading ("Ms. Priya Raman", "123 Main St.") end no sentence.
_HEADING_DOTS = lazy_compile(
    r"\b(?:mr|ms|mrs|mx|dr|prof|st|ave|rd|blvd|inc|ltd|co|corp|llc|jr|sr|ste|apt|no)\.", re.IGNORECASE
)


def _block_line(line: str) -> bool:
    return bool(_BLOCK_LINE.fullmatch(_HEADING_DOTS.sub(lambda m: m.group()[:-1], line)))


def _after_letter_block(note: Note) -> Span | None:
    """The first line after a block of date and address lines, when the note opens with one
    (the spec: "a letter-style block of date and address lines may come before" the greeting)."""
    paragraphs = note.paragraphs
    if len(paragraphs) < 2 or not _is_letter_block(paragraphs[0].text):
        return None
    for k, para in enumerate(paragraphs[1:4], 1):
        if _is_letter_block(para.text) and not _SALUTATION.match(para.text):
            continue
        # The reader's name, title and company with no digit ("David Mahoney / Human Resources
        # Manager / Pemberton Mills") between the date and "Dear Mr. Mahoney,".
        following = paragraphs[k + 1].text if k + 1 < len(paragraphs) else ""
        if _SALUTATION.match(following) and _is_address_lines(para.text):
            continue
        return next((line for line in note.lines if line.start >= para.start), None)
    return None


def _is_address_lines(text: str) -> bool:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return (
        1 <= len(lines) <= 6
        and not _SALUTATION.match(lines[0])
        and all(_block_line(line) and not line.endswith(",") for line in lines)
    )


def _is_letter_block(text: str) -> bool:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if _SALUTATION.match(lines[0]) or _TO_WHOM.match(lines[0]):
        return False
    if lines[-1].endswith(",") and len(lines) == 1:
        return False  # "Priya," is a greeting
    return (
        len(lines) <= 8
        and all(_block_line(line) for line in lines)
        and any(_DATE_OR_PLACE.search(line) for line in lines)
    )


def _addressee_tokens(text: str, start: int) -> list[tuple[int, int]]:
    """Offsets (in `text`) of the addressee's words from `start` to the punctuation that ends it."""
    out: list[tuple[int, int]] = []
    for m in re.finditer(rf"{_SLOT}|[^\s—–]+|[—–]", text[start:]):
        s, e = start + m.start(), start + m.end()
        word = m.group()
        if _is_slot(word):
            out.append((s, e))
            continue
        if word in _DASHES:
            break
        core = word.rstrip(",:;!?")
        closes = core != word
        if core.endswith(".") and not (_is_honorific(core) or _is_initial(core)):
            core, closes = core.rstrip("."), True
        if not core:
            break
        e = s + len(core)
        low = fold(core)
        if low in ("and", "&"):
            out.append((s, e))
        elif core[0].islower() and low not in _PARTICLES:
            if low in GROUP_WORDS:
                out.append((s, e))  # "Hi team", "Hello everyone"
            elif not out and low not in _PROSE_STARTS and core.isalpha():
                out.append((s, e))  # a sloppy "hi priya,"
                break
            else:
                break
        elif low in _PROSE_STARTS and (out or low in ("i", "i'm", "i've", "i'd")):
            break
        else:
            out.append((s, e))
        if closes or len(out) >= 8:
            break
    while out and fold(text[out[-1][0] : out[-1][1]]) in ("and", "&"):
        out.pop()
    return out


def _classify(
    addressee: Span,
    span: Span,
    sal: Span | None,
    tokens: list[tuple[int, int, str]],
    base: int,
) -> Greeting:
    words = [fold(t).strip(".") for _, _, t in tokens]
    if any(_is_slot(t) for _, _, t in tokens) or _NAME_SLOT.fullmatch(addressee.text):
        return Greeting(span, sal, addressee, None, (), group=False, slot=True)
    if any(w in GROUP_WORDS for w in words):
        return Greeting(span, sal, addressee, None, (), group=True)
    honorific: Span | None = None
    names: list[Span] = []
    current: list[tuple[int, int]] = []

    def flush() -> None:
        if current:
            s, e = base + current[0][0], base + current[-1][1]
            rel = s - addressee.start
            names.append(Span(addressee.text[rel : rel + e - s], s, e))
            current.clear()

    for s, e, tok in tokens:
        if fold(tok) in ("and", "&"):
            flush()
        elif _is_honorific(tok) and not current:
            if honorific is None:
                honorific = Span(tok, base + s, base + e)
        else:
            current.append((s, e))
    flush()
    if not names:
        # "Dear Professor," : a title alone addresses a position.
        return Greeting(span, sal, addressee, honorific, (), group=True)
    return Greeting(span, sal, addressee, honorific, tuple(names), group=False)


def _is_initial(tok: str) -> bool:
    return bool(re.fullmatch(r"[^\W\d_]\.", tok))


_BARE_LINE = lazy_compile(rf"(?P<name>(?:{_NAME_TOKEN})(?:\s+{_NAME_TOKEN}){{0,3}})\s*,\s*$")
_BARE_LEAD = lazy_compile(rf"(?P<name>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN})?)\s*,\s+\S")


def _bare_name_greeting(note: Note, line: Span) -> Greeting | None:
    """A bare name followed by a comma: "Priya," on its own line, or "Priya, thank you ..."."""
    text = line.text
    own_line = _BARE_LINE.fullmatch(text)
    m = own_line or _BARE_LEAD.match(text)
    if m is None:
        return None
    name = m.group("name")
    tokens = [(mm.start(), mm.end(), mm.group()) for mm in re.finditer(r"\S+", name)]
    if not all(_looks_like_name_token(t) or _is_honorific(t) for _, _, t in tokens):
        return None
    if fold(tokens[0][2]).strip(".") in _NOT_A_BARE_NAME:
        return None
    if not own_line:
        # Prose may open with a capitalised word and a comma ("Again, thank you"); a name
        # there counts only when it is the recipient's.
        recipient = note.context.recipient
        if recipient is None or not name_matches_person(name, recipient.name):
            return None
    span = Span(name, line.start, line.start + len(name))
    return _classify(span, span, None, tokens, line.start)


def _salutation_by_shape(note: Note, line: Span) -> Greeting | None:
    """A salutation no list holds, known by its shape: a line of one or two words, then the
    reader's name and a comma ("Kia ora Mere,", "Namaskaram Anil," "Sannu Hauwa,"). Only the
    context's recipient makes the last words a name: "Thanks again," is no greeting."""
    recipient = note.context.recipient
    text = line.text.rstrip()
    if recipient is None or not text.endswith(","):
        return None
    words = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\s,]+", text[:-1])]
    for k in (1, 2, 3):
        lead, name = words[:-k], words[-k:]
        if not 1 <= len(lead) <= 2 or not all(_looks_like_name_token(t) for _, _, t in name):
            continue
        if any(not t.replace("'", "").replace("’", "").isalpha() for _, _, t in lead):
            continue
        if fold(lead[0][2]) in _NOT_A_BARE_NAME or fold(lead[0][2]) in _PROSE_STARTS:
            continue
        written = text[name[0][0] : name[-1][1]]
        if not name_matches_person(written, recipient.name):
            continue
        base = line.start
        sal = Span(text[lead[0][0] : lead[-1][1]], base + lead[0][0], base + lead[-1][1])
        addressee = Span(written, base + name[0][0], base + name[-1][1])
        span = Span(text[lead[0][0] : name[-1][1]], sal.start, addressee.end)
        return _classify(addressee, span, sal, list(name), base)
    return None


def name_matches_person(written: str, person: str) -> bool:
    """Whether `written` ("Ms. O’Brien", "Priya", "Alex Kim") can name `person` ("Priya Raman").

    Accepted: the full name, the given name, a surname with or without a title, any part of a
    hyphenated or multi-part name, a nickname or short form of the given name, initials.
    Accents, apostrophes, case and hyphens are ignored.
    """
    w = [t for t in fold(_strip_credentials(written)).split() if t not in HONORIFICS]
    p = [t for t in fold(person).split() if t not in HONORIFICS]
    if not w or not p:
        return False
    if w == p:
        return True
    # Every written part must belong to the person; the given name may be a nickname.
    ok = True
    for i, tok in enumerate(w):
        if len(tok) == 1:  # an initial: of a part of the name, or a middle name ("Jordan A. Lee")
            middle = 0 < i < len(w) - 1
            ok = ok and (middle or any(part.startswith(tok) for part in p))
        elif tok in p or (i == 0 and same_given_name(tok, p[0])):
            continue
        else:
            ok = False
    return ok


# A credential after a name: capitals with a few letters between ("RN", "MSc", "BScN",
# "P.Eng."), or a short word that ends on a capital ("PharmD", "PsyD", "EdD"), which no name
# does.
_CREDENTIAL = lazy_compile(
    r"(?:[A-Z][A-Za-z.]{0,2}[A-Z][A-Za-z.]{0,5}|[A-Z][a-z]{1,5}[A-Z]\.?|Jr\.?|Sr\.?|I{2,3}|IV"
    r"|Ph\.?\s?D\.?|M\.?D\.?|Esq\.?)"
)


@lru_cache(maxsize=4096)
def _strip_credentials(name: str) -> str:
    """ "Amara Nwosu, RN, BSN (she/her)" -> "Amara Nwosu"; other text is left as it is."""
    name = re.sub(r"\([^)]*\)", " ", name).strip()
    head, _, tail = name.partition(",")
    if tail and all(_CREDENTIAL.fullmatch(p.strip()) for p in tail.split(",")):
        return head.strip()
    return name


# -- sign-off ------------------------------------------------------------------------------


class Signoff(NamedTuple):
    """The close of the note: a valediction, the candidate's name, contact lines.

    `span` runs from the valediction (or the name) to the end of the last contact line.
    `name` is the candidate's name as signed, or None when the close has none: a valediction
    alone ("Best regards,"), or another person's name (`other_name`, as "Jessica" left from
    someone else's template). The spec's sign-off exists only when `complete`.
    """

    span: Span
    valediction: Span | None
    name: Span | None
    other_name: Span | None = None
    contact: tuple[Span, ...] = ()

    @property
    def complete(self) -> bool:
        return self.name is not None


_VALEDICTION = (
    r"(?:(?:very\s+)?best(?:\s+(?:regards|wishes))?|(?:kind(?:est)?|warm(?:est)?|best|many|"
    r"with\s+(?:kind|warm|best)|cordial|respectful)\s+(?:regards|wishes)|regards|"
    r"(?:yours\s+)?(?:sincerely|truly|faithfully|respectfully|cordially)(?:\s+yours)?|"
    r"thank\s+you(?:\s+(?:again|so\s+much|very\s+much|kindly))?(?:\s+again)?|"
    r"thanks(?:\s+(?:again|so\s+much|very\s+much|a\s+lot|a\s+ton))?(?:\s+again)?|many\s+thanks|"
    r"with\s+(?:(?:many|sincere|warm|heartfelt)\s+)?(?:thanks|gratitude|appreciation)|"
    r"gratefully(?:\s+yours)?|appreciatively|warmly|warm\s+wishes|all\s+the\s+best|"
    r"take\s+care|cheers(?:\s+mate)?|talk\s+soon|speak\s+soon|see\s+you\s+soon|be\s+well|"
    r"until\s+then|in\s+gratitude|respectfully\s+submitted|faithfully|yours)"
)
_VALEDICTION_LINE = lazy_compile(rf"{_VALEDICTION}\s*[,.!—–-]*", re.IGNORECASE)
# "Best, Jordan" / "Thanks again, Jordan" at the end of a line (LinkedIn messages).
_TAIL_AFTER_VALEDICTION = lazy_compile(
    rf"(?:^|(?<=[.!?])\s+)(?P<val>{_VALEDICTION})\s*[,!.—–-]+\s*(?P<name>[^,.!?]+?)\s*$",
    re.IGNORECASE,
)
# "— Jordan" / "- Jordan" / "~Jordan" at the end of a line.
_TAIL_AFTER_DASH = lazy_compile(r"(?:^|\s)(?P<dash>[—–~]|-{1,2})\s*(?P<name>[^—–~\-,.!?]+?)\s*$")
# A one-line message signed after its last sentence: "Hope to talk again soon. Jordan". Read
# only as the candidate's own name (a capital word after a sentence is often no name at all).
_TAIL_AFTER_SENTENCE = lazy_compile(r"(?<=\w\w[.!?)])\s+(?P<name>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2})\s*$")

_EMAIL = lazy_compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = lazy_compile(
    r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|me|co|ca|uk|edu|ai|app"
    r"|info|biz|us|de|fr|au|in)(?:/\S*)?",
    re.IGNORECASE,
)
_PHONE = lazy_compile(r"\+?\(?\d[\d\s().-]{5,}\d")
_CONTACT_LABEL = lazy_compile(
    r"^(?:phone|tel|telephone|mobile|cell|m|t|e|email|e-mail|linkedin|portfolio|website|web|"
    r"github|twitter|x|pronouns|address)\s*[:.]",
    re.IGNORECASE,
)
_TAG_OR_CONTACT_SLOT = lazy_compile(
    r"(?:sent\s+(?:from|via|with|using)\s+(?:my\s+)?[\w .-]{2,30}|get\s+outlook\s+for\s+\w+"
    r"|[\[(<{]?your\s+(?:e-?mail|phone|mobile|cell|address|linkedin|contact|city|street)"
    r"(?:\s+(?:address|number|profile|url|details|information|info))?[\])>}]?)",
    re.IGNORECASE,
)
_SIGNATURE_RULE = lazy_compile(r"(?:--|—|–|_{2,}|-{3,}|={3,})\s*")
_DISCLAIMER = lazy_compile(
    r"(?:this (?:e-?mail|message|communication)|the information (?:in|contained))\b.{0,300}?"
    r"\b(?:confidential|privileged|intended (?:only|solely))",
    re.IGNORECASE,
)
_PRONOUNS = lazy_compile(r"\(?\b(?:she|he|they|ze|xe)/(?:her|him|them|hir|xem)(?:/\w+)?\)?", re.I)
_SEPARATORS = lazy_compile(r"[|•·,/]+")
_SMALL_WORDS = wordset("of and at for the in on to & a an with")
_PS = lazy_compile(r"^(?:p\.?\s?s\.?|post\s?script)\b", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _is_contact(text: str) -> bool:
    """A line of contact details: e-mail, phone, web address, pronouns, labelled fields, a
    template's contact slot ("Your email address") or a device's tag ("Sent from my iPhone")."""
    if _CONTACT_LABEL.match(text) or _TAG_OR_CONTACT_SLOT.fullmatch(text.strip()):
        return True
    if _SIGNATURE_RULE.fullmatch(text.strip()) or _DISCLAIMER.match(text.strip()):
        return True  # "--" above a signature block; "This email ... is confidential"
    rest = _PHONE.sub(" ", _URL.sub(" ", _EMAIL.sub(" ", text)))
    if rest == text:
        return bool(_PRONOUNS.fullmatch(text.strip()))  # a line of pronouns alone
    rest = _SEPARATORS.sub(" ", _PRONOUNS.sub(" ", rest))
    # What is left may be a job title beside the details ("Data Engineer | 555-0142").
    return len(rest.split()) <= 6 and not re.search(r"[.!?]\s*$", rest.strip())


_COMPANY_ABBREVIATION = lazy_compile(r"\b(?:corp|inc|ltd|co|llc|llp|plc|bros|assoc|dept)\.$", re.I)


@lru_cache(maxsize=4096)
def _is_title_line(text: str) -> bool:
    """A short line such as a job title under a signature ("Registered Nurse, BSN")."""
    if re.search(r"[!?]$|[a-z]{2}\.$", _COMPANY_ABBREVIATION.sub("", text)) or len(text) > 60:
        return False  # a sentence ends there, but "Globex Corp." is a company under a name
    words = [w for w in re.findall(r"[^\W\d_][\w'’&.-]*", text) if w.lower() not in _SMALL_WORDS]
    if not words or len(words) > 8 or not text[0].isupper():
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps * 2 >= len(words) and not _VALEDICTION_LINE.fullmatch(text)


@lru_cache(maxsize=4096)
def _name_like(text: str, *, any_case: bool = False) -> bool:
    """Whether a line reads as a person's name: 1-5 capitalised tokens, no sentence.

    `any_case` accepts lower-case tokens (when the name is known to be the candidate's).
    """
    core = _strip_credentials(text).rstrip()
    if not core or re.search(r"[.!?]$", core) and not re.search(r"\b[^\W\d_]\.$", core):
        return False
    tokens = core.split()
    if not 1 <= len(tokens) <= 5:
        return False
    if _VALEDICTION_LINE.fullmatch(core):
        return False
    if any(t.lower() in _SMALL_WORDS - {"&"} or fold(t) in _PROSE_STARTS for t in tokens):
        return False
    if all(_is_honorific(t) for t in tokens):
        return False
    if any_case:
        return all(re.fullmatch(r"[^\W\d_][\w'’.-]*", t) for t in tokens)
    return all(_looks_like_name_token(t) or _is_honorific(t) for t in tokens)


def _is_name_slot(text: str, span: Span, slots: list[Span]) -> bool:
    """A template slot where the name belongs ("[Your Name]", "<Your Name>", "Your Name")."""
    core = text.strip()
    if _NAME_SLOT.fullmatch(core) and (core[0] in "[{<(" or core[0].isupper()):
        return True
    return any(s.start <= span.start and span.end <= s.end for s in slots)


def placeholder_spans(note: Note) -> list[Span]:
    """Template slots in the body: `note.placeholders` when another module provides it,
    otherwise bracketed slots (`[...]`, `{...}`, `<...>`)."""
    found = getattr(note, "placeholders", None)
    if found is not None:
        return list(found)
    return [Span(m.group(), m.start(), m.end()) for m in _SLOT_RE.finditer(note.body)]


def find_signoff(note: Note) -> Signoff | None:
    """The close of the note (see `Signoff`), or None when the note ends on prose."""
    lines = list(note.lines)
    # A postscript after the signature does not undo it.
    for k in range(len(lines) - 1, max(len(lines) - 4, 0), -1):
        if _PS.match(lines[k].text):
            lines = lines[:k]
            break
    if not lines:
        return None
    ctx = note.context
    candidate = ctx.candidate
    recipient = ctx.recipient.name if ctx.recipient else None
    slots = placeholder_spans(note)
    end = len(lines) - 1
    contact: list[Span] = []
    # A contact line that opens on the candidate's name ("Jordan Lee | 555-0192") is the name.
    while (
        end > 0
        and len(contact) < 6
        and _is_contact(lines[end].text)
        and not (candidate is not None and _signs_as(lines[end].text, candidate, recipient))
    ):
        contact.insert(0, lines[end])
        end -= 1
    last_end = (contact[-1] if contact else lines[end]).end

    def block(start: int, name: Span | None, other: Span | None, val: Span | None) -> Signoff:
        return Signoff(
            Span(note.body[start:last_end], start, last_end), val, name, other, tuple(contact)
        )

    # The name is on the last line, or above a title line or two ("Jordan Lee / Data Engineer").
    j = end
    while j >= 0 and j >= end - 2:
        found = _name_on_line(lines[j], candidate, recipient, slots)
        if found is not None:
            name, val = found
            if val is None and j > 0 and _is_valediction_line(lines[j - 1].text):
                val = lines[j - 1]
            contact[:0] = lines[j + 1 : end + 1]
            return block(val.start if val is not None else name.start, name, None, val)
        if j == 0 or not _is_title_line(lines[j].text):
            break
        j -= 1
    last = lines[end]
    if _is_valediction_line(last.text):
        return block(last.start, None, None, last)
    other = _other_name(last, candidate, recipient)
    if other is not None:
        above = lines[end - 1] if end > 0 else None
        if other.start == last.start and above and _is_valediction_line(above.text):
            return block(above.start, None, other, above)
        return block(last.start, None, other, None)
    return None


@lru_cache(maxsize=4096)
def _is_valediction_line(text: str) -> bool:
    if _VALEDICTION_LINE.fullmatch(text):
        return True
    # Any short line ending in a comma may stand above the name ("Saludos y gracias,").
    return bool(re.fullmatch(r"[^\W\d_][^.!?]{0,30},", text)) and len(text.split()) <= 4


def _tail_name(line: Span) -> tuple[Span, Span | None] | None:
    """A name closing a line after a valediction or a dash ("Best, Jordan", "— Jordan")."""
    for pattern in (_TAIL_AFTER_VALEDICTION, _TAIL_AFTER_DASH):
        m = pattern.search(line.text)
        if m is None or m.start("name") == 0:
            continue
        name = Span(m.group("name"), line.start + m.start("name"), line.start + m.end("name"))
        val = None
        if pattern is _TAIL_AFTER_VALEDICTION:
            val = Span(m.group("val"), line.start + m.start("val"), line.start + m.end("val"))
        return name, val
    return None


def _name_on_line(
    line: Span, candidate: str | None, recipient: str | None, slots: list[Span]
) -> tuple[Span, Span | None] | None:
    """The candidate's name as signed on this line (and a valediction sharing it), if any."""
    whole = Span(line.text, line.start, line.end)
    if _is_name_slot(line.text, whole, slots) or _signs_as(line.text, candidate, recipient):
        return whole, None
    tail = _tail_name(line)
    if tail is not None:
        name, val = tail
        if _is_name_slot(name.text, name, slots) or _signs_as(name.text, candidate, recipient):
            return name, val
    m = _TAIL_AFTER_SENTENCE.search(line.text) if candidate is not None else None
    # after a sentence (a few words), not an initial or a title ("K. Lee", "Dr. Lee")
    if (
        m is not None
        and len(line.text[: m.start()].split()) >= 3
        and _signs_as(m.group("name"), candidate, recipient)
    ):
        return Span(m.group("name"), line.start + m.start("name"), line.start + m.end("name")), None
    return None


_NAME_THEN_MORE = lazy_compile(r"([^,|·•–—]+?)\s*(?:,|\||·|•|\s-\s|–|—)\s*\S")


def _signs_as(text: str, candidate: str | None, recipient: str | None) -> bool:
    """Whether `text` reads as the candidate's name (any name when the candidate is unknown;
    never the recipient's, as in a closing "Thanks, Priya")."""
    if candidate is not None:
        if _name_like(text, any_case=True) and name_matches_person(text, candidate):
            return True
        # The candidate's name, then a separator and what they are ("Jordan Lee, PhD
        # candidate", "Jordan Lee, Office Manager", "Jordan Lee | 555-0192"): the line signs
        # the note whatever follows the name.
        head = _NAME_THEN_MORE.match(text)
        return (
            head is not None
            and _name_like(head.group(1), any_case=True)
            and name_matches_person(head.group(1), candidate)
        )
    if not _name_like(text):
        return False
    return recipient is None or not name_matches_person(text, recipient)


def _other_name(line: Span, candidate: str | None, recipient: str | None) -> Span | None:
    """A name closing the note that is not the candidate's ("Jessica" from a template)."""
    if candidate is None:
        return None
    spans = [Span(line.text, line.start, line.end)]
    tail = _tail_name(line)
    if tail is not None:
        spans.append(tail[0])
    for span in spans:
        if not _name_like(span.text) or name_matches_person(span.text, candidate):
            continue
        if recipient is not None and name_matches_person(span.text, recipient):
            continue  # "Thank you, Priya" thanks the reader; it signs nothing
        return span
    return None
