"""The "To finish" lines: the field named as the form names it, plain words, the record's own
example, one line per entry, and a long list summed up (records invented for these tests)."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from afterword.compose import asks
from afterword.compose.drafts import compose
from afterword.compose.facts import Candidate, Concern, Facts, Person

# Words of the tool, not of its users: a key of the file, a grammar term, a rule id.
_TOOL_WORDS = re.compile(r"raised_by|`|what follows|improve entry|short subject|\(rapport\)"
                         r"|\([a-z]+(?:-[a-z]+)+\)$")


def _facts(**extra: object) -> Facts:
    base: dict[str, object] = dict(
        candidate=Candidate(name="Noor Haddad", email="noor@example.com"),
        company="Saltmarsh Ferries", role="Deck Officer", timezone="UTC",
        start=datetime(2026, 3, 3, 10, tzinfo=UTC), end=datetime(2026, 3, 3, 11, tzinfo=UTC),
        people=(Person(name="Ewan Tully", email="ewan@saltmarsh.example",
                       topics=("the winter timetable",)),
                Person(name="Marit Solberg", email="marit@saltmarsh.example",
                       topics=("the new hybrid vessel",))),
        qualifications=("kept a clean port state control record for 3 years",
                        "the usual bridge watch things",
                        "ran 40 man-overboard drills, 2 at night in a gale, logged in the ORB"),
        concerns=(Concern("no ice navigation yet", "I have booked the polar code course"),
                  Concern("never run a ro-ro deck", "I loaded cars on the island run for a summer"),
                  Concern("not sure about shift swaps", "")),
    )
    base.update(extra)
    return Facts(**base)  # type: ignore[arg-type]


def _all(facts: Facts) -> list[str]:
    drafts = compose(facts)
    return [*drafts[0].record_todo, *(i for d in drafts for i in d.incomplete)]


def test_each_line_names_its_field_as_the_form_does_and_no_tool_words() -> None:
    lines = _all(_facts())
    assert lines
    for line in lines:
        assert asks.field_of(line) is not None, line
        assert not _TOOL_WORDS.search(line), line


def test_a_qualification_that_cannot_be_said_takes_the_record_s_own_line_as_example() -> None:
    refused = [line for line in _all(_facts()) if "the usual bridge watch things" in line]
    assert len(refused) == 1
    assert refused[0].startswith("Your qualifications: write \u201cthe usual bridge watch things\u201d")
    # The shortest qualification the record says well, as the user would write it.
    assert "like \u201cI ran 40 man-overboard drills\u201d, which your record" in refused[0]


def test_details_cut_from_one_qualification_are_one_line_not_one_each() -> None:
    line = asks.details("ran 40 drills, 2 at night, logged", ["2 at night", "logged"])
    assert line.count("Your qualifications:") == 1
    assert "\u201c2 at night\u201d and \u201clogged\u201d" in line and "they matter" in line
    assert "it matters" in asks.details("ran 40 drills, 2 at night", ["2 at night"])
    assert asks.is_detail(line) and asks.rank(line) == 2


def test_the_list_is_weighed_concerns_then_entries_then_details() -> None:
    concern = asks.item("concern", "say what \u201cno ice work\u201d is about")
    entry = asks.item("qualifications", "write \u201cSTCW\u201d as a sentence starting with \u201cI\u201d")
    detail = asks.details("ran drills", ["at night"])
    assert sorted([detail, entry, concern], key=asks.rank) == [concern, entry, detail]


def test_a_long_list_shows_the_first_few_and_sums_up_the_rest_by_field() -> None:
    lines = [asks.item("concern", f"answer concern {n}") for n in range(2)] + \
        [asks.details(f"entry {n}", ["a part"]) for n in range(4)]
    first, more = asks.shown(lines, "`afterword show 7` lists them all")
    assert first == lines[:asks.SHOWN]
    assert more == "3 smaller points (your qualifications): `afterword show 7` lists them all"
    # One line more than the limit is shown, not summed up as "1 more".
    assert asks.shown(lines[:asks.SHOWN + 1], "x") == (lines[:asks.SHOWN + 1], None)


def test_a_concern_line_does_not_say_concern_twice() -> None:
    line = asks.item("concern", "the concern \u201cweekend cover\u201d is answered in no note")
    assert line == "Their concern: \u201cweekend cover\u201d is answered in no note."


def test_a_reason_is_given_after_the_ask_in_plain_words() -> None:
    line = asks.item("rapport", "add something else you have in common with Ewan",
                     "it touches on private life")
    assert line == ("Something you shared: add something else you have in common with Ewan. "
                    "(Left out: it touches on private life.)")


def test_a_field_ask_is_recognised_in_a_line_that_gives_another_example() -> None:
    ask = "write \u201cSTCW\u201d as a sentence starting with \u201cI\u201d, e.g. \u201cI have ...\u201d"
    line = asks.item("qualifications", asks.with_model(ask, "kept a clean record"))
    assert "e.g." not in line and "\u201cI kept a clean record\u201d" in line
    assert asks.covers(ask, line) and not asks.covers(ask, "Topics: something else.")
    assert asks.label("concerns") == "Their concern" and asks.label("improve") == \
        "What you wish you had said"
    assert asks.label("Ewan Tully: rapport") == "Ewan Tully: Something you shared"


def test_a_long_list_of_lines_with_no_field_label_is_summed_up_without_failing() -> None:
    # Review findings and the signature ask name no field of the record.
    lines = ["set your name so the note is signed", "at 260 words this is long (too-long)",
             "The note does not remind the reader of a skill (missing-qualification)",
             "'Best regards,' is not followed by your name (missing-signoff)",
             "one more finding (grammar)"]
    shown, more = asks.shown(lines, "`afterword show 3` lists them all")
    assert shown == lines[:3]
    assert more == "2 smaller points: `afterword show 3` lists them all"
    assert asks.details("ran the drills", []).startswith("Your qualifications:")


def _models(qualifications: tuple[str, ...]) -> list[str]:
    lines = _all(_facts(qualifications=qualifications))
    return [m for line in lines if line.startswith("Your qualifications")
            for m in re.findall(r"\u201c(I [^\u201d]*)\u201d", line)]


def test_the_candidate_s_own_line_with_only_i_hold_added_is_the_model() -> None:
    # "Class B CDL" goes out as "I hold a Class B CDL": only the frame is the tool's, so it
    # shows the user what a line that works looks like.
    models = _models(("Class B CDL", "4th yr IBEW inside wireman apprentice, ~6,800 OJT hrs"))
    assert any("Class B CDL" in m for m in models), models


def test_a_line_the_tool_rephrased_is_never_the_model() -> None:
    models = _models(("6 yrs warehouse before that", "4th yr IBEW inside wireman apprentice, "
                      "~6,800 OJT hrs"))
    assert not any("warehouse" in m for m in models), models


def test_an_example_made_from_the_entry_is_kept_over_the_record_s_model() -> None:
    ask = ("write \u201ccut AOG avg 5.5hrs -> ~3hrs\u201d as a sentence starting with \u201cI\u201d, "
           "e.g. \u201cI cut the average ... from 5.5 hours to about 3 hours\u201d")
    assert asks.with_model(ask, "hold a Class B CDL") == ask
