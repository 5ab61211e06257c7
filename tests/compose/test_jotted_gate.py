"""The last gate before a draft is stored: a sentence the review's draft-language rules read
as jotted (shorthand, broken phrase, the reader in the third person) is taken out of the note
and asked for under "To finish", never sent under the user's name."""

from __future__ import annotations

from afterword.compose.service import _without_jotted
from afterword.review import review
from afterword.review.message import Message

BODY = """Dear Sam,

Thank you for speaking with me about the Line Cook role on Tuesday.

I enjoyed hearing about the new brunch menu. I did 4 yrs retail b4 this. I have run the grill on busy Saturday nights at the Harbour Inn for two years.

I would be glad to help launch the brunch menu, and I look forward to hearing from you.

Best regards,
Jordan Lee
"""


def _gate(body: str) -> tuple[str, list[str]] | None:
    message = Message(body=body, kind="thank-you", channel="email")
    return _without_jotted(message, review(message).findings)


def test_a_jotted_sentence_leaves_the_note_and_is_asked_for() -> None:
    kept = _gate(BODY)
    assert kept is not None
    body, asks = kept
    assert "b4" not in body and "4 yrs" not in body
    # Everything else stays, in order, and the paragraph reads on.
    assert "I enjoyed hearing about the new brunch menu. I have run the grill" in body
    assert body.startswith("Dear Sam,\n\nThank you for speaking with me")
    assert body.rstrip().endswith("Jordan Lee")
    assert len(asks) == 1 and "I did 4 yrs retail b4 this." in asks[0]
    # And the note that goes out draws no draft-language finding.
    again = review(Message(body=body, kind="thank-you", channel="email"))
    assert not {f.rule for f in again.findings} & {"shorthand", "broken-phrase"}


def test_the_thanks_and_the_closing_stay_whatever_they_hold() -> None:
    # A note without its thanks or its close is no note: their findings stay for the user.
    body = BODY.replace("Thank you for speaking", "Thx 4 speaking").replace(
        "I did 4 yrs retail b4 this. ", "")
    kept = _gate(body)
    assert kept is None or "Thx 4 speaking" in kept[0]


def test_a_clean_note_is_left_as_it_is() -> None:
    assert _gate(BODY.replace("I did 4 yrs retail b4 this. ", "")) is None
