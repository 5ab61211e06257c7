"""Kinds of text the review got wrong on a blind set (session 7), each fixed by its construction.

Every sentence is written for these tests, in other trades and wordings than the published
notes; each kind has near misses that must stay as they were (a flawless note draws nothing).
"""

from __future__ import annotations

import pytest

from afterword.review import Context, Message, Recipient, review

CTX = {"candidate": "Jordan Lee", "recipient": Recipient("Hauwa Bello")}


def rules(body: str, kind: str = "thank-you", **ctx: object) -> set[str]:
    context = Context(**{**CTX, **ctx})  # type: ignore[arg-type]
    return {f.rule for f in review(Message(body, kind=kind, context=context)).findings}


def letter(middle: str, greeting: str = "Dear Hauwa,") -> str:
    return f"{greeting}\n\n{middle}\n\nBest regards,\nJordan Lee"


# A full note, flawless, with room for one sentence more.
FULL = (
    "Thank you for showing me how your depot schedules the night deliveries. At my last "
    "warehouse I cut loading delays by a third. I am very interested in the role. {} "
    "I look forward to hearing from you."
)


# -- a boss run down without "my": known by working under them or by where they are ----------


@pytest.mark.parametrize(
    "sentence",
    [
        "I spent two years under a lazy, two-faced supervisor at my last garage.",
        "After working for an abusive foreman, I value a calm site.",
        "A clueless director at my old agency taught me what not to do.",
        "My rude and petty boss never noticed the backlog I cleared.",
        "I kept the ward running beside an incompetent, chaotic manager.",
        "The toxic leadership at my current hospital wore everyone down.",
        "I answered to an incompetent charge nurse at my last hospital.",
        "The management at my restaurant is hopeless.",
    ],
)
def test_a_boss_run_down_without_my_is_negative(sentence: str) -> None:
    assert "negative" in rules(letter(FULL.format(sentence)))


@pytest.mark.parametrize(
    "sentence",
    [
        "I trained under a demanding but fair head chef.",
        "I worked in a chaotic emergency department for three years.",
        "I learned the trade under a strict manager at my first bakery.",
        "I supported a manager at my last firm through a difficult merger.",
        "The worst storm of the winter kept our crew on the roads for days.",
        "Our ward was chaotic during the outbreak, and I kept the rota running.",
        "I trained under a brilliant manager at my last hospital.",
    ],
)
def test_hard_facts_and_fair_words_about_a_boss_are_not_negative(sentence: str) -> None:
    assert "negative" not in rules(letter(FULL.format(sentence)))


# -- a salutation of another language, or one no list holds, before the reader's name -------


@pytest.mark.parametrize(
    "greeting", ["Sannu Hauwa,", "Namaste Hauwa,", "Kia ora Hauwa,", "Bonjour Hauwa,", "Salaam Ms. Bello,"]
)
def test_a_salutation_in_another_language_is_a_greeting(greeting: str) -> None:
    found = rules(letter(FULL.format(""), greeting=greeting))
    assert "missing-greeting" not in found
    assert "wrong-recipient-name" not in found


def test_a_name_of_two_words_is_still_read_as_a_bare_name() -> None:
    body = letter(FULL.format(""), greeting="Mary Ann,")
    assert not {"missing-greeting", "wrong-recipient-name"} & rules(
        body, recipient=Recipient("Mary Ann Osei")
    )


@pytest.mark.parametrize("greeting", ["Thanks again Hauwa,", "Great chatting Hauwa,", "Hola,"])
def test_prose_or_a_salutation_with_no_name_is_no_greeting(greeting: str) -> None:
    assert "missing-greeting" in rules(letter(FULL.format(""), greeting=greeting))


def test_a_salutation_by_shape_needs_the_reader_s_name() -> None:
    # "Sannu Musa," to Hauwa Bello: the shape alone does not make Musa the reader.
    found = rules(letter(FULL.format(""), greeting="Sannu Musa,"))
    assert found & {"missing-greeting", "wrong-recipient-name"}


# -- interest: a yes hoped for; pleading is not interest ----------------------------------------


INTEREST_FREE = (
    "Thank you for showing me how your depot schedules the night deliveries. At my last "
    "warehouse I cut loading delays by a third. {}"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "I look forward to your favourable reply.",
        "I would be delighted to receive a favourable answer.",
        "I am hoping for a positive outcome and will keep my Thursdays free.",
        "Your crew sounds like a team where I could thrive.",
    ],
)
def test_a_yes_hoped_for_or_a_place_one_would_thrive_is_interest(sentence: str) -> None:
    assert "missing-interest" not in rules(letter(INTEREST_FREE.format(sentence)))


@pytest.mark.parametrize(
    "sentence",
    [
        "I look forward to your reply.",
        "I really need this job.",
        "Please give me a chance to prove myself.",
        "The depot looks like a great place to work.",
    ],
)
def test_a_plain_close_need_or_praise_is_no_interest(sentence: str) -> None:
    assert "missing-interest" in rules(letter(INTEREST_FREE.format(sentence)))


# -- "talk further" in a thanks for the meeting that was looks back --------------------------


CLOSE_FREE = (
    "{} At my last warehouse I cut loading delays by a third, and your plan for the night "
    "deliveries is where I would use that. I am very interested in the role."
)


