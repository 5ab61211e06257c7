"""Issue 14's kinds of text the review got wrong on notes it had never seen, one test each.

The sentences are written for these tests, not taken from the dev corpus or the published set.
"""

from __future__ import annotations

import pytest

from afterword.review import Context, Message, Recipient, review

CTX = {"candidate": "Jordan Lee", "recipient": Recipient("Priya Raman")}


def rules(body: str, kind: str = "thank-you", **ctx: object) -> set[str]:
    context = Context(**{**CTX, **ctx})  # type: ignore[arg-type]
    return {f.rule for f in review(Message(body, kind=kind, context=context)).findings}


def letter(middle: str) -> str:
    return f"Dear Priya,\n\n{middle}\n\nBest regards,\nJordan Lee"


# A full note but for one sentence: the gratitude, a reference, a qualification and a close.
FULL = (
    "Thank you for walking me through the migration of the billing jobs to Airflow. "
    "At my last company I moved forty cron jobs onto Airflow in a quarter. {} "
    "I look forward to hearing from you."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The data team sounds like exactly where I want to grow.",
        "Everything you described makes me want this role more.",
        "I enjoyed our talk and am very interested.",
        "I would very much like this job.",
    ],
)
def test_interest_without_i_and_a_feeling_satisfies_missing_interest(sentence: str) -> None:
    assert "missing-interest" not in rules(letter(FULL.format(sentence)))


@pytest.mark.parametrize(
    "close",
    [
        "Would you be open to a short call next month?",
        "I would welcome another conversation.",
    ],
)
def test_a_close_as_a_question_or_a_wish_satisfies_missing_closing(close: str) -> None:
    body = letter(
        "Thank you for walking me through the Airflow migration. At my last company I moved "
        f"forty cron jobs onto Airflow. I am very interested in the role. {close}"
    )
    assert "missing-closing" not in rules(body)


def test_a_close_that_presses_is_no_close() -> None:
    body = letter(
        "Thank you for walking me through the Airflow migration. I moved forty cron jobs onto "
        "Airflow last year, and I am very interested in the role. Please let me know by "
        "Wednesday whether I am moving on to the next round."
    )
    assert {"demanding", "missing-closing"} <= rules(body)


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        ("If you could tell me why I haven't heard back yet, that would help.", "demanding"),
        ("Just wanted to check in on the analyst opening.", "apologetic"),
        ("No pressure at all, of course.", "apologetic"),
        ("I really, really need this.", "desperate"),
        ("I hope I didn't mess up the SQL question.", "apologetic"),
        ("My manager is pretty disorganized, so I kept the runbooks myself.", "negative"),
        ("Could I also be reimbursed for my commuting costs?", "self-focused"),
        ("Would two remote days a week be possible for me?", "self-focused"),
        ("I was glad to hear that the signing bonus is generous.", "self-focused"),
    ],
)
def test_tone_said_in_other_words_is_caught(sentence: str, rule: str) -> None:
    assert rule in rules(letter(FULL.format(sentence)))


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        ("I led the commissioning of two bottling lines.", "self-focused"),
        ("Could you tell me more about the commissioning schedule?", "self-focused"),
        ("I wanted to send this note as soon as possible.", "demanding"),
        ("When can I expect to hear about next steps?", "demanding"),
        ("I believe I would be a natural fit, and I am very interested in the role.", "cliche"),
    ],
)
def test_what_only_looks_like_a_fault_passes(sentence: str, rule: str) -> None:
    assert rule not in rules(letter(FULL.format(sentence)))


@pytest.mark.parametrize(
    "middle",
    [
        "I wanted to drop a quick note to thank you for meeting me. I am very interested in "
        "the role. I led three data migrations. Feel free to call anytime.",
        "Thank you for explaining your decision-making process. I am very interested in the "
        "role. I led three data migrations. I look forward to hearing from you.",
        "Thank you for meeting me. Your culture of openness really stood out. I am very "
        "interested in the role. I led three data migrations. I look forward to hearing from you.",
    ],
)
def test_generic_lines_are_not_taken_as_specific(middle: str) -> None:
    assert "not-specific" in rules(letter(middle))


def test_recalling_what_the_reader_said_is_specific() -> None:
    body = letter(
        "Thank you for meeting me. As we discussed, you need someone who can own the nightly "
        "loads. I led three data migrations, and I am very interested in the role. I look "
        "forward to hearing from you."
    )
    assert "not-specific" not in rules(body)


def test_a_company_s_possessive_is_the_same_company() -> None:
    body = letter(
        "Thank you for the tour of Acme's plant and the new packing line. I ran a packing line "
        "for four years, and I am very interested in the role. I look forward to hearing from you."
    )
    assert "wrong-company" not in rules(body, company="Acme")


def test_common_acronyms_in_capitals_do_not_shout() -> None:
    body = letter(
        "Thank you for explaining how NASA and the FAA share flight data through one API. I "
        "built SQL and ETL jobs for five years, and I am very interested in the role. I look "
        "forward to hearing from you."
    )
    assert "shouting" not in rules(body)


def test_an_exclamation_inside_parentheses_ends_no_sentence() -> None:
    body = letter(
        "Thank you for the demo of the scheduler (it was fast!) and the tour. I built a similar "
        "scheduler, and I am very interested in the role. I look forward to hearing from you."
    )
    assert "capitalization" not in rules(body)


def test_hard_wrapped_lines_and_e_mail_addresses_start_no_sentence() -> None:
    body = (
        "Dear Priya,\n\nThank you for the demo of the scheduler and the tour of the new\n"
        "data centre. I built a similar scheduler, and I am very interested in\nthe role. "
        "You can write to me at\njordan.lee@example.com at any time. I look forward to "
        "hearing from you.\n\nBest regards,\nJordan Lee\njordan.lee@example.com"
    )
    assert "capitalization" not in rules(body)


def test_a_greeting_after_a_block_of_date_and_address_lines_is_the_greeting() -> None:
    body = (
        "March 3, 2026\n\nPriya Raman\nAcme Analytics\n12 Main Street\nBoston, MA 02110\n\n"
        "Dear Ms. Raman,\n\nThank you for walking me through the billing migration. I led "
        "three data migrations, and I am very interested in the role. I look forward to "
        "hearing from you.\n\nSincerely,\nJordan Lee"
    )
    found = rules(body)
    assert "missing-greeting" not in found
    assert "wrong-recipient-name" not in found


def test_a_misspelt_name_after_a_date_block_is_still_caught() -> None:
    body = (
        "March 3, 2026\n\nDear Ms. Ramen,\n\nThank you for walking me through the billing "
        "migration. I am very interested in the role.\n\nSincerely,\nJordan Lee"
    )
    assert "wrong-recipient-name" in rules(body)


# More kinds of text, by category, beyond the issue's own examples (our sentences).
REF = "Thank you for walking me through the new wound-care protocol on the cardiac ward."
QUAL = "I have three years of ICU experience."
INTEREST = "I am very interested in the role."
CLOSE = "I look forward to hearing from you."


@pytest.mark.parametrize(
    "sentence",
    [
        "I have led night shifts for years and really want this job.",
        "Your unit's reputation is exactly why I applied.",
        "This is the job I have been hoping for.",
        "Count me in if you will have me.",
        "Joining your unit would mean a great deal to me.",
        "I am hopeful about the opportunity.",
    ],
)
def test_interest_said_as_a_reason_a_wish_or_an_elided_subject(sentence: str) -> None:
    assert "missing-interest" not in rules(letter(f"{REF} {QUAL} {sentence} {CLOSE}"))


def test_feedback_that_would_mean_a_lot_is_no_interest() -> None:
    body = letter(f"{REF} {QUAL} Your feedback would mean a lot to me. {CLOSE}")
    assert "missing-interest" in rules(body)


