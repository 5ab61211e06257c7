"""What the CLI could do and the web app could not (issue 15, "Missing beside the CLI").

A note reviewed for a chosen interviewer, rule pages, backup and restore, the list of all
notes, plain-text export, Cc in the outbox, the rapport on the interview page and the
second-note override, each through the routes a page's forms use.
"""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

from tests.deliver.conftest import SmtpServer
from tests.web.conftest import HARBOR, Web


def rules_found(html: str) -> list[str]:
    return re.findall(r'data-rule="([^"]+)" data-testid="finding"', html)


# --- The interview page and the outbox ---------------------------------------------------

def test_the_interview_page_shows_what_you_shared_with_each_person(acme: Web) -> None:
    html = acme.get("/interviews/1").text
    shared = re.search(r'data-testid="rapport-\d+">(.*?)</span>', html, re.S)
    assert shared, "no rapport shown"
    assert unescape(shared.group(1)) == ("Something you shared: We both started out as "
                                         "analysts before moving into engineering.")


def test_the_outbox_shows_the_copy_address_of_a_scheduled_note(
        acme: Web, smtp: SmtpServer) -> None:
    response = acme.post("/messages/1/send", {"when": "schedule", "at": "2026-03-03T11:00",
                                              "cc": "recruiter@acme-analytics.example"})
    assert "Scheduled for" in response.text, response.text
    outbox = acme.get("/outbox").text
    cc = re.search(r'data-testid="cc-1">(.*?)</span>', outbox)
    assert cc and cc.group(1) == "Copy to recruiter@acme-analytics.example"
    note = acme.get("/messages/1").text
    assert "Copy to recruiter@acme-analytics.example" in note


# --- Plain-text export --------------------------------------------------------------------

def test_a_note_downloads_as_plain_text_with_its_subject_on_top(acme: Web) -> None:
    response = acme.get("/messages/1/txt")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/plain; charset=utf-8"
    assert response.headers["content-disposition"] == 'attachment; filename="note-1.txt"'
    subject, body = acme.sql("SELECT subject, body FROM messages WHERE id = 1")[0]
    assert response.text == f"Subject: {subject}\n\n{body}\n"


def test_downloading_as_text_from_the_editor_saves_the_text_first(acme: Web) -> None:
    response = acme.post("/messages/2/txt", {"subject": "Gracias", "body": "Hola Tomás,\n\nGracias."})
    assert response.text == "Subject: Gracias\n\nHola Tomás,\n\nGracias.\n"
    assert acme.sql("SELECT body FROM messages WHERE id = 2")[0][0] == "Hola Tomás,\n\nGracias."
    assert 'formaction="/messages/1/txt"' in acme.get("/interviews/1").text


def test_an_unknown_note_has_no_text_to_download(acme: Web) -> None:
    assert acme.get("/messages/99/txt").status_code == 404


# --- The list of all notes ----------------------------------------------------------------

def test_your_notes_lists_every_note_newest_first_with_its_interview(acme: Web) -> None:
    acme.add(HARBOR)
    acme.draft(2)
    html = acme.get("/messages").text
    ids = [int(i) for i in re.findall(r'data-testid="message-(\d+)"', html)]
    assert ids == sorted(ids, reverse=True) and set(ids) == {1, 2, 3, 4, 5}  # Harbor: a panel of three
    row = re.search(r'data-testid="message-1">(.*?)</tr>', html, re.S)
    assert row
    assert 'href="/interviews/1#draft-1"' in row.group(1)  # a draft opens in its editor
    assert "Priya Raman" in row.group(1) and "Acme Analytics" in row.group(1)
    assert 'aria-current="page" data-testid="nav-notes"' in html


def test_your_notes_shows_only_the_notes_asked_for(acme: Web) -> None:
    acme.sql("UPDATE messages SET state = 'sent', sent_at = '2026-03-03 14:00:00' WHERE id = 2")
    sent = acme.get("/messages?show=sent").text
    assert re.findall(r'data-testid="message-(\d+)"', sent) == ["2"]
    assert 'href="/messages/2"' in sent  # a sent note opens on its own page
    drafts = acme.get("/messages?show=drafts").text
    assert re.findall(r'data-testid="message-(\d+)"', drafts) == ["1"]
    going = acme.get("/messages?show=going").text
    assert 'data-testid="message-' not in going and "None here." in going
    assert re.findall(r'data-testid="message-(\d+)"', acme.get("/messages?show=odd").text) \
        == ["2", "1"]


