from __future__ import annotations

import email
import json
import re
import subprocess
from email import policy
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES

ACME = EXAMPLES / "acme-data-engineer.toml"
HARBOR = EXAMPLES / "harbor-panel.toml"
NOW = {"AFTERWORD_NOW": "2026-03-03T08:30:00-05:00"}


@pytest.fixture
def stored(run_cli):
    run_cli("profile", "set", "name", "Jordan Lee")
    run_cli("profile", "set", "email", "jordan.lee@example.com")
    assert run_cli("add", str(ACME)).exit_code == 0
    assert run_cli("add", str(HARBOR)).exit_code == 0
    return run_cli


def _drafts(run, *args: str) -> list[dict]:
    result = run("draft", *args, "--format", "json", env=NOW)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_draft_stores_one_reviewed_note_per_interviewer(stored) -> None:
    drafts = _drafts(stored, "2")
    assert [(d["to"], d["channel"]) for d in drafts] == [
        ("Margaret Ellison", "handwritten"), ("Olusegun Adeyemi", "email"),
        ("Chloé Martin", "linkedin-message")]
    assert all(d["incomplete"] == [] and d["score"] == 100 for d in drafts)
    listed = json.loads(stored("messages", "2", "--format", "json").stdout)
    assert [m["id"] for m in listed] == [d["id"] for d in drafts]
    assert {m["state"] for m in listed} == {"draft"}


def test_drafting_again_replaces_unsent_drafts_only(stored, store_of) -> None:
    first = _drafts(stored, "1")
    store_of(lambda s: s.execute(
        "UPDATE messages SET state = 'queued' WHERE id = :id", {"id": first[0]["id"]}))
    second = _drafts(stored, "1", "--variant", "1")
    listed = json.loads(stored("messages", "1", "--format", "json").stdout)
    assert {m["id"] for m in listed} == {first[0]["id"], *(d["id"] for d in second)}
    assert first[1]["id"] not in {m["id"] for m in listed}
    queued = next(m for m in listed if m["id"] == first[0]["id"])
    assert queued["state"] == "queued" and queued["body"] == first[0]["body"]
    # Priya's thank-you is on its way: no second one is drafted beside it.
    assert [d["to"] for d in second] == [first[1]["to"]]
    assert any("no new thank-you for Priya Raman (message 1 is queued" in n
               for n in second[0]["notes"]), second[0]["notes"]


def test_drafting_after_every_thank_you_went_out_says_so_and_drafts_nothing(stored) -> None:
    first = _drafts(stored, "1")
    for d in first:
        assert stored("mark-sent", str(d["id"]), "--on", "2026-03-02T18:00",
                      env=NOW).exit_code == 0
    again = stored("draft", "1", env=NOW)
    assert again.exit_code != 0
    said = " ".join(again.output.split())
    assert "every interviewer already has your thank-you" in said, said
    assert "Priya Raman (message 1 went out on Mon, 2 Mar 2026, 18:00" in said, said
    assert "afterword draft 1 --kind follow-up" in said, said
    assert "Traceback" not in said
    listed = json.loads(stored("messages", "1", "--format", "json").stdout)
    assert [m["state"] for m in listed] == ["sent", "sent"]


def test_draft_of_a_file_only_previews(run_cli) -> None:
    run_cli("profile", "set", "name", "Jordan Lee")
    result = run_cli("draft", str(ACME), env=NOW)
    assert result.exit_code == 0, result.output
    assert "Priya" in result.stdout and "score 100/100" in result.stdout
    assert json.loads(run_cli("list", "--format", "json").stdout) == []


def test_draft_says_what_to_add_when_the_record_is_thin(run_cli, tmp_path: Path) -> None:
    run_cli("profile", "set", "name", "Jordan Lee")
    thin = tmp_path / "thin.toml"
    thin.write_text('[application]\ncompany = "Globex"\nrole = "Analyst"\n[interview]\n'
                    'start = 2026-03-02T10:00:00Z\n[[interviewers]]\nname = "Priya Raman"\n'
                    'email = "priya@globex.example"\n')
    assert run_cli("add", str(thin)).exit_code == 0
    [draft] = _drafts(run_cli, "1")
    assert any("Topics: add something you discussed with Priya" in r for r in draft["incomplete"])
    text = run_cli("draft", "1", env=NOW)
    assert "To finish:" in text.stdout


