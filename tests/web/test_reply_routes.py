"""Replies on Today: found in a real Dovecot from the web, shown with their kind and proposed
change, then applied, dismissed or corrected from the page (the `afterword inbox` service)."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from datetime import datetime
from html import unescape

import pytest

from tests.deliver.conftest import PRIYA, TOMAS
from tests.inbox import dovecot
from tests.inbox.conftest import mail
from tests.web.conftest import Web

SENT_ON = datetime.fromisoformat("2026-03-03T09:30:00-05:00")
RECEIVED = datetime.fromisoformat("2026-03-04T11:00:00-05:00")
LATER = "2026-03-05T10:00:00-05:00"


@pytest.fixture
def mailbox(acme: Web, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Web, dovecot.Dovecot, dict[str, str]]]:
    """Both Acme thank-yous sent on 3 March (with their Message-IDs), a Dovecot to read, 5 March."""
    from afterword.deliver.service import export_eml
    from afterword.plan.service import mark_sent

    for message_id in (1, 2):
        export_eml(acme.store, acme.config, message_id, SENT_ON)
        mark_sent(acme.store, acme.config, message_id, on=SENT_ON, via=None, now=SENT_ON)
    ids = {PRIYA: acme.sql("SELECT message_id FROM messages WHERE id = 1")[0][0],
           TOMAS: acme.sql("SELECT message_id FROM messages WHERE id = 2")[0][0]}
    server = dovecot.start()
    acme.config.set("imap.host", server.host)
    acme.config.set("imap.port", str(server.port))
    acme.config.set("imap.security", "none")
    acme.config.set("imap.user", server.user)
    monkeypatch.setenv("AFTERWORD_IMAP_PASSWORD", server.password)
    monkeypatch.setenv("AFTERWORD_NOW", LATER)
    try:
        yield acme, server, ids
    finally:
        server.stop()


def replies_on_today(web: Web) -> list[str]:
    html = web.get("/").text
    items = [part.split("</ol>")[0] for part in html.split('data-testid="reply" ')[1:]]
    return [" ".join(unescape(re.sub(r"<[^>]+>", " ", item)).split()) for item in items]


def flash(response) -> str:
    return unescape(re.sub(r"<[^>]+>", "", " ".join(re.findall(r'data-testid="banner-\w+">(.*?)</p>', response.text, re.S))))


def test_today_offers_to_check_for_replies_once_a_mail_server_to_read_is_set(mailbox):
    web, _server, _ids = mailbox
    assert 'data-testid="check-inbox"' in web.get("/").text
    web.config.set("imap.host", "")
    assert 'data-testid="replies"' not in web.get("/").text


def test_a_threaded_rejection_found_from_the_web_proposes_the_status_and_applies_it(mailbox):
    web, server, ids = mailbox
    server.put(mail(sender=f"Priya Raman <{PRIYA}>", subject="Re: Thank you", message_id="<r1@acme-analytics.example>",
                    in_reply_to=ids[PRIYA],
                    body="Hi Jordan,\n\nThank you. Unfortunately we have decided to move forward with other candidates.\n\nPriya"),
               received=RECEIVED)
    checked = web.post("/replies/check", follow_redirects=True)
    assert "1 new reply" in flash(checked)
    [shown] = replies_on_today(web)
    assert "Not moving forward" in shown
    assert "decided to move forward with other candidates" in shown
    assert "Apply will mark the application as not moving forward (rejected)" in shown

    applied = web.post("/replies/1/apply", follow_redirects=True)
    assert "Applied the reply from Priya Raman" in flash(applied)
    assert web.sql("SELECT status FROM applications")[0][0] == "rejected"
    [after] = replies_on_today(web)
    assert "Apply" not in after  # nothing waits any more: what changed is listed instead
    assert "rejected" in after


def test_a_reply_in_a_new_thread_waits_and_can_be_dismissed(mailbox):
    web, server, _ids = mailbox
    server.put(mail(sender=f"Tomás Ortega <{TOMAS}>", subject="Quick question", message_id="<t1@acme-analytics.example>",
                    body="Hi Jordan, could you send me the link to your talk?\n\nTomás"),
               received=RECEIVED)
    web.post("/replies/check")
    [shown] = replies_on_today(web)
    assert "Reply" in shown and "Apply will record it as their answer" in shown

    dismissed = web.post("/replies/1/dismiss", follow_redirects=True)
    assert "nothing changed" in flash(dismissed)
    assert web.sql("SELECT state FROM inbox_replies")[0][0] == "dismissed"


def test_correcting_a_plain_reply_to_an_offer_from_the_web_proposes_the_offer(mailbox):
    web, server, ids = mailbox
    server.put(mail(sender=f"Priya Raman <{PRIYA}>", subject="Re: Thank you", message_id="<r2@acme-analytics.example>",
                    in_reply_to=ids[PRIYA], body="Jordan, the job is ours to give and we'd like it to be you. Call me!"),
               received=RECEIVED)
    web.post("/replies/check")
    corrected = web.post("/replies/1/correct", {"kind": "offer"}, follow_redirects=True)
    assert "now read as “Offer”" in flash(corrected)
    assert "Apply will mark the application as an offer" in flash(corrected)
    [shown] = replies_on_today(web)
    assert "Kind set by you" in shown
    web.post("/replies/1/apply")
    assert web.sql("SELECT status FROM applications")[0][0] == "offer"


def test_a_wrong_kind_or_an_unknown_reply_is_said_in_plain_words(mailbox):
    web, server, ids = mailbox
    server.put(mail(sender=f"Priya Raman <{PRIYA}>", subject="Re: Thank you", message_id="<r3@acme-analytics.example>",
                    in_reply_to=ids[PRIYA], body="Thanks Jordan!"), received=RECEIVED)
    web.post("/replies/check")
    wrong = web.post("/replies/1/correct", {"kind": "maybe"}, follow_redirects=True)
    assert "'maybe' is not a kind of reply" in flash(wrong)
    missing = web.post("/replies/99/apply", follow_redirects=True)
    assert "There is no found reply 99" in flash(missing)


def test_a_wrong_password_is_one_sentence_on_today(mailbox, monkeypatch):
    web, _server, _ids = mailbox
    monkeypatch.setenv("AFTERWORD_IMAP_PASSWORD", "not-the-password")
    checked = web.post("/replies/check", follow_redirects=True)
    assert checked.status_code == 200
    text = flash(checked)
    assert text.startswith("Problem:") and "Traceback" not in checked.text


class _Once(threading.Event):
    """A stop event that stops the dispatcher's loop after its first round."""

    def wait(self, timeout: float | None = None) -> bool:
        self.set()
        return True


