"""Titles as the locale's usage writes them, in greetings; a job title's qualifier kept."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from afterword.compose import thanks as th
from afterword.compose.drafts import compose
from afterword.compose.facts import Candidate, Facts, Person

START = datetime(2026, 3, 3, 14, tzinfo=UTC)


def _greeting(person: Person, locale: str, *, kind: str = "thank-you",
              role: str = "Sales Director, LATAM") -> str:
    facts = Facts(company="Acme", role=role, start=START, end=START, timezone="UTC",
                  people=(person,), candidate=Candidate("Jordan Lee"), locale=locale,
                  topics=("the pipeline review",), qualifications=("grew the region by 30%",))
    body = compose(facts, kind=kind)[0].body
    first = body.splitlines()[0]
    return first.split(" ", 1)[1].rstrip(",")


@pytest.mark.parametrize(("name", "title", "us", "gb"), [
    # A title in the name: the full stop by locale (English abbreviations only).
    ("Dr. Chidinma Okafor", None, "Dr. Okafor", "Dr Okafor"),
    ("Dr Chidinma Okafor", None, "Dr. Okafor", "Dr Okafor"),
    ("Mr. Alan Hargreaves", None, "Mr. Hargreaves", "Mr Hargreaves"),
    ("Ms Priya Raman", None, "Ms. Raman", "Ms Raman"),
    ("Prof. Hartmut Brenner", None, "Prof. Brenner", "Prof Brenner"),
    ("Dra. Fernanda Lobo", None, "Dra. Lobo", "Dra. Lobo"),  # Spanish: its own usage
    ("Captain Ruth Kanahele", None, "Captain Kanahele", "Captain Kanahele"),
    # A job title that is a form of address, with or without a qualifier.
    ("Chidinma Okafor", "Doctor", "Dr. Okafor", "Dr Okafor"),
    ("Marcus Okafor", "Judge, Fourth Circuit", "Judge Okafor", "Judge Okafor"),
    ("Hartmut Brenner", "Associate Professor of Chemistry", "Professor Brenner",
     "Professor Brenner"),
    ("Hartmut Brenner", "Director of Sales", "Hartmut", "Hartmut"),
    ("Hartmut Brenner", "Professor", "Professor Brenner", "Professor Brenner"),
    # A principal: American usage only; British usage greets by courtesy title, else in full.
    ("Alan Hargreaves", "Principal", "Principal Hargreaves", "Alan Hargreaves"),
    ("Mr. Alan Hargreaves", "Principal", "Mr. Hargreaves", "Mr Hargreaves"),
    ("Alan Hargreaves", "Principal, Lincoln Elementary", "Principal Hargreaves",
     "Alan Hargreaves"),
    ("Alan Hargreaves", "Assistant Principal", "Alan", "Alan"),
    ("Ruth Okafor", "Headteacher", "Ruth Okafor", "Ruth Okafor"),  # formal, no address
    ("Mrs Ruth Okafor", "Head of School", "Mrs. Okafor", "Mrs Okafor"),
    ("Sir Alan Hargreaves", None, "Sir Alan", "Sir Alan"),  # with the given name
    ("Mme Claire Dubois", None, "Mme Dubois", "Mme Dubois"),
    ("Ruth Kanahele", "Captain", "Captain Kanahele", "Captain Kanahele"),
    ("Miriam Cohen", "Rabbi", "Rabbi Cohen", "Rabbi Cohen"),
    ("Alan Hargreaves", "Sales Director, LATAM", "Alan", "Alan"),
])
def test_each_title_is_greeted_as_the_locale_writes_it(name: str, title: str | None, us: str,
                                                      gb: str) -> None:
    person = Person(name, title=title, email="x@acme.example", topics=("the pipeline review",))
    assert _greeting(person, "en_US") == us
    assert _greeting(person, "en_GB") == gb
    assert _greeting(person, "en_AU") == gb  # British usage beyond Britain
    # Every kind of note greets the same way.
    assert _greeting(person, "en_GB", kind="follow-up") == gb


@pytest.mark.parametrize(("role", "said"), [
    ("Sales Director, LATAM", "Sales Director (LATAM)"),
    ("Data Scientist, Pricing", "Data Scientist (Pricing)"),
    ("Store Manager, Scottsdale (Store #214)", "Store Manager (Scottsdale)"),
    ("Lead Technician - Line (Nights)", "Lead Technician"),
])
def test_a_qualifier_after_a_comma_stays_with_the_job_title(role: str, said: str) -> None:
    assert th.role_name(role) == said
    person = Person("Alan Hargreaves", email="x@acme.example", topics=("the pipeline review",))
    facts = Facts(company="Acme", role=role, start=START, end=START, timezone="UTC",
                  people=(person,), candidate=Candidate("Jordan Lee"),
                  qualifications=("grew the region by 30%",))
    for kind in ("thank-you", "follow-up", "rejection-reply", "networking"):
        for draft in compose(facts, kind=kind, channel="email"):
            text = f"{draft.subject or ''} {draft.body}"
            if role.split(",")[0].split(" - ")[0] in text:
                assert said in text, (kind, text)


@pytest.mark.parametrize("title", ["Principal, Strategy & Operations", "Principal (Consulting)",
                                   "Principal - Strategy"])
def test_a_consultancy_s_principal_is_no_head_teacher(title: str) -> None:
    from afterword.compose.facts import ADDRESS_TITLES, title_head

    assert title_head(title) not in ADDRESS_TITLES
    assert ADDRESS_TITLES.get(title_head("Principal, Lincoln Elementary School")) is not None
