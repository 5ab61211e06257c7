"""Moves and cues said plainly, read by their shape (session 6, second round: the kinds of text behind aside5's misfires).

Each test names a general shape and checks it on paraphrases of our own, in several trades,
with look-alikes that must not count. No sentence is taken from a published set; each is set
in an otherwise complete note, so an assertion is about one rule and one sentence.
"""

from __future__ import annotations

import pytest

from afterword.review import Context, Message, Recipient, review

CTX = {"candidate": "Jordan Lee", "recipient": Recipient("Priya Raman")}

REF = "Thank you for walking me through the new wound-care protocol on the cardiac ward."
QUAL = "I have three years of ICU experience."
INTEREST = "I am very interested in the role."
CLOSE = "I look forward to hearing from you."


def rules(body: str, kind: str = "thank-you", candidate: str = "Jordan Lee") -> set[str]:
    context = Context(candidate=candidate, recipient=CTX["recipient"])  # type: ignore[arg-type]
    return {f.rule for f in review(Message(body, kind=kind, context=context)).findings}


def letter(middle: str, name: str = "Jordan Lee") -> str:
    return f"Dear Priya,\n\n{middle}\n\nBest regards,\n{name}"


# --- interest: a wish to do the work for the reader, said plainly -------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I would welcome the chance to run the same kind of audit for your clinic.",
        "I'd welcome the opportunity to bring that habit to your kitchen.",
        "I would really like to learn the trade with your crew.",
        "I'd truly like to build my first engines at your garage.",
        "I would very much like to run evening classes for your library.",
        "The apprentice post is exactly the work I want to do.",
        "Teaching at a school like yours is the job I hope to do.",
        "Running a small depot is the work I have wanted to do for years.",
    ],
)
def test_a_plain_wish_to_do_the_work_for_the_reader_is_interest(sentence: str) -> None:
    assert "missing-interest" not in rules(letter(f"{REF} {QUAL} {sentence} {CLOSE}"))


@pytest.mark.parametrize(
    "sentence",
    [
        "I really want this apprenticeship.",
        "I'd gladly take the job.",
        "I would jump at the post.",
        "Getting this placement would mean a lot to me.",
        "I truly hope to be working with you soon.",
        "I hope I get the chance to work in your lab.",
        "My hope is to join your depot this spring.",
        "Working in your kitchen is something I'd genuinely like.",
        "It's the kind of place I could see myself staying for years.",
        "I would like to continue in the process.",
    ],
)
def test_the_job_wanted_taken_or_hoped_for_in_other_words_is_interest(sentence: str) -> None:
    assert "missing-interest" not in rules(letter(f"{REF} {QUAL} {sentence} {CLOSE}"))


@pytest.mark.parametrize(
    "sentence",
    [
        "I would like to know more about the pension.",
        "I would welcome the chance to clarify my answer on budgets.",
        "I'd really like to hear how the pilot goes.",
        "I would take the role of note-taker in any meeting.",
        "My goal is to grow as a nurse.",
        "I hope the launch goes well for your team.",
    ],
)
def test_wishes_about_other_things_are_no_interest(sentence: str) -> None:
    assert "missing-interest" in rules(letter(f"{REF} {QUAL} {sentence} {CLOSE}"))


@pytest.mark.parametrize(
    "sentence",
    [
        "I would welcome the chance to talk again with your team.",
        "I would really like to know how the panel scored my answers.",
        "I would really like to thank your receptionist for her help.",
        "The slides are the work I wanted to show you on Tuesday.",
        "Here is the portfolio piece I want to send to your team.",
    ],
)
def test_talk_thanks_and_showing_work_are_no_interest(sentence: str) -> None:
    assert "missing-interest" in rules(letter(f"{REF} {QUAL} {sentence} {CLOSE}"))


# --- a specific reference: the reader's story told with its content; a note's phone number -----


PLAIN_REF = "Thank you for meeting me on Monday."


@pytest.mark.parametrize(
    "sentence",
    [
        "I was touched by your story of the apprentice who rebuilt a gearbox in his first week.",
        "The story you told about the night the walk-in freezer failed made me laugh.",
        "Your account of the client who came in with a shoebox of receipts stayed with me.",
        "I keep thinking of your anecdote about the volunteer who ran the pantry alone all winter.",
        "I enjoyed hearing how your office is moving patient check-in over to tablets.",
        "Your story about the student who started in September and was reading by Christmas "
        "stayed with me.",
        "I loved the example you gave of the customer who came back every week for a year.",
    ],
)
def test_the_reader_s_story_told_with_its_content_is_specific(sentence: str) -> None:
    assert "not-specific" not in rules(letter(f"{PLAIN_REF} {sentence} {QUAL} {INTEREST} {CLOSE}"))