@pytest.mark.parametrize(
    "sentence",
    [
        "My ICU background fits the night role well.",
        "I have extensive experience with dialysis patients.",
        "I bring strong skills in wound assessment.",
        "My academic knowledge of pharmacology would help on the ward.",
        "My doctoral research focused on sepsis screening.",
        "As someone who has run a step-down unit, I know the pace.",
    ],
)
def test_a_qualification_in_other_words_counts(sentence: str) -> None:
    assert "missing-qualification" not in rules(letter(f"{REF} {INTEREST} {sentence} {CLOSE}"))


@pytest.mark.parametrize(
    "sentence",
    [
        "I have the skills and experience to succeed.",
        "My background would make me a great addition.",
        "I bring experience and passion.",
    ],
)
def test_a_qualification_that_names_nothing_does_not_count(sentence: str) -> None:
    assert "missing-qualification" in rules(letter(f"{REF} {INTEREST} {sentence} {CLOSE}"))


@pytest.mark.parametrize(
    "middle",
    [
        "Thank you for meeting with me. I loved the warm, family feeling of the restaurant and "
        "how much everyone cares about guests.",
        "Thank you for the interview. It was inspiring to hear about the school's dedication to "
        "every child's growth and the caring atmosphere among the staff.",
        "Thank you for speaking with me. I appreciated your insights on the importance of "
        "communication and respect in the workplace.",
        "Thank you for meeting me. I admire the hospital's compassionate, patient-centered "
        "philosophy and its emphasis on teamwork.",
        "Thank you for the conversation. I enjoyed hearing about the company's values of "
        "transparency, ownership and continuous improvement.",
    ],
)
def test_praise_of_the_workplace_or_its_culture_alone_is_not_specific(middle: str) -> None:
    body = letter(f"{middle} My ICU experience would serve your patients well. {INTEREST} {CLOSE}")
    assert "not-specific" in rules(body)


@pytest.mark.parametrize(
    "middle",
    [
        "Thank you for meeting me. I enjoyed hearing how the school runs its after-school "
        "robotics club.",
        "Thank you for the tour of the clinic's new imaging suite.",
        "Thank you for explaining the patient intake changes on the cardiac ward.",
    ],
)
def test_a_detail_of_the_workplace_is_specific(middle: str) -> None:
    body = letter(f"{middle} {QUAL} {INTEREST} {CLOSE}")
    assert "not-specific" not in rules(body)


@pytest.mark.parametrize(
    "sentence",
    [
        "I have another offer, so I would need to know soon.",
        "I expected to hear from you by now.",
        "I guess that means no interest.",
        "Kindly re-read my resume.",
    ],
)
def test_pressure_said_as_ones_own_deadline_or_a_reproach_is_demanding(sentence: str) -> None:
    assert "demanding" in rules(letter(FULL.format(sentence)), kind="follow-up")


@pytest.mark.parametrize(
    "sentence",
    [
        "I am happy to wait; I would need to know only once you have decided.",
        "I expected the interview to run long, and it was worth it.",
    ],
)
def test_a_deadline_or_expectation_that_presses_no_one_passes(sentence: str) -> None:
    assert "demanding" not in rules(letter(FULL.format(sentence)))


def test_another_offer_as_leverage_is_self_focused() -> None:
    sentence = (
        "I have another offer of $80,000; if you could match the other offer, I would "
        "seriously consider joining."
    )
    assert "self-focused" in rules(letter(FULL.format(sentence)), kind="follow-up")


@pytest.mark.parametrize(
    "sentence",
    [
        "Please excuse my nerves during the panel.",
        "Sorry I was so nervous at the start.",
        "I hope I didn't come across as unprepared.",
        "Just wanted to thank you once more.",
    ],
)
def test_apologies_for_nerves_and_hedged_thanks_are_apologetic(sentence: str) -> None:
    assert "apologetic" in rules(letter(FULL.format(sentence)))


@pytest.mark.parametrize(
    "sentence",
    [
        'Thank you so much for the "time" you spent with me.',
        "I'm sure you could have spent it better, as you clearly thought.",
        "What a waste of your time that must have been.",
    ],
)
def test_sarcasm_about_the_interview_is_negative(sentence: str) -> None:
    assert "negative" in rules(letter(FULL.format(sentence)))


@pytest.mark.parametrize(
    "sentence",
    [
        'Your "two-pizza team" rule made a lot of sense to me.',
        "As you clearly explained, the migration starts in May.",
        "I'm sure you could use another pair of hands in May.",
    ],
)
def test_quotes_and_clearly_that_are_not_sarcasm_pass(sentence: str) -> None:
    assert "negative" not in rules(letter(FULL.format(sentence)))


@pytest.mark.parametrize(
    "middle",
    [
        "Thanks for the interveiw today, it went well.",
        "Thank you for the oppurtunity to meet the team.",
        "Thank you for meeting me. When can I expect to hear back from you?",
    ],
)
def test_a_misspelt_or_chasing_stock_word_is_no_reference(middle: str) -> None:
    assert "not-specific" in rules(letter(f"{middle} {QUAL} {INTEREST}"))


def test_an_unknown_word_that_is_no_misspelling_is_still_a_reference() -> None:
    body = letter(f"Thank you for showing me the new dbt models. {QUAL} {INTEREST} {CLOSE}")
    assert "not-specific" not in rules(body)


def test_a_detail_after_a_move_to_is_specific() -> None:
    body = letter(
        "Thank you for the chat about the analytics team's move to Snowflake. "
        f"{QUAL} {INTEREST} {CLOSE}"
    )
    assert "not-specific" not in rules(body)


def test_an_infinitive_after_to_is_no_detail() -> None:
    body = letter(
        "I just wanted to drop a quick note to say thank you for meeting me. "
        f"{QUAL} {INTEREST} {CLOSE}"
    )
    assert "not-specific" in rules(body)


@pytest.mark.parametrize(
    "sentence",
    [
        "During my MSW placement I carried a caseload of twelve families.",
        "Through my clinical rotations I staffed a busy emergency department.",
    ],
)
def test_placements_and_everyday_verbs_of_work_are_qualifications(sentence: str) -> None:
    assert "missing-qualification" not in rules(letter(f"{REF} {INTEREST} {sentence} {CLOSE}"))


@pytest.mark.parametrize(
    "close",
    [
        "I wanted to ask whether there is an updated timeline.",
        "Is there any news on the decision?",
    ],
)
def test_asking_where_things_stand_is_a_forward_close(close: str) -> None:
    body = letter(f"Thank you again for the interview on the 2nd. {INTEREST} {close}")
    assert "missing-closing" not in rules(body, kind="follow-up")


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        ("I've been out of work for eight months and my savings are gone.", "desperate"),
        ("This job means everything to me; I don't know what I'll do otherwise.", "desperate"),
        ("Please respond within 48 hours.", "demanding"),
        ("I would like an answer today.", "demanding"),
        ("The four-day week is the main reason I applied.", "self-focused"),
        ("I'd also like to know how much paid leave I would get.", "self-focused"),
        ("Will I be able to leave early on Fridays?", "self-focused"),
        ("My last boss never listened to anyone.", "negative"),
        ("My current employer is a sinking ship.", "negative"),
        ("The people at my old clinic were impossible to work with.", "negative"),
        ("I apologize if this is too forward.", "apologetic"),
    ],
)
def test_more_tone_in_other_words(sentence: str, rule: str) -> None:
    kind = "follow-up" if rule == "demanding" else "thank-you"
    assert rule in rules(letter(FULL.format(sentence)), kind=kind)


