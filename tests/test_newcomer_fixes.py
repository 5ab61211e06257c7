"""Behaviours a newcomer's trial run asked for: each would fail without its fix."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from afterword.compose.drafts import compose
from afterword.compose.facts import Candidate, Facts, Person
from afterword.errors import InvalidInput
from afterword.timezones import zone
from tests.conftest import EXAMPLES

NOW = {"AFTERWORD_NOW": "2026-03-03T08:30:00-05:00"}


def test_zone_abbreviations_are_refused_with_the_place_meant() -> None:
    with pytest.raises(InvalidInput) as exc:
        zone("EST")
    assert "abbreviation" in exc.value.message and "America/New_York" in (exc.value.hint or "")


def test_a_mistyped_zone_gets_a_suggestion() -> None:
    with pytest.raises(InvalidInput) as exc:
        zone("Montréal")
    assert exc.value.hint == "Did you mean America/Montreal?"


@pytest.mark.parametrize(("typed", "place"), [("Eastern", "America/New_York"),
                                               ("Mountain", "America/Denver"),
                                               ("pacific", "America/Los_Angeles")])
def test_a_us_zone_word_gets_the_place_not_a_legacy_alias(typed: str, place: str) -> None:
    with pytest.raises(InvalidInput) as exc:
        zone(typed)
    assert exc.value.hint == f"Did you mean {place}?"


def test_redrafting_keeps_a_hand_edited_draft(run_cli, tmp_path: Path) -> None:
    run_cli("profile", "set", "name", "Jordan Lee")
    run_cli("add", str(EXAMPLES / "acme-data-engineer.toml"))
    first = json.loads(run_cli("draft", "1", "--format", "json", env=NOW).stdout)
    editor = tmp_path / "ed.sh"
    editor.write_text("#!/bin/sh\nsed -i 's/Best regards/Warmly/' \"$1\"\n")
    editor.chmod(0o755)
    later = {"AFTERWORD_NOW": "2026-03-03T09:00:00-05:00"}
    assert run_cli("edit-message", str(first[0]["id"]), env={"EDITOR": str(editor), **later}
                   ).exit_code == 0
    again = json.loads(run_cli("draft", "1", "--variant", "1", "--format", "json",
                               env=later).stdout)
    assert any("kept your edited draft" in n for n in again[0]["notes"])
    ids = {m["id"] for m in json.loads(run_cli("messages", "1", "--format", "json").stdout)}
    assert first[0]["id"] in ids and first[1]["id"] not in ids


def test_an_early_follow_up_draft_says_when_it_is_fine(run_cli) -> None:
    run_cli("profile", "set", "name", "Jordan Lee")
    run_cli("add", str(EXAMPLES / "acme-data-engineer.toml"))
    [draft] = json.loads(run_cli("draft", "1", "--kind", "follow-up", "--format", "json",
                                 env=NOW).stdout)
    assert any(n.startswith("not yet:") and "The plan has it for" in n for n in draft["notes"])


def test_a_text_note_with_a_subject_line_keeps_its_accents(run_cli, tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text("Subject: Merci - entrevue\n\nDear Geneviève,\n\nThank you for your time.\n"
                    "\nBest,\nRenée Dubois-Håkansson\n", encoding="utf-8")
    ctx = tmp_path / "ctx.json"
    ctx.write_text(json.dumps({"recipient": {"name": "Geneviève Lefèvre"},
                               "candidate": "Renée Dubois-Håkansson"}))
    result = run_cli("review", str(note), "--context", str(ctx), "--format", "json")
    rules = {f["rule"] for f in json.loads(result.stdout)["findings"]}
    assert not {"wrong-recipient-name", "missing-signoff"} & rules
    assert "generic-subject" not in rules or "Merci" in result.stdout


def test_an_unreadable_timeframe_is_said_with_what_was_assumed(run_cli, tmp_path: Path) -> None:
    f = tmp_path / "i.toml"
    f.write_text('[application]\ncompany = "Globex"\nrole = "Analyst"\n[interview]\n'
                 'start = 2026-04-01T10:00:00Z\ntimeframe = "once the board has met"\n'
                 '[[interviewers]]\nname = "Sam Lee"\n')
    result = run_cli("add", str(f))
    said = " ".join(result.stderr.split())
    assert result.exit_code == 0 and "could not read a date in" in said
    assert "a week after your thank-you notes" in said and "afterword edit 1" in said


def test_add_says_the_date_a_timeframe_is_read_as(run_cli, tmp_path: Path) -> None:
    f = tmp_path / "i.toml"
    f.write_text('[application]\ncompany = "Globex"\nrole = "Analyst"\n[interview]\n'
                 'start = 2026-04-14T10:00:00Z\ntimeframe = "by Friday"\n'
                 '[[interviewers]]\nname = "Sam Lee"\n')
    result = run_cli("add", str(f))
    said = " ".join(result.stderr.split())
    assert result.exit_code == 0 and "reads it as by Friday 17 April" in said, said
    shown = run_cli("show", "1")
    assert "by Friday (by Friday 17 April)" in " ".join(shown.stdout.split())


def test_a_title_is_kept_with_the_full_name_in_greetings() -> None:
    from datetime import UTC, datetime

    facts = Facts(company="Clinique", role="Nurse", start=datetime(2026, 3, 2, 9, tzinfo=UTC),
                  end=datetime(2026, 3, 2, 10, tzinfo=UTC), timezone="UTC",
                  people=(Person("Dr. Minh Châu Nguyễn", email="m@c.example",
                                 topics=("night shifts",)),),
                  candidate=Candidate("Ana Ruiz"), qualifications=("six years in the ICU",),
                  locale="en_US")
    [draft] = compose(facts)
    assert draft.body.splitlines()[0] in ("Dear Dr. Minh Châu Nguyễn,",
                                          "Hello Dr. Minh Châu Nguyễn,")


def test_record_words_are_not_spelling_mistakes(run_cli, tmp_path: Path) -> None:
    f = tmp_path / "i.toml"
    f.write_text('[application]\ncompany = "Saint-Éloi"\nrole = "Nurse"\n[interview]\n'
                 'start = 2026-04-01T10:00:00Z\ntopics = ["night shifts"]\n'
                 'qualifications = ["cut unplanned intubations by 30% with PALS-trained staff"]\n'
                 '[[interviewers]]\nname = "Sam Lee"\nemail = "sam@example.com"\n')
    run_cli("profile", "set", "name", "Ana Ruiz")
    assert run_cli("add", str(f)).exit_code == 0
    drafts = json.loads(run_cli("draft", "1", "--format", "json").stdout)
    rules = {f["rule"] for d in drafts for f in d["findings"]}
    assert "spelling" not in rules and "shouting" not in rules
