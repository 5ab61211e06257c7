"""`add`, `edit` and `show` say how the drafts will read a jotted record, and what to rephrase."""

from __future__ import annotations

import json
import re
from pathlib import Path

RECORD = Path(__file__).resolve().parents[2] / "examples" / "jotted" / "support-engineer.toml"


def test_add_shows_each_field_as_it_will_read_and_what_is_left_out(run_cli) -> None:
    result = run_cli("add", str(RECORD))
    assert result.exit_code == 0, result.output
    out = " ".join(result.stdout.split())
    assert "How your notes will use this record" in out
    # Shorthand spelled out, the reader in the second person, an aside named as left out.
    assert "→ our conversation about your plan to split tier 1 and tier 2" in out
    assert "left out: moving from zendesk to their own tool??" in out
    assert "a question to yourself" in out
    # What cannot be phrased is asked for, concretely.
    assert "To rephrase" in out and "add your answer to “no exp w/ kubernetes”" in out


def test_show_lists_only_what_to_rephrase(run_cli) -> None:
    assert run_cli("add", str(RECORD)).exit_code == 0
    result = run_cli("show", "1")
    assert result.exit_code == 0, result.output
    out = " ".join(result.stdout.split())
    assert "To rephrase" in out and "kubernetes" in out
    assert "How your notes will use this record" not in out
    # The JSON view stays the record itself.
    data = json.loads(run_cli("show", "1", "--format", "json").stdout)
    assert data["concerns"][0]["raised_by"] == "Aoife Gallagher"


def test_draft_lists_what_the_record_should_say_once(run_cli) -> None:
    assert run_cli("add", str(RECORD)).exit_code == 0
    result = run_cli("draft", "1")
    assert result.exit_code == 0, result.output
    out = " ".join(result.stdout.split())
    # Once for the whole interview, not under every draft: each item a single time (the
    # unanswered concern, and the detail the qualification's sentence does not carry).
    items = re.findall(r"To finish in the record: (.*?)(?= To finish in the record:| Stored as)",
                       out)
    assert len(items) == len(set(items)) == 2, items
    assert out.count("no exp w/ kubernetes") == 2  # the ask quotes it twice, in one item
    assert "You asked about SQL" in out
