"""The drafts other than the thank-you: follow-up, reply to a rejection, networking."""

from __future__ import annotations

from pathlib import Path

from afterword.compose.drafts import compose
from afterword.compose.facts import Candidate, from_file
from afterword.model.interview_file import parse_interview_text
from afterword.review import Context, Message, Recipient, ReviewOptions, review

DATA = Path(__file__).parent / "data" / "kinds"
JORDAN = Candidate(name="Jordan Lee", email="jordan.lee@example.com")


def _facts(text: str):  # type: ignore[no-untyped-def]
    return from_file(parse_interview_text(text, source="x.toml", default_zone="UTC"), JORDAN)


# The recruiter sat on the panel; the point of contact has no address (a card).
RECRUITER_ON_PANEL = (DATA / "ke-nurse.toml").read_text(encoding="utf-8").replace(
    'email = "g.mwangi@riversidemission.example"\n', 'channel = "handwritten"\n')


def test_a_reply_to_a_recruiter_who_took_part_names_the_others_not_the_reader() -> None:
    facts = _facts(RECRUITER_ON_PANEL)
    (draft,) = compose(facts, kind="rejection-reply")
    assert draft.to_name == "Faith Chebet"
    assert draft.body.startswith("Dear Faith,") or draft.body.startswith("Hi Faith,")
    assert "Faith" not in draft.body.split("\n", 1)[1].rsplit("\n\n", 1)[0]
    assert "you and the team" in draft.body
    found = review(Message(draft.body, context=Context(recipient=Recipient("Faith Chebet"))),
                   ReviewOptions(select=frozenset({"third-person-reader"}))).findings
    assert found == []
