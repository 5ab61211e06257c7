"""Each note of a panel its own: shapes that differ by angle and turn, no sentence pointing at
nothing, a different achievement per reader, and rapport in frames that differ."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from afterword.compose import thanks as th
from afterword.compose.drafts import compose
from afterword.compose.facts import Candidate, Facts, Person, from_file
from afterword.model.interview_file import parse_interview_text

ROOT = Path(__file__).resolve().parents[2]
JORDAN = Candidate(name="Jordan Lee", email="jordan.lee@example.com")
RECORDS = sorted([*(ROOT.parent / "shared" / "corpus" / "records").glob("*.toml"),
                  *Path(__file__).with_name("records").glob("*.toml"),
                  *(ROOT / "examples" / "jotted").glob("*.toml")])


def record_facts(record: Path) -> Facts:
    """A jotted record's facts, as `afterword draft FILE` reads them."""
    parsed = parse_interview_text(record.read_text(encoding="utf-8"), source=record.name,
                                  default_zone="UTC")
    return from_file(parsed, JORDAN)


def _panel(n: int = 4, **changes: object) -> Facts:
    people = tuple(
        Person(name=name, position=k, email=f"{name.split()[0].lower()}@acme.example",
               topics=topics, rapport=rapport)
        for k, (name, topics, rapport) in enumerate([
            ("Priya Raman", ("the move to Kubernetes", "her plan for an on-call rotation"),
             "both ran the Chicago marathon"),
            ("Tom Ortega", ("data quality checks in dbt", "the nightly batch window"),
             "both from Galway"),
            ("Ana Silva", ("the reporting backlog", "her plan to hire two analysts"),
             "both did our masters at Leeds"),
            ("Ben Cole", ("customer reporting", "streaming ingestion"), None),
        ][:n]))
    base = dict(
        company="Acme Analytics", role="Data Engineer",
        start=datetime(2026, 3, 5, 14, tzinfo=UTC), end=datetime(2026, 3, 5, 15, tzinfo=UTC),
        timezone="UTC", people=people, candidate=JORDAN,
        values="'Build things that last' - on their careers page",
        topics=("the data platform roadmap",),
        qualifications=("cut the nightly batch window from six hours to ninety minutes",
                        "five years of production Python and Scala",
                        "built dbt tests that caught 40 data quality bugs in a quarter",
                        "led the move of 30 dashboards to the new warehouse"))
    base.update(changes)
    return Facts(**base)  # type: ignore[arg-type]


def _paragraphs(body: str) -> list[str]:
    """The running text's paragraphs: without the greeting and the sign-off block."""
    paras = body.split("\n\n")
    return paras[1:-1]


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]


def _shape(body: str) -> tuple[int, ...]:
    return tuple(len(_sentences(p)) for p in _paragraphs(body))


def test_notes_with_the_same_angle_take_different_shapes() -> None:
    drafts = compose(_panel())
    by_angle: dict[str, list[str]] = {}
    for draft in drafts:
        by_angle.setdefault(draft.angle or "", []).append(draft.body)
    pairs = [bodies for bodies in by_angle.values() if len(bodies) > 1]
    assert pairs, [d.angle for d in drafts]
    for bodies in pairs:
        assert len({_shape(b) for b in bodies}) == len(bodies), [_shape(b) for b in bodies]


def test_no_two_notes_of_a_panel_share_a_sentence() -> None:
    drafts = compose(_panel())
    seen: dict[str, str] = {}
    for draft in drafts:
        for para in _paragraphs(draft.body):
            for sentence in _sentences(para):
                assert seen.get(sentence, draft.to_name) == draft.to_name, sentence
                seen[sentence] = draft.to_name


def test_each_reader_hears_of_a_different_achievement_when_the_record_holds_enough() -> None:
    facts = _panel()
    drafts = compose(facts)
    keys = ("ninety minutes", "Python", "40 data quality bugs", "30 dashboards")
    # The first achievement each note names (in the order the note says them).
    led = [min((d.body.index(k), k) for k in keys if k in d.body)[1] for d in drafts]
    assert len(set(led)) == len(led), led


def test_the_achievement_that_fits_the_reader_s_topics_leads_their_note() -> None:
    people = list(_panel().people)
    # A topic too rough to name still says what matters to the reader.
    people[1] = Person(name="Tom Ortega", position=1, email="tom@acme.example",
                       topics=("the budget process", "he wants someone who actually ships tests"))
    facts = _panel(people=tuple(people), qualifications=(
        "five years of production Python and Scala",
        "cut the nightly batch window from six hours to ninety minutes",
        "built dbt tests that caught 40 data quality bugs in a quarter"))
    tom = compose(facts)[1]
    lead = min((tom.body.index(k), k) for k in ("Python", "ninety", "40 data") if k in tom.body)
    assert lead[1] == "40 data", tom.body


def test_rapport_frames_differ_from_one_note_to_the_next() -> None:
    drafts = compose(_panel(3))
    frames = {re.search(r"(It was good to find|I was glad to discover|I was pleased"
                        r" to learn) that we", d.body).group(1)  # type: ignore[union-attr]
              for d in drafts}
    assert len(frames) == 3


