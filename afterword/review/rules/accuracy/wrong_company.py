"""The `wrong-company` rule: the note names another company, or misspells this one."""

from __future__ import annotations

from collections.abc import Iterator

from afterword.language.mentions import (
    LEGAL_SUFFIXES,
    SMALL_WORDS,
    Token,
    caps_agree,
    contains,
    find_name,
    folded,
    joined,
    name_tokens,
    near,
    tokenize,
    word_positions,
)
from afterword.language.patterns import lazy_compile
from afterword.language.spelling import lexicon
from afterword.language.text import Note
from afterword.review.findings import Hit, Severity
from afterword.review.registry import Example, rule

_SENTENCE_START = lazy_compile(r"(?:^|[.!?:]\s+|\n\s*)$")


def _other_mentions(note: Note, text: str) -> Iterator[tuple[int, int]]:
    """Spans naming one of `other_companies` (not a short form of the company itself)."""
    company = note.context.company or ""
    own: list[tuple[int, int]] | None = None  # found when first needed: most notes have no others
    for other in note.context.other_companies:
        if company and contains(company, other):
            # "Acme" among the others while interviewing at "Acme Analytics": any mention
            # is as likely the right company's short form as the other one.
            continue
        if own is None:
            own = find_name(text, company, core=True) if company else []
        spans = set(find_name(text, other)) | set(find_name(text, other, core=True))
        for span in sorted(spans):
            if any(s <= span[0] and span[1] <= e and (s, e) != span for s, e in own):
                continue  # inside a longer mention of the company itself
            if _common_word_opening_a_sentence(text, span) or _part_of_longer_name(text, span):
                continue
            yield span


# A one-word company that is also a common word ("Target", "Square", "Chase") opening a
# sentence may be the word ("Target dates slipped"); elsewhere, capitalised, it is the name.
_COMMON_ZIPF = 300


def _common_word_opening_a_sentence(text: str, span: tuple[int, int]) -> bool:
    word = text[span[0] : span[1]]
    if not word.isalpha():
        return False
    at_start = span[0] == 0 or _SENTENCE_START.search(text[max(0, span[0] - 4) : span[0]])
    return bool(at_start) and lexicon().zipf(word) >= _COMMON_ZIPF


_NEXT_WORD = lazy_compile(r"(?:['’]s)?[ \t]+([^\W\d_][\w'’]*)")
_PREVIOUS_WORD = lazy_compile(r"([^\W\d_][\w'’]*)[ \t]+$")


def _part_of_longer_name(text: str, span: tuple[int, int]) -> bool:
    """True when a one-word name sits inside a longer capitalised name ("Chase Street")."""
    if " " in text[span[0] : span[1]]:
        return False
    after = _NEXT_WORD.match(text, span[1])
    following = after.group(1) if after else ""
    if following[:1].isupper() and following != "I" and following.lower() not in _NAME_ENDINGS:
        return True
    before = _PREVIOUS_WORD.search(text[max(0, span[0] - 30) : span[0]])
    if before and before.group(1)[0].isupper() and before.group(1) != "I":
        head = text[: span[0] - len(before.group(0))].rstrip()
        return bool(head) and not head.endswith((".", "!", "?", ":", "\n"))
    return False


# Words that may follow a company's name and still leave it that company.
_NAME_ENDINGS = LEGAL_SUFFIXES | {"group", "team", "holdings", "company"}


def _misspellings(
    note: Note, text: str, taken: list[tuple[int, int]]
) -> Iterator[tuple[int, int, str]]:
    """Near misses of the company's name: (start, end, the right spelling of that part)."""
    company = note.context.company
    if not company:
        return
    want = name_tokens(company, core=True)
    if not any(t.norm not in SMALL_WORDS for t in want):
        return
    known = note.context_words
    if len(want) == 1:
        yield from _single(text, want[0], known, company)
        return
    # A slip in a longer name keeps at least one word right, so only the text around an
    # exact word of the name is read closely.
    for lo, hi in _neighbourhoods(text, company, want):
        local = text[lo:hi]
        for start, end, right in _windows(local, tokenize(local), want, known, company):
            start, end = start + lo, end + lo
            if not any(s < end and start < e for s, e in taken):
                yield start, end, right