def test_your_notes_says_how_to_get_the_first_one(web: Web) -> None:
    html = web.get("/messages").text
    assert "No notes yet." in html


# --- The second-note guard, overridden in plain words --------------------------------------

def _card_sent_then_the_email_too(web: Web) -> tuple[int, int]:
    """Priya's e-mail draft (edited, so kept) and a card to her, posted and marked as sent:
    the e-mail would be her second thank-you. Returns (the e-mail's id, the card's id)."""
    web.post("/messages/1/save", {"subject": "Thank you", "body": "Dear Priya,\n\nThank you "
                                  "for the conversation.\n\nBest regards,\nJordan Lee"})
    web.post("/interviews/1/draft", {"kind": "thank-you", "channel": "handwritten"})
    (card,) = [row[0] for row in web.sql(
        "SELECT id FROM messages WHERE channel = 'handwritten' AND to_name = 'Priya Raman'")]
    web.post(f"/messages/{card}/mark-sent", {})
    assert web.sql("SELECT state FROM messages WHERE id = :i", {"i": card}) == [("sent",)]
    return 1, card


def test_a_second_thank_you_is_refused_in_plain_words_and_sent_when_asked_for(
        acme: Web, smtp: SmtpServer) -> None:
    new_id, card = _card_sent_then_the_email_too(acme)
    refused = acme.post(f"/messages/{new_id}/send", {"when": "now"})
    text = unescape(refused.text)
    assert f"Not sent: Priya Raman already has a thank-you for this interview: note {card}" \
        in text
    assert "--repeat-of" not in text and "afterword send" not in text
    assert "tick \u201cYes, send this one as well\u201d" in text
    assert not smtp.accepted
    page = unescape(acme.get("/interviews/1").text)
    box = re.search(rf'data-testid="repeat-{new_id}">(.*?)</div>\s*</div>', page, re.S)
    assert box, "no question about sending it again"
    assert "Priya Raman already has a thank-you note from you for this interview" in box.group(1)
    assert ("Yes, send this one as well: a second thank-you note to Priya Raman"
            in box.group(1))
    sent = acme.post(f"/messages/{new_id}/send", {"when": "now", "repeat_of": str(card)})
    assert "Sent. Your mail server accepted it." in sent.text
    assert len(smtp.accepted) == 1
    assert acme.sql("SELECT repeat_of FROM messages WHERE id = :i", {"i": new_id}) == [(card,)]
    outbox = acme.get("/outbox").text
    assert f'data-testid="repeats-{new_id}"' in outbox


def test_a_note_with_no_earlier_one_asks_nothing_and_refuses_a_made_up_repeat(
        acme: Web, smtp: SmtpServer) -> None:
    assert 'data-testid="repeat-1"' not in acme.get("/interviews/1").text
    refused = acme.post("/messages/1/send", {"when": "now", "repeat_of": "2"})
    text = unescape(refused.text)
    assert "Not sent: No earlier message to Priya Raman" not in text  # says "note", not CLI
    assert "Not sent: No earlier note to Priya Raman for this step has gone out" in text
    assert "Untick “Yes, send this one as well”" in text and "--repeat-of" not in text
    assert acme.sql("SELECT state FROM messages WHERE id = 1") == [("draft",)]
    huge = acme.post("/messages/1/send", {"when": "now", "repeat_of": "9" * 30})
    assert "Sent." in huge.text  # an impossible id is no id: the guard has nothing to ask


def test_a_held_second_note_names_no_command(acme: Web) -> None:
    acme.sql("UPDATE messages SET state = 'held', last_reply = :r WHERE id = 2",
             {"r": "held: message 1 (thank-you to Priya Raman), sent Tue 03 Mar 2026 09:30 EST; "
                   "send it again only if you mean to: afterword send 2 --repeat-of 1"})
    html = unescape(acme.get("/interviews/1").text)
    assert "held: note 1 (thank-you to Priya Raman), sent Tue 03 Mar 2026 09:30 EST" in html
    assert "afterword send" not in html


# --- Review a note for someone you met ----------------------------------------------------

PASTED = ("Dear Priya,\n\nThank you for talking with me about moving the first batch workloads "
          "onto Kubernetes. I would love to bring my pipeline work to Harbor & Finch "
          "Architects.\n\nBest regards,\nJordan Lee")


def test_review_offers_everyone_you_met_by_interview(acme: Web) -> None:
    acme.add(HARBOR)
    html = unescape(acme.get("/review").text)
    groups = re.findall(r'<optgroup label="([^"]+)">', html)
    assert groups[0].startswith("Harbor & Finch Architects, Project Coordinator (")
    assert groups[1].startswith("Acme Analytics, Data Engineer (")
    assert re.search(r'<option value="1:1">Priya Raman, [^<]+ \(Acme Analytics\)</option>', html)


