"""Issue 14's kinds of text, each as a battery of sentences of our own (session 5).

For each kind the issue lists, at least eight sentences in several registers (formal and
chatty, British and American) that the rule must read as the kind, and look-alikes (near
misses) that it must not. The sentences were written for these tests, not taken from the dev
corpus or any published set; each is set in an otherwise complete, clean note, so the
assertion is about the one rule and the one sentence.
"""

from __future__ import annotations

import pytest

from afterword.review import Context, Message, Recipient, review

CTX = {"candidate": "Jordan Lee", "recipient": Recipient("Priya Raman")}

REF = "Thank you for walking me through the new wound-care protocol on the cardiac ward."
QUAL = "I have three years of ICU experience."
INTEREST = "I am very interested in the role."
CLOSE = "I look forward to hearing from you."


def rules(body: str, kind: str = "thank-you") -> set[str]:
    context = Context(**CTX)  # type: ignore[arg-type]
    return {f.rule for f in review(Message(body, kind=kind, context=context)).findings}


def letter(middle: str) -> str:
    return f"Dear Priya,\n\n{middle}\n\nBest regards,\nJordan Lee"


def with_sentence(sentence: str) -> str:
    """A complete note with one more sentence before its close."""
    return letter(f"{REF} {QUAL} {INTEREST} {sentence} {CLOSE}")


# --- interest without "I + feeling" -----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The cardiac team sounds like exactly the place I want to grow.",
        "Your ward is where I would most like to spend the next few years.",
        "I would very much like the chance to do this work with you.",
        "I'd really like to be on the ward team.",
        "Nothing would please me more than joining the ward team.",
        "I very much hope to be part of what you are building.",
        "I'd be delighted to take this on.",
        "I'd jump at the chance to work on the cardiac ward.",
        "I'm dead keen on the job.",
        "Honestly, I'd love nothing more than to join the unit.",
        "This is a job I really want.",
        "I strongly hope to work with your nurses and patients.",
        "I really hope I get the chance to join the team.",
        "Serving on your ward would be a wonderful opportunity for me.",
        "I must say how excited I am about the Staff Nurse opening.",
        "I am still very intrested in the job.",
    ],
)
def test_interest_without_i_and_a_feeling_counts(sentence: str) -> None:
    assert "missing-interest" not in rules(letter(f"{REF} {QUAL} {sentence} {CLOSE}"))


@pytest.mark.parametrize(
    "sentence",
    [
        "The team sounds very busy at the moment.",
        "I would very much like to know the timeline.",
        "I'd like to correct one figure I gave you.",
        "I hope the rest of your week goes well.",
        "The nurses seemed very keen on the new rota.",
        "Working nights would be a big change for me.",
        "I'm not sure the night rota is for me.",
        "Your ward would be a good opportunity for any new graduate to learn.",
    ],
)
def test_look_alikes_of_interest_are_no_interest(sentence: str) -> None:
    assert "missing-interest" in rules(letter(f"{REF} {QUAL} {sentence} {CLOSE}"))


# --- a forward close as a question or a wish --------------------------------------------------


@pytest.mark.parametrize(
    "close",
    [
        "Would you have time for a quick call later this month?",
        "Could we perhaps find a time to talk again next week?",
        "Might there be a chance to meet the rest of the team?",
        "Is there anything else I can send to help with your decision?",
        "I'd welcome the chance to speak again.",
        "I would be glad to talk again whenever it suits you.",
        "I'd love the chance to continue our conversation.",
        "I hope we can speak again soon.",
        "Shall I send over my portfolio before the next round?",
        "I'd be very happy to come in for a second interview.",
        "Do let me know if a follow-up chat would be useful.",
        "It would be lovely to meet again.",
    ],
)
def test_a_close_as_a_question_or_a_wish_looks_ahead(close: str) -> None:
    assert "missing-closing" not in rules(letter(f"{REF} {QUAL} {INTEREST} {close}"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Who knew wound care could be so interesting?",
        "I hope your move to the new building went smoothly.",
        "Wasn't the view from the fifth floor something?",
        "I enjoyed our conversation a great deal.",
        "I would welcome more sunshine in Leeds, as you said.",
    ],
)
def test_questions_and_wishes_that_look_nowhere_ahead_are_no_close(sentence: str) -> None:
    assert "missing-closing" in rules(letter(f"{REF} {QUAL} {INTEREST} {sentence}"))


