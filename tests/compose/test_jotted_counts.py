"""A jotted qualification's counts, posts and spans said once and right (from an independent
review of the jot work): a counted noun's participle never said twice ("have flown about
1,500 hours flown"), a word ending in "-men" or "-man" no post unless it names a person
("as a blood specimen"), a jotted duration no ordinal ("a 5 year 3 month lease")."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from afterword.compose import tallies
from afterword.compose.facts import Candidate, Facts, Person
from afterword.compose.fragments import Reading
from afterword.language.lexicon import rows

START = datetime(2026, 3, 5, 14, tzinfo=UTC)
JORDAN = Candidate(name="Jordan Lee", email="jordan.lee@example.com")


def _q(text: str) -> str | None:
    topics = ("the spring schedule",)
    read = Reading(Facts(company="Harrow Works", role="Site Lead", start=START, end=START,
                         timezone="UTC", candidate=JORDAN, topics=topics,
                         people=(Person("Ines Moreau", email="ines@harrow.example",
                                        topics=topics),),
                         qualifications=(text,))).qualification(text)
    return read.text if read.ok else None


@pytest.mark.parametrize("row", [r for r in rows("tallies") if r], ids=lambda r: r[0])
def test_every_counted_noun_is_said_once_after_its_verb(row: list[str]) -> None:
    for clause in ("have held a Class 1 licence since 2019", "held a Class 1 licence in 2019"):
        said = tallies.joined(clause, f"about 1,500 {row[0]}")
        assert said is not None, row
        tail = said[len(clause):]
        words = tail.split()
        # The participle (or simple past) once, and no word of the noun said twice.
        assert sum(w in {row[1], row[2]} for w in words) == 1, said
        assert len(set(words)) == len(words), said
        assert tail.endswith(row[3]), said


@pytest.mark.parametrize("jotted", [
    "first officer 3 yrs, ~1,500 hours flown",
    "Class 1 since oct 2024, ~1200 hours flown",
    "licensed since 2019, 2k hours flown",
])
def test_hours_flown_are_flown_once(jotted: str) -> None:
    said = _q(jotted)
    assert said and "have flown" in said and "hours flown" not in said, said


@pytest.mark.parametrize("word", ["specimen", "bitumen", "abdomen", "regimen", "talisman",
                                  "forehand", "ottoman"])
def test_a_person_ending_on_no_word_is_no_person(word: str) -> None:
    from afterword.compose.claims import agent_noun

    assert not agent_noun(word)


@pytest.mark.parametrize("word", ["firefighter", "lifeguard", "deckhand", "foreman",
                                  "locksmith", "salesperson", "fisherman", "journeyman"])
def test_a_word_and_a_person_ending_is_a_person(word: str) -> None:
    from afterword.compose.claims import agent_noun

    assert agent_noun(word)


@pytest.mark.parametrize("jotted", ["3 yrs road bitumen", "2 yrs blood specimen",
                                    "4 yrs asphalt and bitumen"])
def test_years_on_a_material_are_no_post(jotted: str) -> None:
    said = _q(jotted)
    assert said is None or " as a" not in said, said


@pytest.mark.parametrize(("jotted", "said"), [
    ("signed a 5 year 3 month lease", "signed a 5 year 3 month lease"),
    ("a 2 yr 6 month contract", "a 2 yr 6 month contract"),
    ("raised $6,200 year 1", "raised $6,200 in the first year"),
    ("opened 312 accounts yr 2", "opened 312 accounts in the second year"),
])
def test_a_duration_is_no_ordinal_year(jotted: str, said: str) -> None:
    from afterword.language import counts

    assert counts.year_n(jotted) == said


def test_a_lease_length_keeps_its_months() -> None:
    said = _q("signed a 5 year 3 month lease")
    assert said is None or ("third" not in said and "year-month" not in said), said


@pytest.mark.parametrize(("clause", "joined"), [
    ("have spent three years with Python and built the ETL pipeline", ", and I built"),
    ("have spent two years in sales and opened 40 accounts", ", and I opened"),
    ("have spent a year with SQL and wrote reports", ", and I wrote"),
    ("have spent three months as an intern at a TPA and automated the report", ", where I"),
    ("have spent two years with Harbour Foods and built the rota", ", where I"),
    ("have spent four years in a busy warehouse and trained new pickers", ", where I"),
])
def test_where_points_back_only_to_a_place_of_work(clause: str, joined: str) -> None:
    from afterword.compose import posts

    assert joined in posts.one_tense(clause)


def test_a_fraction_of_a_year_is_no_one_year() -> None:
    from afterword.compose import posts

    assert posts.one_year("have spent 0.1 years as a tutor") == "have spent 0.1 years as a tutor"
    assert posts.one_year("have spent 1 years as a teller") == "have spent one year as a teller"


@pytest.mark.parametrize("jotted", ["2 yrs as a tutor", "0.1 years as a tutor",
                                    "3 yrs as an electrician at Voltline"])
def test_a_jotted_as_a_is_said_once(jotted: str) -> None:
    said = _q(jotted)
    assert said and said.count(" as ") == 1 and "0.one" not in said, said


def test_kinds_of_work_are_narrow() -> None:
    from afterword.compose.bridges import kinds

    assert "~sales" in kinds("opened 312 accounts in 2025")
    assert "~sales" not in kinds("opened the new store in March")
    assert "~safety" not in kinds("sold the bank's insurance products")


def test_an_organisation_named_by_its_kind_is_a_place_of_work() -> None:
    from afterword.compose import posts

    assert ", where I built" in posts.one_tense(
        "have spent six months as an intern at a credit union and built the NPA dashboard")