def test_a_note_reviewed_for_a_chosen_interviewer_catches_another_companys_name(
        acme: Web) -> None:
    acme.add(HARBOR)
    for_priya = acme.htmx("/review", {"body": PASTED, "for": "1:1"})
    assert for_priya.status_code == 200
    assert "wrong-company" in rules_found(for_priya.text)
    typed = acme.htmx("/review", {"body": PASTED, "recipient": "Priya", "company": "Acme Analytics"})
    assert "wrong-company" not in rules_found(typed.text)  # typed, it knows no other company
    # The typed fields are set aside when a person is chosen (a disabled fieldset sends none).
    mixed = acme.htmx("/review", {"body": PASTED.replace("Priya", "Pria"), "for": "1:1",
                                  "recipient": "Pria"})
    assert "wrong-recipient-name" in rules_found(mixed.text)


def test_a_fix_for_a_chosen_interviewer_keeps_the_choice(acme: Web) -> None:
    body = PASTED.replace("Priya", "Pria")
    page = acme.htmx("/review", {"body": body, "for": "1:1"}).text
    key = re.search(r'data-rule="wrong-recipient-name".*?name="accept" value="([^"]+)"', page,
                    re.S)
    assert key
    fixed = acme.post("/review", {"body": body, "for": "1:1", "accept": unescape(key.group(1))})
    assert fixed.status_code == 200
    assert "Dear Priya," in unescape(fixed.text)
    assert '<option value="1:1" selected>' in fixed.text
    assert 'id="review-manual" disabled' in fixed.text


def test_review_starts_with_the_person_named_in_the_address(acme: Web) -> None:
    assert 'href="/review?for=1:2"' in acme.get("/interviews/1").text
    assert '<option value="1:2" selected>' in acme.get("/review?for=1:2").text
    assert not re.search(r'<option value="\d+:\d+" selected>', acme.get("/review?for=x").text)


def test_a_person_no_longer_stored_is_said_plainly(acme: Web) -> None:
    gone = acme.htmx("/review", {"body": PASTED, "for": "1:99"})
    assert gone.status_code == 400
    assert "That interview or person is no longer stored. Reload the page and choose again." \
        in unescape(gone.text)
    odd = acme.htmx("/review", {"body": PASTED, "for": "priya"})
    assert odd.status_code == 400 and "not one the page offered" in odd.text


# --- Each finding links to its rule's page -------------------------------------------------

def test_each_finding_links_to_its_rules_page(acme: Web) -> None:
    html = acme.htmx("/review", {"body": PASTED.replace("Priya", "Pria"), "for": "1:1"}).text
    links = re.findall(r'<a class="rule-link" href="/rules/([a-z-]+)" target="_blank"', html)
    assert "wrong-recipient-name" in links
    assert set(links) == set(rules_found(html))
    editor = acme.htmx("/messages/1/review", {"body": "Dear Pria,\n\nThanks alot.\n\nJordan"})
    assert 'href="/rules/wrong-recipient-name"' in editor.text


def test_a_rules_page_shows_its_docs_and_examples_as_the_cli_does(acme: Web) -> None:
    from afterword.review.registry import get_rule

    spec = get_rule("demanding")
    html = acme.get("/rules/demanding").text
    assert '<h1 data-testid="rule-title"><code>demanding</code></h1>' in html
    assert "<h2>What it flags</h2>" in html and "<h2>Why it matters</h2>" in html
    text = unescape(re.sub(r"<[^>]+>", "", html))
    assert spec.summary in text
    for example in (*spec.fires, *spec.passes):
        assert example.body.strip() in text
    assert "on here, as a warning" in text
    acme.config.set("review.ignore", "demanding")
    assert "turned off in your settings" in acme.get("/rules/demanding").text
    acme.config.set("review.severity.demanding", "error")
    acme.config.unset("review.ignore")
    assert "as an error (your setting; by default warning)" in acme.get("/rules/demanding").text


def test_every_rule_has_a_page_listed_on_the_index(web: Web) -> None:
    from afterword.review.registry import rule_ids

    index = web.get("/rules").text
    assert set(re.findall(r'<a href="/rules/([a-z-]+)">', index)) == set(rule_ids())
    for rule_id in rule_ids():
        response = web.get(f"/rules/{rule_id}")
        assert response.status_code == 200, rule_id
        text = unescape(re.sub(r"<[^>]+>", "", response.text))
        assert "['" not in text and "{'" not in text, rule_id  # no Python in the examples