def test_follow_up_kind_and_bad_options(stored) -> None:
    [follow_up] = _drafts(stored, "1", "--kind", "follow-up")
    assert follow_up["to"] == "Priya Raman" and "decision was expected by 16 March" in follow_up["body"]
    bad = stored("draft", "1", "--kind", "thank-u")
    assert bad.exit_code == 2 and "thank-you, follow-up" in bad.stderr
    missing = stored("draft", "99")
    assert missing.exit_code == 2 and "there is no interview 99" in missing.stderr


def test_export_eml_is_real_mail_with_accented_names(stored, tmp_path: Path) -> None:
    drafts = _drafts(stored, "1")
    tomas = next(d for d in drafts if d["to"] == "Tomás Ortega")
    out = tmp_path / "note.eml"
    assert stored("export", str(tomas["id"]), "--as", "eml", "--out", str(out),
                  env=NOW).exit_code == 0
    msg = email.message_from_bytes(out.read_bytes(), policy=policy.default)
    assert msg["To"].addresses[0].display_name == "Tomás Ortega"
    assert msg["From"].addresses[0].addr_spec == "jordan.lee@example.com"
    assert msg["Subject"] == tomas["subject"]
    assert msg["Message-ID"].endswith("@example.com>")
    # The file has CRLF line ends, as mail does: the body reads back with them.
    assert msg.get_body(("plain",)).get_content().replace("\r\n", "\n").strip() == tomas["body"]


def test_exporting_an_unfinished_note_says_so_and_a_finished_one_does_not(stored, store_of,
                                                                          tmp_path: Path) -> None:
    [priya, tomas] = _drafts(stored, "1")
    assert priya["incomplete"] == []
    store_of(lambda s: s.execute(
        "UPDATE messages SET incomplete = :gaps WHERE id = :id",
        {"gaps": json.dumps(["add a topic you discussed with Tomás"]), "id": tomas["id"]}))
    unfinished = stored("export", str(tomas["id"]), "--as", "eml", "--out",
                        str(tmp_path / "t.eml"), env=NOW)
    assert unfinished.exit_code == 0, unfinished.output
    said = " ".join(unfinished.stderr.split())
    assert f"Message {tomas['id']} is not ready: 1 thing left to finish" in said
    finished = stored("export", str(priya["id"]), "--as", "txt", env=NOW)
    assert "not ready" not in finished.stderr


def test_export_mailto_txt_md(stored) -> None:
    [priya, _] = _drafts(stored, "1")
    mailto = stored("export", str(priya["id"]), "--as", "mailto").stdout.strip()
    assert mailto.startswith("mailto:priya.raman@acme-analytics.example?subject=Thank%20you")
    assert "%0D%0A" in mailto
    assert stored("export", str(priya["id"]), "--as", "txt").stdout.startswith("Subject: ")
    assert "**Subject:**" in stored("export", str(priya["id"]), "--as", "md").stdout
    bad = stored("export", str(priya["id"]), "--as", "docx")
    assert bad.exit_code == 2 and "eml, txt, md, mailto, card" in bad.stderr


