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
    # The others by name, as their notes greet them; never "your colleague".
    assert "meeting you, Dr Mwangi and Mr Otieno" in draft.body
    found = review(Message(draft.body, context=Context(recipient=Recipient("Faith Chebet"))),
                   ReviewOptions(select=frozenset({"third-person-reader"}))).findings
    assert found == []


def test_a_note_to_stay_in_touch_names_no_vague_tail_nor_a_term_s_figures() -> None:
    facts = _facts((DATA / "ke-nurse.toml").read_text(encoding="utf-8"))
    bodies = {d.to_name: d.body for d in compose(facts, kind="networking")}
    # "notice period 1 month": the candidate's own notice, which HR asked about, talked
    # through (not "answering my questions"), without its length.
    assert "for talking through the notice period with me." in bodies["Faith Chebet"]
    assert "1 month" not in bodies["Faith Chebet"]
    # "night shift ratio 1:8 vs 1:6 thing": nothing to name there; another topic is.
    assert "thing" not in bodies["Peter Otieno Odhiambo"]
    assert "1:8" not in bodies["Peter Otieno Odhiambo"]


def test_a_reply_to_a_rejection_singles_out_no_term_of_the_job() -> None:
    text = (DATA / "ke-nurse.toml").read_text(encoding="utf-8").replace(
        'point_of_contact = true\n', '').replace(
        'topics = ["notice period 1 month"]', 'topics = ["notice period 1 month"]\n'
        'point_of_contact = true')
    (draft,) = compose(_facts(text), kind="rejection-reply")
    assert draft.to_name == "Faith Chebet"
    assert "notice period" not in draft.body
    assert "especially" not in draft.body


def test_the_close_does_not_promise_a_reply_someone_else_will_give() -> None:
    # "HR will call in 10 days, GM sir has to sign off": the controller will not reply.
    text = (DATA / "in-accountant.toml").read_text(encoding="utf-8")
    bodies = {d.to_name: d.body for d in compose(_facts(text))}
    assert "hearing from you around" not in bodies["Suresh Kumar Iyer"]
    assert "hearing from you by" not in bodies["Suresh Kumar Iyer"]
    # Said by the reader's own side, the date stays.
    mine = text.replace("HR will call in 10 days, GM sir has to sign off", "within 10 days")
    assert "hearing from you around" in {d.to_name: d.body for d in compose(_facts(mine))}[
        "Suresh Kumar Iyer"]


def test_a_term_the_employer_has_is_thanked_for_as_answers() -> None:
    text = (DATA / "ke-nurse.toml").read_text(encoding="utf-8").replace(
        '"notice period 1 month"', '"the staff housing on site"')
    bodies = {d.to_name: d.body for d in compose(_facts(text), kind="networking")}
    assert "for answering my questions about the staff housing on site." in bodies["Faith Chebet"]