# Sentences that refer back to the one before: never the first of a paragraph.
LEANING = re.compile(r"^(?:It is close|That connects|Beyond that|On top of that|I also |"
                     r"I valued .* as well)")


@pytest.mark.parametrize("record", RECORDS, ids=lambda p: p.stem)
def test_no_paragraph_opens_on_a_sentence_pointing_back_at_nothing(record: Path) -> None:
    facts = record_facts(record)
    for variant in range(3):
        for draft in compose(facts, variant=variant):
            for para in _paragraphs(draft.body):
                assert not LEANING.match(para), (draft.to_name, para)


def test_a_sentence_whose_antecedent_is_cut_says_it_plainly() -> None:
    parts = th.Parts()
    thanks = th.S("Thank you for our talk about the batch window.", th.SECOND_TOPIC)
    parts.add(thanks, th.S("It is close to my own experience: I cut it to ninety minutes.",
                           th.KEEP, leans=thanks,
                           alone="I cut a batch window to ninety minutes."))
    long = parts.render("Dear Priya,", "Best,\nJordan", limit=100)
    assert "It is close" in long
    cut = parts.render("Dear Priya,", "Best,\nJordan", limit=8)
    assert "It is close" not in cut and "I cut a batch window to ninety minutes." in cut


def test_a_leaning_sentence_without_a_stand_alone_wording_goes_with_its_antecedent() -> None:
    parts = th.Parts()
    first = th.S("I cut the batch window to ninety minutes.", th.EXTRA_FIT + 1)
    parts.add(th.S("Thank you."), first, th.S("Beyond that, I know dbt.", th.EXTRA_FIT + 2,
                                              leans=first))
    body = parts.render("Dear Priya,", "Best,\nJordan", limit=8)
    assert "Beyond that" not in body


def test_two_topics_are_joined_in_one_thanks_only_when_neither_has_its_own_and() -> None:
    facts = _panel(3)
    ana = compose(facts)[2]
    assert "the reporting backlog and your plan to hire two analysts" in ana.body
    people = list(facts.people)
    people[2] = Person(name="Ana Silva", position=2, email="ana@acme.example",
                       topics=("ICU orientation and the sim lab", "her residency program"))
    ana = compose(_panel(3, people=tuple(people)))[2]
    assert " and the sim lab and " not in ana.body
    assert "your residency program" in ana.body


def test_invitations_to_two_readers_with_the_same_first_name_differ() -> None:
    people = tuple(Person(name=name, position=k, channel="linkedin-invite",
                          linkedin="https://www.linkedin.com/in/example")
                   for k, name in enumerate(["Siobhán Raman", "Ana Cole", "Tom Ruiz",
                                             "Siobhán O'Brien"]))
    bodies = [d.body for d in compose(_panel(people=people, topics=()))]
    assert len(set(bodies)) == len(bodies), bodies


@pytest.mark.parametrize("record", RECORDS, ids=lambda p: p.stem)
def test_no_sentence_is_word_for_word_in_two_notes_of_a_recorded_panel(record: Path) -> None:
    drafts = compose(record_facts(record))
    seen: dict[str, str] = {}
    for draft in drafts:
        for para in _paragraphs(draft.body):
            for sentence in _sentences(para):
                if len(sentence.split()) > 4:
                    assert seen.setdefault(sentence, draft.to_name) == draft.to_name, sentence


def test_a_note_without_a_topic_of_its_own_leads_with_one_no_colleague_led_with() -> None:
    people = list(_panel(3).people)
    # Ana's own topics cannot be named; the interview's two topics are left to her.
    people[2] = Person(name="Ana Silva", position=2, email="ana@acme.example")
    facts = _panel(3, people=tuple(people),
                   topics=("the move to Kubernetes", "the quarterly roadmap review"))
    ana = compose(facts)[2]
    assert "the quarterly roadmap review" in ana.body.split("\n\n")[1], ana.body


def test_the_interview_s_topics_do_not_decide_which_achievement_fits_a_reader() -> None:
    people = list(_panel(2).people)
    people[0] = Person(name="Priya Raman", email="p@acme.example",
                       topics=("her 'one version of the truth' push", "the nightly batch window"))
    facts = _panel(2, people=tuple(people), topics=("dbt tests for data quality",),
                   qualifications=("built dbt tests that caught 40 data quality bugs",
                                   "cut the nightly batch window from six hours to ninety minutes"))
    priya, other = compose(facts)
    # Two achievements for two notes: each its own, Priya's the one that fits her topics.
    assert "ninety minutes" in priya.body and "40 data quality" not in priya.body, priya.body
    assert "40 data quality" in other.body and "ninety minutes" not in other.body, other.body


def test_a_qualification_frame_is_used_once_in_a_panel() -> None:
    tails = ("and I would bring that experience to your team", "that experience is directly "
             "relevant here", "and I would put that experience to work for your team")
    for variant in range(3):
        bodies = [d.body for d in compose(_panel(), variant=variant)]
        for tail in tails:
            assert sum(tail in body for body in bodies) <= 1, (tail, bodies)
