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
    assert out.count("no exp w/ kubernetes") == 1  # one line, which quotes it once
    assert re.search(r"your question about SQL", out), out


def test_show_and_draft_say_which_note_waits_for_what(run_cli, tmp_path: Path) -> None:
    record = tmp_path / "panel.toml"
    record.write_text('''
[application]
company = "Ledger & Co"
role = "Staff Accountant"

[interview]
start = 2026-03-03T14:00:00
timezone = "Europe/London"
qualifications = ["cut month-end close from ten days to six",
                  "reconciled 40 bank accounts a month for three years"]

[[interview.concerns]]
concern = "no netsuite exp"
answer = "similar-ish, the QRB + ZTL stuff covers it mostly"

[[interviewers]]
name = "Hana Ito"
email = "hana@ledger.example"
topics = ["the month-end close"]

[[interviewers]]
name = "Omar Diaz"
email = "omar@ledger.example"
point_of_contact = true
topics = ["the audit timeline"]
''', encoding="utf-8")
    assert run_cli("profile", "set", "name", "Jordan Lee").exit_code == 0
    assert run_cli("add", str(record)).exit_code == 0
    out = " ".join(run_cli("show", "1").stdout.split())
    assert "✓ to Hana Ito (email): nothing it needs is missing" in out
    numbered = re.search(r"(\d+)\. Their concern: write your answer to “no netsuite exp”", out)
    assert numbered and f"to Omar Diaz (email): waits for {numbered.group(1)} above" in out
    drafts = json.loads(run_cli("draft", "1", "--format", "json").stdout)
    hana, omar = drafts
    assert hana["ready"] and not hana["incomplete"]
    assert not omar["ready"] and any("no netsuite exp" in i for i in omar["incomplete"])
    text = " ".join(run_cli("draft", "1").stdout.split())
    # Under Omar's note, before the end: not gathered after every draft.
    assert text.index("To finish: Their concern: write your answer to “no netsuite exp”") < text.index(
        "Stored as")
    assert text.index("thank-you to Omar Diaz") < text.index("To finish: Their concern: write your answer")
    # Omar's note shows what is left, not a text score that reads as "nearly done"; Hana's,
    # ready, shows its score.
    omar_box = text[text.index("thank-you to Omar Diaz"):text.index("To finish: Their concern: write your answer")]
    assert f"not ready · {len(omar['incomplete'])} to finish below" in omar_box
    assert "/100" not in omar_box
    hana_box = text[text.index("thank-you to Hana Ito"):text.index("thank-you to Omar Diaz")]
    assert "/100 · ready" in hana_box


def test_a_note_waiting_only_for_its_own_items_says_so_without_a_stray_space(
        run_cli, tmp_path: Path) -> None:
    # A note waits for a qualification of its own, which is no numbered item above.
    record = tmp_path / "two.toml"
    record.write_text('''
[application]
company = "PaisaPal Technologies"
role = "Senior Data Analyst"

[interview]
start = 2026-03-02T14:00:00
timezone = "Asia/Kolkata"
topics = ["the churn model for the SME segment", "moving the KPI dashboards off Excel"]
qualifications = ["cut report turnaround from 3 days to 4 hrs using dbt"]

[[interviewers]]
name = "Kavya Ramaswamy"
email = "kavya@paisapal.example"

[[interviewers]]
name = "Arjun Mehta"
email = "arjun@paisapal.example"

[[interviewers]]
name = "Ravi Iyer"
email = "ravi@paisapal.example"

[[interviewers]]
name = "Meera Pillai"
email = "meera@paisapal.example"
''', encoding="utf-8")
    assert run_cli("profile", "set", "name", "Jordan Lee").exit_code == 0
    result = run_cli("add", str(record))
    assert result.exit_code == 0, result.output
    out = " ".join(result.stdout.split())
    # One qualification, said to the first reader and in other words to the next two: the
    # fourth note waits for one of its own.
    assert "to Meera Pillai (email): waits for: Your qualifications: Meera's note says nothing" \
        in out, out
    assert "waits for :" not in out


def test_draft_shows_the_first_few_record_lines_and_show_lists_them_all(run_cli,
                                                                      tmp_path: Path) -> None:
    # Six things the record could say better: `draft` shows three and sums up the rest.
    record = tmp_path / "long.toml"
    record.write_text('''
[application]
company = "Fernbank Nurseries"
role = "Propagation Lead"

[interview]
start = 2026-05-05T10:00:00
timezone = "Europe/London"
qualifications = ["ran the mist bench for 4 yrs, 2 glasshouses, 90k cuttings a yr",
                  "cut losses to damping off by half, mostly by changing the compost mix",
                  "trained 3 seasonal staff, 1 stayed on full time"]

[[interview.concerns]]
concern = "no tissue culture"

[[interview.concerns]]
concern = "never managed a budget"

[[interviewers]]
name = "Mags Ferrier"
email = "mags@fernbank.example"
topics = ["the new glasshouse"]
''', encoding="utf-8")
    assert run_cli("add", str(record)).exit_code == 0
    [draft] = json.loads(run_cli("draft", "1", "--format", "json").stdout)
    everything = draft["record_to_finish"]
    assert len(everything) > 4, everything
    text = run_cli("draft", "1").stdout
    listed = [line for line in text.splitlines() if "To finish in the record:" in line]
    assert len(listed) == 4, listed
    assert f"{len(everything) - 3} smaller points" in listed[-1]
    # In a terminal there is nothing to "open": the line names the command that lists them,
    # with this interview's own id.
    assert listed[-1].rstrip().endswith("`afterword show 1` lists them all"), listed[-1]
    shown = " ".join(run_cli("show", "1").stdout.split())
    for line in everything:
        assert " ".join(line.split())[:60] in shown, line