@pytest.mark.parametrize(
    "sentence",
    [
        "I would be glad to cover night shifts while the unit grows.",
        "Your point about pay equity for travel nurses was interesting.",
        "I was sorry to hear the unit lost two nurses this spring.",
        "I learned from a difficult manager how to stay calm under pressure.",
        "The staff at my last clinic were wonderful to work with.",
        "Will I be able to shadow the charge nurse during orientation?",
        "I am happy to take days off midweek if the rota needs it.",
        "I have been looking for a role like this for a while.",
    ],
)
def test_more_lines_that_only_look_like_a_fault_pass(sentence: str) -> None:
    found = rules(letter(FULL.format(sentence)))
    assert not found & {"desperate", "self-focused", "negative", "apologetic", "demanding"}


@pytest.mark.parametrize(
    ("close", "kind"),
    [
        ("I wanted to see where things stand.", "follow-up"),
        ("I hope the search is going well and wondered how the process is progressing.", "follow-up"),
        ("Could you share any feedback on my interview?", "rejection-reply"),
    ],
)
def test_asking_how_things_stand_or_for_feedback_looks_ahead(close: str, kind: str) -> None:
    body = letter(f"Thank you again for the interview on the 2nd. {close}")
    assert "missing-closing" not in rules(body, kind=kind)


@pytest.mark.parametrize(
    "middle",
    [
        "Thank you for the interview. Kanban boards on a hospital ward were new to me.",
        "Thank you for your time. Learning that nurses lead the morning huddles made me want "
        "to join even more.",
    ],
)
def test_a_term_opening_a_sentence_or_a_clause_ending_in_me_can_be_specific(middle: str) -> None:
    assert "not-specific" not in rules(letter(f"{middle} {QUAL} {INTEREST} {CLOSE}"))


@pytest.mark.parametrize(
    "middle",
    [
        "Thank you for meeting me. The hospital seems like a wonderful place to work.",
        "Thank you for the interview. Unfortunately I had to leave early, but it was great.",
    ],
)
def test_an_everyday_word_opening_a_sentence_is_no_name(middle: str) -> None:
    assert "not-specific" in rules(letter(f"{middle} {QUAL} {INTEREST} {CLOSE}"))


@pytest.mark.parametrize(
    "sentence",
    ["Tbh I loved it.", "OMG the new ward is amazing.", "Hope you have a good one.",
     "Ya, I can start Monday.", "Sounds legit to me.", "Catch you later."],
)
def test_chat_register_at_a_sentence_start_or_in_capitals_is_casual(sentence: str) -> None:
    assert "casual-language" in rules(letter(FULL.format(sentence)))


@pytest.mark.parametrize(
    "sentence",
    ["I fitted PLS models for the demand forecasts.", "An NP covers the ward at night.",
     "The IMO rules changed our shipping checks."],
)
def test_acronyms_that_spell_chat_words_pass(sentence: str) -> None:
    assert "casual-language" not in rules(letter(FULL.format(sentence)))


# Session 4's categories (our sentences, written for these tests; the notes of the aside sets
# were not used to write them). Each group has look-alikes that must pass.
WAREHOUSE = "Thank you for walking me through the new returns process in the Leeds warehouse."
CARRIER = "I ran returns for a parcel carrier for two years."


def full_but(sentence: str, *, ref: str = WAREHOUSE, qual: str = CARRIER) -> str:
    return letter(f"{ref} {qual} I am very keen on the role. {sentence} {CLOSE}")


def all_rules(body: str) -> set[str]:
    """Every rule that fires on an e-mail with a plain subject (so the subject rules are quiet)."""
    context = Context(**CTX)  # type: ignore[arg-type]
    message = Message(body, kind="thank-you", subject="Thank you - Returns Lead interview",
                      context=context)
    return {f.rule for f in review(message).findings}


@pytest.mark.parametrize(
    "sentence",
    [
        "I enjoyed learning about the position and the responsibilities that come with it.",
        "I appreciated your candour and your warmth.",
        "It was wonderful to hear what a typical week looks like.",
        "It was great to get a sense of the company's direction.",
        "The conversation helped me understand the scope of the role.",
        "Your humour made the whole afternoon a pleasure.",
        "It was wonderful to learn about the history of the company.",
        "Our conversation confirmed that the position matches my career goals.",
        "It was great to hear where the company is headed.",
        "I appreciated your honesty about the workload.",
        "Your professionalism and knowledge really impressed me.",
        "I enjoyed hearing about your journey with the company.",
        "It was exciting to learn about the company's latest initiatives.",
        "I found our conversation about the company's growth plans really engaging.",
    ],
)
def test_the_reader_s_manner_and_the_job_in_general_terms_are_not_specific(sentence: str) -> None:
    body = letter(f"Thank you for meeting with me. {sentence} {CARRIER} {INTEREST} {CLOSE}")
    assert "not-specific" in rules(body)


@pytest.mark.parametrize(
    "sentence",
    [
        "I was glad to hear the team is moving its reports off Excel and into Power BI.",
        "Your story about the flooded server room during the storm made me laugh.",
        "I appreciated your candid account of the delayed ERP rollout.",
        "I enjoyed learning how you price custom cabinetry jobs.",
        "The mentoring circle you started for new teachers sounds wonderful.",
    ],
)
def test_what_one_heard_about_the_reader_s_work_stays_specific(sentence: str) -> None:
    body = letter(f"Thank you for meeting with me. {sentence} {CARRIER} {INTEREST} {CLOSE}")
    assert "not-specific" not in rules(body)


@pytest.mark.parametrize(
    "sentence",
    [
        "I would like very much to join your office.",
        "The role is exactly what I have been looking for.",
        "Joining Acme would be a great next step for me.",
        "The position is my first choice.",
        "Working with you would be a dream.",
        "I would enjoy doing the same for your customers.",
    ],
)
def test_interest_as_first_choice_a_dream_or_a_next_step(sentence: str) -> None:
    body = letter(f"{WAREHOUSE} {CARRIER} {sentence} {CLOSE}")
    assert "missing-interest" not in rules(body)


@pytest.mark.parametrize(
    "sentence",
    [
        "The team seemed very excited about the new process.",
        "Everyone I met was keen on the new scanners.",
        "I enjoyed our conversation very much.",
        "I am confident my experience would help the team.",
    ],
)
def test_someone_else_s_enthusiasm_or_confidence_is_no_interest(sentence: str) -> None:
    body = letter(f"{WAREHOUSE} {CARRIER} {sentence} {CLOSE}")
    assert "missing-interest" in rules(body)


@pytest.mark.parametrize(
    "sentence",
    [
        "My capstone placement on a telemetry floor taught me to read rhythm strips.",
        "I tuned a PID controller for a similar rig in my senior design project.",
        "I am a forklift-certified warehouse associate.",
        "Running the returns desk at a department store taught me to stay calm.",
        "I have a Level 3 qualification in warehousing.",
    ],
)
def test_qualifications_as_what_a_placement_taught_or_a_hyphenated_credential(
    sentence: str,
) -> None:
    body = letter(f"{WAREHOUSE} {INTEREST} {sentence} {CLOSE}")
    assert "missing-qualification" not in rules(body)


@pytest.mark.parametrize(
    "sentence",
    [
        "I am keen to put my experience to work for your customers.",
        "I would love to bring my skills to your team.",
        "I am a fast learner.",
    ],
)
def test_skills_brought_with_nothing_named_are_no_qualification(sentence: str) -> None:
    body = letter(f"{WAREHOUSE} {INTEREST} {sentence} {CLOSE}")
    assert "missing-qualification" in rules(body)