# --- polite pressure --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "If you could tell me why I haven't heard back yet, I'd appreciate it.",
        "I would be grateful if you could explain why nobody has replied.",
        "Could you kindly let me know why my application has gone quiet?",
        "I'd appreciate an explanation for the delay.",
        "Please could you confirm by Friday whether I have the job.",
        "I would appreciate a decision by the end of the week.",
        "I trust you will let me know by Monday.",
        "I'd be grateful for an answer by tomorrow at the latest.",
        "Kindly advise why I have not been contacted.",
        "Perhaps you could explain what is taking so long.",
        "I expect to hear from you by Thursday.",
        "I would appreciate knowing why it has been two weeks without a word.",
    ],
)
def test_polite_pressure_is_demanding(sentence: str) -> None:
    assert "demanding" in rules(with_sentence(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "If you could let me know whether you need anything else, I'd be glad to send it.",
        "I'd be grateful for any feedback you can share.",
        "Please let me know if you have any questions.",
        "I understand these decisions take time.",
        "I would appreciate hearing about next steps whenever you are ready.",
        "If you could pass my thanks on to Sam, I'd be grateful.",
        "I'd appreciate an explanation of the rota when we next speak.",
        "I can confirm by Friday which start date suits me.",
    ],
)
def test_polite_requests_that_press_no_one_pass(sentence: str) -> None:
    assert "demanding" not in rules(with_sentence(sentence))


# --- hedges without "I" -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Just wanted to check in on the Staff Nurse role.",
        "Just following up on my application.",
        "Just wondering whether there is any news.",
        "No pressure at all, of course.",
        "No rush whatsoever.",
        "Only if you have a spare moment, of course.",
        "Sorry to bother you again.",
        "Apologies for the extra email.",
        "Hope this isn't a nuisance.",
        "Not to be a pain, but is there any update?",
        "Please don't feel obliged to reply.",
        "Totally fine if not.",
        "I just wanted to touch base about the role.",
    ],
)
def test_hedges_without_i_are_apologetic(sentence: str) -> None:
    assert "apologetic" in rules(with_sentence(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The team just moved to the new building.",
        "No pressure ulcers were recorded on the ward last quarter, as you said.",
        "It is just the kind of work I enjoy.",
        "I just finished a course in tissue viability.",
        "There was no rush on the ward when I visited, which surprised me.",
        "Only two of your nurses had worked in cardiology before.",
        "It was good to hear that nobody feels obliged to stay late.",
        "Your update on the audit was just what I needed.",
    ],
)
def test_look_alikes_of_hedges_pass(sentence: str) -> None:
    assert "apologetic" not in rules(with_sentence(sentence))


# --- pleading with intensifiers ---------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I really, really need this job.",
        "I really really need this.",
        "I desperately need this position.",
        "I so badly need this job.",
        "Please, please give me a chance.",
        "I need this job more than anything.",
        "I am begging you to consider me.",
        "I truly need this opportunity, more than you know.",
        "I badly need the work.",
        "I honestly need this role so much.",
    ],
)
def test_pleading_with_intensifiers_is_desperate(sentence: str) -> None:
    assert "desperate" in rules(with_sentence(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "I really, really enjoyed meeting the team.",
        "The ward really needs a second scanner, as you said.",
        "Your patients clearly need this service.",
        "I need to check my notice period and will write tomorrow.",
        "I badly wanted to see the new lounge, and it did not disappoint.",
    ],
)
def test_intensifiers_without_pleading_pass(sentence: str) -> None:
    assert "desperate" not in rules(with_sentence(sentence))


