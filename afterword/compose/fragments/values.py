"""The company's values as its own quoted words, and who said them."""

from __future__ import annotations

import re
from functools import cached_property

from afterword.compose.facts import Person
from afterword.compose.fragments.base import ReadingBase
from afterword.compose.fragments.phrased import Phrased, clean
from afterword.language import phrases as gr
from afterword.language.jotted import Reader, fold

# The name of a page or a section of a website, quoted as where the values are.
_PAGE = re.compile(r"(?i)(?:about(?:\s+us)?|our\s+(?:values|story|mission|culture)|careers?(?:\s+page)?|"
                   r"home(?:\s*page)?|contact(?:\s+us)?|who\s+we\s+are|what\s+we\s+do|"
                   r"mission|values|vision|faqs?)[.!]?$")
# Three or more values, each one capitalised word, in a list: "Safety, Integrity, Respect".
_LISTED = re.compile(r"(?<![\w'-])[A-Z][a-z]{3,}(?:,\s+[A-Z][a-z]{3,}){1,5},?\s+(?:(?:and|&)\s+)?"
                     r"[A-Z][a-z]{3,}(?![\w'-])")


class ValuesReading(ReadingBase):
    """The values in the company's own words."""

    # Values -----------------------------------------------------------------------------

    @cached_property
    def values(self) -> Phrased:
        """The company's own words from `values`: a quoted phrase, without its source."""
        text = self.facts.values or ""
        if not text:
            return Phrased(text, reason="no values recorded")
        # An apostrophe inside a word ("we're a family") does not close the quotation.
        for m in re.finditer(r"(?:^|[\s(])['\u2018\"\u201c]((?:[^'\u2019\"\u201d]|(?<=\w)['\u2019]"
                             r"(?=\w)){3,80})['\u2019\"\u201d](?=[\s,.;:)-]|$)", text):
            if _PAGE.match(m.group(1).strip()):
                continue  # "website 'about us'": where the values are, not what they say
            quoted = _names_cased(self.reader.spell(m.group(1)).rstrip("."),
                                  [self.facts.company, *(p.name for p in self.facts.people)])
            # The company's words are theirs as quoted ("Céad míle fáilte"): no word list
            # need know them, but shorthand and clippings still keep them out.
            if clean(quoted, self.reader, written=True) and len(quoted.split()) <= 12:
                return Phrased(text, text=quoted)
        # "Compassion, Accountability, Respect, Excellence - spells CARE": the values named
        # as a list of capitalised words are the company's own words, quoted or not.
        listed = _LISTED.search(text)
        if listed and clean(listed.group(), self.reader, written=True) and all(
                (gr._lemmas(w.lower()).get("NOUN") or ("",))[0] == w.lower()
                for w in re.findall(r"[A-Z][a-z]+", listed.group())):  # nouns, not places
            return Phrased(text, text=listed.group())
        return Phrased(text, reason="no words of the company's own are quoted",
                       ask="put the company's own words in quotation marks, e.g. "
                           "\u201cEngineered for the long run\u201d")


    @cached_property
    def values_said_by(self) -> Person | None:
        """The interviewer the record says kept saying the quoted words ("bill said it like
        4 times", "'...' - her words" beside "judge" for the one judge on the panel): a note
        to that person may give the words back as theirs ("as you put it"). None when the
        record does not say, or names more than one."""
        # Only the part of the field that holds the quoted words says whose they are:
        # "careers pg: 'Every load ...' + ananya said they're '...'" gives the first words
        # to the careers page, not to Ananya.
        text = _quote_part(self.facts.values or "", self.values.text or "", self.reader)
        if not self.values.ok or not re.search(
                r"(?i)\b(?:said|says|saying|words|kept|repeated|quoted|mentioned)\b", text):
            return None
        said = [p for p in self.facts.people if re.search(
            rf"(?i)(?<!\w){re.escape(fold(p.given_name))}(?!\w)", fold(text))]
        if not said:
            # "her words" beside a title only one interviewer holds ("judge", "principal").
            said = [p for p in self.facts.people if any(
                re.search(rf"(?i)\b{re.escape(w)}(?:['\u2019]?s)?\b", text) for w in _title_words(p))]
        pronoun = re.search(r"(?i)\b(her|his)\s+(?:own\s+)?words\b", text)
        if not said and pronoun:
            # "her words" alone: the one interviewer the record calls "she" in their own topics
            # or rapport ("her research on ...").
            forms = r"she|her|hers" if pronoun.group(1).lower() == "her" else r"he|him|his"
            said = [p for p in self.facts.people if re.search(
                rf"(?i)\b(?:{forms})\b", " ".join([*p.topics, p.rapport or ""]))]
        return said[0] if len(said) == 1 else None


# The parts of a `values` field: "X + Y", "X; Y", "X. Y" each say where their words came from.
_VALUES_PARTS = re.compile(r"\s+\+\s+|;\s+|(?<=[\w'\u2019\"\u201d.])\.\s+(?=\S)")


_QUOTED = re.compile(r"(?:^|[\s(])['\u2018\"\u201c]((?:[^'\u2019\"\u201d]|(?<=\w)['\u2019]"
                     r"(?=\w)){3,80})['\u2019\"\u201d](?=[\s,.;:)-]|$)")


def _names_cased(text: str, names: list[str]) -> str:
    """`text` with each word of a name the record spells with a capital written so ("lakemont
    2045" beside the City of Lakemont is "Lakemont 2045")."""
    cased = {fold(w).lower(): w for name in names for w in re.findall(r"[\w'-]+", name or "")
             if w[:1].isupper() and not _spelling_knows(w.lower())}
    return re.sub(r"[\w'-]+", lambda m: cased.get(fold(m.group()).lower(), m.group()), text)


def _spelling_knows(word: str) -> bool:
    from afterword.language.jotted import _spelling

    return bool(_spelling().knows(word))


def _quote_part(text: str, quoted: str, reader: Reader) -> str:
    """The part of `text` that holds the words `quoted` (the whole text if none does)."""
    for part in _VALUES_PARTS.split(text):
        if any(reader.spell(m.group(1)).rstrip(".") == quoted for m in _QUOTED.finditer(part)):
            return part
    return text


def _title_words(person: Person) -> list[str]:
    """The words of a person's title that name them alone ("judge", "principal", "owner")."""
    words = re.findall(r"[A-Za-z]+", f"{person.title or ''} {person.name.split()[0]}")
    return [w.lower() for w in words if w.lower() in {
        "judge", "principal", "owner", "chef", "director", "ceo", "cfo", "founder", "president",
        "dean", "superintendent", "partner", "chair"}]