@pytest.mark.parametrize(
    "close",
    [
        "I will call your office next Thursday to follow up.",
        "Should you need references, I can send them today.",
        "Is there anything else you need from me?",
        "You can reach me on my mobile any time.",
        "I would be glad to hear from you.",
    ],
)
def test_a_close_as_a_plan_to_call_or_an_offer_to_send_more(close: str) -> None:
    body = letter(f"{WAREHOUSE} {CARRIER} {INTEREST} {close}")
    assert "missing-closing" not in rules(body)


@pytest.mark.parametrize(
    "sentence",
    [
        "I was glad to hear that the team is hiring two more drivers.",
        "I was happy to hear how much your drivers enjoy the new routes.",
    ],
)
def test_glad_to_hear_news_is_no_close(sentence: str) -> None:
    body = letter(f"{WAREHOUSE} {CARRIER} {INTEREST} {sentence}")
    assert "missing-closing" in rules(body)


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        ("I am disappointed that you have not had the courtesy to reply.", "demanding"),
        ("I will be mentioning your lack of response to your director.", "demanding"),
        ("I can't move forward until you confirm the salary.", "demanding"),
        ("Frankly, three weeks without a word is unacceptable.", "demanding"),
        ("I'd appreciate a reply today.", "demanding"),
        ("You said you would call me on Friday and you didn't.", "demanding"),
        ("Kindly let me know your decision without further delay.", "demanding"),
        ("Before I come in again, I need to know what the package is.", "demanding"),
        ("I will need help with moving costs and temporary housing.", "self-focused"),
        ("Is there a car allowance with the role?", "self-focused"),
        ("I was hoping the role comes with stock options.", "self-focused"),
        ("I'd like to know whether you pay for parking.", "self-focused"),
        ("Will the company cover my tuition for the MBA?", "self-focused"),
        ("I need to know what the pension contribution is.", "self-focused"),
        ("My current boss takes credit for everything I do.", "negative"),
        ("I think I really messed up the second half of the interview.", "negative"),
        ("I hate to be a pest, but is there any news?", "apologetic"),
        ("Just a quick note to say thanks.", "apologetic"),
        ("I know you must be swamped, so no need to reply.", "apologetic"),
        ("I reckon I'd slot right in.", "casual-language"),
    ],
)
def test_pressure_perks_disparagement_and_hedges_in_other_words(sentence: str, rule: str) -> None:
    assert rule in rules(full_but(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "If I have not heard by the 20th, I will give your office a call.",
        "Another company has asked for my answer by Friday, so I wanted to let you know.",
        "I was glad to hear the role includes time to train new starters.",
        "I enjoyed hearing how the pay-per-parcel contracts with couriers work.",
        "I am sorry to hear about the flooding at the depot.",
        "I know the peak season is a busy time for your team.",
        "The bonus scheme you designed for the pickers sounds clever.",
        "I appreciated your honesty about the night shifts.",
        "Your account of the move to a new warehouse management system was fascinating.",
    ],
)
def test_look_alikes_of_pressure_perks_and_hedges_draw_nothing(sentence: str) -> None:
    assert all_rules(full_but(sentence)) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "I appreciate you may be busy.",
        "I appreciate that hiring takes time.",
        "Thank goodness the trains were on time.",
    ],
)
def test_understanding_or_relief_is_no_thanks(sentence: str) -> None:
    body = letter(
        "I enjoyed our talk about the new returns process in the Leeds warehouse. "
        f"{CARRIER} I am very keen on the role. {sentence} {CLOSE}"
    )
    assert "missing-gratitude" in rules(body)


@pytest.mark.parametrize(
    "sentence",
    [
        "I appreciate that you took the time to meet me.",
        "Cheers for the chat.",
        "Many thanks in advance for any update.",
    ],
)
def test_thanks_said_with_appreciate_that_or_cheers_for(sentence: str) -> None:
    body = letter(
        "I enjoyed our talk about the new returns process in the Leeds warehouse. "
        f"{CARRIER} I am very keen on the role. {sentence} {CLOSE}"
    )
    assert "missing-gratitude" not in rules(body)


@pytest.mark.parametrize(
    "sentence",
    [
        "Seeing the new induction line made me even keener on the sous chef post.",
        "I am really keen to learn from your team.",
    ],
)
def test_interest_as_keener_or_keen_to_learn_from_the_team(sentence: str) -> None:
    assert "missing-interest" not in rules(letter(f"{WAREHOUSE} {CARRIER} {sentence} {CLOSE}"))


def test_asking_for_an_updated_timeline_is_a_close() -> None:
    body = letter(
        f"{WAREHOUSE} {CARRIER} {INTEREST} Would it be possible to share an updated timeline "
        "when you have one?"
    )
    assert "missing-closing" not in rules(body)


@pytest.mark.parametrize(
    "sentence",
    [
        "I understand the budget cuts have made this year hard.",
        "I hope the spring concert goes well.",
        "I enjoyed discussing the challenges of recruiting volunteers in rural areas.",
    ],
)
def test_what_one_understood_hoped_or_discussed_about_the_reader_is_specific(
    sentence: str,
) -> None:
    body = letter(f"Thank you for meeting with me. {sentence} {CARRIER} {INTEREST} {CLOSE}")
    assert "not-specific" not in rules(body)


@pytest.mark.parametrize(
    "sentence",
    [
        "I understand the role is a busy one.",
        "I hope the rest of your week goes well.",
        "I enjoyed discussing the position and the team.",
    ],
)
def test_understood_hoped_or_discussed_in_general_terms_stays_generic(sentence: str) -> None:
    body = letter(f"Thank you for meeting with me. {sentence} {CARRIER} {INTEREST} {CLOSE}")
    assert "not-specific" in rules(body)


@pytest.mark.parametrize(
    "sentence",
    [
        "You said an hour of downtime is unacceptable to your clients, and I agree.",
        "I can't commit to a start date until my notice period ends in May.",
        "I cannot come in until Thursday because of my current shifts.",
    ],
)
def test_the_reader_s_standard_or_one_s_own_constraint_is_no_pressure(sentence: str) -> None:
    assert "demanding" not in rules(full_but(sentence))


def test_a_boss_who_treats_people_well_is_not_run_down() -> None:
    found = rules(full_but("My current manager treats us with real respect, and I hope to do the same."))
    assert "negative" not in found
    assert "negative" in rules(full_but("My last company treated us like numbers."))


@pytest.mark.parametrize(
    "sentence",
    [
        "With a background in hospitality, I am used to busy weekends.",
        "My Spanish would help with your clients.",
        "Python and SQL are my daily tools.",
        "I know Excel inside out.",
        "I can operate a forklift and a pallet jack.",
        "Last summer I interned at a law firm.",
        "I volunteer at the food bank every Saturday.",
        "I was a shift lead at a busy coffee shop.",
        "I type 80 words per minute.",
        "At the food bank I coordinate forty volunteers each week.",
        "My team at the bank processed 2,000 claims a month.",
        "I was promoted twice in three years.",
        "I'm currently finishing my nursing degree.",
        "I got my CompTIA A+ last month.",
    ],
)
def test_qualifications_as_languages_tools_posts_and_credentials_under_way(sentence: str) -> None:
    body = letter(f"{WAREHOUSE} {INTEREST} {sentence} {CLOSE}")
    assert "missing-qualification" not in rules(body)


@pytest.mark.parametrize(
    "sentence",
    [
        "I was selected for the second round.",
        "I can start in two weeks.",
        "I can use the bus to get there.",
        "I know Priya will enjoy the new process.",
        "I got my invitation for the second interview.",
        "I train for marathons at the weekend.",
        "I volunteer my time gladly.",
        "I was a bit nervous at first.",
    ],
)
def test_look_alikes_of_qualifications_name_nothing(sentence: str) -> None:
    body = letter(f"{WAREHOUSE} {INTEREST} {sentence} {CLOSE}")
    assert "missing-qualification" in rules(body)


