"""Acronyms of the reader's own trade and product names stay as written; the candidate's
private clippings are still unsure. Every example is invented."""

from __future__ import annotations

import pytest

from afterword.language.acronyms import unsure
from afterword.language.jotted import Reader

PLATFORM = Reader(titles=["Platform Engineer"], setting=["Gridline Software"])
SERVICE = Reader(titles=["Service Advisor"], setting=["Ridgeway Motors"])
SITE = Reader(titles=["Assistant Site Manager"], setting=["Hollins Build"])
CLAIMS = Reader(titles=["Senior Claims Handler"], setting=["Brightwater Mutual Insurance"])
WARD = Reader(titles=["Staff Nurse"], setting=["Westgate Hospital"])
BAKERY = Reader(titles=["Head Baker"], setting=["Crumb and Crust"])


@pytest.mark.parametrize(("reader", "phrase"), [
    (PLATFORM, "cut MTTR by half on the payments stack"),
    (PLATFORM, "wrote the RCA for the March outage"),
    (SERVICE, "wrote clearer ROs for the night shift"),
    (SERVICE, "cleared DTCs on 30 hybrids"),
    (SITE, "I hold my SMSTS"),
    (SITE, "ran RFIs and POs for a 40-unit block"),
    (CLAIMS, "cleared the FNOL backlog in a month"),
    (WARD, "led the MDT huddle on a surgical ward"),
])
def test_a_term_of_the_readers_trade_is_sure(reader: Reader, phrase: str) -> None:
    assert unsure(phrase, reader) == []


@pytest.mark.parametrize(("phrase", "term"), [
    ("cut MTTR by half on the payments stack", "MTTR"),
    ("cleared the FNOL backlog in a month", "FNOL"),
    ("led the MDT huddle on a surgical ward", "MDT"),
])
def test_the_same_term_to_a_reader_of_another_trade_is_unsure(phrase: str, term: str) -> None:
    assert unsure(phrase, BAKERY) == [term]


@pytest.mark.parametrize("phrase", [
    "did 6 months of JTO on the line",   # the candidate's own clipping, in any trade
    "learned the WPL process at Dunmore",
])
def test_a_private_clipping_stays_unsure_in_the_readers_trade(phrase: str) -> None:
    assert unsure(phrase, PLATFORM) != []


@pytest.mark.parametrize("phrase", [
    "Salesforce CPQ, Tableau and some Looker",
    "Oracle EBS and Workday",
    "configured Trimble SX for the survey crew",
])
def test_a_product_name_with_its_acronym_is_sure(phrase: str) -> None:
    assert unsure(phrase) == []


@pytest.mark.parametrize(("phrase", "term"), [
    ("Led QBRs for 12 accounts", "QBRs"),          # a verb before it: no product
    ("Weekly QBRs with the region", "QBRs"),       # an adjective
    ("Hospital JTO", "JTO"),                       # an everyday noun is no brand
])
def test_a_word_that_is_no_brand_makes_no_product(phrase: str, term: str) -> None:
    assert unsure(phrase) == [term]


@pytest.mark.parametrize("phrase", [
    # A credential, an exam or a standard is named by its body's letters, which the reader's
    # trade knows; three coaches in a row called "spell out ..." for these needless.
    "passed NFPA 1001 level I and II", "sitting the TPC in feb", "CPAT passed first try",
    "WHS cert IV", "hold a CSCS card", "got my CDL-A in may", "HCPC registered",
    "member of the IFoA since 2023", "passed Series 7 and the SIE exam",
])
def test_a_credential_or_exam_named_by_its_letters_is_sure(phrase: str) -> None:
    from afterword.language.acronyms import unsure

    assert not [w for w in unsure(phrase) if w.isupper()], unsure(phrase)


@pytest.mark.parametrize(("phrase", "private"), [
    ("did JE for the AP team", "JE"), ("6 months OJT at the plant", "OJT"),
    ("SW PDM admin", "PDM"), ("ran the QBRs w/ the DMs", "DMs"),
])
def test_private_shorthand_is_still_unsure(phrase: str, private: str) -> None:
    from afterword.language.acronyms import unsure

    assert private in unsure(phrase)
