"""Rapport read clause by clause (issue 13, item 4): one private or awkward clause costs the
note only that clause. The shared thing ("both from wigan") is phrased as one sentence to
the reader; family, opinions of people, mishaps, moods and complaints are dropped with the
reason, and never reach the sentence. Examples are invented, in trades and wordings of their
own; the pairs are crossed so no one line's wording is what passes."""

from __future__ import annotations

import itertools
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from afterword.compose.drafts import compose
from afterword.compose.facts import Candidate, Facts, Person, from_file
from afterword.compose.fragments import Phrased, Reading
from afterword.compose.rapport_clauses import sort_out
from afterword.model.interview_file import parse_interview_text

START = datetime(2026, 11, 24, 10, tzinfo=UTC)


def _read(rapport: str) -> Phrased:
    facts = Facts(company="Pennine Heating Services", role="Heating Supervisor", start=START,
                  end=START, timezone="UTC",
                  candidate=Candidate(name="Sam Ortiz", email="sam@example.com"),
                  people=(Person("Gary Holt", rapport=rapport),),
                  topics=("boiler installs",), qualifications=("ran a team of five engineers",))
    return Reading(facts).rapport(facts.people[0])


# What is in common, and the words its sentence must carry.
SHARED = [
    ("both from wigan!!", "from Wigan"),
    ("we're both from toowoomba", "from Toowoomba"),
    ("he also from ipoh", "from Ipoh"),
    ("grew up in sudbury too", "grew up in Sudbury"),
    ("ex royal marines like me, he was at lympstone same time as me in '08", "Lympstone in 2008"),
    ("we switched to tagalog for a bit", "Tagalog"),
]
# What stays out whatever else the line says, and a word of it that must not be said.
PRIVATE = [
    ("his missus works with my sister at the infirmary lol", "sister"),
    ("her son is in my daughter's 3rd grade class at st. anthony", "daughter"),
    ("said the new CO there is useless", "useless"),
    ("steady guy", "steady"),
    ("she talks a LOT but nice", "talks"),
    ("he seemed stressed, rough week", "stressed"),
    ("i spilled water on her notes", "spilled"),
    ("her mom was my grade 4 teacher tho", "teacher"),
]


@pytest.mark.parametrize(("shared", "private"), list(itertools.product(SHARED, PRIVATE)),
                         ids=lambda x: x[0][:18])
@pytest.mark.parametrize("private_first", [False, True])
def test_the_safe_clause_is_kept_and_the_private_one_dropped(
        shared: tuple[str, str], private: tuple[str, str], private_first: bool) -> None:
    line = f"{private[0]}. {shared[0]}" if private_first else f"{shared[0]}. {private[0]}"
    read = _read(line)
    assert read.ok, (line, read.reason)
    assert shared[1] in (read.text or ""), (line, read.text)
    assert private[1].lower() not in (read.text or "").lower(), (line, read.text)
    # The dropped clause is listed, with its reason, for the preview of the record.
    assert any(private[1].lower() in piece.lower() for piece, _ in read.dropped), read.dropped


def test_a_line_with_nothing_safe_is_left_out_with_the_reason() -> None:
    read = _read("her son is in my daughter's class lol, said the head is useless")
    assert not read.ok and read.reason
    assert {why for _, why in read.dropped} >= {"it is about family, which stays out of a note",
                                               "it is an opinion of someone"}


@pytest.mark.parametrize(("piece", "reason"), [
    ("his daughter plays netball with my youngest", "family"),
    ("knew my nans bakery", "family"),
    ("he said chef dupuis is a tyrant", "opinion"),
    ("very serious guy at first", "opinion"),
    ("very chill", "opinion"),
    ("she had a rough week", "seemed"),
    ("we both hate the new parking lot", "complaint"),
    # No verdict here: a pet in the interview is left to the line's own readings.
    ("her dog barked thru my whole answer", None),
])
def test_each_clause_is_sorted_with_its_reason(piece: str, reason: str | None) -> None:
    safe, out = sort_out(piece)
    if reason is None:
        assert not out and safe, (safe, out)
        return
    assert out and reason in out[0][1], out


def test_what_only_the_reader_did_beside_what_we_talked_about() -> None:
    # Small talk beside what the reader told of their own world: said as the talk, as jotted.
    read = _read("he did an exchange year in porto in 2010, we talked about the pastries 10 min")
    assert read.ok and re.search(r"about the pastries", read.text or ""), read
    assert "Porto and its" not in (read.text or "")
    # Alone, "we talked about X" is the interview itself.
    assert not _read("we talked about the rota for weekends").ok