# --- apologies for the interview --------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I hope I didn't mess up the SQL question.",
        "Sorry again for rambling on the staffing question.",
        "Apologies for fumbling the dosage calculation.",
        "I'm afraid I made a hash of the case study.",
        "Forgive me for blanking on the last question.",
        "I'm sorry my answer on budgets was so muddled.",
        "I hope my nerves did not show too much.",
        "Please excuse my slow start in the interview.",
        "Sorry I was a bit all over the place on the last question.",
        "I hope I didn't come across badly on the sepsis scenario.",
    ],
)
def test_apologies_for_the_interview_are_apologetic(sentence: str) -> None:
    assert "apologetic" in rules(with_sentence(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm sorry to hear the audit ran late.",
        "I hope the rest of your interviews go well.",
        "I hope I answered your question on staffing; to add, I ran the rota for a year.",
        "I realised afterwards that a window function would answer the SQL question, and I have since tried one.",
        "I didn't know about the sepsis bundle before, and it impressed me.",
    ],
)
def test_look_alikes_of_apologies_for_the_interview_pass(sentence: str) -> None:
    assert "apologetic" not in rules(with_sentence(sentence))


# --- self-focus in other words ----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Could you tell me whether mileage is reimbursed?",
        "Would I be able to work from home on Mondays and Fridays?",
        "Is there free parking on site for staff?",
        "What would the signing bonus be?",
        "I'd want at least three remote days a week.",
        "Will my train fare be covered?",
        "Could the start time be later, given my long commute?",
        "Is a car allowance part of the package?",
        "I'm hoping the role comes with free parking.",
        "How many days a week could I work remotely?",
        "Would a golden hello be on the table?",
        "Could my travel expenses for the interview be reimbursed?",
    ],
)
def test_self_focus_in_other_words_is_self_focused(sentence: str) -> None:
    assert "self-focused" in rules(with_sentence(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Your remote-monitoring project for heart patients sounded fascinating.",
        "I have managed expense reimbursement for a team of forty.",
        "Your plan to cut patients' commute with mobile clinics impressed me.",
        "The commute is no problem for me, and I can start whenever suits you.",
        "I ran the car park rota for our visitors during the refurbishment.",
        "The parking was easy to find thanks to your directions.",
    ],
)
def test_look_alikes_of_self_focus_pass(sentence: str) -> None:
    assert "self-focused" not in rules(with_sentence(sentence))


# --- negativity in other words ----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "My manager is pretty disorganized, so I kept the runbooks myself.",
        "My current boss is hopeless at planning.",
        "My last team lead was frankly incompetent.",
        "The company I'm at now is a shambles.",
        "My present employer is chaotic and badly run.",
        "Honestly, my supervisor is useless.",
        "My old manager was a nightmare to work for.",
        "My current team is a mess.",
        "Management at my current job is clueless.",
        "My line manager is rather a control freak.",
    ],
)
def test_negativity_in_other_words_is_negative(sentence: str) -> None:
    assert "negative" in rules(with_sentence(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "My manager is very organised, and I learned a lot from her.",
        "I inherited a disorganized filing system and rebuilt it in a month.",
        "My supervisor is never hopeless about a hard case, and I learned that from her.",
        "My current team is small but close.",
        "My last manager was far from useless; she taught me triage.",
    ],
)
def test_look_alikes_of_negativity_pass(sentence: str) -> None:
    assert "negative" not in rules(with_sentence(sentence))