def test_the_open_app_reads_the_inbox_on_its_own(mailbox):
    from afterword.web.app import Dispatcher
    from afterword.web.deps import LiveConfig

    web, server, ids = mailbox
    server.put(mail(sender=f"Priya Raman <{PRIYA}>", subject="Re: Thank you", message_id="<r4@acme-analytics.example>",
                    in_reply_to=ids[PRIYA], body="Could you do a call on Thursday?"), received=RECEIVED)
    dispatcher = Dispatcher(web.store, LiveConfig(web.settings))
    dispatcher._stop = _Once()
    dispatcher._run()
    assert web.sql("SELECT kind, state FROM inbox_replies") == [("scheduling", "applied")]
    assert "Next round" in replies_on_today(web)[0]


def test_an_unreadable_inbox_is_logged_and_the_app_goes_on(mailbox, monkeypatch, caplog):
    import logging

    from afterword.web.app import Dispatcher
    from afterword.web.deps import LiveConfig

    web, _server, _ids = mailbox
    monkeypatch.setenv("AFTERWORD_IMAP_PASSWORD", "not-the-password")
    dispatcher = Dispatcher(web.store, LiveConfig(web.settings))
    dispatcher._stop = _Once()
    with caplog.at_level(logging.DEBUG, logger="afterword.web"):
        dispatcher._run()
    [record] = [r for r in caplog.records if r.getMessage().startswith("inbox:")]
    assert record.levelno == logging.WARNING
    assert web.sql("SELECT count(*) FROM inbox_replies") == [(0,)]