@pytest.mark.parametrize("jotted", [
    "he did erasmus in lyon in 2009, we talked about the layoffs 10 min",
    "she worked in chennai for years, we talked about the floods",
    "he lived in oslo, we talked about the divorce",
    "she grew up in accra, we talked about the visa stuff",
])
def test_grim_small_talk_is_never_a_line(jotted: str) -> None:
    read = _read(jotted)
    assert not read.ok or not re.search(r"(?i)layoffs|floods|divorce|visa", read.text or ""), read
    # The ask may quote the user's own line back to them, never offer it as a model.
    assert "I enjoyed" not in (read.ask or ""), read


def test_a_word_no_list_knows_is_asked_with_the_line_as_example() -> None:
    read = _read("he lived in bilbao for years, we talked about the pintxos 10 min")
    assert not read.ok and read.ask, read
    assert "pintxos" in read.ask and "e.g. \u201cI enjoyed" in read.ask, read


def test_a_family_connection_is_left_out_and_asked() -> None:
    read = _read("knew my grandpas shop in ames!! small world")
    assert not read.ok and read.ask and "family" in (read.reason or "")


RECORDS = sorted((Path(__file__).parent / "data" / "rapport_clause_records").glob("*.toml"))
# Words of the dropped clauses of these records (family, opinions, moods, mishaps): none may
# reach a thank-you.
_NEVER = re.compile(r"(?i)\b(?:missus|sister|husband|wife|daughter|youngest|mom|useless|tyrant|"
                    r"nightmare|fired|chatty|stressed|rough week|spilled|ahead of me)\b")


@pytest.mark.parametrize("record", RECORDS, ids=lambda p: p.stem)
def test_every_reader_of_these_records_gets_a_safe_line_of_rapport(record: Path) -> None:
    """Each interviewer's rapport mixes something in common with a clause that must stay
    out: every thank-you carries a line of rapport, and none carries the other clause."""
    facts = from_file(parse_interview_text(record.read_text(encoding="utf-8"),
                                           source=record.name, default_zone="UTC"),
                      Candidate(name="Jordan Lee", email="jordan.lee@example.com"))
    for note in compose(facts, kind="thank-you"):
        assert re.search(r"(?i)\bboth\b|fellow|familiar face", note.body), note.body
        assert not _NEVER.search(note.body), note.body
        assert not any(item.startswith("Something you shared") for item in note.incomplete), \
            note.incomplete


@pytest.mark.parametrize(("jotted", "said"), [
    ("she's also a potter, goes to the same gym as me", "we are both potters"),
    ("he's training for the dublin marathon, i ran it in 2023 lol",
     "Good luck with your training for the Dublin Marathon, which I ran in 2023."),
    ("she also did her apprenticeship at ferncliff joinery!", "we both did our apprenticeship"),
    ("also trained at the kessler institute, she said the dean is a nightmare",
     "we both trained at the Kessler Institute"),
])
def test_more_kinds_of_what_is_shared(jotted: str, said: str) -> None:
    read = _read(jotted)
    assert read.ok and said in (read.text or ""), read
    assert not re.search(r"(?i)\b(?:gym|nightmare|dean|lol)\b", read.text or "")


def test_only_the_reader_training_is_nothing_in_common() -> None:
    assert not _read("he's training for the dublin marathon").ok


def test_a_name_the_typo_fixer_would_change_is_asked_as_jotted() -> None:
    read = _read("we both did our MBA at insead")
    assert not read.ok and read.ask and "insead" in read.ask and "instead" not in read.ask, read
    assert _read("we both trained at harrogate").ok


@pytest.mark.parametrize(("said", "cased"), [
    ("we both worked at the savoy", "we both worked at the Savoy"),
    ("both trained at ferrandi", "both trained at Ferrandi"),
    # A common noun's plural is no name, though the word lists hold only its singular.
    ("we both started at weeklies", "we both started at weeklies"),
    ("both at newspapers", "both at newspapers"),
])
def test_only_names_typed_in_lower_case_are_capitalised(said: str, cased: str) -> None:
    from afterword.compose.rapport_clauses import recased

    assert recased(said) == cased


@pytest.mark.parametrize(("line", "shared"), [
    ("we're both from laredo", "Laredo"),
    ("she's from cork, me too", "Cork"),
    # "also" about something else: where she is from is hers alone (a blind coach's find).
    ("she was also nervous in her first week in London, she is from Leeds", None),
    ("she is from Leeds", None),
])
def test_a_place_is_shared_only_when_the_line_says_so(line: str, shared: str | None) -> None:
    import re

    from afterword.compose.rapport_kinds import _place

    parts = [x.strip() for x in re.split(r"[,;.!]+", line) if x.strip()]
    said = _place(parts, line)
    assert (said is None) if shared is None else (said is not None and shared in said), said