def test_a_rules_docs_show_markup_as_text(web: Web) -> None:
    from afterword.web.prose import to_html

    html = str(to_html("## Why\n<script>alert(1)</script> [x](javascript:alert(1))"))
    assert "<script>" not in html and 'href="javascript:' not in html
    assert "<h2>Why</h2>" in html


def test_an_unknown_rule_is_the_friendly_not_found_page(web: Web) -> None:
    response = web.get("/rules/no-such-rule")
    assert response.status_code == 404 and "There is no such page." in response.text


# --- Backup and restore from Settings -------------------------------------------------------

def _backup(web: Web) -> bytes:
    response = web.get("/backup.json")
    assert response.status_code == 200
    assert response.headers["content-disposition"] == \
        'attachment; filename="afterword-backup-2026-03-03.json"'
    return bytes(response.content)


def _restore(web: Web, data: bytes, name: str = "afterword-backup.json") -> object:
    return web.client.post("/settings-restore", data={"csrf_token": web.csrf},
                           files={"file": (name, data, "application/json")})


def _fresh(tmp_path: Path) -> Web:
    """Another install: an empty record and settings file, served the same way."""

    from afterword.config import Config
    from afterword.store.db import Store
    from tests.web.conftest import BASE, SECRET, TestClient, make_app

    folder = tmp_path / "new-computer"
    folder.mkdir()
    config = Config(folder / "config.toml")
    store = Store(f"sqlite:///{folder / 'new.db'}")
    client = TestClient(make_app(store, config), base_url=BASE)
    client.get(f"/?key={SECRET}", follow_redirects=False)
    return Web(client, store, config)


def test_a_backup_downloaded_in_settings_is_what_the_cli_writes(acme: Web) -> None:
    import json

    from afterword.backups import take
    from afterword.clock import now

    data = json.loads(_backup(acme))
    assert data == json.loads(json.dumps(take(acme.store, acme.settings, now=now())))
    assert data["settings"]["profile.name"] == "Jordan Lee"
    assert len(data["tables"]["messages"]) == 2
    assert 'href="/backup.json"' in acme.get("/settings").text


def test_a_backup_restores_on_a_new_computer_at_once(acme: Web, tmp_path: Path) -> None:
    data = _backup(acme)
    fresh = _fresh(tmp_path)
    try:
        response = _restore(fresh, data)
        html = unescape(response.text)
        assert "Restored: 1 application, 1 interview, 2 people you met and 2 notes, and " \
               "3 settings." in html
        assert 'data-testid="result-backup"><p class="banner banner-success"' in response.text
        assert fresh.sql("SELECT COUNT(*) FROM messages") == [(2,)]
        assert fresh.settings.get("profile.name") == "Jordan Lee"
    finally:
        fresh.client.close()
        fresh.store.dispose()


def test_restoring_over_interviews_asks_first_and_replaces_only_when_ticked(
        acme: Web) -> None:
    data = _backup(acme)
    acme.add(HARBOR)
    asked = _restore(acme, data)
    assert asked.status_code == 200
    html = unescape(asked.text)
    assert "<h1>Restore a backup?</h1>" in html and "It replaces what is here now" in html
    token = re.search(r'name="token" value="([^"]+)"', asked.text)
    assert token
    unticked = acme.post("/settings-restore/confirm", {"token": token.group(1)})
    assert unticked.status_code == 400
    assert "Nothing was restored. To restore it, tick \u201cReplace everything stored now\u201d." \
        in unescape(unticked.text)
    assert acme.sql("SELECT COUNT(*) FROM interviews") == [(2,)]
    done = acme.post("/settings-restore/confirm", {"token": token.group(1), "replace": "yes"})
    assert "Restored: 1 application, 1 interview" in unescape(done.text)
    assert acme.sql("SELECT COUNT(*) FROM interviews") == [(1,)]
    again = acme.post("/settings-restore/confirm", {"token": token.group(1), "replace": "yes"})
    assert "That restore is no longer waiting" in unescape(again.text)


