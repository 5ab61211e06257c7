"""`afterword new` asks its questions on a real terminal (a pty), writes the file and stores it."""

from __future__ import annotations

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
                          timeout=20)
    child.expect("Company")
    child.sendline("")
    child.expect("This one is needed")  # a required answer is asked again
    child.expect("Company")
    child.sendline("Initech")
    child.expect("Role")
    child.sendline("QA Analyst")
    child.expect("values or mission")
    child.sendline("")
    child.expect("Recruiter's e-mail")
    child.sendline("")
    child.expect("When did it start")
    child.sendline("2026-03-02 10:00")
    child.expect("Time zone")
    child.sendline("America/Chicago")
    child.expect("How many minutes")
    child.sendline("45")
    child.expect("Format")
    child.sendline("onsite")
    child.expect("decide")
    child.sendline("within two weeks")
    child.expect("Topics you discussed")
    child.sendline("test automation; release process")
    child.expect("Qualifications")
    child.sendline("automated 300 regression tests")
    child.expect("Concerns they raised")
    child.sendline("no Selenium experience")
    child.expect("Your answer")
    child.sendline("I use Playwright daily")
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