@pytest.mark.parametrize(
    "sentence",
    [
        "I remain a big fan of what you are building.",
        "I will keep an eye on your careers page.",
        "I would jump at another chance to interview.",
        "If the situation changes, I would still be very interested.",
    ],
)
def test_a_reply_to_a_rejection_keeps_the_door_open_in_other_words(sentence: str) -> None:
    body = letter(f"Thank you for letting me know. {sentence} Thank you again for your time.")
    assert "missing-interest" not in rules(body, kind="rejection-reply")


@pytest.mark.parametrize(
    "sentence",
    ["I wish you and the new hire every success.", "I understand your decision."],
)
def test_good_wishes_alone_do_not_keep_the_door_open(sentence: str) -> None:
    body = letter(f"Thank you for letting me know. {sentence} Thank you again for your time.")
    assert "missing-interest" in rules(body, kind="rejection-reply")


@pytest.mark.parametrize(
    "sentence",
    [
        "It was a huge help to hear your point of view.",
        "I loved the pace and the hectic energy of the place.",
        "Whenever I think back to our talk, I remember the positive atmosphere.",
        "I appreciated your suggestion to stay in touch with colleagues.",
    ],
)
def test_everyday_words_are_not_a_detail(sentence: str) -> None:
    body = letter(f"Thank you for meeting with me. {sentence} {CARRIER} {INTEREST} {CLOSE}")
    assert "not-specific" in rules(body)


@pytest.mark.parametrize(
    "sentence",
    [
        "I need to understand what relocation assistance is included.",
        "Before we go further, I need to know what relocation support comes with the offer.",
    ],
)
def test_needing_to_know_what_a_perk_includes_is_self_focused(sentence: str) -> None:
    assert "self-focused" in rules(full_but(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "I need to understand the pay-per-parcel model your couriers use.",
        "I would need to see the parking layout to plan the new loading bay.",
        "I want to understand how the bonus scheme for pickers affects accuracy.",
        "I need to find out more about the vacation cover rota you mentioned.",
    ],
)
def test_wanting_to_understand_the_team_s_own_business_is_not_self_focused(sentence: str) -> None:
    assert "self-focused" not in rules(full_but(sentence))


NO_CLOSE = "{} I ran returns for a parcel carrier for two years, and I am very keen on the role. Your plan for the Leeds returns hub impressed me."


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for the opportunity to meet with you yesterday.",
        "Thank you for the chance to discuss the Returns Lead role.",
        "Thanks for the chance to talk with you and the team.",
        "If you need someone who stays calm at peak, I am that person. Thank you for your time.",
        "Thank you for your time. Your questions about my forecasting were fair.",
        "Thank you for your time. I was happy to answer your questions about peak season.",
        "Thank you for meeting me. I will bring that focus to the role.",
    ],
)
def test_thanks_for_a_chance_had_or_a_pitch_is_no_close(sentence: str) -> None:
    assert "missing-closing" in rules(letter(NO_CLOSE.format(sentence)))


@pytest.mark.parametrize(
    "close",
    [
        "I would welcome the chance to talk again.",
        "I would appreciate the chance to discuss it further.",
        "I would be happy to answer any further questions.",
        "If you need anything else from me, please let me know.",
        "I am glad to provide references.",
    ],
)
def test_a_chance_or_an_offer_still_to_come_is_a_close(close: str) -> None:
    body = letter(f"Thank you for meeting me. {NO_CLOSE.format('')} {close}")
    assert "missing-closing" not in rules(body)


@pytest.mark.parametrize(
    "sentence",
    [
        "I hope to see the hub finished one day.",
        "I hope to join your team.",
        "Best of luck with the search.",
        "Thank you again for your time and consideration.",
    ],
)
def test_hopes_for_the_job_or_good_wishes_are_no_close(sentence: str) -> None:
    assert "missing-closing" in rules(letter(NO_CLOSE.format(f"Thank you for meeting me. {sentence}")))


@pytest.mark.parametrize(
    "close", ["Hoping for good news.", "I hope to see you again soon.", "I hope to hear from you."]
)
def test_hoping_to_hear_or_to_meet_again_is_a_close(close: str) -> None:
    body = letter(NO_CLOSE.format("Thank you for meeting me.") + f" {close}")
    assert "missing-closing" not in rules(body)


def test_waiting_for_an_answer_with_interest_is_a_close_still_waiting_presses() -> None:
    calm = letter(f"{WAREHOUSE} {CARRIER} {INTEREST} I am waiting for your answer with interest.")
    assert "missing-closing" not in rules(calm)
    pressed = letter(f"{WAREHOUSE} {CARRIER} {INTEREST} I am still waiting for a reply.")
    assert {"demanding", "missing-closing"} <= rules(pressed)


@pytest.mark.parametrize("word", ["barcodes", "kaizen", "inclusivity", "neurodivergent"])
def test_common_workplace_words_are_spelled_right(word: str) -> None:
    body = letter(f"Thank you for showing me how the {word} work fits the Leeds returns hub. "
                  f"{CARRIER} {INTEREST} {CLOSE}")
    assert "spelling" not in rules(body)


@pytest.mark.parametrize(
    "sentence",
    [
        "I loved that every new teacher gets a mentor for the first year.",
        "I was impressed that the kitchen composts all its scraps.",
        "Your plan to cut paper invoices by half this year is ambitious.",
    ],
)
def test_what_impressed_the_candidate_and_a_plan_s_object_are_specific(sentence: str) -> None:
    body = letter(f"Thank you for meeting with me. {sentence} {CARRIER} {INTEREST} {CLOSE}")
    assert "not-specific" not in rules(body)


@pytest.mark.parametrize(
    "sentence",
    [
        "I was impressed by the talented people I met.",
        "Your plan to grow the team is exciting.",
        "I loved that everyone was so welcoming.",
    ],
)
def test_impressed_by_people_or_a_plan_to_grow_stays_generic(sentence: str) -> None:
    body = letter(f"Thank you for meeting with me. {sentence} {CARRIER} {INTEREST} {CLOSE}")
    assert "not-specific" in rules(body)


# Session 4, second round: categories from the held-out third (now tuning material), each
# tested on sentences of our own.


@pytest.mark.parametrize(
    "sentence",
    [
        "It was fascinating to learn about the internship and the people behind it.",
        "Thank you for considering me for the vacancy.",
        "I am so excited about the warehouse gig.",
        "I came across your profile on LinkedIn and would love to connect.",
        "The longer we talked, the more I wanted to join.",
        "I enjoyed our phone screen and the in-person follow-up.",
        "I liked hearing about the fast-paced environment and the department's structure.",
        "Thanks a ton for the chat today 😊 Super excited about the role.",
    ],
)
def test_the_job_by_another_name_or_how_we_met_is_no_detail(sentence: str) -> None:
    body = letter(f"Thank you for meeting with me. {sentence} {CARRIER} {INTEREST} {CLOSE}")
    assert "not-specific" in rules(body)


@pytest.mark.parametrize(
    "sentence",
    [
        "I appreciated learning how the crew keeps the packing line running through the peak.",
        "I admire the work your lab is doing in drought-tolerant wheat.",
        "Thanks a ton for the chat today 😊 Loved hearing about the latte art contest.",
        "Your profile of the night-shift supervisors was a real help.",
    ],
)
def test_what_the_reader_does_after_learning_how_or_admire_is_specific(sentence: str) -> None:
    body = letter(f"Thank you for meeting with me. {sentence} {CARRIER} {INTEREST} {CLOSE}")
    assert "not-specific" not in rules(body)


BODY = (
    "Thank you for walking me through the migration of the billing jobs to Airflow. "
    "At my last company I moved forty cron jobs onto Airflow in a quarter. "
    "I am very interested in the role. I look forward to hearing from you."
)


