"""`afterword review` judges the text: timing findings come after the score, as advice."""

from __future__ import annotations

import json
import re
from pathlib import Path

from afterword.cli.common import ExitCode
from tests.conftest import EXAMPLES

GOOD = EXAMPLES / "notes" / "good-thank-you.txt"
SUBJECT = "Thank you - Data Engineer interview"


def _context(tmp_path: Path, **extra: str) -> Path:
    path = tmp_path / "context.json"
    path.write_text(json.dumps({"recipient": {"name": "Priya Raman"}, **extra}))
    return path


def _score(stdout: str) -> int:
    found = re.search(r"Score: (\d+)/100", stdout)
    assert found, stdout
    return int(found.group(1))


def test_a_late_note_keeps_its_score_and_is_ready_with_advice_on_timing(run_cli, tmp_path) -> None:
    late = _context(tmp_path, interview_end="2026-03-02T15:00:00-05:00",
                    sent_at="2026-03-04T22:00:00-05:00", recipient_timezone="America/New_York")
    result = run_cli("review", str(GOOD), "--subject", SUBJECT, "--context", str(late))
    out = result.stdout
    assert _score(out) == 100
    assert "ready to send" in out
    advice = out.split("When to send (advice, not counted in the score):", 1)
    assert len(advice) == 2, out
    assert "sent-late" in advice[1] and "off-hours" in advice[1]
    assert "sent-late" not in advice[0]  # listed beside the score, not among the text's findings
    # The exit status still reports an error-level finding (the timing of the note).
    assert result.exit_code == ExitCode.FINDINGS


def test_a_warning_makes_the_text_not_ready(run_cli, tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text(GOOD.read_text().replace("five years", "5 yrs"))
    result = run_cli("review", str(note), "--subject", SUBJECT)
    assert _score(result.stdout) == 92
    assert "not ready: fix the errors and warnings" in result.stdout
    assert "When to send" not in result.stdout