# --- generic lines taken as specific ----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I wanted to drop a quick note to say thanks for the interview.",
        "Thanks for the interview; feel free to call anytime if you have questions.",
        "Thank you for the interview. I enjoyed learning about your decision-making process.",
        "Thank you for meeting me. Your company culture really stood out to me.",
        "Thank you for the interview. It was great to hear about the team's values.",
        "Thank you for meeting me. I appreciated learning more about the role and the organisation.",
        "Thank you for telling me about the position and what it involves.",
        "Thank you for meeting me. I really liked the friendly atmosphere in the office.",
        "Thank you for the interview. I loved hearing about your company's mission.",
        "Thanks for explaining the next steps in your process.",
        "Thank you for meeting me. St Anne's looks like a great place to work.",
        "Thank you for meeting me. I value what you shared about the importance of teamwork.",
    ],
)
def test_generic_lines_are_not_specific(sentence: str) -> None:
    assert "not-specific" in rules(letter(f"{sentence} {QUAL} {INTEREST} {CLOSE}"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for meeting me. I enjoyed learning how your team decides which wards get the new monitors first.",
        "Thank you for meeting me. Your point about rotating night shifts every six weeks stayed with me.",
        "Thank you for showing me the new discharge lounge.",
        "Thank you for meeting me. It was great to hear about the bedside handover pilot on Ward 7.",
        "Thank you for meeting me. Loved hearing about the mentoring scheme for newly qualified nurses.",
    ],
)
def test_specific_lines_stay_specific(sentence: str) -> None:
    assert "not-specific" not in rules(letter(f"{sentence} {QUAL} {INTEREST} {CLOSE}"))


# --- staying in touch: interest only in a reply to a rejection (the spec's table) -------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I hope we stay in touch.",
        "I hope our paths cross again.",
        "Let's keep in touch.",
        "I'd love to stay connected on LinkedIn.",
        "Perhaps we will cross paths again at the spring conference.",
        "I hope our paths will cross again one day.",
        "Do keep in contact.",
        "It would be lovely to remain in touch.",
    ],
)
def test_staying_in_touch_keeps_a_rejection_reply_open_but_wants_no_role(sentence: str) -> None:
    reply = letter(f"Thank you for letting me know, and for the time you gave me. {sentence}")
    assert "missing-interest" not in rules(reply, kind="rejection-reply")
    thanks = letter(f"{REF} {QUAL} {sentence} {CLOSE}")
    assert "missing-interest" in rules(thanks)
    assert "missing-interest" in rules(thanks, kind="follow-up")


@pytest.mark.parametrize(
    "sentence",
    [
        "Our talk convinced me that the live music industry is where I want to work.",
        "Healthcare as a sector is definitely where I see myself long term.",
        "Conservation as a field is where I would like to be.",
        "The charity sector is where I hope to spend my working life.",
    ],
)
def test_a_field_one_wants_to_work_in_is_no_wish_for_this_role(sentence: str) -> None:
    assert "missing-interest" in rules(letter(f"{REF} {QUAL} {sentence} {CLOSE}"))


def test_a_team_one_wants_to_grow_in_is_a_wish_for_the_role() -> None:
    sentence = "Your cardiac team is exactly where I want to grow."
    assert "missing-interest" not in rules(letter(f"{REF} {QUAL} {sentence} {CLOSE}"))


# --- hostility to the reader (a reply to a rejection that burns the bridge) --------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "How dare you keep candidates waiting like this?",
        "All I got was a two-line brush-off.",
        "Yes, I am burning this bridge.",
        "I want nothing more to do with a company like yours.",
        "You were never going to hire me anyway.",
        "I am burning that bridge gladly.",
        "Frankly, I'm happy to burn my bridges with your firm.",
        "Your form brush-off arrived at midnight.",
    ],
)
def test_hostility_to_the_reader_is_negative(sentence: str) -> None:
    assert "negative" in rules(letter(f"Thank you for letting me know. {sentence}"), kind="rejection-reply")


@pytest.mark.parametrize(
    "sentence",
    [
        "I would never want to burn a bridge with your team.",
        "I don't want to burn any bridges, so thank you for the call.",
        "Thank you for not giving me a brush-off; your feedback was generous.",
        "I hope I was not the one who kept you waiting.",
    ],
)
def test_look_alikes_of_hostility_pass(sentence: str) -> None:
    assert "negative" not in rules(letter(f"Thank you for letting me know. {sentence}"), kind="rejection-reply")