def test_a_greeting_after_the_sender_date_and_reader_blocks_is_a_greeting() -> None:
    body = (
        "Jordan Lee\n12 Elm Street\nSpringfield, IL 62701\n\nMarch 3, 2026\n\n"
        "Priya Raman\nEngineering Manager\nAcme Analytics\n\n"
        f"Dear Ms. Raman,\n\n{BODY}\n\nSincerely,\nJordan Lee"
    )
    assert "missing-greeting" not in rules(body)


def test_an_address_block_with_no_greeting_after_it_is_still_no_greeting() -> None:
    body = (
        "March 3, 2026\n\nPriya Raman\nEngineering Manager\nAcme Analytics\n\n"
        f"{BODY}\n\nSincerely,\nJordan Lee"
    )
    assert "missing-greeting" in rules(body)


@pytest.mark.parametrize(
    "tail", ["Sent from my iPhone", "Sent from my Galaxy S24", "Get Outlook for Android",
             "Your email address", "[Your Phone Number]"]
)
def test_a_device_tag_or_a_contact_slot_under_the_name_keeps_the_signoff(tail: str) -> None:
    assert "missing-signoff" not in rules(f"Dear Priya,\n\n{BODY}\n\nBest regards,\nJordan Lee\n{tail}")


@pytest.mark.parametrize("tail", ["Sent from my iPhone", "Your email address"])
def test_a_device_tag_under_no_name_is_still_no_signoff(tail: str) -> None:
    assert "missing-signoff" in rules(f"Dear Priya,\n\n{BODY}\n\nBest regards,\n\n{tail}")


@pytest.mark.parametrize(
    "sentence",
    [
        "I left feeling that my qualifications and experience are an excellent match for the role.",
        "My skills and background would be a great fit for the position.",
        "I am sure my training is a strong match with the job.",
    ],
)
def test_skills_said_to_fit_the_role_are_no_wish_for_it(sentence: str) -> None:
    body = letter(f"{WAREHOUSE} {CARRIER} {sentence} {CLOSE}")
    assert "missing-interest" in rules(body)


@pytest.mark.parametrize(
    "sentence",
    [
        "I think I would be a great fit for your returns team.",
        "I look forward to potentially working together.",
        "I look forward to the prospect of joining the Leeds team.",
    ],
)
def test_a_fit_for_the_team_or_a_hedged_wish_to_join_is_interest(sentence: str) -> None:
    body = letter(f"{WAREHOUSE} {CARRIER} {sentence} {CLOSE}")
    assert "missing-interest" not in rules(body)


@pytest.mark.parametrize(
    "sentence",
    [
        "If there's ever anything I can help you with, please don't hesitate to reach out.",
        "If I can ever return the favour, feel free to ask.",
        "I would be grateful for another chance to show what I can do.",
        "I hope for a second chance to prove myself.",
    ],
)
def test_help_offered_in_return_or_a_plea_for_a_redo_is_no_close(sentence: str) -> None:
    assert "missing-closing" in rules(letter(NO_CLOSE.format(f"Thank you for meeting me. {sentence}")))


@pytest.mark.parametrize(
    "close",
    [
        "If you need anything else from me, please don't hesitate to reach out.",
        "Please feel free to call me with any questions about my references.",
        "I would welcome the chance to show you the rota I built.",
        "I would love another chance to talk.",
    ],
)
def test_an_offer_to_be_contacted_or_to_show_more_is_a_close(close: str) -> None:
    body = letter(NO_CLOSE.format("Thank you for meeting me.") + f" {close}")
    assert "missing-closing" not in rules(body)


@pytest.mark.parametrize(
    "sentence",
    [
        "I know my interview went terribly.",
        "The second interview went really badly for me.",
        "I completely blanked on the budgeting questions.",
        "My mind went blank when you asked about forecasting.",
    ],
)
def test_the_interview_said_to_have_gone_badly_is_negative(sentence: str) -> None:
    assert "negative" in rules(full_but(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "I know the interview went long, so thank you for staying.",
        "I thought the interview went well.",
        "I left no field blank on the application form.",
    ],
)
def test_an_interview_that_ran_long_or_went_well_is_not_negative(sentence: str) -> None:
    assert "negative" not in rules(full_but(sentence))


@pytest.mark.parametrize(
    "sentence",
    ["I am so sorry for wasting your time.", "Apologies if I wasted your afternoon."],
)
def test_sorry_for_wasting_the_reader_s_time_is_apologetic(sentence: str) -> None:
    assert "apologetic" in rules(full_but(sentence))


def test_time_not_wasted_is_not_apologetic() -> None:
    assert "apologetic" not in rules(full_but("None of the rota work ever wasted your time."))


@pytest.mark.parametrize(
    ("company", "written"),
    [
        ("Acme Analytics", "Acme Analytic"),
        ("Kensington Medical Supplies", "Kensington Medical Supply"),
        ("Bright Horizon Dental", "Bright Horizon Dentals"),
    ],
)
def test_the_company_s_last_word_in_the_wrong_number_is_a_misspelt_company(
    company: str, written: str
) -> None:
    body = letter(f"{WAREHOUSE} {CARRIER} I would be glad to bring that to {written}. {CLOSE}")
    assert "wrong-company" in rules(body, company=company)


@pytest.mark.parametrize(
    "written", ["Acme Analytics", "Acme", "Acme Analytics'", "Acme Analytics's", "the analytic side"]
)
def test_the_company_s_name_its_short_form_or_possessive_is_right(written: str) -> None:
    body = letter(f"{WAREHOUSE} {CARRIER} I would be glad to bring that to {written}. {CLOSE}")
    assert "wrong-company" not in rules(body, company="Acme Analytics")


@pytest.mark.parametrize(
    "sentence",
    [
        "I am confident that my leadership experience would serve the team.",
        "My strong interpersonal, strategic and analytical skills, I believe, are what you need.",
        "I hope my customer service experience shows.",
    ],
)
def test_a_skill_named_by_its_kind_is_a_qualification(sentence: str) -> None:
    body = letter(f"{WAREHOUSE} {sentence} I am very keen on the role. {CLOSE}")
    assert "missing-qualification" not in rules(body)


@pytest.mark.parametrize(
    "sentence",
    [
        "I am confident that my skills and experience would serve the team.",
        "My relevant background, I believe, is what you need.",
        "My interview experience today was a pleasure.",
        "I hope my work experience shows.",
    ],
)
def test_skills_with_nothing_named_are_no_qualification(sentence: str) -> None:
    body = letter(f"{WAREHOUSE} {sentence} I am very keen on the role. {CLOSE}")
    assert "missing-qualification" in rules(body)


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        ("TGIF and have a great weekend.", "casual-language"),
        ("Tysm for the tour.", "casual-language"),
        ("I would be an invaluable asset to your company.", "cliche"),
    ],
)
def test_chat_abbreviations_and_an_invaluable_asset(sentence: str, rule: str) -> None:
    assert rule in rules(full_but(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for the chance to interview for the Registered Nurse position on your unit.",
        "I enjoyed meeting the nurses and the other members of the hiring committee.",
        "Thank you for organizing such a well-planned visit to the classroom.",
        "It was wonderful to learn about the mentorship and training opportunities.",
    ],
)
def test_a_title_before_the_job_the_people_met_or_the_visit_are_no_detail(sentence: str) -> None:
    body = letter(f"{sentence} {CARRIER} {INTEREST} {CLOSE}")
    assert "not-specific" in rules(body)


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for showing me the Epic charting templates the nurses use.",
        "I enjoyed meeting the Kubernetes team and seeing the cluster dashboards.",
        "It was great to hear about the mentorship scheme pairing interns with retired welders.",
    ],
)
def test_a_named_tool_or_a_detail_beside_those_words_is_specific(sentence: str) -> None:
    body = letter(f"{sentence} {CARRIER} {INTEREST} {CLOSE}")
    assert "not-specific" not in rules(body)


