"""Each note its own (issue 13, item 4): no sentence in two notes of one record (a panel's
thank-yous and the networking notes that follow them), no stock line any note could hold,
the line of interest tied to the reader's plan by what it does, and a thank-you's subject
that names the role. Records in `data/rapport_records/` were written for these properties
(a panel each, with rapport of several kinds); the jotted records beside them are read too."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from afterword.compose.drafts import compose
from afterword.compose.facts import Candidate, from_file
from afterword.model.interview_file import parse_interview_text

HERE = Path(__file__).parent
OWN = sorted((HERE / "data" / "rapport_records").glob("*.toml"))
SHARED = HERE.parents[1].parent / "shared" / "corpus" / "records"  # beside the repository
RECORDS = OWN + sorted((HERE / "records").glob("*.toml")) + (
    sorted(SHARED.glob("*.toml")) if SHARED.is_dir() else [])
JORDAN = Candidate(name="Jordan Lee", email="jordan.lee@example.com")

# Lines any note could hold, which a coach marks as stock.
STOCK = re.compile(r"(?i)the interview left me all the more eager|I hope we can speak again soon|"
                   r"I look forward to following your work|where the field is heading|"
                   r"\bthe (?:plan|goal|aim) you described\b|"
                   r"I remain very interested in the role(?! at)")


def _facts(path: Path):  # type: ignore[no-untyped-def]
    parsed = parse_interview_text(path.read_text(encoding="utf-8"), source=path.name,
                                  default_zone="UTC")
    return from_file(parsed, JORDAN)


def _sentences(body: str) -> list[str]:
    text = " ".join(body.split("\n")[1:-3])  # past the greeting, before the signature
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\u201c])", text)
            if len(s.split()) >= 6]


@pytest.mark.parametrize("record", RECORDS, ids=lambda p: p.stem)
def test_no_sentence_in_two_notes_of_a_record_and_no_stock_line(record: Path) -> None:
    facts = _facts(record)
    notes = [*compose(facts, kind="thank-you"), *compose(facts, kind="networking")]
    seen: dict[str, str] = {}
    for note in notes:
        for sentence in _sentences(note.body):
            assert sentence not in seen, (sentence, seen.get(sentence), note.to_name)
            seen[sentence] = note.to_name or ""
            assert not STOCK.search(sentence), sentence


@pytest.mark.parametrize("record", OWN, ids=lambda p: p.stem)
def test_a_topic_subject_names_the_role(record: Path) -> None:
    facts = _facts(record)
    role = facts.role.split(" (")[0]
    for note in compose(facts, kind="thank-you"):
        assert note.subject and (role in note.subject or "Thank you, " in note.subject), \
            note.subject


def test_rapport_of_each_kind_reaches_its_readers_note() -> None:
    """The panel's rapport lines: service as the place and year, a moan shared with a
    fellow fan, a recognition as a familiar face, a school with the teacher we both had,
    a place jotted in Tagalog, someone we both know with their greeting passed on."""
    said = {}
    for record in OWN:
        for note in compose(_facts(record), kind="thank-you"):
            said[note.to_name] = note.body
    assert "we were both at Catterick in 2006" in said["Graham Pollitt"]
    assert "fellow Sunderland fan about the derby" in said["Leanne Ward"]
    assert "familiar face from Jesmond" in said["Tariq Hussain"]
    assert "chippy" not in said["Tariq Hussain"]
    assert "fellow VCC graduate, and to find that Mrs. Alvarez taught us both radiography" \
        in said["Dr. Hannah Liu"]
    assert "both from Iloilo" in said["Marites Dela Cruz"]
    assert "you know my former supervisor at Coastline Family Dental; I will pass on your " \
        "regards" in said["Ben Okoro"]


def test_a_plan_is_said_by_what_it_does() -> None:
    facts = _facts(HERE / "data" / "rapport_records" / "fleet-planner.toml")
    graham = next(n for n in compose(facts, kind="thank-you") if n.to_name == "Graham Pollitt")
    assert re.search(r"(?i)help(?:ing)? (?:to )?open (?:a|that) cross-dock", graham.body), graham.body


@pytest.mark.parametrize("record", OWN, ids=lambda p: p.stem)
def test_the_close_to_the_one_who_replies_looks_to_the_records_own_time(record: Path) -> None:
    """The point of contact's close says when the candidate looks forward to hearing (from
    the record's timeframe); no other note of the panel says it."""
    facts = _facts(record)
    notes = compose(facts, kind="thank-you")
    timed = [n.to_name for n in notes if re.search(r"hearing from you (?:around|early|by|"
                                                   r"towards|some time|in the week)", n.body)]
    contact = next(p.name for p in facts.people if p.point_of_contact)
    assert timed == [contact], timed


@pytest.mark.parametrize("record", OWN, ids=lambda p: p.stem)
def test_a_late_note_does_not_look_forward_to_a_time_already_past(record: Path) -> None:
    # A coach read "I look forward to hearing from you around 27 November" in a thank-you
    # written on 7 December: drafted after the expected time (or the day before it), the
    # close looks forward without a time.
    from dataclasses import replace

    facts = _facts(record)
    assert facts.decision_by is not None
    for late in (facts.decision_by, facts.decision_by.replace(year=facts.decision_by.year + 1)):
        notes = compose(replace(facts, drafted_on=late), kind="thank-you")
        assert not any(re.search(r"hearing from you (?:around|early|by|towards|some time|"
                                 r"in the week)", n.body) for n in notes)
