"""The register of a note follows what the record says of its reader: words of respect
("VS sir", "joshi ji", "engr bello", "mr voss"), what is said of them ("very strict", "old
school") and custom give a title and family name with a formal close; a casual record
("v relaxed, call me siobhan") keeps the first name."""

from __future__ import annotations

from pathlib import Path

import pytest

from afterword.compose.facts import Candidate, from_file
from afterword.compose.formality import Reader, registers
from afterword.model.interview_file import parse_interview_text

DATA = Path(__file__).parent / "data" / "register"


def _people(name: str, locale: str) -> dict[str, str]:
    text = (DATA / name).read_text()
    facts = from_file(parse_interview_text(text, source=name, default_zone="UTC"),
                      Candidate(name="Jordan Lee"))
    return {p.name: p.greeting_name(locale) for p in facts.people}


def test_words_of_respect_and_titles_in_the_jottings_give_title_and_family_name() -> None:
    assert _people("quantity-surveyor-lagos.toml", "en_NG")["Adewale Bello"] == "Engr. Bello"
    assert _people("it-support-pune.toml", "en_IN")["Suresh Joshi"] == "Mr Joshi"
    assert _people("bookbinder-card.toml", "en_US")["Otto Kessler"] == "Mr. Kessler"


def test_a_casual_record_and_a_junior_reader_keep_first_names() -> None:
    assert _people("barista-dublin.toml", "en_IE") == {"Siobhán Ní Bhriain": "Siobhán",
                                                        "Dara Kinsella": "Dara"}
    assert _people("it-support-pune.toml", "en_IN")["Neha Kulkarni"] == "Neha"
    assert _people("quantity-surveyor-lagos.toml", "en_NG")["Chiamaka Eze"] == "Chiamaka"


@pytest.mark.parametrize(("said", "expected"), [
    # Initials with an honorific, a name with -ji, a rank before the family name.
    ("VS sir very strict type but fair", (None, True, False)),
    ("sharma-ji wants the reports by 10", (None, True, False)),
    ("capt sharma said they decide in jan", ("Captain", True, False)),
    # What is said of the reader, and its opposite.
    ("vijay is very old school", (None, True, False)),
    ("vijay is v relaxed, said call me vijay", (None, False, True)),
    # A remark about things, not the reader, decides nothing.
    ("we talked about a serious incident and formal training", (None, False, False)),
])
def test_the_reading_of_one_readers_register(said: str,
                                             expected: tuple[str | None, bool, bool]) -> None:
    reader = Reader(names=["Vijay", "Sharma"], family="Sharma", pronoun="Mr")
    other = Reader(names=["Anita", "Rao"], family="Rao", pronoun="Ms")
    got = registers([reader, other], said)[0]
    assert (got.title, got.formal, got.casual) == expected
    assert registers([reader, other], said)[1].title is None


def test_a_remark_by_pronoun_counts_only_for_the_one_reader_so_called() -> None:
    he = Reader(names=["Harlan", "Voss"], family="Voss", pronoun="Mr")
    she = Reader(names=["Denise", "Voss-Kerrigan"], family="Voss-Kerrigan", pronoun="Ms")
    got = registers([he, she], "he wore a 3 piece suit, v formal. mr voss said dignity")
    assert (got[0].title, got[0].formal) == ("Mr", True)
    assert (got[1].title, got[1].formal) == (None, False)
    # Two readers called "he": the remark is nobody's.
    him = Reader(names=["Dale", "Ortiz"], family="Ortiz", pronoun="Mr")
    assert not any(r.formal for r in registers([he, him], "he was very formal"))