def _neighbourhoods(text: str, company: str, want: tuple[Token, ...]) -> list[tuple[int, int]]:
    """Stretches of text around words of the name, outside its exact mentions, merged."""
    exact = find_name(text, company, core=True)
    reach = sum(len(t.text) + 3 for t in want)
    spans: list[tuple[int, int]] = []
    for word in {t.norm for t in want if t.norm not in SMALL_WORDS}:
        for pos in word_positions(text, word):
            if not any(s <= pos < e for s, e in exact):
                spans.append((pos, pos + len(word)))
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        lo = _word_edge(text, max(0, start - reach), -1)
        hi = _word_edge(text, min(len(text), end + reach), 1)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(hi, out[-1][1]))
        else:
            out.append((lo, hi))
    return out


def _word_edge(text: str, pos: int, step: int) -> int:
    """Move `pos` back (step -1) or on (step 1) to white space, so no word is cut."""
    while 0 < pos < len(text) and not text[pos].isspace():
        pos += step
    return max(0, min(len(text), pos))


def _windows(
    text: str, toks: tuple[Token, ...], want: tuple[Token, ...], known: frozenset[str], company: str
) -> Iterator[tuple[int, int, str]]:
    seen_end = -1
    first = want[0]
    for i, tok in enumerate(toks):
        if tok.start < seen_end:
            continue
        if tok.norm != first.norm and not _may_slip(first, tok):
            continue
        for k in range(len(want), 1, -1):  # the whole name first, then shorter prefixes
            if i + k > len(toks):
                continue
            window = toks[i : i + k]
            prefix = want[:k]
            if prefix[-1].norm == "&":
                continue
            whole = k == len(want)
            if not _is_slip(prefix, window, known, whole) or not joined(text, toks, i, k):
                continue
            yield window[0].start, window[-1].end, company[first.start : prefix[-1].end]
            seen_end = window[-1].end
            break


def _may_slip(name: Token, found: Token) -> bool:
    """True when `found` could be `name` with a typo: capitalised like it, and a letter or two off."""
    if name.capitalised and not found.capitalised:
        return False
    if abs(len(found.norm) - len(name.norm)) > 2:
        return False
    return near(found.norm, name.norm)


def _is_slip(
    name: tuple[Token, ...], found: tuple[Token, ...], known: frozenset[str], whole: bool = False
) -> bool:
    """True when `found` reads as `name` with a typo in it (at least one word exactly right).

    With `whole` (the full name, not a prefix of it), the last word in the wrong number counts
    too: "Acme Analytic" for Acme Analytics, "Kensington Medical Supply" for ... Supplies.
    """
    exact = slips = 0
    last = len(name) - 1
    for k, (n, f) in enumerate(zip(name, found, strict=True)):
        if n.norm == f.norm:
            if n.norm not in SMALL_WORDS:
                exact += 1
            continue
        number = whole and k == last and f.capitalised and _other_number(n.norm, f.norm)
        if not (number or _may_slip(n, f)) or f.norm in known:
            return False
        slips += 1
    return slips > 0 and exact > 0 and caps_agree(name, found)


def _other_number(name: str, found: str) -> bool:
    """ "analytic" for "analytics", "supply" for "supplies" (and the other way round)."""
    if len(name) < 4 or len(found) < 4:
        return False
    short, long_ = sorted((name, found), key=len)
    return long_ in (short + "s", short + "es") or (
        short.endswith("y") and long_ == short[:-1] + "ies"
    )


def _single(
    text: str, want: Token, known: frozenset[str], company: str
) -> Iterator[tuple[int, int, str]]:
    # A one-word name is only matched at length 6 or more and never at a sentence start,
    # where an ordinary capitalised word ("Strive" for "Stripe") is likeliest. A slip of a
    # letter or two keeps the name's first or last three letters, so only words holding
    # one of those are read.
    name = want.norm
    if len(name) < 6:
        return
    f = folded(text)
    starts: set[int] = set()
    for piece in (name[:3], name[-3:]):
        pos = f.find(piece)
        while pos != -1:
            start = pos
            while start > 0 and f[start - 1].isalnum():
                start -= 1
            starts.add(start)
            pos = f.find(piece, pos + 1)
    for start in sorted(starts):
        end = start
        while end < len(f) and f[end].isalnum():
            end += 1
        word = text[start:end]
        if not word[:1].isupper() or f[start:end] in known or not near(f[start:end], name):
            continue
        if _SENTENCE_START.search(text[max(0, start - 4) : start]) or start == 0:
            continue
        yield start, end, company[want.start : want.end]


