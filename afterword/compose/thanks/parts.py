"""A note's sentences and parts, their kinds, and the size each channel aims for."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

# The composer's targets, greeting and sign-off counted (the review's `too-long` stays
# looser on purpose: a person may write more).
CARD_WORDS = (50, 90)


# The words a card holds besides its sentences: the greeting, the sign-off and the name.
_CARD_FRAME = 5


LINKEDIN_WORDS = 100


EMAIL_WORDS = 190


INVITE_CHARS = 200


# Channels whose notes answer no concern: a card has room for one memory and one line of fit.
NO_CONCERN = frozenset({"handwritten", "linkedin-invite"})


@dataclass
class S:
    """One sentence of a note: its text, how soon it goes when the note is long (`rank`:
    lower first, KEEP never), and, for a sentence that refers back ("Beyond that, I ...",
    "It is close to my own work"), the sentence it leans on and what to say instead when
    that one is not just before it (`alone`; None: leave it out)."""

    text: str
    rank: int = 0
    leans: S | None = None
    alone: str | None = None
    # A shorter wording taken, when the note is long, before any sentence is cut (the
    # plain line of interest for one tied to a topic).
    short: str | None = None


@dataclass
class Parts:
    """A note's sentences in paragraphs, each marked with whether it may be cut, and in
    which order cutting takes them (lower first)."""

    paragraphs: list[list[S]] = field(default_factory=list)

    def add(self, *sentences: S | None) -> None:
        kept = [s for s in sentences if s is not None and s.text]
        if kept:
            self.paragraphs.append(kept)

    def words(self) -> list[str]:
        return [s.text for p in self.paragraphs for s in p]

    def render(self, greeting: str, signature: str, limit: int) -> str:
        """The note, dropping cuttable sentences (lowest rank first) until it fits; a
        sentence that refers back is never left pointing at nothing."""
        # Copies, so a shorter wording taken here leaves the note's own sentences as they are.
        paragraphs = [[replace(s) for s in p] for p in self.paragraphs]
        copies = {id(o): c for p, q in zip(self.paragraphs, paragraphs, strict=True)
                  for o, c in zip(p, q, strict=True)}
        for p in paragraphs:
            for s in p:
                if s.leans is not None:
                    s.leans = copies.get(id(s.leans), s.leans)
        shorter = [(n, m) for n, p in enumerate(paragraphs) for m, s in enumerate(p) if s.short]
        while True:
            texts = [_standing(p) for p in paragraphs]
            body = "\n\n".join([greeting, *(" ".join(t) for t in texts if t), signature])
            cuttable = [(s.rank, n, m) for n, p in enumerate(paragraphs)
                        for m, s in enumerate(p) if s.rank > 0]
            if len(body.split()) <= limit or not (cuttable or shorter):
                return body
            if shorter:
                n, m = shorter.pop(0)
                paragraphs[n][m].text = paragraphs[n][m].short or paragraphs[n][m].text
                continue
            _, n, m = min(cuttable)
            del paragraphs[n][m]


def _standing(paragraph: list[S]) -> list[str]:
    """A paragraph's sentences, each one that leans on another only right after it (else its
    stand-alone wording, or nothing): no "That ..." opening on what the reader has not seen."""
    out: list[str] = []
    before: S | None = None
    for s in paragraph:
        text: str | None = s.text
        if s.leans is not None and s.leans is not before:
            text = s.alone
        if text:
            out.append(text)
            before = s
    return out


# Cutting order: the lower the rank, the sooner a sentence goes when a note is long.
KEEP = 0


CONCERN = 1


VALUES = 2


SECOND_TOPIC = 3


EXTRA_FIT = 4


INTEREST = 5


RAPPORT = 6