@pytest.mark.parametrize(
    "close",
    [
        "I hope to be in touch soon.",
        "I would appreciate an update when you have one.",
        "I'm keen to hear how the process unfolds.",
        "I can send over my portfolio if useful.",
        "If helpful, I can share the report I mentioned.",
    ],
)
def test_an_update_asked_for_or_material_offered_is_a_close(close: str) -> None:
    body = letter(NO_CLOSE.format("Thank you for meeting me.") + f" {close}")
    assert "missing-closing" not in rules(body)


@pytest.mark.parametrize(
    "sentence",
    [
        "I can provide strong leadership to the returns team.",
        "I was excited to hear about your plans for the new hub.",
        "I could share only a little about my thesis.",
    ],
)
def test_a_pitch_or_news_heard_is_no_close(sentence: str) -> None:
    assert "missing-closing" in rules(letter(NO_CLOSE.format(f"Thank you for meeting me. {sentence}")))


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm all in.",
        "Joining the team would be a privilege.",
        "I'd be delighted to accept an offer.",
        "This role is exactly what I'm looking for.",
        "I can see myself thriving on your returns team.",
        "I came away convinced that this is the right role for me.",
        "I'm genuinely eager to get started.",
        "This is exactly the kind of role I have been working toward.",
    ],
)
def test_interest_as_commitment_a_picture_of_oneself_there_or_the_right_role(sentence: str) -> None:
    assert "missing-interest" not in rules(letter(f"{WAREHOUSE} {CARRIER} {sentence} {CLOSE}"))


@pytest.mark.parametrize(
    "sentence",
    [
        "I can see myself in some of the challenges you described.",
        "I am not sure this is the right role for me.",
        "Acme sounds like a busy place.",
    ],
)
def test_seeing_oneself_in_a_story_or_doubting_the_fit_is_no_interest(sentence: str) -> None:
    assert "missing-interest" in rules(letter(f"{WAREHOUSE} {CARRIER} {sentence} {CLOSE}"))


@pytest.mark.parametrize(
    "sentence",
    [
        "I am a quick learner with a strong foundation in statistics.",
        "My capstone project focused on predictive maintenance.",
        "My years in hospitality taught me patience.",
    ],
)
def test_a_grounding_a_project_s_subject_or_what_years_taught_is_a_qualification(
    sentence: str,
) -> None:
    body = letter(f"{WAREHOUSE} {sentence} I am very keen on the role. {CLOSE}")
    assert "missing-qualification" not in rules(body)


@pytest.mark.parametrize(
    "sentence",
    ["My time here taught me nothing new, sadly.", "Your years in hospitality taught you patience."],
)
def test_what_the_reader_s_years_taught_or_nothing_learned_is_no_qualification(
    sentence: str,
) -> None:
    body = letter(f"{WAREHOUSE} {sentence} I am very keen on the role. {CLOSE}")
    assert "missing-qualification" in rules(body)


@pytest.mark.parametrize(
    "sentence",
    [
        "My current manager has no idea how to lead.",
        "I left my last job because my boss was impossible.",
        "Between you and me, my current team is a disaster.",
        "I didn't do well in the technical round at all.",
        "I know I rambled and probably came across as a mess.",
    ],
)
def test_a_boss_without_a_clue_a_team_in_a_mess_or_a_round_done_badly_is_negative(
    sentence: str,
) -> None:
    assert "negative" in rules(full_but(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "My last manager taught me a lot about scheduling.",
        "The warehouse was a mess after the storm, and we rebuilt the racking in a week.",
        "I found the case study challenging but fair.",
    ],
)
def test_a_mess_cleaned_up_or_a_fair_challenge_is_not_negative(sentence: str) -> None:
    assert "negative" not in rules(full_but(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "I'd like to know why I haven't heard anything.",
        "Kindly update me at the earliest.",
        "I trust I will hear from you by tomorrow.",
    ],
)
def test_pressure_as_a_reason_asked_for_or_a_trusted_deadline_is_demanding(sentence: str) -> None:
    assert "demanding" in rules(full_but(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Please feel free to update me at your earliest convenience.",
        "I would like to know why the hub moved to Leeds.",
        "I understand you hope to decide by Friday.",
    ],
)
def test_leaving_the_time_to_the_reader_or_asking_about_the_work_is_not_demanding(
    sentence: str,
) -> None:
    assert "demanding" not in rules(full_but(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Is there flexibility to work from home three days a week?",
        "I'd want a signing bonus to make the move.",
        "Will the company cover my certification fees?",
    ],
)
def test_a_perk_asked_about_or_costs_one_wants_met_are_self_focused(sentence: str) -> None:
    assert "self-focused" in rules(full_but(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Is there any chance the new hub opens before spring?",
        "Could the company cover the whole region with two vans?",
        "I helped design a flexible rota for forty drivers.",
    ],
)
def test_questions_about_the_work_itself_are_not_self_focused(sentence: str) -> None:
    assert "self-focused" not in rules(full_but(sentence))


ED_ROLE = "Medical Social Worker, Emergency Department"
ED_OPEN = f"Thank you for meeting with me about the {ED_ROLE} role."


@pytest.mark.parametrize(
    "concern",
    ["limited emergency department experience - all inpatient", "limited ED exp - all inpatient"],
)
def test_a_concern_in_the_role_s_own_words_is_answered_by_those_words(concern: str) -> None:
    answer = "On emergency department experience: I covered emergency department consults for two years."
    body = letter(f"{ED_OPEN} {answer} {INTEREST} {CLOSE}")
    assert "concern-not-addressed" not in rules(body, role=ED_ROLE, concerns=[concern])


@pytest.mark.parametrize(
    "concern",
    ["limited emergency department experience - all inpatient", "limited ED exp - all inpatient"],
)
def test_naming_the_role_alone_does_not_answer_a_concern_in_its_words(concern: str) -> None:
    body = letter(f"{ED_OPEN} I covered consults for two years, each day a new case. {INTEREST} {CLOSE}")
    assert "concern-not-addressed" in rules(body, role=ED_ROLE, concerns=[concern])


@pytest.mark.parametrize(
    "heading",
    [
        "March 3, 2026\n\nMs. Priya Raman\nEngineering Manager\nAcme Analytics\n123 Main St.\n"
        "Springfield, IL 62701",
        "RE: Data Engineer interview",
    ],
)
def test_a_heading_with_an_honorific_or_a_reference_line_comes_before_the_greeting(
    heading: str,
) -> None:
    body = f"{heading}\n\nDear Ms. Raman:\n\n{BODY}\n\nSincerely,\nJordan Lee"
    assert "missing-greeting" not in rules(body)


def test_a_reference_line_with_no_greeting_after_it_is_still_no_greeting() -> None:
    assert "missing-greeting" in rules(f"RE: Data Engineer interview\n\n{BODY}\n\nSincerely,\nJordan Lee")


@pytest.mark.parametrize(
    "sentence",
    [
        "I keep thinking about the forklift safety video.",
        "I was surprised to find out that the plant runs on solar.",
        "I would be excited to help roll out the new EHR system.",
        "I could help with the backlog of VAT returns right away.",
        "I think the mentoring circles for new managers are a great idea.",
        "I found the case study on late deliveries a lot of fun.",
    ],
)
def test_the_candidate_speaking_of_a_thing_of_the_reader_s_is_specific(sentence: str) -> None:
    body = letter(f"Thank you for meeting with me. {sentence} {CARRIER} {INTEREST} {CLOSE}")
    assert "not-specific" not in rules(body)


