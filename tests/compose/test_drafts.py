"""The composer on the bundled examples and on generated records (hypothesis)."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from afterword.compose import phrasing
from afterword.compose.drafts import WORD_BUDGET, compose
from afterword.compose.facts import Candidate, Concern, Facts, Person, from_file
from afterword.compose.service import review_drafts
from afterword.config import Config
from afterword.model.interview_file import parse_interview_text
from afterword.review.registry import get_rule
from tests.conftest import EXAMPLES

JORDAN = Candidate("Jordan Lee", "jordan.lee@example.com", "+1 555 0100")
LIMITS = {"email": 200, "handwritten": 100, "linkedin-message": 150}


def _config(tmp_path: Path) -> Config:
    return Config(tmp_path / "config.toml")


def _example(name: str) -> Facts:
    path = EXAMPLES / name
    parsed = parse_interview_text(path.read_text(), source=str(path), default_zone="UTC")
    return from_file(parsed, JORDAN)


def _blocking(composed) -> list[str]:
    """Non-timing warnings and errors: what must not be in a finished draft."""
    return [f"{f.rule}: {f.message}" for f in composed.report.findings
            if f.severity != "info" and get_rule(f.rule).family != "timing"]


def _within_channel(draft) -> bool:
    if draft.channel == "linkedin-invite":
        return len(draft.body) <= 200
    return len(draft.body.split()) <= LIMITS[draft.channel]


EXAMPLE_FILES = sorted(p.name for p in EXAMPLES.glob("*.toml"))


@pytest.mark.parametrize("name", EXAMPLE_FILES)
@pytest.mark.parametrize("kind", ["thank-you", "follow-up", "rejection-reply", "networking"])
def test_every_example_gives_finished_drafts_that_pass_review(name, kind, tmp_path) -> None:
    facts = _example(name)
    composed = review_drafts(facts, compose(facts, kind=kind), _config(tmp_path))
    assert composed
    for item in composed:
        assert _blocking(item) == [], item.draft.body
        assert _within_channel(item.draft)
        # Only a missing address may leave a note unfinished in the examples.
        assert all("address" in reason for reason in item.incomplete), item.incomplete


def test_each_interviewer_gets_their_own_channel_and_a_distinct_note() -> None:
    facts = _example("harbor-panel.toml")
    drafts = compose(facts)
    assert [d.channel for d in drafts] == ["handwritten", "email", "linkedin-message"]
    assert drafts[0].subject is None and drafts[1].subject
    bodies = [set(re.findall(r"\w+", d.body.lower())) for d in drafts]
    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            overlap = len(bodies[i] & bodies[j]) / len(bodies[i] | bodies[j])
            assert overlap < 0.8


def test_the_same_record_gives_the_same_drafts_and_a_variant_another_wording() -> None:
    facts = _example("acme-data-engineer.toml")
    first = [d.body for d in compose(facts)]
    assert [d.body for d in compose(facts)] == first
    other = [d.body for d in compose(facts, variant=1)]
    assert other != first and all(o != f for o, f in zip(other, first, strict=True))


def test_channel_override_and_group_note() -> None:
    facts = _example("acme-data-engineer.toml")
    invites = compose(facts, channel="linkedin-invite")
    assert all(len(d.body) <= 200 and d.subject is None for d in invites)
    group = compose(facts, group=True)
    assert len(group) == 1
    assert group[0].body.startswith("Dear Priya and Tomás,")
    assert group[0].to_email == "priya.raman@acme-analytics.example"


def test_a_panel_nobody_can_be_reached_gets_one_note_for_the_recruiter() -> None:
    facts = _example("acme-data-engineer.toml")
    people = tuple(Person(p.name, position=p.position, topics=p.topics) for p in facts.people)
    drafts = compose(Facts(**{**facts.__dict__, "people": people}))
    assert len(drafts) == 1 and drafts[0].to_email == "dana.whitfield@acme-analytics.example"


def test_follow_up_references_the_date_and_timeframe() -> None:
    facts = _example("acme-data-engineer.toml")
    [follow_up] = compose(facts, kind="follow-up")
    assert follow_up.to_name == "Priya Raman"
    assert "Monday 2 March" in follow_up.body
    # The date the timeframe ("within two weeks") resolves to, never the jotted words.
    assert "a decision was expected by 16 March" in follow_up.body
    assert "within two weeks" not in follow_up.body


def test_missing_facts_are_asked_for_not_invented() -> None:
    facts = Facts(company="Globex", role="Analyst", start=datetime(2026, 3, 2, 14, tzinfo=UTC),
                  end=datetime(2026, 3, 2, 15, tzinfo=UTC), timezone="UTC",
                  people=(Person("Priya Raman", email="p@globex.example"),),
                  candidate=JORDAN, concerns=(Concern("limited SQL"),))
    [draft] = compose(facts)
    reasons = " ".join(draft.incomplete)
    assert "Topics: add something you discussed with Priya" in reasons
    assert "Your qualifications: add one thing you did or hold" in reasons
    # A concern without an answer is for the record to finish, not one note.
    assert "limited SQL" in " ".join(draft.record_todo)
    assert "{" not in draft.body and "[" not in draft.body


# -- generated records -----------------------------------------------------------------------

FIRST = ["Priya", "Siobhán", "José María", "Zoë", "Seán", "Nguyễn", "Anne-Marie", "Kwame",
         "Ólafur", "D'Arcy", "Łukasz", "Amélie"]
LAST = ["O'Brien", "Raman", "García-López", "Müller", "D'Angelo", "Nwosu", "van der Berg",
        "Ødegaard", "MacLeod", "Smith"]
COMPANIES = ["Acme Analytics", "Procter & Gamble", "Hollis & Vane", "St. Brendan's Regional Hospital",
             "Greater Northern Consolidated Rail & Freight Logistics Holdings", "Wren & Pike",
             "Crumb & Co.", "Initech"]
ROLES = ["Data Engineer", "Registered Nurse", "Project Coordinator", "Senior Product Designer",
         "Site Reliability Engineer", "Marketing Coordinator"]
TOPICS = ["the migration to Kubernetes", "the new patient intake process", "quarterly planning",
          "the library renovation in Leeds", "on-call rotation", "the mobile app roadmap",
          "supplier onboarding", "the accessibility audit", "coordinating consultants across "
          "time zones", "data quality checks"]
QUALIFICATIONS = ["cut the nightly batch window from six hours to ninety minutes",
                  "five years of production Python", "led a team of 6 nurses on night shifts",
                  "grew newsletter sign-ups by 40% in one year",
                  "delivered 12 projects on time and under budget",
                  "three years of supplier negotiations"]
CONCERNS = [("limited Go experience", "I have started porting one of my tools to Go."),
            ("no experience with Revit", "I use ArchiCAD daily and have begun a Revit course."),
            ("relocation timing", None),
            ("managing a larger budget", "I managed a budget of 2 million dollars last year.")]

people = st.builds(
    lambda first, last, channel, email, topics: Person(
        name=f"{first} {last}", channel=channel,
        email=f"{abs(hash(first + last)) % 997}@example.com" if email else None,
        linkedin="https://www.linkedin.com/in/example" if channel.startswith("linkedin") else None,
        topics=tuple(topics)),
    st.sampled_from(FIRST), st.sampled_from(LAST),
    st.sampled_from(["email", "handwritten", "linkedin-message", "linkedin-invite"]),
    st.booleans(), st.lists(st.sampled_from(TOPICS), max_size=2, unique=True))

records = st.builds(
    lambda company, role, persons, topics, quals, concerns, values: Facts(
        company=company, role=role, start=datetime(2026, 3, 2, 14, tzinfo=UTC),
        end=datetime(2026, 3, 2, 14, tzinfo=UTC) + timedelta(hours=1), timezone="UTC",
        people=tuple(Person(**{**p.__dict__, "position": n}) for n, p in enumerate(persons)),
        candidate=JORDAN, topics=tuple(topics), qualifications=tuple(quals),
        concerns=tuple(Concern(c, a) for c, a in concerns), values=values,
        timeframe="within two weeks", timeframe_days=14,
        other_companies=("Globex",), other_roles=("Account Executive",)),
    st.sampled_from(COMPANIES), st.sampled_from(ROLES),
    st.lists(people, min_size=1, max_size=6, unique_by=lambda p: p.name),
    st.lists(st.sampled_from(TOPICS), max_size=3, unique=True),
    st.lists(st.sampled_from(QUALIFICATIONS), max_size=2, unique=True),
    st.lists(st.sampled_from(CONCERNS), max_size=3, unique=True),
    st.sampled_from([None, "Care for every patient as family.", "Build things that last."]))


def _vocabulary(facts: Facts) -> set[str]:
    """Every word the draft may use: the record's words and the wordings' own."""
    texts = [facts.company, facts.role, facts.values or "", facts.timeframe or "",
             facts.recruiter_name or "", *facts.topics, *facts.qualifications,
             *(c.concern + " " + (c.answer or "") for c in facts.concerns),
             facts.candidate.name or "", facts.candidate.email or "", facts.candidate.phone or "",
             "Monday 2 March"]
    for p in facts.people:
        texts += [p.name, *p.topics]
    for name in dir(phrasing):
        value = getattr(phrasing, name)
        if isinstance(value, tuple) and value and isinstance(value[0], str):
            texts += value
        if isinstance(value, str):
            texts.append(value)
    from afterword.compose import bridges, fragments, thanks
    from afterword.compose import drafts as drafts_module

    # The wordings live in these modules too (the panel's "Thank you both", rapport frames,
    # the bridges from a qualification to the topic it fits: "With your goal in mind").
    for module in (drafts_module, thanks, fragments, bridges):
        path = Path(module.__file__ or "")
        # A package's wordings are spread over its modules.
        files = sorted(path.parent.glob("*.py")) if path.name == "__init__.py" else [path]
        texts += [f.read_text() for f in files]
    return {w.lower() for t in texts for w in re.findall(r"[^\W_]+", t)}


# A case a CI run drew: three readers of one first name, two on an invitation, with nothing
# specific in the record: their invitations must still differ.
_PRIYAS = Facts(
    company="Acme Analytics", role="Data Engineer", start=datetime(2026, 3, 2, 14, tzinfo=UTC),
    end=datetime(2026, 3, 2, 15, tzinfo=UTC), timezone="UTC", candidate=JORDAN,
    people=(Person("Priya O'Brien", position=0),
            Person("Priya Raman", position=1, channel="linkedin-invite",
                   linkedin="https://www.linkedin.com/in/example"),
            Person("Priya García-López", position=2, channel="linkedin-invite",
                   linkedin="https://www.linkedin.com/in/example")),
    timeframe="within two weeks", timeframe_days=14,
    other_companies=("Globex",), other_roles=("Account Executive",))


@settings(deadline=None, max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(record=records, kind=st.sampled_from(["thank-you", "follow-up", "networking"]))
@example(record=_PRIYAS, kind="thank-you")
@example(record=_PRIYAS, kind="networking")
def test_generated_records_give_finished_or_explained_drafts_of_known_facts(
    record: Facts, kind: str, tmp_path_factory
) -> None:
    config = Config(tmp_path_factory.mktemp("cfg") / "config.toml")
    composed = review_drafts(record, compose(record, kind=kind), config)
    vocabulary = _vocabulary(record)
    for item in composed:
        draft = item.draft
        assert _blocking(item) == [] or item.incomplete, draft.body
        assert _within_channel(draft) or item.incomplete
        invented = {w for w in re.findall(r"[^\W_]+", draft.body.lower())} - vocabulary
        assert not invented, f"words not from the record: {invented}"
    if kind == "thank-you" and len(composed) > 1:
        assert len({c.draft.body for c in composed}) == len(composed)


def test_word_budgets_are_within_the_review_limits() -> None:
    assert WORD_BUDGET["email"] <= 250 and WORD_BUDGET["handwritten"] <= 120
    assert WORD_BUDGET["linkedin-message"] <= 150
