from __future__ import annotations

from afterword.review import Context, Message, review
from afterword.review.findings import Finding, Severity

RULE = "wrong-company"


def hits(body: str, subject: str | None = None, **ctx: object) -> list[Finding]:
    message = Message(body, subject=subject, context=Context(**ctx))  # type: ignore[arg-type]
    return [f for f in review(message).findings if f.rule == RULE]


def note(middle: str) -> str:
    return (
        "Dear Ms. Alvarez,\n\nThank you for the interview this morning. I enjoyed hearing "
        f"about your plans for the spring season.\n\n{middle}\n\nBest regards,\nJordan Lee"
    )


OTHERS = {"company": "Redline Couriers", "other_companies": ("Blue Harbor Logistics", "Globex")}


def test_another_application_named_in_the_body() -> None:
    body = note("I would be excited to bring my experience to Blue Harbor Logistics.")
    [f] = hits(body, **OTHERS)
    assert f.severity is Severity.ERROR
    assert body[f.start : f.end] == "Blue Harbor Logistics"
    assert f.replacement == "Redline Couriers"


def test_possessive_and_short_form_of_another_company() -> None:
    body = note("Globex's approach to routing is one I admire, and I would love to help.")
    [f] = hits(body, **OTHERS)
    assert body[f.start : f.end] == "Globex"


def test_legal_suffix_is_optional() -> None:
    body = note("I would love to bring that experience to Summit Trail.")
    assert hits(body, company="Norrland Outdoor Gear", other_companies=("Summit Trail Co.",))


def test_and_for_ampersand() -> None:
    body = note("I would be proud to join the Crumb and Co. bakers.")
    assert hits(body, company="Hearthstone Bakery", other_companies=("Crumb & Co.",))


def test_another_company_in_the_subject() -> None:
    [f] = hits(note("I am keen to join Redline Couriers."), "Dispatch role - Globex", **OTHERS)
    assert f.field == "subject"


def test_common_word_company_in_lower_case_is_prose() -> None:
    ctx = {"company": "Norrland Outdoor Gear", "other_companies": ("Target", "Square", "Apple")}
    body = note(
        "Your goal gives the team an ambitious target, and I would square it with an apple "
        "a day. I am very interested in joining Norrland Outdoor Gear."
    )
    assert not hits(body, **ctx)
    assert hits(note("I learned a lot in my interview at Target last week."), **ctx)


def test_other_company_inside_the_right_company_name_is_not_flagged() -> None:
    body = note("I am very keen to join Acme Analytics, and Acme's team impressed me.")
    assert not hits(body, company="Acme Analytics", other_companies=("Acme",))


def test_misspelled_company_name() -> None:
    body = note("I am confident I would be a strong addition to Proctor & Gamble.")
    [f] = hits(body, company="Procter & Gamble")
    assert body[f.start : f.end] == "Proctor & Gamble"
    assert f.replacement == "Procter & Gamble"


def test_misspelled_short_form_of_the_company() -> None:
    body = note("I would be thrilled to join Morison & Finch.")
    [f] = hits(body, company="Morrison & Finch Foods")
    assert f.replacement == "Morrison & Finch"


def test_misspelled_second_word() -> None:
    assert hits(note("I would love to join Acme Analitics."), company="Acme Analytics")


def test_misspelled_one_word_company() -> None:
    assert hits(note("I would love to help Parcelpiont grow."), company="Parcelpoint")


def test_right_company_in_its_many_forms_is_fine() -> None:
    ctx = {"company": "St. Brendan's Regional Hospital"}
    assert not hits(note("I am very interested in joining St. Brendan's."), **ctx)
    assert not hits(note("St. Brendan's Regional Hospital's nurses impressed me."), **ctx)
    assert not hits(note("I would be glad to join AT&T."), company="AT&T")
    assert not hits(
        note("Procter and Gamble's brands are ones I grew up with."), company="Procter & Gamble"
    )
    assert not hits(note("I toured the Alder Hotel's lobby."), company="The Alder Hotel")
    assert not hits(note("I would love to join Pennant Lab."), company="Pennant Labs")


def test_names_close_to_the_company_but_known_from_the_context_are_fine() -> None:
    body = note("Brendan Industrial's plant tour with Brendan was a highlight.")
    assert hits(body, company="Brennan Industrial")
    assert not hits(
        note("Thank you, Brendan, for the plant tour at Brennan Industrial."),
        company="Brennan Industrial",
        dictionary=("Brendan",),
    )


def test_a_past_employer_that_is_not_in_the_context_is_fine() -> None:
    body = note("At Granite Peak Supply I grew my territory by 70%.")
    assert not hits(body, company="Norrland Outdoor Gear", other_companies=("Summit Trail Co.",))


def test_one_word_company_at_a_sentence_start_is_not_guessed() -> None:
    assert not hits(note("Strive for the best, as your team does."), company="Stripe")


def test_silent_without_context() -> None:
    assert not hits(note("I would love to join Blue Harbor Logistics."))


def test_one_word_company_inside_a_hyphenated_word() -> None:
    ctx = {"company": "Lattice Health", "other_companies": ("Meta",)}
    assert not hits(note("Your Meta-analysis of readmissions impressed me."), **ctx)
    assert hits(note("I also spoke with Meta last week, but I want to join you."), **ctx)


def test_common_word_company_opening_a_sentence_is_read_as_the_word() -> None:
    ctx = {"company": "Norrland Outdoor Gear", "other_companies": ("Target", "Globex")}
    assert not hits(note("Target dates for the launch slipped, and I helped recover them."), **ctx)
    assert hits(note("Globex was my first interview this week, but yours stood out."), **ctx)
    assert hits(note("I also interviewed at Target this week."), **ctx)


def test_one_word_company_inside_a_longer_name() -> None:
    ctx = {"company": "Square One Bistro", "other_companies": ("Chase",)}
    assert not hits(note("I can see why the Chase Street location does so well."), **ctx)
    assert hits(note("I also spoke with Chase Group about a similar role."), **ctx)
    assert hits(note("I would love to bring that to Chase."), **ctx)
