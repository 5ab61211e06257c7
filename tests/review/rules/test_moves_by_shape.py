"""The moves and cues read by their shape, not by a phrase (session 5, second round).

Each test names a general shape a coach reads as the move ("a first-person past action with a
number in it is an achievement", "willingness toward the role in any modal form is
interest") and checks it on several paraphrases of our own, in different trades and
registers, with look-alikes that must not count. The sentences were written for these tests,
not taken from the dev corpus or any published set; each is set in an otherwise complete
note, so the assertion is about one rule and one sentence.
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


# --- a qualification: a first-person past action with a number in its result ------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Last spring I merged our three help desks into one and halved the queue.",
        "I trimmed the monthly close from nine days to five.",
        "At the depot I rerouted 30 delivery vans around the new ring road.",
        "I converted twelve paper forms into a single online intake.",
        "I negotiated our freight rates down by 8 percent.",
        "In my first year I signed up forty new members for the co-op.",
        "I once catered a wedding for 250 guests on two days' notice.",
        "I digitised a third of the county archive before the grant ran out.",
        "I renovated six flats for the housing association last winter.",
        "I rewrote the onboarding guide, and new starters now need two days instead of five.",
    ],
)
def test_a_past_action_with_a_number_is_a_qualification(sentence: str) -> None:
    assert "missing-qualification" not in rules(letter(f"{REF} {sentence} {INTEREST} {CLOSE}"))


@pytest.mark.parametrize(
    "sentence",
    [
        "I enjoyed meeting the three nurses on the evening shift.",
        "I appreciated the 45 minutes you gave me.",
        "I noticed that the ward grew by 20 percent last year.",
        "I arrived ten minutes early and watched the handover.",
        "I reviewed your 2024 annual report before we met.",
        "I learned that the unit admits forty patients a week.",
        "I wondered afterwards about the two open posts.",
        "I asked about the three shifts and you answered every question.",
        "I attended both of your open days and the 6 p.m. information session.",
        "I travelled two hours to get there and it was worth it.",
    ],
)
def test_reactions_and_visits_with_numbers_are_no_qualification(sentence: str) -> None:
    assert "missing-qualification" in rules(letter(f"{REF} {sentence} {INTEREST} {CLOSE}"))


# --- a qualification: something one's own past prepared one for; a role held --------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "My placement on a busy surgical ward prepared me well for the pace you described.",
        "My two summers at the county fair box office equipped me to handle long queues.",
        "My apprenticeship with a master joiner has readied me for bespoke work.",
        "My weekend job at the garden centre prepared me for exactly this kind of customer.",
        "My stint as shift lead at a 24-hour diner has prepared me for the night rota.",
        "My year as treasurer of the student union taught me to read a balance sheet.",
        "My time as a volunteer first-aider means I stay calm in a crisis.",
        "During my semester as a teaching assistant I marked eighty essays a week.",
    ],
)
def test_one_s_own_past_preparing_one_or_a_role_held_is_a_qualification(sentence: str) -> None:
    assert "missing-qualification" not in rules(letter(f"{REF} {sentence} {INTEREST} {CLOSE}"))


@pytest.mark.parametrize(
    "sentence",
    [
        "My conversation with your team prepared me for what the job involves.",
        "My visit to the ward prepared me for the second round.",
        "My interview with you taught me a lot about the unit.",
        "I hope my questions were useful as a start.",
    ],
)
def test_the_interview_preparing_one_is_no_qualification(sentence: str) -> None:
    assert "missing-qualification" in rules(letter(f"{REF} {sentence} {INTEREST} {CLOSE}"))


@pytest.mark.parametrize(
    "sentence",
    [
        "I did something very similar at a regional bank, moving its branches onto one rota.",
        "I have done much the same for a chain of dental practices.",
        "I did exactly that for the county library service two years ago.",
    ],
)
def test_having_done_the_same_before_is_a_qualification(sentence: str) -> None:
    assert "missing-qualification" not in rules(letter(f"{REF} {sentence} {INTEREST} {CLOSE}"))


def test_doing_the_same_after_the_interview_is_no_qualification() -> None:
    sentence = "I did the same when I got home and read up on the protocol."
    assert "missing-qualification" in rules(letter(f"{REF} {sentence} {INTEREST} {CLOSE}"))


# --- interest: willingness toward the role, in any modal form -----------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I would be glad to explore that idea as your new charge nurse.",
        "I'd be delighted to tackle the rota problem as a member of your team.",
        "I'd be happy to take the audit forward in the role.",
        "I would gladly run the pilot as your ward coordinator.",
        "I will happily pick up the discharge project on your team.",
        "I would welcome the chance to put this into practice as your deputy.",
        "This is exactly the kind of post I am seeking.",
        "It is just the sort of role I have been searching for.",
        "The position is precisely the kind of work I have been hoping to find.",
    ],
)
def test_willingness_toward_the_role_is_interest(sentence: str) -> None:
    assert "missing-interest" not in rules(letter(f"{REF} {QUAL} {sentence} {CLOSE}"))


@pytest.mark.parametrize(
    "sentence",
    [
        "I would be glad to send my references.",
        "I'd be happy to answer any other questions.",
        "That was exactly the kind of answer I was seeking.",
        "Your overview was just the sort of detail I had been searching for.",
        "I would be glad to explain my notice period.",
        "I would be glad to send my references as your team requested.",
        "I'd be happy to share the slides as your colleague suggested.",
        "I would like to ask whether there is any news on the team.",
    ],
)
def test_offers_and_found_answers_are_no_interest(sentence: str) -> None:
    assert "missing-interest" in rules(letter(f"{REF} {QUAL} {sentence} {CLOSE}"))


# --- a close: asking for something the reader will do later, in any form ------------------------

REJECTED = "Thank you for letting me know about the charge nurse post."
STILL_KEEN = "I remain very interested in the hospital."


@pytest.mark.parametrize(
    "sentence",
    [
        "I would be grateful if you kept me in mind for future openings.",
        "I'd appreciate it if you would bear me in mind for similar posts.",
        "Please do keep my name in mind should anything come up.",
        "I would also value any feedback on my interviews.",
        "I'd welcome any pointers on how I could improve.",
        "I would be very grateful for a few words of feedback on my presentation.",
        "Any feedback you are able to give would be much appreciated.",
        "I would really appreciate your thoughts on where my answers fell short.",
    ],
)
def test_asking_to_be_remembered_or_for_feedback_looks_ahead(sentence: str) -> None:
    body = letter(f"{REJECTED} {STILL_KEEN} {sentence}")
    assert "missing-closing" not in rules(body, kind="rejection-reply")


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for keeping me in mind throughout the process.",
        "I valued your feedback on my case study.",
        "I appreciated the feedback you gave after the first round.",
        "Your feedback on my portfolio was very fair.",
    ],
)
def test_thanks_for_what_the_reader_did_looks_back(sentence: str) -> None:
    body = letter(f"{REJECTED} {STILL_KEEN} {sentence}")
    assert "missing-closing" in rules(body, kind="rejection-reply")


# --- a specific reference: a change from one state to another -----------------------------------

NO_REF_QUAL = "At my last firm I ran the monthly payroll for 300 staff."


@pytest.mark.parametrize(
    "sentence",
    [
        "I enjoyed our discussion of the move from quarterly to monthly bonus runs.",
        "Thank you for explaining the switch from weekly to daily stand-ups.",
        "It was good to talk through going from paper to electronic timesheets.",
        "I appreciated hearing about your shift from annual to rolling appraisals.",
        "Our talk about moving from seasonal to permanent pickers was eye-opening.",
    ],
)
def test_a_change_from_one_state_to_another_is_specific(sentence: str) -> None:
    body = letter(f"{sentence} {NO_REF_QUAL} {INTEREST} {CLOSE}")
    assert "not-specific" not in rules(body)


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for the move from the first round to the second.",
        "I enjoyed going from the interview to the tour of the office.",
    ],
)
def test_a_change_between_generic_things_is_no_detail(sentence: str) -> None:
    body = letter(f"{sentence} {NO_REF_QUAL} {INTEREST} {CLOSE}")
    assert "not-specific" in rules(body)


@pytest.mark.parametrize(
    "sentence",
    [
        "I enjoyed our talk about the commission plan for new account managers.",
        "Thank you for explaining the bonus scheme for the warehouse pickers.",
    ],
)
def test_a_perk_word_modifying_the_reader_s_business_is_a_detail(sentence: str) -> None:
    body = letter(f"{sentence} {NO_REF_QUAL} {INTEREST} {CLOSE}")
    assert "not-specific" not in rules(body)


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for telling me about the generous bonus.",
        "The signing bonus you mentioned sounds wonderful.",
    ],
)
def test_a_perk_for_oneself_is_no_detail(sentence: str) -> None:
    body = letter(f"{sentence} {NO_REF_QUAL} {INTEREST} {CLOSE}")
    assert "not-specific" in rules(body)


# --- apologies for one's own doing at the interview; one's interview made a mess of -------------


def with_sentence(sentence: str) -> str:
    return letter(f"{REF} {QUAL} {INTEREST} {sentence} {CLOSE}")


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm sorry that I talked over your colleague during the group exercise.",
        "Sorry for the joke I made about the printer; it was out of place.",
        "Please accept my apologies for the comment I made about the traffic.",
        "I'm sorry I interrupted Dr. Osei so often.",
        "My apologies that I overran the time you had set aside.",
        "I am so sorry about the typo I left in my slides.",
        "Sorry if I seemed distracted when the fire alarm went off.",
    ],
)
def test_an_apology_for_one_s_own_doing_is_apologetic(sentence: str) -> None:
    assert "apologetic" in rules(with_sentence(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "I was sorry to hear that Dana is leaving the unit.",
        "I'm sorry I can't make the Thursday slot; could we meet on Friday instead?",
        "I'm sorry to see that the Leeds site is closing.",
        "I am sorry that I have to miss the open day on the 14th.",
    ],
)
def test_regret_at_news_or_a_coming_constraint_is_no_needless_apology(sentence: str) -> None:
    assert "apologetic" not in rules(with_sentence(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "I know I made a mess of the whole panel.",
        "I feel I made a real hash of the presentation.",
        "I think I made such a muddle of the budgeting exercise.",
    ],
)
def test_one_s_own_interview_made_a_mess_of_is_negative(sentence: str) -> None:
    assert "negative" in rules(with_sentence(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "I made a note of the three books you recommended.",
        "The movers made a mess of your lobby, but the tour was lovely.",
    ],
)
def test_look_alikes_of_a_mess_made_are_not_negative(sentence: str) -> None:
    assert "negative" not in rules(with_sentence(sentence))


# --- the stock opening, whatever the note is called ---------------------------------------------


@pytest.mark.parametrize(
    "opening",
    [
        "I am writing this mail to thank you for the interview.",
        "I'm writing this short e-mail to thank you for Tuesday.",
        "I am writing a quick note to thank you for your time.",
        "I am writing this card to say thank you.",
    ],
)
def test_the_stock_opening_is_a_cliche_whatever_the_note_is_called(opening: str) -> None:
    assert "cliche" in rules(letter(f"{opening} {REF} {QUAL} {INTEREST} {CLOSE}"))


@pytest.mark.parametrize(
    "sentence",
    ["I am writing a short plan for the ward audit.", "I am writing a paper to present in May."],
)
def test_writing_something_else_is_no_stock_opening(sentence: str) -> None:
    assert "cliche" not in rules(letter(f"{REF} {QUAL} {INTEREST} {sentence} {CLOSE}"))


# --- no detail: the employer's slot left in a template; a dull word in text-speak ---------------


@pytest.mark.parametrize("slot", ["(insert workplace)", "[Hospital]", "[department]", "<facility>"])
def test_a_slot_for_the_employer_is_no_detail(slot: str) -> None:
    body = letter(
        f"Thank you for the interview and the chance to learn about the position at {slot}. "
        f"{QUAL} {INTEREST} {CLOSE}"
    )
    assert "not-specific" in rules(body)


def test_a_slot_for_a_detail_stands_for_one() -> None:
    body = letter(f"Thank you for telling me about [the project you discussed]. {QUAL} {INTEREST} {CLOSE}")
    assert "not-specific" not in rules(body)


@pytest.mark.parametrize(
    "sentence",
    [
        "Thx 4 the intervu, rly enjoyed it.",
        "Thanks for the opportunty to chat earlier, it was gr8.",
        "Thank u for the opportunityy to meet the team.",
    ],
)
def test_dull_words_in_text_speak_are_no_detail(sentence: str) -> None:
    assert "not-specific" in rules(letter(f"{sentence} {QUAL} {INTEREST} {CLOSE}"))


def test_an_unknown_word_of_the_trade_is_still_a_detail() -> None:
    sentence = "Thank you for showing me how the team uses Grafana and kubectl on the rota."
    assert "not-specific" not in rules(letter(f"{sentence} {QUAL} {INTEREST} {CLOSE}"))


@pytest.mark.parametrize(
    "sentence",
    [
        "I would relish doing the same for your patients.",
        "I'd welcome working alongside your nurses.",
        "I would leap at the chance to join the unit.",
    ],
)
def test_any_verb_of_desire_toward_the_role_is_interest(sentence: str) -> None:
    assert "missing-interest" not in rules(letter(f"{REF} {QUAL} {sentence} {CLOSE}"))


def test_relishing_something_past_is_no_interest() -> None:
    sentence = "I relished the tour of the ward."
    assert "missing-interest" in rules(letter(f"{REF} {QUAL} {sentence} {CLOSE}"))


@pytest.mark.parametrize(
    "sentence",
    [
        "I would value twenty minutes of your advice on research groups.",
        "I'd appreciate a few minutes to talk about your path into the field.",
        "I would welcome a short call when you have time.",
    ],
)
def test_asking_for_some_of_the_reader_s_time_looks_ahead(sentence: str) -> None:
    body = letter(f"Thank you for your talk on coastal flood modelling. {sentence}")
    assert "missing-closing" not in rules(body, kind="networking")


def test_time_spent_already_looks_back() -> None:
    body = letter("Thank you for your talk on coastal flood modelling. I valued the minutes we had.")
    assert "missing-closing" in rules(body, kind="networking")


@pytest.mark.parametrize(
    "sentence",
    [
        "Having handled payroll queries for sixty clients, I know the pressure points.",
        "Having mentored three care leavers, I know how much the check-ins matter.",
        "Having catalogued a private library of 4,000 volumes, I am at home with old stock.",
        "Having been a shift lead for two years, I am used to nights.",
    ],
)
def test_having_with_any_past_participle_is_a_qualification(sentence: str) -> None:
    assert "missing-qualification" not in rules(letter(f"{REF} {sentence} {INTEREST} {CLOSE}"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Having met you and the team, I am sure this is the right place for me.",
        "Having enjoyed the tour so much, I went home and read about the unit.",
        "Having been shown round the ward, I understand the layout better.",
    ],
)
def test_having_met_or_seen_is_no_qualification(sentence: str) -> None:
    assert "missing-qualification" in rules(letter(f"{REF} {sentence} {INTEREST} {CLOSE}"))


@pytest.mark.parametrize(
    "sentence",
    [
        "I have been machining parts for farm equipment since I left college.",
        "I've been tutoring GCSE maths for three years.",
        "I have been dispatching ambulances since 2019.",
        "I've also been running the Saturday club for the past two seasons.",
    ],
)
def test_work_done_for_a_while_is_a_qualification(sentence: str) -> None:
    assert "missing-qualification" not in rules(letter(f"{REF} {sentence} {INTEREST} {CLOSE}"))


@pytest.mark.parametrize(
    "sentence",
    [
        "I have been thinking about our talk since Tuesday.",
        "I've been looking at jobs for two months.",
        "I have been smiling since I left your office.",
    ],
)
def test_the_days_since_the_interview_are_no_qualification(sentence: str) -> None:
    assert "missing-qualification" in rules(letter(f"{REF} {sentence} {INTEREST} {CLOSE}"))


# --- more shapes, found by reviewing notes of our own ---------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I'd be keen to get stuck in on the ward.",
        "I would welcome an offer.",
        "I'd jump at an offer.",
        "The role is one I would accept in a heartbeat.",
        "I'm confident this is where I belong.",
        "I would be proud to wear the hospital's badge.",
        "Getting to work with your nurses would be wonderful.",
        "I want in.",
    ],
)
def test_desire_for_the_role_in_other_forms_is_interest(sentence: str) -> None:
    assert "missing-interest" not in rules(letter(f"{REF} {QUAL} {sentence} {CLOSE}"))


@pytest.mark.parametrize(
    "sentence",
    [
        "I would be delighted to send over my references.",
        "I'd be keen to hear how the pilot goes.",
        "I would welcome your thoughts on my case study.",
        "Working with the old paper charts would be a nightmare.",
        "The tour itself was wonderful.",
    ],
)
def test_offers_and_praise_are_still_no_interest(sentence: str) -> None:
    assert "missing-interest" in rules(letter(f"{REF} {QUAL} {sentence} {CLOSE}"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Last year I took over the rota and cut agency spend by a fifth.",
        "My background is in retail banking, where I looked after 300 accounts.",
        "I look after a caseload of 25 families at the moment.",
        "I currently support forty residents across two houses.",
    ],
)
def test_work_taken_on_or_held_now_with_a_number_is_a_qualification(sentence: str) -> None:
    assert "missing-qualification" not in rules(letter(f"{REF} {sentence} {INTEREST} {CLOSE}"))


def test_looking_after_one_s_family_is_no_qualification() -> None:
    sentence = "I look after my two children at weekends, so Saturdays are hard."
    assert "missing-qualification" in rules(letter(f"{REF} {sentence} {INTEREST} {CLOSE}"))


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm around all week if a call would help.",
        "I'll be in London on the 14th if you'd like to meet.",
        "I'm free any afternoon next week for a follow-up.",
        "Fingers crossed to hear good news.",
    ],
)
def test_being_free_for_the_next_step_looks_ahead(sentence: str) -> None:
    assert "missing-closing" not in rules(letter(f"{REF} {QUAL} {INTEREST} {sentence}"))


@pytest.mark.parametrize(
    "sentence",
    ["I was free all day yesterday, so the timing suited me.", "I am available."],
)
def test_being_free_in_the_past_or_in_general_looks_nowhere(sentence: str) -> None:
    assert "missing-closing" in rules(letter(f"{REF} {QUAL} {INTEREST} {sentence}"))