def test_export_card_writes_printable_html_and_pdf(stored, tmp_path: Path) -> None:
    [card, *_] = _drafts(stored, "2")
    stem = tmp_path / "card"
    result = stored("export", str(card["id"]), "--as", "card", "--out", str(stem))
    assert result.exit_code == 0, result.output
    assert "Dear Margaret," in (tmp_path / "card.html").read_text()
    text = subprocess.run(["pdftotext", str(tmp_path / "card.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Dear Margaret," in text and "Jordan Lee" in text
    pages = subprocess.run(["pdfinfo", str(tmp_path / "card.pdf")], capture_output=True,
                           text=True, check=True).stdout
    assert "Pages:           1" in pages


def test_linkedin_notes_are_printed_when_there_is_no_clipboard(stored) -> None:
    drafts = _drafts(stored, "2")
    chloe = next(d for d in drafts if d["channel"] == "linkedin-message")
    result = stored("export", str(chloe["id"]), env={"DISPLAY": "", "WAYLAND_DISPLAY": ""})
    assert result.exit_code == 0
    assert chloe["body"] in result.stdout


def test_draft_out_writes_each_note_in_its_channel_format(stored, tmp_path: Path) -> None:
    out = tmp_path / "drafts"
    assert stored("draft", "2", "--out", str(out), env=NOW).exit_code == 0
    names = sorted(p.suffix for p in out.iterdir())
    assert names == [".eml", ".html", ".txt"]


def test_edit_message_re_reviews_on_save(stored, tmp_path: Path) -> None:
    [priya, _] = _drafts(stored, "1")
    editor = tmp_path / "editor.sh"
    editor.write_text("#!/bin/sh\nsed -i 's/Acme Analytics/Harbor \\& Finch Architects/' \"$1\"\n")
    editor.chmod(0o755)
    result = stored("edit-message", str(priya["id"]), env={"EDITOR": str(editor), **NOW})
    assert result.exit_code == 0, result.output
    assert "wrong-company" in result.stdout
    [stored_msg] = [m for m in json.loads(stored("messages", "1", "--format", "json").stdout)
                    if m["id"] == priya["id"]]
    assert "Harbor & Finch" in stored_msg["body"]
    assert any("wrong-company" in r for r in stored_msg["incomplete"])


def test_edit_message_refuses_a_note_over_the_length_limit_and_keeps_the_old_text(
        stored, tmp_path: Path) -> None:
    [priya, _] = _drafts(stored, "1")
    editor = tmp_path / "editor.sh"
    # A paste gone wrong: the note repeated 400 times, some 300,000 characters.
    editor.write_text("#!/bin/sh\nfor i in $(seq 400); do cat \"$1\"; done > \"$1.x\" "
                      "&& mv \"$1.x\" \"$1\"\n")
    editor.chmod(0o755)
    result = stored("edit-message", str(priya["id"]), env={"EDITOR": str(editor), **NOW})
    said = " ".join(result.output.split())
    assert result.exit_code != 0 and "Traceback" not in said
    assert "the note is" in said and "at most 20,000 fit here" in said, said
    [kept] = [m for m in json.loads(stored("messages", "1", "--format", "json").stdout)
              if m["id"] == priya["id"]]
    assert kept["body"] == priya["body"]


def test_unknown_message_ids_are_clear_errors(stored) -> None:
    for command in (["export", "42"], ["edit-message", "42"]):
        result = stored(*command)
        assert result.exit_code == 2 and "there is no message 42" in result.stderr


def test_an_early_follow_up_draft_names_the_plan_s_own_time(stored) -> None:
    stored("profile", "set", "timezone", "America/New_York")
    [draft] = _drafts(stored, "1", "--kind", "follow-up")
    [said] = [n for n in draft["notes"] if n.startswith("not yet")]
    plan = json.loads(stored("plan", "1", "--format", "json", env=NOW).stdout)
    first = next(s for s in plan["steps"] if s["kind"] == "follow-up")
    assert first["when"].startswith("2026-03-17T09:00")
    assert "The plan has it for Tue, 17 Mar 2026, 09:00 EDT." in said, said


def test_a_timeframe_afterword_cannot_read_is_not_called_none(stored, tmp_path) -> None:
    jotted = tmp_path / "jotted.toml"
    jotted.write_text(ACME.read_text(encoding="utf-8").replace(
        'timeframe = "within two weeks"', 'timeframe = "whenever the budget clears"').replace(
        'role = "Data Engineer"', 'role = "Analytics Engineer"'), encoding="utf-8")  # a new role
    assert "whenever the budget clears" in jotted.read_text(encoding="utf-8")
    assert stored("add", str(jotted)).exit_code == 0
    [draft] = _drafts(stored, "3", "--kind", "follow-up")
    said = " ".join(draft["notes"])
    assert "could not read a date in \u201cwhenever the budget clears\u201d" in said, said
    assert "No timeframe was given" not in said


def test_drafting_before_the_interview_says_once_that_it_has_not_happened(stored) -> None:
    # The clock (3 March) is before Harbor's panel (Thursday 5 March, London): drafting ahead
    # is allowed, and the notes say so, once for the interview, not under every note.
    text = stored("draft", "2", env=NOW)
    assert text.exit_code == 0, text.output
    said = " ".join(text.stdout.split())
    assert said.count("has not happened yet") == 1, said
    assert "the interview (Thu, 5 Mar 2026, 10:00 GMT) has not happened yet" in said
    drafts = _drafts(stored, "1")  # Acme was on 2 March: nothing to say
    assert not any("has not happened" in n for d in drafts for n in d["notes"])


def test_a_draft_can_be_deleted_and_a_sent_note_cannot(stored, store_of) -> None:
    drafts = _drafts(stored, "1")
    first, second = drafts[0]["id"], drafts[1]["id"]
    refused = stored("delete-message", str(first))  # no terminal to ask at: --yes is needed
    assert refused.exit_code != 0 and "--yes" in refused.stderr
    done = stored("delete-message", str(first), "--yes")
    assert done.exit_code == 0, done.output
    assert f"Deleted message {first}" in done.stdout
    listed = json.loads(stored("messages", "1", "--format", "json").stdout)
    assert first not in {m["id"] for m in listed} and second in {m["id"] for m in listed}
    store_of(lambda s: s.execute("UPDATE messages SET state = 'sent' WHERE id = :id",
                                 {"id": second}))
    kept = stored("delete-message", str(second), "--yes")
    assert kept.exit_code != 0 and "was sent" in kept.stderr and "Traceback" not in kept.stderr
    assert second in {m["id"] for m in json.loads(stored("messages", "1", "--format",
                                                         "json").stdout)}


def test_a_note_written_weeks_later_names_the_date_not_just_the_weekday(stored) -> None:
    # Acme's interview was on Monday 2 March: the morning after, "Monday" is clear; a month
    # on, "Monday" would be another day, so the note gives the date.
    soon = _drafts(stored, "1")
    late = stored("draft", "1", "--format", "json", env={"AFTERWORD_NOW": "2026-04-02T09:00:00-04:00"})
    assert late.exit_code == 0, late.output
    bodies = [d["body"] for d in json.loads(late.stdout)]
    assert any("Monday" in d["body"] and "March" not in d["body"] for d in soon)
    assert all("Monday" not in b or "March" in b for b in bodies), bodies
    assert any("2 March" in b or "March 2" in b for b in bodies), bodies


def test_a_stored_approximate_timeframe_gives_the_follow_up_no_firm_date(stored, tmp_path) -> None:
    vague = tmp_path / "vague.toml"
    vague.write_text(ACME.read_text(encoding="utf-8").replace(
        'timeframe = "within two weeks"', 'timeframe = "a few weeks, after the board offsite"'
    ).replace("2026-03-02T", "2026-03-09T"), encoding="utf-8")  # a later round of the same role
    assert "a few weeks" in vague.read_text(encoding="utf-8")
    assert stored("add", str(vague)).exit_code == 0
    [draft] = _drafts(stored, "3", "--kind", "follow-up")
    assert "a decision was expected in the weeks after my interview" in draft["body"]
    assert not re.search(r"expected (?:by|around) \d", draft["body"]), draft["body"]
    assert "offsite" not in draft["body"] and "few" not in draft["body"]


@pytest.mark.parametrize("status", ["offer", "rejected", "withdrawn"])
def test_a_follow_up_after_the_answer_came_is_not_ready(stored, status: str) -> None:
    assert stored("status", "1", status).exit_code == 0
    [follow_up] = _drafts(stored, "1", "--kind", "follow-up")
    assert not follow_up["ready"]
    assert any(f"status is {status}" in item for item in follow_up["incomplete"])
    # The thank-you is not touched by the status.
    assert stored("status", "1", "interviewing").exit_code == 0
    [again] = _drafts(stored, "1", "--kind", "follow-up")
    assert not any("status is" in item for item in again["incomplete"])


def test_a_thank_you_drafted_days_after_the_interview_says_so(stored) -> None:
    late = {"AFTERWORD_NOW": "2026-03-12T09:00:00-05:00"}  # nine days after
    result = stored("draft", "1", "--format", "json", env=late)
    assert result.exit_code == 0, result.output
    notes = json.loads(result.stdout)[0]["notes"]
    assert any("days ago" in n and "within 24 hours" in n for n in notes), notes
    [fresh] = _drafts(stored, "1")[:1]
    assert not any("days ago" in n for n in fresh["notes"])


def test_exporting_an_e_mail_as_a_card_names_whose_it_is_and_what_it_was(stored,
                                                                        tmp_path: Path) -> None:
    [priya, _] = _drafts(stored, "1")
    result = stored("export", str(priya["id"]), "--as", "card", "--out", str(tmp_path / "c"))
    assert result.exit_code == 0, result.output
    assert f"Card to Priya Raman (message {priya['id']})" in result.output
    assert "drafted as an e-mail, not a card" in result.output
    [card, *_] = _drafts(stored, "2")  # Margaret prefers a card: no warning
    done = stored("export", str(card["id"]), "--as", "card", "--out", str(tmp_path / "m"))
    assert "not a card" not in done.output
