"""`find_placeholders`: the template slots the spec names, and the near misses it must leave."""

from __future__ import annotations

import pytest

from afterword.language.placeholders import find_placeholders, slot_label
from afterword.language.text import Note
from afterword.review import Context, Message


def slots(text: str, allow: frozenset[str] = frozenset()) -> list[str]:
    return [text[s:e] for s, e in find_placeholders(text, allow)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I would love to join [Company Name] this spring.", ["[Company Name]"]),
        ("Dear [Interviewer's Name],", ["[Interviewer's Name]"]),
        ("I enjoyed hearing about [insert specific project].", ["[insert specific project]"]),
        ("please pass my thanks to {name} for the tour", ["{name}"]),
        ("Hi {{first_name}},", ["{{first_name}}"]),
        ("Thanks again, {}!", ["{}"]),
        ("Warm regards,\n<Your Name>", ["<Your Name>"]),
        ("I enjoyed (insert topic) and the tour.", ["(insert topic)"]),
        ("Please thank (interviewer's name) for me.", ["(interviewer's name)"]),
        ("Please thank (interviewer’s name) for me.", ["(interviewer’s name)"]),
        ("We met on (fill in date) at the plant.", ["(fill in date)"]),
        ("I am excited about the (job title) role.", ["(job title)"]),
        ("Since ________ I have led the night shift.", ["________"]),
        ("I grew booked meetings by XXX% in a year.", ["XXX"]),
        ("I saved the firm $X,XXX last year.", ["X,XXX"]),
        ("I have edited copy for TK years.", ["TK"]),
        ("Best,\nxx", ["xx"]),
        ("Dear Mr./Ms. Last Name,", ["Mr./Ms. Last Name"]),
        ("Sincerely,\nYour Name", ["Your Name"]),
        ("I would be proud to join Company Name as Job Title.", ["Company Name", "Job Title"]),
        ("Dear Hiring Manager's Name,", ["Hiring Manager's Name"]),
        ("Best regards,\nYOUR NAME", ["YOUR NAME"]),
    ],
)
def test_slots_are_found(text: str, expected: list[str]) -> None:
    assert slots(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Dear Ms. Tkachenko,",
        "I have attached my certification record (PDF, 2 MB) in case it is useful.",
        "A former colleague passed along your name, and I am glad she did.",
        "When our company name changed after the merger, I re-registered every supplier.",
        "You can reach me at Jordan Lee <jordan.lee@example.com>.",
        "My portfolio is at <https://example.com/portfolio>.",
        "I <3 this team, and a < b > c holds.",
        "I met Sam (the interviewer) and Ms. Chen (Hiring Manager) on Friday.",
        "My father has managed (type 2 diabetes) for years; (write-up attached).",
        "I know snake_case and __init__ from Python.",
        "The XXL order and the Xerox machine arrived [1] as planned [sic].",
        "See the write-up [here](https://example.com).",
        "Dear Hiring Manager,",
        "I was glad to hear the job title will change to Senior Analyst.",
        "My role (supervising six technicians) was similar.",
        "I worked there (2019-2023) as a nurse.",
    ],
)
def test_near_misses_are_not_slots(text: str) -> None:
    assert slots(text) == []


def test_allowed_words_are_not_slots() -> None:
    assert slots("I loved my years at TK Maxx.", frozenset({"tk", "maxx"})) == []


def test_overlapping_slots_merge() -> None:
    assert slots("Dear [Your Name],") == ["[Your Name]"]


def test_slot_label_reads_what_the_slot_names() -> None:
    assert slot_label("[insert specific project]") == "specific project"
    assert slot_label("(interviewer's name)") == "interviewer's name"
    assert slot_label("<Your Name>") == "Your Name"
    assert slot_label("{first_name}") == "first name"
    assert slot_label("XXX") == ""
    assert slot_label("____") == ""


def test_note_placeholders_and_in_placeholder() -> None:
    body = "Dear [Name],\n\nThank you.\n\nBest,\nTK"
    note = Note(Message(body, context=Context(company="TK Logistics")))
    assert [p.text for p in note.placeholders] == ["[Name]"]
    assert note.in_placeholder(6, 8)
    assert not note.in_placeholder(13, 18)


@pytest.mark.parametrize(
    "text",
    [
        "Please see [image: company logo] above.",
        "I have attached my resume [Attachment: resume.pdf].",
        "Best,\nJordan\n\n________________________________\nFrom: Priya Raman",
    ],
)
def test_pasted_email_furniture_is_not_a_slot(text: str) -> None:
    assert slots(text) == []


def test_initials_in_a_signoff_are_not_the_tk_slot() -> None:
    body = "Dear Priya,\n\nThank you for the interview.\n\nBest,\nTK"
    note = Note(Message(body, context=Context(candidate="Tomás Kowalski")))
    assert note.placeholders == []
    assert [p.text for p in Note(Message(body)).placeholders] == ["TK"]