def test_a_formal_greeting_closes_formally() -> None:
    from dataclasses import replace

    from afterword.compose.drafts import compose

    text = (DATA / "it-support-pune.toml").read_text()
    facts = replace(from_file(parse_interview_text(text, source="p.toml", default_zone="UTC"),
                              Candidate(name="Jordan Lee")), locale="en_IN")
    bodies = {d.to_name: d.body for d in compose(facts)}
    joshi = bodies["Suresh Joshi"]
    assert joshi.startswith("Dear Mr Joshi,")
    assert "Yours sincerely," in joshi and "Warm" not in joshi
    assert bodies["Neha Kulkarni"].split(",")[0] in {"Dear Neha", "Hello Neha"}


def test_the_invitation_says_back_when_the_candidate_can_start() -> None:
    from afterword.compose.facts import Person
    from afterword.compose.thanks.invite import availability

    said = availability(Person(name="Ada Obi", topics=("resumption date - i can resume in 2 wks",)))
    assert said == "As mentioned, I can resume in two weeks."
    # Words beyond a plain time are not guessed at; a topic with no such line says nothing.
    assert availability(Person(name="Ada Obi", topics=("i can start whenever lol",))) is None
    assert availability(Person(name="Ada Obi", topics=("joining date",))) is None


def test_an_invitation_carries_the_role_and_the_fact_within_200_characters() -> None:
    from dataclasses import replace

    from afterword.compose.drafts import compose

    text = (DATA / "quantity-surveyor-lagos.toml").read_text()
    facts = replace(from_file(parse_interview_text(text, source="q.toml", default_zone="UTC"),
                              Candidate(name="Jordan Lee")), locale="en_NG")
    invite = next(d.body for d in compose(facts) if d.channel == "linkedin-invite")
    assert len(invite) <= 200
    assert "Site Quantity Surveyor" in invite and "I can resume in two weeks" in invite
    assert "discussion of" not in invite


@pytest.mark.parametrize(("jotted", "cased"), [
    ("the new station 42 in the NE", "the new Station 42 in the NE"),
    ("knows my cousin at station 7", "knows my cousin at Station 7"),
    ("terminal 2", "Terminal 2"),
    # A count is no name; a longer name whose capitals are unknown is left whole.
    ("a station 42 minutes away", "a station 42 minutes away"),
    ("the eko atlantic tower 3 job", "the eko atlantic tower 3 job"),
])
def test_a_numbered_site_is_named_with_its_capital(jotted: str, cased: str) -> None:
    from afterword.language.named_items import case_named_items

    assert case_named_items(jotted) == cased


def test_a_line_of_work_both_left_for_this_one_is_common_ground() -> None:
    from afterword.compose.fragments import Reading

    text = (DATA / "quantity-surveyor-lagos.toml").read_text()
    facts = from_file(parse_interview_text(text, source="q.toml", default_zone="UTC"),
                      Candidate(name="Jordan Lee"))
    from dataclasses import replace

    firefighter = replace(facts, role="Recruit Firefighter", company="Northfield Fire Department",
                          qualifications=("6 yrs middle school science teacher",))
    person = replace(facts.people[0], rapport="he taught maths in enugu before the fire service!!")
    said = Reading(firefighter).rapport(person)
    assert said.text == ("It was encouraging to hear that you also came to the fire service "
                         "from teaching.")
    # Not common ground when the candidate never taught.
    other = replace(firefighter, qualifications=("4 yrs warehouse lead",))
    assert "from teaching" not in (Reading(other).rapport(person).text or "")


@pytest.mark.parametrize(("rapport", "line"), [
    ("he knew my grandpa from rotary!! small town",
     "It meant a great deal to find that you knew my grandfather through Rotary."),
    ("she did her PhD at curtin, i did my grad dip there same time-ish",
     "It was good to find that we were both at Curtin at about the same time."),
    # A spouse or a church is private life; an everyday word is no place's name.
    ("she knew my wife from church", None),
    ("he worked at home, i worked there too", None),
])
def test_common_ground_the_record_gives_is_said_to_the_reader(rapport: str,
                                                               line: str | None) -> None:
    from dataclasses import replace

    from afterword.compose.fragments import Reading

    text = (DATA / "bookbinder-card.toml").read_text()
    facts = from_file(parse_interview_text(text, source="b.toml", default_zone="UTC"),
                      Candidate(name="Jordan Lee"))
    said = Reading(facts).rapport(replace(facts.people[0], rapport=rapport))
    if line is None:
        assert said.text is None or "wife" not in said.text and "Home" not in said.text
    else:
        assert said.text == line


