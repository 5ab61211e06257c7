from __future__ import annotations

import pytest

from afterword.language.structure import Greeting, Signoff, fold, name_matches_person
from afterword.language.text import Note
from afterword.review import Context, Message, Recipient

BODY = "Thank you for meeting with me today about the role."


def note(body: str, **ctx: object) -> Note:
    return Note(Message(body, context=Context(**ctx)))  # type: ignore[arg-type]


def greeting(body: str, **ctx: object) -> Greeting | None:
    return note(body, **ctx).greeting


def signoff(body: str, **ctx: object) -> Signoff | None:
    return note(body, **ctx).signoff


# -- greeting ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first_line", "names", "honorific"),
    [
        ("Dear Priya,", ["Priya"], None),
        ("Dear Dr. Okafor,", ["Okafor"], "Dr."),
        ("Dear Ms. O'Brien,", ["O'Brien"], "Ms."),
        ("Dear Mr. O’Brien,", ["O’Brien"], "Mr."),
        ("Hi Priya and Tom,", ["Priya", "Tom"], None),
        ("Hello Siobhán,", ["Siobhán"], None),
        ("Good afternoon Ms. Castillo,", ["Castillo"], "Ms."),
        ("Good morning, Dana.", ["Dana"], None),
        ("Dear Dr. Nguyen-Tran:", ["Nguyen-Tran"], "Dr."),
        ("Hey Sam!", ["Sam"], None),
        ("Greetings Professor Lindqvist,", ["Lindqvist"], "Professor"),
        ("Dear Chef Delgado,", ["Delgado"], "Chef"),
        ("Hi Ana ,", ["Ana"], None),
        ("Dear Jean-Luc Picard,", ["Jean-Luc Picard"], None),
        ("Dear María de la Cruz,", ["María de la Cruz"], None),
        ("Hello again Marcus,", ["Marcus"], None),
        ("Hi there Priya,", ["Priya"], None),
        ("Dear Mr. and Mrs. Patel,", ["Patel"], "Mr."),
        ("Dear Mr. J. Smith,", ["J. Smith"], "Mr."),
        ("dear priya,", ["priya"], None),
    ],
)
def test_a_salutation_with_a_name(first_line: str, names: list[str], honorific: str | None) -> None:
    body = f"{first_line}\n\n{BODY}"
    g = greeting(body)
    assert g is not None and g.complete
    assert [n.text for n in g.names] == names
    assert all(body[n.start : n.end] == n.text for n in g.names)
    assert (g.honorific.text if g.honorific else None) == honorific
    assert not g.group


@pytest.mark.parametrize(
    "first_line",
    [
        "Dear Hiring Committee,",
        "Dear Search Committee members,",
        "Hello all,",
        "Hi team,",
        "Hello everyone,",
        "Dear Hiring Manager,",
        "To whom it may concern,",
        "Dear Professor,",
        "Dear Sir or Madam,",
    ],
)
def test_a_group_or_a_title_is_a_complete_greeting(first_line: str) -> None:
    g = greeting(f"{first_line}\n\n{BODY}")
    assert g is not None and g.complete and g.group


@pytest.mark.parametrize("first_line", ["Hello,", "Hi there,", "Good morning,", "Dear,", "Hi!"])
def test_a_salutation_without_a_name_is_incomplete(first_line: str) -> None:
    g = greeting(f"{first_line}\n\n{BODY}")
    assert g is not None and not g.complete and g.salutation is not None


@pytest.mark.parametrize(
    "opening",
    [
        BODY,
        "I hope the end of the school year is going well.",
        "Again, thank you for the interview.",
        "Today, I want to thank you for your time.",
        "Thanks for the interview, Priya.",
        "Highlights from our call: the roadmap and the hiring plan.",
    ],
)
def test_prose_at_the_start_is_no_greeting(opening: str) -> None:
    assert greeting(f"{opening}\n\nMore text here.") is None


def test_a_bare_name_on_its_own_line_is_a_greeting() -> None:
    g = greeting(f"Priya,\n\n{BODY}")
    assert g is not None and g.complete and g.salutation is None
    assert [n.text for n in g.names] == ["Priya"]


