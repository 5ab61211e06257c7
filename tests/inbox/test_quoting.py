"""The reply's own text: quoted originals, forwards and signatures from many mail programs left out."""

from __future__ import annotations

import pytest

from afterword.inbox.quoting import html_to_text, strip_quoted


@pytest.mark.parametrize(
    "marker",
    [
        "On Mon, Dec 7, 2026 at 3:15 PM Jordan Lee <jordan.lee@example.com> wrote:",
        "On 7 Dec 2026, at 15:15, Jordan Lee <jordan.lee@example.com> wrote:",
        "Am Mo., 7. Dez. 2026 um 15:15 Uhr schrieb Jordan Lee <jordan.lee@example.com>:",
        "Le lun. 7 déc. 2026 à 15:15, Jordan Lee <jordan.lee@example.com> a écrit :",
        "El lun, 7 dic 2026 a las 15:15, Jordan Lee (<jordan.lee@example.com>) escribió:",
        "-----Original Message-----",
        "---------- Forwarded message ---------",
        "Begin forwarded message:",
        "________________________________",
    ],
)
def test_the_original_below_a_mail_programs_marker_is_left_out(marker):
    text = f"Thanks, talk soon.\n\n{marker}\nDear Priya, we are pleased to offer you nothing.\n"
    assert strip_quoted(text) == "Thanks, talk soon."


def test_a_wrapped_gmail_marker_is_recognised():
    text = "Thanks!\n\nOn Mon, 7 Dec 2026 at 15:15, Jordan Lee <jordan.lee@example.com>\nwrote:\n> old"
    assert strip_quoted(text) == "Thanks!"


def test_a_sentence_starting_with_on_is_kept():
    text = "On Monday we will meet the panel, and I will write after that.\nPriya"
    assert strip_quoted(text) == text


@pytest.mark.parametrize(
    "block",
    [
        "From: Jordan Lee <jordan.lee@example.com>\nSent: 08 December 2026 17:44\nTo: Daniel\nSubject: Thank you",
        "Von: Jordan Lee <jordan.lee@example.com>\nGesendet: Freitag, 18. Dezember 2026 09:00\nAn: Katrin\nBetreff: Thank you",
        "De : Jordan Lee <jordan.lee@example.com>\nEnvoyé : vendredi 18 décembre 2026 09:00\nÀ : Camille\nObjet : Merci",
    ],
)
def test_an_outlook_header_block_starts_the_original(block):
    assert strip_quoted(f"Happy to help.\n\n{block}\n\nDear Daniel, old text") == "Happy to help."


def test_a_from_line_alone_is_text_not_a_header_block():
    text = "From: the team's side, all good.\nWe will be in touch."
    assert strip_quoted(text) == text


def test_quoted_lines_are_dropped_and_a_bottom_posted_answer_kept():
    text = "> On Dec 15, Jordan wrote:\n> Dear Mei, following up.\n\nHi Jordan, still reviewing.\n\nMei"
    assert strip_quoted(text) == "Hi Jordan, still reviewing.\n\nMei"


@pytest.mark.parametrize("signature", ["-- ", "Sent from my iPhone", "Get Outlook for iOS", "Von meinem iPhone gesendet"])
def test_a_signature_mark_ends_the_text(signature):
    assert strip_quoted(f"See you Thursday.\n{signature}\nPriya Raman | +1 555 0100") == "See you Thursday."


def test_a_short_block_after_the_closing_is_a_signature_but_the_name_stays():
    text = "Great to meet you.\n\nBest regards,\nPriya\nTalent Partner | Acme\n+1 555 0100"
    assert strip_quoted(text) == "Great to meet you.\n\nBest regards,\nPriya"


def test_a_long_text_after_a_thanks_line_is_kept():
    text = "Thanks,\n" + "\n".join(f"Point {i}: this is a longer paragraph of the actual reply." for i in range(10))
    assert strip_quoted(text) == text


def test_html_blocks_become_lines_and_quotes_and_signatures_are_dropped():
    html = (
        "<html><head><style>p{margin:0}</style></head><body><div dir='ltr'>Hi Jordan,<br>"
        "See you <b>Thursday</b>&nbsp;at 2.</div><div class='gmail_signature'>Priya | Acme</div>"
        "<div class='gmail_quote'>On Mon Jordan wrote:<blockquote>old note</blockquote></div></body></html>"
    )
    assert html_to_text(html) == "Hi Jordan,\nSee you Thursday at 2."


def test_html_with_unclosed_tags_still_reads():
    assert html_to_text("<p>Hello<p>World<blockquote type=cite>old") == "Hello\nWorld"


def test_outlooks_original_after_its_header_block_is_left_out():
    html = ("<div>Thanks Jordan, talk soon.</div><div id='divRplyFwdMsg'><b>From:</b> Jordan</div>"
            "<div>Dear Ms Park, thank you for the interview.</div><p>It was a pleasure.</p>")
    assert html_to_text(html) == "Thanks Jordan, talk soon."
