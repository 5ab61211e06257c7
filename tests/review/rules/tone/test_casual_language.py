from __future__ import annotations

import pytest

from afterword.review import Context, Message, ReviewOptions, review
from afterword.review.findings import Finding

RULE = "casual-language"


def hits(body: str, **ctx: object) -> list[Finding]:
    message = Message(body, context=Context(**ctx))  # type: ignore[arg-type]
    return review(message, ReviewOptions(select=frozenset({RULE}))).findings


def note(middle: str, greeting: str = "Hi Marco,") -> str:
    return f"{greeting}\n\nThank you for the interview today. {middle}\n\nBest,\nGiulia"


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("It was awesome to see the roastery.", "awesome"),
        ("I'm gonna follow your advice.", "gonna"),
        ("I wanna check whether there is any news.", "wanna"),
        ("Yeah, I know these things take time.", "Yeah"),
        ("I'm super excited about the role.", "super excited"),
        ("Thx again for the tour.", "Thx"),
        ("Btw, I finished the course.", "Btw"),
        ("No worries if the decision takes a while.", "No worries"),
        ("Thanks a ton for your time.", "Thanks a ton"),
        ("Thanks heaps for the chat this arvo.", "Thanks heaps"),
        ("I am so pumped about the launch.", "so pumped"),
        ("That was my bad.", "my bad"),
        ("lol, the demo crashed twice.", "lol"),
        ("It was so cool to see the lab.", "so cool"),
        ("I'm sooo excited.", "sooo"),
    ],
)
def test_chat_register_fires(sentence: str, flagged: str) -> None:
    body = note(sentence)
    found = hits(body)
    assert flagged in [body[f.start : f.end] for f in found]


def test_hey_as_a_greeting_fires() -> None:
    assert len(hits(note("The tour was great.", greeting="Hey Marco,"))) == 1


def test_cheers_mate_sign_off_fires() -> None:
    body = "Hi Bronwyn,\n\nThank you for the chat about the build.\n\nCheers mate,\nLachlan"
    assert len(hits(body)) == 1


def test_texting_shorthand_u_fires_with_a_replacement() -> None:
    found = hits(note("Thank u for showing me the lab."))
    assert [f.replacement for f in found] == ["you"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thanks so much for showing me around the branch.",
        "The Supervisor role and the superb training plan impressed me.",
        "Mr. Heyward mentioned the capital allocation reviews.",
        "We pumped the basement dry after the flood.",
        "My bad debt reserves work was the highlight of my last role.",
        "As an NP, I follow the IMO guidance; the UR team agreed.",
        "The awesomeness of the view is hard to describe in a note.",
        "The stoker on the steam train explained the boiler.",
        "Option (u) on the form was unclear; part (r) too.",
        "Cheers to your team for a great launch.",
    ],
)
def test_formal_lookalikes_pass(sentence: str) -> None:
    assert hits(note(sentence)) == []


def test_a_context_word_is_not_slang() -> None:
    body = note("I would love to join Awesome Analytics.")
    assert len(hits(body)) == 1
    assert hits(body, company="Awesome Analytics") == []