@pytest.mark.parametrize(("jotted", "cased"), [
    ("the rota at the galway cafe", "the rota at the Galway cafe"),
    # A town's name that is an everyday word keeps its case before a shop's noun.
    ("the bath shop", "the bath shop"),
])
def test_a_town_before_a_shops_noun_is_named(jotted: str, cased: str) -> None:
    from afterword.language.jotted import place_case

    assert place_case(jotted) == cased


@pytest.mark.parametrize(("jotted", "cased"), [
    ("the dry dock of the mv ocean pearl in may", "the dry dock of the MV Ocean Pearl in may"),
    # Prefixes that are something else, or not after "the", are left alone.
    ("mt kenya", "mt kenya"),
    ("an rv park", "an rv park"),
])
def test_a_ship_after_its_prefix_is_named(jotted: str, cased: str) -> None:
    from afterword.language.named_items import case_named_items

    assert case_named_items(jotted) == cased


def test_a_given_name_of_two_words_is_read_from_the_readers_own_address() -> None:
    from afterword.compose.facts import Person

    assert Person(name="Mei Ling Tan", linkedin="https://www.linkedin.com/in/meiling-tan-x"
                  ).greeting_name("en_SG") == "Mei Ling"
    assert Person(name="Mary Ann Cole", email="mary.cole@x.example").greeting_name("en_US") == "Mary"


def test_the_same_earlier_work_word_for_word_is_common_ground() -> None:
    from dataclasses import replace

    from afterword.compose.fragments import Reading

    text = (DATA / "bookbinder-card.toml").read_text()
    facts = from_file(parse_interview_text(text, source="b.toml", default_zone="UTC"),
                      Candidate(name="Jordan Lee"))
    facts = replace(facts, role="Site Supervisor", company="Harbour Works",
                    qualifications=("6 yrs crane operator on tower cranes",),
                    topics=("moving to a site office role",))
    person = replace(facts.people[0],
                     rapport="he worked as a crane operator on tower cranes before the site office")
    said = Reading(facts).rapport(person).text or ""
    assert said.startswith("It was encouraging to hear that you also worked as a crane operator")
    # Different work is not said to be the same.
    other = replace(person, rapport="he worked as a welder on oil rigs before the site office")
    assert "also worked" not in (Reading(facts).rapport(other).text or "")


def test_a_reader_greeted_formally_gets_no_effusive_wording() -> None:
    from dataclasses import replace

    from afterword.compose.drafts import compose

    for name, locale in (("it-support-pune.toml", "en_IN"), ("quantity-surveyor-lagos.toml", "en_NG"),
                         ("bookbinder-card.toml", "en_US")):
        text = (DATA / name).read_text()
        facts = replace(from_file(parse_interview_text(text, source=name, default_zone="UTC"),
                                  Candidate(name="Jordan Lee")), locale=locale)
        for draft in compose(facts):
            if draft.person is not None and draft.person.addressed_formally(locale):
                for word in ("excited", "love to", "delighted", "keener", "Warm"):
                    assert word not in draft.body, (name, word)


@pytest.mark.parametrize(("rapport", "team"), [
    ("both freo dockers tragics", "Freo Dockers"),
    ("both packers fans", "Packers"),
    # An interest, not a team: no line that capitalises it.
    ("both coffee fans", None),
])
def test_fans_of_one_team_are_fellow_fans(rapport: str, team: str | None) -> None:
    from afterword.compose import rapport_kinds

    said = rapport_kinds.sentences(rapport)
    if team is None:
        assert not any("Coffee" in s for s in said)
    else:
        assert said and f"{team} fan." in said[0]
