"""Through the command line, "ready" means what a coach would agree with: a draft holding a
broken sentence or a jotting's slash is not ready, whether the composer wrote it or the user
edited it in, and says which rule found what."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import EXAMPLES

NOW = {"AFTERWORD_NOW": "2026-03-03T08:30:00-05:00"}
RECORD = """
[application]
company = "Larkspur Freight"
role = "Yard Planner"

[interview]
start = 2026-03-03T14:00:00
timezone = "Europe/London"
qualifications = ["{qualification}"]

[[interviewers]]
name = "Hana Ito"
email = "hana@larkspur.example"
topics = ["the winter trailer shortage"]
"""


def _preview(run_cli, tmp_path: Path, qualification: str) -> dict:
    record = tmp_path / "yard.toml"
    record.write_text(RECORD.format(qualification=qualification), encoding="utf-8")
    result = run_cli("draft", str(record), "--format", "json", env=NOW)
    assert result.exit_code == 0, result.output
    [draft] = json.loads(result.stdout)
    return draft


def test_a_draft_with_a_jotted_clause_in_it_is_not_ready(run_cli, tmp_path: Path) -> None:
    run_cli("profile", "set", "name", "Jordan Lee")
    clean = _preview(run_cli, tmp_path, "ran the yard plan for a 300-trailer depot")
    assert clean["ready"], clean["incomplete"]
    jotted = _preview(run_cli, tmp_path,
                      "set up a parts library in Notion and used by about 30 fitters/drivers")
    if "and used by" in jotted["body"]:  # the composer kept the jotting: the review says so
        assert not jotted["ready"]
        assert any("and used by" in item for item in jotted["incomplete"])
    if "fitters/drivers" in jotted["body"]:
        assert not jotted["ready"]
        assert any("fitters/drivers" in item for item in jotted["incomplete"])


def test_a_broken_sentence_edited_in_makes_the_draft_not_ready(run_cli, tmp_path: Path) -> None:
    run_cli("profile", "set", "name", "Jordan Lee")
    run_cli("profile", "set", "email", "jordan.lee@example.com")
    assert run_cli("add", str(EXAMPLES / "acme-data-engineer.toml")).exit_code == 0
    result = run_cli("draft", "1", "--format", "json", env=NOW)
    first = json.loads(result.stdout)[0]
    assert first["ready"], first["incomplete"]
    editor = tmp_path / "editor.sh"
    # The user adds a line from their notes as it was jotted.
    editor.write_text("#!/bin/sh\nsed -i '0,/^$/s//\\nI admitted NY 2024. I joined Acme 2019.\\n/'"
                      " \"$1\"\n")
    editor.chmod(0o755)
    edited = run_cli("edit-message", str(first["id"]), env={"EDITOR": str(editor), **NOW})
    assert edited.exit_code == 0, edited.output
    # Said in plain words, then the rule's id, which names its page in docs/rules and by
    # which the web app ignores a finding.
    assert "dropped its small words" in edited.stdout and "(broken-phrase)" in edited.stdout
    [stored] = [m for m in json.loads(run_cli("messages", "1", "--format", "json").stdout)
                if m["id"] == first["id"]]
    assert "I admitted NY 2024" in stored["body"]
    assert sum("dropped its small words" in item for item in stored["incomplete"]) == 2