def test_a_bare_name_opening_a_sentence_is_a_greeting_when_it_is_the_recipient() -> None:
    body = "Priya, thank you for the coffee chat about on-call rotations."
    g = greeting(body, recipient=Recipient("Priya Raman"))
    assert g is not None and [n.text for n in g.names] == ["Priya"]
    assert greeting(body) is None


def test_greeting_on_the_same_line_as_the_message() -> None:
    body = "Hi Chloé, thank you for your panel on claims fraud models at the forum."
    g = greeting(body)
    assert g is not None and [n.text for n in g.names] == ["Chloé"]
    assert g.span.text == "Hi Chloé"


def test_greeting_with_a_dash_and_no_comma() -> None:
    g = greeting("Hi Priya — thanks again for the chat about the migration.")
    assert g is not None and [n.text for n in g.names] == ["Priya"]


def test_greeting_followed_by_prose_without_punctuation() -> None:
    g = greeting("Hi Priya thanks so much for the time today")
    assert g is not None and [n.text for n in g.names] == ["Priya"]


def test_a_template_slot_in_the_greeting() -> None:
    g = greeting(f"Dear [Interviewer Name],\n\n{BODY}")
    assert g is not None and g.complete and g.slot


def test_greeting_offsets_with_crlf_and_leading_blank_lines() -> None:
    body = "\r\n\r\nDear Ms. Grant,\r\n\r\nThank you for the tour.\r\n"
    g = greeting(body)
    assert g is not None
    assert body[g.names[0].start : g.names[0].end] == "Grant"
    assert body[g.span.start : g.span.end] == "Dear Ms. Grant"


# -- sign-off --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ending", "name"),
    [
        ("Best regards,\nJordan Lee", "Jordan Lee"),
        ("Kind regards,\nJordan", "Jordan"),
        ("Sincerely,\n\nJordan Lee", "Jordan Lee"),
        ("Thank you again,\nJordan Lee", "Jordan Lee"),
        ("With gratitude,\nJordan Lee, PMP", "Jordan Lee, PMP"),
        ("Warmly,\njordan lee", "jordan lee"),
        ("Best,\nJordan Lee\njordan.lee@example.com\n(555) 123-4567", "Jordan Lee"),
        ("Best,\nJordan Lee\nlinkedin.com/in/jordanlee", "Jordan Lee"),
        ("Regards,\nJordan Lee\nSenior Data Engineer\njordan@example.com | 555-0142", "Jordan Lee"),
        ("Best, Jordan", "Jordan"),
        ("— Jordan", "Jordan"),
        ("Thanks again, Jordan Lee", "Jordan Lee"),
        ("Jordan Lee", "Jordan Lee"),
        ("Cheers,\nDr. Jordan Lee", "Dr. Jordan Lee"),
        ("Saludos,\nJordan Lee (he/him)", "Jordan Lee (he/him)"),
    ],
)
def test_signed_with_the_candidate_s_name(ending: str, name: str) -> None:
    body = f"Dear Priya,\n\n{BODY}\n\n{ending}\n"
    s = signoff(body, candidate="Jordan Lee")
    assert s is not None and s.complete
    assert s.name is not None and s.name.text == name
    assert body[s.name.start : s.name.end] == name


def test_accents_and_case_do_not_matter_for_the_candidate_s_name() -> None:
    s = signoff(f"Hi,\n\n{BODY}\n\nBest,\nJose Alvarez", candidate="José Álvarez")
    assert s is not None and s.complete


def test_a_nickname_of_the_candidate_is_their_name() -> None:
    s = signoff(f"Hi,\n\n{BODY}\n\nBest,\nKate", candidate="Katherine Moore")
    assert s is not None and s.complete


def test_the_candidate_s_name_on_a_line_ending_a_linkedin_message() -> None:
    body = "Hi Priya, thanks for the chat about the on-call changes. Best, Jordan"
    s = signoff(body, candidate="Jordan Lee")
    assert s is not None and s.name is not None and s.name.text == "Jordan"
    assert s.valediction is not None and s.valediction.text == "Best"


@pytest.mark.parametrize("ending", ["Best regards,", "Sincerely", "Thank you,", "Warm regards,\n"])
def test_a_valediction_alone_is_no_sign_off(ending: str) -> None:
    s = signoff(f"Dear Priya,\n\n{BODY}\n\n{ending}", candidate="Jordan Lee")
    assert s is not None and not s.complete and s.valediction is not None


