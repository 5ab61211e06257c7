"""A review printed to a file or a pipe is written without Rich (`render._report_lines`):
it must be, character for character, what Rich prints there."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from afterword.cli import render
from afterword.review import review
from afterword.review.contract import parse_message

DATA = Path(__file__).resolve().parents[1] / "review" / "data" / "published"


def _messages() -> list[object]:
    out = []
    for name in ("notes.jsonl", "fresh.jsonl"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            obj = json.loads(line)
            out.append(parse_message(obj.get("input", obj)))
    odd = ("Hi [Name],\n\nThanks!! I really need this job asap — 面接ありがとう 🙂 naïve "
           "e\u0301clair İstanbul.\r\nBest,\r\nSam")
    out.append(parse_message({"body": odd, "subject": "Thanks!!", "kind": "thank-you"}))
    out.append(parse_message({"body": "", "subject": None, "kind": "follow-up"}))
    return out


def _through_rich(rep: object, message: object) -> str:
    from rich.console import Console

    console = Console(file=io.StringIO(), highlight=False, soft_wrap=True)
    text = [f for f in rep.findings if not f.advice]  # type: ignore[attr-defined]
    for f in text:
        render._finding(console, f, message)
    if not rep.findings:  # type: ignore[attr-defined]
        console.print("[green]✓ No findings: this note follows every rule checked.[/]")
    return console.file.getvalue()  # type: ignore[attr-defined]


def test_the_plain_report_is_what_rich_prints(capsys: pytest.CaptureFixture[str]) -> None:
    checked = 0
    for message in _messages():
        rep = review(message)
        lines = render._report_lines(rep, message)
        if not all(render._PLAIN_SAFE.fullmatch(line) for line in lines):
            continue  # printed by Rich itself
        render.report(rep, message)  # stdout is captured: through Rich
        assert capsys.readouterr().out == "".join(line + "\n" for line in lines)
        checked += 1
    assert checked > 100


def test_findings_alone_match_rich() -> None:
    # The findings' lines on their own, as `_finding` prints them with Rich.
    for message in _messages()[:60]:
        rep = review(message)
        plain = []
        for f in [f for f in rep.findings if not f.advice]:
            plain += render._finding_lines(f, message)
        if not rep.findings:
            plain.append("✓ No findings: this note follows every rule checked.")
        assert _through_rich(rep, message) == "".join(line + "\n" for line in plain)


@pytest.mark.parametrize("line", ["a\tb", "a\rb", "bell\x07", "esc\x1b[31m"])
def test_a_line_rich_would_change_goes_to_rich(line: str) -> None:
    assert render._PLAIN_SAFE.fullmatch(line) is None


def test_a_terminal_or_a_replaced_stdout_gets_rich(capsys: pytest.CaptureFixture[str]) -> None:
    assert render._plain_stdout() is False  # captured: not the process's own stdout