def _check(note: Note, text: str, field: str) -> Iterator[Hit]:
    company = note.context.company
    taken: list[tuple[int, int]] = []
    for span in _other_mentions(note, text):
        taken.append(span)
        if company:
            yield Hit(
                span,
                f"'{text[span[0] : span[1]]}' is another company you applied to; "
                f"this note is for {company}",
                suggestion=f"Replace it with '{company}'.",
                replacement=company,
                field=field,
            )
        else:
            yield Hit(
                span,
                f"'{text[span[0] : span[1]]}' is another company you applied to",
                suggestion="Name the company this note is for.",
                field=field,
            )
    for start, end, right in _misspellings(note, text, taken):
        yield Hit(
            (start, end),
            f"'{text[start:end]}' looks like a misspelling of the company's name, {right}",
            suggestion=f"Write it as '{right}'.",
            replacement=right,
            field=field,
        )


_CTX = {
    "company": "Redline Couriers",
    "other_companies": ["Blue Harbor Logistics", "Target"],
}


@rule(
    "wrong-company",
    severity=Severity.ERROR,
    fires=[
        Example(
            "Dear Mr. Bloom,\n\nI would be excited to bring my dispatch experience to Blue "
            "Harbor Logistics.\n\nBest regards,\nMegan Farrell",
            context=_CTX,
            note="Blue Harbor Logistics is another application: a paste error.",
        ),
        Example(
            "Dear Ms. Nwachukwu,\n\nI would be proud to join Proctor & Gamble.\n\n"
            "Kind regards,\nDaniel Haugen",
            context={"company": "Procter & Gamble"},
            note="The company is Procter & Gamble: its name is misspelled.",
        ),
        Example(
            "Dear Mr. Ferreira,\n\nThank you for meeting with me yesterday.\n\nSincerely,\n"
            "Hollis Webb",
            subject="Internal Auditor interview - Granite State Bank",
            context={
                "company": "Maplewood Savings Bank",
                "other_companies": ["Granite State Bank"],
            },
            note="The other company is named in the subject line.",
        ),
    ],
    passes=[
        Example(
            "Dear Mr. Bloom,\n\nYour plan gives the team an ambitious target, and I would "
            "love to help Redline Couriers reach it.\n\nBest regards,\nMegan Farrell",
            context=_CTX,
            note="'target' in lower case is the ordinary word, not the retailer.",
        ),
        Example(
            "Dear Ms. O'Brien,\n\nI am very interested in joining St. Brendan's.\n\n"
            "Kind regards,\nAmara Nwosu",
            context={"company": "St. Brendan's Regional Hospital"},
            note="A short form of the right company's name is not a mistake.",
        ),
    ],
)
def wrong_company(note: Note) -> Iterator[Hit]:
    """Flag a note that names another company you applied to, or misspells this one.

    ## What it flags
    A company from your other applications (`other_companies`) named in the note or its
    subject, and a slip in the name of the company the note is for ("Proctor & Gamble"
    for Procter & Gamble, "Morison & Finch" for Morrison & Finch).

    ## Why it matters
    Naming the wrong company is the classic copy-and-paste mistake, and a misspelled
    company name says the note was written in a hurry. Either one can undo an otherwise
    strong interview.

    ## Known limits
    Another company is matched as the context writes it: where the context capitalises a
    name ("Target", "Square"), the same word in lower case is read as the ordinary word,
    and so is a one-word name that is a common English word when it opens a sentence
    ("Target dates slipped"); "I also met Target" is flagged, "Target was great" is not.
    A short form of the right company ("St. Brendan's") is fine, and so is a company the
    candidate worked for that is not in the context. Misspellings are caught when they
    are close to the name (a letter or two off, or the last word of a longer name in the
    wrong number: "Acme Analytic" for Acme Analytics) and at least one word of a longer name
    is right; a one-word name is checked only when it is six letters or longer.
    """
    ctx = note.context
    if not ctx.company and not ctx.other_companies:
        return
    yield from _check(note, note.body, "body")
    if note.subject:
        yield from _check(note, note.subject, "subject")
