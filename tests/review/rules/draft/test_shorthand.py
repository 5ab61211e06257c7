from __future__ import annotations

import pytest

from afterword.review import Context, Message, ReviewOptions, review
from afterword.review.findings import Finding

RULE = "shorthand"


def hits(body: str, **context: object) -> list[Finding]:
    message = Message(body, context=Context(**context))  # type: ignore[arg-type]
    return review(message, ReviewOptions(select=frozenset({RULE}))).findings


def note(middle: str) -> str:
    return f"Dear Ms. Vega,\n\nThank you for the interview. {middle}\n\nBest regards,\nAna Ruiz"


@pytest.mark.parametrize(
    ("sentence", "flagged", "replacement"),
    [
        ("I bring 3 yrs of inpatient work.", "yrs", "years"),
        ("I worked w/ the discharge team.", "w/", "with"),
        ("I worked w/the discharge team.", "w/", "with"),
        ("No patient left w/o a plan.", "w/o", "without"),
        ("I asked b/c it matters to me.", "b/c", "because"),
        ("My mgr trusted me with the schedule.", "mgr", "manager"),
        ("I worked across the finance dept for two years.", "dept", "department"),
        ("My exp with Epic is recent.", "exp", "experience"),
        ("Exp with Epic is what I bring.", "Exp", "Experience"),
        ("I led a team of approx. 20 people.", "approx.", "approximately"),
        ("I can start on Thurs.", "Thurs", "Thursday"),
        ("I will send it tmrw.", "tmrw", "tomorrow"),
        ("I trained 12 new ppl last year.", "ppl", "people"),
        ("I have never worked in govt.", "govt", "government"),
        ("I was there for 6 wks and 2 mos.", "wks", "weeks"),
        ("I waited bc the team was busy.", "bc", "because"),
    ],
)
def test_flags_shorthand_with_its_written_form(sentence: str, flagged: str, replacement: str) -> None:
    body = note(sentence)
    found = hits(body)
    assert found, sentence
    first = found[0]
    assert first.start is not None and first.end is not None
    assert body[first.start : first.end] == flagged
    assert first.replacement == replacement


@pytest.mark.parametrize(
    ("sentence", "flagged", "fixed"),
    [
        ("I cut food cost 33.8 -> 29.6% last year.", " -> ", "I cut food cost 33.8 to 29.6% last year."),
        ("I cut food cost 33.8->29.6% last year.", "->", "I cut food cost 33.8 to 29.6% last year."),
        ("I carry a caseload of ~18 patients.", "~", "I carry a caseload of about 18 patients."),
        ("I trained in interviewing + de-escalation.", " + ", "I trained in interviewing and de-escalation."),
    ],
)
def test_signs_between_words_become_words(sentence: str, flagged: str, fixed: str) -> None:
    body = note(sentence)
    found = hits(body)
    assert len(found) == 1, [f.message for f in found]
    f = found[0]
    assert f.start is not None and f.end is not None and f.replacement is not None
    assert body[f.start : f.end] == flagged
    assert note(fixed) == body[: f.start] + f.replacement + body[f.end :]


def test_one_finding_per_shorthand() -> None:
    found = hits(note("I bring 3 yrs w/ a caseload of ~18 and 2 yrs as a lead."))
    assert [f.replacement for f in found] == ["years", "with", "about ", "years"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I bring three years of inpatient work with a caseload of about 18 patients.",
        "The EXP lab and the MOS program both impressed me.",  # acronyms in capitals
        "The drive-thru redesign was clever.",  # a compound
        "My C++ and C# background fits.",  # signs inside names
        "Chapter 2 + 3 of the manual were new to me.",  # digits: arithmetic, not a word
        "See acme.example/w/o-list for the list.",  # an address
        "Bring a cake for your team's wk-end party.",  # inside a compound
        "I read the w/e report you shared.",  # "w/e" has no single reading
        "The BC office and the HR team were welcoming.",  # "bc" counts in lower case only
        "Please use [insert w/ here] as you like.",  # inside a template slot
        "I look forward to the next step.",
    ],
)
def test_quiet_on_written_english(sentence: str) -> None:
    assert hits(note(sentence)) == []


def test_signature_block_is_not_running_text() -> None:
    body = (
        "Dear Ms. Vega,\n\nThank you for the interview.\n\nBest regards,\nAna Ruiz\n"
        "Social Worker, 5 yrs w/ Community West\nana@mail.example"
    )
    assert hits(body, candidate="Ana Ruiz") == []


def test_names_from_the_context_are_not_shorthand() -> None:
    body = note("I admire how Exp Realty trains its agents.")
    assert hits(body, company="Exp Realty") == []
    assert [f.replacement for f in hits(body)] == ["Experience"]