def test_another_person_s_name_is_no_sign_off() -> None:
    s = signoff(f"Dear Dr. Marsh,\n\n{BODY}\n\nWarmly,\nJessica", candidate="Mirela Dragan")
    assert s is not None and not s.complete
    assert s.other_name is not None and s.other_name.text == "Jessica"


def test_without_the_candidate_any_final_name_will_do() -> None:
    s = signoff(f"Dear Dr. Marsh,\n\n{BODY}\n\nWarmly,\nJessica")
    assert s is not None and s.complete


def test_thanking_the_recipient_by_name_signs_nothing() -> None:
    s = signoff("Hi Priya, it was a great chat. Thanks, Priya", recipient=Recipient("Priya Raman"))
    assert s is None or not s.complete


@pytest.mark.parametrize(
    "ending",
    [
        "I look forward to hearing from you.",
        "Hope to hear from you soon!",
        "Looking forward to hearing from you",
        "Please let me know if you need anything else, Priya.",
    ],
)
def test_ending_on_prose_is_no_sign_off(ending: str) -> None:
    s = signoff(f"Dear Priya,\n\n{BODY}\n\n{ending}")
    assert s is None or not s.complete


def test_a_name_slot_counts_as_the_name() -> None:
    for slot in ("<Your Name>", "[Your Name]", "[Name]", "Your Name"):
        s = signoff(f"Dear Priya,\n\n{BODY}\n\nBest regards,\n{slot}", candidate="Jordan Lee")
        assert s is not None and s.complete, slot


def test_a_postscript_after_the_signature() -> None:
    body = f"Dear Priya,\n\n{BODY}\n\nBest,\nJordan\n\nP.S. I attached the checklist I mentioned."
    s = signoff(body, candidate="Jordan Lee")
    assert s is not None and s.complete


def test_sign_off_with_crlf_and_trailing_whitespace() -> None:
    body = f"Dear Priya,\r\n\r\n{BODY}\r\n\r\nKind regards,  \r\nJordan Lee   \r\n\r\n"
    s = signoff(body, candidate="Jordan Lee")
    assert s is not None and s.complete and s.name is not None
    assert body[s.name.start : s.name.end] == "Jordan Lee"


def test_hyphenated_and_apostrophe_names() -> None:
    s = signoff(f"Hi,\n\n{BODY}\n\nBest,\nMei-Ling Zhou", candidate="Mei-Ling Zhou")
    assert s is not None and s.complete
    s = signoff(f"Hi,\n\n{BODY}\n\nBest,\nLiam O’Sullivan", candidate="Liam O'Sullivan")
    assert s is not None and s.complete


# -- names ----------------------------------------------------------------------------------


def test_fold_ignores_accents_apostrophes_and_case() -> None:
    assert fold("Siobhán O’Brien") == fold("siobhan o'brien") == "siobhan obrien"


@pytest.mark.parametrize(
    ("written", "person", "same"),
    [
        ("Priya", "Priya Raman", True),
        ("Ms. Raman", "Priya Raman", True),
        ("Priya Raman", "Priya Raman", True),
        ("Tom", "Thomas Whitaker", True),
        ("Alex", "Alexandra Kim", True),
        ("Chloe", "Chloé Martin", True),
        ("Nguyen Tran", "Linh Nguyen-Tran", True),
        ("Sarah", "Sara Holmberg", False),
        ("Morison", "Jake Morrison", False),
        ("Marcus", "Elena Petrova", False),
        ("Robinson", "Alicia Robertson", False),
    ],
)
def test_name_matches_person(written: str, person: str, same: bool) -> None:
    assert name_matches_person(written, person) is same


def test_middle_initial_and_initial_forms_of_the_candidate() -> None:
    for signed in ("Jordan A. Lee", "J. Lee", "Jordan L."):
        s = signoff(f"Hi,\n\n{BODY}\n\nBest,\n{signed}", candidate="Jordan Lee")
        assert s is not None and s.complete, signed
    s = signoff(f"Hi,\n\n{BODY}\n\nBest,\nK. Lee", candidate="Jordan Lee")
    assert s is not None and not s.complete
