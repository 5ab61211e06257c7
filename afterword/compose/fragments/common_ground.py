"""Common ground between the candidate and a reader, as the record gives it: the same
earlier line of work left for this one ("she taught PE before the fire service" to a former
teacher), the same place at the same time ("she did her PhD at curtin, i did my grad dip
there"). A family connection ("he knew my dad from rotary") is no common ground for a note:
issue 13 keeps family out, so it is only recognised, to be left out and asked about."""

from __future__ import annotations

import re

from afterword.compose.facts import Facts
from afterword.compose.fragments.words import _rare
from afterword.language import phrases as gr

# Members of the candidate's family, as a jotting names them: the person the reader knew.
_FAMILY = (r"(?:grand(?:pa|ad|dad|father|ma|mother|parents?)|nana?|gran|granny|dad|father|"
           r"mom|mum|mother|ma|pa|parents?|folks|uncle|aunt|auntie|aunty|brother|sister|bro|"
           r"sis|cousin|wife|husband|hubby|partner|son|daughter|kids?|niece|nephew|"
           r"in-laws?|(?:mother|father|brother|sister)[- ]in[- ]law|stepdad|stepmom|stepmum|"
           r"old\s+man|old\s+lady|family)")
_KNEW_FAMILY = re.compile(
    r"(?i)\b(?:knew|knows|know|remembered|remembers|worked\s+with|works\s+with|"
    r"went\s+to\s+school\s+with|was\s+at\s+school\s+with|played\s+\w+\s+with|"
    r"taught|coached|served\s+with|is\s+friends\s+with|was\s+friends\s+with)\s+my\s+"
    rf"(?:late\s+)?{_FAMILY}(?:['\u2019]?s)?(?!\w)")


def family_connection(text: str) -> bool:
    """Whether the rapport says the reader knows a member of the candidate's family ("he
    knew my grandpa from rotary", "she went to school with my mum") or something of theirs
    ("knew my nans bakery"): the project's decision is that a family connection is left
    out of every note and the user is asked, however warm the link."""
    return bool(_KNEW_FAMILY.search(text))


# The reader's earlier line of work, told as "she taught PE in red deer before the fire
# service": the field it names, and the words in the candidate's own record that show the
# same field (then both left it for the line of work the candidate is applying to).
_FIELDS = (
    (r"taught|teacher|teaching|teach", "teaching", r"\b(?:teach\w*|taught)\b"),
    (r"nursed|nurse|nursing", "nursing", r"\bnurs\w*"),
    (r"served|soldier|army|navy|military", "the military",
     r"\b(?:army|navy|air force|military|veteran|served in|ex-(?:army|navy|raf|raaf|military))\b"),
    (r"cooked|chef|cook", "kitchens", r"\b(?:chef|cook(?:ed|ing)?|line cook|sous)\b"),
    (r"coached|coach|coaching", "coaching", r"\bcoach\w*"),
)
_PATH = re.compile(r"(?i)^(?:he|she)\s+(?:was\s+an?\s+|used\s+to\s+)?(\w+)\b(.*?)\s*\bbefore\s+"
                   r"(?:joining\s+|going\s+into\s+|coming\s+to\s+|moving\s+(?:in)?to\s+)?"
                   r"(the\s+[a-z]+(?:\s+[a-z]+)?|(?:coming|going|moving)\s+[a-z]+)\W*$")
_PLAIN_WORDS = frozenset("a an the as at on in of for with and to from my his her their".split())


def shared_path(text: str, facts: Facts) -> str | None:
    """"It was encouraging to hear that you also came to the fire service from teaching."
    when the reader's earlier field (from the rapport) is in the candidate's record too and
    what they left it for is the line of work of this application; else None."""
    m = _PATH.match(text.strip())
    if not m:
        return None
    then, did, after = m.group(1).lower(), m.group(2).strip(), m.group(3).lower()
    applying = {w for w in re.findall(r"[a-z]+", " ".join(
        (facts.role, facts.company, *facts.topics)).lower()) if len(w) > 3}
    if not applying & set(after.split()[1:]):
        return None
    own = " ".join((*facts.qualifications, *facts.topics)).lower()
    # "he sailed as chief officer on tankers before coming ashore", with the candidate's
    # "Chief Officer CoC, 9 yrs at sea on tankers": the same work, word for word.
    words = [w for w in re.findall(r"[a-z]+", did.lower()) if w not in _PLAIN_WORDS]
    if gr.is_past(then) and len(words) >= 2 and all(
            re.search(rf"\b{w}s?\b", own) for w in words) and not re.search(r"\d", did):
        return f"It was encouraging to hear that you also {then} {did} before {after}."
    for verbs, field, mine in _FIELDS:
        if re.fullmatch(verbs, then) and re.search(mine, own):
            return f"It was encouraging to hear that you also came to {after} from {field}."
    return None


# "she did her PhD at curtin, i did my grad dip there same time-ish": the same place, each
# for their own course; what each studied is theirs, the place and the time are shared.
_SAME_PLACE = re.compile(
    r"(?i)^(?:he|she)\s+(?:did|studied|trained|was|worked|interned)\b[^,;]*?\s+at\s+([a-z][\w'-]*"
    r"(?:\s+[a-z][\w'-]*)?)\s*[,;]\s*(?:and\s+)?i\s+(?:did|studied|trained|was|worked|interned)\b"
    r"[^,;]*?\bthere\b\s*(?:(?:at\s+)?(?:the\s+)?same\s+time(?:-?ish)?|too|as well)?\W*$")


def same_place(text: str) -> str | None:
    """"It was good to find that we were both at Curtin at about the same time." from a
    reader's and the candidate's time at one place; None when the place is an everyday
    word ("at work") or the jotting is another shape."""
    m = _SAME_PLACE.match(text.strip())
    if not m:
        return None
    words = m.group(1).split()
    if not all(_rare(w.lower()) for w in words):
        return None
    place = " ".join(w[:1].upper() + w[1:] for w in words)
    when = " at about the same time" if re.search(r"(?i)same\s+time", text) else ""
    return f"It was good to find that we were both at {place}{when}."
