"""The draft-language rules against the jotted records in `../shared/corpus/records/`.

A fragment about an interviewer pasted into a note to them must draw `third-person-reader`;
a fragment with shorthand from the lexicon must draw `shorthand`; the written English that the
records' README gives as a careful coach's rendering must draw none of the three rules.
"""

from __future__ import annotations

import re
import tomllib
from typing import Any

import pytest

from afterword.language.lexicon import LOWER, shorthand
from afterword.review import Context, Message, Recipient, ReviewOptions, review
from tests.review.spec import REPO

RECORDS = REPO.parent / "shared" / "corpus" / "records"
DRAFT_RULES = frozenset({"shorthand", "third-person-reader", "broken-phrase"})
pytestmark = pytest.mark.skipif(not RECORDS.is_dir(), reason="the records are not beside the repo")


def records() -> list[tuple[str, dict[str, Any]]]:
    if not RECORDS.is_dir():
        return []
    return [(p.stem, tomllib.loads(p.read_text("utf-8"))) for p in sorted(RECORDS.glob("*.toml"))]


def rules_on(body: str, record: dict[str, Any], to: str) -> set[str]:
    app = record["application"]
    context = Context(recipient=Recipient(to), company=app["company"], role=app["role"])
    options = ReviewOptions(select=DRAFT_RULES)
    return {f.rule for f in review(Message(body, context=context), options).findings}


def pasted(first_name: str, fragment: str) -> str:
    """A fragment pasted into a frame, as a composer that copies the record would do."""
    return (
        f"Dear {first_name},\n\nThank you for meeting with me. I also enjoyed hearing about "
        f"{fragment}.\n\nBest regards,\nSam Lee"
    )


_THIRD = re.compile(r"\b(?:he|she|her|his|him)\b", re.IGNORECASE)


def test_an_interviewer_s_own_fragment_speaks_of_them_in_the_third_person() -> None:
    tried, missed = 0, []
    for name, record in records():
        for person in record["interviewers"]:
            for fragment in [*person.get("topics", []), person.get("rapport", "")]:
                if not _THIRD.search(fragment):
                    continue
                tried += 1
                body = pasted(person["name"].split()[0], fragment)
                if "third-person-reader" not in rules_on(body, record, person["name"]):
                    missed.append(f"{name}: {fragment}")
    assert tried >= 20
    # Silent only where the fragment names someone else first ("under chef marlow ... he").
    assert len(missed) <= tried // 10, "\n".join(missed)


def _jotted_fragments(record: dict[str, Any]) -> list[str]:
    interview = record["interview"]
    out = [*interview.get("topics", []), *interview.get("qualifications", [])]
    for concern in interview.get("concerns", []):
        if isinstance(concern, dict):
            out += [concern.get("concern", ""), concern.get("answer", "")]
    for person in record["interviewers"]:
        out += [*person.get("topics", []), person.get("rapport", "")]
    return [f for f in out if f]


def _has_shorthand(fragment: str) -> bool:
    for entry in shorthand().values():
        if not entry.flagged:
            continue
        flags = 0 if entry.use == LOWER else re.IGNORECASE
        pattern = rf"(?<![\w/@.'’-]){re.escape(entry.short)}(?![\w/@'’-])"
        for m in re.finditer(pattern, fragment, flags):
            if not m.group().isupper() or len(m.group()) < 2:
                return True
    return False


def test_every_fragment_with_shorthand_draws_the_shorthand_rule() -> None:
    tried = 0
    for name, record in records():
        first = record["interviewers"][0]
        for fragment in _jotted_fragments(record):
            if not _has_shorthand(fragment):
                continue
            tried += 1
            body = pasted(first["name"].split()[0], fragment)
            assert "shorthand" in rules_on(body, record, first["name"]), f"{name}: {fragment}"
    assert tried >= 15


# What the records' README gives as a careful coach's rendering of jotted fragments.
COACH = [
    "I enjoyed hearing about your plan to turn the Scottsdale store around before the holidays.",
    "I also valued your view that paralegals should sit in on depositions.",
    "Thank you for your question about supporting a family that declines a skilled-nursing "
    "placement.",
    "We talked about how long engineering changes take to approve.",
    "On the CPA: I have passed FAR and REG and sit AUD on 14 May.",
    "I know NetSuite would be new to me; I have started its training.",
    "I wanted to add to my answer about reconciliations: I tie out every account monthly.",
    "As you put it, no one leaves without a plan.",
    "It was good to find we both came through Leeds Arts.",
    "The library reported an 18% rise in visits.",
    "At Ember Kitchen I cut food cost from 33.8 to 29.6 percent in about six months.",
    "I look forward to the tolerance stack-up on the new diaphragm pump housing.",
]


@pytest.mark.parametrize("sentence", COACH)
def test_the_coach_s_renderings_draw_nothing(sentence: str) -> None:
    record = records()[0][1]
    person = record["interviewers"][0]
    body = f"Dear {person['name'].split()[0]},\n\nThank you for meeting with me. {sentence}\n\nBest regards,\nSam Lee"
    assert rules_on(body, record, person["name"]) == set()