@pytest.mark.parametrize(
    "sentence",
    [
        "I enjoyed hearing your story.",
        "Thank you for sharing your stories about the team.",
        "Your story of the company was inspiring.",
        "Please call me at 555-0192 if you need anything else.",
        "You can reach me on (02) 9374 4000 at any time.",
        "My mobile is +44 20 7946 0958.",
    ],
)
def test_a_bare_story_or_a_phone_number_is_no_detail(sentence: str) -> None:
    assert "not-specific" in rules(letter(f"{PLAIN_REF} {sentence} {QUAL} {INTEREST} {CLOSE}"))


# --- a qualification: nothing but the generic words of a background is none ----------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I believe my previous experience and education have prepared me for this position.",
        "My skills and background have prepared me well for the role.",
        "My overall training and experience have equipped me for this job.",
        "My education has prepared me for this work.",
        "I feel my relevant experience has prepared me well.",
    ],
)
def test_a_background_named_only_in_generic_words_is_no_qualification(sentence: str) -> None:
    assert "missing-qualification" in rules(letter(f"{REF} {sentence} {INTEREST} {CLOSE}"))


@pytest.mark.parametrize(
    "sentence",
    [
        "My clinical placement on a cardiac ward prepared me well for this.",
        "My two summers at the box office equipped me for busy days.",
        "My pharmacy residency has prepared me for the new clinic.",
        "My experience in a busy dental practice has prepared me for your front desk.",
    ],
)
def test_a_named_background_that_prepared_one_is_still_a_qualification(sentence: str) -> None:
    assert "missing-qualification" not in rules(letter(f"{REF} {sentence} {INTEREST} {CLOSE}"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Spanish is my first language, which would help with your families.",
        "My mother tongue is Polish, and half your crew speak it.",
        "I am a native Arabic speaker.",
        "I know the till system you use, as we had the same one at the garden centre.",
        "I used the same scheduling software at my last job.",
    ],
)
def test_a_native_language_or_the_reader_s_tools_used_before_are_qualifications(
    sentence: str,
) -> None:
    assert "missing-qualification" not in rules(letter(f"{REF} {sentence} {INTEREST} {CLOSE}"))


@pytest.mark.parametrize(
    "sentence",
    [
        "We had the same idea about the rota.",
        "Patience is the first thing your team mentioned.",
        "I hope the same system works for your new site.",
    ],
)
def test_the_same_idea_or_a_hope_is_no_qualification(sentence: str) -> None:
    assert "missing-qualification" in rules(letter(f"{REF} {sentence} {INTEREST} {CLOSE}"))


# --- demanding: a response expected from the reader; the reason for a rejection demanded ------


def with_sentence(sentence: str) -> str:
    return letter(f"{REF} {QUAL} {INTEREST} {sentence} {CLOSE}")


@pytest.mark.parametrize(
    "sentence",
    [
        "I expect a phone call from you by Monday.",
        "I'll expect your call tomorrow morning.",
        "I expect a callback before the end of the week.",
        "I expect some word from your office today.",
        "I want to know exactly why my application was turned down.",
        "I expect to be contacted by the end of the day.",
        "You owe me an explanation.",
        "Why have I not been told anything yet?",
        "I would like to know precisely why I was not selected.",
        "I demand to know why I was passed over.",
        "I deserve an explanation for this decision.",
    ],
)
def test_a_response_expected_or_a_reason_demanded_is_demanding(sentence: str) -> None:
    assert "demanding" in rules(with_sentence(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "I expect a busy first month on the ward.",
        "I expect my certificate to arrive next week.",
        "As you would expect, I read up on your recall procedure.",
        "I would welcome any feedback on why my application was not successful.",
        "I want to know exactly how the new rota will work, so I'll read the guide.",
        "I expect to be given my licence number next week.",
        "Why has your team grown so fast? I was curious after the tour.",
    ],
)
def test_expectations_of_one_s_own_and_polite_feedback_are_not_demanding(sentence: str) -> None:
    assert "demanding" not in rules(with_sentence(sentence))