@pytest.mark.parametrize(
    "sentence",
    [
        "I keep thinking about my own time running returns at a parcel depot.",
        "I think the role would suit me.",
        "I could help with the team's goals.",
    ],
)
def test_the_candidate_s_own_background_or_a_generic_offer_stays_generic(sentence: str) -> None:
    body = letter(f"Thank you for meeting with me. {sentence} {CARRIER} {INTEREST} {CLOSE}")
    assert "not-specific" in rules(body)


@pytest.mark.parametrize(
    "sentence",
    [
        "Just checking in to see if there's any news.",
        "I know this is probably a silly question, but is the role still open?",
        "I apologize for any confusion during the interview.",
    ],
)
def test_checking_in_a_silly_question_or_confusion_in_the_interview_is_apologetic(
    sentence: str,
) -> None:
    assert "apologetic" in rules(full_but(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Your question about checking in parcels was a good one.",
        "I cleared up the confusion over the night rota at my last depot.",
    ],
)
def test_checking_in_parcels_or_confusion_cleared_is_not_apologetic(sentence: str) -> None:
    assert "apologetic" not in rules(full_but(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Please keep my resume on file.",
        "I hope we cross paths again.",
        "If anything opens up, I'd love to hear about it.",
        "I will keep applying to Acme.",
        "I hope there will be another opportunity to work together.",
    ],
)
def test_a_rejection_reply_keeps_the_door_open_as_a_file_a_path_or_a_new_application(
    sentence: str,
) -> None:
    body = letter(f"Thank you for letting me know. {sentence} Thank you again for your time.")
    assert "missing-interest" not in rules(body, kind="rejection-reply")


def test_being_glad_to_have_heard_about_it_is_no_close() -> None:
    body = letter(NO_CLOSE.format("Thank you for meeting me. I was glad to hear about it."))
    assert "missing-closing" in rules(body)


@pytest.mark.parametrize("word", ["allyship", "neurodiversity", "paraeducators", "intubation", "courseware"])
def test_more_workplace_words_are_spelled_right(word: str) -> None:
    body = letter(f"Thank you for showing me how the {word} work fits the Leeds returns hub. "
                  f"{CARRIER} {INTEREST} {CLOSE}")
    assert "spelling" not in rules(body)


def test_a_misspelt_workplace_word_is_still_caught() -> None:
    body = letter(f"Thank you for showing me how the allyshp work fits the Leeds returns hub. "
                  f"{CARRIER} {INTEREST} {CLOSE}")
    assert "spelling" in rules(body)


@pytest.mark.parametrize(
    "tail",
    [
        "Warmly,\nJordan Lee, MBA\nSenior Data Analyst\nGlobex Corp.",
        "Many thanks,\n\nJordan\n\n--\nJordan Lee | Data Engineer | 555-010-0199",
        "With appreciation,\nJordan Lee\n\nThis email and any attachments are confidential.",
    ],
)
def test_a_company_line_a_signature_rule_or_a_disclaimer_under_the_name_keeps_the_signoff(
    tail: str,
) -> None:
    assert "missing-signoff" not in rules(f"Dear Priya,\n\n{BODY}\n\n{tail}")


@pytest.mark.parametrize(
    "tail", ["Best regards,\n\n--\nThis email is confidential.", "I hope you enjoyed it.\n\nThis message is confidential."]
)
def test_a_disclaimer_under_no_name_is_still_no_signoff(tail: str) -> None:
    assert "missing-signoff" in rules(f"Dear Priya,\n\n{BODY}\n\n{tail}")


@pytest.mark.parametrize("greeting", ["To the Hiring Committee,", "Morning Priya,", "Evening Ms. Raman,"])
def test_a_committee_addressed_with_to_or_a_bare_time_of_day_is_a_greeting(greeting: str) -> None:
    found = rules(f"{greeting}\n\n{BODY}\n\nBest regards,\nJordan Lee")
    assert not {"missing-greeting", "wrong-recipient-name"} & found


def test_a_first_line_about_morning_shifts_is_no_greeting() -> None:
    found = rules(f"Morning shifts suit me well.\n\n{BODY}\n\nBest regards,\nJordan Lee")
    assert "missing-greeting" in found and "wrong-recipient-name" not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "I was struck by the camaraderie among the staff.",
        "I was impressed by the company's rapid growth.",
        "I enjoyed hearing about what makes the company unique.",
        "It was a pleasure to meet the two of you and all three interviewers.",
        "I enjoyed the second interview and the two roles we discussed.",
    ],
)
def test_camaraderie_growth_uniqueness_or_a_count_of_people_met_is_no_detail(sentence: str) -> None:
    body = letter(f"Thank you for meeting with me. {sentence} {CARRIER} {INTEREST} {CLOSE}")
    assert "not-specific" in rules(body)


@pytest.mark.parametrize(
    "sentence",
    [
        "I enjoyed learning how you schedule nurses across the three wards.",
        "It was good to hear how your two clinics share one front desk.",
    ],
)
def test_a_count_of_the_reader_s_things_is_a_detail(sentence: str) -> None:
    body = letter(f"Thank you for meeting with me. {sentence} {CARRIER} {INTEREST} {CLOSE}")
    assert "not-specific" not in rules(body)


@pytest.mark.parametrize(
    "sentence",
    [
        "Coming from a busy ER, I am used to fast decisions.",
        "I bring a decade of classroom experience.",
        "My recent role involved scheduling 40 drivers.",
        "I put myself through school waiting tables.",
        "I've done similar work for a regional bank.",
        "I was part of the team that launched the new app.",
        "I'm a Six Sigma Green Belt.",
        "I have a knack for calming upset customers.",
    ],
)
def test_a_background_told_in_other_words_is_a_qualification(sentence: str) -> None:
    body = letter(f"{WAREHOUSE} {sentence} I am very keen on the role. {CLOSE}")
    assert "missing-qualification" not in rules(body)


@pytest.mark.parametrize(
    "sentence",
    [
        "Coming from the train station, I found your office easily.",
        "I know you have done similar work for years.",
        "I was part of the conversation about the new app.",
    ],
)
def test_a_journey_the_reader_s_work_or_a_conversation_is_no_qualification(sentence: str) -> None:
    body = letter(f"{WAREHOUSE} {sentence} I am very keen on the role. {CLOSE}")
    assert "missing-qualification" in rules(body)


@pytest.mark.parametrize(
    "close",
    [
        "Thank you in advance for any update you can share.",
        "I will check back in two weeks if I haven't heard.",
        "If there's any additional information I can provide, I'm happy to.",
    ],
)
def test_thanks_for_an_update_to_come_checking_back_or_more_to_send_is_a_close(close: str) -> None:
    body = letter(NO_CLOSE.format("Thank you for meeting me.") + f" {close}")
    assert "missing-closing" not in rules(body)


def test_information_one_could_not_provide_is_no_close() -> None:
    body = letter(NO_CLOSE.format("Thank you for meeting me. I wish I had known more about the hub."))
    assert "missing-closing" in rules(body)


def test_an_invitation_to_join_one_s_network_is_no_detail() -> None:
    note = "Hi Marta, I came across your profile and would like to join your network. Thank you!"
    found = {f.rule for f in review(Message(note, kind="networking", channel="linkedin-invite",
                                            context=Context(candidate="Jordan Lee"))).findings}
    assert "not-specific" in found


def test_an_invitation_naming_a_talk_is_specific() -> None:
    note = "Hi Marta, I enjoyed your talk on offshore wind at the Oslo energy summit. Thanks!"
    found = {f.rule for f in review(Message(note, kind="networking", channel="linkedin-invite",
                                            context=Context(candidate="Jordan Lee"))).findings}
    assert "not-specific" not in found
