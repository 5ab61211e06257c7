"""The `cliche` rule: stock phrases that say nothing ("team player", "hit the ground running")."""

from __future__ import annotations

from collections.abc import Iterator

from afterword.language.text import Note
from afterword.review.findings import Hit, Severity
from afterword.review.matchers import PhraseMatcher, load_phrases, sibling
from afterword.review.registry import Example, rule

# The stock opening, whatever the note is called and whoever writes it: "I am writing this
# mail to", "I'm writing this short e-mail to", "I, Leena Thomas, am writing this letter to"
# (the phrase list cannot say "any name" or "any word for the note").
_STOCK = PhraseMatcher(
    load_phrases(sibling(__file__, "cliche.txt")),
    patterns=[
        r"I(?:['’]m|\s+am|,\s+(?:[A-Z][\w'’.-]*,?\s+){1,4}?am)\s+writing\s+"
        r"(?:(?:this|a|my)\s+(?:(?:short|brief|quick|little)\s+)?"
        r"(?:e-?mail|mail|note|letter|message|line|card|reply|response|follow-up)\s+)?to",
        # its kin in the simple present, which only letters use: "I write to thank you", "I
        # write this note to confirm" (not "I write to the council every month")
        r"I\s+(?:(?:just|simply|now)\s+)?write\s+(?:(?:this|a|my)\s+(?:(?:short|brief|quick"
        r"|little)\s+)?(?:e-?mail|mail|note|letter|message|line|card|reply|response)\s+)?to"
        r"(?=\s+(?:thank|express|say|follow|let|confirm|ask|share|reiterate|restate|offer|tell"
        r"|inform|apologi[sz]e|enquire|inquire|request)\b)",
    ],
)


@rule(
    "cliche",
    severity=Severity.INFO,
    fires=[
        Example(
            "Dear Ms. Ochoa,\n\nThank you for Wednesday. As a team player, I would hit the "
            "ground running.\n\nSincerely,\nBrenda"
        ),
        Example(
            "Dear Mr. Afolabi,\n\nI am writing to thank you for the interview yesterday."
            "\n\nBest regards,\nGareth"
        ),
    ],
    passes=[
        Example(
            "Hi Sunita,\n\nThank you for the conversation. I am writing up a short plan for "
            "the first migration.\n\nBest,\nGideon"
        ),
        Example(
            "Dear Dr. Mwangi,\n\nThe ground station tour was superb, and the fit-out of the "
            "ground floor impressed me.\n\nBest regards,\nSipho"
        ),
    ],
)
def cliche(note: Note) -> Iterator[Hit]:
    """Flag stock phrases that say nothing: "team player", "perfect fit", "I am writing to".

    ## What it flags
    Phrases every template uses: "team player", "think outside the box", "hit the ground
    running", "perfect fit", "go-getter", "results-driven", "synergy", "I am writing to".

    ## Why it matters
    Interviewers read these phrases in almost every note, so they slide past without
    leaving an impression. One concrete example of your work says more.

    ## Known limits
    A matter of taste, so it is only a hint. "Passionate about" and "great fit" are not
    flagged: they often lead into something specific.
    """
    for match in _STOCK.in_note(note):
        phrase = match.group()
        # A stock phrase's last word that goes on with a hyphen is another word: "add
        # value-based pricing" is no "add value".
        if note.body.startswith("-", match.end()) and note.body[match.end() + 1 : match.end() + 2].isalpha():
            continue
        if phrase.lower().startswith(("i am writing", "i'm writing", "i’m writing")):
            advice = "Start with the point itself: 'Thank you for ...'."
        else:
            advice = "Replace it with a concrete example of what you have done."
        yield Hit(match.span(), f"'{phrase}' is a stock phrase that says little", suggestion=advice)
