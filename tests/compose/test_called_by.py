"""A name that cannot say its family name is greeted as the record calls the person.

"Dr. Srinivas Rao Kandula" has a given name of two words; "Jared Ochieng Owino" a clan
name in the middle. Which word a title goes with is not in the name: it is in how the
candidate writes of them ("Dr Rao very strict", raised_by "Mr. Owino", "Iyer sir"). With
no such usage the greeting keeps the whole name, never a title alone ("Dear Ir.,").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from afterword.compose.address import called_by
from afterword.compose.drafts import compose
from afterword.compose.facts import Candidate, Person, from_file
from afterword.model.interview_file import parse_interview_text

DATA = Path(__file__).parent / "data" / "kinds"
JORDAN = Candidate(name="Jordan Lee", email="jordan.lee@example.com")


@pytest.mark.parametrize(("names", "said", "called"), [
    (["Srinivas", "Rao", "Kandula"], "Dr Rao very strict. Dr. Srinivas. Dr Rao told 2 times", "Rao"),
    (["Jared", "Ochieng", "Owino"], "Mr. Owino", "Owino"),
    (["Pieter", "van", "der", "Merwe"], "Mr van der Merwe", "van der Merwe"),
    (["Suresh", "Kumar", "Iyer"], "iyer sir very particular", "Iyer"),
    (["Muthu", "Krishnan"], "Ir. Muthu very detailed", "Muthu"),
    # A tie goes to the later word; nothing written, nothing decided.
    (["Grace", "Wanjiku", "Mwangi"], "Dr Grace said, Dr Mwangi said", "Mwangi"),
    (["Grace", "Wanjiku", "Mwangi"], "grace was lovely, the mwangi report", None),
    # "the Dr" alone, or the whole name, says nothing of which word is the family name.
    (["Peter", "Otieno", "Odhiambo"], "Mr Peter Otieno Odhiambo", None),
])
def test_the_words_the_record_calls_a_person_by(names: list[str], said: str,
                                                called: str | None) -> None:
    assert called_by(names, said) == called


def test_a_word_another_reader_shares_counts_for_nobody() -> None:
    assert called_by(["Anil", "Kumar", "Reddy"], "Mr Reddy said", [["Kavya", "Reddy"]]) is None


@pytest.mark.parametrize(("name", "called", "title", "uk"), [
    ("Dr. Srinivas Rao Kandula", "Rao", None, "Dr Rao"),
    ("Dr. Srinivas Rao Kandula", None, None, "Dr Srinivas Rao Kandula"),  # the safe fallback
    ("Ir. Muthu Krishnan a/l Raman", "Muthu", None, "Ir. Muthu"),
    ("Ir. Muthu Krishnan a/l Raman", None, None, "Ir. Muthu Krishnan"),  # never "Ir. Krishnan"
    ("Er. Kumaran s/o Pillai", None, None, "Er. Kumaran"),
    ("Ir. Dr. Lim Wei Ming", None, None, "Dr Lim"),
    ("Pieter van der Merwe", None, "Professor", "Professor van der Merwe"),
])
def test_a_title_goes_with_the_called_name(name: str, called: str | None, title: str | None,
                                           uk: str) -> None:
    person = Person(name=name, called=called, title=title)
    assert person.greeting_name("en_GB") == uk
    assert not person.greeting_name("en_GB").rstrip(".").endswith(("Ir", "Er", "Dr"))


def _greetings(record: str) -> dict[str, set[str]]:
    path = DATA / record
    parsed = parse_interview_text(path.read_text(encoding="utf-8"), source=path.name,
                                  default_zone="UTC")
    facts = from_file(parsed, JORDAN)
    out: dict[str, set[str]] = {}
    for kind in ("thank-you", "follow-up", "rejection-reply", "networking"):
        for draft in compose(facts, kind=kind):
            out.setdefault(draft.to_name, set()).add(draft.body.splitlines()[0])
    return out


@pytest.mark.parametrize(("record", "name", "greeting"), [
    # "Dr Mwangi very strict" in the notes; raised_by "Mr. Otieno" (a middle name, as
    # Kenyans often call people).
    ("ke-nurse.toml", "Dr. Grace Wanjiku Mwangi", "Dear Dr Mwangi,"),
    ("ke-nurse.toml", "Peter Otieno Odhiambo", "Dear Mr Otieno,"),
    # raised_by "Mr van der Merwe": a family name of three words; "Mrs Nkosi said".
    ("za-engineer.toml", "Jan-Hendrik van den Berg", "Dear Mr van den Berg,"),
    ("za-engineer.toml", "Thandiwe Nkosi", "Dear Mrs Nkosi,"),
    # "Iyer sir": an honorific after the family name.
    ("in-accountant.toml", "Suresh Kumar Iyer", "Dear Mr Iyer,"),
])
def test_every_kind_greets_as_the_record_calls_them(record: str, name: str,
                                                    greeting: str) -> None:
    assert _greetings(record)[name] == {greeting}


def test_a_principal_in_british_usage_takes_the_courtesy_title_the_record_gives() -> None:
    person = Person(name="Nomvula Dlamini", title="Principal", formal="Mrs")
    assert person.greeting_name("en_ZA") == "Mrs Dlamini"
    assert Person(name="Nomvula Dlamini", title="Principal").greeting_name("en_ZA") == \
        "Nomvula Dlamini"


def test_a_titled_recruiter_is_never_greeted_by_the_title_alone() -> None:
    path = DATA / "uk-physio.toml"
    text = path.read_text(encoding="utf-8").replace(
        '[interview]', '[application.recruiter]\nname = "Dr. Farah Aziz"\n'
        'email = "farah@tamworthch.example"\n\n[interview]')
    text = text.replace('point_of_contact = true\n', '')
    text = text.replace('email = "amelia.hart-lewis@tamworthch.example"\n', '')
    facts = from_file(parse_interview_text(text, source="x.toml", default_zone="UTC"), JORDAN)
    body = compose(facts, kind="follow-up")[0].body
    assert body.startswith("Dear Dr. Aziz,") or body.startswith("Dear Dr Aziz,"), body[:40]


@pytest.mark.parametrize(("name", "greeted", "given"), [
    # A short word with a full stop before the name is a title, never the name greeted.
    ("Hj. Azman bin Yusof", "Hj. Azman", "Azman"),
    ("Ir. Ts. Ahmad Faizal", "Ir. Faizal", "Ahmad"),
    ("Datuk Ir. Lim Wei Ming", "Datuk Lim", "Wei Ming"),
    ("Ma. Leonora Santos", "Leonora", "Leonora"),  # "Ma." is María, as before
])
def test_a_dotted_word_before_a_name_is_a_title(name: str, greeted: str, given: str) -> None:
    person = Person(name=name)
    assert person.greeting_name("en_GB") == greeted
    assert person.given_name == given