# --- the workplace praised as a whole, the invitation: no detail ------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for meeting me. Harbourside Medical seems like a wonderful place to work.",
        "Thank you for the invitation to interview; Kellerman & Co sounds like a great firm to work for.",
        "Thanks for inviting me in. Brightwater Academy felt like such a friendly place to be.",
        "Thank you for meeting me. The Pinecrest team is clearly a great company to grow with.",
        "Thank you for your kind invitation to the interview yesterday.",
        "Thanks again for the invite to come in and meet everyone.",
        "Thank you for meeting me. Northgate looks like an amazing organisation to work for.",
        "Thank you for the interview. Oakfield Primary struck me as a lovely environment to learn in.",
    ],
)
def test_the_workplace_praised_as_a_whole_or_the_invitation_is_no_detail(sentence: str) -> None:
    assert "not-specific" in rules(letter(f"{sentence} {QUAL} {INTEREST} {CLOSE}"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for meeting me. The new Leeds hub looks like a great place to work, with its own training kitchen.",
        "Thank you for the invitation to sit in on the Tuesday huddle on Ward 4.",
        "Thank you for meeting me. The cardiac step-down unit you are opening in Harrogate sounds like a great place to learn.",
    ],
)
def test_a_detail_beside_praise_of_the_workplace_stays_specific(sentence: str) -> None:
    assert "not-specific" not in rules(letter(f"{sentence} {QUAL} {INTEREST} {CLOSE}"))


# --- one's own next step as the close, however hedged; a promise reported is none -------------


@pytest.mark.parametrize(
    "close",
    [
        "I will probably write to you by email once I have spoken to Michelle.",
        "Your offer of an introduction is so kind, and I will definitely take you up on it.",
        "I'll happily send over the audit summary next week.",
        "I plan to follow up once I have finished my placement.",
        "I shall certainly be in touch after the conference.",
        "I'm going to drop you a line when the results are out.",
        "I will also email you the reading list we talked about.",
        "I'd love to take you up on the offer of a shadow shift.",
    ],
)
def test_ones_own_next_step_is_a_close(close: str) -> None:
    assert "missing-closing" not in rules(letter(f"{REF} {QUAL} {INTEREST} {close}"))


@pytest.mark.parametrize(
    "sentence",
    [
        "You promised I would hear back within a week.",
        "Your recruiter told me I would hear back by Friday.",
        "I was told I'd be hearing from you soon.",
        "The team will send new starters on the sepsis course.",
        "Your nurses probably write to families every week.",
    ],
)
def test_a_promise_reported_or_someone_else_s_plan_is_no_close(sentence: str) -> None:
    assert "missing-closing" in rules(letter(f"{REF} {QUAL} {INTEREST} {sentence}"))


# --- flattery of the employer as a whole, and the stock opening with one's name set in --------


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for the interview at your esteemed hospital.",
        "Thank you for meeting me; it is an honour to be considered by such a prestigious firm.",
        "Thank you for the interview. Your renowned practice has long been on my list.",
        "Thank you for meeting me. The trust's reputation is well deserved.",
        "Thank you for the chance to interview with such a reputable organisation.",
        "Thank you for your time. It was a privilege to visit so well-respected a school.",
        "Thank you for meeting me at your well-known company.",
        "Thank you for the interview; your respected company was my first application.",
    ],
)
def test_flattery_of_the_employer_as_a_whole_is_no_detail(sentence: str) -> None:
    assert "not-specific" in rules(letter(f"{sentence} {QUAL} {INTEREST} {CLOSE}"))


@pytest.mark.parametrize(
    "opening",
    [
        "I, Leena Thomas, am writing this letter to thank you for the interview.",
        "I, Marcus Webb am writing to thank you for your time.",
        "I, Dr. Ana Ruiz, am writing to follow up on my application.",
    ],
)
def test_the_stock_opening_with_the_writer_s_name_set_in_is_a_cliche(opening: str) -> None:
    assert "cliche" in rules(letter(f"{opening} {REF} {QUAL} {INTEREST} {CLOSE}"))


def test_the_writer_s_name_without_the_stock_opening_passes() -> None:
    opening = "I, for one, am grateful for the time you gave me."
    assert "cliche" not in rules(letter(f"{opening} {REF} {QUAL} {INTEREST} {CLOSE}"))


# --- a qualification with its unit abbreviated, or a named skill brought to the role ----------

NO_QUAL = f"{REF} {{}} {INTEREST} {CLOSE}"