def test_a_restore_that_changes_the_mail_server_shows_the_change_and_asks(acme: Web) -> None:
    import json

    acme.config.set("smtp.host", "smtp.office365.com")
    data = json.loads(_backup(acme))
    data["settings"]["smtp.host"] = "smtp.attacker.example"
    data["settings"]["smtp.user"] = "jordan@attacker.example"
    asked = _restore(acme, json.dumps(data).encode())
    html = unescape(asked.text)
    assert "It changes where your mail password goes" in html
    assert "smtp.host: smtp.office365.com \u2192 smtp.attacker.example" in re.sub(r"<[^>]+>", "", html)
    token = re.search(r'name="token" value="([^"]+)"', asked.text)
    assert token
    refused = acme.post("/settings-restore/confirm", {"token": token.group(1), "replace": "yes"})
    assert "tick \u201cUse this mail server\u201d" in unescape(refused.text)
    assert acme.settings.get("smtp.host") == "smtp.office365.com"  # nothing restored
    done = acme.post("/settings-restore/confirm", {"token": token.group(1), "replace": "yes",
                                                   "mail_server": "yes"})
    assert "A backup never holds your mail password" in unescape(done.text)
    assert acme.settings.get("smtp.host") == "smtp.attacker.example"


def test_a_file_that_is_not_a_backup_is_refused_in_plain_words(acme: Web) -> None:
    cases = {b"{not json": "notes.json is not an Afterword backup: line 1 is not valid JSON",
             b'{"format": "other"}': "This file is not an Afterword backup.",
             b"\xff\xfe\x00": "notes.json is not an Afterword backup: it is not a text file"}
    for data, said in cases.items():
        response = _restore(acme, data, "notes.json")
        assert said[1:] in unescape(response.text), (data, response.text[-3000:])
    nothing = acme.client.post("/settings-restore", data={"csrf_token": acme.csrf})
    assert "Choose the backup file first" in unescape(nothing.text)
    assert acme.sql("SELECT COUNT(*) FROM messages") == [(2,)]


def test_a_saved_setting_says_so_beside_its_button(web: Web) -> None:
    response = web.post("/settings-dictionary", {"words": "Kubernetes"})
    assert str(response.url).endswith("/settings?at=dictionary#dictionary")
    assert re.search(r'data-testid="result-dictionary"><p class="banner banner-success" '
                     r'data-testid="banner-success">Saved: 1 word.</p>', response.text)
    assert 'id="flash" class="flashes" role="status" aria-live="polite">\n      \n' in \
        response.text  # not also at the top


# --- The sending guide, linked from the mail settings --------------------------------------

def test_the_mail_settings_link_to_the_sending_guide(web: Web) -> None:
    settings = web.get("/settings").text
    assert '<a href="/guide/sending" data-testid="sending-guide-link">' in settings
    assert "docs/sending.md" not in settings
    assert 'href="/guide/sending#states"' in web.get("/outbox").text


def test_the_sending_guide_covers_every_provider_the_settings_offer(web: Web) -> None:
    from afterword.web.routes.settings import PRESETS

    guide = web.get("/guide/sending")
    assert guide.status_code == 200
    table = re.search(r'data-testid="providers">(.*?)</table>', guide.text, re.S)
    assert table
    rows = re.findall(r"<tr><td>(.*?)</td><td>(.*?)</td><td>(\d+), (STARTTLS|TLS)</td>",
                      table.group(1))
    for preset in PRESETS:
        row = next((r for r in rows if r[0].startswith(str(preset["name"]))), None)
        assert row, preset["name"]
        assert str(preset["host"]) in row[1]
        assert (row[2], row[3].lower()) == (str(preset["port"]), preset["security"])
    text = re.sub(r"<[^>]+>", "", guide.text)
    assert not re.search(r"afterword (?:config|send|mail|export|mark-sent|outbox)|\s--[a-z]",
                         text)  # no command line: the app's own words


def test_a_restore_from_another_site_is_refused_and_changes_nothing(acme: Web) -> None:
    data = _backup(acme)
    acme.add(HARBOR)
    forged = acme.client.post("/settings-restore",
                              files={"file": ("b.json", data, "application/json")})
    assert forged.status_code == 403
    waiting = acme.client.post("/settings-restore/confirm",
                               data={"token": "guess", "replace": "yes"})
    assert waiting.status_code == 403
    assert acme.sql("SELECT COUNT(*) FROM interviews") == [(2,)]


def test_a_rule_examples_context_reads_as_words(web: Web) -> None:
    text = unescape(re.sub(r"<[^>]+>", "", web.get("/rules/wrong-company").text))
    assert "other companies: Blue Harbor Logistics; Target" in text
    assert "['" not in text and "{'" not in text
    previous = unescape(re.sub(r"<[^>]+>", "", web.get("/rules/follow-up-too-soon").text))
    assert "previous: a thank-you sent 2026-" in previous and "{'" not in previous
