from __future__ import annotations

from afterword.review import Context, Message, review
from afterword.review.findings import Finding, Severity

RULE = "wrong-role"


def hits(body: str, subject: str | None = None, **ctx: object) -> list[Finding]:
    message = Message(body, subject=subject, context=Context(**ctx))  # type: ignore[arg-type]
    return [f for f in review(message).findings if f.rule == RULE]


def note(middle: str) -> str:
    return (
        "Dear Ms. Varga,\n\nThank you for meeting with me yesterday. I appreciated your "
        f"honesty about the staffing on nights.\n\n{middle}\n\nKind regards,\nTheresa Mbatha"
    )


NURSE = {"role": "Staff Nurse", "other_roles": ("Charge Nurse", "Nurse Educator")}


def test_another_role_named() -> None:
    body = note("I am excited about the Charge Nurse position on 4 West.")
    [f] = hits(body, **NURSE)
    assert f.severity is Severity.WARNING
    assert body[f.start : f.end] == "Charge Nurse"
    assert f.replacement == "Staff Nurse"


def test_lower_case_role_followed_by_a_job_word() -> None:
    assert hits(note("I am excited about the charge nurse role on 4 West."), **NURSE)


def test_another_role_in_the_subject() -> None:
    [f] = hits(note("I would be proud to join the team."), "Nurse Educator interview", **NURSE)
    assert f.field == "subject"


def test_past_titles_are_not_the_role_applied_for() -> None:
    for middle in (
        "In my four years as a charge nurse I learned to run a floor at night.",
        "My former Charge Nurse taught me to precept new graduates.",
        "I worked as a Charge Nurse at Mercy for two years.",
    ):
        assert not hits(note(middle), **NURSE), middle


def test_other_role_inside_the_right_one() -> None:
    ctx = {"role": "Front Office Manager", "other_roles": ("Office Manager",)}
    assert not hits(note("I am very excited about the Front Office Manager role."), **ctx)
    assert not hits(note("As assistant front office manager I trained 14 agents."), **ctx)


def test_a_shortening_of_the_right_role_is_never_flagged() -> None:
    ctx = {"role": "Senior Data Engineer", "other_roles": ("Data Engineer",)}
    assert not hits(note("I would love to join as your Data Engineer."), **ctx)


def test_right_role_containing_part_of_other_role_name() -> None:
    ctx = {"role": "Product Manager", "other_roles": ("Product Marketing Manager",)}
    assert not hits(note("I am very excited about the Product Manager role."), **ctx)
    assert hits(note("I am very excited about the Product Marketing Manager role."), **ctx)


def test_without_role_in_context_still_flags_the_other_role() -> None:
    [f] = hits(note("I would love to be your Charge Nurse."), other_roles=("Charge Nurse",))
    assert f.replacement is None


def test_silent_without_other_roles() -> None:
    assert not hits(note("I am excited about the Charge Nurse position."), role="Staff Nurse")


def test_other_role_inside_a_longer_title() -> None:
    ctx = {"role": "Data Scientist", "other_roles": ("Analyst",)}
    assert not hits(note("I spent two years as a Senior Business Analyst at Globex."), **ctx)
    assert not hits(note("My manager, a Business Analyst Lead, taught me SQL."), **ctx)
    assert hits(note("I am excited about the Analyst position on your team."), **ctx)
