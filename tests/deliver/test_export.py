"""Files other programs read: the exported .eml (CRLF, `X-Unsent: 1`, its Message-ID kept so a
follow-up threads to it), follow-ups in the thank-you's thread, and a card too long for its page."""

from __future__ import annotations

import email
import json
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from tests.deliver.conftest import PRIYA, outbox, sql

LATER = "2026-03-17T10:00:00-04:00"  # past "within two weeks": the plan allows a follow-up


def _export(run_cli: Any, message_id: int, path: Path) -> EmailMessage:
    result = run_cli("export", str(message_id), "--as", "eml", "--out", str(path))
    assert result.exit_code == 0, result.output
    parsed = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def _follow_up(run_cli: Any) -> int:
    drafted = json.loads(run_cli("draft", "1", "--kind", "follow-up", "--format", "json").stdout)
    [draft] = drafted
    return int(draft["id"])


def test_an_exported_eml_has_crlf_line_ends_and_opens_as_a_draft(acme, tmp_path: Path) -> None:
    path = tmp_path / "priya.eml"
    msg = _export(acme, 1, path)
    data = path.read_bytes()
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    assert msg["X-Unsent"] == "1"
    assert msg["To"].addresses[0].addr_spec == PRIYA


def test_the_exported_message_id_is_kept_and_the_same_on_every_export(acme,
                                                                     tmp_path: Path) -> None:
    first = _export(acme, 1, tmp_path / "a.eml")["Message-ID"]
    assert sql("SELECT message_id FROM messages WHERE id = 1") == [(first,)]
    assert _export(acme, 1, tmp_path / "b.eml")["Message-ID"] == first


def test_after_export_and_mark_sent_the_follow_up_is_threaded(acme, smtp, monkeypatch,
                                                              tmp_path: Path) -> None:
    thank_you = _export(acme, 1, tmp_path / "priya.eml")
    assert acme("mark-sent", "1").exit_code == 0
    monkeypatch.setenv("AFTERWORD_NOW", LATER)
    follow_up = _follow_up(acme)
    result = acme("send", str(follow_up), "--now")
    assert result.exit_code == 0, result.output
    assert "joins your thank-you's conversation" in " ".join(result.output.split())
    [got] = smtp.accepted
    assert got.message["In-Reply-To"] == thank_you["Message-ID"]
    assert got.message["References"] == thank_you["Message-ID"]
    assert got.message["Subject"] == "Re: Thank you - Data Engineer interview"
    assert outbox(acme)[follow_up]["subject"] == "Re: Thank you - Data Engineer interview"


def test_an_exported_follow_up_is_threaded_too(acme, smtp, monkeypatch, tmp_path: Path) -> None:
    assert acme("send", "1", "--now").exit_code == 0
    sent_id = outbox(acme)[1]["message_id"]
    monkeypatch.setenv("AFTERWORD_NOW", LATER)
    follow_up = _export(acme, _follow_up(acme), tmp_path / "follow-up.eml")
    assert follow_up["In-Reply-To"] == sent_id
    assert follow_up["Subject"] == "Re: Thank you - Data Engineer interview"


def test_a_follow_up_to_someone_who_had_no_thank_you_keeps_its_own_subject(
        acme, smtp, monkeypatch) -> None:
    assert acme("send", "2", "--now").exit_code == 0  # Tomás's thank-you; Priya has none
    sql("UPDATE messages SET state = 'cancelled' WHERE id = 1")
    monkeypatch.setenv("AFTERWORD_NOW", LATER)
    follow_up = _follow_up(acme)
    subject = sql("SELECT subject, to_email FROM messages WHERE id = :id", {"id": follow_up})
    assert subject[0][1] == PRIYA
    result = acme("send", str(follow_up), "--now")
    assert result.exit_code == 0, result.output
    got = smtp.accepted[-1].message
    assert got["Subject"] == subject[0][0] and not got["Subject"].startswith("Re:")


def test_reply_subject_adds_one_re_only() -> None:
    from afterword.deliver.thread import reply_subject

    assert reply_subject("Thank you - Data Engineer interview") == \
        "Re: Thank you - Data Engineer interview"
    assert reply_subject("RE: re:Thank you") == "Re: Thank you"


CARD_SENTENCE = ("Thank you for showing me the studio and for the conversation about the "
                 "library project and its reading rooms. ")


def _card(run_cli: Any, words_of_body: int) -> int:
    """Margaret's handwritten card (Harbor & Finch), its body made about this many words long."""
    from tests.deliver.conftest import HARBOR

    assert run_cli("add", str(HARBOR)).exit_code == 0
    drafted = json.loads(run_cli("draft", "2", "--format", "json").stdout)
    [card] = [d["id"] for d in drafted if d["channel"] == "handwritten"]
    sentences = words_of_body // len(CARD_SENTENCE.split())
    sql("UPDATE messages SET body = :b WHERE id = :id",
        {"b": "Dear Margaret,\n\n" + CARD_SENTENCE * sentences + "\n\nWarmly,\nJordan", "id": card})
    return int(card)


def _pages(pdf: Path) -> str:
    import subprocess

    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return next(line.split()[-1] for line in info.stdout.splitlines()
                if line.startswith("Pages:"))


def test_a_card_too_long_for_its_page_says_so(acme, tmp_path: Path) -> None:
    card = _card(acme, 600)
    result = acme("export", str(card), "--as", "card", "--out", str(tmp_path / "card"))
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert "This card is too long for one card: even in 7 pt type its" in said
    assert f"Shorten it to about 100 words (afterword edit-message {card})" in said
    assert _pages(tmp_path / "card.pdf") != "1"


def test_a_long_card_that_fits_in_smaller_type_says_nothing(acme, tmp_path: Path) -> None:
    card = _card(acme, 240)  # set in 8 pt to fit
    result = acme("export", str(card), "--as", "card", "--out", str(tmp_path / "card"))
    assert result.exit_code == 0, result.output
    assert "too long" not in result.output
    assert _pages(tmp_path / "card.pdf") == "1"
