"""`afterword new` asks its questions on a real terminal (a pty), writes the file and stores it."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pexpect

AFTERWORD = str(Path(sys.executable).with_name("afterword"))


def test_new_asks_writes_the_file_and_stores_it(tmp_path: Path) -> None:
    out = tmp_path / "interview.toml"
    env = {**os.environ, "AFTERWORD_NOW": "2026-03-03T09:00:00+00:00", "COLUMNS": "100"}
    child = pexpect.spawn(AFTERWORD, ["new", "--out", str(out)], env=env, encoding="utf-8",
                          timeout=60)  # a hang guard: a loaded machine is slow
    child.expect("Company")
    child.sendline("")
    child.expect("This one is needed")  # a required answer is asked again
    child.expect("Company")
    child.sendline("Initech")
    child.expect("Role")
    child.sendline("QA Analyst")
    child.expect("values or mission")
    child.sendline("")
    child.expect("Recruiter's name")
    child.sendline("")
    child.expect("Recruiter's e-mail")
    child.sendline("")
    child.expect("When did it start")
    child.sendline("2026-03-02 10:00")
    child.expect("Read as Monday, 2 March 2026, 10:00")  # a swapped day and month shows here
    child.expect("Time zone")
    child.sendline("America/Chicago")
    child.expect("How many minutes")
    child.sendline("45")
    child.expect("Format")
    child.sendline("onsite")
    child.expect("decide")
    child.sendline("within two weeks")
    child.expect("Read as a decision expected by Monday 16 March")
    child.expect("Topics you discussed")
    child.sendline("test automation; release process")
    child.expect("Qualifications")
    child.sendline("automated 300 regression tests")
    child.expect("Concerns they raised")
    child.sendline("no Selenium experience")
    child.expect("Your answer")
    child.sendline("I use Playwright daily")
    child.expect("wish you had given better")
    child.sendline("rambled about flaky tests")
    child.expect("What you would add to 'rambled about flaky tests' now")
    child.sendline("I quarantine a flaky test the day it fails and fix it within the sprint")
    child.expect("Private notes")
    child.sendline("asked for 70k, he winced")
    child.expect("Interviewer 1's name")
    child.sendline("Bill Lumbergh")
    child.expect("Title")
    child.sendline("Director")
    child.expect("E-mail")
    child.sendline("bill@initech.example")
    child.expect("Preferred channel")
    child.sendline("")
    child.expect("What you discussed with Bill")
    child.sendline("TPS reports")
    child.expect("in common with Bill Lumbergh")
    child.sendline("we both grew up in Austin")
    child.expect("Interviewer 2's name")
    child.sendline("")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    assert out.exists()
    shown = subprocess.run([AFTERWORD, "show", "1", "--format", "json"], env=env,
                           capture_output=True, text=True, check=True)
    data = json.loads(shown.stdout)
    assert data["application"]["company"] == "Initech"
    assert data["start"] == "2026-03-02T16:00:00+00:00"
    assert data["timeframe_days"] == 14
    assert data["concerns"] == [{"concern": "no Selenium experience",
                                 "answer": "I use Playwright daily"}]
    assert data["interviewers"][0]["topics"] == ["TPS reports"]
    assert data["interviewers"][0]["rapport"] == "we both grew up in Austin"
    assert data["improve"] == [{"answer": "rambled about flaky tests", "addition": (
        "I quarantine a flaky test the day it fails and fix it within the sprint")}], data
    assert "70k" in out.read_text(encoding="utf-8") and data["notes"] == "asked for 70k, he winced"


def _spawn(out: Path, **env: str) -> pexpect.spawn:
    env = {**os.environ, "AFTERWORD_NOW": "2026-03-03T09:00:00+00:00", "COLUMNS": "100", **env}
    return pexpect.spawn(AFTERWORD, ["new", "--out", str(out)], env=env, encoding="utf-8",
                         timeout=60)  # a hang guard: a loaded machine is slow


def _answer(child: pexpect.spawn, question: str, text: str) -> None:
    child.expect(question)
    child.sendline(text)


def _refused(child: pexpect.spawn, reason: str, question: str, text: str) -> None:
    """The answer just given is refused with `reason`; the question comes again."""
    child.expect(reason)
    _answer(child, question, text)


def test_new_checks_each_answer_as_it_is_typed_and_asks_again(tmp_path: Path) -> None:
    out = tmp_path / "northwind.toml"
    child = _spawn(out)
    _answer(child, "Company", "Northwind")
    _answer(child, "Role", "Data Analyst")
    _answer(child, "values or mission", "")
    _answer(child, "Recruiter's name", "Grace Whitlock")
    _answer(child, "Recruiter's e-mail", "grace@")
    _refused(child, "not a valid e-mail address", "Recruiter's e-mail", "grace@northwind.example")
    _answer(child, "When did it start", "2026-03-02")
    _refused(child, "Add the time it started", "When did it start", "yesterday at 2pm")
    _refused(child, "is not a date and time", "When did it start", "2026-03-02 14:00")
    _answer(child, "Time zone", "EST")
    _refused(child, "is an abbreviation, not a place", "Time zone", "Europe/Pariss")
    _refused(child, "Did you mean Europe/Paris", "Time zone", "Europe/Paris")
    _answer(child, "How many minutes", "an hour")
    _refused(child, "a whole number from 1 to 1440", "How many minutes", "45")
    _answer(child, "Format", "video")
    _answer(child, "decide", "")
    _answer(child, "Topics you discussed", "")
    _answer(child, "Qualifications", "")
    _answer(child, "Concerns they raised", "")
    _answer(child, "wish you had given better", "the SQL window question")
    _answer(child, "What you would add", "")
    _answer(child, "Private notes", "")
    _answer(child, "Interviewer 1's name", "Anna Berg")
    _answer(child, "Title", "")
    _answer(child, "E-mail", "anna.berg(at)northwind.example")
    _refused(child, "not a valid e-mail address", "E-mail", "anna.berg@northwind.example")
    _answer(child, "Preferred channel", "")
    _answer(child, "What you discussed with Anna", "")
    _answer(child, "in common with Anna", "")
    _answer(child, "Interviewer 2's name", "Luis Ortiz")
    _answer(child, "Title", "Head of Data")
    _answer(child, "E-mail", "")
    _answer(child, "Preferred channel", "linkedin-message")
    # A LinkedIn message needs their profile: asked for, and checked like the file's key.
    _answer(child, "Their LinkedIn profile address", "luis ortiz")
    _refused(child, "That is not a web address", "Their LinkedIn profile address",
             "linkedin.com/in/luis-ortiz")
    _answer(child, "What you discussed with Luis", "")
    _answer(child, "in common with Luis", "")
    _answer(child, "Interviewer 3's name", "")
    _answer(child, r"point of contact, for follow-ups\? \(1 Anna Berg, 2 Luis Ortiz\)", "3")
    _refused(child, "a number from 1 to 2, or a name", "point of contact", "luis")
    # Who asked what the improve entry is about: its answer goes to that person's note.
    _answer(child, "Who asked what led to 'the SQL window question'", "Luis")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    env = {**os.environ, "AFTERWORD_NOW": "2026-03-03T09:00:00+00:00"}
    shown = subprocess.run([AFTERWORD, "show", "1", "--format", "json"], env=env,
                           capture_output=True, text=True, check=True)
    data = json.loads(shown.stdout)
    assert data["application"]["recruiter"] == {"name": "Grace Whitlock",
                                                "email": "grace@northwind.example"}
    assert data["start"] == "2026-03-02T13:00:00+00:00"  # 14:00 in Paris
    assert data["timezone"] == "Europe/Paris"
    assert [(p["name"], p["email"], p["point_of_contact"]) for p in data["interviewers"]] == [
        ("Anna Berg", "anna.berg@northwind.example", False), ("Luis Ortiz", None, True)]
    assert [(p["channel"], p["linkedin"]) for p in data["interviewers"]] == [
        ("email", None), ("linkedin-message", "https://linkedin.com/in/luis-ortiz")]
    assert data["improve"] == [{"answer": "the SQL window question", "addition": None,
                                "raised_by": "Luis Ortiz"}], data["improve"]


def test_new_names_the_file_with_the_answers_and_how_to_resume_on_a_final_error(
        tmp_path: Path) -> None:
    out = tmp_path / "initech.toml"
    # A database that cannot be opened: found only once every question is answered.
    child = _spawn(out, AFTERWORD_DB="nosuchdatabase://nowhere")
    for question, text in (("Company", "Initech"), ("Role", "QA Analyst"),
                           ("values or mission", ""), ("Recruiter's name", ""),
                           ("Recruiter's e-mail", ""), ("When did it start", "2026-03-02 10:00"),
                           ("Time zone", "America/Chicago"), ("How many minutes", ""),
                           ("Format", ""), ("decide", ""), ("Topics you discussed", ""),
                           ("Qualifications", ""), ("Concerns they raised", ""),
                           ("wish you had given better", ""), ("Private notes", ""),
                           ("Interviewer 1's name", "Bill Lumbergh"), ("Title", ""),
                           ("E-mail", ""), ("Preferred channel", ""), ("discussed with Bill", ""),
                           ("in common with Bill", ""), ("Interviewer 2's name", "")):
        _answer(child, question, text)
    child.expect(pexpect.EOF)
    child.close()
    said = " ".join(child.before.split())
    assert child.exitstatus in (1, 2), said  # as the CLI exits for this error
    assert "Traceback" not in said
    assert f"Your answers are kept in {out}" in said, said
    assert f"`afterword add {out}` stores them" in said, said
    assert "Bill Lumbergh" in out.read_text(encoding="utf-8")


def test_new_says_plainly_when_it_cannot_read_a_timeframe() -> None:
    from afterword.cli.interview_prompt import _said_timeframe

    said = _said_timeframe("whenever the stars align", "2026-04-14 10:00")
    assert "can't read a date" in said and "a week after your thank-you notes" in said
    assert _said_timeframe("by the end of the month", "2026-04-14 10:00") == (
        "Read as a decision expected by Thursday 30 April.")


def test_stopping_new_with_ctrl_c_says_nothing_was_stored(tmp_path: Path) -> None:
    env = {**os.environ, "AFTERWORD_NOW": "2026-03-03T09:00:00+00:00", "COLUMNS": "100"}
    child = pexpect.spawn(AFTERWORD, ["new", "--out", str(tmp_path / "interview.toml")],
                          env=env, encoding="utf-8", timeout=60)  # a hang guard: a loaded machine is slow
    seen = io.StringIO()
    child.logfile_read = seen
    child.expect("Ctrl\\+C stops, and nothing is stored")
    child.expect("Company")
    child.sendline("Initech")
    child.expect("Role")
    child.sendintr()
    child.expect("Stopped: nothing was stored.")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1
    assert "Aborted!" not in seen.getvalue()
    listed = subprocess.run([AFTERWORD, "list", "--format", "json"], env=env,
                            capture_output=True, text=True, check=True)
    assert json.loads(listed.stdout) == []


def test_who_raised_a_concern_takes_a_name_as_people_jot_it(monkeypatch, capsys) -> None:
    # The prompt reads the answer as `raised_by` in a file does: a surname, with a title.
    from afterword.cli import interview_prompt

    answers = iter(["patel", "Dr. Patel"])
    monkeypatch.setattr(interview_prompt, "_ask", lambda _question: next(answers))
    names = ["Dr. Anjali Patel", "Jen Moss"]
    assert interview_prompt._who_asked("no SQL", names) == "Dr. Anjali Patel"
    answers = iter(["zed", ""])
    assert interview_prompt._who_asked("no SQL", names) is None
    assert "'zed' matches none of: Dr. Anjali Patel, Jen Moss" in capsys.readouterr().out
