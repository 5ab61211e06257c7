"""The record read once: its reader, its fields, and what is left out with a reason."""

from __future__ import annotations

import re

from afterword.compose.facts import Facts, jotted_texts
from afterword.compose.fragments.phrased import RAW, Phrased
from afterword.compose.fragments.words import _brands, _known
from afterword.language.acronyms import unsure
from afterword.language.jotted import Jotting, Reader, clipped, fold


class ReadingBase:
    """The record's reader and its fields, each read once."""

    def __init__(self, facts: Facts) -> None:
        self.facts = facts
        texts = jotted_texts(facts)
        names = [p.name for p in facts.people] + ([facts.recruiter_name]
                                                   if facts.recruiter_name else [])
        self.reader = Reader(names, texts, titles=(facts.role,), setting=(facts.company,),
                             heard=[t for p in facts.people for t in (*p.topics, p.title or "")]
                             # a concern is the interviewer's own question, in their words
                             + [c.concern for c in facts.concerns],
                             trade=[*facts.topics, facts.values or ""])
        self._read: dict[str, Jotting] = {}
        self._brands = _brands(texts)
        self._texts = texts

    def read(self, text: str | None) -> Jotting:
        """A field read once per record: every note of a panel asks for the same topics."""
        key = text or ""
        if key not in self._read:
            self._read[key] = self.reader.read(text)
        return self._read[key]

    def unsure_words(self, text: str | None) -> list[str]:
        """The words of a field, spelled out, that a note cannot be sure of: an acronym
        nobody explains, a clipping, a counting sign ("JTBD", "cos", "2x faster")."""
        jot = self.read(text)
        found: list[str] = []
        for piece in jot.content:
            found += unsure(piece, self.reader)
            found += [w for w in re.findall(r"(?<![\w'-])[a-z]+(?![\w'-])", piece)
                      if clipped(w) and w not in self.reader.terms]
        return list(dict.fromkeys(found))

    def _doubtful(self, phrase: str) -> list[str]:
        """The words of a spelled-out phrase that keep it out of a note: shorthand left in
        it ("msg/s") or a lower-case word no word list knows (a name typed in lower case)."""
        found = [m.group().strip() for m in RAW.finditer(phrase) if m.group().strip() not in
                 {"+", "?", "!", "->", "~", "\u2192"}]
        for word in re.findall(r"[^\W\d_][\w'/-]*", phrase):
            bare = word.rstrip("'")
            if bare == bare.lower() and fold(bare) not in self.reader.forms and \
                    not _known(bare) and bare not in self.reader.terms:
                found.append(bare)
        return list(dict.fromkeys(found))

    def _left_out(self, text: str, reason: str, ask: str,
                  dropped: tuple[tuple[str, str], ...] = ()) -> Phrased:
        """A field left out: when it holds words a note cannot be sure of, the reason and
        the ask name them ("write out “JTBD”"), since rephrasing alone would not do."""
        words = self.unsure_words(text)
        if words:
            shown = ", ".join(f"\u201c{w}\u201d" for w in words)
            reason = f"{shown} may be your own shorthand, which a note cannot spell out for sure"
            ask = f"spell out {shown} (or use the term your interviewer's trade uses), and {ask}"
        return Phrased(text, reason=reason, ask=ask, dropped=dropped)