# --- negative: the interview called a waste of one's time -------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Honestly, the trip was a complete waste of my Saturday.",
        "Coming in for a second round felt like a waste of my time.",
        "The assessment day was a total waste of a day.",
        "Frankly, the whole process has been a waste of my afternoon.",
        "That phone screen was such a waste of an evening.",
        "Nobody on the panel had even looked at my portfolio.",
        "The panel clearly had not read my CV.",
        "Your interview process is a joke.",
        "Honestly, the assessment day felt pointless.",
    ],
)
def test_the_interview_called_a_waste_of_one_s_time_is_negative(sentence: str) -> None:
    assert "negative" in rules(with_sentence(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "I hope our call was not a waste of your time.",
        "I would hate for this note to be a waste of your time.",
        "Your new recycling line means far less waste of packaging.",
        "Nothing about the visit felt like a waste of my time.",
        "I know you have read my application carefully.",
        "In case you have not read my portfolio yet, here is the link.",
        "I hope the interview did not feel pointless to you.",
        "The old paper rota was a joke among the drivers, so your new app impressed me.",
    ],
)
def test_look_alikes_of_a_waste_are_not_negative(sentence: str) -> None:
    assert "negative" not in rules(with_sentence(sentence))


# --- apologetic: sorry for one's own doing, told with a gerund ---------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm sorry for running over our time.",
        "Apologies once more for turning up late.",
        "I apologise for talking so much about my last job.",
        "Sorry again for forgetting your colleague's name.",
        "I am sorry again for keeping the panel waiting in reception.",
        "Sorry once again for being late.",
    ],
)
def test_sorry_for_one_s_own_doing_in_a_gerund_is_apologetic(sentence: str) -> None:
    assert "apologetic" in rules(with_sentence(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm sorry for not being able to make Thursday; would Friday suit?",
        "Sorry for missing your call this morning; I was on a shift.",
        "I was sorry to hear about the restructuring.",
        "I was sorry for everyone affected by the flooding last month.",
        "I'm sorry for everything your family went through this winter.",
        "I apologise for nothing I said about the rota; I stand by it.",
    ],
)
def test_a_constraint_a_missed_call_or_sympathy_is_no_needless_apology(sentence: str) -> None:
    assert "apologetic" not in rules(with_sentence(sentence))


# --- a sign-off: a name followed by a credential in any case -----------------------------------


@pytest.mark.parametrize("signed", ["Jordan Lee, PharmD", "Jordan Lee, PsyD", "Jordan Lee, EdD",
                                    "Jordan Lee, RPh, PharmD", "Jordan Lee, DPT"])
def test_a_name_followed_by_a_credential_is_the_candidate_s(signed: str) -> None:
    body = letter(f"{REF} {QUAL} {INTEREST} {CLOSE}", name=signed)
    assert "missing-signoff" not in rules(body)


@pytest.mark.parametrize(
    "signed",
    ["Jordan Lee, PhD candidate", "Jordan Lee, Office Manager", "Jordan Lee | 555-0192",
     "Jordan Lee - jordan@example.com", "Jordan Lee, Dip. Couns."],
)
def test_the_candidate_s_name_then_a_separator_and_more_signs_the_note(signed: str) -> None:
    body = letter(f"{REF} {QUAL} {INTEREST} {CLOSE}", name=signed)
    assert "missing-signoff" not in rules(body)


@pytest.mark.parametrize("signed", ["Maria Lopez, Office Manager", "Maria Lopez | 555-0192"])
def test_someone_else_s_name_then_more_does_not_sign_it(signed: str) -> None:
    body = letter(f"{REF} {QUAL} {INTEREST} {CLOSE}", name=signed)
    assert "missing-signoff" in rules(body)


def test_someone_else_s_name_with_a_credential_is_still_another_name() -> None:
    body = letter(f"{REF} {QUAL} {INTEREST} {CLOSE}", name="Maria Lopez, PharmD")
    assert "missing-signoff" in rules(body)


def _linkedin(body: str) -> set[str]:
    context = Context(candidate="Jordan Lee", recipient=CTX["recipient"])  # type: ignore[arg-type]
    message = Message(body, kind="thank-you", channel="linkedin-message", context=context)
    return {f.rule for f in review(message).findings}


@pytest.mark.parametrize("end", ["Hope to talk again soon. Jordan", "Speak soon! Jordan Lee"])
def test_a_one_line_message_signed_after_its_last_sentence_is_signed(end: str) -> None:
    body = f"Hi Priya, thanks for the tour of the cold store today. {QUAL} {end}"
    assert "missing-signoff" not in _linkedin(body)


@pytest.mark.parametrize("end", ["Hope to talk again soon. Maria", "Hope to talk again soon."])
def test_a_message_ending_on_another_name_or_none_is_not_signed(end: str) -> None:
    body = f"Hi Priya, thanks for the tour of the cold store today. {QUAL} {end}"
    assert "missing-signoff" in _linkedin(body)