@pytest.mark.parametrize(
    "sentence",
    [
        "With my 4 yrs of dispatch experience I could help the team.",
        "I bring 6 yrs. as a ward clerk.",
        "After 3 yrs on a busy surgical ward, I am ready for cardiology.",
        "I spent 18 mos as a healthcare assistant.",
        "I will bring to the position strong writing skills and a calm manner.",
        "I can offer solid scheduling experience from my time in clinics.",
        "Besides my enthusiasm, I would bring to your team excellent triage skills.",
        "I'd also contribute advanced phlebotomy skills.",
    ],
)
def test_a_qualification_abbreviated_or_brought_to_the_role_counts(sentence: str) -> None:
    assert "missing-qualification" not in rules(letter(NO_QUAL.format(sentence)))


@pytest.mark.parametrize(
    "sentence",
    [
        "I will bring my skills and experience to your team.",
        "I can offer great experience to the ward.",
        "I would bring to the role relevant experience.",
        "The yrs ahead look busy for the ward, as you said.",
    ],
)
def test_a_skill_brought_with_nothing_named_is_no_qualification(sentence: str) -> None:
    assert "missing-qualification" in rules(letter(NO_QUAL.format(sentence)))


@pytest.mark.parametrize("word", ["impactful", "onboardee", "onboardees"])
def test_business_words_general_lists_lack_are_spelled_right(word: str) -> None:
    sentence = f"The phrase '{word}' came up when we talked about the new starters."
    assert "spelling" not in rules(letter(f"{REF} {QUAL} {INTEREST} {sentence} {CLOSE}"))


# --- praise of the conversation itself, and text-speak digits, are no detail ------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for the illuminating conversation this morning.",
        "Thanks for such an enlightening chat yesterday.",
        "Thank you for a really stimulating discussion.",
        "Thank you for the fruitful meeting on Tuesday.",
        "Thank you for a lively and thought-provoking interview.",
        "Thanks for the constructive conversation today.",
        "Thank you for a memorable afternoon.",
        "thx 4 the interview 2day, it was gr8 2 meet u.",
    ],
)
def test_praise_of_the_conversation_or_text_speak_is_no_detail(sentence: str) -> None:
    assert "not-specific" in rules(letter(f"{sentence} {QUAL} {INTEREST} {CLOSE}"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for the productive walk round the 4 wards of the cardiac unit.",
        "Thank you for meeting me. The encouraging results from the falls pilot stayed with me.",
        "Thank you for explaining how 2 nurses cover the 12 beds at night.",
    ],
)
def test_a_count_or_a_result_beside_such_praise_stays_specific(sentence: str) -> None:
    assert "not-specific" not in rules(letter(f"{sentence} {QUAL} {INTEREST} {CLOSE}"))


# --- an intensifier said over and over reads in one way only -----------------------------------


@pytest.mark.parametrize("word", ["really", "even more", "definitely", "happily"])
def test_a_repeated_intensifier_is_read_in_linear_time(word: str) -> None:
    # Each adverb of the interest and close lexicons must match in one way only: with an
    # alternative that overlaps another ("really" and "[a-z]{3,}ly", "even more" and "even" +
    # "more"), a run of them took seconds to tens of seconds to fail to match.
    import time

    run = " ".join([word] * 30)
    body = letter(f"I {run} enjoyed it. Your team is where I {run} want. I will {run} write.")
    review(Message(body, kind="thank-you", context=Context(**CTX)))  # warm up: compile once
    start = time.process_time()
    review(Message(body, kind="thank-you", context=Context(**CTX)))
    assert time.process_time() - start < 2.0


def test_a_condition_after_i_m_and_a_wish_after_i_d_are_read() -> None:
    # Both phrases began with a bare "'m" / "'d", which can never start a match.
    pressed = with_sentence("I'm not able to commit to another round until the salary is settled.")
    assert "demanding" in rules(pressed)
    closed = letter(f"{REF} {QUAL} {INTEREST} I'd love to hear whether the pilot goes ahead.")
    assert "missing-closing" not in rules(closed)
