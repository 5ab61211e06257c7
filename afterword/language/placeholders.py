"""Template slots left in a note: `[Company Name]`, `{name}`, `<Your Name>`, `XXX`, `TK`, ...

`find_placeholders(text)` returns the code-point spans of every slot, in text order and
never overlapping. It follows the spec's "Placeholders" decision: bracketed slots,
parenthesised instructions, runs of underscores, `XXX`/`xx`/`TK` as whole tokens and the
capitalised stock slots ("Your Name", "Company Name", "Job Title", "Mr./Ms. Last Name").

Near misses it leaves alone: a surname that starts with "Tk", a file note such as
"(PDF, 2 MB)", "your name" in lower case inside a sentence, and an e-mail address or a web
address in angle brackets (`<jo@example.com>`, `<https://example.com>`).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from afterword.language.patterns import lazy_compile
from afterword.language.wordscan import WordScan, WordStarts

# -- bracketed slots -------------------------------------------------------------------------

# [Company Name], [insert specific project]; a Markdown link's text "[site](https://...)" and
# an editor's "[sic]" or "[...]" are not slots. Content must hold a letter.
_SQUARE = lazy_compile(r"\[([^\[\]\r\n]{1,80})\](?!\()")
# {name}, {{first_name}}, {} and {0}: a mail-merge or format field left in.
_CURLY = lazy_compile(r"\{\{?[^{}\r\n]{0,60}\}?\}")
# <Your Name>; not "<3", not "a < b > c", not <jo@x.com> or <https://...> (checked below).
_ANGLE = lazy_compile(r"<(?=[^\W\d_])([^<>\r\n]{1,60}?)(?<=\S)>")
_NOT_ANGLE_SLOT = lazy_compile(
    r"@|://|^(?:www\.|mailto:|tel:)|^/|^(?:br|p|b|i|u|em|strong|div|span)$", re.I
)

# -- parenthesised instructions --------------------------------------------------------------

# "(insert ...)", "(fill in ...)", "(add a detail ...)": an instruction to the writer.
# The verb must be followed by a space: "(write-up attached)" and "(adding ...)" are prose.
_INSTRUCTION = lazy_compile(
    r"(?:insert|fill in|add|enter|mention|replace(?: with)?|include|specify|personali[sz]e"
    r"|customi[sz]e|name of)(?:\s|:|$)",
    re.I,
)
# "(interviewer's name)", "(company)", "(job title)", "(date)": every word is slot vocabulary.
# No articles and no bare people ("Sam (the interviewer)", "Ms. Chen (Hiring Manager)" are
# prose): a slot names a thing to fill in.
_OWNERS = (
    r"your|my|their|his|her|his/her|his or her|company|company's|organi[sz]ation(?:'s)?"
    r"|employer(?:'s)?|interviewer(?:'s|s)?|recipient(?:'s)?|hiring|manager(?:'s)?"
    r"|candidate(?:'s)?|person(?:'s)?|contact(?:'s)?|team(?:'s)?|department(?:'s)?|first|last"
    r"|full|job|position|role|specific|relevant|mutual|referrer(?:'s)?|connection(?:'s)?"
    r"|key|skill|project|topic|school|university|phone|email"
)
_SLOT_NOUNS = (
    r"name|names|title|company|organi[sz]ation|employer|role|position|job|date|number"
    r"|detail|details|project|topic|skill|skills|achievement|example|city|school|university"
    r"|phone|email|address|signature|x+"
)
_SLOT_PHRASE = lazy_compile(
    rf"(?:(?:{_OWNERS})\s+){{0,3}}(?:{_SLOT_NOUNS})",
    re.I,
)
_PAREN = lazy_compile(r"\(([^()\r\n]{1,80})\)")

# -- bare tokens -----------------------------------------------------------------------------

# XXX, xx, XX%, $X,XXX, 20XX, TK, TKTK: whole tokens only ("Tkachenko", "XXL" are words).
_TOKENS = lazy_compile(r"(?<![^\W_])(?:[Xx]{2,}|X{1,3}(?:,X{3})+|(?:19|20)XX|TK(?:TK)*)(?![^\W_])")
# Three or more underscores: a blank to fill ("on ____ I led ..."). Written `___+` rather
# than `_{3,}`: the same matches, and the engine can then skip ahead to "__" at C speed.
_UNDERSCORES = lazy_compile(r"___+")
# What an email client leaves in square brackets when text is pasted: "[image: logo]",
# "[cid:...]", "[Attachment: resume.pdf]", a bracketed address. Not template slots.
_PASTED = lazy_compile(r"^(?:image|attachment|attached|cid|photo|file|logo|video)\b|@|://|\.\w{2,4}$")
_RULE_LINE = 20  # a line of this many underscores and nothing else is a separator
# An instruction in capitals with no brackets: "Dear INSERT NAME,", "FILL IN COMPANY".
_CAPS_INSTRUCTION = lazy_compile(r"\b(?:INSERT|FILL IN)(?:[ \t]+[A-Z][A-Z'’]*)+\b")
# A word added inside a quotation ("you said the team [was] growing") is an editor's mark,
# not a slot; slots name a thing, so these small words never fill one.
_EDITORIAL = frozenset(
    {"sic", "sic!", "was", "is", "are", "were", "be", "the", "a", "an", "and", "of", "to", "it"}
    | {"they", "he", "she", "we", "his", "her", "their", "its", "has", "have", "had", "not"}
)

# -- bare stock slots ------------------------------------------------------------------------

_APOS = r"['’]"
_STOCK = lazy_compile(
    r"(?<![^\W_])(?:"
    r"(?:Mr|Ms|Mrs|Mx|Dr)\.?(?:\s*/\s*(?:Mr|Ms|Mrs|Mx|Dr)\.?)*\s+Last\s+Name"
    rf"|Your\s+(?:Full\s+|First\s+|Last\s+)?Name"
    r"|Your\s+(?:Phone(?:\s+Number)?|Email(?:\s+Address)?|Job\s+Title|LinkedIn\s+(?:URL|Profile))"
    rf"|(?:Company|Organi[sz]ation|Employer|Recipient(?:{_APOS}s)?|Interviewer(?:{_APOS}s)?"
    rf"|Hiring\s+Manager(?:{_APOS}s)?|Contact(?:{_APOS}s)?|Candidate(?:{_APOS}s)?|First|Last"
    r"|Full|Position|Role|Job)\s+Name"
    r"|(?:Job|Position|Role)\s+Title"
    r"|Name\s+of\s+(?:the\s+)?(?:Company|Organi[sz]ation|Interviewer|Hiring\s+Manager"
    r"|Position|Role|Team)"
    r")(?![^\W_])",
    re.I,
)
_SMALL_WORDS = frozenset({"of", "the"})
# The same matches, sought only where they can start (see `language/wordscan.py`).
_TOKENS_AT_WORDS = WordScan(_TOKENS)
_CAPS_AT_WORDS = WordScan(_CAPS_INSTRUCTION)
_STOCK_AT_WORDS = WordScan(_STOCK)


def _alone_on_its_line(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    return not text[line_start:start].strip() and not text[end:line_end].strip()


def _capitalised(text: str) -> bool:
    """True when every word of a stock slot is written capitalised ("Your Name", "YOUR NAME")."""
    for word in re.findall(r"[^\W\d_]+", text):
        if word.lower() in _SMALL_WORDS or word in ("s",):
            continue
        if not word[0].isupper():
            return False
    return True


def _paren_is_slot(inner: str) -> bool:
    content = inner.strip().replace("’", "'")
    if _INSTRUCTION.match(content):
        return True
    return _SLOT_PHRASE.fullmatch(content) is not None


def find_placeholders(
    text: str, allow: Collection[str] = (), starts: WordStarts | None = None
) -> list[tuple[int, int]]:
    """Spans of every template slot in `text`, in order, merged where they overlap.

    `allow` holds lower-case words that are real names here (from the context: a company
    called "TK Maxx" makes "TK" no slot); bracketed and stock slots are reported regardless.
    `starts`, the words of `text` when known (`Note.word_starts`), make the search quicker.
    """
    spans: list[tuple[int, int]] = []
    for m in _SQUARE.finditer(text):
        inner = m.group(1).strip().lower()
        if not re.search(r"[^\W\d_]", inner) or inner in _EDITORIAL:
            continue
        if _PASTED.search(inner):
            continue
        spans.append(m.span())
    for m in _CURLY.finditer(text):
        spans.append(m.span())
    for m in _ANGLE.finditer(text):
        if not _NOT_ANGLE_SLOT.search(m.group(1).strip()):
            spans.append(m.span())
    for m in _PAREN.finditer(text):
        if _paren_is_slot(m.group(1)):
            spans.append(m.span())
    for m in _TOKENS_AT_WORDS.finditer(text, starts):
        if m.group().lower() not in allow:
            spans.append(m.span())
    for m in _UNDERSCORES.finditer(text):
        if len(m.group()) >= _RULE_LINE and _alone_on_its_line(text, *m.span()):
            continue  # a separator line (Outlook puts one above a quoted reply)
        spans.append(m.span())
    for m in _CAPS_AT_WORDS.finditer(text, starts):
        spans.append(m.span())
    for m in _STOCK_AT_WORDS.finditer(text, starts):
        if _capitalised(m.group()):
            spans.append(m.span())
    return _merge(spans)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start < out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
            continue
        out.append((start, end))
    return out


_BRACKETS = "[]{}<>()_ \t"
_INSTRUCTION_LEAD = lazy_compile(r"^(?:insert|fill in|add|enter|replace(?: with)?|type|put)\s+", re.I)


def slot_label(slot: str) -> str:
    """What a slot names, to read it as filled: "[insert specific project]" -> "specific project".

    Brackets, an instruction verb and a leading "the"/"a" go; underscores and XXX name nothing
    and give "".
    """
    inner = slot.strip(_BRACKETS).strip()
    if not re.search(r"[^\W\d_]", inner) or _TOKENS.fullmatch(inner):
        return ""
    inner = _INSTRUCTION_LEAD.sub("", inner)
    inner = re.sub(r"^(?:the|a|an)\s+", "", inner, flags=re.I)
    return inner.replace("_", " ").strip()