@pytest.mark.parametrize(
    "thanks",
    [
        "Thanks for having me in on Monday to chat more about the dispatcher role.",
        "Thank you for the chance to meet your crew to talk further about the night shift.",
    ],
)
def test_talking_further_in_a_thanks_for_the_past_is_no_close(thanks: str) -> None:
    assert "missing-closing" in rules(letter(CLOSE_FREE.format(thanks)))


@pytest.mark.parametrize(
    "close",
    [
        "Thank you for Monday; I hope we can talk again soon.",
        "Thanks again, and I would love to meet again.",
        "I would welcome the chance to talk further.",
        "Could we speak again next week?",
        "Thanks for inviting me to meet again with the team on Tuesday.",
    ],
)
def test_talking_again_as_a_wish_or_question_is_a_close(close: str) -> None:
    assert "missing-closing" not in rules(letter(CLOSE_FREE.format(close)))


# -- the letter announcing itself in the simple present -------------------------------------


@pytest.mark.parametrize(
    "opener",
    ["I write to thank you for Tuesday's interview.", "I write this note to confirm my interest."],
)
def test_i_write_to_thank_you_is_the_stock_opener(opener: str) -> None:
    found = rules(letter(FULL.format(opener)))
    assert "cliche" in found


@pytest.mark.parametrize(
    "sentence",
    ["I write to the county every quarter with our figures.", "I write grant reports for two charities."],
)
def test_writing_as_work_is_no_stock_opener(sentence: str) -> None:
    assert "cliche" not in rules(letter(FULL.format(sentence)))


def test_writing_the_letter_is_no_qualification() -> None:
    body = letter(
        "I write to thank you for showing me how your depot schedules the night deliveries. "
        "I am very interested in the role. I look forward to hearing from you."
    )
    assert "missing-qualification" in rules(body)


# -- one's work named by its kind and told by what it did ------------------------------------


QUAL_FREE = (
    "Thank you for showing me how your depot schedules the night deliveries. I am very "
    "interested in the role. {} I look forward to hearing from you."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "My welding work on the bridge repairs fits your contract well.",
        "My Excel work cutting the month-end close by two days would carry over.",
        "My mural work would suit the new lobby.",
    ],
)
def test_work_named_by_its_kind_is_a_qualification(sentence: str) -> None:
    assert "missing-qualification" not in rules(letter(QUAL_FREE.format(sentence)))


@pytest.mark.parametrize(
    "sentence",
    ["My work schedule is flexible.", "My hard work will show.", "My current work is varied."],
)
def test_work_named_by_nothing_is_no_qualification(sentence: str) -> None:
    assert "missing-qualification" in rules(letter(QUAL_FREE.format(sentence)))


# -- what is the role or the close in other words is no detail; the reader's questions are ----


SPEC_FREE = (
    "{} At my last warehouse I cut loading delays by a third. I am very interested in the "
    "role. I look forward to hearing from you."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for interviewing me yesterday for the Lab Technician post.",
        "Thank you for Monday. Please tell me whether you require further references.",
    ],
)
def test_the_post_or_an_offer_of_more_is_not_specific(sentence: str) -> None:
    assert "not-specific" in rules(letter(SPEC_FREE.format(sentence)))


@pytest.mark.parametrize(
    "sentence",
    [
        "I appreciated the board's questions about winter gritting routes.",
        "I valued your examples of late pallets at the cross-dock.",
        "Thank you for explaining your new approaches to cold-chain storage.",
    ],
)
def test_the_reader_s_questions_and_approaches_are_specific(sentence: str) -> None:
    assert "not-specific" not in rules(letter(SPEC_FREE.format(sentence)))


def test_questions_one_blanked_on_stay_one_s_own() -> None:
    body = letter(SPEC_FREE.format("Thank you for Monday. I am sorry I blanked on the payroll questions."))
    assert "not-specific" in rules(body)


# -- flawless notes written in these shapes draw nothing ---------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Namaste Hauwa,\n\nThank you for walking me round the cold store on Friday. I appreciated "
        "the team's questions about night-shift temperature logs. My HACCP work cutting our "
        "audit findings to zero would carry straight over. Your depot sounds like a team where I "
        "could thrive, and I look forward to your favourable reply.\n\nBest regards,\nJordan Lee",
        "Sannu Hauwa,\n\nThanks for having me in on Monday to talk more about the print room. "
        "Your new approaches to colour proofing stayed with me. In my last shop I ran two "
        "Heidelberg presses for six years. I am very interested in the role and hope we can "
        "speak again soon.\n\nKind regards,\nJordan Lee",
    ],
)
def test_flawless_notes_in_these_shapes_draw_nothing(body: str) -> None:
    message = Message(body, subject="Thank you - cold store supervisor interview", context=Context(**CTX))  # type: ignore[arg-type]
    assert [f.rule for f in review(message).findings] == []


# -- a new thing of the reader's is a detail, however plain its words --------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for the interview. I loved hearing about the new staff mentoring program.",
        "Thank you for the interview. Your team's new approaches to community care impressed me.",
        "Thank you for explaining the planned wellbeing support programme for staff.",
    ],
)
def test_a_new_thing_of_the_reader_s_is_specific(sentence: str) -> None:
    assert "not-specific" not in rules(letter(SPEC_FREE.format(sentence)))


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for the interview. I am excited about the new role on your team.",
        "Thank you for explaining your new hiring process.",
        "Thank you for the interview. I hope to bring a new approach to the company.",
    ],
)
def test_a_new_role_process_or_one_s_own_approach_is_not_specific(sentence: str) -> None:
    assert "not-specific" in rules(letter(SPEC_FREE.format(sentence)))
