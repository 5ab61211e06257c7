"""Concerns as recorded: who asked, which note answers, and what is left for the record."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

import pytest

from afterword.compose.drafts import compose
from afterword.compose.facts import Candidate, Concern, Facts, Person, from_file
from afterword.errors import InvalidInput
from afterword.model.interview_file import parse_interview_text

JORDAN = Candidate(name="Jordan Lee", email="jordan.lee@example.com")
START = datetime(2026, 3, 5, 14, tzinfo=UTC)  # a Thursday

FILE = """
[application]
company = "Acme Analytics"
role = "Data Engineer"

[interview]
start = 2026-03-05T14:00:00Z
topics = ["the migration to Kubernetes"]
qualifications = ["cut the nightly batch window from six hours to ninety minutes"]

[[interview.concerns]]
concern = "limited Go experience"
answer = "I have started porting one of my Airflow operators to Go."
{raised_by}

[[interviewers]]
name = "Priya Raman"
email = "priya@acme.example"
topics = ["moving the first batch workloads onto Kubernetes"]

[[interviewers]]
name = "Tomás Ortega"
email = "tomas@acme.example"
point_of_contact = true
topics = ["data quality checks in dbt"]
"""


def _parse(raised_by: str = "") -> Facts:
    text = FILE.format(raised_by=raised_by)
    return from_file(parse_interview_text(text, source="acme.toml", default_zone="UTC"), JORDAN)


def test_raised_by_takes_a_full_name_or_a_unique_first_name() -> None:
    assert _parse('raised_by = "Priya Raman"').concerns[0].raised_by == "Priya Raman"
    assert _parse('raised_by = "priya"').concerns[0].raised_by == "Priya Raman"
    assert _parse('raised_by = "Tomás"').concerns[0].raised_by == "Tomás Ortega"


@pytest.mark.parametrize(("said", "who"), [
    ("Ms. Raman", "Priya Raman"), ("Raman", "Priya Raman"), ("Pri", "Priya Raman"),
    ("Mr. Ortega", "Tomás Ortega"), ("tomas ortega", "Tomás Ortega"),
    ("Dr. Tomás Ortega", "Tomás Ortega"), ("Tom", "Tomás Ortega"),
])
def test_raised_by_takes_a_name_as_people_jot_it(said: str, who: str) -> None:
    assert _parse(f'raised_by = "{said}"').concerns[0].raised_by == who


def test_raised_by_takes_the_name_without_the_title_the_record_gives() -> None:
    from afterword.model.interview_file import who_is

    people = ["Dr. Chidinma Okafor", "Jennifer Hale", "Jenna Moss"]
    assert who_is("Chidinma Okafor", people) == ["Dr. Chidinma Okafor"]
    assert who_is("Dr. Okafor", people) == ["Dr. Chidinma Okafor"]
    assert who_is("Jenn", people) == ["Jennifer Hale", "Jenna Moss"]  # two: ask, never guess
    assert who_is("Jenni", people) == ["Jennifer Hale"]
    assert who_is("Ms. Jen", people) == []  # a title goes with a surname
    assert who_is("Okafors", people) == []


@pytest.mark.parametrize(("said", "people", "who"), [
    # A middle name many people go by, with or without a title or a word of respect.
    ("Ochieng", ["Jared Ochieng Owino", "Luca Ferraresi"], "Jared Ochieng Owino"),
    ("Mr. Ochieng", ["Jared Ochieng Owino", "Luca Ferraresi"], "Jared Ochieng Owino"),
    ("Dr Rao", ["Dr. Srinivas Rao Kandula", "Anita Mehta"], "Dr. Srinivas Rao Kandula"),
    ("Rao sir", ["Dr. Srinivas Rao Kandula", "Anita Mehta"], "Dr. Srinivas Rao Kandula"),
    # Two titles, the second said ("Ir." is an engineer's title in Malaysia).
    ("Dr Lim", ["Ir. Dr. Lim Wei Ming", "Nurul Huda"], "Ir. Dr. Lim Wei Ming"),
    ("Lim", ["Ir. Dr. Lim Wei Ming", "Nurul Huda"], "Ir. Dr. Lim Wei Ming"),
    # "s/o" (son of) is not a name; "Er." is Singapore's engineer's title.
    ("Kumaran", ["Er. Kumaran s/o Pillai", "Nurul Huda"], "Er. Kumaran s/o Pillai"),
    ("Mr Pillai", ["Er. Kumaran s/o Pillai", "Nurul Huda"], "Er. Kumaran s/o Pillai"),
])
def test_raised_by_finds_middle_names_stacked_titles_and_patronymics(
        said: str, people: list[str], who: str) -> None:
    from afterword.model.interview_file import who_is

    assert who_is(said, people) == [who]


def test_a_middle_name_never_outranks_a_first_or_family_name() -> None:
    from afterword.model.interview_file import who_is

    # "Rao" is Rao Mehta's first name before it is anyone's middle name.
    assert who_is("Rao", ["Srinivas Rao Kandula", "Rao Mehta"]) == ["Rao Mehta"]
    assert who_is("Ochieng", ["Jared Ochieng Owino", "Mary Ochieng"]) == ["Mary Ochieng"]
    assert who_is("Al", ["Jared Al Owino"]) == []  # too short to be meant


@pytest.mark.parametrize(("said", "who"), [
    ("Jun Wei", "Lim Jun Wei"),  # his given name: the family name comes first
    ("Boon Huat", "Tan Boon Huat"),
    ("Mr. Tan", "Tan Boon Huat"), ("mr tan", "Tan Boon Huat"),
    ("Eleanor", "Judge Eleanor Whitfield-Amos"),  # "Judge" is a title, like "Dr."
    ("Judge Whitfield-Amos", "Judge Eleanor Whitfield-Amos"),
    ("whitfield", "Judge Eleanor Whitfield-Amos"),  # part of a double-barrelled name
    ("Amos", "Judge Eleanor Whitfield-Amos"),
    ("Montoya Reyes", "Carla Montoya Reyes"),
    ("dr chen", "Dr Chen Xiaoling"), ("Xiaoling", "Dr Chen Xiaoling"),
    ("JP", "João Pedro Nakamura"),  # the initials of his given names
    ("dr k", "Dr. Katharina Müller-Brandt"), ("Dr. M", "Dr. Katharina Müller-Brandt"),
    ("Capt. Kanahele", "Captain Ruth Kanahele"), ("captain", "Captain Ruth Kanahele"),
    ("Ms. Tanaka", "Amy Tanaka"),
])
def test_raised_by_takes_names_as_people_of_every_naming_order_write_them(
        said: str, who: str) -> None:
    from afterword.model.interview_file import who_is

    people = ["Tan Boon Huat", "Lim Jun Wei", "Judge Eleanor Whitfield-Amos",
              "Carla Montoya Reyes", "Amy Tanaka", "Dr Chen Xiaoling", "João Pedro Nakamura",
              "Dr. Katharina Müller-Brandt", "Captain Ruth Kanahele"]
    assert who_is(said, people) == [who]


def test_a_title_with_a_given_name_or_a_short_part_names_nobody() -> None:
    from afterword.model.interview_file import who_is

    people = ["Tan Boon Huat", "Judge Eleanor Whitfield-Amos", "Priya Raman"]
    # A title goes with a family name, but a middle name is what some go by ("Mr. Ochieng"),
    # so "Mr. Boon" is Tan Boon Huat when nobody's first or family name is Boon.
    assert who_is("Mr. Boon", people) == ["Tan Boon Huat"]
    assert who_is("Mr. Boon", [*people, "Boon Lee"]) == ["Boon Lee"]
    assert who_is("Am", people) == []  # too short to be a part of "Whitfield-Amos"
    assert who_is("Jun", ["Lim Jun Wei", "Jun Park"]) == ["Jun Park"]  # first word first
    assert who_is("Dr. T", ["Dr. Ann Tate", "Dr. Tim Roe"]) == ["Dr. Ann Tate", "Dr. Tim Roe"]
    assert who_is("captain", ["Captain Ann Tate", "Capt. Tim Roe"]) == [
        "Captain Ann Tate", "Capt. Tim Roe"]  # two captains: ask, never guess
    assert who_is("the judge", people) == ["Judge Eleanor Whitfield-Amos"]
    assert who_is("the captain", ["Captain Ruth Kanahele", "Ana Ruiz"]) == ["Captain Ruth Kanahele"]
    # Whoever holds the title said is meant; untitled people only when nobody holds it.
    assert who_is("Dr K", ["Dr. Katharina Deshmukh", "Kim Parker"]) == ["Dr. Katharina Deshmukh"]
    assert who_is("Dr. Lee", ["Dr. Wen Lee", "Lee Anderson"]) == ["Dr. Wen Lee"]
    assert who_is("Dr. Anderson", ["Dr. Wen Lee", "Lee Anderson"]) == ["Lee Anderson"]
    assert who_is("Dean", ["Dean Smith", "Dr. Ana Dean"]) == ["Dean Smith"]  # a first name


@pytest.mark.parametrize(("said", "who"), [
    ("JF", "Jean-François Bélanger"), ("J-F", "Jean-François Bélanger"),
    ("J.F.", "Jean-François Bélanger"), ("jean francois", "Jean-François Bélanger"),
    ("ME", "Marie-Ève Lavoie-Gagnon"), ("marie eve", "Marie-Ève Lavoie-Gagnon"),
    ("Kavya R", "Kavya Ramaswamy"), ("K. Ramaswamy", "Kavya Ramaswamy"),
    ("KR", "Kavya Ramaswamy"), ("jfb", "Jean-François Bélanger"),
])
def test_raised_by_takes_initials_and_parts_of_hyphenated_names_and_an_initial(
        said: str, who: str) -> None:
    from afterword.model.interview_file import who_is

    people = ["Jean-François Bélanger", "Marie-Ève Lavoie-Gagnon", "Kavya Ramaswamy",
              "Haruto Sato"]
    assert who_is(said, people) == [who]
    # Two people an initial could mean: ask, never guess.
    assert who_is("Kavya R", ["Kavya Ramaswamy", "Kavya Reddy"]) == ["Kavya Ramaswamy",
                                                                     "Kavya Reddy"]


def test_a_raised_by_that_matches_nobody_is_an_error_naming_its_line() -> None:
    with pytest.raises(InvalidInput) as caught:
        _parse('raised_by = "Priyanka"')
    message = caught.value.message
    assert "acme.toml, line 14" in message and "interview.concerns[1].raised_by" in message
    assert "matches no interviewer" in message and "Priya Raman" in (caught.value.hint or "")


def test_old_files_with_plain_string_concerns_still_work() -> None:
    text = FILE.format(raised_by="").replace(
        '[[interview.concerns]]\nconcern = "limited Go experience"\n'
        'answer = "I have started porting one of my Airflow operators to Go."\n', "")
    text = text.replace('qualifications = [', 'concerns = ["limited Go experience"]\nqualifications = [')
    facts = from_file(parse_interview_text(text, source="old.toml", default_zone="UTC"), JORDAN)
    assert facts.concerns == (Concern("limited Go experience"),)


def test_you_asked_is_said_only_to_the_person_who_asked() -> None:
    priya, tomas = compose(_parse('raised_by = "Priya Raman"'))
    assert re.search(r"your question about Go experience",
                     priya.body), priya.body
    assert "Go" not in tomas.body.replace("Good", "")


def test_an_unattributed_concern_is_answered_once_in_the_point_of_contact_s_note() -> None:
    priya, tomas = compose(_parse())
    assert "Airflow operators to Go" in tomas.body
    assert "Airflow operators to Go" not in priya.body
    for draft in (priya, tomas):
        assert "you asked" not in draft.body.lower() and "you raised" not in draft.body.lower()


def test_a_note_answers_one_unattributed_concern_and_the_record_lists_the_rest() -> None:
    facts = _parse()
    facts = Facts(**{**facts.__dict__, "concerns": (
        *facts.concerns, Concern("no Terraform experience", "I took HashiCorp's course."))})
    drafts = compose(facts)
    assert sum("HashiCorp" in d.body or "Airflow" in d.body for d in drafts) == 1
    assert any("Terraform" in item and "Who asked" in item for item in drafts[0].record_todo)


def test_a_card_reader_s_concern_is_never_answered_in_a_colleague_s_note() -> None:
    # Answered to Tomás, Priya's concern reads as given to the wrong person: the record says
    # where to answer it instead.
    facts = _parse('raised_by = "Priya"')
    facts = Facts(**{**facts.__dict__, "people": (
        Person(**{**facts.people[0].__dict__, "channel": "handwritten"}), facts.people[1])})
    priya, tomas = compose(facts)
    assert priya.channel == "handwritten" and "Go" not in priya.body
    assert "Airflow" not in tomas.body
    assert any("that Priya raised is answered in no note" in item and "e-mail to Priya" in item
               for item in priya.record_todo)


def test_an_invitation_reader_s_concern_is_asked_for_in_a_message_to_them() -> None:
    facts = _parse('raised_by = "Priya"')
    facts = Facts(**{**facts.__dict__, "people": (
        Person(**{**facts.people[0].__dict__, "channel": "linkedin-invite"}), facts.people[1])})
    priya, tomas = compose(facts)
    assert "Airflow" not in priya.body + tomas.body
    assert any("LinkedIn invitation" in item and "message to Priya" in item
               for item in priya.record_todo)


def test_a_card_reader_s_concern_stays_unanswered_when_every_other_note_has_one() -> None:
    facts = _parse('raised_by = "Priya"')
    both = (Person(**{**facts.people[0].__dict__, "channel": "handwritten"}), facts.people[1])
    facts = Facts(**{**facts.__dict__, "people": both, "concerns": (
        *facts.concerns, Concern("no dbt experience", "I have built three dbt projects at home.",
                                 "Tomás Ortega"))})
    priya, tomas = compose(facts)
    assert "dbt projects" in tomas.body and "Airflow" not in tomas.body
    assert any("Priya's note is a card" in item for item in priya.record_todo)


def test_a_sole_interviewer_s_card_never_asks_who_else_raised_it() -> None:
    facts = _parse()
    card = Person(**{**facts.people[0].__dict__, "channel": "handwritten"})
    [note] = compose(Facts(**{**facts.__dict__, "people": (card,)}))
    todo = " ".join(note.record_todo)
    assert "card, which has no room for it" in todo and "someone else" not in todo


def test_an_unattributed_concern_goes_to_the_next_interviewer_when_the_contact_gets_a_card(
) -> None:
    facts = _parse()
    tomas_card = Person(**{**facts.people[1].__dict__, "channel": "handwritten"})
    facts = Facts(**{**facts.__dict__, "people": (tomas_card, facts.people[0])})
    tomas, priya = compose(facts)
    assert "Airflow operators to Go" in priya.body and "Airflow" not in tomas.body
    assert "you asked" not in priya.body.lower()  # nobody is recorded as asking
    assert not any("Go experience" in item for d in (tomas, priya) for item in d.record_todo)


def test_a_sole_interviewer_is_answered_every_concern_without_you_asked() -> None:
    facts = Facts(company="Acme", role="Analyst", start=START, end=START, timezone="UTC",
                  people=(Person("Nadia Rahimi", email="n@acme.example",
                                 topics=("the eviction diversion pilot",)),),
                  candidate=JORDAN, qualifications=("wrote 12 policy memos",),
                  concerns=(Concern("no budget office experience",
                                    "I managed a $2.4M grant budget."),
                            Concern("never worked in government",
                                    "I worked with the county every week as a grantee.")))
    [draft] = compose(facts)
    assert "$2.4M grant budget" in draft.body and "as a grantee" in draft.body
    assert "you asked" not in draft.body.lower()


def test_a_panel_note_counts_and_dates_right() -> None:
    facts = _parse()
    [note] = compose(facts, group=True)
    assert "Thank you both for Thursday." in note.body
    three = Facts(**{**facts.__dict__, "people": (*facts.people, Person("Lena Park"))})
    [note] = compose(three, group=True)
    assert "Thank you all for Thursday." in note.body


def test_a_title_gives_the_title_and_family_name() -> None:
    assert Person("Dr. Marcus Okafor").first_name == "Dr. Okafor"
    assert Person("Marcus Okafor", title="Judge").first_name == "Judge Okafor"
    assert Person("Dr. Minh Châu Nguyễn").first_name == "Dr. Minh Châu Nguyễn"
    facts = Facts(company="Acme", role="Analyst", start=START, end=START, timezone="UTC",
                  people=(Person("Dr. Marcus Okafor", email="m@acme.example"),),
                  candidate=JORDAN, locale="en_US")
    assert compose(facts)[0].body.startswith("Dear Dr. Okafor,")  # a title takes "Dear"
    # British usage: no full stop after an abbreviation that ends on the word's last letter.
    gb = Facts(**{**facts.__dict__, "locale": "en_GB"})
    assert compose(gb)[0].body.startswith("Dear Dr Okafor,")


def test_the_interview_file_written_for_edit_keeps_raised_by(store_cli_free) -> None:
    from afterword.model.capture import to_file_text

    text = to_file_text(store_cli_free)
    assert 'raised_by = "Priya Raman"' in text
    again = parse_interview_text(text, source="edit.toml", default_zone="UTC")
    assert again.data.interview.concerns[0].raised_by == "Priya Raman"


@pytest.fixture
def store_cli_free():  # type: ignore[no-untyped-def]
    """A stored-like interview built from the file, without a database."""
    from afterword.model.capture import apply_application, apply_interview
    from afterword.model.record import Application, Interview

    parsed = parse_interview_text(FILE.format(raised_by='raised_by = "Priya"'),
                                  source="acme.toml", default_zone="UTC")
    interview = Interview(id=1)
    interview.application = Application()
    apply_application(interview.application, parsed, START)
    apply_interview(interview, parsed)
    return interview


def test_backups_carry_raised_by(store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from afterword.model import service
    from afterword.store.backup import backup, restore

    service.add_interview(store, FILE.format(raised_by='raised_by = "Priya"'),
                          source="acme.toml", default_zone="UTC", now=START)
    data = json.loads(json.dumps(backup(store, now=START)))
    [row] = data["tables"]["interviews"]
    assert row["concerns"][0]["raised_by"] == "Priya Raman"
    restore(store, data, replace=True)
    assert service.show_interview(store, 1)["concerns"][0]["raised_by"] == "Priya Raman"


@pytest.mark.parametrize(("name", "greeted"), [
    ("Tan Boon Huat", "Boon Huat"),  # family name first: the given name, never "Dear Tan,"
    ("Lim Jun Wei", "Jun Wei"),
    ("Kim Min-jun", "Min-jun"),
    ("Nguyen Van An", "An"),  # Vietnamese usage: the last word alone
    ("Linh Nguyen", "Linh"),  # two plain words: given name first, as usual in English
    ("Kim Parker", "Kim"), ("Wei Chen", "Wei"),
    ("Chen Xiaoling", "Xiaoling"),  # a given name that is no family name: family first
    ("Dr. Tan Boon Huat", "Dr. Tan"), ("Dr Chen Xiaoling", "Dr. Chen"),
    ("Dra. Fernanda Lobo", "Dra. Lobo"), ("Captain Ruth Kanahele", "Captain Kanahele"),
    ("Prof. Dr. Hartmut Brenner", "Prof. Brenner"), ("Capt. Ana Ruiz", "Capt. Ruiz"),
    ("Prof. Siobhán Ní Bhriain", "Prof. Ní Bhriain"), ("Dr. Anna van Dijk", "Dr. van Dijk"),
])
def test_a_family_name_written_first_is_never_greeted_as_a_first_name(
        name: str, greeted: str) -> None:
    facts = _parse()
    person = Person(name=name, email="x@acme.example", topics=("the quarterly forecast",))
    facts = Facts(**{**facts.__dict__, "people": (person,), "locale": "en_US"})
    body = compose(facts)[0].body
    assert body.startswith((f"Dear {greeted},", f"Hello {greeted},")), body.splitlines()[0]


@pytest.mark.parametrize(("said", "who"), [
    ("Judge", "Celia Marsh"), ("the judge", "Celia Marsh"), ("Principal", "Omar Haddad"),
    ("hiring manager", "Dana Fox"), ("Hiring Manager", "Dana Fox"),
])
def test_raised_by_may_name_an_interviewer_by_the_title_in_their_record(
        said: str, who: str) -> None:
    text = FILE.replace(
        '[[interviewers]]\nname = "Priya Raman"',
        '[[interviewers]]\nname = "Celia Marsh"\ntitle = "Judge, Fourth Circuit"\n\n'
        '[[interviewers]]\nname = "Omar Haddad"\ntitle = "Principal"\n\n'
        '[[interviewers]]\nname = "Dana Fox"\ntitle = "Hiring Manager"\n\n'
        '[[interviewers]]\nname = "Priya Raman"',
    ).format(raised_by=f'raised_by = "{said}"')
    parsed = parse_interview_text(text, source="acme.toml", default_zone="UTC")
    assert parsed.data.interview.concerns[0].raised_by == who


@pytest.mark.parametrize(("said", "who"), [
    # In a kitchen "Chef" is how the head of it is called (a records writer's "Chef Laurent",
    # refused before): a word of respect with a name, the title's last word alone.
    ("Chef Laurent", "Laurent Morel"), ("chef morel", "Laurent Morel"), ("Chef", "Laurent Morel"),
])
def test_raised_by_takes_the_way_a_kitchen_names_its_chef(said: str, who: str) -> None:
    text = FILE.replace(
        '[[interviewers]]\nname = "Priya Raman"',
        '[[interviewers]]\nname = "Laurent Morel"\ntitle = "Executive Pastry Chef"\n\n'
        '[[interviewers]]\nname = "Priya Raman"',
    ).format(raised_by=f'raised_by = "{said}"')
    parsed = parse_interview_text(text, source="acme.toml", default_zone="UTC")
    assert parsed.data.interview.concerns[0].raised_by == who


def test_the_last_word_of_two_titles_is_asked_about_not_guessed() -> None:
    text = FILE.replace('name = "Priya Raman"', 'name = "Priya Raman"\ntitle = "Sous Chef"')
    text = text.replace('name = "Tomás Ortega"', 'name = "Tomás Ortega"\ntitle = "Head Chef"')
    with pytest.raises(InvalidInput) as caught:
        parse_interview_text(text.format(raised_by='raised_by = "chef"'),
                             source="acme.toml", default_zone="UTC")
    assert "could be" in caught.value.message


def test_a_title_two_interviewers_share_is_asked_about_not_guessed() -> None:
    text = FILE.replace('name = "Priya Raman"', 'name = "Priya Raman"\ntitle = "Engineer"')
    text = text.replace('name = "Tomás Ortega"', 'name = "Tomás Ortega"\ntitle = "Engineer"')
    with pytest.raises(InvalidInput) as caught:
        parse_interview_text(text.format(raised_by='raised_by = "engineer"'),
                             source="acme.toml", default_zone="UTC")
    assert "could be Priya Raman or Tomás Ortega" in caught.value.message


@pytest.mark.parametrize(("said", "who"), [
    # Words of respect before or after either name, as candidates in India, Nigeria and the
    # Philippines write them in their notes (found by a records writer, refused before).
    ("VS sir", "V. S. Subramanian"), ("Subramanian sir", "V. S. Subramanian"),
    ("maam leo", "Ma. Leonora Santos"), ("Ma'am Santos", "Ma. Leonora Santos"),
    ("Leonora", "Ma. Leonora Santos"),  # "Ma." is short for María: not her first name
    ("Ma. Leonora", "Ma. Leonora Santos"),
    ("Chukwuemeka", "Engr. Chukwuemeka Obi"), ("engr obi", "Engr. Chukwuemeka Obi"),
    ("Obi sir", "Engr. Chukwuemeka Obi"),
])
def test_raised_by_takes_names_with_words_of_respect(said: str, who: str) -> None:
    from afterword.model.interview_file import who_is

    people = ["V. S. Subramanian", "Ma. Leonora Santos", "Engr. Chukwuemeka Obi", "Jack Ma"]
    assert who_is(said, people) == [who]


def test_a_family_name_ma_is_still_a_name() -> None:
    from afterword.model.interview_file import who_is

    assert who_is("Ma", ["Jack Ma", "Ma. Leonora Santos"]) == ["Jack Ma"]
    assert who_is("sir", ["Jack Ma", "Ma. Leonora Santos"]) == []  # respect alone names nobody
    # A name that ends in a word of respect, typed in full, is that person.
    assert who_is("Wang Ji", ["Wang Ji", "Wang Lei"]) == ["Wang Ji"]
    assert who_is("Sharma ji", ["Anil Sharma", "Wang Lei"]) == ["Anil Sharma"]


def test_a_reader_greeted_by_title_is_dear_in_every_note_of_a_panel() -> None:
    # The greetings of a panel vary ("Dear Sam," / "Hello Ana,") so that the notes differ,
    # but "Hello Mrs Adeyemi-Bello," reads as a form letter: a title always takes "Dear".
    people = tuple(Person(name, email=f"{n}@acme.example") for n, name in enumerate(
        ("Mrs. Folasade Adeyemi-Bello", "Sam Reid", "Dr. Marcus Okafor", "Ana Ruiz")))
    facts = Facts(company="Acme", role="Analyst", start=START, end=START, timezone="UTC",
                  people=people, candidate=JORDAN, locale="en_GB")
    first_lines = [d.body.splitlines()[0] for d in compose(facts)]
    assert "Dear Mrs Adeyemi-Bello," in first_lines and "Dear Dr Okafor," in first_lines
    assert any(line.startswith("Hello ") for line in first_lines)  # the others still vary
