from __future__ import annotations

import json
from pathlib import Path

import pytest

from afterword.cli.common import ExitCode
from tests.conftest import EXAMPLES

GOOD = EXAMPLES / "notes" / "good-thank-you.txt"
FLAWED = EXAMPLES / "notes" / "flawed-thank-you.txt"
ACME_END = "2026-03-02T15:00:00-05:00"


def _rules(result) -> set[str]:
    return {f["rule"] for f in json.loads(result.stdout)["findings"]}


def test_review_exits_1_on_an_unfilled_placeholder(run_cli, tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text("Dear [Interviewer Name],\n\nThank you for your time today.")
    result = run_cli("review", str(note), "--format", "json")
    assert result.exit_code == ExitCode.FINDINGS, result.output
    assert "unfilled-placeholder" in _rules(result)


def test_a_plain_text_file_has_an_unknown_subject(run_cli) -> None:
    result = run_cli("review", str(GOOD), "--format", "json")
    assert not {"missing-subject", "generic-subject"} & _rules(result)
    with_subject = run_cli("review", str(GOOD), "--subject", "Thank you", "--format", "json")
    assert "generic-subject" in _rules(with_subject)


def test_review_with_context_from_the_store(run_cli) -> None:
    assert run_cli("add", str(EXAMPLES / "acme-data-engineer.toml")).exit_code == 0
    assert run_cli("add", str(EXAMPLES / "harbor-panel.toml")).exit_code == 0
    env = {"AFTERWORD_NOW": "2026-03-03T09:30:00-05:00"}
    run_cli("profile", "set", "name", "Jordan Lee")
    good = run_cli("review", str(GOOD), "--interview", "1", "--to", "Priya",
                   "--subject", "Thank you: Data Engineer interview", "--format", "json", env=env)
    assert good.exit_code == ExitCode.OK, good.stdout
    assert json.loads(good.stdout)["findings"] == []
    # Another application's company in the note is caught through the store's context.
    wrong = GOOD.read_text().replace("Acme Analytics is", "Harbor & Finch Architects is")
    result = run_cli("review", "-", "--interview", "1", "--to", "Priya", "--format", "json",
                     input=wrong, env=env)
    assert result.exit_code == ExitCode.FINDINGS
    assert "wrong-company" in _rules(result)


def test_review_refuses_an_unknown_interviewer(run_cli) -> None:
    run_cli("add", str(EXAMPLES / "acme-data-engineer.toml"))
    result = run_cli("review", str(GOOD), "--interview", "1", "--to", "Bob")
    assert result.exit_code == ExitCode.USAGE
    assert "Priya Raman, Tomás Ortega" in result.stderr


def test_text_output_shows_position_highlight_suggestion_and_score(run_cli) -> None:
    result = run_cli("review", str(FLAWED))
    assert result.exit_code == ExitCode.FINDINGS
    assert "Score:" in result.stdout
    assert "repeated-word" in result.stdout
    assert "3:" in result.stdout  # line:column of a finding on the third line


def test_fail_on_changes_the_exit_status(run_cli, tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text(GOOD.read_text().replace("familiar ground.", "familiar ground!!"))
    assert run_cli("review", str(GOOD), "--fail-on", "info").exit_code == ExitCode.OK
    info_only = run_cli("review", str(note), "--format", "json")
    assert _rules(info_only) == {"exclamation"}
    assert info_only.exit_code == ExitCode.OK  # default --fail-on error
    assert run_cli("review", str(note), "--fail-on", "info").exit_code == ExitCode.FINDINGS
    assert run_cli("config", "set", "review.fail_on", "info").exit_code == 0
    assert run_cli("review", str(note)).exit_code == ExitCode.FINDINGS


def test_ignore_and_configured_severity(run_cli) -> None:
    result = run_cli("review", str(FLAWED), "--ignore", "unfilled-placeholder", "--format", "json")
    assert "unfilled-placeholder" not in _rules(result)
    assert run_cli("config", "set", "review.severity.repeated-word", "error").exit_code == 0
    result = run_cli("review", str(FLAWED), "--format", "json")
    severities = {f["rule"]: f["severity"] for f in json.loads(result.stdout)["findings"]}
    assert severities["repeated-word"] == "error"


def test_an_eml_file_gives_subject_and_recipient(run_cli, tmp_path: Path) -> None:
    eml = tmp_path / "note.eml"
    eml.write_text("From: Jordan Lee <jordan@example.com>\nTo: Priya Raman <priya@example.com>\n"
                   "Subject: Thank you\nContent-Type: text/plain; charset=utf-8\n\n"
                   "Dear Pria,\n\nThank you for your time.\n\nBest,\nJordan")
    result = run_cli("review", str(eml), "--format", "json")
    rules = _rules(result)
    assert "generic-subject" in rules
    assert "wrong-recipient-name" in rules


def test_batch_reviews_line_by_line_and_goes_on_after_a_bad_line(run_cli, tmp_path: Path) -> None:
    lines = [
        {"id": "a", "kind": "thank-you", "channel": "email", "subject": "Thank you - Analyst",
         "body": "Dear [Name],\n\nThank you.", "unknown_key": 1},
        "not json",
        {"id": "c", "kind": "thank-you", "channel": "email", "body": "x", "context": {
            "sent_at": "yesterday"}},
        {"id": "d", "channel": "email", "subject": "Hi", "body": "Hello"},
    ]
    batch = tmp_path / "in.jsonl"
    batch.write_text("\n".join(line if isinstance(line, str) else json.dumps(line)
                               for line in lines) + "\n")
    result = run_cli("review", "--batch", str(batch))
    assert result.exit_code == ExitCode.FINDINGS
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o.get("id") for o in out] == ["a", None, "c", "d"]
    assert "unfilled-placeholder" in {f["rule"] for f in out[0]["findings"]}
    assert "error" in out[1] and "error" in out[2] and "context.sent_at" in out[2]["error"]
    assert "score" in out[3]


@pytest.mark.parametrize("args", [["--interview", "1"], ["--batch", "x.jsonl", "note.txt"],
                                  ["--kind", "love-letter", "note.txt"]])
def test_bad_usage_exits_2(run_cli, tmp_path: Path, args) -> None:
    (tmp_path / "note.txt").write_text("Hello")
    import os

    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        result = run_cli("review", *args)
    finally:
        os.chdir(cwd)
    assert result.exit_code == ExitCode.USAGE, result.output
    assert "Traceback" not in result.output


def test_unreadable_input_exits_2(run_cli, tmp_path: Path) -> None:
    result = run_cli("review", str(tmp_path / "missing.txt"))
    assert result.exit_code == ExitCode.USAGE and "no such file" in result.stderr
    binary = tmp_path / "note.txt"
    binary.write_bytes(b"\xff\xfe\x00bad")
    assert run_cli("review", str(binary)).exit_code == ExitCode.USAGE


def test_rules_lists_and_explains(run_cli) -> None:
    listed = run_cli("rules", "--format", "json")
    ids = {r["id"] for r in json.loads(listed.stdout)}
    assert {"wrong-company", "missing-gratitude", "spelling"} <= ids
    explained = run_cli("rules", "wrong-company")
    assert explained.exit_code == 0 and "Why it matters" in explained.stdout
    assert run_cli("rules", "no-such-rule").exit_code == ExitCode.USAGE


def test_dictionary_add_is_used_by_spelling(run_cli, tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text("Dear Priya,\n\nThank you for showing me the grobnitz pipeline.\n\n"
                    "Best,\nJordan")
    before = run_cli("review", str(note), "--select", "spelling", "--format", "json")
    assert "spelling" in _rules(before)
    assert run_cli("dictionary", "add", "grobnitz").exit_code == 0
    assert "grobnitz" in run_cli("dictionary", "list").stdout
    after = run_cli("review", str(note), "--select", "spelling", "--format", "json")
    assert "spelling" not in _rules(after)


PUBLISHED = Path(__file__).parents[1] / "review" / "data" / "published" / "notes.jsonl"


def test_a_batch_on_two_processes_gives_the_same_reports_in_the_same_order(
    run_cli, tmp_path: Path
) -> None:
    notes = [line for line in PUBLISHED.read_text(encoding="utf-8").splitlines() if line.strip()]
    lines = [*notes, "not json", "", *notes[:60], '{"id": "k", "kind": 3, "body": "x"}']
    batch = tmp_path / "in.jsonl"
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    one = run_cli("review", "--batch", str(batch), "--jobs", "1")
    two = run_cli("review", "--batch", str(batch), "--jobs", "2")
    assert one.exit_code == two.exit_code == ExitCode.FINDINGS
    assert two.stdout == one.stdout
    out = [json.loads(line) for line in two.stdout.splitlines()]
    assert len(out) == len(notes) + 62
    assert [o["id"] for o in out[: len(notes)]] == [json.loads(n)["id"] for n in notes]
    assert "error" in out[len(notes)] and "error" in out[-1]


def test_a_large_batch_is_shared_with_a_worker_process(tmp_path: Path) -> None:
    import multiprocessing

    from afterword.review.batch import MIN_LINES_PER_JOB, can_fork, review_lines

    if not can_fork():
        pytest.skip("workers are forked only on Linux")

    notes = [line for line in PUBLISHED.read_text(encoding="utf-8").splitlines() if line.strip()]
    lines = (notes * 2)[: 2 * MIN_LINES_PER_JOB]
    reports = review_lines(lines, None, jobs=2)
    assert len(multiprocessing.active_children()) == 1  # started before the first report
    assert [json.loads(out)["id"] for out, ok in reports] == [json.loads(n)["id"] for n in lines]
    assert multiprocessing.active_children() == []  # and stopped after the last


def test_the_batch_progress_bar_counts_the_notes_and_leaves_stdout_to_the_reports(
        tmp_path: Path) -> None:
    # The bar is drawn on a terminal only: the command runs with its stderr on a real pty.
    import os
    import pty
    import subprocess
    import sys

    note = json.dumps({"body": "Dear Priya,\n\nThank you for our talk about the migration.\n\n"
                               "Best,\nJordan"})
    batch = tmp_path / "in.jsonl"
    batch.write_text(f"{note}\n\n\n{note}\n\n{note}\n", encoding="utf-8")
    main, child = pty.openpty()
    env = {**os.environ, "COLUMNS": "100"}
    proc = subprocess.Popen([sys.executable, "-m", "afterword", "review", "--batch", str(batch),
                             "--jobs", "1"], stdout=subprocess.PIPE, stderr=child, env=env)
    os.close(child)
    stdout, _ = proc.communicate(timeout=120)
    drawn = b""
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        drawn += chunk
    os.close(main)
    assert len(stdout.decode().splitlines()) == 3, drawn[-500:]
    assert b"100%" in drawn, drawn[-300:]


def test_review_takes_a_stored_message_by_its_number(run_cli, tmp_path: Path,
                                                      monkeypatch) -> None:
    # "afterword review 3" is what a user tries after `afterword messages`: the stored note,
    # with what the store knows of its reader (a wrong company is caught through it).
    monkeypatch.chdir(tmp_path)  # no file named "1" here
    env = {"AFTERWORD_NOW": "2026-03-03T09:30:00-05:00"}
    run_cli("profile", "set", "name", "Jordan Lee")
    assert run_cli("add", str(EXAMPLES / "acme-data-engineer.toml")).exit_code == 0
    assert run_cli("add", str(EXAMPLES / "harbor-panel.toml")).exit_code == 0
    assert run_cli("draft", "1", env=env).exit_code == 0
    first = json.loads(run_cli("messages", "--format", "json").stdout)[0]
    result = run_cli("review", str(first["id"]), "--format", "json", env=env)
    assert result.exit_code in (ExitCode.OK, ExitCode.FINDINGS), result.output
    assert "wrong-company" not in _rules(result)
    wrong = first["body"].replace("Acme Analytics", "Harbor & Finch Architects")
    editor = tmp_path / "ed.py"
    editor.write_text("import sys, pathlib\np = pathlib.Path(sys.argv[1])\n"
                      "p.write_text(p.read_text().replace('Acme Analytics', "
                      "'Harbor & Finch Architects'))\n")
    assert wrong != first["body"]
    import sys

    assert run_cli("edit-message", str(first["id"]),
                   env={**env, "EDITOR": f"{sys.executable} {editor}"}).exit_code == 0
    again = run_cli("review", f"#{first['id']}", "--format", "json", env=env)
    assert again.exit_code == ExitCode.FINDINGS and "wrong-company" in _rules(again)
    missing = run_cli("review", "99")
    assert missing.exit_code == ExitCode.USAGE and "there is no message 99" in missing.stderr
