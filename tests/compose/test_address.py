"""How a note addresses its reader: given names written after the family name, and the
formal greeting of a card to the head of an organisation (issue 13). Invented names."""

from __future__ import annotations

import pytest

from afterword.compose.address import courtesy, senior
from afterword.compose.facts import Person


@pytest.mark.parametrize(("name", "greeted"), [
    ("Takeda Kenji", "Kenji"),  # Japanese order, family name first
    ("Kenji Takeda", "Kenji"),  # English order
    ("Khoo Mei Lin", "Mei Lin"),
    ("Tran Thi Lan", "Lan"),
    ("Abe Whitlock", "Abe"),  # an English given name that is also a Japanese family name
])
def test_the_given_name_is_greeted_whichever_order_it_is_written_in(name: str,
                                                                   greeted: str) -> None:
    person = Person(name, email="x@example.org")
    assert person.greeting_name("en_US") == greeted
    assert person.given_name == greeted


@pytest.mark.parametrize(("name", "us", "gb", "given"), [
    # "Ir." (Malaysia) and "Er." (Singapore) are engineers' titles; beside "Dr." a greeting
    # takes "Dr." alone, as it does "Prof. Dr."
    ("Ir. Dr. Lim Wei Ming", "Dr. Lim", "Dr Lim", "Wei Ming"),
    ("Ir. Tan Boon Huat", "Ir. Tan", "Ir. Tan", "Boon Huat"),
    # "s/o" (son of): Kumaran is his name, Pillai his father's.
    ("Er. Kumaran s/o Pillai", "Er. Kumaran", "Er. Kumaran", "Kumaran"),
    ("Kumaran s/o Pillai", "Kumaran", "Kumaran", "Kumaran"),
])
def test_engineers_titles_and_patronymics(name: str, us: str, gb: str, given: str) -> None:
    person = Person(name, email="x@example.org")
    assert person.greeting_name("en_US") == us
    assert person.greeting_name("en_GB") == gb
    assert person.given_name == given


@pytest.mark.parametrize(("title", "said", "us", "gb"), [
    ("Chief Executive", ("his plan for the east wing",), "Mr. Oyelaran", "Mr Oyelaran"),
    ("Head of Collections", ("she wants more loans",), "Ms. Oyelaran", "Ms Oyelaran"),
    ("Trustee", (), "Femi Oyelaran", "Femi Oyelaran"),  # no pronoun: the full name
    ("Trustee", ("he and she both spoke",), "Femi Oyelaran", "Femi Oyelaran"),
])
def test_a_card_to_the_head_of_an_organisation_is_formal(title: str, said: tuple[str, ...],
                                                         us: str, gb: str) -> None:
    person = Person("Femi Oyelaran", title=title, channel="handwritten", topics=said)
    assert person.greeting_name("en_US") == us
    assert person.greeting_name("en_GB") == gb


def test_an_email_or_a_card_to_a_colleague_keeps_the_first_name() -> None:
    said = ("his plan for the east wing",)
    assert Person("Femi Oyelaran", title="Chief Executive", email="f@example.org",
                  topics=said).greeting_name("en_US") == "Femi"
    assert Person("Femi Oyelaran", title="Gallery Assistant", channel="handwritten",
                  topics=said).greeting_name("en_US") == "Femi"


def test_a_titled_name_keeps_its_title_on_a_card() -> None:
    person = Person("Dr. Femi Oyelaran", title="Chief Curator", channel="handwritten")
    assert person.greeting_name("en_US") == "Dr. Oyelaran"


@pytest.mark.parametrize(("title", "is_senior"), [
    ("Chief Public Defender", True), ("Deputy Chief, Trial Unit", True),
    ("Head of Learning", True), ("President", True), ("Trustee; Professor of History", True),
    ("CEO", True), ("Managing Director", True),
    ("Head Chef", False), ("Learning Manager", False), ("Senior Producer", False),
    ("Senior Partner", False),  # a rank several hold, not the head of the firm
])
def test_senior_titles(title: str, is_senior: bool) -> None:
    assert senior(title) is is_senior


def test_the_courtesy_title_comes_only_from_one_pronoun() -> None:
    assert courtesy(["he's from the coast"], True) == "Mr."
    assert courtesy(["hers was the best question"], False) == "Ms"
    assert courtesy(["the chapter on shipyards"], True) is None
    assert courtesy(["the theme", "other", "ashes"], True) is None  # no pronoun inside words


def test_the_company_s_addresses_show_a_name_written_family_name_first() -> None:
    from afterword.compose.address import written_family_first

    # "Ren" is itself a family name, so the name alone does not say; the addresses do.
    panel = [("Jo Whitfield", "jo.whitfield@example.org"),
             ("Ishikawa Ren", "ren.ishikawa@example.org")]
    assert written_family_first(panel) == {1}
    # With no colleague to show the company's order, a reversed address proves nothing.
    assert written_family_first(panel[1:]) == frozenset()
    # A company writing family name first for everyone: no one stands out.
    assert written_family_first([("Jo Whitfield", "whitfield.jo@example.org"),
                                 ("Ishikawa Ren", "ren.ishikawa@example.org")]) == frozenset()


def test_a_file_s_panel_greets_by_the_given_name_its_addresses_show() -> None:
    from afterword.compose.facts import _ordered

    people = _ordered((Person("Jo Whitfield", email="jo.whitfield@example.org"),
                       Person("Ishikawa Ren", email="ren.ishikawa@example.org")))
    assert [p.greeting_name("en_GB") for p in people] == ["Jo", "Ren"]
    assert Person("Ishikawa Ren", email="ren.ishikawa@example.org").greeting_name(
        "en_GB") == "Ishikawa"  # alone, the name reads as written: given name first
